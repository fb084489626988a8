package org.aftersales.examples.postgres.faults;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.testkit.store.UnitOfWork;

/**
 * The testkit's unit of work (工作单元) over a {@link PostgresStore}: a host transaction is
 * {@link Transactions#inTransaction}, and a call inside one is nested behind a savepoint — what
 * the fault-injection suite's DURING faults need to undo one adapter call alone. Made by
 * {@link #emptied}, which first empties every table of the store's schema, so that each run of
 * a scenario starts on empty storage without the cost of a new database.
 */
public final class PostgresUnitOfWork implements UnitOfWork {

  private final PostgresStore store;
  private final List<String> tables;

  private PostgresUnitOfWork(PostgresStore store, List<String> tables) {
    this.store = store;
    this.tables = tables;
  }

  /**
   * Empties every table of {@code store}'s schema but Flyway's history and restarts its
   * sequences, then returns the unit of work over it: the effect of TRUNCATE … RESTART IDENTITY,
   * done with DELETE, which on tables of a few dozen rows takes about 5 ms where one TRUNCATE of
   * the schema's tables took about 100 ms (it replaces every table's files): measured over the
   * penalty suite's 176 runs, 0.95 s of DELETE against 17.6 s of TRUNCATE, which was nearly all
   * of that suite's 17.8 s.
   *
   * @param store a database of its own (the tables of the test class that owns it)
   * @return the unit of work over the now empty tables
   */
  public static PostgresUnitOfWork emptied(PostgresStore store) {
    requireNonNull(store, "store");
    List<String> tables = new ArrayList<>();
    StringBuilder empty = new StringBuilder();
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      // Tables that reference another first, so that no foreign key refuses a DELETE (the
      // schema's references are one level deep).
      try (ResultSet r = s.executeQuery("""
          SELECT t.tablename FROM pg_tables t
          WHERE t.schemaname = '%s' AND t.tablename <> 'flyway_schema_history'
          ORDER BY NOT EXISTS (SELECT 1 FROM pg_constraint k
                               WHERE k.contype = 'f'
                                 AND k.conrelid = format('%%I.%%I', t.schemaname,
                                     t.tablename)::regclass), t.tablename"""
          .formatted(PostgresStore.SCHEMA))) {
        while (r.next()) {
          tables.add(r.getString(1));
          empty.append("DELETE FROM ").append(r.getString(1)).append(";\n");
        }
      }
      try (ResultSet r = s.executeQuery("SELECT sequencename FROM pg_sequences WHERE schemaname = '"
          + PostgresStore.SCHEMA + "' ORDER BY 1")) {
        while (r.next()) {
          empty.append("ALTER SEQUENCE ").append(r.getString(1)).append(" RESTART;\n");
        }
      }
      c.setAutoCommit(false);
      s.execute(empty.toString());
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("emptying the tables of " + store, e);
    }
    return new PostgresUnitOfWork(store, List.copyOf(tables));
  }

  /**
   * The adapters' connection source.
   *
   * @return the store's transactions
   */
  public Transactions connections() {
    return store.transactions();
  }

  /**
   * The pool, for adapters that take a connection of their own.
   *
   * @return the store's data source
   */
  public DataSource dataSource() {
    return store.dataSource();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return store.transactions().inTransaction(c -> work.get());
  }

  /**
   * How many rows each table holds — none twice, none lost: a scenario's outcome compares them
   * with the fault-free run's, which catches a row no adapter's query reads back (an outbox row
   * or a ledger appended twice).
   *
   * @return table name → row count, by name
   */
  Map<String, Long> rowCounts() {
    StringBuilder sql = new StringBuilder();
    for (String table : tables) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append("SELECT '").append(table).append("', count(*) FROM ").append(table);
    }
    return store.transactions().withConnection("counting rows", c -> {
      Map<String, Long> counts = new TreeMap<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
      return counts;
    });
  }
}
