package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.HandoverRemindersTest.OFFICE;
import static org.aftersales.testkit.contract.HandoverRemindersTest.SHANGHAI;
import static org.aftersales.testkit.contract.HandoverRemindersTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.ProjectReminderSettings;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.obligation.PropertyReminders;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The property after-sales reminders (商品房售后提醒, P1, P9) on the in-memory adapters and the
 * Shanghai office calendar (Monday to Friday from 09:00, no public holiday): payments and
 * mortgage follow-ups 7 days before their day, the move-in notice on the day of the completion
 * acceptance (竣工验收后立即通知业主), the title documents 30 days before the three months after
 * delivery run out — each at its day's first working moment, exactly once. Sun 1 November 2026,
 * Fri 1 January 2027 and Mon 1 February 2027 anchor the weekdays in the comments.
 */
@Tag("CON-09")
class PropertyRemindersTest {

  static final ContractId GF = ContractId.of("GF-2026-118");
  static final ContractId AJ = ContractId.of("AJ-2026-007");
  static final Recipient MARKETING = Recipient.role(RecipientRole.MARKETING);

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryPropertySales sales = InMemoryPropertySales.over(database);
  final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  final TestClock clock = TestClock.at(sh("2026-11-01T10:00"), SHANGHAI);
  final PropertyAfterSales register = new PropertyAfterSales(sales);

  PropertyReminders reminders(ProjectReminderSettings settings) {
    return new PropertyReminders(sales, log, settings, OFFICE, clock);
  }

  PropertyReminders seedReminders() {
    return reminders(ProjectReminderSettings.seed());
  }

  /** Instalments due Tue 1 December 2026 and Mon 1 March 2027. */
  void instalments() {
    register.register(PropertySale.of(GF, PropertyPaymentMethod.INSTALMENTS,
        List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)),
        PropertyAfterSalesTerms.seed()));
  }

  /** Mortgage follow-ups on Thu 10 December 2026 and Sun 10 January 2027. */
  void mortgage() {
    register.register(PropertySale.of(AJ, PropertyPaymentMethod.MORTGAGE,
        List.of(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 10)),
        PropertyAfterSalesTerms.seed()));
  }

  List<Notice> runAt(PropertyReminders r, String local) {
    clock.set(sh(local));
    return r.run().recorded();
  }

  static NoticeKey key(ContractId contract, String code, int occurrence, String due) {
    return new NoticeKey("property-sale", contract.value(), RuleId.of("CON-09"),
        code + ".role:MARKETING", occurrence + "@" + due);
  }

  static List<NoticeKey> keys(List<Notice> notices) {
    return notices.stream().map(Notice::key).toList();
  }

  @Test
  void an_instalment_is_reminded_at_nine_seven_days_before_its_day() {
    // rule: CON-09 — due Tue 1 December 2026: 1 December − 7 days = Tue 24 November, 09:00.
    instalments();
    PropertyReminders r = seedReminders();
    assertEquals(List.of(), runAt(r, "2026-11-24T08:59"));
    List<Notice> recorded = runAt(r, "2026-11-24T09:00");
    assertEquals(1, recorded.size());
    Notice n = recorded.get(0);
    assertEquals(key(GF, "payment", 1, "2026-12-01"), n.key());
    assertEquals(NoticeKind.PROPERTY_REMINDER, n.kind());
    assertEquals(MARKETING, n.recipient());
    assertEquals(Map.of("contract", "GF-2026-118", "method", "INSTALMENTS", "reminder", "payment",
        "due", LocalDate.of(2026, 12, 1), "reminderKey", "GF-2026-118/CON-09/payment/1"),
        n.parameters());
    // The second instalment, due Mon 1 March 2027: reminded Mon 22 February.
    assertEquals(List.of(), runAt(r, "2027-02-21T10:00"));
    assertEquals(List.of(key(GF, "payment", 2, "2027-03-01")), keys(runAt(r, "2027-02-22T09:00")));
  }

  @Test
  void a_lump_sum_is_reminded_seven_days_before_its_one_day() {
    // rule: CON-09 — due Wed 20 January 2027: reminded Wed 13 January 09:00.
    register.register(PropertySale.of(GF, PropertyPaymentMethod.LUMP_SUM,
        List.of(LocalDate.of(2027, 1, 20)), PropertyAfterSalesTerms.seed()));
    PropertyReminders r = seedReminders();
    assertEquals(List.of(), runAt(r, "2027-01-12T18:00"));
    assertEquals(List.of(key(GF, "payment", 1, "2027-01-20")), keys(runAt(r, "2027-01-13T09:00")));
  }

  @Test
  void mortgage_follow_ups_fall_seven_days_before_and_a_sunday_one_on_monday_morning() {
    // rule: CON-09 — 10 December − 7 = Thu 3 December 09:00; 10 January − 7 = Sun 3 January,
    // quiet, so Mon 4 January 09:00.
    mortgage();
    PropertyReminders r = seedReminders();
    List<Notice> first = runAt(r, "2026-12-03T09:00");
    assertEquals(List.of(key(AJ, "mortgage", 1, "2026-12-10")), keys(first));
    assertEquals("MORTGAGE", first.get(0).parameters().get("method"));
    assertEquals(List.of(), runAt(r, "2027-01-03T23:59"));
    assertEquals(List.of(), runAt(r, "2027-01-04T08:59"));
    assertEquals(List.of(key(AJ, "mortgage", 2, "2027-01-10")), keys(runAt(r, "2027-01-04T09:00")));
  }

  @Test
  void the_move_in_notice_goes_out_on_the_day_of_the_completion_acceptance() {
    // rule: CON-09 — 竣工验收后立即通知业主: accepted Fri 18 December 2026, notice 09:00 that day.
    instalments();
    register.completionAccepted(GF, LocalDate.of(2026, 12, 18));
    PropertyReminders r = seedReminders();
    runAt(r, "2026-12-17T18:00");
    assertEquals(List.of(), runAt(r, "2026-12-18T08:59"));
    assertEquals(List.of(key(GF, "move-in", 1, "2026-12-18")), keys(runAt(r, "2026-12-18T09:00")));
  }

  @Test
  void a_move_in_notice_of_a_saturday_acceptance_goes_out_on_monday_morning() {
    // rule: CON-09 — accepted Sat 19 December 2026: quiet until Mon 21 December 09:00.
    instalments();
    register.completionAccepted(GF, LocalDate.of(2026, 12, 19));
    PropertyReminders r = seedReminders();
    runAt(r, "2026-12-18T18:00");
    assertEquals(List.of(), runAt(r, "2026-12-19T12:00"));
    assertEquals(List.of(), runAt(r, "2026-12-21T08:59"));
    assertEquals(List.of(key(GF, "move-in", 1, "2026-12-19")), keys(runAt(r, "2026-12-21T09:00")));
  }

  @Test
  void the_title_documents_are_reminded_thirty_days_before_three_months_after_delivery() {
    // rule: CON-09 — delivered 30 November 2026: + 3 months = 30 February, clamped to Sun
    // 28 February 2027; − 30 days = Fri 29 January 2027 (28 February − 28 = 31 January, − 2).
    instalments();
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = seedReminders();
    runAt(r, "2027-01-28T18:00");
    assertEquals(List.of(), runAt(r, "2027-01-29T08:59"));
    List<Notice> recorded = runAt(r, "2027-01-29T09:00");
    assertEquals(List.of(key(GF, "title", 1, "2027-02-28")), keys(recorded));
    assertEquals(LocalDate.of(2027, 2, 28), recorded.get(0).parameters().get("due"));
  }

  @Test
  void a_reminder_day_that_is_a_holiday_waits_for_the_next_working_morning() {
    // rule: CON-09 — with Fri 29 January 2027 a holiday, the title-documents reminder of that
    // day goes out on Mon 1 February at 09:00; its key still names the limit, 28 February.
    instalments();
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = new PropertyReminders(sales, log, ProjectReminderSettings.seed(),
        HandoverRemindersTest.officeBuilder().holiday(LocalDate.of(2027, 1, 29), "closure")
            .build(), clock);
    runAt(r, "2027-01-28T18:00");
    assertEquals(List.of(), runAt(r, "2027-01-29T10:00"));
    assertEquals(List.of(), runAt(r, "2027-01-31T10:00"));
    assertEquals(List.of(), runAt(r, "2027-02-01T08:59"));
    assertEquals(List.of(key(GF, "title", 1, "2027-02-28")), keys(runAt(r, "2027-02-01T09:00")));
  }

  @Test
  void a_corrected_delivery_day_gives_one_new_reminder_for_the_new_limit() {
    // rule: CON-09 — first delivered 30 November 2026: reminded 29 January for 28 February.
    // Corrected to 5 December: limit 5 March 2027, reminder 5 March − 30 days = Wed 3 February
    // (5 March − 5 = 28 February, − 25 = 3 February). Nothing more after it.
    instalments();
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = seedReminders();
    runAt(r, "2027-01-29T10:00");
    register.delivered(GF, LocalDate.of(2026, 12, 5));
    assertEquals(List.of(), runAt(r, "2027-01-30T10:00"));
    assertEquals(List.of(), runAt(r, "2027-02-02T18:00"));
    assertEquals(List.of(key(GF, "title", 1, "2027-03-05")), keys(runAt(r, "2027-02-03T09:00")));
    assertEquals(List.of(), runAt(r, "2027-02-04T09:00"));
    assertEquals(List.of(key(GF, "title", 1, "2027-02-28"), key(GF, "title", 1, "2027-03-05")),
        log.all().stream().map(Notice::key)
            .filter(k -> k.step().startsWith("title")).sorted().toList());
  }

  @Test
  void a_delivery_corrected_before_its_reminder_gives_only_the_new_one() {
    // rule: CON-09 — corrected from 30 November to 5 December on 10 January 2027, before either
    // reminder: only the 3 February one for 5 March.
    instalments();
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = seedReminders();
    runAt(r, "2027-01-10T10:00");
    register.delivered(GF, LocalDate.of(2026, 12, 5));
    List<NoticeKey> titles = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2027, 1, 11); d.isBefore(LocalDate.of(2027, 3, 1));
        d = d.plusDays(1)) {
      runAt(r, d + "T10:00").stream().map(Notice::key)
          .filter(k -> k.step().startsWith("title")).forEach(titles::add);
    }
    assertEquals(List.of(key(GF, "title", 1, "2027-03-05")), titles);
  }

  @Test
  void daily_runs_issue_every_reminder_exactly_once_on_its_day() {
    // rule: CON-09 — a run at 10:00 (and again) every day from 1 November 2026 to 30 April
    // 2027: the dates worked out in the tests above, and nothing else.
    instalments();
    mortgage();
    register.completionAccepted(GF, LocalDate.of(2026, 12, 18));
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = seedReminders();
    List<String> issued = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2027, 5, 1));
        d = d.plusDays(1)) {
      for (Notice n : runAt(r, d + "T10:00")) {
        issued.add(d + " " + n.key().sourceId() + " " + n.parameters().get("reminder") + " "
            + n.parameters().get("due"));
      }
      assertEquals(List.of(), r.run().recorded());
    }
    assertEquals(List.of(
        "2026-11-24 GF-2026-118 payment 2026-12-01",
        "2026-12-03 AJ-2026-007 mortgage 2026-12-10",
        "2026-12-18 GF-2026-118 move-in 2026-12-18",
        "2027-01-04 AJ-2026-007 mortgage 2027-01-10",
        "2027-01-29 GF-2026-118 title 2027-02-28",
        "2027-02-22 GF-2026-118 payment 2027-03-01"), issued);
    assertEquals(6, log.all().size());
  }

  @Test
  void overlapping_windows_and_a_missed_run_issue_each_reminder_exactly_once() {
    // rule: CON-09 — no run until Fri 18 December 2026 10:00: its 35-day lookback (from
    // 13 November) catches up 24 November and 3 December and issues the move-in notice of the
    // day; then two overlapping explicit windows cover the rest of the six.
    instalments();
    mortgage();
    register.completionAccepted(GF, LocalDate.of(2026, 12, 18));
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = seedReminders();
    // By contract ID (AJ before GF), then by due day.
    assertEquals(List.of(key(AJ, "mortgage", 1, "2026-12-10"), key(GF, "payment", 1, "2026-12-01"),
        key(GF, "move-in", 1, "2026-12-18")), keys(runAt(r, "2026-12-18T10:00")));
    clock.set(sh("2027-05-01T00:00"));
    ObligationRunReport first = r.issue(sh("2026-12-01T00:00"), sh("2027-01-30T00:00"));
    assertEquals(List.of(key(AJ, "mortgage", 2, "2027-01-10"), key(GF, "title", 1, "2027-02-28")),
        keys(first.recorded()).stream().sorted().toList());
    assertEquals(2, first.alreadyRecorded());
    ObligationRunReport second = r.issue(sh("2026-11-01T00:00"), sh("2027-05-01T00:00"));
    assertEquals(List.of(key(GF, "payment", 2, "2027-03-01")), keys(second.recorded()));
    assertEquals(5, second.alreadyRecorded());
    assertEquals(6, log.all().size());
  }

  @Test
  void leads_and_recipients_are_settings_per_kind() {
    // rule: CON-09 — the title documents to Zhao 45 days before 28 February 2027 = Thu
    // 14 January (28 February − 28 = 31 January, − 17 = 14 January); payments on their day.
    Recipient zhao = Recipient.person(PersonId.of("zhao"));
    instalments();
    register.delivered(GF, LocalDate.of(2026, 11, 30));
    PropertyReminders r = reminders(ProjectReminderSettings.seed()
        .withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(zhao), 45)
        .withProperty(PropertyReminderKind.PAYMENT_DUE, List.of(MARKETING), 0));
    assertEquals(List.of(), runAt(r, "2026-11-24T10:00"));
    assertEquals(List.of(key(GF, "payment", 1, "2026-12-01")), keys(runAt(r, "2026-12-01T09:00")));
    assertEquals(List.of(), runAt(r, "2027-01-13T18:00"));
    List<Notice> title = runAt(r, "2027-01-14T09:00");
    assertEquals(List.of(zhao), title.stream().map(Notice::recipient).toList());
    assertEquals("title." + zhao.text(), title.get(0).key().step());
  }

  @Test
  void every_page_of_sales_is_read() {
    // rule: CON-09 — pages of one, three lump sums due 1 December 2026 (reminded 24 November)
    // and one due 1 January 2027 (reminded 25 December): the run of 24 November 10:00 issues
    // the three.
    for (String id : List.of("GF-C", "GF-A", "GF-B")) {
      register.register(PropertySale.of(ContractId.of(id), PropertyPaymentMethod.LUMP_SUM,
          List.of(LocalDate.of(2026, 12, 1)), PropertyAfterSalesTerms.seed()));
    }
    register.register(PropertySale.of(ContractId.of("GF-D"), PropertyPaymentMethod.LUMP_SUM,
        List.of(LocalDate.of(2027, 1, 1)), PropertyAfterSalesTerms.seed()));
    PropertyReminders r = reminders(ProjectReminderSettings.seed()
        .withPaging(Duration.ofDays(35), 1));
    clock.set(sh("2026-11-24T10:00"));
    ObligationRunReport report = r.run();
    assertEquals(List.of("GF-A", "GF-B", "GF-C"),
        report.recorded().stream().map(n -> n.key().sourceId()).toList());
    assertEquals(3, report.contractsRead());
  }

  @Test
  void a_sale_under_the_longest_contract_id_is_reminded_like_any_other() {
    // rule: CON-09 — a contract ID of 128 characters (the longest identifier) beside GF-2026-118,
    // both due 1 December 2026: the run of 24 November issues both reminders; the long ID must
    // not make the notice key invalid and stop the run for every sale.
    ContractId longest = ContractId.of("L".repeat(128));
    register.register(PropertySale.of(longest, PropertyPaymentMethod.LUMP_SUM,
        List.of(LocalDate.of(2026, 12, 1)), PropertyAfterSalesTerms.seed()));
    instalments();
    List<Notice> recorded = runAt(seedReminders(), "2026-11-24T10:00");
    assertEquals(List.of(GF.value(), longest.value()),
        recorded.stream().map(n -> n.key().sourceId()).toList());
    assertEquals(longest.value() + "/CON-09/payment/1",
        recorded.get(1).parameters().get("reminderKey"));
  }

  /**
   * Random scenarios from a fixed seed, so that a failure is reproducible (drawn here rather
   * than by jqwik: a class of both engines has its JUnit results overwritten in the surefire
   * report).
   */
  @Test
  void any_schedule_of_runs_within_the_lookback_records_each_due_reminder_exactly_once() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int reminders = 0;
    for (int scenario = 0; scenario < 200; scenario++) {
      reminders += scheduleOfRuns(random);
    }
    // Not vacuous: most reminders fall inside the runs' reach.
    assertTrue(reminders > 500, "reminders expected over all scenarios: " + reminders);
  }

  /** One scenario of up to three sales and up to twelve runs; answers the reminders expected. */
  private static int scheduleOfRuns(SplittableRandom random) {
    // rule: CON-09 — sales whose days fall in the 200 days from 1 December 2026; runs at most
    // 30 days apart from 1 December, so their 35-day lookbacks cover [first run − 35 days, last
    // run] without a gap. Reference: issue day = due − lead (payments and mortgage 7, move-in
    // 0, title documents 30); due = the schedule's date, the acceptance day, delivery + 3
    // months; issued at 09:00 that day or the next Monday.
    InMemoryDatabase db = InMemoryDatabase.create();
    InMemoryPropertySales store = InMemoryPropertySales.over(db);
    InMemoryNoticeLog notices = InMemoryNoticeLog.over(db);
    TestClock runClock = TestClock.at(sh("2026-12-01T00:00"), SHANGHAI);
    PropertyReminders r = new PropertyReminders(store, notices, ProjectReminderSettings.seed()
        .withPaging(Duration.ofDays(35), 2), OFFICE, runClock);
    List<Instant> runs = new ArrayList<>();
    Instant t = sh("2026-12-01T00:00");
    for (int i = random.nextInt(1, 13); i > 0; i--) {
      t = t.plus(Duration.ofMinutes(random.nextInt(60, 30 * 24 * 60 + 1)));
      runs.add(t);
    }
    Instant first = runs.get(0).minus(Duration.ofDays(35));
    Instant last = runs.get(runs.size() - 1);
    LocalDate day0 = LocalDate.of(2026, 12, 1);
    List<String> expected = new ArrayList<>();
    List<String> description = new ArrayList<>();
    for (int s = random.nextInt(1, 4); s > 0; s--) {
      String contract = "GF-" + s;
      PropertyPaymentMethod method = PropertyPaymentMethod.values()[random.nextInt(3)];
      List<LocalDate> dates = new ArrayList<>();
      LocalDate d = day0.plusDays(random.nextInt(0, 60));
      for (int i = method == PropertyPaymentMethod.LUMP_SUM ? 1 : random.nextInt(1, 5); i > 0;
          i--) {
        dates.add(d);
        d = d.plusDays(random.nextInt(1, 60));
      }
      PropertySale sale = PropertySale.of(ContractId.of(contract), method, dates,
          PropertyAfterSalesTerms.seed());
      String code = method == PropertyPaymentMethod.MORTGAGE ? "mortgage" : "payment";
      for (int i = 0; i < dates.size(); i++) {
        expectIfReached(expected, contract + " " + code + " " + (i + 1) + "@" + dates.get(i),
            dates.get(i).minusDays(7), first, last);
      }
      if (random.nextBoolean()) {
        LocalDate accepted = day0.plusDays(random.nextInt(0, 200));
        sale = sale.completionAccepted(accepted);
        expectIfReached(expected, contract + " move-in 1@" + accepted, accepted, first, last);
      }
      if (random.nextBoolean()) {
        LocalDate delivered = day0.plusDays(random.nextInt(0, 120));
        sale = sale.delivered(delivered);
        LocalDate limit = delivered.plusMonths(3);
        expectIfReached(expected, contract + " title 1@" + limit, limit.minusDays(30), first,
            last);
      }
      store.save(sale, List.of());
      description.add(sale.toString());
    }
    int recorded = 0;
    for (Instant at : runs) {
      runClock.set(at);
      recorded += r.run().recorded().size();
    }
    List<String> actual = notices.all().stream().map(n -> n.key().sourceId() + " "
        + n.parameters().get("reminder") + " " + n.key().occurrence()).sorted().toList();
    String scenario = description + " runs " + runs;
    assertEquals(expected.stream().sorted().toList(), actual, scenario);
    assertEquals(actual.size(), recorded, "each recorded by one run only: " + scenario);
    return expected.size();
  }

  private static void expectIfReached(List<String> expected, String reminder, LocalDate issueDay,
      Instant first, Instant last) {
    Instant issued = HandoverRemindersTest.nineOnTheWorkingDayFrom(issueDay);
    if (!issued.isBefore(first) && !issued.isAfter(last)) {
      expected.add(reminder);
    }
  }

  @Test
  void a_reversed_window_is_refused_and_missing_arguments_too() {
    // rule: CON-09
    PropertyReminders r = seedReminders();
    assertThrows(InvalidInputException.class,
        () -> r.issue(sh("2027-02-16T00:00"), sh("2027-02-15T00:00")));
    ProjectReminderSettings seed = ProjectReminderSettings.seed();
    assertThrows(NullPointerException.class,
        () -> new PropertyReminders(null, log, seed, OFFICE, clock));
    assertThrows(NullPointerException.class,
        () -> new PropertyReminders(sales, null, seed, OFFICE, clock));
    assertThrows(NullPointerException.class,
        () -> new PropertyReminders(sales, log, null, OFFICE, clock));
    assertThrows(NullPointerException.class,
        () -> new PropertyReminders(sales, log, seed, null, clock));
    assertThrows(NullPointerException.class,
        () -> new PropertyReminders(sales, log, seed, OFFICE, null));
  }
}
