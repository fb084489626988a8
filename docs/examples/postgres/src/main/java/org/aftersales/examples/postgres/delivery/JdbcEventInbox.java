package org.aftersales.examples.postgres.delivery;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link DomainEventPublisher} port as an inbox table (事件收件箱) that the ERP's
 * integration jobs read: {@link #publish} writes the event into {@code event_inbox} — its event ID,
 * its class name, the event as a {@code jsonb} document ({@link AftersalesJson}, read back equal),
 * its own instant and {@code published_at} (the database's clock).
 *
 * <h2>De-duplicated by event ID</h2>
 * The relay delivers at least once; receivers de-duplicate by {@link OutboxEvent#eventId()}, which
 * is stable across deliveries. So {@link #publish} is one {@code INSERT … ON CONFLICT ON
 * CONSTRAINT event_inbox_event_id DO NOTHING} ({@code event_id} unique, {@code COLLATE "C"}: IDs
 * differing only in letter case are different events). Of concurrent publishes of one ID the
 * database lets one insert; the others wait for its transaction and insert nothing, or insert if
 * it rolled back. No lock is taken beyond the inserted row. A repeat returns normally and changes
 * nothing: the first delivery's row stays.
 *
 * <h2>Transactions</h2>
 * The statement runs through the {@link ConnectionSource}: in the host's transaction when one is
 * open on the calling thread (then the row commits or rolls back with it), else in autocommit. A
 * failed statement writes nothing and surfaces as
 * {@link org.aftersales.examples.postgres.PostgresAccessException}; the relay then offers the event
 * again.
 */
public final class JdbcEventInbox implements DomainEventPublisher {

  private static final String INSERT = """
      INSERT INTO event_inbox (event_id, event_type, payload, occurred_at)
      VALUES (?, ?, CAST(? AS jsonb), ?)
      ON CONFLICT ON CONSTRAINT event_inbox_event_id DO NOTHING""";
  private static final String FIND =
      "SELECT event_type, payload::text FROM event_inbox WHERE event_id = ?";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An inbox over {@code connections}.
   *
   * @param connections the database with the {@code event_inbox} table (migration V7)
   * @param json the events' JSON form: the same as the one that reads them back
   */
  public JdbcEventInbox(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  /**
   * Writes the event into the inbox unless an event with its ID is there already.
   *
   * @param event the event and its stable ID
   */
  @Override
  public void publish(OutboxEvent event) {
    requireNonNull(event, "event");
    String payload = json.write(event.event());
    connections.withConnection("publishing " + event.eventId().value() + " to the inbox", c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, event.eventId().value());
        s.setString(2, event.event().getClass().getName());
        s.setString(3, payload);
        s.setObject(4, OffsetDateTime.ofInstant(
            event.event().occurredAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        return s.executeUpdate();
      }
    });
  }

  /**
   * The event in the inbox under {@code id}, as it was first published.
   *
   * @param id the event ID, compared exactly
   * @return the event, or empty if none was published under that ID
   * @throws IllegalStateException if the row names a class that is not a known event
   */
  public Optional<OutboxEvent> find(EventId id) {
    requireNonNull(id, "id");
    return connections.withConnection("reading " + id.value() + " from the inbox", c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(new OutboxEvent(id, event(r.getString(1),
              r.getString(2)))) : Optional.<OutboxEvent>empty();
        }
      }
    });
  }

  private DomainEvent event(String type, String payload) {
    Class<? extends DomainEvent> eventClass;
    try {
      // Not initialized before the check: a stored name can only ever load an event class.
      eventClass = Class.forName(type, false, JdbcEventInbox.class.getClassLoader())
          .asSubclass(DomainEvent.class);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the event inbox holds an event of unknown type " + type, e);
    }
    return json.read(payload, eventClass);
  }

  /**
   * E.g. {@code JdbcEventInbox[event_inbox]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcEventInbox[event_inbox]";
  }
}
