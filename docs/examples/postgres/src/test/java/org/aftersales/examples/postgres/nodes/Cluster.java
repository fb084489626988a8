package org.aftersales.examples.postgres.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.time.TestClock;

/**
 * Several application nodes over ONE fresh database: each node is an independent library
 * instance — its own pool ({@link TestDatabase#node}), its own {@link AftersalesJson}, its own
 * {@link TestClock} (all showing the same instant) and its own relay ({@link EventRelay} over a
 * {@link JdbcOutbox} named after the node). The relays of all nodes run in the background from
 * {@link #startRelays()} until {@link #drainRelays()}; every delivery is counted per event ID.
 */
final class Cluster implements AutoCloseable {

  /** One node: an independent instance of the library. */
  record Node(int index, PostgresStore store, AftersalesJson json, TestClock clock) { }

  static final int POOL_PER_NODE = 16;

  final String database;
  final List<Node> nodes = new ArrayList<>();
  private final Map<EventId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<EventId, OutboxEvent> delivered = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> deliveredByNode = new ConcurrentHashMap<>();
  private final AtomicBoolean relaying = new AtomicBoolean();
  private final ExecutorService relayThreads;
  private final List<Future<?>> relays = new ArrayList<>();

  /**
   * Opens {@code count} nodes on a new database named {@code prefix} plus a random suffix; the
   * first node migrates it before the others open.
   */
  Cluster(String prefix, int count, Instant now, java.time.ZoneId zone) {
    this.database = prefix + "_" + count + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    for (int i = 0; i < count; i++) {
      nodes.add(new Node(i, TestDatabase.node(database, POOL_PER_NODE), new AftersalesJson(),
          TestClock.at(now, zone)));
    }
    relayThreads = Executors.newFixedThreadPool(count);
  }

  /** Sets every node's clock to {@code at} (the nodes' clocks show the same instant). */
  void setClocks(Instant at) {
    nodes.forEach(n -> n.clock().set(at));
  }

  /** Starts one relay per node (one scheduler thread each, as the adopter guide asks). */
  void startRelays() {
    relaying.set(true);
    for (Node node : nodes) {
      AtomicInteger mine = deliveredByNode.computeIfAbsent(node.index(), k -> new AtomicInteger());
      EventRelay relay = new EventRelay(new JdbcOutbox(node.store().transactions(), node.json(),
          "node-" + node.index()), e -> {
            deliveries.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
            delivered.put(e.eventId(), e);
            mine.incrementAndGet();
          });
      relays.add(relayThreads.submit(() -> {
        while (relaying.get()) {
          if (relay.relay(25) == 0) {
            Thread.sleep(3);
          }
        }
        return null;
      }));
    }
  }

  /** Waits until the outbox has nothing undelivered, then stops the relays. */
  void drainRelays() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (undelivered() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the relays left " + undelivered() + " events undelivered");
      }
      Thread.sleep(10);
    }
    relaying.set(false);
    for (Future<?> f : relays) {
      f.get(1, TimeUnit.MINUTES);
    }
    relays.clear();
  }

  private long undelivered() {
    return nodes.get(0).store().transactions().withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /** The IDs of every event stored in the outbox, read with SQL (not through the port). */
  Set<EventId> storedEventIds() {
    return nodes.get(0).store().transactions().withConnection("reading", c -> {
      Set<EventId> ids = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement("SELECT event_id FROM outbox_event");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(EventId.of(r.getString(1)));
        }
      }
      return ids;
    });
  }

  /** A count of the rows of {@code table} (a fixed name from the test) matching {@code where}. */
  long count(String table, String where) {
    return nodes.get(0).store().transactions().withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM " + table + " WHERE " + where);
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /**
   * Asserts that every event of the outbox was delivered exactly once by the relays of all
   * nodes together, and returns them.
   */
  List<OutboxEvent> assertEveryEventDeliveredOnce() {
    Set<EventId> stored = storedEventIds();
    assertEquals(stored, deliveries.keySet(), "every stored event delivered, nothing else");
    for (Map.Entry<EventId, AtomicInteger> e : deliveries.entrySet()) {
      assertEquals(1, e.getValue().get(), () -> e.getKey() + " delivered more than once");
    }
    return List.copyOf(delivered.values());
  }

  /** How many events each node's relay delivered, by node index. */
  Map<Integer, Integer> deliveredByNode() {
    Map<Integer, Integer> out = new java.util.TreeMap<>();
    deliveredByNode.forEach((k, v) -> out.put(k, v.get()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Runs {@code work(node, thread)} on every node with {@code threadsPerNode} threads each, all
   * started together, and waits for them (the first failure is rethrown).
   */
  void allAtOnce(int threadsPerNode, NodeWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (Node node : nodes) {
        for (int t = 0; t < threadsPerNode; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            start.await();
            work.run(node, thread);
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(3, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Work one thread of one node does. */
  @FunctionalInterface
  interface NodeWork {
    void run(Node node, int thread) throws Exception;
  }

  @Override
  public void close() {
    relaying.set(false);
    relayThreads.shutdownNow();
    nodes.forEach(n -> n.store().close());
  }
}
