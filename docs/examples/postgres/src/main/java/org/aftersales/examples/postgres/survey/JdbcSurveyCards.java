package org.aftersales.examples.postgres.survey;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.PostgresAccessException;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * Survey cards (满意度调查卡, SUR-01…SUR-03) over PostgreSQL: the library's {@link SurveyCards}
 * port on the table {@code survey_card} (migration V3). One row per closed call, keyed by its
 * service request ID: the card's {@link AftersalesJson} document, a {@code version}, and the
 * columns the queries read — customer name and closing time ({@link #latestOfCustomer}, index
 * {@code survey_card_customer}, one backward step) and answer time ({@link #answeredBetween},
 * index {@code survey_card_answered}).
 *
 * <h2>Saving and locking</h2>
 * A save is ONE {@link ConnectionSource#atomically} call: the row and the change's events
 * ({@link OutboxRows#append}) commit together, in the host's transaction when one is open. A new
 * card (version 0) is {@code INSERT … ON CONFLICT DO NOTHING} (a second card for the call writes
 * nothing); an update is {@code UPDATE … WHERE service_request_id = ? AND version = ?} (a row
 * lock: of concurrent saves of one version the first wins). A save that wrote no row throws
 * {@link ConcurrentUpdateException} with the version stored (or none), as the in-memory adapter
 * does. <b>A refusal leaves nothing</b> — no row, no event — and aborts no host transaction (no
 * statement failed). A database failure is a {@link PostgresAccessException}. Customer names and
 * IDs are compared exactly ({@code COLLATE "C"}). Thread-safe.
 */
public final class JdbcSurveyCards implements SurveyCards {

  private static final String SELECT = "SELECT document::text FROM survey_card ";

  /** {@link #latestOfCustomer}: index survey_card_customer, one backward step. */
  static final String LATEST_OF_CUSTOMER = SELECT + "WHERE customer_name = ? AND closed_at <= ?"
      + " ORDER BY closed_at DESC, service_request_id DESC LIMIT 1";
  /** {@link #answeredBetween}: index survey_card_answered. */
  static final String ANSWERED_BETWEEN = SELECT + "WHERE answered_at >= ? AND answered_at < ?"
      + " ORDER BY answered_at, service_request_id LIMIT ?";

  private static final String INSERT = """
      INSERT INTO survey_card (service_request_id, version, customer_name, closed_at,
          answered_at, document)
      VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT DO NOTHING""";

  private static final String UPDATE = """
      UPDATE survey_card SET version = ?, customer_name = ?, closed_at = ?, answered_at = ?,
          document = CAST(? AS jsonb)
      WHERE service_request_id = ? AND version = ?""";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An adapter over {@code connections}.
   *
   * @param connections where the connection comes from: the host's transaction or one of its own
   * @param json the documents' codec
   */
  public JdbcSurveyCards(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<SurveyCard> find(ServiceRequestId serviceRequestId) {
    requireNonNull(serviceRequestId, "serviceRequestId");
    List<SurveyCard> found = query("reading the survey card of " + serviceRequestId,
        SELECT + "WHERE service_request_id = ?", serviceRequestId.value());
    return found.stream().findFirst();
  }

  @Override
  public SurveyCard save(SurveyCard card, List<OutboxEvent> events) {
    requireNonNull(card, "card");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return connections.atomically("saving the survey card of " + card.serviceRequestId(), c -> {
      SurveyCard saved = write(c, card);
      OutboxRows.append(c, toAppend, json);
      return saved;
    });
  }

  private SurveyCard write(Connection c, SurveyCard card) throws SQLException {
    Version expected = card.version();
    SurveyCard saved = card.withVersion(expected.next());
    String document = json.write(saved);
    int written;
    if (expected.isInitial()) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, saved.serviceRequestId().value());
        s.setLong(2, saved.version().value());
        s.setString(3, saved.customerName());
        s.setObject(4, utc(saved.closedAt()));
        setInstant(s, 5, saved.answeredAt().orElse(null));
        s.setString(6, document);
        written = s.executeUpdate();
      }
    } else {
      try (PreparedStatement s = c.prepareStatement(UPDATE)) {
        s.setLong(1, saved.version().value());
        s.setString(2, saved.customerName());
        s.setObject(3, utc(saved.closedAt()));
        setInstant(s, 4, saved.answeredAt().orElse(null));
        s.setString(5, document);
        s.setString(6, saved.serviceRequestId().value());
        s.setLong(7, expected.value());
        written = s.executeUpdate();
      }
    }
    if (written == 0) {
      // Read after the statement: under READ COMMITTED it sees the row that stopped it.
      throw new ConcurrentUpdateException(SurveyCard.KIND, card.serviceRequestId().value(),
          expected, storedVersion(c, card.serviceRequestId()));
    }
    return saved;
  }

  private static Version storedVersion(Connection c, ServiceRequestId id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM survey_card WHERE service_request_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  @Override
  public Optional<SurveyCard> latestOfCustomer(String customerName, Instant notAfter) {
    requireNonNull(customerName, "customerName");
    requireNonNull(notAfter, "notAfter");
    return query("reading the latest survey card of " + customerName,
        LATEST_OF_CUSTOMER, customerName, utc(notAfter)).stream().findFirst();
  }

  @Override
  public List<SurveyCard> answeredBetween(Instant from, Instant to, int max) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to",
          MessageBundle.CORE.message("core.service.periodReversed", "from", from), to);
    }
    return query("reading the survey cards answered in [" + from + ", " + to + ")",
        ANSWERED_BETWEEN, utc(from), utc(to), max);
  }

  private List<SurveyCard> query(String what, String sql, Object... parameters) {
    return connections.withConnection(what, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        List<SurveyCard> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(json.read(r.getString(1), SurveyCard.class));
          }
        }
        return out;
      }
    });
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void setInstant(PreparedStatement s, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, utc(instant));
    }
  }
}
