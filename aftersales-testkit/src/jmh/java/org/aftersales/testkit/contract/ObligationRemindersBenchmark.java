package org.aftersales.testkit.contract;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
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
 * The daily obligation run (CON-01 … CON-06, SUR-06) over 10 000 varied contracts (those of
 * {@link ObligationScheduleBenchmark}) stored in the in-memory adapters: each invocation is the
 * next day's run — the clock one day further, {@code ObligationReminders.run()} over its lookback
 * (35 days), recording that day's due notices and overdue reminders into a notice log that keeps
 * every earlier day's. Each measurement iteration starts a new log at 2026-01-05. See
 * docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ObligationRemindersBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant FIRST_RUN = LocalDate.of(2026, 1, 5).atTime(10, 0)
      .atZone(SHANGHAI).toInstant();

  private InMemoryContracts contracts;
  private WorkingCalendar calendar;
  private TestClock clock;
  private ObligationReminders reminders;

  /** 10 000 contract files, stored once. */
  @Setup(Level.Trial)
  public void store() {
    contracts = InMemoryContracts.over(InMemoryDatabase.create());
    List<ServiceContract> all = ObligationScheduleBenchmark.contracts(10_000, 20261130L);
    for (ServiceContract c : all) {
      contracts.save(ContractFile.open(c), List.of());
    }
    calendar = WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
        .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
            WorkingHours.parse("13:30-18:00")).build()).build();
  }

  /** A new notice log and the first day, per iteration. */
  @Setup(Level.Iteration)
  public void newLog() {
    clock = TestClock.at(FIRST_RUN, SHANGHAI);
    // The first run catches up the lookback; the measured ones are the daily runs after it.
    reminders = new ObligationReminders(contracts, InMemoryNoticeLog.create(),
        SeedObligationSchedule.seed(), ObligationSettings.seed(), calendar, clock);
    reminders.run();
  }

  /**
   * The next day's run.
   *
   * @return how many notices it recorded (so the work is not optimised away)
   */
  @Benchmark
  public int nextDaysRun() {
    clock.advance(Duration.ofDays(1));
    return reminders.run().recorded().size();
  }
}
