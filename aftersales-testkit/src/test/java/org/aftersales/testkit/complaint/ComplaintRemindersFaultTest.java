package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SEED;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SHANGHAI;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Three reminder runs over three cases in progress and one closed late — urges, escalations, the
 * overall limit and the report overdue, an inquiry, digests for five recipients — under a fault
 * at every port call, with retries: no notice lost, none recorded twice, every reminder in
 * exactly one digest, in autocommit and in a host transaction; the relay delivers every notice at
 * least once.
 * // rule: CMP-19 — tag: reliability
 */
class ComplaintRemindersFaultTest
    extends FaultInjectionContract<ComplaintRemindersFaultTest.World> {

  /** The runs of three instants, wired to wrapped ports, and the log and store to observe. */
  record World(ComplaintReminders tuesday, ComplaintReminders wednesday,
      ComplaintReminders thursday19, InMemoryNoticeLog log, InMemoryComplaints complaints) {}

  /**
   * The cases, routed once through the use cases and copied into each world: two at QA since Mon
   * 14:00 (due Tue 14:00), one at QA since Mon 16:00 after a late registration (due Tue 16:00),
   * one closed Thu 19 Nov 10:00, after its overall due Wed 18 Nov 18:00.
   */
  static final List<ComplaintCase> CASES = routed();

  private static List<ComplaintCase> routed() {
    InMemoryComplaints store = InMemoryComplaints.create();
    ReminderCases cases = new ReminderCases(store);
    ComplaintCase y = cases.atQaFromMonday1400();
    ComplaintCase w = cases.atQaFromMonday1400();
    ComplaintCase x = cases.accepted();
    x = cases.pass(x, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS,
        "2026-11-02T16:00");
    ComplaintCase z = cases.atQaFromMonday1400();
    z = ComplaintFixtures.closedAt(z, sh("2026-11-19T10:00"));
    return List.of(y, w, x, z);
  }

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryComplaints complaints = InMemoryComplaints.over(database);
    for (ComplaintCase c : CASES) {
      complaints.save(c.withVersion(Version.initial()), List.of());
    }
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    Complaints wrappedComplaints = faults.wrap(Complaints.class, complaints);
    NoticeLog wrappedLog = faults.wrap(NoticeLog.class, log);
    ComplaintReminderSettings pagesOfTwo = ComplaintReminderSettings.seed().withPageSize(2);
    return new World(
        new ComplaintReminders(wrappedComplaints, wrappedLog, SEED, pagesOfTwo,
            TestClock.at(sh("2026-11-03T14:30"), SHANGHAI)),
        new ComplaintReminders(wrappedComplaints, wrappedLog, SEED, pagesOfTwo,
            TestClock.at(sh("2026-11-04T15:00"), SHANGHAI)),
        new ComplaintReminders(wrappedComplaints, wrappedLog, SEED, pagesOfTwo,
            TestClock.at(sh("2026-11-19T11:00"), SHANGHAI)),
        log, complaints);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("run Tue 14:30 (two QA urges)", w -> w.tuesday().run()),
        new Step<>("run Wed 15:00 (levels 1 and 2, a third urge)", w -> w.wednesday().run()),
        new Step<>("run Thu 19 Nov 11:00 (report, overall, inquiry)",
            w -> w.thursday19().run()),
        new Step<>("recheck all", w -> {
          w.thursday19().recheckAll();
          return "reset";
        }),
        new Step<>("run Thu 19 Nov 11:00 again (all due, nothing new, all scheduled)",
            w -> w.thursday19().run()));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // What a run records depends on what a failed attempt recorded before it; the log after
    // the run does not.
    return result instanceof ComplaintReminderReport ? sorted(world.log().all()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    // The schedules too: a retry writes the checks the fault-free run writes.
    return List.of(sorted(world.log().all()), delivered.stream()
        .sorted(Comparator.comparing(e -> e.eventId().value())).toList(), checks(world));
  }

  private static List<Object> checks(World world) {
    return CASES.stream().map(c -> (Object) world.complaints().reminderCheckOf(c.number()))
        .toList();
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }

  @Test
  void the_port_calls_of_a_run_are_the_documented_ones_in_order() {
    // rule: CMP-19 — three cases in progress in pages of two, one closed; at Tue 14:30 the two
    // cases at QA since Mon 14:00 are overdue (due Tue 14:00), both in the first page: one digest
    // to quality assurance.
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    ComplaintReminderReport report = world.tuesday().run();
    assertEquals(List.of("Complaints.dueForReminderCheck", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "Complaints.scheduleReminderChecks", "Complaints.dueForReminderCheckAfter",
        "Complaints.scheduleReminderChecks", "Complaints.closedBetween",
        "NoticeLog.awaitingDigest", "NoticeLog.recordDigest"), faults.calls());
    assertEquals(2, report.recorded().size());
    assertEquals(1, report.digests().size());
  }

  @Test
  void a_run_after_a_run_reads_only_the_cases_due_since() {
    // rule: CMP-19 — after Tue 14:30 the two cases at QA since Mon 14:00 are next due for level 1
    // strictly after Tue 17:45 (due Tue 14:00 plus half a working day of 7 h 30: Tue 14:00–17:45),
    // the third strictly after its QA due instant Tue 16:00 (Mon 16–18, Tue 09–12, 13:30–16:00);
    // a second run at 14:30 reads no case and makes no log call but the digest's read.
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.tuesday().run();
    assertEquals(Optional.of(sh("2026-11-03T17:45")),
        world.complaints().reminderCheckOf(CASES.get(0).number()).flatMap(ReminderCheck::next));
    assertEquals(Optional.of(sh("2026-11-03T17:45")),
        world.complaints().reminderCheckOf(CASES.get(1).number()).flatMap(ReminderCheck::next));
    assertEquals(Optional.of(sh("2026-11-03T16:00")),
        world.complaints().reminderCheckOf(CASES.get(2).number()).flatMap(ReminderCheck::next));
    int before = faults.calls().size();
    ComplaintReminderReport again = world.tuesday().run();
    assertEquals(List.of("Complaints.dueForReminderCheck", "Complaints.closedBetween",
        "NoticeLog.awaitingDigest"), faults.calls().subList(before, faults.calls().size()));
    assertEquals(0, again.casesRead());
    assertEquals(List.of(), again.recorded());
  }
}
