package org.aftersales.examples.postgres.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    appendWritten(connection, events, events.stream().map(e -> json.write(e.event())).toList());
  }

  /**
   * Appends {@code events} whose payloads the caller has already written (a notice is its own
   * event: the notice log stores the same JSON as its document), in order, on {@code connection}.
   *
   * @param connection the connection the change is written on (the caller commits)
   * @param events the change's events, in order; nothing is done for none
   * @param payloads each event's JSON ({@link AftersalesJson#write} of {@link OutboxEvent#event()}),
   *     in the same order
   * @throws SQLException if the database refuses, e.g. an event ID already stored
   */
  public static void appendWritten(Connection connection, List<OutboxEvent> events,
      List<String> payloads) throws SQLException {
    if (events.size() != payloads.size()) {
      throw new IllegalArgumentException(events.size() + " events, " + payloads.size()
          + " payloads");
    }
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < events.size(); i++) {
        OutboxEvent e = events.get(i);
        s.setString(1, e.eventId().value());
        s.setString(2, e.event().getClass().getName());
        s.setString(3, payloads.get(i));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Binds the parameters of a write statement given to {@link #writeWith}.
   */
  @FunctionalInterface
  public interface Binder {

    /**
     * Binds the write's parameters, numbered from 1 as in the write's own text.
     *
     * @param statement the whole statement (the write's parameters come first)
     * @throws SQLException if binding fails
     */
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Runs {@code write} (one {@code INSERT} or {@code UPDATE} of an aggregate's row, without a
   * {@code RETURNING} clause) and appends {@code events} to the outbox only if it wrote a row —
   * as ONE statement, one round trip:
   * <pre>{@code
   * WITH written AS (<write> RETURNING 1),
   *      appended AS (INSERT INTO outbox_event (event_id, event_type, payload)
   *                   SELECT … FROM unnest(?, ?, ?) WITH ORDINALITY …
   *                   WHERE EXISTS (SELECT 1 FROM written) ORDER BY ordinality)
   * SELECT count(*) FROM written
   * }</pre>
   * One statement is atomic by itself, so the save needs no savepoint inside a host transaction
   * (two round trips fewer than a savepoint, a write and an append): a row count of 0 — the
   * caller's refusal, e.g. a stale version or a key already stored with {@code ON CONFLICT DO
   * NOTHING} — writes nothing at all; a failing statement (an event ID already stored) writes
   * nothing either, and, like any failed statement, leaves a host transaction to be rolled back.
   * The events get their positions in the order given.
   *
   * @param connection the connection the change is written on (the caller commits)
   * @param write the write, its parameters numbered from 1
   * @param parameters how many parameters the write has
   * @param binder binds them
   * @param events the change's events, in order; may be empty
   * @param json the events' JSON form
   * @return the rows the write wrote (0 or 1 for a write of one row)
   * @throws SQLException if the database refuses or fails
   */
  public static int writeWith(Connection connection, String write, int parameters, Binder binder,
      List<OutboxEvent> events, AftersalesJson json) throws SQLException {
    String sql = "WITH written AS (" + write + " RETURNING 1), appended AS ("
        + "INSERT INTO outbox_event (event_id, event_type, payload)"
        + " SELECT e.id, e.type, CAST(e.payload AS jsonb)"
        + " FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(id, type, payload,"
        + " ord) WHERE EXISTS (SELECT 1 FROM written) ORDER BY e.ord)"
        + " SELECT count(*) FROM written";
    int n = events.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    String[] payloads = new String[n];
    for (int i = 0; i < n; i++) {
      OutboxEvent e = events.get(i);
      ids[i] = e.eventId().value();
      types[i] = e.event().getClass().getName();
      payloads[i] = json.write(e.event());
    }
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      binder.bind(s);
      s.setArray(parameters + 1, connection.createArrayOf("text", ids));
      s.setArray(parameters + 2, connection.createArrayOf("text", types));
      s.setArray(parameters + 3, connection.createArrayOf("text", payloads));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
