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

/**
 * Relays on several application nodes (each its own pool, one database): every event is delivered,
 * none twice; a dead node's claim expires and another node takes its events over; a change's
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

  @Test
  void two_nodes_relaying_at_once_deliver_every_event_once_and_each_change_in_order()
      throws Exception {
    drain(nodeA);
    List<OutboxEvent> stored = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<OutboxEvent> change = change(1 + i % 3);
      stored.addAll(change);
    }
    Map<EventId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<String, List<EventId>> byNode = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      // The producer keeps storing changes while both relays run.
      Future<?> producer = pool.submit(() -> {
        for (int i = 0; i < stored.size(); ) {
          int size = 1 + (i / 2) % 3;
          List<OutboxEvent> batch = stored.subList(i, Math.min(stored.size(), i + size));
          store(i % 2 == 0 ? nodeA : nodeB, batch);
          i += batch.size();
        }
        return null;
      });
      List<Future<?>> relays = new ArrayList<>();
      for (PostgresStore node : List.of(nodeA, nodeB)) {
        String name = node == nodeA ? "node-a" : "node-b";
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
    }
    assertEquals(stored.size(), deliveries.size());
    for (OutboxEvent e : stored) {
      assertEquals(1, deliveries.get(e.eventId()).get(), () -> e.eventId() + " delivered twice");
    }
    assertTrue(byNode.get("node-a").size() > 0 && byNode.get("node-b").size() > 0,
        () -> "both nodes delivered: " + byNode.get("node-a").size() + " / "
            + byNode.get("node-b").size());
    // Each node delivered the events it got oldest first: a change's events in their order.
    List<EventId> order = stored.stream().map(OutboxEvent::eventId).toList();
    for (List<EventId> delivered : byNode.values()) {
      for (int i = 1; i < delivered.size(); i++) {
        assertTrue(order.indexOf(delivered.get(i - 1)) < order.indexOf(delivered.get(i)),
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
