package org.aftersales.examples.postgres.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The harness shared by the benchmarks: warm-up and measured rounds (mean ± sample standard
 * deviation, min and max), a fixed number of operations spread over threads that start together,
 * and a results file ({@code target/bench/results.txt}) besides standard output.
 *
 * <p>Sizes come from system properties so a quick run can be asked for on the command line:
 * {@code bench.warmup} (rounds, default 2), {@code bench.rounds} (default 5), {@code bench.threads}
 * (default 16), {@code bench.cases} (open cases of the sweeps, default 100 000),
 * {@code bench.sweepRounds} (measured rounds of a steady sweep, default 3; the first run before
 * them warms up).
 */
final class Bench {

  static final int WARMUP = Integer.getInteger("bench.warmup", 2);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  static final int THREADS = Integer.getInteger("bench.threads", 16);
  static final int CASES = Integer.getInteger("bench.cases", 100_000);
  /** Measured rounds of a sweep over all the open cases (each takes seconds): default 3. */
  static final int SWEEP_ROUNDS = Integer.getInteger("bench.sweepRounds", 3);
  /** This run's number (its start in epoch milliseconds): names its databases and request IDs. */
  static final long RUN = System.currentTimeMillis();

  private static final Path RESULTS = Path.of("target", "bench", "results.txt");

  private Bench() {}

  /** A fresh database name for this run: {@code bench_<what>_<millis>}. */
  static String database(String what) {
    return "bench_" + what + "_" + RUN;
  }

  /** One operation of a thread: {@code thread} 0 … threads − 1, {@code i} its i-th operation. */
  @FunctionalInterface
  interface Operation {
    void run(int thread, int i) throws Exception;
  }

  /**
   * Runs {@code perThread} operations on each of {@code threads} threads that start together.
   *
   * @return the elapsed nanoseconds from the start to the last thread's end
   */
  static long parallel(int threads, int perThread, Operation op) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          for (int i = 0; i < perThread; i++) {
            op.run(thread, i);
          }
          return null;
        }));
      }
      ready.await();
      long t0 = System.nanoTime();
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.MINUTES);
      }
      return System.nanoTime() - t0;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Mean, sample standard deviation, min and max of measured rounds. */
  record Stats(double mean, double sd, double min, double max, int n) {
    static Stats of(List<Double> xs) {
      double sum = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double x : xs) {
        sum += x;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      double mean = sum / xs.size();
      double sq = 0;
      for (double x : xs) {
        sq += (x - mean) * (x - mean);
      }
      double sd = xs.size() > 1 ? Math.sqrt(sq / (xs.size() - 1)) : 0;
      return new Stats(mean, sd, min, max, xs.size());
    }

    String format(String unit) {
      return String.format(Locale.ROOT, "%,.1f ± %,.1f %s (min %,.1f, max %,.1f, %d rounds)",
          mean, sd, unit, min, max, n);
    }
  }

  /**
   * Runs {@link #WARMUP} rounds, then {@link #ROUNDS} measured ones, and reports them.
   *
   * @param name what is measured
   * @param unit the unit of a round's figure
   * @param round one round, answering its figure
   * @return the measured rounds' statistics
   */
  static Stats rounds(String name, String unit, LongSupplierX round) throws Exception {
    return rounds(name, unit, WARMUP, ROUNDS, round);
  }

  /**
   * Runs {@code warmup} rounds, then {@code rounds} measured ones, and reports them.
   *
   * @param name what is measured
   * @param unit the unit of a round's figure
   * @param warmup rounds not measured
   * @param rounds rounds measured
   * @param round one round, answering its figure
   * @return the measured rounds' statistics
   */
  static Stats rounds(String name, String unit, int warmup, int rounds, LongSupplierX round)
      throws Exception {
    for (int w = 0; w < warmup; w++) {
      double x = round.get();
      log(String.format(Locale.ROOT, "  warm-up %d: %,.1f %s", w + 1, x, unit));
    }
    List<Double> xs = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double x = round.get();
      xs.add(x);
      log(String.format(Locale.ROOT, "  round %d: %,.1f %s", r + 1, x, unit));
    }
    Stats s = Stats.of(xs);
    result(name + ": " + s.format(unit));
    return s;
  }

  /** A round answering its figure, allowed to throw. */
  @FunctionalInterface
  interface LongSupplierX {
    double get() throws Exception;
  }

  /** Operations per second of {@code ops} operations in {@code nanos}. */
  static double perSecond(long ops, long nanos) {
    return ops * 1e9 / nanos;
  }

  /** Milliseconds of {@code nanos}. */
  static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Times {@code work}, in nanoseconds. */
  static long time(ThrowingRunnable work) throws Exception {
    long t0 = System.nanoTime();
    work.run();
    return System.nanoTime() - t0;
  }

  /** Work allowed to throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** A detail line: standard output only. */
  static void log(String line) {
    System.out.println("[bench] " + line);
  }

  /** A result line: standard output and {@code target/bench/results.txt}. */
  static synchronized void result(String line) {
    System.out.println("[bench] RESULT " + line);
    try {
      Files.createDirectories(RESULTS.getParent());
      Files.writeString(RESULTS, line + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The machine's load, as {@code uptime} would show it (from /proc/loadavg). */
  static String load() {
    try {
      return "loadavg " + Files.readString(Path.of("/proc/loadavg")).trim() + ", "
          + Runtime.getRuntime().availableProcessors() + " CPUs";
    } catch (IOException e) {
      return "loadavg unknown";
    }
  }
}
