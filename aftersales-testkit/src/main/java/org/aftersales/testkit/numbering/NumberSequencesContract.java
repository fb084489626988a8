package org.aftersales.testkit.numbering;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the serial-allocation port (流水号分配) {@link NumberSequences}, as JUnit 5 tests
 * that any adapter can run: extend this class in your test sources, implement {@link
 * #freshAdapter()} and name the subclass so that your build runs it (for example
 * {@code JdbcNumberSequencesTest}).
 *
 * <pre>{@code
 * class JdbcNumberSequencesTest extends NumberSequencesContract {
 *   static final DataSource DATA_SOURCE = TestDatabase.dataSource(); // one database for all tests
 *
 *   @Override
 *   protected NumberSequences freshAdapter() {
 *     return new JdbcNumberSequences(DATA_SOURCE);
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked (rule CMP-01, whose 年月流水 complaint numbers rest on this port):
 * <ul>
 *   <li>uniqueness under contention — {@link #threads()} threads allocating {@link
 *       #allocationsPerThread()} serials each on one key — and increasing serials in every
 *       thread;</li>
 *   <li>the first use of a new key raced by {@link #racers()} threads: exactly one gets 1;</li>
 *   <li>several adapter instances over one storage (several application nodes) never hand out a
 *       serial twice, and a serial allocated after another (in real time) is larger;</li>
 *   <li>series and periods count independently, including keys that differ only in letter case,
 *       in where the series ends and the period begins, or in non-ASCII letters;</li>
 *   <li>a fresh adapter instance reads back the last serial handed out and continues after it; a
 *       key never used has no last serial, and reading it does not use it;</li>
 *   <li>{@code null} keys are refused with {@link NullPointerException};</li>
 *   <li>for adapters whose {@link NumberSequences#isGapless()} is true: exactly 1, 2, 3, … per key,
 *       also across threads and instances. The conditional checks of the other tests apply these
 *       too; the tests dedicated to gaplessness are reported as skipped for other adapters.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses series of its own ({@link #newSeries()}: a random
 * nonce per test run plus a counter), so the tests never see each other's counters, may share one
 * database across tests and runs, and never delete anything. Your storage must accept series names
 * of up to about 40 characters, including Chinese ones; override {@link #newSeries()} if it needs
 * another shape.
 *
 * <p><b>Bounded.</b> Concurrent parts run on fixed thread pools of daemon threads that are always
 * shut down; every wait is bounded by {@link #timeout()}, so an adapter that deadlocks fails its
 * test instead of hanging the build. Each test as a whole runs in a thread of its own and fails
 * after five minutes ({@link Timeout} with {@link Timeout.ThreadMode#SEPARATE_THREAD}), even when
 * the adapter blocks without answering interrupts (a JDBC call waiting for a row lock, say). A
 * subclass may replace that with its own {@code @Timeout} — for example {@code SAME_THREAD} if the
 * adapter needs a transaction bound to the test's thread. The load can be reduced for slow
 * storages by overriding {@link #threads()}, {@link #allocationsPerThread()} and {@link
 * #racers()}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class NumberSequencesContract {

  private static final String NOVEMBER = "2026-11";
  private static final String DECEMBER = "2026-12";

  /** Distinguishes this test run's series from those of earlier runs on the same storage. */
  private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private static final AtomicLong SERIES_USED = new AtomicLong();

  private static final AtomicInteger THREADS_STARTED = new AtomicInteger();

  /** For subclasses. */
  protected NumberSequencesContract() {}

  /**
   * A <b>new</b> adapter instance over the <b>same</b> underlying storage every time it is called:
   * the tests allocate with one instance and read back (or allocate concurrently) with others, as
   * separate application nodes, or one node before and after a restart, would. The storage need
   * not be empty; it is never reset. Called a few times per test, so it should be cheap (share a
   * connection pool between instances, for example).
   *
   * @return a new instance of the adapter under test, never one returned before
   */
  protected abstract NumberSequences freshAdapter();

  /**
   * A series never used before on the storage: by default {@code t}, twelve hexadecimal digits of
   * a random nonce of the test run, {@code -} and a counter, e.g. {@code t3fa09c1e77b2-17}. Tests
   * derive further series from it by appending letters ({@code x}, {@code X}, {@code 投诉}) or by
   * changing its letter case.
   *
   * @return a series of this test alone
   */
  protected SeriesId newSeries() {
    return SeriesId.of("t" + RUN + "-" + SERIES_USED.incrementAndGet());
  }

  /**
   * How many threads allocate together in the contention tests.
   *
   * @return 16 by default
   */
  protected int threads() {
    return 16;
  }

  /**
   * How many serials each thread allocates in the main contention test; the tests that mix
   * several adapter instances allocate a tenth of it per thread.
   *
   * @return 10 000 by default
   */
  protected int allocationsPerThread() {
    return 10_000;
  }

  /**
   * How many threads race for the first serial of a new key, each allocating once.
   *
   * @return 64 by default
   */
  protected int racers() {
    return 64;
  }

  /**
   * The longest any single wait of the concurrent tests may take (threads starting, threads
   * finishing) before the test fails as a probable deadlock.
   *
   * @return 60 seconds by default
   */
  protected Duration timeout() {
    return Duration.ofSeconds(60);
  }

  // rule: CMP-01
  /**
   * Threads allocating together on one key get distinct serials of 1 or more, each thread's
   * serials increase, the last serial handed out is read back as such, and a gapless adapter hands
   * out exactly 1 to the number of allocations.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void concurrent_allocations_on_one_key_are_unique_and_increase_in_every_thread()
      throws InterruptedException {
    NumberSequences adapter = freshAdapter();
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    int perThread = allocationsPerThread();

    List<long[]> perThreadSerials = runTogether(threads(), i -> () -> allocate(adapter, key,
        perThread));

    for (int i = 0; i < perThreadSerials.size(); i++) {
      assertIncreasing(perThreadSerials.get(i), "thread " + i);
    }
    long[] all = sortedUnion(perThreadSerials);
    assertDistinctAndPositive(all, key);
    if (adapter.isGapless()) {
      assertOneToN(all, key);
    }
    assertEquals(OptionalLong.of(all[all.length - 1]), freshAdapter().lastAllocated(key),
        () -> "last allocated of " + key + " through a fresh adapter instance");
  }

  // rule: CMP-01
  /**
   * The first allocation of a brand-new key (a new month), raced by many threads released
   * together: exactly one of them gets 1, all get distinct serials, and a gapless adapter hands out
   * exactly 1 to the number of racers.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void the_first_allocation_of_a_new_period_raced_by_many_threads_returns_1_exactly_once()
      throws InterruptedException {
    NumberSequences adapter = freshAdapter();
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);

    List<Long> serials = runTogether(racers(), i -> () -> adapter.next(key));

    long ones = serials.stream().filter(s -> s == 1).count();
    assertEquals(1, ones, () -> "threads that got serial 1 for the new key " + key + ": " + serials);
    long[] sorted = serials.stream().mapToLong(Long::longValue).sorted().toArray();
    assertDistinctAndPositive(sorted, key);
    if (adapter.isGapless()) {
      assertOneToN(sorted, key);
    }
  }

  // rule: CMP-01
  /**
   * Several adapter instances over the same storage (several application nodes), used by several
   * threads at once, never hand out the same serial.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void adapter_instances_over_the_same_storage_never_hand_out_the_same_serial()
      throws InterruptedException {
    NumberSequences[] instances = instances(4);
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    int perThread = mixedAllocationsPerThread();

    List<long[]> perThreadSerials = runTogether(threads(),
        i -> () -> allocate(instances[i % instances.length], key, perThread));

    for (int i = 0; i < perThreadSerials.size(); i++) {
      assertIncreasing(perThreadSerials.get(i), "thread " + i);
    }
    long[] all = sortedUnion(perThreadSerials);
    assertDistinctAndPositive(all, key);
    if (instances[0].isGapless()) {
      assertOneToN(all, key);
    }
  }

  // rule: CMP-01
  /**
   * A serial allocated after another one was returned (in real time) is larger, even when the two
   * were allocated by different threads through different adapter instances: every thread, before
   * allocating, reads the largest serial any thread has seen returned so far, and its own serial
   * must exceed it.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void a_serial_allocated_after_another_is_larger_on_any_thread_and_any_instance()
      throws InterruptedException {
    NumberSequences[] instances = instances(4);
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    int perThread = mixedAllocationsPerThread();
    AtomicLong largestReturned = new AtomicLong();

    runTogether(threads(), i -> () -> {
      NumberSequences adapter = instances[i % instances.length];
      for (int n = 0; n < perThread; n++) {
        long before = largestReturned.get();
        long serial = adapter.next(key);
        if (serial <= before) {
          throw new AssertionError("serial " + serial + " of " + key + " was allocated after "
              + before + " had been returned, but is not larger");
        }
        largestReturned.accumulateAndGet(serial, Math::max);
      }
      return null;
    });
  }

  // rule: CMP-01
  /**
   * Interleaved allocations for (A, 2026-11), (A, 2026-12) and (B, 2026-11) each count on their
   * own: each starts at 1 and increases (a gapless adapter: 1, 2, 3, …), and allocating for one
   * key leaves the others' last serials unchanged.
   */
  @Test
  public void series_and_periods_count_on_their_own_when_allocations_interleave() {
    NumberSequences adapter = freshAdapter();
    SeriesId a = newSeries();
    SeriesId b = newSeries();
    List<SequenceKey> keys = List.of(new SequenceKey(a, NOVEMBER), new SequenceKey(a, DECEMBER),
        new SequenceKey(b, NOVEMBER));

    assertCountIndependently(adapter, keys, 5);

    SequenceKey busy = keys.get(0);
    OptionalLong[] othersBefore = {freshAdapter().lastAllocated(keys.get(1)),
        freshAdapter().lastAllocated(keys.get(2))};
    for (int n = 0; n < 10; n++) {
      adapter.next(busy);
    }
    assertEquals(othersBefore[0], freshAdapter().lastAllocated(keys.get(1)),
        () -> "allocating for " + busy + " changed " + keys.get(1));
    assertEquals(othersBefore[1], freshAdapter().lastAllocated(keys.get(2)),
        () -> "allocating for " + busy + " changed " + keys.get(2));
  }

  // rule: CMP-01
  /**
   * Threads allocating together on different keys do not disturb each other: per key the serials
   * are distinct, and a gapless adapter hands out exactly 1 to the number of allocations per key.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void concurrent_allocations_on_different_keys_do_not_disturb_each_other()
      throws InterruptedException {
    NumberSequences adapter = freshAdapter();
    SeriesId a = newSeries();
    SeriesId b = newSeries();
    List<SequenceKey> keys = List.of(new SequenceKey(a, NOVEMBER), new SequenceKey(a, DECEMBER),
        new SequenceKey(b, NOVEMBER));
    int threadCount = Math.max(keys.size(), threads() - threads() % keys.size());
    int perThread = mixedAllocationsPerThread();

    List<long[]> perThreadSerials = runTogether(threadCount,
        i -> () -> allocate(adapter, keys.get(i % keys.size()), perThread));

    for (int k = 0; k < keys.size(); k++) {
      List<long[]> ofKey = new ArrayList<>();
      for (int i = k; i < perThreadSerials.size(); i += keys.size()) {
        assertIncreasing(perThreadSerials.get(i), "thread " + i);
        ofKey.add(perThreadSerials.get(i));
      }
      long[] all = sortedUnion(ofKey);
      assertDistinctAndPositive(all, keys.get(k));
      if (adapter.isGapless()) {
        assertOneToN(all, keys.get(k));
      }
    }
  }

  // rule: CMP-01
  /**
   * Keys that storage could easily mix up are independent: series differing only in letter case,
   * periods differing only in letter case, series and period that run together into the same text
   * ({@code Sx1}+{@code 2026-11} and {@code Sx}+{@code 12026-11}), and series differing only in
   * Chinese characters ({@code 投诉} and {@code 维修}). Each starts at 1.
   */
  @Test
  public void keys_differing_only_in_letter_case_in_where_the_series_ends_or_in_chinese_are_independent() {
    NumberSequences adapter = freshAdapter();
    String base = newSeries().value();
    SeriesId lower = SeriesId.of(base.toLowerCase(Locale.ROOT));
    SeriesId upper = SeriesId.of(base.toUpperCase(Locale.ROOT));
    Set<SequenceKey> keys = new LinkedHashSet<>(List.of(
        new SequenceKey(lower, NOVEMBER),
        new SequenceKey(upper, NOVEMBER),
        new SequenceKey(lower, "all"),
        new SequenceKey(lower, "ALL"),
        new SequenceKey(SeriesId.of(base + "x1"), NOVEMBER),
        new SequenceKey(SeriesId.of(base + "x"), "1" + NOVEMBER),
        new SequenceKey(SeriesId.of(base + "投诉"), NOVEMBER),
        new SequenceKey(SeriesId.of(base + "维修"), NOVEMBER)));

    assertCountIndependently(adapter, List.copyOf(keys), 3);
  }

  // rule: CMP-01
  /**
   * What one adapter instance allocated, a fresh instance reads back: its last allocated serial is
   * the last one handed out, and its next serial is larger (a gapless adapter: exactly one more),
   * which the first instance then reads back in turn.
   */
  @Test
  public void a_fresh_adapter_instance_reads_back_the_last_serial_and_continues_after_it() {
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    NumberSequences writer = freshAdapter();
    long last = 0;
    for (int n = 0; n < 25; n++) {
      last = writer.next(key);
    }
    long handedOut = last;

    NumberSequences reader = freshAdapter();
    assertEquals(OptionalLong.of(handedOut), reader.lastAllocated(key),
        () -> "last allocated of " + key + " through a fresh adapter instance");
    long following = reader.next(key);
    assertTrue(following > handedOut, () -> "the fresh instance's next serial of " + key + ", "
        + following + ", is not larger than the last one handed out, " + handedOut);
    if (reader.isGapless()) {
      assertEquals(handedOut + 1, following, () -> "the gapless fresh instance skipped a serial");
    }
    assertEquals(OptionalLong.of(following), writer.lastAllocated(key),
        () -> "the first instance does not read back what the fresh one allocated for " + key);
  }

  // rule: CMP-01
  /**
   * A key never used has no last allocated serial, through any instance; reading it does not use
   * it, so its first allocation still returns 1.
   */
  @Test
  public void a_key_never_used_has_no_last_serial_and_reading_it_does_not_use_it() {
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    NumberSequences adapter = freshAdapter();

    assertEquals(OptionalLong.empty(), adapter.lastAllocated(key));
    assertEquals(OptionalLong.empty(), freshAdapter().lastAllocated(key));
    assertEquals(OptionalLong.empty(), adapter.lastAllocated(key), "a second read");
    assertEquals(1, freshAdapter().next(key), () -> "the first allocation of " + key);
    assertEquals(OptionalLong.of(1), adapter.lastAllocated(key));
  }

  // rule: CMP-01
  /**
   * A gapless adapter hands out 1, 2, 3, … in the order of allocation, never skipping one, and
   * reads back each as the last allocated serial. Skipped for adapters that do not claim
   * gaplessness.
   */
  @Test
  public void a_gapless_adapter_hands_out_1_2_3_in_order_without_skipping() {
    NumberSequences adapter = freshAdapter();
    assumeTrue(adapter.isGapless(), "the adapter does not claim to be gapless");
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);

    for (long expected = 1; expected <= 1_000; expected++) {
      assertEquals(expected, adapter.next(key), "serial of " + key);
      if (expected % 100 == 0) {
        assertEquals(OptionalLong.of(expected), adapter.lastAllocated(key));
      }
    }
  }

  // rule: CMP-01
  /**
   * A gapless adapter hands out exactly 1 to n when several threads allocate n serials together
   * through several instances over the same storage, and reads back n as the last one. Skipped for
   * adapters that do not claim gaplessness.
   *
   * @throws InterruptedException if the test thread is interrupted
   */
  @Test
  public void a_gapless_adapter_hands_out_exactly_1_to_n_when_threads_and_instances_allocate_together()
      throws InterruptedException {
    NumberSequences[] instances = instances(4);
    assumeTrue(instances[0].isGapless(), "the adapter does not claim to be gapless");
    SequenceKey key = new SequenceKey(newSeries(), NOVEMBER);
    int perThread = mixedAllocationsPerThread();

    List<long[]> perThreadSerials = runTogether(threads(),
        i -> () -> allocate(instances[i % instances.length], key, perThread));

    long[] all = sortedUnion(perThreadSerials);
    assertOneToN(all, key);
    assertEquals(OptionalLong.of(all.length), freshAdapter().lastAllocated(key));
  }

  // rule: CMP-01
  /**
   * A gapless adapter continues at exactly the next serial whichever instance over the storage
   * allocates, taking turns. Skipped for adapters that do not claim gaplessness.
   */
  @Test
  public void a_gapless_adapter_continues_at_the_next_serial_on_any_instance() {
    NumberSequences[] instances = instances(3);
    assumeTrue(instances[0].isGapless(), "the adapter does not claim to be gapless");
    SequenceKey key = new SequenceKey(newSeries(), DECEMBER);

    for (int expected = 1; expected <= 30; expected++) {
      NumberSequences adapter = instances[expected % instances.length];
      assertEquals(expected, adapter.next(key), "serial of " + key);
    }
  }

  /** A {@code null} key is refused with a {@link NullPointerException} by both methods. */
  @Test
  public void a_null_key_is_refused_with_a_NullPointerException() {
    NumberSequences adapter = freshAdapter();

    assertThrows(NullPointerException.class, () -> adapter.next(null));
    assertThrows(NullPointerException.class, () -> adapter.lastAllocated(null));
  }

  private NumberSequences[] instances(int count) {
    NumberSequences[] instances = new NumberSequences[count];
    for (int i = 0; i < count; i++) {
      instances[i] = freshAdapter();
    }
    return instances;
  }

  private int mixedAllocationsPerThread() {
    return Math.max(1, allocationsPerThread() / 10);
  }

  private static long[] allocate(NumberSequences adapter, SequenceKey key, int count) {
    long[] serials = new long[count];
    for (int n = 0; n < count; n++) {
      serials[n] = adapter.next(key);
    }
    return serials;
  }

  /**
   * Allocates {@code rounds} times for every key in turn; each key must start at 1 and increase
   * (gapless: count 1, 2, 3, …), and a fresh instance must read back each key's last serial.
   */
  private void assertCountIndependently(NumberSequences adapter, List<SequenceKey> keys,
      int rounds) {
    long[][] serials = new long[keys.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < keys.size(); k++) {
        serials[k][r] = adapter.next(keys.get(k));
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      SequenceKey key = keys.get(k);
      assertEquals(1, serials[k][0], () -> "the first serial of " + key + " (the serials of "
          + keys + " were " + Arrays.deepToString(serials) + ")");
    }
    NumberSequences reader = freshAdapter();
    for (int k = 0; k < keys.size(); k++) {
      SequenceKey key = keys.get(k);
      long[] ofKey = serials[k];
      assertIncreasing(ofKey, key.toString());
      if (adapter.isGapless()) {
        assertOneToN(ofKey, key);
      }
      assertEquals(OptionalLong.of(ofKey[rounds - 1]), reader.lastAllocated(key),
          () -> "last allocated of " + key + " through a fresh adapter instance");
    }
  }

  private static long[] sortedUnion(List<long[]> parts) {
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }

  private static void assertIncreasing(long[] serials, String who) {
    for (int n = 1; n < serials.length; n++) {
      if (serials[n] <= serials[n - 1]) {
        fail(who + " got serial " + serials[n] + " after " + serials[n - 1]
            + ": serials must increase");
      }
    }
  }

  private static void assertDistinctAndPositive(long[] sorted, SequenceKey key) {
    if (sorted.length > 0 && sorted[0] < 1) {
      fail("serial " + sorted[0] + " of " + key + " is not 1 or more");
    }
    for (int n = 1; n < sorted.length; n++) {
      if (sorted[n] == sorted[n - 1]) {
        fail("serial " + sorted[n] + " of " + key + " was handed out more than once");
      }
    }
  }

  private static void assertOneToN(long[] sorted, SequenceKey key) {
    for (int n = 0; n < sorted.length; n++) {
      if (sorted[n] != n + 1) {
        fail("the gapless adapter should have handed out exactly 1.." + sorted.length + " for "
            + key + ", but sorted, position " + (n + 1) + " holds " + sorted[n]);
      }
    }
  }

  /**
   * Runs {@code threadCount} tasks on as many threads, released together once all have started;
   * returns their results in task order, or fails with the first task's failure or on a timeout.
   */
  private <T> List<T> runTogether(int threadCount, IntFunction<Callable<T>> tasks)
      throws InterruptedException {
    Duration limit = timeout();
    long limitMillis = limit.toMillis();
    ExecutorService pool = Executors.newFixedThreadPool(threadCount, daemonThreads());
    try {
      CountDownLatch ready = new CountDownLatch(threadCount);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>(threadCount);
      for (int i = 0; i < threadCount; i++) {
        Callable<T> task = tasks.apply(i);
        futures.add(pool.submit(() -> {
          ready.countDown();
          if (!go.await(limitMillis, MILLISECONDS)) {
            throw new TimeoutException("not released within " + limit);
          }
          return task.call();
        }));
      }
      assertTrue(ready.await(limitMillis, MILLISECONDS),
          () -> threadCount + " threads did not start within " + limit);
      go.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(limitMillis, MILLISECONDS), () -> threadCount
          + " threads did not finish within " + limit + ": does the adapter deadlock?");
      List<T> results = new ArrayList<>(threadCount);
      for (int i = 0; i < threadCount; i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new AssertionError("thread " + i + " failed: " + e.getCause(), e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable,
          "number-sequences-contract-" + THREADS_STARTED.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
