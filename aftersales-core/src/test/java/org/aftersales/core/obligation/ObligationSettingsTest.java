package org.aftersales.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationStatus;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The obligation settings' seed and its changes, and the small values the obligation use cases
 * answer: a report line's "missed" and a run's report.
 *
 * <p>// rule: CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06
 */
class ObligationSettingsTest {

  static Recipient lead() {
    return Recipient.role(RecipientRole.AFTER_SALES_LEAD);
  }

  static Violation only(Runnable action) {
    InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
    assertEquals(1, e.violations().size());
    return e.violations().get(0);
  }

  static Map<ObligationKind, List<Recipient>> everyKindTo(Recipient who) {
    Map<ObligationKind, List<Recipient>> r = new EnumMap<>(ObligationKind.class);
    for (ObligationKind k : ObligationKind.values()) {
      r.put(k, List.of(who));
    }
    return r;
  }

  static Map<ObligationKind, Integer> everyKindLead(int days) {
    Map<ObligationKind, Integer> l = new EnumMap<>(ObligationKind.class);
    for (ObligationKind k : ObligationKind.values()) {
      l.put(k, days);
    }
    return l;
  }

  static ObligationSettings settings(Map<ObligationKind, List<Recipient>> recipients,
      Map<ObligationKind, Integer> leads) {
    return new ObligationSettings(recipients, leads, 0, Duration.ofDays(1), 1, List.of(lead()));
  }

  @Test
  void the_seed_sends_the_expiry_notice_to_the_service_centre_and_the_rest_to_the_lead() {
    // rule: CON-01 (服务中心及分公司), CON-02 and the recurring ones (售后服务组长).
    ObligationSettings seed = ObligationSettings.seed();
    assertEquals(List.of(Recipient.role(RecipientRole.SERVICE_CENTRE)),
        seed.recipientsOf(ObligationKind.EXPIRY_NOTICE));
    for (ObligationKind k : List.of(ObligationKind.FREE_PERIOD_END_REPORT,
        ObligationKind.MONTHLY_INSPECTION, ObligationKind.MONTHLY_OPTIMISATION_REPORT,
        ObligationKind.QUARTERLY_REVISIT, ObligationKind.QUARTERLY_CUSTOMER_REPORT,
        ObligationKind.SURVEY, ObligationKind.YEARLY_SURVEY_SUMMARY)) {
      assertEquals(List.of(lead()), seed.recipientsOf(k), k.name());
      assertEquals(List.of(lead()), seed.recipients().get(k), k.name());
    }
    assertEquals(List.of(Recipient.role(RecipientRole.SALES_DIRECTOR)),
        seed.freePeriodReportTo());
  }

  @Test
  void the_seed_announces_the_end_notices_on_their_day_and_the_recurring_ones_7_days_before() {
    ObligationSettings seed = ObligationSettings.seed();
    assertEquals(0, seed.leadOf(ObligationKind.EXPIRY_NOTICE));
    assertEquals(0, seed.leadOf(ObligationKind.FREE_PERIOD_END_REPORT));
    for (ObligationKind k : List.of(ObligationKind.MONTHLY_INSPECTION,
        ObligationKind.MONTHLY_OPTIMISATION_REPORT, ObligationKind.QUARTERLY_REVISIT,
        ObligationKind.QUARTERLY_CUSTOMER_REPORT, ObligationKind.SURVEY,
        ObligationKind.YEARLY_SURVEY_SUMMARY)) {
      assertEquals(7, seed.leadOf(k), k.name());
    }
    assertEquals(0, seed.overdueGraceDays());
    assertEquals(Duration.ofDays(35), seed.lookback());
    assertEquals(500, seed.pageSize());
    assertEquals(366, ObligationSettings.MAX_LEAD_DAYS);
    assertEquals(0, ObligationSettings.SEED_END_LEAD_DAYS);
    assertEquals(7, ObligationSettings.SEED_RECURRING_LEAD_DAYS);
    assertEquals(35, ObligationSettings.DEFAULT_LOOKBACK_DAYS);
    assertEquals(500, ObligationSettings.DEFAULT_PAGE_SIZE);
  }

  @Test
  void each_with_changes_its_own_setting_only() {
    ObligationSettings seed = ObligationSettings.seed();
    Recipient t1 = Recipient.person(PersonId.of("T-1"));

    ObligationSettings r = seed.withRecipients(ObligationKind.SURVEY, List.of(t1));
    assertEquals(List.of(t1), r.recipientsOf(ObligationKind.SURVEY));
    assertEquals(List.of(lead()), r.recipientsOf(ObligationKind.MONTHLY_INSPECTION));
    assertEquals(seed.leadDays(), r.leadDays());

    ObligationSettings l = seed.withLeadDays(ObligationKind.SURVEY, 30);
    assertEquals(30, l.leadOf(ObligationKind.SURVEY));
    assertEquals(7, l.leadOf(ObligationKind.MONTHLY_INSPECTION));
    assertEquals(seed.recipients(), l.recipients());

    ObligationSettings g = seed.withOverdueGraceDays(3);
    assertEquals(3, g.overdueGraceDays());
    assertEquals(seed.lookback(), g.lookback());

    ObligationSettings b = seed.withLookback(Duration.ofHours(2));
    assertEquals(Duration.ofHours(2), b.lookback());
    assertEquals(seed.pageSize(), b.pageSize());

    ObligationSettings p = seed.withPageSize(20);
    assertEquals(20, p.pageSize());
    assertEquals(seed.overdueGraceDays(), p.overdueGraceDays());

    ObligationSettings f = seed.withFreePeriodReportTo(List.of(t1));
    assertEquals(List.of(t1), f.freePeriodReportTo());
    assertEquals(seed.recipients(), f.recipients());

    // Every other setting of each is the seed's.
    assertEquals(seed, r.withRecipients(ObligationKind.SURVEY, List.of(lead())));
    assertEquals(seed, l.withLeadDays(ObligationKind.SURVEY, 7));
    assertEquals(seed, g.withOverdueGraceDays(0));
    assertEquals(seed, b.withLookback(Duration.ofDays(35)));
    assertEquals(seed, p.withPageSize(500));
    assertEquals(seed, f.withFreePeriodReportTo(
        List.of(Recipient.role(RecipientRole.SALES_DIRECTOR))));
  }

  @Test
  void a_lead_or_grace_from_0_to_366_days_is_accepted_and_outside_refused() {
    ObligationSettings seed = ObligationSettings.seed();
    assertEquals(0, seed.withLeadDays(ObligationKind.SURVEY, 0).leadOf(ObligationKind.SURVEY));
    assertEquals(366,
        seed.withLeadDays(ObligationKind.SURVEY, 366).leadOf(ObligationKind.SURVEY));
    Violation low = only(() -> seed.withLeadDays(ObligationKind.SURVEY, -1));
    assertEquals("leadDays.SURVEY", low.path());
    assertEquals("core.contract.leadOutOfRange", low.message().key());
    assertEquals("leadDays.SURVEY",
        only(() -> seed.withLeadDays(ObligationKind.SURVEY, 367)).path());
    assertEquals(366, seed.withOverdueGraceDays(366).overdueGraceDays());
    assertEquals("overdueGraceDays", only(() -> seed.withOverdueGraceDays(-1)).path());
    assertEquals("overdueGraceDays", only(() -> seed.withOverdueGraceDays(367)).path());
  }

  @Test
  void a_kind_without_recipients_or_lead_and_no_report_recipient_are_refused() {
    ObligationSettings seed = ObligationSettings.seed();
    Violation none = only(() -> seed.withRecipients(ObligationKind.SURVEY, List.of()));
    assertEquals("recipients.SURVEY", none.path());
    assertEquals("core.contract.noRecipients", none.message().key());
    Map<ObligationKind, List<Recipient>> missing = new HashMap<>(everyKindTo(lead()));
    missing.remove(ObligationKind.YEARLY_SURVEY_SUMMARY);
    assertEquals("recipients.YEARLY_SURVEY_SUMMARY",
        only(() -> settings(missing, everyKindLead(1))).path());
    Map<ObligationKind, Integer> noLead = new HashMap<>(everyKindLead(1));
    noLead.remove(ObligationKind.EXPIRY_NOTICE);
    assertEquals("leadDays.EXPIRY_NOTICE",
        only(() -> settings(everyKindTo(lead()), noLead)).path());
    Violation report = only(() -> seed.withFreePeriodReportTo(List.of()));
    assertEquals("freePeriodReportTo", report.path());
    assertEquals("core.contract.noRecipients", report.message().key());
  }

  @Test
  void a_lookback_must_be_positive_and_a_page_hold_at_least_one_file() {
    ObligationSettings seed = ObligationSettings.seed();
    assertEquals("lookback", only(() -> seed.withLookback(Duration.ZERO)).path());
    assertEquals("lookback", only(() -> seed.withLookback(Duration.ofSeconds(-1))).path());
    assertEquals(Duration.ofNanos(1), seed.withLookback(Duration.ofNanos(1)).lookback());
    assertEquals("pageSize", only(() -> seed.withPageSize(0)).path());
    assertEquals(1, seed.withPageSize(1).pageSize());
  }

  @Test
  void the_maps_and_lists_are_copied_and_cannot_be_changed_afterwards() {
    Map<ObligationKind, List<Recipient>> recipients = everyKindTo(lead());
    Map<ObligationKind, Integer> leads = everyKindLead(2);
    List<Recipient> to = new ArrayList<>(List.of(lead()));
    ObligationSettings s = new ObligationSettings(recipients, leads, 0, Duration.ofDays(1), 1,
        to);
    recipients.put(ObligationKind.SURVEY, List.of(Recipient.role(RecipientRole.SALES)));
    leads.put(ObligationKind.SURVEY, 9);
    to.add(Recipient.role(RecipientRole.SALES));
    assertEquals(List.of(lead()), s.recipientsOf(ObligationKind.SURVEY));
    assertEquals(2, s.leadOf(ObligationKind.SURVEY));
    assertEquals(List.of(lead()), s.freePeriodReportTo());
    assertThrows(UnsupportedOperationException.class,
        () -> s.recipients().put(ObligationKind.SURVEY, List.of()));
    assertThrows(UnsupportedOperationException.class,
        () -> s.leadDays().put(ObligationKind.SURVEY, 1));
    assertThrows(UnsupportedOperationException.class,
        () -> s.recipientsOf(ObligationKind.SURVEY).add(lead()));
    assertThrows(NullPointerException.class, () -> s.leadOf(null));
    assertThrows(NullPointerException.class, () -> s.recipientsOf(null));
  }

  @Test
  void a_report_line_is_missed_when_overdue_fulfilled_late_or_written_off() {
    Obligation o = Obligation.of(ContractId.of("C-1"), ObligationKind.MONTHLY_INSPECTION,
        "2027-01 SYS-1", LocalDate.of(2027, 1, 31), List.of(SystemId.of("SYS-1")));
    Map<ObligationStatus, Boolean> missed = Map.of(ObligationStatus.PENDING, false,
        ObligationStatus.OVERDUE, true, ObligationStatus.FULFILLED, false,
        ObligationStatus.FULFILLED_LATE, true, ObligationStatus.WRITTEN_OFF, true);
    assertEquals(ObligationStatus.values().length, missed.size());
    for (Map.Entry<ObligationStatus, Boolean> e : missed.entrySet()) {
      ObligationState s = new ObligationState(o, CustomerId.of("CUST-1"),
          LocalDate.of(2027, 1, 31), e.getKey(), false);
      assertEquals(e.getValue(), s.missed(), e.getKey().name());
    }
    assertThrows(NullPointerException.class, () -> new ObligationState(null,
        CustomerId.of("CUST-1"), LocalDate.of(2027, 1, 31), ObligationStatus.PENDING, false));
    assertThrows(NullPointerException.class, () -> new ObligationState(o, null,
        LocalDate.of(2027, 1, 31), ObligationStatus.PENDING, false));
    assertThrows(NullPointerException.class, () -> new ObligationState(o,
        CustomerId.of("CUST-1"), null, ObligationStatus.PENDING, false));
    assertThrows(NullPointerException.class, () -> new ObligationState(o,
        CustomerId.of("CUST-1"), LocalDate.of(2027, 1, 31), null, false));
  }

  @Test
  void a_run_report_copies_its_notices_and_needs_its_instants() {
    Instant from = Instant.parse("2027-01-01T00:00:00Z");
    Instant to = Instant.parse("2027-01-02T00:00:00Z");
    Notice n = Notice.of(new NoticeKey("contract-obligation", "C-1", RuleId.of("CON-04"),
        "MONTHLY_INSPECTION.due.role:AFTER_SALES_LEAD", "2027-01 SYS-1@2027-01-31"),
        NoticeKind.OBLIGATION_DUE, lead(), from, Map.of());
    List<Notice> notices = new ArrayList<>(List.of(n));
    ObligationRunReport r = new ObligationRunReport(from, to, to, 4, 2, notices);
    notices.clear();
    assertEquals(List.of(n), r.recorded());
    assertEquals(4, r.contractsRead());
    assertEquals(2, r.alreadyRecorded());
    assertThrows(UnsupportedOperationException.class, () -> r.recorded().add(n));
    assertThrows(NullPointerException.class,
        () -> new ObligationRunReport(null, to, to, 0, 0, List.of()));
    assertThrows(NullPointerException.class,
        () -> new ObligationRunReport(from, null, to, 0, 0, List.of()));
    assertThrows(NullPointerException.class,
        () -> new ObligationRunReport(from, to, null, 0, 0, List.of()));
    assertThrows(NullPointerException.class,
        () -> new ObligationRunReport(from, to, to, 0, 0, null));
  }
}
