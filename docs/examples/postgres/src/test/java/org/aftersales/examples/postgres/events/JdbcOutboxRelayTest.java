package org.aftersales.examples.postgres.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relays on two and four application nodes (each its own pool, one database): every event is
 * delivered, none twice; a dead node's claim expires and another node takes its events over; a change's
 * events are stored with it or not at all.
 *
 * <p>// rule: the outbox relay on all nodes (issue 14): every event delivered, none twice
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JdbcOutboxRelayTest {

  private static final AftersalesJson JSON = new AftersalesJson();
  private static PostgresStore nodeA;
  private static PostgresStore nodeB;

  @BeforeAll
  static void open() {
    nodeA = TestDatabase.node("outbox_relay", 8);
    nodeB = TestDatabase.node("outbox_relay", 8);
  }

  @AfterAll
  static void close() {
    nodeA.close();
    nodeB.close();
  }

  private static final AtomicInteger CHANGES = new AtomicInteger();

  private static List<OutboxEvent> change(int events) {
    int n = CHANGES.incrementAndGet();
    DocumentNumber number = DocumentNumber.of(SeriesId.of("RELAY"), "2611" + n, "2026-11",
        LocalDate.of(2026, 11, 1), n);
    List<DomainEvent> list = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      list.add(i % 2 == 0
          ? new ComplaintRegistered(number, Instant.parse("2026-11-02T02:00:00.123456Z"),
              Instant.parse("2026-11-02T02:00:00.000001Z").plusSeconds(i))
          : new ComplaintVoided(number, "客户撤回投诉 " + i, Instant.parse("2026-11-03T00:00:00Z")));
    }
    return OutboxEvent.of("relay", "c" + n, Version.of(1), list);
  }

  private static void store(PostgresStore node, List<OutboxEvent> events) {
    node.transactions().atomically("storing events", c -> {
      OutboxRows.append(c, events, JSON);
      return null;
    });
  }

  private static void drain(PostgresStore node) {
    new EventRelay(new JdbcOutbox(node.transactions(), JSON, "drain"), e -> { })
        .relayAll(1000, 1000);
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void nodes_relaying_at_once_deliver_every_event_once_and_each_in_the_order_stored(int count)
      throws Exception {
    drain(nodeA);
    List<OutboxEvent> stored = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      stored.addAll(change(1 + i % 3));
    }
    List<PostgresStore> nodes = new ArrayList<>(List.of(nodeA, nodeB));
    for (int n = 2; n < count; n++) {
      nodes.add(TestDatabase.node("outbox_relay", 4));
    }
    Map<EventId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<String, List<EventId>> byNode = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(count + 1);
    try {
      // The producer keeps storing changes while every node's relay runs.
      Future<?> producer = pool.submit(() -> {
        for (int i = 0, n = 0; i < stored.size(); n++) {
          int size = 1 + (n % 3);
          List<OutboxEvent> batch = stored.subList(i, Math.min(stored.size(), i + size));
          store(nodes.get(n % nodes.size()), batch);
          i += batch.size();
        }
        return null;
      });
      List<Future<?>> relays = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        PostgresStore node = nodes.get(n);
        String name = "node-" + n;
        List<EventId> mine = java.util.Collections.synchronizedList(new ArrayList<>());
        byNode.put(name, mine);
        EventRelay relay = new EventRelay(new JdbcOutbox(node.transactions(), JSON, name),
            e -> {
              deliveries.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
              mine.add(e.eventId());
            });
        relays.add(pool.submit(() -> {
          while (deliveries.size() < stored.size()) {
            if (relay.relay(7) == 0) {
              Thread.sleep(2);
            }
          }
          return null;
        }));
      }
      producer.get(1, TimeUnit.MINUTES);
      for (Future<?> relay : relays) {
        relay.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      for (PostgresStore extra : nodes.subList(2, nodes.size())) {
        extra.close();
      }
    }
    assertEquals(stored.size(), deliveries.size());
    for (OutboxEvent e : stored) {
      assertEquals(1, deliveries.get(e.eventId()).get(), () -> e.eventId() + " delivered twice");
    }
    long busy = byNode.values().stream().filter(l -> !l.isEmpty()).count();
    assertTrue(busy >= 2, () -> "only " + busy + " of " + count + " nodes delivered");
    // Each node delivered the events it got oldest first: a change's events in their order.
    Map<EventId, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < stored.size(); i++) {
      order.put(stored.get(i).eventId(), i);
    }
    for (List<EventId> delivered : byNode.values()) {
      for (int i = 1; i < delivered.size(); i++) {
        assertTrue(order.get(delivered.get(i - 1)) < order.get(delivered.get(i)),
            "a node delivered out of the order stored");
      }
    }
  }

  @Test
  void a_dead_nodes_claim_expires_and_another_node_takes_its_events_over() throws Exception {
    drain(nodeA);
    List<OutboxEvent> events = change(3);
    store(nodeA, events);
    JdbcOutbox dead = new JdbcOutbox(nodeA.transactions(), JSON, "node-dead",
        Duration.ofMillis(400));
    assertEquals(events, dead.undelivered(10));
    JdbcOutbox alive = new JdbcOutbox(nodeB.transactions(), JSON, "node-alive");
    assertEquals(List.of(), alive.undelivered(10), "claimed by a live lease");
    Thread.sleep(600);
    assertEquals(events, alive.undelivered(10), "the expired claim is taken over");
    assertEquals(List.of(), dead.undelivered(10), "now node-alive's claim");
    for (OutboxEvent e : events) {
      alive.markDelivered(e.eventId());
    }
    Thread.sleep(600);
    assertEquals(List.of(), dead.undelivered(10));
  }

  @Test
  void a_node_restarts_with_the_event_its_publisher_failed_on() {
    drain(nodeA);
    List<OutboxEvent> events = change(3);
    store(nodeA, events);
    JdbcOutbox outbox = new JdbcOutbox(nodeA.transactions(), JSON, "node-retry");
    AtomicInteger calls = new AtomicInteger();
    EventRelay failing = new EventRelay(outbox, e -> {
      if (calls.incrementAndGet() == 2) {
        throw new IllegalStateException("the broker is down");
      }
    });
    assertThrows(IllegalStateException.class, () -> failing.relay(10));
    assertEquals(events.subList(1, 3), outbox.undelivered(10));
  }

  @Test
  void a_changes_events_rolled_back_with_the_hosts_transaction_leave_nothing() {
    drain(nodeA);
    List<OutboxEvent> events = change(2);
    IllegalStateException boom = new IllegalStateException("the host fails after the append");
    assertThrows(IllegalStateException.class, () -> nodeA.transactions().inTransaction(c -> {
      OutboxRows.append(c, events, JSON);
      throw boom;
    }));
    assertEquals(List.of(), new JdbcOutbox(nodeB.transactions(), JSON, "node-check")
        .undelivered(100));
  }
}
