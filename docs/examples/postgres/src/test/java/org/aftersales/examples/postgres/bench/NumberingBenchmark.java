package org.aftersales.examples.postgres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numbers drawn per second (取号吞吐量) by {@link JdbcNumberSequences} from {@link Bench#THREADS}
 * threads, in gapless mode (each draw in a host transaction of its own, as a registration draws
 * it: the key's row stays locked until the commit) and in own-transaction mode (autocommit), on
 * one hot key (every registration of a month) and spread over 8 series × 12 months (a draw picks
 * a key at random). Target: 5 000 draws/s or more. // rule: CMP-01
 */
class NumberingBenchmark {

  private static final int DRAWS_PER_THREAD = 500;
  private static final SequenceKey HOT = new SequenceKey(SeriesId.COMPLAINTS, "2026-11");
  private static final List<SequenceKey> SPREAD = spread();

  private static PostgresStore store;

  @BeforeAll
  static void open() {
    store = TestDatabase.node(Bench.database("numbering"), Bench.THREADS + 4);
    Bench.log("numbering: " + Bench.load());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<SequenceKey> spread() {
    List<SequenceKey> keys = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      for (int m = 1; m <= 12; m++) {
        keys.add(new SequenceKey(SeriesId.of("BENCH-" + s),
            String.format(Locale.ROOT, "2026-%02d", m)));
      }
    }
    return keys;
  }

  private static SequenceKey anyKey() {
    return SPREAD.get(ThreadLocalRandom.current().nextInt(SPREAD.size()));
  }

  private static double drawsPerSecond(Bench.Operation draw) throws Exception {
    long nanos = Bench.parallel(Bench.THREADS, DRAWS_PER_THREAD, draw);
    return Bench.perSecond((long) Bench.THREADS * DRAWS_PER_THREAD, nanos);
  }

  @Test
  void gapless_draws_each_in_a_host_transaction_of_its_own_on_one_hot_key() throws Exception {
    Transactions tx = store.transactions();
    NumberSequences numbers = JdbcNumberSequences.gapless(tx);
    long before = numbers.lastAllocated(HOT).orElse(0);
    Bench.rounds("numbering gapless, host transaction per draw, one hot key, "
        + Bench.THREADS + " threads", "draws/s",
        () -> drawsPerSecond((t, i) -> tx.inTransaction(c -> numbers.next(HOT))));
    try (Waits waits = new Waits(store.dataSource())) {
      drawsPerSecond((t, i) -> tx.inTransaction(c -> numbers.next(HOT)));
      Bench.result("numbering gapless, one hot key, what the sessions do: " + waits.summary());
    }
    long drawn = (long) (Bench.WARMUP + Bench.ROUNDS + 1) * Bench.THREADS * DRAWS_PER_THREAD;
    assertEquals(before + drawn, numbers.lastAllocated(HOT).orElseThrow(),
        "every draw committed, no gap");
  }

  @Test
  void gapless_draws_each_in_a_host_transaction_of_its_own_over_96_keys() throws Exception {
    Transactions tx = store.transactions();
    NumberSequences numbers = JdbcNumberSequences.gapless(tx);
    Bench.rounds("numbering gapless, host transaction per draw, 96 keys, "
        + Bench.THREADS + " threads", "draws/s",
        () -> drawsPerSecond((t, i) -> tx.inTransaction(c -> numbers.next(anyKey()))));
  }

  @Test
  void own_transaction_draws_on_one_hot_key() throws Exception {
    NumberSequences numbers = JdbcNumberSequences.ownTransaction(store.dataSource());
    SequenceKey key = new SequenceKey(SeriesId.COMPLAINTS, "2026-12");
    Bench.rounds("numbering own transaction (autocommit), one hot key, " + Bench.THREADS
        + " threads", "draws/s", () -> drawsPerSecond((t, i) -> numbers.next(key)));
  }

  @Test
  void own_transaction_draws_over_96_keys() throws Exception {
    NumberSequences numbers = JdbcNumberSequences.ownTransaction(store.dataSource());
    Bench.rounds("numbering own transaction (autocommit), 96 keys, " + Bench.THREADS
        + " threads", "draws/s", () -> drawsPerSecond((t, i) -> numbers.next(anyKey())));
  }

  @Test
  void round_trips_of_a_gapless_draw_in_a_host_transaction() throws Exception {
    RoundTrips counting = new RoundTrips(store.dataSource());
    Transactions tx = new Transactions(counting);
    NumberSequences numbers = JdbcNumberSequences.gapless(tx);
    SequenceKey key = new SequenceKey(SeriesId.COMPLAINTS, "2027-02");
    tx.inTransaction(c -> numbers.next(key));
    counting.reset();
    int n = 100;
    for (int i = 0; i < n; i++) {
      tx.inTransaction(c -> numbers.next(key));
    }
    long total = counting.counts().values().stream().mapToLong(Long::longValue).sum();
    Bench.result(String.format(Locale.ROOT,
        "numbering round trips per gapless draw in a host transaction: %.1f %s",
        total / (double) n, counting.counts()));
  }

  @Test
  void gapless_draws_on_one_hot_key_from_one_thread() throws Exception {
    Transactions tx = store.transactions();
    NumberSequences numbers = JdbcNumberSequences.gapless(tx);
    SequenceKey key = new SequenceKey(SeriesId.COMPLAINTS, "2027-01");
    // The lock-free floor: one round trip and one commit per draw, nobody to wait for.
    Bench.rounds("numbering gapless, host transaction per draw, one key, 1 thread", "draws/s",
        () -> Bench.perSecond(4_000, Bench.parallel(1, 4_000,
            (t, i) -> tx.inTransaction(c -> numbers.next(key)))));
  }
}
