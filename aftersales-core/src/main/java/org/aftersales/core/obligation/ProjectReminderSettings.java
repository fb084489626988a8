package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How the {@link HandoverReminders} (CON-03) and {@link PropertyReminders} (CON-09) runs issue
 * their notices (项目与商品房提醒设置): recipients, leads, the grace before a handover's overdue
 * reminder, the lookback of a run and the page size. Days are calendar days of the business's
 * zone. Every number is a default an adopter changes with the {@code with…} methods. Immutable
 * and thread-safe.
 *
 * @param handoverRecipients who gets the handover notices (join and overdue), at least one
 * @param handoverJoinLeadDays how many days before the join-by day the join notice is issued, 0
 *     to {@value ObligationSettings#MAX_LEAD_DAYS}
 * @param handoverGraceDays how many days after the handover's due day's working day (the due day
 *     itself if it has working time, else the next day that has) pass before its overdue
 *     reminder, 0 to {@value ObligationSettings#MAX_LEAD_DAYS}
 * @param propertyRecipients who gets each kind of property reminder, at least one per kind;
 *     every kind present
 * @param propertyLeadDays how many days before a property reminder's due day it is issued, per
 *     kind, 0 to {@value ObligationSettings#MAX_LEAD_DAYS}; every kind present
 * @param lookback how far back before its instant a {@code run()} issues what is still unissued;
 *     positive
 * @param pageSize how many handovers or sales one read takes, at least 1
 */
public record ProjectReminderSettings(List<Recipient> handoverRecipients,
    int handoverJoinLeadDays, int handoverGraceDays,
    Map<PropertyReminderKind, List<Recipient>> propertyRecipients,
    Map<PropertyReminderKind, Integer> propertyLeadDays, Duration lookback, int pageSize) {

  /** The seed's lead of a payment or mortgage follow-up reminder: 7 days (a choice). */
  public static final int SEED_PAYMENT_LEAD_DAYS = 7;

  /**
   * The seed's lead of the title-documents reminder: 30 days before the three-month limit (a
   * choice: time to prepare them).
   */
  public static final int SEED_TITLE_LEAD_DAYS = 30;

  /**
   * Validates the settings and copies the collections.
   *
   * @param handoverRecipients who gets the handover notices
   * @param handoverJoinLeadDays the join notice's lead
   * @param handoverGraceDays the grace before a handover's overdue reminder
   * @param propertyRecipients who gets each kind of property reminder
   * @param propertyLeadDays each kind's lead
   * @param lookback how far back a run looks
   * @param pageSize the page size
   * @throws InvalidInputException if a recipient list is empty or a kind missing, a lead or grace
   *     out of range, the lookback not positive or the page size less than 1
   */
  public ProjectReminderSettings {
    handoverRecipients = List.copyOf(requireNonNull(handoverRecipients, "handoverRecipients"));
    if (handoverRecipients.isEmpty()) {
      throw InvalidInputException.of("handoverRecipients", MessageBundle.CORE.message(
          "core.contract.noRecipients", "kind", "HANDOVER"));
    }
    requireDays("handoverJoinLeadDays", handoverJoinLeadDays);
    requireDays("handoverGraceDays", handoverGraceDays);
    requireNonNull(propertyRecipients, "propertyRecipients");
    requireNonNull(propertyLeadDays, "propertyLeadDays");
    Map<PropertyReminderKind, List<Recipient>> r = new EnumMap<>(PropertyReminderKind.class);
    Map<PropertyReminderKind, Integer> l = new EnumMap<>(PropertyReminderKind.class);
    for (PropertyReminderKind kind : PropertyReminderKind.values()) {
      List<Recipient> who = propertyRecipients.get(kind);
      if (who == null || who.isEmpty()) {
        throw InvalidInputException.of("propertyRecipients." + kind.name(),
            MessageBundle.CORE.message("core.contract.noRecipients", "kind", kind.name()));
      }
      r.put(kind, List.copyOf(who));
      Integer lead = propertyLeadDays.get(kind);
      requireDays("propertyLeadDays." + kind.name(), lead == null ? -1 : lead);
      l.put(kind, lead);
    }
    propertyRecipients = Collections.unmodifiableMap(r);
    propertyLeadDays = Collections.unmodifiableMap(l);
    requireNonNull(lookback, "lookback");
    ObligationSettings.requireLookback(lookback);
    ObligationSettings.requirePageSize(pageSize);
  }

  private static void requireDays(String path, int days) {
    ObligationSettings.requireDays(path, days);
  }


  /**
   * The seed's settings: the handover notices to the after-sales lead
   * ({@link RecipientRole#AFTER_SALES_LEAD}; P8 §1: 售后服务组 joins and takes over), the join
   * notice on the join-by day (one month before the final acceptance, {@code HandoverTerms}), the
   * overdue reminder the day after the due day's working day; the property reminders to the
   * marketing department ({@link RecipientRole#MARKETING}, 营销部, P1 §1, P9), payments and mortgage
   * follow-ups {@value #SEED_PAYMENT_LEAD_DAYS} days before their day, the move-in notice on the
   * day of the completion acceptance (立即通知业主), the title documents
   * {@value #SEED_TITLE_LEAD_DAYS} days before the three-month limit; a lookback of
   * {@value ObligationSettings#DEFAULT_LOOKBACK_DAYS} days; pages of
   * {@value ObligationSettings#DEFAULT_PAGE_SIZE}.
   *
   * @return the settings
   */
  public static ProjectReminderSettings seed() {
    Map<PropertyReminderKind, List<Recipient>> r = new EnumMap<>(PropertyReminderKind.class);
    Map<PropertyReminderKind, Integer> l = new EnumMap<>(PropertyReminderKind.class);
    for (PropertyReminderKind kind : PropertyReminderKind.values()) {
      r.put(kind, List.of(Recipient.role(RecipientRole.MARKETING)));
    }
    l.put(PropertyReminderKind.PAYMENT_DUE, SEED_PAYMENT_LEAD_DAYS);
    l.put(PropertyReminderKind.MORTGAGE_FOLLOW_UP, SEED_PAYMENT_LEAD_DAYS);
    l.put(PropertyReminderKind.MOVE_IN_NOTICE, 0);
    l.put(PropertyReminderKind.TITLE_DOCUMENTS, SEED_TITLE_LEAD_DAYS);
    return new ProjectReminderSettings(List.of(Recipient.role(RecipientRole.AFTER_SALES_LEAD)),
        0, 0, r, l, Duration.ofDays(ObligationSettings.DEFAULT_LOOKBACK_DAYS),
        ObligationSettings.DEFAULT_PAGE_SIZE);
  }

  /**
   * These settings with other handover recipients.
   *
   * @param who at least one
   * @return the new settings
   * @throws InvalidInputException if {@code who} is empty
   */
  public ProjectReminderSettings withHandoverRecipients(List<Recipient> who) {
    return new ProjectReminderSettings(who, handoverJoinLeadDays, handoverGraceDays,
        propertyRecipients, propertyLeadDays, lookback, pageSize);
  }

  /**
   * These settings with another join lead and grace for handovers.
   *
   * @param joinLeadDays days before the join-by day
   * @param graceDays days after the due day's working day before the overdue reminder
   * @return the new settings
   * @throws InvalidInputException if a value is out of range
   */
  public ProjectReminderSettings withHandoverDays(int joinLeadDays, int graceDays) {
    return new ProjectReminderSettings(handoverRecipients, joinLeadDays, graceDays,
        propertyRecipients, propertyLeadDays, lookback, pageSize);
  }

  /**
   * These settings with other recipients and lead for one kind of property reminder.
   *
   * @param kind the kind
   * @param who its recipients, at least one
   * @param leadDays days before its due day
   * @return the new settings
   * @throws InvalidInputException if {@code who} is empty or the lead out of range
   */
  public ProjectReminderSettings withProperty(PropertyReminderKind kind, List<Recipient> who,
      int leadDays) {
    Map<PropertyReminderKind, List<Recipient>> r = new EnumMap<>(propertyRecipients);
    Map<PropertyReminderKind, Integer> l = new EnumMap<>(propertyLeadDays);
    r.put(requireNonNull(kind, "kind"), requireNonNull(who, "who"));
    l.put(kind, leadDays);
    return new ProjectReminderSettings(handoverRecipients, handoverJoinLeadDays,
        handoverGraceDays, r, l, lookback, pageSize);
  }

  /**
   * These settings with another lookback and page size.
   *
   * @param otherLookback positive
   * @param otherPageSize at least 1
   * @return the new settings
   * @throws InvalidInputException if a value is out of range
   */
  public ProjectReminderSettings withPaging(Duration otherLookback, int otherPageSize) {
    return new ProjectReminderSettings(handoverRecipients, handoverJoinLeadDays,
        handoverGraceDays, propertyRecipients, propertyLeadDays, otherLookback, otherPageSize);
  }
}
