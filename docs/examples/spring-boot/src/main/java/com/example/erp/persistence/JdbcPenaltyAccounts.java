package com.example.erp.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The library's {@link PenaltyAccounts} port over the {@code penalty_ledger} table: one row per
 * person, the ledger's content as a JSON document, a {@code version} column for optimistic
 * concurrency, and a few columns derived from the content for the month-end run's query. A save
 * writes the row and the change's outbox events on one connection, in one transaction — the
 * caller's Spring transaction when there is one, else a transaction of its own.
 */
public final class JdbcPenaltyAccounts implements PenaltyAccounts {

  private static final String COLUMNS = "person_id, currency, version, content::text";
  private static final String FIND = "SELECT " + COLUMNS + " FROM penalty_ledger WHERE person_id = ?";
  private static final String VERSION = "SELECT version FROM penalty_ledger WHERE person_id = ?";
  private static final String INSERT = """
      INSERT INTO penalty_ledger (person_id, currency, version, content, closed, last_settled,
          settled_months, has_open_items, earliest_pending)
      VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
      ON CONFLICT (person_id) DO NOTHING""";
  private static final String UPDATE = """
      UPDATE penalty_ledger SET version = ?, content = CAST(? AS jsonb), closed = ?,
          last_settled = ?, settled_months = ?, has_open_items = ?, earliest_pending = ?
      WHERE person_id = ? AND version = ?""";
  // PersonPenaltyLedger.toSettle(month) in SQL: the month already settled, or an account still
  // open, not settled for this month or later, with open items or a pending posting of the month
  // or earlier. Months are 'YYYY-MM' text, which sorts as the months do.
  private static final String TO_SETTLE = "SELECT " + COLUMNS + """
       FROM penalty_ledger
      WHERE person_id > ?
        AND (? = ANY (settled_months)
             OR (NOT closed AND (last_settled IS NULL OR last_settled < ?)
                 AND (has_open_items OR earliest_pending <= ?)))
      ORDER BY person_id LIMIT ?""";

  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final AftersalesJson json;

  /**
   * An adapter over {@code dataSource}.
   *
   * @param dataSource the database with the {@code penalty_ledger} and {@code outbox_event} tables
   * @param outbox the outbox the change's events are appended to
   * @param json the ledger's JSON form
   */
  public JdbcPenaltyAccounts(DataSource dataSource, JdbcOutbox outbox, AftersalesJson json) {
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.json = json;
  }

  @Override
  public Optional<PersonPenaltyLedger> find(PersonId person) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(FIND)) {
      s.setString(1, person.value());
      List<PersonPenaltyLedger> found = read(s);
      return found.stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("reading the ledger of " + person, e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  @Override
  public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    // Outside a Spring transaction the connection is in autocommit: make the row and the events
    // one transaction of our own. Inside one, the caller's transaction spans both.
    boolean own = !DataSourceUtils.isConnectionTransactional(c, dataSource);
    try {
      if (own) {
        c.setAutoCommit(false);
      }
      try {
        PersonPenaltyLedger saved = write(c, ledger);
        outbox.append(c, events);
        if (own) {
          c.commit();
        }
        return saved;
      } catch (SQLException | RuntimeException e) {
        if (own) {
          c.rollback();
        }
        throw e;
      } finally {
        if (own) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("saving the ledger of " + ledger.person(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private PersonPenaltyLedger write(Connection c, PersonPenaltyLedger ledger)
      throws SQLException {
    Version expected = ledger.version();
    PersonPenaltyLedger saved = ledger.withVersion(expected.next());
    Derived d = Derived.of(saved);
    int written;
    if (expected.isInitial()) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, saved.person().value());
        s.setString(2, saved.currency().getCurrencyCode());
        s.setLong(3, saved.version().value());
        s.setString(4, json.ledgerContent(saved));
        d.set(c, s, 5);
        written = s.executeUpdate();
      }
    } else {
      try (PreparedStatement s = c.prepareStatement(UPDATE)) {
        s.setLong(1, saved.version().value());
        s.setString(2, json.ledgerContent(saved));
        d.set(c, s, 3);
        s.setString(8, saved.person().value());
        s.setLong(9, expected.value());
        written = s.executeUpdate();
      }
    }
    if (written == 0) {
      throw new ConcurrentUpdateException(PersonPenaltyLedger.KIND, ledger.person().value(),
          expected, storedVersion(c, ledger.person()));
    }
    return saved;
  }

  private static Version storedVersion(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(VERSION)) {
      s.setString(1, person.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  @Override
  public List<PersonPenaltyLedger> toSettle(YearMonth month, int max) {
    // "" sorts before every person ID.
    return toSettle(month, "", max);
  }

  @Override
  public List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max) {
    return toSettle(month, after.value(), max);
  }

  private List<PersonPenaltyLedger> toSettle(YearMonth month, String after, int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(TO_SETTLE)) {
      s.setString(1, after);
      s.setString(2, month.toString());
      s.setString(3, month.toString());
      s.setString(4, month.toString());
      s.setInt(5, max);
      return read(s);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the ledgers to settle in " + month, e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private List<PersonPenaltyLedger> read(PreparedStatement s) throws SQLException {
    List<PersonPenaltyLedger> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(json.ledger(PersonId.of(r.getString(1)), Currency.getInstance(r.getString(2)),
            Version.of(r.getLong(3)), r.getString(4)));
      }
    }
    return out;
  }

  /** The columns derived from a ledger for the month-end run's query. */
  private record Derived(boolean closed, String lastSettled, String[] settledMonths,
      boolean hasOpenItems, String earliestPending) {

    static Derived of(PersonPenaltyLedger l) {
      String earliest = null;
      for (PenaltyLedgerPosting p : l.pending()) {
        String m = p.month().toString();
        earliest = earliest == null || m.compareTo(earliest) < 0 ? m : earliest;
      }
      return new Derived(l.account().closed(),
          l.account().lastSettled().map(YearMonth::toString).orElse(null),
          l.months().stream().map(PenaltyLedgerMonth::statement)
              .map(m -> m.month().toString()).toArray(String[]::new),
          !l.account().openItems().isEmpty(), earliest);
    }

    void set(Connection c, PreparedStatement s, int first) throws SQLException {
      Array months = c.createArrayOf("text", settledMonths);
      s.setBoolean(first, closed);
      s.setString(first + 1, lastSettled);
      s.setArray(first + 2, months);
      s.setBoolean(first + 3, hasOpenItems);
      s.setString(first + 4, earliestPending);
    }
  }
}
