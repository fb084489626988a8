package org.aftersales.examples.postgres.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run queries use the indexes of {@code V6__contracts.sql} once a table is large (the
 * ports' Javadoc: "a database adapter indexes …"): over 40 000 rows each, in a database of its
 * own (rows made by SQL, days spread over eleven years, analysed), the planner answers a week's
 * window through the window's index, not by reading every row in key order. The SQL explained is
 * the adapters' own ({@link DocumentTable#pageSql} with each adapter's filter).
 * // rule: CON-01, CON-03, CON-07, CON-09 — the runs' queries scale
 */
class ContractQueryPlansTest {

  private static final int ROWS = 40_000;
  private static PostgresStore store;

  @BeforeAll
  static void fill() throws SQLException {
    store = TestDatabase.node("contract_query_plans", 2);
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      // Idempotent: the database lives as long as the test server.
      s.execute("TRUNCATE contract_file, project_handover, property_sale_reminder, property_sale,"
          + " change_record");
      s.execute("INSERT INTO contract_file SELECT 'HT-' || lpad(i::text, 6, '0'), 1, '{}',"
          + " DATE '2020-01-01' + i % 4000, DATE '2020-01-01' + i % 4000 + 364"
          + " FROM generate_series(1, " + ROWS + ") i");
      s.execute("INSERT INTO project_handover SELECT 'XM-' || lpad(i::text, 6, '0'), 1, '{}',"
          + " DATE '2020-01-01' + i % 4000, DATE '2020-01-01' + i % 4000 + 45"
          + " FROM generate_series(1, " + ROWS + ") i");
      s.execute("INSERT INTO property_sale SELECT 'GF-' || lpad(i::text, 6, '0'), 1, '{}'"
          + " FROM generate_series(1, " + ROWS + ") i");
      s.execute("INSERT INTO property_sale_reminder SELECT 'GF-' || lpad(i::text, 6, '0'),"
          + " DATE '2020-01-01' + i % 4000 + k * 90"
          + " FROM generate_series(1, " + ROWS + ") i, generate_series(0, 2) k");
      s.execute("INSERT INTO change_record SELECT 'BG-' || lpad(i::text, 6, '0'), 1, '{}',"
          + " TIMESTAMPTZ '2020-01-01 00:00:00+00' + (i % 4000) * INTERVAL '1 day'"
          + " FROM generate_series(1, " + ROWS + ") i");
      s.execute("ANALYZE contract_file, project_handover, property_sale, property_sale_reminder,"
          + " change_record");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String plan(String table, String key, String filter, Object... window)
      throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "EXPLAIN " + DocumentTable.pageSql(table, key, filter, false))) {
      int i = 1;
      for (Object bound : window) {
        s.setObject(i++, bound);
      }
      s.setInt(i, 100);
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static final LocalDate FROM = LocalDate.of(2030, 6, 3);
  private static final LocalDate TO = FROM.plusDays(7);

  @Test
  void the_obligation_run_reads_the_contracts_covering_a_week_through_the_last_day_index()
      throws SQLException {
    // A week after nearly every contract ended (the last ones end 12 December 2031): the last
    // day's index finds the few left. (For a week most contracts cover, reading in key order and
    // stopping at the page's end is cheaper, and the planner does that.)
    LocalDate from = LocalDate.of(2031, 12, 6);
    String plan = plan(JdbcContracts.TABLE, JdbcContracts.KEY, JdbcContracts.RUN_FILTER,
        from.plusDays(7), from);
    assertTrue(plan.contains("contract_file_last_day"), plan);
  }

  @Test
  void the_handover_run_reads_a_weeks_join_by_and_due_days_through_their_two_indexes()
      throws SQLException {
    String plan = plan(JdbcProjectHandovers.TABLE, JdbcProjectHandovers.KEY,
        JdbcProjectHandovers.RUN_FILTER, FROM, TO, FROM, TO);
    assertTrue(plan.contains("project_handover_join_by")
        && plan.contains("project_handover_due_by"), plan);
  }

  @Test
  void the_property_run_reads_a_weeks_reminder_days_through_their_index() throws SQLException {
    String plan = plan(JdbcPropertySales.TABLE, JdbcPropertySales.KEY,
        JdbcPropertySales.RUN_FILTER, FROM, TO);
    assertTrue(plan.contains("property_sale_reminder_due"), plan);
  }

  @Test
  void the_safeguard_run_reads_a_days_change_windows_through_the_window_start_index()
      throws SQLException {
    OffsetDateTime from = FROM.atStartOfDay().atOffset(ZoneOffset.UTC);
    String plan = plan(JdbcChangeRecords.TABLE, JdbcChangeRecords.KEY,
        JdbcChangeRecords.RUN_FILTER, from, from.plusDays(1));
    assertTrue(plan.contains("change_record_window_start"), plan);
  }
}
