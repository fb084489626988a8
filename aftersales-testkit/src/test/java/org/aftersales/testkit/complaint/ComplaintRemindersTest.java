package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SEED;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SHANGHAI;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintReminderLevel;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The complaint reminders (CMP-19, PCB §14) through the public API, on the in-memory adapters and
 * the seed's complaint procedure on the Shanghai office calendar (Monday to Friday 09:00–12:00
 * and 13:30–18:00: a working day is 7 h 30, ½ day 3 h 45; 2 November 2026 is a Monday, November
 * has no public holiday). Every case is accepted Monday 2 November 09:00. The seed's settings: an
 * overdue step is urged to its department, level 1 to the GM office ½ working day after the due
 * instant, level 2 to the general manager 1 working day after it. Due instants and level
 * instants are worked out by hand in the comments; "after" means strictly after.
 */
class ComplaintRemindersTest {

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryComplaints complaints = InMemoryComplaints.over(database);
  final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  final ReminderCases cases = new ReminderCases(complaints);
  final TestClock clock = TestClock.at(sh("2026-11-02T09:00"), SHANGHAI);
  final ComplaintReminders reminders = new ComplaintReminders(complaints, log, SEED,
      ComplaintReminderSettings.seed(), clock);

  ComplaintReminderReport runAt(String local) {
    clock.set(sh(local));
    return reminders.run();
  }

  /** A notice as {@code KIND level recipient key}, e.g. {@code URGE 0 role:SALES complaint/…}. */
  static String line(Notice n) {
    return n.kind().code() + " " + n.parameters().getOrDefault("level", 0L) + " "
        + n.recipient().text() + " " + n.key().text();
  }

  static List<String> lines(List<Notice> notices) {
    return notices.stream().map(ComplaintRemindersTest::line).toList();
  }

  static String urge(ComplaintCase c, int level, RecipientRole to, String step,
      String occurrence) {
    return "URGE " + level + " role:" + to.name() + " complaint/" + c.sourceId() + "/CMP-19/"
        + step + "/" + occurrence;
  }

  List<Notice> reminderNotices() {
    return log.all().stream().filter(n -> n.kind().equals(NoticeKind.URGE)
        || n.kind().equals(NoticeKind.INQUIRY)).toList();
  }

  @Test
  void an_overdue_qa_step_is_urged_to_quality_assurance_once() {
    // rule: CMP-19, CMP-05 — QA handed over Mon 14:00 with 1 working day: due Tue 14:00.
    ComplaintCase c = cases.atQaFromMonday1400();
    assertEquals(List.of(), runAt("2026-11-03T14:00").recorded(), "at the due instant: in time");
    ComplaintReminderReport report = runAt("2026-11-03T14:30");
    assertEquals(List.of(urge(c, 0, RecipientRole.QUALITY_ASSURANCE, "QA_ANALYSIS.urge",
        "entry-1")), lines(report.recorded()));
    Notice n = report.recorded().get(0);
    assertEquals(sh("2026-11-03T14:00"), n.parameters().get("due"));
    assertEquals(c.number().text(), n.parameters().get("complaint"));
    assertEquals("QA_ANALYSIS", n.parameters().get("milestone"));
    assertEquals(1L, n.parameters().get("entry"));
    assertEquals(1, report.casesRead());
    assertEquals(1L, report.urges());
    assertEquals(0L, report.escalations());
  }

  @Test
  void running_again_records_nothing_twice() {
    // rule: CMP-19 — the second run does not even read the case (next due for level 1 after
    // Tue 17:45); after every check is forgotten the third reads it and finds the urge recorded.
    cases.atQaFromMonday1400();
    assertEquals(1, runAt("2026-11-03T14:30").recorded().size());
    ComplaintReminderReport again = reminders.run();
    assertEquals(List.of(), again.recorded());
    assertEquals(0, again.casesRead());
    reminders.recheckAll();
    ComplaintReminderReport third = runAt("2026-11-03T15:30");
    assertEquals(List.of(), third.recorded());
    assertEquals(1, third.casesRead());
    assertEquals(1, third.alreadyRecorded());
    assertEquals(1, reminderNotices().size());
  }

  @Test
  void escalation_levels_one_and_two_each_fire_once() {
    // rule: CMP-19 — due Tue 14:00. Level 1 at + 3 h 45 of working time: Tue 14:00–17:45.
    // Level 2 at + 7 h 30: Tue 14–18 4 h, Wed 09–12 3 h, 13:30–14:00 30 min → Wed 14:00.
    ComplaintCase c = cases.atQaFromMonday1400();
    runAt("2026-11-03T14:30");
    assertEquals(List.of(), runAt("2026-11-03T17:45").recorded());
    assertEquals(List.of(urge(c, 1, RecipientRole.GM_OFFICE, "QA_ANALYSIS.escalation-1",
        "entry-1")), lines(runAt("2026-11-03T18:00").recorded()));
    assertEquals(List.of(), runAt("2026-11-04T09:30").recorded());
    assertEquals(List.of(), runAt("2026-11-04T14:00").recorded());
    ComplaintReminderReport level2 = runAt("2026-11-04T14:01");
    assertEquals(List.of(urge(c, 2, RecipientRole.GENERAL_MANAGER, "QA_ANALYSIS.escalation-2",
        "entry-1")), lines(level2.recorded()));
    assertEquals(1L, level2.escalations());
    assertEquals(List.of(), runAt("2026-11-04T16:00").recorded());
    assertEquals(3, reminderNotices().size());
  }

  @Test
  void a_late_hand_off_does_not_make_the_next_departments_step_overdue() {
    // rule: CMP-19, CMP-05 — QA done Tue 11:00 in time (due Tue 14:00); manufacturing receives
    // the case only on Thu 10:00; its day runs from there: Thu 10–12 2 h, 13:30–18 4 h 30,
    // Fri 09–10 1 h → due Fri 10:00. The report is filed, so nothing else is due.
    ComplaintCase c = cases.atQaFromMonday1400();
    cases.fileReport(c, "2026-11-03T10:00");
    cases.complete(c, Milestone.QA_ANALYSIS, "2026-11-03T11:00");
    cases.handOver(c, Milestone.MANUFACTURING_COUNTERMEASURE, "2026-11-05T10:00");
    assertEquals(List.of(), runAt("2026-11-05T11:00").recorded());
    assertEquals(List.of(), runAt("2026-11-06T10:00").recorded());
    assertEquals(List.of(urge(c, 0, RecipientRole.MANUFACTURING,
        "MANUFACTURING_COUNTERMEASURE.urge", "entry-2")),
        lines(runAt("2026-11-06T10:30").recorded()));
  }

  /**
   * Every step in time, the sales negotiation handed over late on Mon 16 Nov 09:00 (5 working
   * days: due Fri 20 Nov 18:00), the report filed Wed 4 Nov.
   */
  ComplaintCase inSalesFromMonday16() {
    ComplaintCase c = cases.accepted();
    // Registration due 14:15; QA from 11:00 due Tue 11:00; manufacturing from Tue 10:00 due Wed
    // 10:00; R&D from Wed 09:30 due Thu 09:30, done Thu 09:00.
    cases.pass(c, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS, "2026-11-02T11:00");
    cases.pass(c, Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE,
        "2026-11-03T10:00");
    cases.pass(c, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
        "2026-11-04T09:30");
    cases.fileReport(c, "2026-11-04T10:00");
    cases.complete(c, Milestone.RND_OPINION, "2026-11-05T09:00");
    return cases.handOver(c, Milestone.SALES_NEGOTIATION, "2026-11-16T09:00");
  }

  @Test
  void the_overall_limit_overdue_is_urged_to_the_gm_office_and_its_levels_caught_up() {
    // rule: CMP-19, CMP-06 — 13 working days from Mon 2 Nov 09:00: 2–6, 9–13, 16–18 Nov → due
    // Wed 18 Nov 18:00. Level 1 at + 3 h 45: Thu 19 09–12 3 h, 13:30–14:15 → Thu 14:15.
    // Level 2 at + 7 h 30: Thu 09–12 3 h, 13:30–18:00 4 h 30 → Thu 19 18:00.
    ComplaintCase c = inSalesFromMonday16();
    assertEquals(List.of(), runAt("2026-11-18T18:00").recorded());
    ComplaintReminderReport thursday = runAt("2026-11-19T09:30");
    assertEquals(List.of(urge(c, 0, RecipientRole.GM_OFFICE, "COMPLAINT_CLOSURE.urge",
        "overall")), lines(thursday.recorded()));
    assertEquals(sh("2026-11-18T18:00"), thursday.recorded().get(0).parameters().get("due"));
    assertEquals(List.of(), runAt("2026-11-19T14:15").recorded());
    // The scheduler was down from Thu 14:15 to Fri 11:00: both levels are caught up at once;
    // the sales step (due Fri 18:00) is still in time.
    assertEquals(List.of(
        urge(c, 1, RecipientRole.GM_OFFICE, "COMPLAINT_CLOSURE.escalation-1", "overall"),
        urge(c, 2, RecipientRole.GENERAL_MANAGER, "COMPLAINT_CLOSURE.escalation-2", "overall")),
        lines(runAt("2026-11-20T11:00").recorded()));
  }

  @Test
  void an_investigation_report_not_filed_in_three_working_days_is_urged_to_qa() {
    // rule: CMP-19, CMP-04 — 3 working days from Mon 09:00: Mon, Tue, Wed → due Wed 4 Nov 18:00.
    // R&D handed over Wed 09:30 is due Thu 09:30, so at Thu 09:00 only the report is overdue.
    ComplaintCase c = cases.accepted();
    cases.pass(c, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS, "2026-11-02T11:00");
    cases.pass(c, Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE,
        "2026-11-03T10:00");
    cases.pass(c, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
        "2026-11-04T09:30");
    assertEquals(List.of(), runAt("2026-11-04T18:00").recorded());
    ComplaintReminderReport thursday = runAt("2026-11-05T09:00");
    assertEquals(List.of(urge(c, 0, RecipientRole.QUALITY_ASSURANCE, "INVESTIGATION_REPORT.urge",
        "report")), lines(thursday.recorded()));
    assertEquals(sh("2026-11-04T18:00"), thursday.recorded().get(0).parameters().get("due"));
    // Filed late at 09:10: no further report urge (its level 1, Thu 14:15, has passed at 14:30),
    // but R&D is now overdue (its level 1: Thu 09:30–12:00 2 h 30, 13:30–14:45 → 14:45).
    cases.fileReport(c, "2026-11-05T09:10");
    assertEquals(List.of(urge(c, 0, RecipientRole.RESEARCH_AND_DEVELOPMENT, "RND_OPINION.urge",
        "entry-3")), lines(runAt("2026-11-05T14:30").recorded()));
  }

  @Test
  void a_case_closed_late_gets_one_inquiry_to_the_gm_office_naming_its_late_steps() {
    // rule: CMP-19, CMP-06 — overall due Wed 18 Nov 18:00. The late case's registration ended
    // Mon 16:00 (due 14:15); QA from 16:00 (due Tue 16:00) ended Tue 10:00 in time.
    ComplaintCase late = cases.accepted();
    cases.pass(late, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS,
        "2026-11-02T16:00");
    ComplaintCase qaDone = cases.complete(late, Milestone.QA_ANALYSIS, "2026-11-03T10:00");
    complaints.save(ComplaintFixtures.closedAt(qaDone, sh("2026-11-19T10:00")), List.of());
    ComplaintCase onTime = cases.atQaFromMonday1400();
    complaints.save(ComplaintFixtures.closedAt(onTime, sh("2026-11-18T18:00")), List.of());

    ComplaintReminderReport report = runAt("2026-11-19T11:00");
    assertEquals(List.of("INQUIRY 0 role:GM_OFFICE complaint/" + late.sourceId()
        + "/CMP-19/COMPLAINT_CLOSURE.inquiry/closed"), lines(report.recorded()));
    Notice inquiry = report.recorded().get(0);
    assertEquals("COMPLAINT_REGISTRATION", inquiry.parameters().get("lateSteps"));
    assertEquals(sh("2026-11-18T18:00"), inquiry.parameters().get("due"));
    assertEquals(sh("2026-11-19T10:00"), inquiry.parameters().get("closedAt"));
    assertEquals(2, report.closedCasesRead());
    assertEquals(0, report.casesRead(), "closed cases are not urged");
    assertEquals(1L, report.inquiries());
    assertEquals(List.of(), runAt("2026-11-19T12:00").recorded());
    // Beyond the 31-day lookback the closed cases are no longer read.
    assertEquals(0, runAt("2026-12-21T10:00").closedCasesRead());
    assertEquals(1, reminderNotices().size());
  }

  @Test
  void a_skipped_night_is_caught_up_and_a_step_finished_meanwhile_is_not_urged() {
    // rule: CMP-19 — runs at Mon 12:00 (nothing due), then none until Wed 15:00.
    ComplaintCase y = cases.atQaFromMonday1400();
    ComplaintCase x = cases.accepted();
    assertEquals(List.of(), runAt("2026-11-02T12:00").recorded());
    // Meanwhile x's registration became overdue at 14:15 and was done at 16:00: not urged.
    // x's QA from Mon 16:00 is due Tue 16:00 (Mon 2 h, Tue 09–12 3 h, 13:30–16:00); its level 1
    // is at Wed 10:45 (Tue 16–18 2 h, Wed 09–10:45), level 2 at Wed 16:00 (Wed 13:30–16:00).
    // y's QA is due Tue 14:00, level 1 Tue 17:45, level 2 Wed 14:00.
    cases.pass(x, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS, "2026-11-02T16:00");
    Set<String> caughtUp = new HashSet<>(lines(runAt("2026-11-04T15:00").recorded()));
    assertEquals(Set.of(
        urge(y, 0, RecipientRole.QUALITY_ASSURANCE, "QA_ANALYSIS.urge", "entry-1"),
        urge(y, 1, RecipientRole.GM_OFFICE, "QA_ANALYSIS.escalation-1", "entry-1"),
        urge(y, 2, RecipientRole.GENERAL_MANAGER, "QA_ANALYSIS.escalation-2", "entry-1"),
        urge(x, 0, RecipientRole.QUALITY_ASSURANCE, "QA_ANALYSIS.urge", "entry-1"),
        urge(x, 1, RecipientRole.GM_OFFICE, "QA_ANALYSIS.escalation-1", "entry-1")), caughtUp);
    assertEquals(List.of(urge(x, 2, RecipientRole.GENERAL_MANAGER, "QA_ANALYSIS.escalation-2",
        "entry-1")), lines(runAt("2026-11-04T16:30").recorded()));
  }

  @Test
  void each_recipient_gets_one_digest_per_run_listing_its_notices() {
    // rule: CMP-19 — at Wed 15:00 (as in the skipped-night case): QA gets two urges, the GM
    // office two level-1 urges, the general manager one level-2 urge → three digests.
    ComplaintCase y = cases.atQaFromMonday1400();
    ComplaintCase x = cases.accepted();
    cases.pass(x, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS, "2026-11-02T16:00");
    ComplaintReminderReport report = runAt("2026-11-04T15:00");
    assertEquals(List.of("role:GENERAL_MANAGER", "role:GM_OFFICE", "role:QUALITY_ASSURANCE"),
        report.digests().stream().map(d -> d.recipient().text()).toList());
    Notice qa = report.digests().get(2);
    assertEquals(ComplaintReminders.DIGEST_KIND, qa.kind());
    assertEquals(2L, qa.parameters().get("count"));
    assertEquals(Set.of(
        "complaint/" + y.sourceId() + "/CMP-19/QA_ANALYSIS.urge/entry-1",
        "complaint/" + x.sourceId() + "/CMP-19/QA_ANALYSIS.urge/entry-1"),
        Set.of(qa.parameters().get("notice-000000"), qa.parameters().get("notice-000001")));
    assertEquals(1L, report.digests().get(0).parameters().get("count"));
    assertEquals(2L, report.digests().get(1).parameters().get("count"));
    assertEquals(List.of(), log.awaitingDigest(100));
    assertEquals(List.of(), runAt("2026-11-04T15:30").digests(), "nothing new, no digest");
    // The next run with x's level 2 gives the general manager a second digest of one.
    ComplaintReminderReport next = runAt("2026-11-04T16:30");
    assertEquals(List.of("role:GENERAL_MANAGER"),
        next.digests().stream().map(d -> d.recipient().text()).toList());
  }

  @Test
  void two_nodes_running_at_once_record_every_notice_once_and_list_it_in_one_digest()
      throws Exception {
    // rule: CMP-19 — 30 cases at QA since Mon 14:00; at Wed 15:00 each has its urge, level 1 and
    // level 2 due (report due Wed 18:00: not yet): 90 notices, whoever records them.
    for (int i = 0; i < 30; i++) {
      cases.atQaFromMonday1400();
    }
    ComplaintReminderSettings pagesOfSeven = ComplaintReminderSettings.seed().withPageSize(7);
    TestClock at = TestClock.at(sh("2026-11-04T15:00"), SHANGHAI);
    ComplaintReminders nodeA = new ComplaintReminders(complaints, log, SEED, pagesOfSeven, at);
    ComplaintReminders nodeB = new ComplaintReminders(complaints.freshInstanceOverSameStorage(),
        log.freshInstanceOverSameStorage(), SEED, pagesOfSeven, at);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<ComplaintReminderReport> a = CompletableFuture.supplyAsync(() -> {
        await(start);
        return nodeA.run();
      }, pool);
      CompletableFuture<ComplaintReminderReport> b = CompletableFuture.supplyAsync(() -> {
        await(start);
        return nodeB.run();
      }, pool);
      start.countDown();
      ComplaintReminderReport ra = a.get(1, TimeUnit.MINUTES);
      ComplaintReminderReport rb = b.get(1, TimeUnit.MINUTES);
      assertEquals(90, ra.recorded().size() + rb.recorded().size());
      assertEquals(90, reminderNotices().size());
      assertEquals(90, new HashSet<>(lines(reminderNotices())).size());
      List<Object> listed = new ArrayList<>();
      for (Notice d : log.all()) {
        if (d.kind().equals(ComplaintReminders.DIGEST_KIND)) {
          d.parameters().forEach((name, value) -> {
            if (name.startsWith("notice-")) {
              listed.add(value);
            }
          });
        }
      }
      assertEquals(90, listed.size(), "every notice listed once");
      assertEquals(90, new HashSet<>(listed).size());
      assertEquals(List.of(), log.awaitingDigest(1_000));
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_ladder_is_refused_out_of_order_or_going_back() {
    // rule: CMP-19 — levels numbered 1, 2, … with working days not decreasing.
    ComplaintReminderSettings seed = ComplaintReminderSettings.seed();
    InvalidInputException skipped = assertThrows(InvalidInputException.class,
        () -> seed.withLadder(List.of(
            new ComplaintReminderLevel(2, BigDecimal.ONE, RecipientRole.GM_OFFICE))));
    assertEquals("ladder[0]", skipped.violations().get(0).path());
    InvalidInputException back = assertThrows(InvalidInputException.class,
        () -> seed.withLadder(List.of(
            new ComplaintReminderLevel(1, BigDecimal.ONE, RecipientRole.GM_OFFICE),
            new ComplaintReminderLevel(2, new BigDecimal("0.5"),
                RecipientRole.GENERAL_MANAGER))));
    assertEquals("ladder[1]", back.violations().get(0).path());
    assertThrows(InvalidInputException.class,
        () -> new ComplaintReminderLevel(1, new BigDecimal("-0.5"), RecipientRole.GM_OFFICE));
    assertThrows(InvalidInputException.class,
        () -> new ComplaintReminderLevel(0, BigDecimal.ONE, RecipientRole.GM_OFFICE));
    assertThrows(InvalidInputException.class, () -> seed.withClosedLookback(Duration.ZERO));
    assertThrows(InvalidInputException.class, () -> seed.withPageSize(0));
    assertTrue(seed.withLadder(List.of()).ladder().isEmpty(), "no escalation is allowed");
  }
}
