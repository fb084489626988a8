package org.aftersales.core.penalty;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NamedCode;

/**
 * A kind of service violation that is fined (违规罚款种类), PEN-11, PEN-12, CMP-20. The constants
 * are the seed's; an adopter may add its own with {@link #of(String, String, String)}. Immutable
 * and thread-safe.
 */
public final class FineKind extends NamedCode<FineKind> {

  private static final long serialVersionUID = 1L;

  /** Leaving a site without calling headquarters (离开现场未通知总部), PEN-11. */
  public static final FineKind LEFT_SITE_WITHOUT_CALLING_HQ = seed("LEFT_SITE_WITHOUT_CALLING_HQ");
  /** Arriving late for personal reasons (因个人原因迟到), PEN-11. */
  public static final FineKind LATE_ARRIVAL_PERSONAL = seed("LATE_ARRIVAL_PERSONAL");
  /** An incomplete service report (服务报告不完整), PEN-11. */
  public static final FineKind INCOMPLETE_SERVICE_REPORT = seed("INCOMPLETE_SERVICE_REPORT");
  /** Phone switched off without reason during service hours (无故关机), PEN-11, SVC-19. */
  public static final FineKind PHONE_OFF = seed("PHONE_OFF");
  /** Calls refused during service hours (拒接电话), PEN-11, SVC-19: a violation of its own. */
  public static final FineKind PHONE_CALL_REFUSED = seed("PHONE_CALL_REFUSED");
  /** Disobeying headquarters (不服从总部安排), PEN-11. */
  public static final FineKind DISOBEYING_HQ = seed("DISOBEYING_HQ");
  /** Quarrelling with a customer (与用户发生口角), PEN-11: a major demerit after a verified complaint. */
  public static final FineKind QUARRELLING_WITH_CUSTOMER = seed("QUARRELLING_WITH_CUSTOMER");
  /** Asking a customer for goods (向用户索要财物), PEN-11: a major demerit after a verified complaint. */
  public static final FineKind TAKING_GOODS_FROM_CUSTOMER = seed("TAKING_GOODS_FROM_CUSTOMER");
  /**
   * Not serving a customer in time for personal reasons (因个人原因未及时为用户服务), PEN-11: a major
   * demerit after a verified complaint; unlike {@link #LATE_ARRIVAL_PERSONAL}, fined without one.
   */
  public static final FineKind PERSONAL_DELAY = seed("PERSONAL_DELAY");
  /**
   * The same problem repaired again for personal reasons (因个人原因造成同一问题重复修理), PEN-11,
   * SVC-17: a major demerit after a verified complaint.
   */
  public static final FineKind REPEAT_REPAIR = seed("REPEAT_REPAIR");
  /** The service hotline not answered in service hours (服务热线无人接听), PEN-12, SVC-19. */
  public static final FineKind HOTLINE_UNANSWERED = seed("HOTLINE_UNANSWERED");
  /** A verified complaint about the service (经核实的服务投诉), CMP-20. */
  public static final FineKind VERIFIED_SERVICE_COMPLAINT = seed("VERIFIED_SERVICE_COMPLAINT");

  private FineKind(String code, LocalizableMessage name) {
    super(code, name);
  }

  private static FineKind seed(String code) {
    return new FineKind(code, MessageBundle.CORE.message("core.penalty.fine." + code));
  }

  /**
   * A kind of the adopter's own.
   *
   * @param code 1 to 40 capital letters, digits, {@code _} or {@code -}
   * @param englishName the name for English readers
   * @param chineseName the name for Chinese readers
   * @return the kind; equal to a seed constant if the code is the same
   * @throws InvalidInputException if the code is malformed
   */
  public static FineKind of(String code, String englishName, String chineseName) {
    return new FineKind(code, LocalizableMessage.literal(englishName, chineseName));
  }
}
