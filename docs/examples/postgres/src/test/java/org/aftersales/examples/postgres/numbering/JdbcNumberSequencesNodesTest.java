package org.aftersales.examples.postgres.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several application nodes (each its own pool, one database), 16 threads per node, drawing
 * complaint numbers for the last month of one period and the first of the next (the month
 * boundary), each draw in a host transaction of its own: gapless mode hands out exactly 1 … n per
 * month, own-transaction mode unique serials increasing in every thread.
 *
 * <p>// rule: CMP-01 (年月流水: unique serials per month; gapless where declared)
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class JdbcNumberSequencesNodesTest {

  private static final int THREADS_PER_NODE = 16;
  private static final int DRAWS_PER_THREAD = 100;

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void gapless_nodes_hand_out_exactly_1_to_n_per_month_across_the_boundary(int nodes)
      throws Exception {
    Map<SequenceKey, List<Long>> drawn = draw(nodes, true);
    for (Map.Entry<SequenceKey, List<Long>> e : drawn.entrySet()) {
      List<Long> serials = new ArrayList<>(e.getValue());
      serials.sort(null);
      for (int i = 0; i < serials.size(); i++) {
        assertEquals(i + 1L, serials.get(i), () -> e.getKey() + " skipped or repeated a serial");
      }
    }
    assertEquals(nodes * THREADS_PER_NODE * DRAWS_PER_THREAD,
        drawn.values().stream().mapToInt(List::size).sum());
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void own_transaction_nodes_hand_out_unique_serials_per_month_across_the_boundary(int nodes)
      throws Exception {
    Map<SequenceKey, List<Long>> drawn = draw(nodes, false);
    for (Map.Entry<SequenceKey, List<Long>> e : drawn.entrySet()) {
      assertEquals(e.getValue().size(), e.getValue().stream().distinct().count(),
          () -> e.getKey() + " handed out a serial twice");
      assertTrue(e.getValue().stream().allMatch(s -> s >= 1));
    }
  }

  /** Every thread alternates November and December; each thread's serials must increase. */
  private static Map<SequenceKey, List<Long>> draw(int nodes, boolean gapless) throws Exception {
    SeriesId series = SeriesId.of("CMP-" + UUID.randomUUID());
    List<SequenceKey> months = List.of(new SequenceKey(series, "2026-11"),
        new SequenceKey(series, "2026-12"));
    Map<SequenceKey, ConcurrentLinkedQueue<Long>> drawn = new ConcurrentHashMap<>();
    months.forEach(m -> drawn.put(m, new ConcurrentLinkedQueue<>()));
    List<PostgresStore> stores = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(nodes * THREADS_PER_NODE);
    try {
      for (int n = 0; n < nodes; n++) {
        stores.add(TestDatabase.node("sequence_nodes", THREADS_PER_NODE + 1));
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> work = new ArrayList<>();
      for (PostgresStore store : stores) {
        JdbcNumberSequences sequences = gapless
            ? JdbcNumberSequences.gapless(store.transactions())
            : JdbcNumberSequences.ownTransaction(store.dataSource());
        for (int t = 0; t < THREADS_PER_NODE; t++) {
          int thread = t;
          work.add(pool.submit(() -> {
            start.await();
            long[] last = new long[months.size()];
            for (int i = 0; i < DRAWS_PER_THREAD; i++) {
              int m = (i + thread) % months.size();
              SequenceKey key = months.get(m);
              long serial = store.transactions().inTransaction(c -> sequences.next(key));
              assertTrue(serial > last[m], "a later draw of one thread is larger");
              last[m] = serial;
              drawn.get(key).add(serial);
            }
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> f : work) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      stores.forEach(PostgresStore::close);
    }
    Map<SequenceKey, List<Long>> out = new ConcurrentHashMap<>();
    drawn.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }
}
