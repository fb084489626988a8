package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.freePeriod;
import static org.aftersales.core.obligation.ObligationFakes.maintenance;
import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.MonthEndSchedule;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.obligation.ObligationFakes.Files;
import org.aftersales.core.obligation.ObligationFakes.Log;
import org.aftersales.core.obligation.ObligationFakes.TestClock;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.OfficeCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The obligation reminders on fakes, with the office calendar (Monday to Friday 09:00–12:00 and
 * 13:00–17:00 Shanghai) and the seed settings: the expiry notice (CON-01) to the service centre on
 * its due day, the inspections (CON-04) to the after-sales lead 7 days before, the overdue
 * reminder the day after the due day's working day (the due day itself if it has working time,
 * else the next day that has) — each at the first working moment of its day.
 *
 * <p>Contract C-1: maintenance of SYS-1, 1 January to 31 March 2027 ({@link MonthEndSchedule}).
 * Hand-computed issue instants (Shanghai):
 * <ul>
 *   <li>January inspection, due Sun 31 Jan: notice day 31 − 7 = Sun 24 Jan → Mon 25 Jan 09:00;
 *       working day of Sun 31 Jan is Mon 1 Feb, overdue day 1 Feb + 1 + 0 = Tue 2 Feb →
 *       09:00;</li>
 *   <li>February inspection, due Sun 28 Feb: notice day Sun 21 Feb → Mon 22 Feb 09:00; working
 *       day Mon 1 Mar, overdue day 1 Mar + 1 = Tue 2 Mar → 09:00;</li>
 *   <li>expiry notice, due Sun 28 Feb (31 Mar − 1 month): notice day Sun 28 Feb → Mon 1 Mar
 *       09:00; working day Mon 1 Mar, overdue day Tue 2 Mar → 09:00 — a working day after its
 *       notice;</li>
 *   <li>March inspection, due Wed 31 Mar (a working day: its own working day): notice day Wed
 *       24 Mar → 09:00; overdue day 31 Mar + 1 = Thu 1 Apr → 09:00.</li>
 * </ul>
 *
 * <p>// rule: CON-01, CON-02, CON-04
 */
class ObligationRemindersTest {

  static final String LEAD = "role:AFTER_SALES_LEAD";
  static final String CENTRE = "role:SERVICE_CENTRE";
  static final Duration MICRO = Duration.ofNanos(1_000);

  final Files files = new Files();
  final Log log = new Log();
  final TestClock clock = new TestClock(sh("2027-06-01T12:00"));
  ObligationSettings settings = ObligationSettings.seed();
  OfficeCalendar calendar = new OfficeCalendar();

  ObligationReminders reminders() {
    return new ObligationReminders(files, log, new MonthEndSchedule(), settings, calendar,
        clock);
  }

  static ServiceContract c1() {
    return maintenance("C-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 31));
  }

  /** The key text of a notice of contract C-1. */
  static String key(String rule, String kind, String step, String recipient, String occurrence,
      String due) {
    return key("C-1", rule, kind, step, recipient, occurrence, due);
  }

  static String key(String contract, String rule, String kind, String step, String recipient,
      String occurrence, String due) {
    return "contract-obligation/" + contract + "/" + rule + "/" + kind + "." + step + "."
        + recipient + "/" + occurrence + "@" + due;
  }

  static String inspection(String step, String month, String due) {
    return key("CON-04", "MONTHLY_INSPECTION", step, LEAD, month + " SYS-1", due);
  }

  static String expiry(String step) {
    return key("CON-01", "EXPIRY_NOTICE", step, CENTRE, "2027-03-31", "2027-02-28");
  }

  /** The keys recorded by a call for the one microsecond starting at {@code t}. */
  Set<String> issuedAt(Instant t) {
    return keys(reminders().issue(t, t.plus(MICRO)));
  }

  static Set<String> keys(ObligationRunReport report) {
    Set<String> out = new HashSet<>();
    for (Notice n : report.recorded()) {
      out.add(n.key().text());
    }
    assertEquals(report.recorded().size(), out.size());
    return out;
  }

  Obligation obligation(ContractId contract, String key) {
    return files.byId.get(contract).obligation(new MonthEndSchedule(), key).orElseThrow();
  }

  void update(ContractId id, java.util.function.UnaryOperator<ContractFile> change) {
    files.byId.put(id, change.apply(files.byId.get(id)));
  }

  static PersonId person(String id) {
    return PersonId.of(id);
  }

  @Test
  void each_seed_notice_of_a_contract_is_issued_at_its_hand_computed_instant() {
    files.stored(c1());
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-01-01T00:00"),
        sh("2027-01-25T09:00"))));
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-01-25T09:00")));
    // Sun 31 Jan → working day Mon 1 Feb → overdue day Tue 2 Feb: nothing on the Monday.
    assertEquals(Set.of(), issuedAt(sh("2027-02-01T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-02-02T09:00")));
    assertEquals(Set.of(inspection("due", "2027-02", "2027-02-28")),
        issuedAt(sh("2027-02-22T09:00")));
    // rule: CON-01 — the expiry notice (due Sun 28 Feb) goes out Monday, its overdue reminder a
    // working day later, Tuesday, with February's inspection (also due Sun 28 Feb).
    assertEquals(Set.of(expiry("due")), issuedAt(sh("2027-03-01T09:00")));
    assertEquals(Set.of(expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")),
        issuedAt(sh("2027-03-02T09:00")));
    assertEquals(Set.of(inspection("due", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-03-24T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-04-01T09:00")));
    assertEquals(8, log.notices.size());
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-04-01T09:00:00.000001"),
        sh("2028-01-01T00:00"))));
  }

  @Test
  void the_notices_have_the_kind_recipient_instant_and_parameters_of_their_obligation() {
    files.stored(c1());
    clock.now = Instant.parse("2027-03-01T01:30:00.123456789Z");
    ObligationRunReport r = reminders().issue(sh("2027-03-01T09:00"), sh("2027-03-01T10:00"));
    Map<String, Notice> byKey = new TreeMap<>();
    r.recorded().forEach(n -> byKey.put(n.key().text(), n));
    // The overdue reminders of the obligations due Sun 28 Feb go out on Tue 2 Mar (working day
    // Mon 1 Mar + 1).
    clock.now = Instant.parse("2027-03-02T01:30:00Z");
    reminders().issue(sh("2027-03-02T09:00"), sh("2027-03-02T10:00")).recorded()
        .forEach(n -> byKey.put(n.key().text(), n));
    assertEquals(3, byKey.size());
    Notice due = byKey.get(expiry("due"));
    assertEquals(NoticeKind.CONTRACT_EXPIRY, due.kind());
    assertEquals(Recipient.role(RecipientRole.SERVICE_CENTRE), due.recipient());
    assertEquals(Instant.parse("2027-03-01T01:30:00.123456Z"), due.occurredAt());
    Map<String, Object> expected = new TreeMap<>();
    expected.put("contract", "C-1");
    expected.put("customer", "CUST-C-1");
    expected.put("obligation", "3:C-1/EXPIRY_NOTICE/2027-03-31");
    expected.put("kind", "EXPIRY_NOTICE");
    expected.put("occurrence", "2027-03-31");
    expected.put("due", LocalDate.of(2027, 2, 28));
    expected.put("scheduledDue", LocalDate.of(2027, 2, 28));
    expected.put("contractEnd", LocalDate.of(2027, 3, 31));
    expected.put("systems", "SYS-1");
    assertEquals(expected, due.parameters());
    assertEquals(NoticeKind.OBLIGATION_OVERDUE, byKey.get(expiry("overdue")).kind());
    Notice inspectionOverdue = byKey.get(inspection("overdue", "2027-02", "2027-02-28"));
    assertEquals(NoticeKind.OBLIGATION_OVERDUE, inspectionOverdue.kind());
    assertEquals(Recipient.role(RecipientRole.AFTER_SALES_LEAD), inspectionOverdue.recipient());
    assertEquals(NoticeKind.OBLIGATION_DUE,
        issuedAtNotice(sh("2027-02-22T09:00")).kind());
  }

  Notice issuedAtNotice(Instant t) {
    List<Notice> recorded = reminders().issue(t, t.plus(MICRO)).recorded();
    assertEquals(1, recorded.size());
    return recorded.get(0);
  }

  @Test
  void a_free_period_report_is_announced_to_the_after_sales_lead_on_its_due_day() {
    // rule: CON-02 — F-1 ends Wed 30 June 2027: the report is due 30 March (Tue), lead 0.
    files.stored(freePeriod("F-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30)));
    Notice n = issuedAtNotice(sh("2027-03-30T09:00"));
    assertEquals(NoticeKind.FREE_PERIOD_ENDING, n.kind());
    assertEquals(key("F-1", "CON-02", "FREE_PERIOD_END_REPORT", "due", LEAD, "2027-06-30",
        "2027-03-30"), n.key().text());
  }

  @Test
  void a_notice_of_a_saturday_is_issued_on_monday_at_nine_and_a_holiday_moves_it_on() {
    assertEquals(sh("2027-02-01T09:00"), reminders().issueInstant(LocalDate.of(2027, 1, 30)));
    assertEquals(sh("2027-01-29T09:00"), reminders().issueInstant(LocalDate.of(2027, 1, 29)));
    // A lead of 1 day: the January inspection's notice day is Sat 30 Jan → Mon 1 Feb 09:00; its
    // due day Sun 31 Jan has the working day Mon 1 Feb, so its overdue day is Tue 2 Feb.
    settings = settings.withLeadDays(ObligationKind.MONTHLY_INSPECTION, 1);
    files.stored(c1());
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-02-01T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-02-02T09:00")));
    calendar = new OfficeCalendar(Set.of(LocalDate.of(2027, 3, 1)));
    assertEquals(sh("2027-03-02T09:00"), reminders().issueInstant(LocalDate.of(2027, 2, 28)));
    // Lead 1: February's notice day is Sat 27 Feb; with Mon 1 Mar a holiday the notices go out
    // Tuesday; the working day of Sun 28 Feb is then Tue 2 Mar, so the overdue reminders wait
    // for Wed 3 Mar (2 Mar + 1 + 0).
    assertEquals(Set.of(expiry("due"), inspection("due", "2027-02", "2027-02-28")),
        issuedAt(sh("2027-03-02T09:00")));
    assertEquals(Set.of(expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")),
        issuedAt(sh("2027-03-03T09:00")));
  }

  @Test
  void a_window_entirely_in_a_night_or_a_weekend_issues_nothing_and_touches_no_log() {
    settings = settings.withLeadDays(ObligationKind.MONTHLY_INSPECTION, 1);
    files.stored(c1());
    ObligationRunReport r = reminders().issue(sh("2027-01-29T17:00"), sh("2027-02-01T09:00"));
    assertEquals(List.of(), r.recorded());
    assertEquals(0, r.alreadyRecorded());
    assertEquals(1, r.contractsRead());
    assertEquals(List.of(), log.calls);
    assertEquals(List.of(), reminders().issue(sh("2027-02-01T17:00"), sh("2027-02-02T09:00"))
        .recorded());
  }

  @Test
  void a_window_after_a_long_closure_issues_what_the_closure_held_back() {
    // Closed Tue 2 – Fri 12 Feb: Sun 31 Jan's working day is Mon 1 Feb (open), its overdue day
    // Tue 2 Feb falls in the closure: the reminder waits until the reopening, Mon 15 Feb 09:00.
    calendar = new OfficeCalendar(days(LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 13)));
    files.stored(c1());
    assertEquals(Set.of(), issuedAt(sh("2027-02-02T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-02-15T09:00")));
  }

  /** The days of {@code [from, to)}. */
  static Set<LocalDate> days(LocalDate from, LocalDate to) {
    Set<LocalDate> out = new HashSet<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  @Test
  void a_window_after_a_closure_reaches_back_400_days_and_no_further() {
    // Closed every day from Fri 1 Jan 2027 to Sun 5 Mar 2028; reopening Mon 6 Mar 2028 09:00,
    // 400 days after Sun 31 Jan 2027 (31 Jan 2027 + 365 = 31 Jan 2028, + 29 (Feb 2028) = 29 Feb,
    // + 6 = 6 Mar). A contract of January 2027 only: its inspection due Sun 31 Jan, its expiry
    // notice due 31 Jan − 1 month = 31 Dec 2026, clamped to the first day, Fri 1 Jan 2027. Both
    // due days lie in the closure: their working day is Mon 6 Mar 2028, their overdue day (grace
    // 0) Tue 7 Mar 2028.
    calendar = new OfficeCalendar(days(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 3, 6)));
    clock.now = sh("2028-06-01T12:00");
    files.stored(maintenance("C-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 1, 31)));
    String expiryKey = key("CON-01", "EXPIRY_NOTICE", "due", CENTRE, "2027-01-31", "2027-01-01");
    String expiryOverdue = key("CON-01", "EXPIRY_NOTICE", "overdue", CENTRE, "2027-01-31",
        "2027-01-01");
    // At the reopening both due notices (days 1 Jan and 24 Jan 2027) go out, no overdue one: the
    // window's first day is 400 days back, 31 Jan 2027; the overdue scan goes on from 31 Jan − 1
    // over the closure to its first day, 1 Jan 2027 (31 Dec 2026 is a working Thursday).
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31"), expiryKey),
        issuedAt(sh("2028-03-06T09:00")));
    assertEquals(List.of("overlapping 2027-01-01 2028-03-14"), files.calls);
    // The next morning the overdue day 7 Mar has come. The window's first day is 7 Mar; the
    // scan reaches 400 days back from 6 Mar (7 Mar − 1 − 0) to 31 Jan 2027 and no further: the
    // inspection (31 Jan) is reminded, the expiry notice (1 Jan, 430 days back) is not.
    files.calls.clear();
    assertEquals(400, NoticeWindow.MAX_QUIET_DAYS);
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        issuedAt(sh("2028-03-07T09:00")));
    assertEquals(List.of("overlapping 2027-01-31 2028-03-15"), files.calls);
    // A window that holds the reopening reaches the closure's first day again, and the expiry
    // notice's overdue reminder with it.
    assertEquals(Set.of(expiryOverdue), keys(reminders().issue(sh("2028-03-06T00:00"),
        sh("2028-03-07T09:00:00.000001"))));
  }

  @Test
  void a_window_reaching_past_the_clock_is_cut_at_it_and_the_rest_left_for_later() {
    files.stored(c1());
    clock.now = sh("2027-02-02T09:00");
    ObligationRunReport first = reminders().issue(sh("2027-01-01T00:00"),
        sh("2027-03-15T00:00"));
    // The clock's own instant is inside: the overdue reminder of Tue 2 Feb 09:00 (Sun 31 Jan →
    // working day Mon 1 Feb, + 1) goes out.
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31"),
        inspection("overdue", "2027-01", "2027-01-31")), keys(first));
    assertEquals(sh("2027-01-01T00:00"), first.from());
    assertEquals(sh("2027-03-15T00:00"), first.to());
    assertEquals(sh("2027-02-02T09:00"), first.at());
    // Tue 2 Mar 09:00: the overdue reminders of Sun 28 Feb (working day Mon 1 Mar, + 1).
    clock.now = sh("2027-03-02T09:00");
    ObligationRunReport second = reminders().issue(sh("2027-01-01T00:00"),
        sh("2027-03-15T00:00"));
    assertEquals(Set.of(inspection("due", "2027-02", "2027-02-28"), expiry("due"),
        expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")), keys(second));
    assertEquals(2, second.alreadyRecorded());
  }

  @Test
  void one_microsecond_before_the_issue_instant_nothing_is_issued_yet() {
    // The January overdue reminder's instant: Tue 2 Feb 09:00 Shanghai = 01:00 UTC.
    files.stored(c1());
    clock.now = Instant.parse("2027-02-02T00:59:59.999999999Z");
    ObligationRunReport r = reminders().issue(sh("2027-01-01T00:00"), sh("2027-03-15T00:00"));
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31")), keys(r));
    assertEquals(Instant.parse("2027-02-02T00:59:59.999999Z"), r.at());
  }

  @Test
  void a_reversed_or_unsupported_window_is_refused_and_an_empty_one_reads_nothing() {
    Violation v = assertThrows(InvalidInputException.class, () -> reminders().issue(
        sh("2027-02-02T00:00"), sh("2027-02-01T00:00"))).violations().get(0);
    assertEquals("to", v.path());
    assertEquals("core.contract.windowReversed", v.message().key());
    assertEquals("from", assertThrows(InvalidInputException.class, () -> reminders().issue(
        Instant.parse("1800-01-01T00:00:00Z"), sh("2027-02-01T00:00"))).violations().get(0)
        .path());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> reminders().issue(
        sh("2027-02-01T00:00"), Instant.parse("2400-01-01T00:00:00Z"))).violations().get(0)
        .path());
    files.stored(c1());
    ObligationRunReport empty = reminders().issue(sh("2027-02-01T09:00"),
        sh("2027-02-01T09:00"));
    assertEquals(0, empty.contractsRead());
    assertEquals(List.of(), empty.recorded());
    assertEquals(List.of(), files.calls);
    // A window wholly after the clock is empty once cut.
    clock.now = sh("2027-01-01T00:00");
    assertEquals(0, reminders().issue(sh("2027-02-01T00:00"), sh("2027-03-01T00:00"))
        .contractsRead());
  }

  @Test
  void a_lead_reaching_before_the_contracts_first_day_is_clamped_to_that_day() {
    // C-3 starts Fri 15 Jan; lead 30: the January inspection (31 Jan) would be announced
    // 1 Jan, before the contract: 15 Jan 09:00 instead. February's (28 Feb − 30 = Fri 29 Jan)
    // is not clamped.
    settings = settings.withLeadDays(ObligationKind.MONTHLY_INSPECTION, 30);
    files.stored(maintenance("C-3", List.of("SYS-1"), LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 3, 31)));
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-01-01T00:00"),
        sh("2027-01-15T09:00"))));
    assertEquals(Set.of(key("C-3", "CON-04", "MONTHLY_INSPECTION", "due", LEAD, "2027-01 SYS-1",
        "2027-01-31")), issuedAt(sh("2027-01-15T09:00")));
    assertEquals(Set.of(key("C-3", "CON-04", "MONTHLY_INSPECTION", "due", LEAD, "2027-02 SYS-1",
        "2027-02-28")), issuedAt(sh("2027-01-29T09:00")));
  }

  @Test
  void a_fulfilled_inspection_gets_no_overdue_reminder() {
    files.stored(c1());
    assertEquals(1, issuedAt(sh("2027-01-25T09:00")).size());
    String jan = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1";
    update(ContractId.of("C-1"), f -> f.fulfil(obligation(ContractId.of("C-1"), jan),
        ObligationFulfilment.of(person("T-1"), sh("2027-01-29T15:00"), "DMS-1"),
        sh("2027-01-29T15:00")).state());
    // Its overdue instant: Sun 31 Jan → working day Mon 1 Feb → Tue 2 Feb 09:00.
    assertEquals(Set.of(), issuedAt(sh("2027-02-02T09:00")));
  }

  @Test
  void an_expiry_notice_sent_is_reminded_overdue_until_its_follow_up_is_assigned() {
    // rule: CON-01 — the letter alone does not settle it: someone must pursue the renewal.
    files.stored(c1());
    String expiry = "3:C-1/EXPIRY_NOTICE/2027-03-31";
    update(ContractId.of("C-1"), f -> f.fulfil(obligation(ContractId.of("C-1"), expiry),
        ObligationFulfilment.of(person("T-1"), sh("2027-02-26T15:00"), "DMS-1"),
        sh("2027-02-26T15:00")).state());
    // Fulfilled: no due notice any more (Mon 1 Mar); not settled: the overdue reminder still
    // goes on Tue 2 Mar (Sun 28 Feb → working day Mon 1 Mar, + 1).
    assertEquals(Set.of(), issuedAt(sh("2027-03-01T09:00")));
    assertEquals(Set.of(expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")),
        keys(reminders().issue(sh("2027-03-02T09:00"), sh("2027-03-02T09:00:00.000001"))));
    log.notices.clear();
    update(ContractId.of("C-1"), f -> f.assignFollowUp(obligation(ContractId.of("C-1"), expiry),
        FollowUpAssignment.of(person("S-1"), person("M-1"), sh("2027-02-26T16:00")),
        sh("2027-02-26T16:00")).state());
    assertEquals(Set.of(inspection("overdue", "2027-02", "2027-02-28")),
        issuedAt(sh("2027-03-02T09:00")));
  }

  @Test
  void a_written_off_obligation_is_neither_announced_nor_reminded() {
    files.stored(c1());
    String jan = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1";
    update(ContractId.of("C-1"), f -> f.dispose(obligation(ContractId.of("C-1"), jan),
        new ObligationDisposition(DispositionKind.WRITTEN_OFF, LocalDate.of(2027, 1, 31),
            "dismantled", person("M-1"), sh("2027-01-20T10:00")), sh("2027-01-20T10:00"))
        .state());
    assertEquals(Set.of(), issuedAt(sh("2027-01-25T09:00")));
    // Its overdue instant would be Tue 2 Feb 09:00 (working day Mon 1 Feb + 1).
    assertEquals(Set.of(), issuedAt(sh("2027-02-02T09:00")));
  }

  @Test
  void a_carried_over_inspection_is_announced_and_reminded_afresh_for_its_new_day() {
    // Carried over to Wed 10 Feb: notice day 10 − 7 = Wed 3 Feb; Wed 10 Feb is its own working
    // day, overdue day 10 + 1 = Thu 11 Feb. Nothing on the old day's instants (1 and 2 Feb).
    files.stored(c1());
    assertEquals(1, issuedAt(sh("2027-01-25T09:00")).size());
    String jan = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1";
    update(ContractId.of("C-1"), f -> f.dispose(obligation(ContractId.of("C-1"), jan),
        new ObligationDisposition(DispositionKind.CARRIED_OVER, LocalDate.of(2027, 2, 10),
            "customer closed", person("M-1"), sh("2027-01-28T10:00")), sh("2027-01-28T10:00"))
        .state());
    assertEquals(Set.of(), issuedAt(sh("2027-02-01T09:00")));
    assertEquals(Set.of(), issuedAt(sh("2027-02-02T09:00")));
    assertEquals(Set.of(inspection("due", "2027-01", "2027-02-10")),
        issuedAt(sh("2027-02-03T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-02-10")),
        issuedAt(sh("2027-02-11T09:00")));
  }

  @Test
  void the_grace_delays_the_overdue_reminder_by_its_days() {
    // Grace 2: the January overdue reminder on Sun 31 Jan's working day Mon 1 Feb + 1 + 2 =
    // Thu 4 Feb.
    settings = settings.withOverdueGraceDays(2);
    files.stored(c1());
    assertEquals(Set.of(), issuedAt(sh("2027-02-02T09:00")));
    assertEquals(Set.of(), issuedAt(sh("2027-02-03T09:00")));
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        issuedAt(sh("2027-02-04T09:00")));
  }

  @Test
  void each_recipient_of_a_kind_gets_its_own_notice() {
    settings = settings.withRecipients(ObligationKind.MONTHLY_INSPECTION, List.of(
        Recipient.role(RecipientRole.AFTER_SALES_LEAD), Recipient.person(person("T-1"))));
    files.stored(c1());
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31"),
        key("CON-04", "MONTHLY_INSPECTION", "due", "person:T-1", "2027-01 SYS-1",
            "2027-01-31")), issuedAt(sh("2027-01-25T09:00")));
  }

  @Test
  void a_run_issues_the_lookback_up_to_its_instant_and_catches_up_a_missed_run() {
    files.stored(c1());
    // Tue 2 Feb 10:00: January's due notice (Mon 25 Jan) and overdue reminder (Tue 2 Feb 09:00).
    clock.now = sh("2027-02-02T10:00");
    ObligationRunReport first = reminders().run();
    assertEquals(Set.of(inspection("due", "2027-01", "2027-01-31"),
        inspection("overdue", "2027-01", "2027-01-31")), keys(first));
    // 35 days before 2 Feb 10:00 is 29 Dec 10:00 (2 + 31 + 2); the end takes in the instant.
    assertEquals(sh("2026-12-29T10:00"), first.from());
    assertEquals(sh("2027-02-02T10:00").plusNanos(1), first.to());
    assertEquals(sh("2027-02-02T10:00"), first.at());
    // No run for a month: the next run's 35 days reach back to 29 Jan 10:00 (5 + 28 + 2),
    // before February's notice (22 Feb) and the Tue 2 Mar overdue reminders.
    clock.now = sh("2027-03-05T10:00");
    assertEquals(Set.of(inspection("due", "2027-02", "2027-02-28"), expiry("due"),
        expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")),
        keys(reminders().run()));
  }

  @Test
  void a_run_cannot_catch_up_what_lies_before_its_lookback() {
    // A lookback of 1 day at Tue 2 Mar 08:59 reaches back to Mon 1 Mar 08:59: the expiry notice
    // of 1 Mar 09:00 goes out; at Wed 3 Mar 08:59 the overdue reminders of Tue 2 Mar 09:00
    // (Sun 28 Feb → working day Mon 1 Mar, + 1); February's notice of 22 Feb never does.
    settings = settings.withLookback(Duration.ofDays(1));
    files.stored(c1());
    clock.now = sh("2027-03-02T08:59");
    assertEquals(Set.of(expiry("due")), keys(reminders().run()));
    clock.now = sh("2027-03-03T08:59");
    assertEquals(Set.of(expiry("overdue"), inspection("overdue", "2027-02", "2027-02-28")),
        keys(reminders().run()));
    clock.now = sh("2027-03-05T10:00");
    assertEquals(Set.of(), keys(reminders().run()));
  }

  @Test
  void contracts_are_read_by_pages_until_a_page_is_short() {
    for (String id : List.of("A-1", "B-1", "C-1")) {
      files.stored(maintenance(id, List.of("SYS-1"), LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 3, 31)));
    }
    // Window Mon 25 Jan 09:00: the closure walk reaches Sat 23 Jan (its notices issue Monday
    // 09:00 too), so the scan is [23 − 1, 25 + 7 + 1) = [22 Jan, 2 Feb) — Thu 21 Jan is its own
    // working day, before Fri 22 Jan, so the overdue scan reaches no further back.
    settings = settings.withPageSize(1);
    ObligationRunReport r = reminders().issue(sh("2027-01-25T09:00"),
        sh("2027-01-25T09:00:00.000001"));
    assertEquals(3, r.recorded().size());
    assertEquals(3, r.contractsRead());
    assertEquals(List.of("overlapping 2027-01-22 2027-02-02", "overlappingAfter A-1",
        "overlappingAfter B-1", "overlappingAfter C-1"), files.calls);
    assertEquals(List.of("recordedAmong", "recordIfAbsent", "recordedAmong", "recordIfAbsent",
        "recordedAmong", "recordIfAbsent"), log.calls);
    files.calls.clear();
    settings = settings.withPageSize(3);
    reminders().issue(sh("2027-01-25T09:00"), sh("2027-01-25T09:00:00.000001"));
    assertEquals(List.of("overlapping 2027-01-22 2027-02-02", "overlappingAfter C-1"),
        files.calls);
    files.calls.clear();
    settings = settings.withPageSize(4);
    reminders().issue(sh("2027-01-25T09:00"), sh("2027-01-25T09:00:00.000001"));
    assertEquals(List.of("overlapping 2027-01-22 2027-02-02"), files.calls);
  }

  @Test
  void the_grace_widens_the_scan_back_and_the_longest_lead_forward() {
    settings = settings.withOverdueGraceDays(3).withLeadDays(ObligationKind.SURVEY, 20);
    files.stored(c1());
    // Window Wed 3 Feb 09:00 (a weekday: the walk stops at once): [3 − 1 − 3, 3 + 20 + 1) —
    // the scan starts at Sat 30 Jan, as Fri 29 Jan is its own working day, before 30 Jan.
    reminders().issue(sh("2027-02-03T09:00"), sh("2027-02-03T09:00:00.000001"));
    assertEquals(List.of("overlapping 2027-01-30 2027-02-24"), files.calls);
  }

  @Test
  void notices_already_recorded_are_counted_not_recorded_again() {
    // Mon 1 Mar 09:00 the expiry notice, Tue 2 Mar 09:00 the two overdue reminders of 28 Feb.
    files.stored(c1());
    assertEquals(3, keys(reminders().issue(sh("2027-03-01T09:00"), sh("2027-03-02T10:00")))
        .size());
    log.calls.clear();
    ObligationRunReport again = reminders().issue(sh("2027-03-01T00:00"),
        sh("2027-03-03T00:00"));
    assertEquals(List.of(), again.recorded());
    assertEquals(3, again.alreadyRecorded());
    assertEquals(List.of("recordedAmong"), log.calls);
    // Another node records them between the read and the record: counted as already recorded.
    log.notices.clear();
    log.otherNodeRecordsFirst = true;
    ObligationRunReport raced = reminders().issue(sh("2027-03-01T00:00"),
        sh("2027-03-03T00:00"));
    assertEquals(List.of(), raced.recorded());
    assertEquals(3, raced.alreadyRecorded());
  }

  @Test
  void an_obligation_due_on_a_saturday_is_announced_on_monday_and_overdue_on_tuesday() {
    // rule: CON-01 — S-1 ends Mon 28 Dec 2026: its expiry notice is due 28 Dec − 1 month = Sat
    // 28 Nov, lead 0: notice day Sat 28 Nov → Mon 30 Nov 09:00. The working day of Sat 28 Nov
    // is Mon 30 Nov; overdue day 30 Nov + 1 + 0 = Tue 1 Dec → 09:00, a working day after the
    // notice (before the rule: 28 Nov + 1 = Sun 29 Nov → Mon 30 Nov 09:00, with the notice).
    // rule: CON-04 — November's inspection is due Mon 30 Nov, its own working day: overdue day
    // 30 Nov + 1 = Tue 1 Dec, as before the rule.
    files.stored(maintenance("S-1", List.of("SYS-1"), LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 12, 28)));
    String expiry = "2026-12-28";
    String due = "2026-11-28";
    assertEquals(Set.of(), keys(reminders().issue(sh("2026-11-28T00:00"),
        sh("2026-11-30T09:00"))));
    assertEquals(Set.of(key("S-1", "CON-01", "EXPIRY_NOTICE", "due", CENTRE, expiry, due)),
        issuedAt(sh("2026-11-30T09:00")));
    assertEquals(Set.of(), keys(reminders().issue(sh("2026-11-30T09:00").plus(MICRO),
        sh("2026-12-01T09:00"))));
    assertEquals(Set.of(key("S-1", "CON-01", "EXPIRY_NOTICE", "overdue", CENTRE, expiry, due),
        key("S-1", "CON-04", "MONTHLY_INSPECTION", "overdue", LEAD, "2026-11 SYS-1",
            "2026-11-30")), issuedAt(sh("2026-12-01T09:00")));
  }

  @Test
  void due_on_a_holidays_eve_it_is_reminded_at_the_reopening_due_in_it_a_day_later() {
    // rule: CON-04 — March's inspection is due Wed 31 Mar 2027.
    files.stored(c1());
    // Holiday Thu 1 – Sat 3 Apr: Wed 31 Mar is its own working day, overdue day 31 Mar + 1 =
    // Thu 1 Apr, in the holiday → its first working moment, Mon 5 Apr 09:00.
    calendar = new OfficeCalendar(days(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 4)));
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-04-01T00:00"),
        sh("2027-04-05T09:00"))));
    assertEquals(Set.of(inspection("overdue", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-04-05T09:00")));
    // Holiday Wed 31 Mar – Fri 2 Apr: the due day itself is closed, its working day is Mon 5 Apr
    // (3–4 Apr a weekend), overdue day 5 Apr + 1 = Tue 6 Apr → 09:00.
    log.notices.clear();
    calendar = new OfficeCalendar(days(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 3)));
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-03-31T00:00"),
        sh("2027-04-06T09:00"))));
    assertEquals(Set.of(inspection("overdue", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-04-06T09:00")));
  }

  @Test
  void due_on_a_working_day_it_is_overdue_the_day_after_plus_the_grace_as_before() {
    // rule: CON-04 — March's inspection, due Wed 31 Mar 2027, its own working day: overdue day
    // 31 Mar + 1 + 0 = Thu 1 Apr → 09:00.
    files.stored(c1());
    assertEquals(Set.of(inspection("overdue", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-04-01T09:00")));
    // Grace 2: 31 Mar + 1 + 2 = Sat 3 Apr → Mon 5 Apr 09:00; nothing on Thu 1 or Fri 2 Apr.
    log.notices.clear();
    settings = settings.withOverdueGraceDays(2);
    assertEquals(Set.of(), keys(reminders().issue(sh("2027-04-01T00:00"),
        sh("2027-04-05T09:00"))));
    assertEquals(Set.of(inspection("overdue", "2027-03", "2027-03-31")),
        issuedAt(sh("2027-04-05T09:00")));
  }

  @Test
  void a_window_inside_a_closure_reaches_obligations_whose_working_day_is_before_it() {
    // Closed Tue 2 – Fri 12 Feb 2027. January's inspection is due Sun 31 Jan, working day Mon
    // 1 Feb (before the closure), overdue day Tue 2 Feb → the reopening, Mon 15 Feb 09:00.
    calendar = new OfficeCalendar(days(LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 13)));
    files.stored(c1());
    // A window from Wed 10 Feb 00:00 to just after the reopening: its first day is Tue 2 Feb
    // (2–12 Feb all issue at the reopening; Mon 1 Feb issued at its own 09:00). Overdue
    // reminders of 2 Feb are for due days whose working day is 2 − 1 − 0 = Mon 1 Feb: Sun 31
    // and Sat 30 Jan too (Fri 29 Jan is its own working day), so the scan is [30 Jan, 15 + 7 + 1
    // = 23 Feb) and the inspection due Sun 31 Jan is in it.
    assertEquals(Set.of(inspection("overdue", "2027-01", "2027-01-31")),
        keys(reminders().issue(sh("2027-02-10T00:00"), sh("2027-02-15T09:00").plus(MICRO))));
    assertEquals(List.of("overlapping 2027-01-30 2027-02-23"), files.calls);
  }

  @Test
  void the_use_case_needs_all_its_collaborators() {
    MonthEndSchedule s = new MonthEndSchedule();
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(null, log, s, settings, calendar, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(files, null, s, settings, calendar, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(files, log, null, settings, calendar, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(files, log, s, null, calendar, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(files, log, s, settings, null, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationReminders(files, log, s, settings, calendar, null));
    assertThrows(NullPointerException.class, () -> reminders().issueInstant(null));
  }
}
