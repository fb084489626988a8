package org.aftersales.rules.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of deadline arithmetic (SVC-11, CMP-05) on the Shanghai office calendar of
 * {@link BenchmarkCalendars}: {@link WorkingCalendar#addWorkingTime} ("deadline") and
 * {@link WorkingCalendar#workingTimeBetween} ("between") for budgets from 1 to 2 000 working
 * hours, against the day-by-day and minute-by-minute walks of {@link WalkingBaselines}.
 *
 * <p>Every invocation takes the next of 1 024 fixed pseudo-random starts (whole minutes of 2026 in
 * Shanghai, half of them drawn among working minutes, the others among all minutes), so that the
 * same query is not repeated and branch prediction and caches do not flatter the result.
 * "between" asks for the working time from a start to its due instant. With 2 000 h (about 267
 * working days) the due instants fall between January 2027 and January 2028, partly beyond the
 * holiday data (which ends with 2027) but inside the default index range (to 2035), so every
 * query is answered from the index. The minute walk is measured up to 40 h only: it costs
 * milliseconds per query. Run with the command in docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineBenchmark {

  /** How many different starts the queries cycle through; a power of two. */
  static final int STARTS = 1024;
  private static final long SEED = 0x5EED_2026L;

  /** The calendar, the baselines and the precomputed queries for one budget. */
  abstract static class Prepared {

    WorkingCalendar calendar;
    WalkingBaselines.DayWalk dayWalk;
    WalkingBaselines.MinuteWalk minuteWalk;
    Duration budget;
    Instant[] starts;
    Instant[] dues;
    private int next;

    void prepare(int budgetHours) {
      calendar = BenchmarkCalendars.shanghaiOffice2026And2027();
      dayWalk = new WalkingBaselines.DayWalk(calendar);
      minuteWalk = new WalkingBaselines.MinuteWalk(calendar);
      budget = Duration.ofHours(budgetHours);
      starts = starts(calendar);
      dues = new Instant[STARTS];
      for (int i = 0; i < STARTS; i++) {
        dues[i] = calendar.addWorkingTime(starts[i], budget);
      }
    }

    /** The index of the next query. */
    final int next() {
      int i = next;
      next = (i + 1) & (STARTS - 1);
      return i;
    }
  }

  /** Queries for every budget. */
  @State(Scope.Thread)
  public static class Queries extends Prepared {

    @Param({"1", "8", "40", "200", "2000"})
    public int budgetHours;

    @Setup
    public void setUp() {
      prepare(budgetHours);
    }
  }

  /** Queries for the budgets the minute walk can afford. */
  @State(Scope.Thread)
  public static class SmallQueries extends Prepared {

    @Param({"1", "8", "40"})
    public int budgetHours;

    @Setup
    public void setUp() {
      prepare(budgetHours);
    }
  }

  /**
   * The starts: whole minutes of 2026 in Shanghai, from a fixed seed; every other one is drawn
   * again until it is working time.
   */
  static Instant[] starts(WorkingCalendar calendar) {
    Instant yearStart = LocalDate.of(2026, 1, 1).atStartOfDay(calendar.zone()).toInstant();
    Instant yearEnd = LocalDate.of(2027, 1, 1).atStartOfDay(calendar.zone()).toInstant();
    int minutes = (int) Duration.between(yearStart, yearEnd).toMinutes();
    SplittableRandom random = new SplittableRandom(SEED);
    Instant[] result = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      Instant start;
      do {
        start = yearStart.plus(Duration.ofMinutes(random.nextInt(minutes)));
      } while (i % 2 == 1 && !calendar.isWorkingTime(start));
      result[i] = start;
    }
    return result;
  }

  @Benchmark
  public Instant deadline(Queries q) {
    int i = q.next();
    return q.calendar.addWorkingTime(q.starts[i], q.budget);
  }

  @Benchmark
  public Duration between(Queries q) {
    int i = q.next();
    return q.calendar.workingTimeBetween(q.starts[i], q.dues[i]);
  }

  @Benchmark
  public Instant dayWalkDeadline(Queries q) {
    int i = q.next();
    return q.dayWalk.addWorkingTime(q.starts[i], q.budget);
  }

  @Benchmark
  public Duration dayWalkBetween(Queries q) {
    int i = q.next();
    return q.dayWalk.workingTimeBetween(q.starts[i], q.dues[i]);
  }

  @Benchmark
  public Instant minuteWalkDeadline(SmallQueries q) {
    int i = q.next();
    return q.minuteWalk.addWorkingTime(q.starts[i], q.budget);
  }

  @Benchmark
  public Duration minuteWalkBetween(SmallQueries q) {
    int i = q.next();
    return q.minuteWalk.workingTimeBetween(q.starts[i], q.dues[i]);
  }
}
