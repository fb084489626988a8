package org.aftersales.rules.sla;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of date-level working-day arithmetic (CMP-05) on the Shanghai office calendar of
 * {@link BenchmarkCalendars}: {@link WorkingCalendar#plusWorkingDays} ("plus") and
 * {@link WorkingCalendar#workingDaysBetween} ("between") against a plain day loop
 * ({@link WalkingBaselines.DateWalk}) that asks {@link WorkingCalendar#isWorkingDate} of each date.
 *
 * <p>Every invocation takes the next of 4 096 precomputed queries from a fixed seed: a start date
 * anywhere in 2026 and 2027 (working date or not) and a span of 1 to 60 working days ("plus") or
 * 1 to 60 calendar days ("between", to a date that many days later), so that no two consecutive
 * queries are alike. Run with the command in docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDaysBenchmark {

  /** How many different queries the invocations cycle through; a power of two. */
  static final int QUERIES = 4096;
  private static final long SEED = 0x0DA7E_2026L;

  /** The calendar, the baseline and the queries. */
  @State(Scope.Thread)
  public static class Queries {

    WorkingCalendar calendar;
    WalkingBaselines.DateWalk dateWalk;
    LocalDate[] starts;
    long[] spans;
    LocalDate[] ends;
    private int next;

    @Setup
    public void setUp() {
      calendar = BenchmarkCalendars.shanghaiOffice2026And2027();
      dateWalk = new WalkingBaselines.DateWalk(calendar);
      SplittableRandom random = new SplittableRandom(SEED);
      LocalDate first = LocalDate.of(2026, 1, 1);
      starts = new LocalDate[QUERIES];
      spans = new long[QUERIES];
      ends = new LocalDate[QUERIES];
      for (int i = 0; i < QUERIES; i++) {
        starts[i] = first.plusDays(random.nextInt(730));
        spans[i] = 1 + random.nextInt(60);
        ends[i] = starts[i].plusDays(spans[i]);
      }
    }

    /** The index of the next query. */
    final int next() {
      int i = next;
      next = (i + 1) & (QUERIES - 1);
      return i;
    }
  }

  @Benchmark
  public LocalDate plus(Queries q) {
    int i = q.next();
    return q.calendar.plusWorkingDays(q.starts[i], q.spans[i]);
  }

  @Benchmark
  public LocalDate dayLoopPlus(Queries q) {
    int i = q.next();
    return q.dateWalk.plusWorkingDays(q.starts[i], q.spans[i]);
  }

  @Benchmark
  public long between(Queries q) {
    int i = q.next();
    return q.calendar.workingDaysBetween(q.starts[i], q.ends[i]);
  }

  @Benchmark
  public long dayLoopBetween(Queries q) {
    int i = q.next();
    return q.dateWalk.workingDaysBetween(q.starts[i], q.ends[i]);
  }
}
