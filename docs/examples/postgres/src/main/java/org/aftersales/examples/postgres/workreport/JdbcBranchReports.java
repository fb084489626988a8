package org.aftersales.examples.postgres.workreport;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.PostgresAccessException;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * Signed branch reports (分公司日报表, SVC-09) over PostgreSQL: the library's {@link BranchReports}
 * port on the table {@code branch_report} (migration V3), one row per branch and business day
 * (the primary key): the report's {@link AftersalesJson} document, a {@code version}, the
 * signature's request ID and time.
 *
 * <h2>Saving and locking</h2>
 * A save is ONE {@link ConnectionSource#atomically} call: the row and the change's events
 * ({@link OutboxRows#append}) commit together, in the host's transaction when one is open. A new
 * report (version 0) is {@code INSERT … ON CONFLICT DO NOTHING} — a second new report for the
 * branch and day writes nothing; an update is {@code UPDATE … WHERE branch = ? AND day = ? AND
 * version = ?}, a row lock. A save that wrote no row throws {@link ConcurrentUpdateException}
 * (key {@code branch/day}, the stored version or none), as the in-memory adapter does. <b>A
 * refusal leaves nothing</b> — no row, no event — and aborts no host transaction. A database
 * failure is a {@link PostgresAccessException}. Thread-safe.
 */
public final class JdbcBranchReports implements BranchReports {

  private static final String INSERT = """
      INSERT INTO branch_report (branch, day, version, request_id, signed_at, document)
      VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT DO NOTHING""";

  private static final String UPDATE = """
      UPDATE branch_report SET version = ?, request_id = ?, signed_at = ?,
          document = CAST(? AS jsonb)
      WHERE branch = ? AND day = ? AND version = ?""";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An adapter over {@code connections}.
   *
   * @param connections where the connection comes from: the host's transaction or one of its own
   * @param json the documents' codec
   */
  public JdbcBranchReports(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<BranchReport> find(UnitId branch, LocalDate day) {
    requireNonNull(branch, "branch");
    requireNonNull(day, "day");
    return connections.withConnection("reading the report of " + branch + " on " + day, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT document::text FROM branch_report WHERE branch = ? AND day = ?")) {
        s.setString(1, branch.value());
        s.setObject(2, day);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(json.read(r.getString(1), BranchReport.class))
              : Optional.<BranchReport>empty();
        }
      }
    });
  }

  @Override
  public BranchReport save(BranchReport report, List<OutboxEvent> events) {
    requireNonNull(report, "report");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return connections.atomically("saving branch report " + report.key(), c -> {
      BranchReport saved = write(c, report);
      OutboxRows.append(c, toAppend, json);
      return saved;
    });
  }

  private BranchReport write(Connection c, BranchReport report) throws SQLException {
    Version expected = report.version();
    BranchReport saved = report.withVersion(expected.next());
    String document = json.write(saved);
    OffsetDateTime signedAt = OffsetDateTime.ofInstant(saved.signedAt(), ZoneOffset.UTC);
    int written;
    if (expected.isInitial()) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, saved.branch().value());
        s.setObject(2, saved.day());
        s.setLong(3, saved.version().value());
        s.setString(4, saved.requestId().value());
        s.setObject(5, signedAt);
        s.setString(6, document);
        written = s.executeUpdate();
      }
    } else {
      try (PreparedStatement s = c.prepareStatement(UPDATE)) {
        s.setLong(1, saved.version().value());
        s.setString(2, saved.requestId().value());
        s.setObject(3, signedAt);
        s.setString(4, document);
        s.setString(5, saved.branch().value());
        s.setObject(6, saved.day());
        s.setLong(7, expected.value());
        written = s.executeUpdate();
      }
    }
    if (written == 0) {
      // Read after the statement: under READ COMMITTED it sees the row that stopped it.
      throw new ConcurrentUpdateException(BranchReport.KIND, report.key(), expected,
          storedVersion(c, report));
    }
    return saved;
  }

  private static Version storedVersion(Connection c, BranchReport report) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM branch_report WHERE branch = ? AND day = ?")) {
      s.setString(1, report.branch().value());
      s.setObject(2, report.day());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }
}
