package org.aftersales.testkit.numbering;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
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
 * Issuing complaint numbers (CMP-01): {@code SequenceNumbering.next} with the CMP-01 default scheme
 * ({@code {yy}{MM}{serial:2}}, Asia/Shanghai) over the in-memory adapter — period from the
 * business timestamp, an atomic serial, the printed number. The {@code Varied} benchmarks take a
 * different instant at every operation, drawn once from a fixed seed over the 1 200 months of
 * 2000 to 2099, so nothing can be reused from the previous number. Run with one and with two
 * threads ({@code -t 1}, {@code -t 2}); see docs/performance.md.
 */
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NumberingBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SequenceNumbering numbering;
  private NumberingScheme scheme;
  private Instant[] months;
  private Instant[] varied;
  private String printed;

  /** How many distinct instants the varied benchmarks cycle through (a power of two). */
  private static final int VARIED = 1 << 16;

  /** Thread-local cursor over the business timestamps. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setUp() {
    scheme = NumberingScheme.seed(SHANGHAI);
    numbering = SequenceNumbering.of(scheme, InMemoryNumberSequences.create());
    months = new Instant[12];
    for (int m = 0; m < 12; m++) {
      months[m] = ZonedDateTime.of(2026, m + 1, 15, 10, 0, 0, 0, SHANGHAI).toInstant();
    }
    printed = scheme.number(months[10], 7).text();
    long from = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, SHANGHAI).toEpochSecond();
    long to = ZonedDateTime.of(2100, 1, 1, 0, 0, 0, 0, SHANGHAI).toEpochSecond();
    SplittableRandom random = new SplittableRandom(20261129L);
    varied = new Instant[VARIED];
    for (int i = 0; i < VARIED; i++) {
      varied[i] = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
    }
  }

  /** A new instant at every number, anywhere in 2000 to 2099 (1 200 counters). */
  @Benchmark
  public DocumentNumber nextVaried(Cursor cursor) {
    Instant t = varied[cursor.next & (VARIED - 1)];
    cursor.next++;
    return numbering.next(t);
  }

  /** Printing only, a new instant at every number. */
  @Benchmark
  public DocumentNumber formatVaried(Cursor cursor) {
    Instant t = varied[cursor.next & (VARIED - 1)];
    cursor.next++;
    return scheme.number(t, 7);
  }

  /** All numbers in one month: every thread allocates from the same counter. */
  @Benchmark
  public DocumentNumber nextSameMonth() {
    return numbering.next(months[10]);
  }

  /** Numbers spread over twelve months (twelve counters). */
  @Benchmark
  public DocumentNumber nextAcrossMonths(Cursor cursor) {
    Instant t = months[cursor.next];
    cursor.next = (cursor.next + 1) % months.length;
    return numbering.next(t);
  }

  /** Printing only, no allocation. */
  @Benchmark
  public DocumentNumber formatOnly() {
    return scheme.number(months[10], 7);
  }

  /** Reading a number back. */
  @Benchmark
  public DocumentNumber parse() {
    return scheme.parse(printed);
  }
}
