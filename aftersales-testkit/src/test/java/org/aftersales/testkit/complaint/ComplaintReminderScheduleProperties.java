package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SEED;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SHANGHAI;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;

/**
 * Whatever the scheduler does — runs every few minutes, skips nights or weeks, runs twice at one
 * instant — the reminders recorded by the last run's end are exactly those one run at that last
 * instant records on a fresh log, each once, and every one is listed in exactly one digest, no
 * recipient getting two digests from one run. The cases (in progress at various steps, in either
 * market, some with the report filed, some closed late) do not change between runs, as between
 * hourly runs where no department acts.
 * // rule: CMP-19
 */
class ComplaintReminderScheduleProperties {

  static final Instant FROM = sh("2026-11-02T09:00");

  @Property(tries = 100)
  void any_schedule_of_runs_records_what_one_run_at_its_last_instant_records_once_each(
      @ForAll @IntRange(min = 1, max = 1_000_000) int caseSeed,
      @ForAll @Size(min = 1, max = 8)
          List<@IntRange(min = 12 * 60, max = 30 * 24 * 60) Integer> runs) {
    List<Integer> minutes = runs.stream().sorted().toList();
    List<ComplaintCase> cases = cases(caseSeed);

    Store scheduled = new Store(cases);
    List<ComplaintReminderReport> reports = new ArrayList<>();
    for (int m : minutes) {
      reports.add(scheduled.runAt(FROM.plus(Duration.ofMinutes(m))));
    }
    Store once = new Store(cases);
    once.runAt(FROM.plus(Duration.ofMinutes(minutes.get(minutes.size() - 1))));

    Statistics.label("reminders").collect(scheduled.reminderKeys().isEmpty() ? "none"
        : scheduled.reminderKeys().size() < 10 ? "1-9" : "10+");
    assertEquals(once.reminderKeys(), scheduled.reminderKeys());
    int recorded = reports.stream().mapToInt(r -> r.recorded().size()).sum();
    assertEquals(scheduled.reminderKeys().size(), recorded, "each recorded by one run only");
    List<Object> listed = new ArrayList<>();
    for (ComplaintReminderReport r : reports) {
      Set<String> recipients = new HashSet<>();
      for (Notice d : r.digests()) {
        assertTrue(recipients.add(d.recipient().text()), "one digest per recipient per run");
        d.parameters().forEach((name, value) -> {
          if (name.startsWith("notice-")) {
            listed.add(value);
          }
        });
      }
    }
    assertEquals(new TreeSet<>(scheduled.reminderKeys()), new TreeSet<>(listed));
    assertEquals(listed.size(), new HashSet<>(listed).size(), "listed once");
  }

  /** A log and a store holding copies of the cases. */
  static final class Store {
    final InMemoryDatabase database = InMemoryDatabase.create();
    final InMemoryComplaints complaints = InMemoryComplaints.over(database);
    final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    final TestClock clock = TestClock.at(FROM, SHANGHAI);
    final ComplaintReminders reminders = new ComplaintReminders(complaints, log, SEED,
        ComplaintReminderSettings.seed().withPageSize(3), clock);

    Store(List<ComplaintCase> cases) {
      for (ComplaintCase c : cases) {
        complaints.save(c, List.of());
      }
    }

    ComplaintReminderReport runAt(Instant at) {
      clock.set(at);
      return reminders.run();
    }

    List<String> reminderKeys() {
      return log.all().stream().filter(n -> n.kind().equals(NoticeKind.URGE)
          || n.kind().equals(NoticeKind.INQUIRY)).map(n -> n.key().text()).sorted().toList();
    }
  }

  /** Eight cases accepted in the week from Mon 2 Nov, moved along the route at random. */
  static List<ComplaintCase> cases(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Milestone> route = SeedServiceLevels.COMPLAINT_STEPS;
    List<ComplaintCase> out = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ServiceZone market = random.nextBoolean() ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC;
      Instant accepted = FROM.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
      RoutingLedger ledger = RoutingLedger.accepted(route, market, accepted)
          .handOver(route.get(0), accepted);
      Instant t = accepted;
      int steps = random.nextInt(route.size());
      for (int step = 1; step <= steps; step++) {
        t = t.plus(Duration.ofMinutes(30 + random.nextInt(40 * 60)));
        ledger = ledger.complete(t).handOver(route.get(step), t);
      }
      var number = ComplaintFixtures.aNumber();
      ComplaintCase.Builder b = ComplaintCase.builder().number(number)
          .requestId(ComplaintFixtures.aRequestId()).receivedAt(accepted)
          .intake(ComplaintHandlingTest.intake(market, ComplaintSeverity.GENERAL, true))
          .routing(ledger).status(ComplaintStatus.OPEN).version(Version.initial());
      if (random.nextBoolean()) {
        b.addHandled(new FileInvestigationReport(RequestId.of("report-" + number.text()),
            number, accepted.plusSeconds(3600), PersonId.of("QA-01"), "Cause"));
      }
      ComplaintCase c = b.build();
      if (random.nextInt(4) == 0) {
        c = ComplaintFixtures.closedAt(c, t.plus(Duration.ofDays(10 + random.nextInt(20))));
      }
      out.add(c);
    }
    return out;
  }
}
