package org.aftersales.examples.postgres.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * Appends a change's events to the {@code outbox_event} table (发件箱写入) on the connection the
 * change is written on, so that they commit with it or not at all. Every repository of this
 * project calls it inside the same {@code ConnectionSource.atomically(…)} call as its save.
 *
 * <p>Each event becomes one row: {@code event_id} (unique: appending an ID already stored fails
 * the statement, and with it the caller's transaction), {@code event_type} (the event's class
 * name, to read it back) and {@code payload} (its JSON, {@link AftersalesJson}). The rows get
 * their {@code position} from a sequence in the order given, so a change's events are delivered
 * in their order.
 */
public final class OutboxRows {

  private static final String INSERT =
      "INSERT INTO outbox_event (event_id, event_type, payload) VALUES (?, ?, CAST(? AS jsonb))";

  private OutboxRows() {}

  /**
   * Appends {@code events}, in order, on {@code connection}, in its current transaction.
   *
   * @param connection the connection the change is written on (the caller commits)
   * @param events the change's events, in order; nothing is done for none
   * @param json the events' JSON form
   * @throws SQLException if the database refuses, e.g. an event ID already stored
   */
  public static void append(Connection connection, List<OutboxEvent> events, AftersalesJson json)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(INSERT)) {
      for (OutboxEvent e : events) {
        s.setString(1, e.eventId().value());
        s.setString(2, e.event().getClass().getName());
        s.setString(3, json.write(e.event()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
