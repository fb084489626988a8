package org.aftersales.examples.postgres.workreport;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.PostgresAccessException;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The hotline and phone lapse log (热线 / 手机失联登记簿, SVC-19) over PostgreSQL: the library's
 * append-only {@link AvailabilityLog} port on the table {@code availability_lapse} (migration
 * V3), one row per lapse ID (the primary key, compared exactly): the lapse's
 * {@link AftersalesJson} document (its fine case included) beside its kind, the person
 * responsible and its times, for the ERP's own reports.
 *
 * <h2>Appending and locking</h2>
 * An append is ONE {@link ConnectionSource#atomically} call: {@code INSERT … ON CONFLICT DO
 * NOTHING} and the events ({@link OutboxRows#append}) commit together, in the host's transaction
 * when one is open. Of two concurrent appends of one ID the second waits for the first's commit
 * and inserts nothing; an append that inserted nothing throws
 * {@link DuplicateRequestException}, as the in-memory adapter does. <b>A refusal leaves
 * nothing</b> — no row, no event — and aborts no host transaction. Rows are never updated or
 * deleted. A database failure is a {@link PostgresAccessException}. Thread-safe.
 */
public final class JdbcAvailabilityLog implements AvailabilityLog {

  private static final String INSERT = """
      INSERT INTO availability_lapse (event_id, kind, responsible, from_at, to_at, recorded_at,
          document)
      VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT DO NOTHING""";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * A log over {@code connections}.
   *
   * @param connections where the connection comes from: the host's transaction or one of its own
   * @param json the documents' codec
   */
  public JdbcAvailabilityLog(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<AvailabilityLapse> find(RequestId eventId) {
    requireNonNull(eventId, "eventId");
    return connections.withConnection("reading availability lapse " + eventId, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT document::text FROM availability_lapse WHERE event_id = ?")) {
        s.setString(1, eventId.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(json.read(r.getString(1), AvailabilityLapse.class))
              : Optional.<AvailabilityLapse>empty();
        }
      }
    });
  }

  @Override
  public AvailabilityLapse append(AvailabilityLapse lapse, List<OutboxEvent> events) {
    requireNonNull(lapse, "lapse");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    String document = json.write(lapse);
    return connections.atomically("appending availability lapse " + lapse.eventId(), c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, lapse.eventId().value());
        s.setString(2, lapse.kind().name());
        s.setString(3, lapse.responsible().value());
        s.setObject(4, utc(lapse.from()));
        s.setObject(5, utc(lapse.to()));
        s.setObject(6, utc(lapse.recordedAt()));
        s.setString(7, document);
        if (s.executeUpdate() == 0) {
          throw new DuplicateRequestException(AvailabilityLapse.KIND, lapse.eventId());
        }
      }
      OutboxRows.append(c, toAppend, json);
      return lapse;
    });
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
