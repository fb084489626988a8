package org.aftersales.examples.postgres.contract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The rows {@code OutboxRows.append} wrote, read back as the {@link Outbox} port for the contract
 * tests (undelivered, in the order stored): the repositories' tests need to see what a save
 * appended, no more. The relay's outbox with its claims is {@code events.JdbcOutbox}.
 */
final class OutboxRowsReader implements Outbox {

  private final ConnectionSource connections;
  private final AftersalesJson json;

  OutboxRowsReader(ConnectionSource connections, AftersalesJson json) {
    this.connections = connections;
    this.json = json;
  }

  @Override
  public List<OutboxEvent> undelivered(int max) {
    return connections.withConnection("reading the outbox", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT event_id, event_type, payload"
          + " FROM outbox_event WHERE delivered_at IS NULL ORDER BY position LIMIT ?")) {
        s.setInt(1, max);
        List<OutboxEvent> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            events.add(new OutboxEvent(EventId.of(r.getString(1)),
                json.read(r.getString(3), eventType(r.getString(2)))));
          }
        }
        return events;
      }
    });
  }

  @Override
  public void markDelivered(EventId eventId) {
    connections.withConnection("marking an event delivered", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE outbox_event SET delivered_at = now() WHERE event_id = ?")) {
        s.setString(1, eventId.value());
        return s.executeUpdate();
      }
    });
  }

  private static Class<? extends DomainEvent> eventType(String name) {
    try {
      return Class.forName(name).asSubclass(DomainEvent.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unknown event type " + name, e);
    }
  }
}
