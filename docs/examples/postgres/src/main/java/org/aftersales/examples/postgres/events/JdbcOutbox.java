package org.aftersales.examples.postgres.events;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link Outbox} port over the {@code outbox_event} table (发件箱), for one
 * application node's {@code EventRelay}: {@link #undelivered} CLAIMS the batch it returns, so that
 * relays on several nodes never get the same event while a claim lasts.
 *
 * <h2>Table and SQL</h2>
 * The repositories append rows with {@link OutboxRows#append} in their own transactions;
 * {@code position} (a sequence) is the order stored. One statement claims a batch:
 * <pre>{@code
 * WITH claimed AS (
 *   UPDATE outbox_event SET claimed_by = :node, claimed_until = now() + :lease
 *   WHERE position IN (SELECT position FROM outbox_event
 *                      WHERE delivered_at IS NULL
 *                        AND (claimed_until IS NULL OR claimed_until < now() OR claimed_by = :node)
 *                      ORDER BY position LIMIT :max FOR UPDATE SKIP LOCKED)
 *   RETURNING position, event_id, event_type, payload)
 * SELECT … FROM claimed ORDER BY position
 * }</pre>
 * The partial index {@code outbox_event_undelivered (position) WHERE delivered_at IS NULL} serves
 * the inner query. {@code FOR UPDATE SKIP LOCKED} makes two relays claiming at the same moment
 * take disjoint batches without waiting for each other (row locks only, never a table lock); the
 * committed claim ({@code claimed_by}, {@code claimed_until}) keeps the batch from other nodes
 * until the lease ends. {@link #markDelivered} sets {@code delivered_at}
 * ({@code UPDATE … WHERE event_id = ? AND delivered_at IS NULL}: marking twice, or an unknown ID,
 * changes nothing).
 *
 * <h2>Claims</h2>
 * <ul>
 *   <li>A node re-takes its own unexpired claims: when the publisher failed at an event, the
 *       node's next run starts again with it, as {@code EventRelay} promises. Run one relay per
 *       node name at a time (one scheduler thread): two relays under one name may get the same
 *       events (delivered at least once, receivers de-duplicate by event ID).</li>
 *   <li>A node that dies holding a claim delays its events by at most the lease; then any node
 *       takes them over. Choose the lease longer than a batch takes to publish: if it ends
 *       mid-batch, another node may deliver the rest again (at least once).</li>
 *   <li>Order: each node delivers its batch oldest first, a change's events in their order.
 *       Across nodes running at once, an event claimed by one node may be delivered after a
 *       later one claimed by another — the order holds per relay, not globally.</li>
 * </ul>
 * Each call is one statement: in the host's transaction when one is open on the calling thread
 * (then the claim commits with it), else in autocommit. A failed statement claims or marks
 * nothing.
 */
public final class JdbcOutbox implements Outbox {

  /** The default lease of a claim: 30 seconds. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

  private static final String CLAIM = """
      WITH claimed AS (
        UPDATE outbox_event SET claimed_by = ?,
            claimed_until = now() + ? * interval '1 millisecond'
        WHERE position IN (
          SELECT position FROM outbox_event
          WHERE delivered_at IS NULL
            AND (claimed_until IS NULL OR claimed_until < now() OR claimed_by = ?)
          ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED)
        RETURNING position, event_id, event_type, payload)
      SELECT event_id, event_type, payload::text FROM claimed ORDER BY position""";

  private static final String MARK = """
      UPDATE outbox_event SET delivered_at = now()
      WHERE event_id = ? AND delivered_at IS NULL""";

  private final ConnectionSource connections;
  private final AftersalesJson json;
  private final String node;
  private final long leaseMillis;

  /**
   * An outbox for the node {@code node} with the {@link #DEFAULT_LEASE}.
   *
   * @param connections where the {@code outbox_event} table is
   * @param json the events' JSON form
   * @param node this application node's name, unique among the nodes, e.g. host name and port
   */
  public JdbcOutbox(ConnectionSource connections, AftersalesJson json, String node) {
    this(connections, json, node, DEFAULT_LEASE);
  }

  /**
   * An outbox for the node {@code node}.
   *
   * @param connections where the {@code outbox_event} table is
   * @param json the events' JSON form
   * @param node this application node's name, unique among the nodes, 1 to 200 characters
   * @param lease how long a claim keeps a batch from other nodes, at least one millisecond
   */
  public JdbcOutbox(ConnectionSource connections, AftersalesJson json, String node,
      Duration lease) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
    this.node = requireNonNull(node, "node");
    if (node.isBlank() || node.length() > 200) {
      throw new IllegalArgumentException("a node name is 1 to 200 characters: " + node);
    }
    this.leaseMillis = requireNonNull(lease, "lease").toMillis();
    if (leaseMillis < 1) {
      throw new IllegalArgumentException("the lease must be 1 ms or more: " + lease);
    }
  }

  /**
   * Claims and returns the oldest undelivered events that no other node holds a live claim on.
   *
   * @param max how many at most, 1 or more
   * @return the claimed events, oldest first
   * @throws InvalidInputException if {@code max} is less than 1
   */
  @Override
  public List<OutboxEvent> undelivered(int max) {
    if (max < 1) {
      throw InvalidInputException.of("max", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), max);
    }
    return connections.withConnection("claiming undelivered events for " + node, c -> {
      try (PreparedStatement s = c.prepareStatement(CLAIM)) {
        s.setString(1, node);
        s.setLong(2, leaseMillis);
        s.setString(3, node);
        s.setInt(4, max);
        List<OutboxEvent> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(new OutboxEvent(EventId.of(r.getString(1)), event(r.getString(2),
                r.getString(3))));
          }
        }
        return List.copyOf(out);
      }
    });
  }

  private DomainEvent event(String type, String payload) {
    Class<? extends DomainEvent> eventClass;
    try {
      // Not initialized before the check: a stored name can only ever load an event class.
      eventClass = Class.forName(type, false, JdbcOutbox.class.getClassLoader())
          .asSubclass(DomainEvent.class);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the outbox holds an event of unknown type " + type, e);
    }
    return json.read(payload, eventClass);
  }

  @Override
  public void markDelivered(EventId eventId) {
    requireNonNull(eventId, "eventId");
    connections.withConnection("marking " + eventId.value() + " delivered", c -> {
      try (PreparedStatement s = c.prepareStatement(MARK)) {
        s.setString(1, eventId.value());
        return s.executeUpdate();
      }
    });
  }

  /**
   * This node's name, as stored in {@code claimed_by}.
   *
   * @return the name
   */
  public String node() {
    return node;
  }
}
