package org.aftersales.core.notification;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NamedCode;

/**
 * What a notice says (通知类型). The constants are the library's; an adopter (or another use case)
 * may define more with {@link #of(String, String, String)}. Immutable and thread-safe.
 */
public final class NoticeKind extends NamedCode<NoticeKind> {

  private static final long serialVersionUID = 1L;

  /** A promised deadline is near (预警), SVC-08, SVC-11…SVC-13. */
  public static final NoticeKind PRE_BREACH_WARNING = seed("PRE_BREACH_WARNING");
  /** A promised deadline has passed unmet (超时), SVC-11…SVC-13. */
  public static final NoticeKind BREACH = seed("BREACH");
  /** A breached promise reached a level of the escalation ladder (升级), SVC-08. */
  public static final NoticeKind ESCALATION = seed("ESCALATION");
  /** One supervisor's digest of one sweep run (汇总通知). */
  public static final NoticeKind SUPERVISOR_DIGEST = seed("SUPERVISOR_DIGEST");
  /** A job still undispatched at the end of the working day, carried to the next (结转), SVC-10. */
  public static final NoticeKind CARRIED_OVER = seed("CARRIED_OVER");
  /**
   * An open item given an explicit resolution time, reported in writing to the sales director
   * (明确解决时间报备), SVC-14.
   */
  public static final NoticeKind RESOLUTION_TIME_COMMITTED = seed("RESOLUTION_TIME_COMMITTED");
  /** A serious complaint or suggestion, reported at once to the deputy GM (重大投诉), SUR-04. */
  public static final NoticeKind SERIOUS_COMPLAINT = seed("SERIOUS_COMPLAINT");
  /** A copy of a closed complaint form (结案分发), CMP-09. */
  public static final NoticeKind COMPLAINT_CLOSED = seed("COMPLAINT_CLOSED");
  /** An urge notice for an overdue step of an open complaint case (催办单), CMP-19. */
  public static final NoticeKind URGE = seed("URGE");
  /** An inquiry into the cause of a complaint case closed late (洽办单), CMP-19. */
  public static final NoticeKind INQUIRY = seed("INQUIRY");
  /** A recipient's digest of one complaint-reminder run (催办汇总), CMP-19. */
  public static final NoticeKind REMINDER_DIGEST = seed("REMINDER_DIGEST");
  /** A department's formal objection to a complaint decision (签呈), CMP-12. */
  public static final NoticeKind OBJECTION_FILED = seed("OBJECTION_FILED");
  /**
   * A maintenance contract ends in a month: send the customer the expiry notice (保养到期通知书)
   * and assign someone to pursue the renewal (派员争取续约), CON-01.
   */
  public static final NoticeKind CONTRACT_EXPIRY = seed("CONTRACT_EXPIRY");
  /**
   * A free maintenance period ends in three months: the after-sales lead reports it in writing
   * to the sales director (免费维护期满前三个月书面汇报), CON-02.
   */
  public static final NoticeKind FREE_PERIOD_ENDING = seed("FREE_PERIOD_ENDING");
  /**
   * The after-sales lead's written report of an ending free period, delivered to the sales
   * director, who assigns the sales follow-up (销售总监安排销售人员跟进), CON-02.
   */
  public static final NoticeKind FREE_PERIOD_REPORTED = seed("FREE_PERIOD_REPORTED");
  /** A recurring contract obligation falls due (合同义务到期): CON-04…CON-06, SUR-06. */
  public static final NoticeKind OBLIGATION_DUE = seed("OBLIGATION_DUE");
  /** A contract obligation passed its effective due day unfulfilled (合同义务逾期). */
  public static final NoticeKind OBLIGATION_OVERDUE = seed("OBLIGATION_OVERDUE");
  /** Someone was assigned to follow up an ending contract or free period (跟进指派), CON-01/02. */
  public static final NoticeKind FOLLOW_UP_ASSIGNED = seed("FOLLOW_UP_ASSIGNED");
  /**
   * After-sales joins a project before its final acceptance (售后服务组介入), CON-03: parameters
   * the project, the acceptance, join-by and due days, the missing handover documents.
   */
  public static final NoticeKind HANDOVER_JOIN = seed("HANDOVER_JOIN");
  /** A project handover passed its due day incomplete (移交逾期), CON-03. */
  public static final NoticeKind HANDOVER_OVERDUE = seed("HANDOVER_OVERDUE");
  /**
   * A property after-sales reminder (商品房售后提醒), CON-09: a payment or mortgage follow-up due,
   * the move-in notice, the title documents.
   */
  public static final NoticeKind PROPERTY_REMINDER = seed("PROPERTY_REMINDER");
  /**
   * A planned change to a handed-over system starts soon and the customer has not been told
   * (事先告知客户), CON-07.
   */
  public static final NoticeKind CHANGE_NOTICE_MISSING = seed("CHANGE_NOTICE_MISSING");
  /** No backup was taken within the backup interval (备份逾期), CON-08. */
  public static final NoticeKind BACKUP_OVERDUE = seed("BACKUP_OVERDUE");

  private NoticeKind(String code, LocalizableMessage name) {
    super(code, name);
  }

  private static NoticeKind seed(String code) {
    return new NoticeKind(code, MessageBundle.CORE.message("core.notice.kind." + code));
  }

  /**
   * A kind of the adopter's own.
   *
   * @param code 1 to 40 capital letters, digits, {@code _} or {@code -}
   * @param englishName the name for English readers
   * @param chineseName the name for Chinese readers
   * @return the kind; equal to a library constant if the code is the same
   * @throws InvalidInputException if the code is malformed
   */
  public static NoticeKind of(String code, String englishName, String chineseName) {
    return new NoticeKind(code, LocalizableMessage.literal(englishName, chineseName));
  }
}
