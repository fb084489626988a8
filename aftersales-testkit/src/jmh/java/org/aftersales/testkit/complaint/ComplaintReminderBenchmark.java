package org.aftersales.testkit.complaint;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintReminder;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminderWatch;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The complaint reminders' domain work over 10 000 open cases (issue 11: ≤ 20 ms): what one
 * {@link org.aftersales.core.complaint.ComplaintReminders} run computes for every case in
 * progress — the due instants of the open step, the overall limit (CMP-06) and the investigation
 * report (CMP-04) from the seed's complaint procedure on the Shanghai office calendar, the urges
 * and escalation levels due, with their keys ({@link ComplaintReminderWatch#urgesDue}); and the
 * same with every reminder built into a notice (what a first run, with nothing recorded, builds).
 * The port calls ({@code inProgress} pages, {@code recordedAmong}, {@code recordIfAbsent}, the
 * digest) are not measured.
 *
 * <p>The cases: accepted at random minutes of the 20 days before the run (Mon 23 Nov 2026 10:00
 * Shanghai), domestic or overseas, each moved along the seed's route of six steps by random
 * working times and hand-over gaps (so some steps are open in time, some overdue by hours or days,
 * some past level 2), about half with the investigation report filed; every case has its overall
 * and report clocks counted, so the work per case does not depend on how far it got.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ComplaintReminderBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant AT = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SHANGHAI)
      .toInstant();

  private List<ComplaintCase> open;
  private ComplaintReminderWatch watch;

  /** 10 000 open cases and a watch over the seed's procedure. */
  @Setup(Level.Trial)
  public void setUp() {
    WorkingCalendar office = WorkingCalendar.builder(SHANGHAI)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
        .build();
    ServiceLevelPolicy policy =
        ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, office).build();
    watch = new ComplaintReminderWatch(policy, ComplaintReminderSettings.seed());
    open = cases(10_000, 20261123L);
  }

  static List<ComplaintCase> cases(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Milestone> route = SeedServiceLevels.COMPLAINT_STEPS;
    Instant from = AT.minus(Duration.ofDays(20));
    List<ComplaintCase> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ServiceZone market = random.nextInt(3) == 0 ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC;
      Instant accepted = from.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
      RoutingLedger ledger = RoutingLedger.accepted(route, market, accepted)
          .handOver(route.get(0), accepted);
      Instant t = accepted;
      for (int step = 1; step < route.size(); step++) {
        Instant done = t.plus(Duration.ofMinutes(30 + random.nextInt(36 * 60)));
        Instant next = done.plus(Duration.ofMinutes(random.nextInt(20 * 60)));
        if (!next.isBefore(AT)) {
          break;
        }
        ledger = ledger.complete(done).handOver(route.get(step), next);
        t = next;
      }
      long serial = i + 1L;
      DocumentNumber number = DocumentNumber.of(SeriesId.COMPLAINTS,
          String.format(Locale.ROOT, "2611%05d", serial), "2026-11", LocalDate.of(2026, 11, 1),
          serial);
      ComplaintCase.Builder b = ComplaintCase.builder().number(number)
          .requestId(RequestId.of("bench-" + serial)).receivedAt(accepted)
          .intake(new ComplaintIntake("Shanghai Precision Ltd.", "Solder mask peeling",
              "PO-2026-0815", "PCB-4411-A", 2_000, LocalDate.of(2026, 10, 20), 120,
              "Replace the defective boards", DemandedReturn.of(120), market,
              ComplaintSeverity.GENERAL, true))
          .routing(ledger).status(ComplaintStatus.OPEN).version(Version.initial().next());
      if (random.nextBoolean()) {
        b.addHandled(new FileInvestigationReport(RequestId.of("bench-report-" + serial), number,
            accepted.plus(Duration.ofHours(20)), PersonId.of("QA-01"), "Cause found"));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * What a run computes for every case in progress: the reminders due, with their keys.
   *
   * @return how many are due (so the work is not optimised away)
   */
  @Benchmark
  public int urgesDueOverTenThousandOpenCases() {
    int due = 0;
    for (ComplaintCase c : open) {
      due += watch.urgesDue(c, AT).size();
    }
    return due;
  }

  /**
   * The same, with every reminder built into a notice (a first run with nothing recorded).
   *
   * @return how many notices were built
   */
  @Benchmark
  public int noticesDueOverTenThousandOpenCases() {
    int built = 0;
    for (ComplaintCase c : open) {
      for (ComplaintReminder r : watch.urgesDue(c, AT)) {
        built += r.notice(AT).parameters().size() > 0 ? 1 : 0;
      }
    }
    return built;
  }
}
