package org.aftersales.examples.postgres.service;

import static java.util.Objects.requireNonNull;

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
 * The rows of {@code outbox_event} as the contract tests read them: every undelivered event in
 * the order stored, decoded by the class name stored beside it — what the repositories wrote,
 * without the relay's claims. The contracts' {@code outbox()} of this package and of the survey
 * and work-report tests.
 */
public final class StoredOutbox implements Outbox {

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * The outbox table behind {@code connections}.
   *
   * @param connections the test database's connections
   * @param json the payloads' codec
   */
  public StoredOutbox(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public List<OutboxEvent> undelivered(int max) {
    return connections.withConnection("reading the outbox", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT event_id, event_type, payload::text"
          + " FROM outbox_event WHERE delivered_at IS NULL ORDER BY position LIMIT ?")) {
        s.setInt(1, max);
        List<OutboxEvent> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Object event = json.read(r.getString(3), type(r.getString(2)));
            out.add(new OutboxEvent(EventId.of(r.getString(1)), (DomainEvent) event));
          }
        }
        return out;
      }
    });
  }

  @Override
  public void markDelivered(EventId eventId) {
    connections.withConnection("marking " + eventId + " delivered", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event"
          + " SET delivered_at = clock_timestamp() WHERE event_id = ? AND delivered_at IS NULL")) {
        s.setString(1, eventId.value());
        return s.executeUpdate();
      }
    });
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("an outbox event of an unknown type " + name, e);
    }
  }
}
