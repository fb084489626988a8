package org.aftersales.examples.postgres.delivery;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.Notifications;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link Notifications} port as an inbox table (通知收件箱) that the ERP's own screens
 * and mail/SMS jobs read: {@link #send} writes the notice into {@code notification_inbox} — its
 * key part by part, the key's text, the recipient, the kind's code and its English and Chinese
 * names, the delivery, the instant, the plain parameters ({@code jsonb}, for the ERP's templates),
 * the whole notice ({@code jsonb}, read back equal) and {@code handed_over_at} (the database's
 * clock).
 *
 * <h2>Once per key</h2>
 * The relay hands a notice over at least once (a relay crashed after sending, two relays ran at
 * once); the port's Javadoc asks an implementation that must not send twice to ignore a key it has
 * seen. So {@link #send} is one {@code INSERT … ON CONFLICT ON CONSTRAINT notification_inbox_key
 * DO NOTHING}, the constraint being unique over the key's five parts ({@link NoticeKey#text()}
 * alone is not unique: a part may hold {@code '/'}). Of concurrent sends of one key the database
 * lets one insert; the others wait for its transaction and insert nothing, or insert if it rolled
 * back. No lock is taken beyond the inserted row. A repeat returns normally (the notice is handed
 * over) and changes nothing: the first hand-over's row and instant stay.
 *
 * <h2>Transactions</h2>
 * The statement runs through the {@link ConnectionSource}: in the host's transaction when one is
 * open on the calling thread (then the row commits or rolls back with it), else in autocommit.
 * A failed statement writes nothing and surfaces as
 * {@link org.aftersales.examples.postgres.PostgresAccessException}; the relay then offers the
 * notice again. Every kind is written, an adopter's own included (its names as it gave them).
 * A notice awaiting a digest is written too, for the ERP's dashboard; the digest is its own row.
 */
public final class JdbcNotificationInbox implements Notifications {

  private static final String INSERT = """
      INSERT INTO notification_inbox (source_kind, source_id, rule, step, occurrence,
          notice_key, recipient, kind, kind_name_en, kind_name_zh, delivery, occurred_at,
          parameters, document)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))
      ON CONFLICT ON CONSTRAINT notification_inbox_key DO NOTHING""";
  private static final String FIND = "SELECT document::text FROM notification_inbox"
      + " WHERE source_kind = ? AND source_id = ? AND rule = ? AND step = ? AND occurrence = ?";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An inbox over {@code connections}.
   *
   * @param connections the database with the {@code notification_inbox} table (migration V7)
   * @param json the notices' JSON form (the parameters and the document)
   */
  public JdbcNotificationInbox(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  /**
   * Writes the notice into the inbox unless a notice with its key is there already.
   *
   * @param notice the notice
   */
  @Override
  public void send(Notice notice) {
    requireNonNull(notice, "notice");
    String parameters = json.write(notice.parameters());
    String document = json.write(notice);
    NoticeKey k = notice.key();
    connections.withConnection("handing over notice " + k.text(), c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, k.sourceKind());
        s.setString(2, k.sourceId());
        s.setString(3, k.rule().value());
        s.setString(4, k.step());
        s.setString(5, k.occurrence());
        s.setString(6, k.text());
        s.setString(7, notice.recipient().text());
        s.setString(8, notice.kind().code());
        s.setString(9, notice.kind().displayName().english());
        s.setString(10, notice.kind().displayName().chinese());
        s.setString(11, notice.delivery().name());
        s.setObject(12, micros(notice.occurredAt()));
        s.setString(13, parameters);
        s.setString(14, document);
        return s.executeUpdate();
      }
    });
  }

  /**
   * The notice in the inbox under {@code key}, as it was first handed over.
   *
   * @param key the notice's key, compared part by part, exactly
   * @return the notice, or empty if none was handed over under that key
   */
  public Optional<Notice> find(NoticeKey key) {
    requireNonNull(key, "key");
    return connections.withConnection("reading notice " + key.text() + " from the inbox", c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, key.sourceKind());
        s.setString(2, key.sourceId());
        s.setString(3, key.rule().value());
        s.setString(4, key.step());
        s.setString(5, key.occurrence());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(json.read(r.getString(1), Notice.class))
              : Optional.<Notice>empty();
        }
      }
    });
  }

  /** The instant's whole microseconds, as the driver binds a timestamptz. */
  private static OffsetDateTime micros(Instant t) {
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /**
   * E.g. {@code JdbcNotificationInbox[notification_inbox]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcNotificationInbox[notification_inbox]";
  }
}
