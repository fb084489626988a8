package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SEED;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintReminder;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminderWatch;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;

/**
 * The reminder checks never hide a notice: the reminders reading only the cases due for a check
 * (the in-memory adapter keeps the checks for real) record, run after run, exactly what the full
 * scan records (every case in progress read at every run: an adapter on the port's defaults),
 * whatever the instants of the runs and whatever cases move on between them; and the watch's
 * next check is never later than the first new urge, and never needlessly early.
 * // rule: CMP-19
 */
class ComplaintReminderCheckProperties {

  private static final Instant FROM = ComplaintReminderScheduleProperties.FROM;
  private static final AtomicLong IDS = new AtomicLong();

  private final ComplaintReminderWatch watch =
      new ComplaintReminderWatch(SEED, ComplaintReminderSettings.seed());

  @Property(tries = 200)
  void the_sweep_reading_only_due_cases_records_exactly_what_the_full_scan_records(
      @ForAll @IntRange(min = 1, max = 1_000_000) int caseSeed,
      @ForAll @Size(min = 1, max = 10)
          List<@IntRange(min = 0, max = 30 * 24 * 60) Integer> runs,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = -4, max = 7) Integer> moves) {
    List<Integer> minutes = runs.stream().sorted().toList();
    List<ComplaintCase> cases = ComplaintReminderScheduleProperties.cases(caseSeed);
    World scheduled = new World(cases, false);
    World fullScan = new World(cases, true);
    int read = 0;
    int readByFullScan = 0;
    for (int i = 0; i < minutes.size(); i++) {
      Instant at = FROM.plus(Duration.ofMinutes(minutes.get(i)));
      // Before some runs a department moves a case on (negative: nobody acts).
      int move = moves.get(i % moves.size());
      if (move >= 0) {
        scheduled.moveOn(cases.get(move).number(), at);
        fullScan.moveOn(cases.get(move).number(), at);
      }
      ComplaintReminderReport withChecks = scheduled.runAt(at);
      ComplaintReminderReport everything = fullScan.runAt(at);
      assertEquals(fullScan.reminderKeys(), scheduled.reminderKeys(), "after the run at " + at);
      assertEquals(keys(everything), keys(withChecks), "what the run at " + at + " recorded");
      read += withChecks.casesRead();
      readByFullScan += everything.casesRead();
    }
    Statistics.label("reminders").collect(fullScan.reminderKeys().isEmpty() ? "none"
        : fullScan.reminderKeys().size() < 10 ? "1-9" : "10+");
    Statistics.label("reads saved").collect(read < readByFullScan ? "some" : "none");
    assertTrue(read <= readByFullScan, "never reads more than the full scan");
  }

  @Property(tries = 500)
  void whatever_falls_due_between_two_instants_falls_due_strictly_after_the_first_check(
      @ForAll @IntRange(min = 1, max = 1_000_000) int caseSeed,
      @ForAll @IntRange(min = 0, max = 7) int which,
      @ForAll @IntRange(min = 0, max = 40 * 24 * 60) int aMinute,
      @ForAll @IntRange(min = 1, max = 20 * 24 * 60) int gapMinutes) {
    ComplaintCase c = ComplaintReminderScheduleProperties.cases(caseSeed).get(which);
    Instant a = FROM.plus(Duration.ofMinutes(aMinute));
    Instant b = a.plus(Duration.ofMinutes(gapMinutes));
    ReminderCheck check = watch.nextCheck(c, a);
    Set<NoticeKey> newAtB = new HashSet<>(keys(watch.urgesDue(c, b)));
    newAtB.removeAll(keys(watch.urgesDue(c, a)));
    Statistics.label("new between a and b").collect(newAtB.isEmpty() ? "none" : "some");
    Statistics.label("check").collect(check.next().isPresent() ? "at" : "never");
    assertEquals(c.number(), check.number());
    assertEquals(c.version(), check.version());
    if (!newAtB.isEmpty()) {
      assertTrue(check.isDueAt(b), () -> "new at " + b + ": " + newAtB + ", check " + check);
    }
    Optional<Instant> next = check.next();
    // Never needlessly early: at its instant nothing is new, a microsecond later something is.
    next.ifPresent(t -> {
      assertFalse(t.isBefore(a.minusNanos(1_000)), () -> "check " + t + " before " + a);
      Set<NoticeKey> atT = new HashSet<>(keys(watch.urgesDue(c, t)));
      assertEquals(new HashSet<>(keys(watch.urgesDue(c, a))), atT, "nothing new at " + t);
      assertTrue(keys(watch.urgesDue(c, t.plusNanos(1_000))).size() > atT.size(),
          () -> "something new just after " + t);
    });
    if (next.isEmpty()) {
      Instant muchLater = a.plus(Duration.ofDays(3_650));
      assertEquals(keys(watch.urgesDue(c, a)), keys(watch.urgesDue(c, muchLater)),
          "never: nothing more ever falls due");
    }
  }

  private static List<NoticeKey> keys(List<ComplaintReminder> reminders) {
    return reminders.stream().map(ComplaintReminder::key).toList();
  }

  private static List<String> keys(ComplaintReminderReport report) {
    return report.recorded().stream().map(n -> n.key().text()).sorted().toList();
  }

  /** A store with copies of the cases, its log, and reminders in pages of three. */
  private static final class World {
    final InMemoryDatabase database = InMemoryDatabase.create();
    final InMemoryComplaints stored = InMemoryComplaints.over(database);
    final Complaints complaints;
    final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    final TestClock clock = TestClock.at(FROM, SHANGHAI);
    final ComplaintReminders reminders;

    World(List<ComplaintCase> cases, boolean fullScan) {
      complaints = fullScan ? FullScanComplaints.over(stored) : stored;
      reminders = new ComplaintReminders(complaints, log, SEED,
          ComplaintReminderSettings.seed().withPageSize(3), clock);
      for (ComplaintCase c : cases) {
        stored.save(c, List.of());
      }
    }

    ComplaintReminderReport runAt(Instant at) {
      clock.set(at);
      return reminders.run();
    }

    /**
     * Completes the case's open step and hands the next step of the route over, at {@code at} or
     * at the form's latest instant if that is later; a case not open, or without an open step, is
     * left as it is.
     */
    void moveOn(DocumentNumber number, Instant at) {
      ComplaintCase c = stored.find(number).orElseThrow();
      List<RoutingEntry> entries = c.routing().entries();
      if (c.status() != ComplaintStatus.OPEN || entries.isEmpty()
          || !entries.get(entries.size() - 1).isOpen()) {
        return;
      }
      Instant latest = c.routing().latestInstant();
      Instant t = latest.isAfter(at) ? latest : at;
      Milestone step = entries.get(entries.size() - 1).step();
      ComplaintCase done = c.progressed(new CompleteComplaintStep(id(), number, step, t), t)
          .state();
      List<Milestone> route = SeedServiceLevels.COMPLAINT_STEPS;
      int index = route.indexOf(step);
      if (index + 1 < route.size()) {
        done = done.progressed(new HandOverComplaint(id(), number, route.get(index + 1), t), t)
            .state();
      }
      stored.save(done, List.of());
    }

    List<String> reminderKeys() {
      return log.all().stream().filter(n -> n.kind().equals(NoticeKind.URGE)
          || n.kind().equals(NoticeKind.INQUIRY)).map(n -> n.key().text()).sorted().toList();
    }
  }

  private static RequestId id() {
    return RequestId.of("move-" + IDS.incrementAndGet());
  }
}
