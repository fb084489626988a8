package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.aftersales.testkit.contract.ContractFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationStatus;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.ObligationState;
import org.aftersales.core.obligation.ObligationStatusReport;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The contract obligation reminders through the public API, on the in-memory adapters and the
 * seed's wiring: the seed schedule (expiry notice one month, free-period report three months
 * before the last day; inspections per system and the optimisation report at each month's end),
 * the seed settings (the expiry notice to the service centre on its due day, everything else to
 * the after-sales lead, recurring ones 7 days before; the overdue reminder the day after the due
 * day's working day — the due day itself if it is one, else the next; the written free-period
 * report to the sales director) and the seed office calendar in
 * Shanghai (Monday to Friday 09:00–12:00 and 13:30–18:00) with the Spring Festival of 2027 as
 * holidays, 6 to 12 February (Saturday to Friday). Weekdays: 2 November 2026 and 1 March 2027
 * are Mondays. Expected dates are worked out by hand in the comments.
 */
class ObligationRemindersTest {

  static final LocalTime TEN = LocalTime.of(10, 0);
  static final PersonId LEAD = PersonId.of("LEAD-01");
  static final PersonId DIRECTOR = PersonId.of("DIR-01");
  static final PersonId SALES = PersonId.of("SALES-07");
  static final PersonId MANAGER = PersonId.of("MGR-02");

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryContracts contracts = InMemoryContracts.over(database);
  final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  final TestClock clock = TestClock.at(shanghai("2026-10-01T00:00"), SHANGHAI);
  final WorkingCalendar calendar = ContractFixtures.seedCalendarBuilder()
      .holidays(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 12), "Spring Festival").build();
  final ObligationReminders reminders = new ObligationReminders(contracts, log,
      ContractFixtures.seedSchedule(), ContractFixtures.seedSettings(), calendar, clock);
  final ContractObligations commands = ContractFixtures.seedCommands(contracts, clock);
  final ObligationStatusReport report = ContractFixtures.seedStatusReport(contracts, clock);

  /** The obligation key as {@code Obligation#key()} documents it: {@code <length>:<ID>/<KIND>/<occurrence>}. */
  static String key(ContractId id, ObligationKind kind, String occurrence) {
    return id.value().length() + ":" + id.value() + "/" + kind.name() + "/" + occurrence;
  }

  ServiceContract registered(ServiceContract c) {
    commands.register(c);
    return c;
  }

  /** How many notices the runs of this test recorded, summed over the runs' reports. */
  int recordedByRuns;

  ObligationRunReport runAt(String localDateTime) {
    clock.set(shanghai(localDateTime));
    ObligationRunReport r = reminders.run();
    recordedByRuns += r.recorded().size();
    return r;
  }

  /** Runs every day at {@code time} from {@code first} to {@code last}; the day each notice was recorded, by key text. */
  Map<String, LocalDate> runDaily(LocalDate first, LocalDate last, LocalTime time) {
    Map<String, LocalDate> recordedOn = new LinkedHashMap<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      clock.set(d.atTime(time).atZone(SHANGHAI).toInstant());
      ObligationRunReport r = reminders.run();
      recordedByRuns += r.recorded().size();
      for (Notice n : r.recorded()) {
        recordedOn.put(n.key().text(), d);
      }
    }
    return recordedOn;
  }

  List<Notice> ofKind(NoticeKind kind) {
    return log.all().stream().filter(n -> n.kind().equals(kind)).toList();
  }

  List<Notice> about(String obligationKey) {
    return log.all().stream().filter(n -> obligationKey.equals(n.parameters().get("obligation")))
        .toList();
  }

  /** The step and occurrence of each notice about an obligation: e.g. {@code X.due.role:Y 2026-11@2026-11-30}. */
  Set<String> stepsAbout(String obligationKey) {
    return about(obligationKey).stream().map(n -> n.key().step() + " " + n.key().occurrence())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  List<Notice> outboxNotices() {
    List<Notice> out = new ArrayList<>();
    for (OutboxEvent e : contracts.outbox().all()) {
      DomainEvent event = e.event();
      if (event instanceof Notice n) {
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void the_expiry_notice_goes_to_the_service_centre_at_the_opening_of_its_due_day_once() {
    // rule: CON-01 — a maintenance contract ending Friday 30 April 2027: one month before the
    // last day is Tuesday 30 March 2027, a working day; lead 0, so issued at 09:00 that day.
    ServiceContract c = registered(ContractFixtures.maintenanceContract()
        .covering(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30)).build());
    runAt("2027-03-30T08:59");
    assertEquals(List.of(), ofKind(NoticeKind.CONTRACT_EXPIRY), "not before the opening");
    ObligationRunReport nine = runAt("2027-03-30T09:00");
    List<Notice> expiry = ofKind(NoticeKind.CONTRACT_EXPIRY);
    assertEquals(1, expiry.size());
    Notice n = expiry.get(0);
    assertTrue(nine.recorded().contains(n), "recorded by the 09:00 run");
    assertEquals("role:SERVICE_CENTRE", n.recipient().text());
    assertEquals("contract-obligation/" + c.id().value() + "/CON-01/EXPIRY_NOTICE.due"
        + ".role:SERVICE_CENTRE/2027-04-30@2027-03-30", n.key().text());
    assertEquals(LocalDate.of(2027, 3, 30), n.parameters().get("due"));
    assertEquals(LocalDate.of(2027, 4, 30), n.parameters().get("contractEnd"));
    assertEquals(key(c.id(), ObligationKind.EXPIRY_NOTICE, "2027-04-30"),
        n.parameters().get("obligation"));
    assertEquals(shanghai("2027-03-30T09:00"), n.occurredAt());
    runAt("2027-03-30T09:00");
    runAt("2027-03-30T17:00");
    runAt("2027-04-02T10:00");
    assertEquals(List.of(n), ofKind(NoticeKind.CONTRACT_EXPIRY), "once");
  }

  @Test
  void an_expiry_notice_due_on_a_sunday_waits_for_monday_morning_and_is_overdue_on_tuesday() {
    // rule: CON-01 — a contract ending 31 March 2027: one month before is 31 February, clamped
    // to 28 February 2027, a Sunday (quiet hours) → issued Monday 1 March 2027 at 09:00. The
    // working day of Sun 28 February is Mon 1 March: overdue day 1 + 1 = Tuesday 2 March →
    // 09:00, a working day after the notice.
    ServiceContract c = registered(ContractFixtures.maintenanceContract()
        .covering(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).build());
    String expiryKey = key(c.id(), ObligationKind.EXPIRY_NOTICE, "2027-03-31");
    runAt("2027-02-28T10:00");
    runAt("2027-03-01T08:59");
    assertEquals(List.of(), ofKind(NoticeKind.CONTRACT_EXPIRY), "nothing on the Sunday");
    runAt("2027-03-01T09:00");
    List<Notice> expiry = ofKind(NoticeKind.CONTRACT_EXPIRY);
    assertEquals(1, expiry.size());
    assertEquals(LocalDate.of(2027, 2, 28), expiry.get(0).parameters().get("due"));
    runAt("2027-03-01T17:00");
    runAt("2027-03-02T08:59");
    assertEquals(List.of(expiry.get(0)), about(expiryKey), "not overdue on the Monday");
    runAt("2027-03-02T09:00");
    List<Notice> overdue = about(expiryKey).stream()
        .filter(n -> n.kind().equals(NoticeKind.OBLIGATION_OVERDUE)).toList();
    assertEquals(1, overdue.size());
    assertEquals(shanghai("2027-03-02T09:00"), overdue.get(0).occurredAt());
  }

  @Test
  void an_expiry_notice_due_on_a_holiday_waits_for_the_next_working_morning() {
    // rule: CON-01 — a contract ending 10 March 2027: one month before is Wednesday 10 February,
    // inside the Spring Festival (6–12 February) → issued Monday 15 February 2027 at 09:00. Its
    // working day is Mon 15 February, so its overdue day is 15 + 1 = Tuesday 16 February.
    ServiceContract c = registered(ContractFixtures.maintenanceContract()
        .covering(LocalDate.of(2026, 3, 11), LocalDate.of(2027, 3, 10)).build());
    String expiryKey = key(c.id(), ObligationKind.EXPIRY_NOTICE, "2027-03-10");
    runAt("2027-02-10T10:00");
    runAt("2027-02-12T10:00");
    runAt("2027-02-15T08:59");
    assertEquals(List.of(), ofKind(NoticeKind.CONTRACT_EXPIRY), "nothing in the holidays");
    runAt("2027-02-15T09:00");
    assertEquals(1, ofKind(NoticeKind.CONTRACT_EXPIRY).size());
    runAt("2027-02-16T08:59");
    assertEquals(1, about(expiryKey).size(), "not overdue on the reopening day");
    runAt("2027-02-16T09:00");
    assertEquals(List.of(shanghai("2027-02-16T09:00")), about(expiryKey).stream()
        .filter(n -> n.kind().equals(NoticeKind.OBLIGATION_OVERDUE))
        .map(Notice::occurredAt).toList());
  }

  @Test
  void the_free_period_report_goes_to_the_lead_then_its_fulfilment_to_the_sales_director_and_the_follow_up_to_the_assignee() {
    // rule: CON-02 — a free maintenance period from 1 July 2026 to 30 June 2027: three months
    // before the last day is Tuesday 30 March 2027 → FREE_PERIOD_ENDING to the after-sales lead
    // at 09:00 that day.
    ServiceContract f = registered(ContractFixtures.freePeriod().build());
    runAt("2027-03-30T08:59");
    assertEquals(List.of(), ofKind(NoticeKind.FREE_PERIOD_ENDING));
    runAt("2027-03-30T09:00");
    List<Notice> ending = ofKind(NoticeKind.FREE_PERIOD_ENDING);
    assertEquals(1, ending.size());
    assertEquals("role:AFTER_SALES_LEAD", ending.get(0).recipient().text());
    assertEquals(LocalDate.of(2027, 3, 30), ending.get(0).parameters().get("due"));
    String reportKey = key(f.id(), ObligationKind.FREE_PERIOD_END_REPORT, "2027-06-30");
    assertEquals(reportKey, ending.get(0).parameters().get("obligation"));

    // The lead reports in writing at 15:00: the report goes to the sales director (outbox).
    clock.set(shanghai("2027-03-30T15:00"));
    commands.fulfil(f.id(), reportKey,
        ObligationFulfilment.of(LEAD, shanghai("2027-03-30T15:00"), "RPT-FREE-1"));
    List<Notice> reported = outboxNotices().stream()
        .filter(n -> n.kind().equals(NoticeKind.FREE_PERIOD_REPORTED)).toList();
    assertEquals(1, reported.size());
    assertEquals("role:SALES_DIRECTOR", reported.get(0).recipient().text());
    assertEquals("RPT-FREE-1", reported.get(0).parameters().get("document"));
    assertEquals("LEAD-01", reported.get(0).parameters().get("reportedBy"));

    // The sales director assigns the sales follow-up: the assignee is notified (outbox).
    clock.set(shanghai("2027-03-30T16:00"));
    commands.assignFollowUp(f.id(), reportKey, SALES, DIRECTOR);
    List<Notice> assigned = outboxNotices().stream()
        .filter(n -> n.kind().equals(NoticeKind.FOLLOW_UP_ASSIGNED)).toList();
    assertEquals(1, assigned.size());
    assertEquals("person:SALES-07", assigned.get(0).recipient().text());
    assertEquals("DIR-01", assigned.get(0).parameters().get("assignedBy"));
    assertEquals(reportKey, assigned.get(0).parameters().get("obligation"));

    // Settled (reported and followed up): no overdue reminder on 31 March or later.
    runAt("2027-03-31T10:00");
    runAt("2027-04-15T10:00");
    assertEquals(Set.of(
        "FREE_PERIOD_END_REPORT.due.role:AFTER_SALES_LEAD 2027-06-30@2027-03-30"),
        stepsAbout(reportKey));
  }

  @Test
  void a_fulfilled_free_period_report_without_its_follow_up_is_still_reminded_once() {
    // rule: CON-02 — reported on 30 March, but nobody assigned the sales follow-up: not settled,
    // so the overdue reminder comes the day after the due day, Wednesday 31 March, once.
    ServiceContract f = registered(ContractFixtures.freePeriod().build());
    String reportKey = key(f.id(), ObligationKind.FREE_PERIOD_END_REPORT, "2027-06-30");
    runAt("2027-03-30T09:00");
    clock.set(shanghai("2027-03-30T15:00"));
    commands.fulfil(f.id(), reportKey,
        ObligationFulfilment.of(LEAD, shanghai("2027-03-30T15:00"), "RPT-FREE-1"));
    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2027, 3, 30),
        LocalDate.of(2027, 4, 20), TEN);
    assertEquals(Set.of(
        "FREE_PERIOD_END_REPORT.due.role:AFTER_SALES_LEAD 2027-06-30@2027-03-30",
        "FREE_PERIOD_END_REPORT.overdue.role:AFTER_SALES_LEAD 2027-06-30@2027-03-30"),
        stepsAbout(reportKey));
    assertEquals(LocalDate.of(2027, 3, 31), recordedOn.get("contract-obligation/"
        + f.id().value() + "/CON-02/FREE_PERIOD_END_REPORT.overdue.role:AFTER_SALES_LEAD/"
        + "2027-06-30@2027-03-30"));
  }

  @Test
  void every_system_is_inspected_monthly_with_its_notice_seven_days_before_the_month_end() {
    // rule: CON-04 — a security-system contract (CAM-1, ALARM-2) from 1 November 2026 to
    // 31 October 2027: one inspection per system per month, due at the month's end, its notice
    // 7 days before, at the next working morning (a run at 09:00 every day records it that day).
    registered(ContractFixtures.securitySystemContract()
        .covering(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)).build());
    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2026, 11, 1),
        LocalDate.of(2027, 10, 31), LocalTime.of(9, 0));
    Map<String, LocalDate> expectedCam = new TreeMap<>();
    // month end − 7 days → the day the notice is issued
    expectedCam.put("2026-11", LocalDate.of(2026, 11, 23)); // 30 Nov − 7 = Mon 23 Nov
    expectedCam.put("2026-12", LocalDate.of(2026, 12, 24)); // 31 Dec − 7 = Thu 24 Dec
    expectedCam.put("2027-01", LocalDate.of(2027, 1, 25)); // 31 Jan − 7 = Sun 24 Jan → Mon 25
    expectedCam.put("2027-02", LocalDate.of(2027, 2, 22)); // 28 Feb − 7 = Sun 21 Feb → Mon 22
    expectedCam.put("2027-03", LocalDate.of(2027, 3, 24)); // 31 Mar − 7 = Wed 24 Mar
    expectedCam.put("2027-04", LocalDate.of(2027, 4, 23)); // 30 Apr − 7 = Fri 23 Apr
    expectedCam.put("2027-05", LocalDate.of(2027, 5, 24)); // 31 May − 7 = Mon 24 May
    expectedCam.put("2027-06", LocalDate.of(2027, 6, 23)); // 30 Jun − 7 = Wed 23 Jun
    expectedCam.put("2027-07", LocalDate.of(2027, 7, 26)); // 31 Jul − 7 = Sat 24 Jul → Mon 26
    expectedCam.put("2027-08", LocalDate.of(2027, 8, 24)); // 31 Aug − 7 = Tue 24 Aug
    expectedCam.put("2027-09", LocalDate.of(2027, 9, 23)); // 30 Sep − 7 = Thu 23 Sep
    expectedCam.put("2027-10", LocalDate.of(2027, 10, 25)); // 31 Oct − 7 = Sun 24 Oct → Mon 25
    for (String system : List.of("CAM-1", "ALARM-2")) {
      Map<String, LocalDate> actual = new TreeMap<>();
      for (Notice n : ofKind(NoticeKind.OBLIGATION_DUE)) {
        String occurrence = (String) n.parameters().get("occurrence");
        if (n.parameters().get("kind").equals("MONTHLY_INSPECTION")
            && occurrence.endsWith(" " + system)) {
          assertEquals("role:AFTER_SALES_LEAD", n.recipient().text());
          assertEquals(system, n.parameters().get("systems"), "one system per inspection");
          actual.put(occurrence.substring(0, 7), recordedOn.get(n.key().text()));
        }
      }
      assertEquals(expectedCam, actual, system);
    }
    assertEquals(24, ofKind(NoticeKind.OBLIGATION_DUE).stream()
        .filter(n -> n.parameters().get("kind").equals("MONTHLY_INSPECTION")).count(),
        "12 months × 2 systems, once each");
  }

  @Test
  void revisits_customer_reports_surveys_and_the_yearly_summary_are_announced_seven_days_ahead() {
    // rule: CON-05, CON-06, SUR-06 — contract M-2 from 1 April 2026 to 31 March 2027; its
    // revisit slot is the second month of each quarter ("M-2".hashCode() = 75 442, mod 3 = 1).
    // Each notice 7 days before the due day, at the next working morning; one run at 09:00 a
    // day records it that day.
    registered(ContractFixtures.maintenanceContract().id(ContractId.of("M-2")).build());
    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2026, 4, 1),
        LocalDate.of(2027, 3, 31), LocalTime.of(9, 0));
    Map<String, LocalDate> actual = new TreeMap<>();
    for (Notice n : ofKind(NoticeKind.OBLIGATION_DUE)) {
      String kind = (String) n.parameters().get("kind");
      if (!kind.startsWith("MONTHLY")) {
        actual.put(kind + " " + n.parameters().get("occurrence") + " due "
            + n.parameters().get("due"), recordedOn.get(n.key().text()));
      }
    }
    Map<String, LocalDate> expected = new TreeMap<>();
    // CON-05 revisits: the end of May, August, November, February, minus 7 days
    expected.put("QUARTERLY_REVISIT 2026-Q2 due 2026-05-31", LocalDate.of(2026, 5, 25)); // Sun 24 → Mon
    expected.put("QUARTERLY_REVISIT 2026-Q3 due 2026-08-31", LocalDate.of(2026, 8, 24)); // Mon
    expected.put("QUARTERLY_REVISIT 2026-Q4 due 2026-11-30", LocalDate.of(2026, 11, 23)); // Mon
    expected.put("QUARTERLY_REVISIT 2027-Q1 due 2027-02-28", LocalDate.of(2027, 2, 22)); // Sun 21 → Mon
    // CON-06 customer reports: each quarter's last day minus 7 days
    expected.put("QUARTERLY_CUSTOMER_REPORT 2026-Q2 due 2026-06-30", LocalDate.of(2026, 6, 23)); // Tue
    expected.put("QUARTERLY_CUSTOMER_REPORT 2026-Q3 due 2026-09-30", LocalDate.of(2026, 9, 23)); // Wed
    expected.put("QUARTERLY_CUSTOMER_REPORT 2026-Q4 due 2026-12-31", LocalDate.of(2026, 12, 24)); // Thu
    expected.put("QUARTERLY_CUSTOMER_REPORT 2027-Q1 due 2027-03-31", LocalDate.of(2027, 3, 24)); // Wed
    // SUR-06 surveys every 6 months from 1 April (periods end 30 September and 31 March) and
    // the yearly summary of the maintenance year ending 31 March
    expected.put("SURVEY 2026-04-01 due 2026-09-30", LocalDate.of(2026, 9, 23));
    expected.put("SURVEY 2026-10-01 due 2027-03-31", LocalDate.of(2027, 3, 24));
    expected.put("YEARLY_SURVEY_SUMMARY 2026-04-01 due 2027-03-31", LocalDate.of(2027, 3, 24));
    assertEquals(expected, actual);
    // CON-05 optimisation reports: one per month, twelve.
    assertEquals(12, ofKind(NoticeKind.OBLIGATION_DUE).stream()
        .filter(n -> n.parameters().get("kind").equals("MONTHLY_OPTIMISATION_REPORT")).count());
  }

  @Test
  void an_overdue_obligation_raises_exactly_one_overdue_reminder_however_many_runs_follow() {
    // rule: CON-05 — the optimisation report of November 2026 is due Monday 30 November; its
    // notice is issued Monday 23 November (30 − 7), its overdue reminder Tuesday 1 December.
    ServiceContract m = registered(ContractFixtures.maintenanceContract()
        .id(ContractId.of("M-1")).build());
    String november = key(m.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-11");
    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2026, 11, 20),
        LocalDate.of(2027, 1, 15), TEN);
    runAt("2027-01-15T10:00");
    runAt("2027-01-15T10:00");
    String prefix = "contract-obligation/M-1/CON-05/MONTHLY_OPTIMISATION_REPORT.";
    assertEquals(Map.of(
        prefix + "due.role:AFTER_SALES_LEAD/2026-11@2026-11-30", LocalDate.of(2026, 11, 23),
        prefix + "overdue.role:AFTER_SALES_LEAD/2026-11@2026-11-30", LocalDate.of(2026, 12, 1)),
        about(november).stream().collect(Collectors.toMap(n -> n.key().text(),
            n -> recordedOn.get(n.key().text()))));
  }

  @Test
  void a_fulfilled_obligation_raises_no_overdue_reminder_and_one_fulfilled_early_not_even_its_notice() {
    // rule: CON-05 — November's report fulfilled on Friday 27 November (after its notice of the
    // 23rd): no overdue reminder on 1 December; December's fulfilled on Sunday 20 December,
    // before its notice day (31 − 7 = Thursday 24 December): no notice at all.
    ServiceContract m = registered(ContractFixtures.maintenanceContract()
        .id(ContractId.of("M-1")).build());
    String november = key(m.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-11");
    String december = key(m.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-12");
    runDaily(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), TEN);
    commands.fulfil(m.id(), november, ObligationFulfilment.of(LEAD,
        shanghai("2026-11-27T15:00"), "OPT-2026-11"));
    runDaily(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 20), TEN);
    commands.fulfil(m.id(), december, ObligationFulfilment.of(LEAD,
        shanghai("2026-12-20T15:00"), "OPT-2026-12"));
    runDaily(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 15), TEN);
    assertEquals(Set.of(
        "MONTHLY_OPTIMISATION_REPORT.due.role:AFTER_SALES_LEAD 2026-11@2026-11-30"),
        stepsAbout(november));
    assertEquals(Set.of(), stepsAbout(december));
  }

  @Test
  void a_carried_over_obligation_is_due_and_overdue_again_for_its_new_day_only() {
    // rule: CON-05 — November's report, reminded as overdue on Tuesday 1 December, is carried
    // over that afternoon to Thursday 10 December: due again on 3 December (10 − 7, a
    // Thursday), overdue again on Friday 11 December; nothing more for 30 November.
    ServiceContract m = registered(ContractFixtures.maintenanceContract()
        .id(ContractId.of("M-1")).build());
    String november = key(m.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-11");
    runDaily(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), TEN);
    clock.set(shanghai("2026-12-01T14:00"));
    commands.carryOver(m.id(), november, LocalDate.of(2026, 12, 10), "customer's site closed",
        MANAGER);
    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2026, 12, 2),
        LocalDate.of(2027, 1, 15), TEN);
    assertEquals(Set.of(
        "MONTHLY_OPTIMISATION_REPORT.due.role:AFTER_SALES_LEAD 2026-11@2026-11-30",
        "MONTHLY_OPTIMISATION_REPORT.overdue.role:AFTER_SALES_LEAD 2026-11@2026-11-30",
        "MONTHLY_OPTIMISATION_REPORT.due.role:AFTER_SALES_LEAD 2026-11@2026-12-10",
        "MONTHLY_OPTIMISATION_REPORT.overdue.role:AFTER_SALES_LEAD 2026-11@2026-12-10"),
        stepsAbout(november));
    String prefix = "contract-obligation/M-1/CON-05/MONTHLY_OPTIMISATION_REPORT.";
    assertEquals(LocalDate.of(2026, 12, 3),
        recordedOn.get(prefix + "due.role:AFTER_SALES_LEAD/2026-11@2026-12-10"));
    assertEquals(LocalDate.of(2026, 12, 11),
        recordedOn.get(prefix + "overdue.role:AFTER_SALES_LEAD/2026-11@2026-12-10"));
  }

  @Test
  void a_written_off_obligation_raises_nothing_more_and_is_reported_as_missed() {
    // rule: CON-04, CON-05 — on Wednesday 2 December November's report is written off and
    // November's inspection of SYS-1 is fulfilled late; nothing more is reminded about either,
    // and the report of November lists both as missed (contract M-1's quarterly revisit is in
    // the first month of a quarter, so November holds just these two obligations).
    ServiceContract m = registered(ContractFixtures.maintenanceContract()
        .id(ContractId.of("M-1")).build());
    String report = key(m.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-11");
    String inspection = key(m.id(), ObligationKind.MONTHLY_INSPECTION, "2026-11 SYS-1");
    runDaily(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 2), TEN);
    clock.set(shanghai("2026-12-02T14:00"));
    commands.writeOff(m.id(), report, "customer waived the November report", MANAGER);
    commands.fulfilInspection(m.id(), inspection, ContractFixtures.anInspectionReport(m,
        SystemId.of("SYS-1"), YearMonth.of(2026, 11), PersonId.of("ENG-01"),
        shanghai("2026-12-02T14:00"), "INS-2026-11"));
    List<Notice> before = log.all();
    runDaily(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 15), TEN);
    List<Notice> later = log.all().stream().filter(n -> !before.contains(n)).toList();
    assertTrue(later.stream().noneMatch(n -> report.equals(n.parameters().get("obligation"))
        || inspection.equals(n.parameters().get("obligation"))), "nothing more about them");
    assertEquals(2, stepsAbout(report).size(), "its notice and its one overdue reminder");

    List<ObligationState> missed = report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    assertEquals(Map.of(report, ObligationStatus.WRITTEN_OFF,
        inspection, ObligationStatus.FULFILLED_LATE),
        missed.stream().collect(Collectors.toMap(s -> s.obligation().key(), ObligationState::status)));
    assertTrue(missed.stream().allMatch(s -> s.effectiveDue().equals(LocalDate.of(2026, 11, 30))));
  }

  List<ObligationState> report(LocalDate from, LocalDate to) {
    return report.missed(from, to);
  }

  @Test
  void a_missed_run_is_caught_up_by_the_next_with_every_notice_once() {
    // rule: CON-01, CON-02, CON-04 — the same three contracts, run daily at 10:00 from
    // 15 November 2026 to 15 January 2027, on one store without a gap and on another whose
    // clock jumps from 20 to 30 December (ten days without a run): the same notices, each
    // recorded once; the run of 30 December records what fell due meanwhile, e.g. the December
    // inspections' notices of Thursday 24 December.
    List<ServiceContract> three = List.of(
        ContractFixtures.maintenanceContract().id(ContractId.of("M-1"))
            .covering(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31)).build(),
        ContractFixtures.freePeriod().id(ContractId.of("F-1"))
            .covering(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).build(),
        ContractFixtures.securitySystemContract().id(ContractId.of("S-1")).build());
    three.forEach(this::registered);
    ObligationRemindersTest gapless = new ObligationRemindersTest();
    three.forEach(gapless::registered);
    Map<String, LocalDate> reference = gapless.runDaily(LocalDate.of(2026, 11, 15),
        LocalDate.of(2027, 1, 15), TEN);

    Map<String, LocalDate> recordedOn = runDaily(LocalDate.of(2026, 11, 15),
        LocalDate.of(2026, 12, 20), TEN);
    ObligationRunReport catchUp = runAt("2026-12-30T10:00");
    recordedOn.putAll(runDaily(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 15), TEN));
    catchUp.recorded().forEach(n -> recordedOn.put(n.key().text(), LocalDate.of(2026, 12, 30)));

    assertEquals(new TreeSet<>(reference.keySet()), new TreeSet<>(recordedOn.keySet()));
    assertEquals(log.all().size(), recordedByRuns, "each recorded by one run");
    assertEquals(gapless.log.all().size(), gapless.recordedByRuns);
    Set<String> caughtUp = catchUp.recorded().stream().map(n -> n.key().text())
        .collect(Collectors.toSet());
    assertTrue(caughtUp.contains("contract-obligation/S-1/CON-04/MONTHLY_INSPECTION.due"
        + ".role:AFTER_SALES_LEAD/2026-12 CAM-1@2026-12-31"));
    assertTrue(caughtUp.contains("contract-obligation/S-1/CON-04/MONTHLY_INSPECTION.due"
        + ".role:AFTER_SALES_LEAD/2026-12 ALARM-2@2026-12-31"));
    assertEquals(LocalDate.of(2026, 12, 24), reference.get("contract-obligation/S-1/CON-04/"
        + "MONTHLY_INSPECTION.due.role:AFTER_SALES_LEAD/2026-12 CAM-1@2026-12-31"));
    // The expiry notice of M-1 (due Thursday 31 December) is after the gap: recorded that day.
    assertEquals(LocalDate.of(2026, 12, 31), recordedOn.get("contract-obligation/M-1/CON-01/"
        + "EXPIRY_NOTICE.due.role:SERVICE_CENTRE/2027-01-31@2026-12-31"));
    Instant last = shanghai("2027-01-15T10:00");
    assertTrue(log.all().stream().allMatch(n -> !n.occurredAt().isAfter(last)));
  }
}
