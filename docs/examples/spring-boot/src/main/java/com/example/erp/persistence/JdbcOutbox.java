package com.example.erp.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The library's {@link Outbox} port over the {@code outbox_event} table: the repositories append a
 * change's events on their own connection, in their transaction ({@link #append}); the relay reads
 * the undelivered ones in the order stored and marks each delivered.
 *
 * <p>"The order stored" is the order of the {@code position} column (a sequence). Transactions
 * running at once may commit a later position first, so a relay may see it before an earlier
 * one; one aggregate's changes never race (its version column serializes them), so its events
 * still come in order. Several relays at once may deliver an event twice — delivery is at least
 * once, receivers de-duplicate by event ID; claiming events with {@code FOR UPDATE SKIP LOCKED}
 * would keep two nodes from doing so.
 */
public final class JdbcOutbox implements Outbox {

  private static final String APPEND =
      "INSERT INTO outbox_event (event_id, event_type, payload) VALUES (?, ?, CAST(? AS jsonb))";
  private static final String UNDELIVERED = """
      SELECT event_id, event_type, payload::text FROM outbox_event
      WHERE delivered_at IS NULL ORDER BY position LIMIT ?""";
  private static final String MARK =
      "UPDATE outbox_event SET delivered_at = now() WHERE event_id = ? AND delivered_at IS NULL";

  private final DataSource dataSource;
  private final AftersalesJson json;

  /**
   * An outbox over {@code dataSource}.
   *
   * @param dataSource the database with the {@code outbox_event} table
   * @param json the events' JSON form
   */
  public JdbcOutbox(DataSource dataSource, AftersalesJson json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /**
   * Appends a change's events on {@code connection}, in the caller's transaction.
   *
   * @param connection the connection the state change is written on
   * @param events the events, in order
   * @throws SQLException if the database refuses
   */
  void append(Connection connection, List<OutboxEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(APPEND)) {
      for (OutboxEvent e : events) {
        s.setString(1, e.eventId().value());
        s.setString(2, e.event().getClass().getName());
        s.setString(3, json.write(e.event()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public List<OutboxEvent> undelivered(int max) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(UNDELIVERED)) {
      s.setInt(1, max);
      List<OutboxEvent> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new OutboxEvent(EventId.of(r.getString(1)),
              json.event(r.getString(2), r.getString(3))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the outbox", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  @Override
  public void markDelivered(EventId eventId) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(MARK)) {
      s.setString(1, eventId.value());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("marking " + eventId + " delivered", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }
}
