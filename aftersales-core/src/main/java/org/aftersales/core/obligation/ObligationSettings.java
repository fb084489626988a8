package org.aftersales.core.obligation;

import org.aftersales.core.contract.ObligationKind;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How the contract obligation use cases notify and page (义务提醒设置): to whom each kind of
 * obligation goes, how many days before its due day its notice is issued, how many days after it
 * the overdue reminder follows, how far back a {@link ObligationReminders#run()} looks, and the
 * page size. Every number is a default an adopter changes with the {@code with…} methods. Days
 * are calendar days of the business's zone. Immutable and thread-safe.
 *
 * @param recipients who gets the notices of each kind (the due notice and the overdue reminder),
 *     at least one per kind; every kind must be present
 * @param leadDays how many calendar days before the effective due day its due notice is issued,
 *     0 to {@value #MAX_LEAD_DAYS}, per kind; every kind must be present
 * @param overdueGraceDays how many calendar days after the effective due day's working day (the
 *     due day itself if it has working time, else the next day that has) pass before the overdue
 *     reminder is issued (0: on the day after that working day), 0 to {@value #MAX_LEAD_DAYS}
 * @param lookback how far back before its instant {@link ObligationReminders#run()} issues what
 *     is still unissued (a missed run is caught up if it was shorter than this); positive
 * @param pageSize how many contract files one read takes (the run's and the report's pages), at
 *     least 1
 * @param freePeriodReportTo who receives the after-sales lead's written report of an ending free
 *     maintenance period (CON-02: the sales director), at least one
 */
public record ObligationSettings(Map<ObligationKind, List<Recipient>> recipients,
    Map<ObligationKind, Integer> leadDays, int overdueGraceDays, Duration lookback,
    int pageSize, List<Recipient> freePeriodReportTo) {

  /** The longest lead or grace, in days. */
  public static final int MAX_LEAD_DAYS = 366;

  /** The seed's lead of an expiry notice or free-period report: 0 (its due day is the offset). */
  public static final int SEED_END_LEAD_DAYS = 0;

  /**
   * The lead of a recurring obligation's due notice: 7 days (the seed gives none; a week before
   * the month's or quarter's end leaves time to do it).
   */
  public static final int SEED_RECURRING_LEAD_DAYS = 7;

  /** The default lookback of a run: 35 days, longer than any month. */
  public static final int DEFAULT_LOOKBACK_DAYS = 35;

  /** The default page size. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  /**
   * Validates the settings and copies the maps.
   *
   * @param recipients who gets each kind's notices
   * @param leadDays each kind's lead in days
   * @param overdueGraceDays the days before an overdue reminder
   * @param lookback how far back a run looks
   * @param pageSize the page size
   * @param freePeriodReportTo who receives the written free-period report
   * @throws InvalidInputException if a kind is missing or has no recipient, a lead or the grace
   *     is out of range, the lookback is not positive, the page size is less than 1 or no one
   *     receives the free-period report
   */
  public ObligationSettings {
    requireNonNull(recipients, "recipients");
    requireNonNull(leadDays, "leadDays");
    requireNonNull(lookback, "lookback");
    freePeriodReportTo = List.copyOf(requireNonNull(freePeriodReportTo, "freePeriodReportTo"));
    if (freePeriodReportTo.isEmpty()) {
      throw InvalidInputException.of("freePeriodReportTo", MessageBundle.CORE.message(
          "core.contract.noRecipients", "kind", "FREE_PERIOD_REPORTED"));
    }
    Map<ObligationKind, List<Recipient>> r = new EnumMap<>(ObligationKind.class);
    Map<ObligationKind, Integer> l = new EnumMap<>(ObligationKind.class);
    for (ObligationKind kind : ObligationKind.values()) {
      List<Recipient> who = recipients.get(kind);
      if (who == null || who.isEmpty()) {
        throw InvalidInputException.of("recipients." + kind.name(),
            MessageBundle.CORE.message("core.contract.noRecipients", "kind", kind.name()));
      }
      r.put(kind, List.copyOf(who));
      Integer lead = leadDays.get(kind);
      requireDays("leadDays." + kind.name(), lead);
      l.put(kind, lead);
    }
    recipients = java.util.Collections.unmodifiableMap(r);
    leadDays = java.util.Collections.unmodifiableMap(l);
    requireDays("overdueGraceDays", overdueGraceDays);
    requireLookback(lookback);
    requirePageSize(pageSize);
  }

  /** A number of days from 0 to {@value #MAX_LEAD_DAYS}; the settings of this package share it. */
  static void requireDays(String path, Integer days) {
    if (days == null || days < 0 || days > MAX_LEAD_DAYS) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.contract.leadOutOfRange", "max", MAX_LEAD_DAYS), days);
    }
  }

  /** A positive lookback; the settings of this package share it. */
  static void requireLookback(Duration lookback) {
    if (lookback.isNegative() || lookback.isZero()) {
      throw InvalidInputException.of("lookback",
          MessageBundle.CORE.message("core.reminder.notPositive"), lookback);
    }
  }

  /** A page size of at least 1; the settings of this package share it. */
  static void requirePageSize(int pageSize) {
    if (pageSize < 1) {
      throw InvalidInputException.of("pageSize", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), pageSize);
    }
  }

  /**
   * The seed's settings: the expiry notice (CON-01) to the service centre and branch offices
   * ({@link RecipientRole#SERVICE_CENTRE}, 服务中心及分公司), on its due day; every other kind —
   * the free-period report (CON-02), the inspections and reports (CON-04…CON-06), the surveys
   * (SUR-06) — to the after-sales lead ({@link RecipientRole#AFTER_SALES_LEAD}, 售后服务组长), the
   * free-period report on its due day and the recurring ones {@value #SEED_RECURRING_LEAD_DAYS}
   * days before; the overdue reminder the day after the due day's working day; a lookback of
   * {@value #DEFAULT_LOOKBACK_DAYS} days; pages of {@value #DEFAULT_PAGE_SIZE}; the written
   * free-period report to the sales director ({@link RecipientRole#SALES_DIRECTOR}, CON-02).
   *
   * @return the settings
   */
  public static ObligationSettings seed() {
    Map<ObligationKind, List<Recipient>> r = new EnumMap<>(ObligationKind.class);
    Map<ObligationKind, Integer> l = new EnumMap<>(ObligationKind.class);
    for (ObligationKind kind : ObligationKind.values()) {
      r.put(kind, List.of(Recipient.role(RecipientRole.AFTER_SALES_LEAD)));
      l.put(kind, SEED_RECURRING_LEAD_DAYS);
    }
    r.put(ObligationKind.EXPIRY_NOTICE, List.of(Recipient.role(RecipientRole.SERVICE_CENTRE)));
    l.put(ObligationKind.EXPIRY_NOTICE, SEED_END_LEAD_DAYS);
    l.put(ObligationKind.FREE_PERIOD_END_REPORT, SEED_END_LEAD_DAYS);
    return new ObligationSettings(r, l, 0, Duration.ofDays(DEFAULT_LOOKBACK_DAYS),
        DEFAULT_PAGE_SIZE, List.of(Recipient.role(RecipientRole.SALES_DIRECTOR)));
  }

  /**
   * The recipients of a kind's notices.
   *
   * @param kind the kind
   * @return the recipients, at least one
   */
  public List<Recipient> recipientsOf(ObligationKind kind) {
    return recipients.get(requireNonNull(kind, "kind"));
  }

  /**
   * The lead of a kind's due notice.
   *
   * @param kind the kind
   * @return the days before the effective due day
   */
  public int leadOf(ObligationKind kind) {
    return leadDays.get(requireNonNull(kind, "kind"));
  }

  /**
   * These settings with other recipients for one kind.
   *
   * @param kind the kind
   * @param who its recipients, at least one
   * @return the new settings
   * @throws InvalidInputException if {@code who} is empty
   */
  public ObligationSettings withRecipients(ObligationKind kind, List<Recipient> who) {
    Map<ObligationKind, List<Recipient>> r = new EnumMap<>(recipients);
    r.put(requireNonNull(kind, "kind"), requireNonNull(who, "who"));
    return new ObligationSettings(r, leadDays, overdueGraceDays, lookback, pageSize,
        freePeriodReportTo);
  }

  /**
   * These settings with another lead for one kind.
   *
   * @param kind the kind
   * @param days the days before the effective due day, 0 to {@value #MAX_LEAD_DAYS}
   * @return the new settings
   * @throws InvalidInputException if {@code days} is out of range
   */
  public ObligationSettings withLeadDays(ObligationKind kind, int days) {
    Map<ObligationKind, Integer> l = new EnumMap<>(leadDays);
    l.put(requireNonNull(kind, "kind"), days);
    return new ObligationSettings(recipients, l, overdueGraceDays, lookback, pageSize,
        freePeriodReportTo);
  }

  /**
   * These settings with another grace before the overdue reminder.
   *
   * @param days 0 to {@value #MAX_LEAD_DAYS}
   * @return the new settings
   * @throws InvalidInputException if {@code days} is out of range
   */
  public ObligationSettings withOverdueGraceDays(int days) {
    return new ObligationSettings(recipients, leadDays, days, lookback, pageSize,
        freePeriodReportTo);
  }

  /**
   * These settings with another lookback.
   *
   * @param other positive
   * @return the new settings
   * @throws InvalidInputException if it is not positive
   */
  public ObligationSettings withLookback(Duration other) {
    return new ObligationSettings(recipients, leadDays, overdueGraceDays, other,
        pageSize, freePeriodReportTo);
  }

  /**
   * These settings with other recipients of the written free-period report (CON-02).
   *
   * @param who at least one
   * @return the new settings
   * @throws InvalidInputException if {@code who} is empty
   */
  public ObligationSettings withFreePeriodReportTo(List<Recipient> who) {
    return new ObligationSettings(recipients, leadDays, overdueGraceDays, lookback, pageSize,
        who);
  }

  /**
   * These settings with another page size.
   *
   * @param size at least 1
   * @return the new settings
   * @throws InvalidInputException if it is less than 1
   */
  public ObligationSettings withPageSize(int size) {
    return new ObligationSettings(recipients, leadDays, overdueGraceDays, lookback, size,
        freePeriodReportTo);
  }
}
