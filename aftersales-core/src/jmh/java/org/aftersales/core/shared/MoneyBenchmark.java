package org.aftersales.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
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
 * Cost of the {@link Money} operations every rule builds on: exact addition, rounding division and
 * the text round trip. Run with the command in docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MoneyBenchmark {

  private Money a;
  private Money b;
  private String text;

  @Setup
  public void setUp() {
    Currency cny = Currency.getInstance("CNY");
    a = Money.of(new BigDecimal("12345.67"), cny);
    b = Money.of(new BigDecimal("89.10"), cny);
    text = a.toString();
  }

  @Benchmark
  public Money plus() {
    return a.plus(b);
  }

  @Benchmark
  public Money dividedByThreeHalfEven() {
    return a.dividedBy(3, RoundingMode.HALF_EVEN);
  }

  @Benchmark
  public Money parseTextForm() {
    return Money.parse(text);
  }
}
