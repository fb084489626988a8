package org.aftersales.examples.postgres.penalty;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyLedgerMonth;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link PenaltyAccounts} port over the {@code penalty_ledger} table (罚款台账库):
 * one row per person, the ledger as a {@code jsonb} document, a {@code version} column for
 * optimistic concurrency, and columns derived from the ledger for the month-end run's query
 * ({@link PersonPenaltyLedger#toSettle(YearMonth)} in SQL): whether the account is closed, the
 * last month settled, every month settled, whether it has open items, the earliest month of a
 * pending posting. Months are stored as their first day ({@code date}).
 *
 * <h2>Saving</h2>
 * A save writes the row and appends the change's events to {@code outbox_event} in one
 * {@link ConnectionSource#atomically} call: both or neither, in the host's transaction when one is
 * open. A new ledger is an {@code INSERT … ON CONFLICT DO NOTHING}, a stored one an
 * {@code UPDATE … WHERE person_id = ? AND version = ?}; each locks only the row it writes (a
 * concurrent save of the same ledger waits for the first to commit, then finds the version
 * changed). When no row is written the adapter reads the stored version and throws
 * {@link ConcurrentUpdateException}, exactly as the in-memory adapter does, and appends no event;
 * the host's transaction stays usable.
 *
 * <h2>The month-end run</h2>
 * {@link #toSettle} and {@link #toSettleAfter} read the latest committed versions without locks,
 * in person-ID order ({@code COLLATE "C"}: by code point), paging on the primary key. A failing
 * database surfaces as {@link org.aftersales.examples.postgres.PostgresAccessException}.
 */
public final class JdbcPenaltyAccounts implements PenaltyAccounts {

  private static final String COLUMNS = "version, document::text";
  private static final String FIND = "SELECT " + COLUMNS
      + " FROM penalty_ledger WHERE person_id = ?";
  private static final String STORED_VERSION =
      "SELECT version FROM penalty_ledger WHERE person_id = ?";
  private static final String INSERT = """
      INSERT INTO penalty_ledger (version, closed, last_settled, settled_months, has_open_items,
          earliest_pending, document, currency, person_id)
      VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
      ON CONFLICT (person_id) DO NOTHING""";
  private static final String UPDATE = """
      UPDATE penalty_ledger SET version = ?, closed = ?, last_settled = ?, settled_months = ?,
          has_open_items = ?, earliest_pending = ?, document = CAST(? AS jsonb), currency = ?
       WHERE person_id = ? AND version = ?""";
  // PersonPenaltyLedger.toSettle(month) in SQL: the month settled already, or an account still
  // open, not settled for this month or a later one, with open items or a pending posting of the
  // month or earlier. Parameter 1 is the keyset position ('' sorts before every person ID).
  private static final String TO_SETTLE = "SELECT " + COLUMNS + """
       FROM penalty_ledger
      WHERE person_id > ?
        AND (? = ANY (settled_months)
             OR (NOT closed AND (last_settled IS NULL OR last_settled < ?)
                 AND (has_open_items OR earliest_pending <= ?)))
      ORDER BY person_id LIMIT ?""";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An adapter over {@code connections}.
   *
   * @param connections the database with the {@code penalty_ledger} and {@code outbox_event}
   *     tables (migrations V1 and V5)
   * @param json the ledger's and the events' JSON form
   */
  public JdbcPenaltyAccounts(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<PersonPenaltyLedger> find(PersonId person) {
    requireNonNull(person, "person");
    return connections.withConnection("reading the penalty ledger of " + person.value(), c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, person.value());
        return read(s).stream().findFirst();
      }
    });
  }

  @Override
  public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
    requireNonNull(ledger, "ledger");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    Version expected = ledger.version();
    PersonPenaltyLedger saved = ledger.withVersion(expected.next());
    String document = json.write(saved);
    Derived derived = Derived.of(saved);
    return connections.atomically("saving the penalty ledger of " + ledger.person().value(),
        c -> {
          int written;
          try (PreparedStatement s = c.prepareStatement(expected.isInitial() ? INSERT : UPDATE)) {
            s.setLong(1, saved.version().value());
            derived.set(c, s, 2);
            s.setString(7, document);
            s.setString(8, saved.currency().getCurrencyCode());
            s.setString(9, saved.person().value());
            if (!expected.isInitial()) {
              s.setLong(10, expected.value());
            }
            written = s.executeUpdate();
          }
          if (written == 0) {
            throw new ConcurrentUpdateException(PersonPenaltyLedger.KIND,
                ledger.person().value(), expected, storedVersion(c, ledger.person()));
          }
          OutboxRows.append(c, toAppend, json);
          return saved;
        });
  }

  private static Version storedVersion(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(STORED_VERSION)) {
      s.setString(1, person.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  @Override
  public List<PersonPenaltyLedger> toSettle(YearMonth month, int max) {
    requireNonNull(month, "month");
    return toSettle(month, "", max);
  }

  @Override
  public List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max) {
    requireNonNull(month, "month");
    requireNonNull(after, "after");
    return toSettle(month, after.value(), max);
  }

  private List<PersonPenaltyLedger> toSettle(YearMonth month, String after, int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    LocalDate first = month.atDay(1);
    return connections.withConnection("reading the penalty ledgers to settle in " + month, c -> {
      try (PreparedStatement s = c.prepareStatement(TO_SETTLE)) {
        s.setString(1, after);
        s.setObject(2, first);
        s.setObject(3, first);
        s.setObject(4, first);
        s.setInt(5, max);
        return read(s);
      }
    });
  }

  private List<PersonPenaltyLedger> read(PreparedStatement s) throws SQLException {
    List<PersonPenaltyLedger> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        // The version column is the truth; the document holds the same one.
        out.add(json.read(r.getString(2), PersonPenaltyLedger.class)
            .withVersion(Version.of(r.getLong(1))));
      }
    }
    return out;
  }

  /**
   * E.g. {@code JdbcPenaltyAccounts[penalty_ledger]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcPenaltyAccounts[penalty_ledger]";
  }

  /** The columns derived from a ledger for the month-end run's query; months as first days. */
  record Derived(boolean closed, LocalDate lastSettled, String[] settledMonths,
      boolean hasOpenItems, LocalDate earliestPending) {

    static Derived of(PersonPenaltyLedger l) {
      LocalDate earliest = null;
      for (PenaltyLedgerPosting p : l.pending()) {
        LocalDate m = p.month().atDay(1);
        earliest = earliest == null || m.isBefore(earliest) ? m : earliest;
      }
      return new Derived(l.account().closed(),
          l.account().lastSettled().map(m -> m.atDay(1)).orElse(null),
          l.months().stream().map(PenaltyLedgerMonth::statement)
              .map(m -> m.month().atDay(1).toString()).toArray(String[]::new),
          !l.account().openItems().isEmpty(), earliest);
    }

    // The settled months go as ISO text, which PostgreSQL reads as date[].
    void set(Connection c, PreparedStatement s, int first) throws SQLException {
      Array months = c.createArrayOf("date", settledMonths);
      s.setBoolean(first, closed);
      s.setObject(first + 1, lastSettled, java.sql.Types.DATE);
      s.setArray(first + 2, months);
      s.setBoolean(first + 3, hasOpenItems);
      s.setObject(first + 4, earliestPending, java.sql.Types.DATE);
    }
  }
}
