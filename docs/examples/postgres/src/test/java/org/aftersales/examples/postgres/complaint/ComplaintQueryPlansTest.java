package org.aftersales.examples.postgres.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reminder run's due queries of {@link JdbcComplaints} read the partial index of V8 once the
 * table is large: over 40 000 complaint cases in a database of their own (made by SQL, three in
 * four in progress, of those one in 250 due — never checked, or checked before the run — the
 * rest scheduled later or never; analysed), the planner answers both the first page and the
 * keyset page after a number through {@code complaint_case_reminder_due}, never by reading the
 * table nor the number index of every case in progress, and the pages hold exactly the due cases;
 * with every case in progress never checked (after the migration or a reset), a keyset page is a
 * range of the same index, not a scan from the first case. // rule: CMP-19 — a run is O(due)
 */
class ComplaintQueryPlansTest {

  private static final int ROWS = 40_000;
  private static final OffsetDateTime RUN = OffsetDateTime.parse("2026-11-30T02:00:00Z");
  private static PostgresStore store;

  @BeforeAll
  static void fill() throws SQLException {
    store = TestDatabase.node("remind_complaint_query_plans", 2);
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      // Idempotent: the database lives as long as the test server.
      s.execute("TRUNCATE complaint_case");
      // Case i: closed if i % 4 = 0 (never checked: the adapter's save writes 'infinity' for a
      // case not in progress); of those in progress, due if i % 1000 = 1 (never checked)
      // or i % 1000 = 501 (checked before the run), never checked again if i % 2 = 0, else
      // scheduled a day after the run. 40 000 rows: 30 000 in progress, 40 + 40 due.
      s.execute("""
          INSERT INTO complaint_case (series, number_text, period_start, serial, request_id,
              version, status, in_progress, closed_at, document, reminder_check)
          SELECT 'CMP', lpad(i::text, 6, '0'), DATE '2026-01-01', i, 'RQ-' || i, 1,
              CASE WHEN i % 4 = 0 THEN 'CLOSED' ELSE 'OPEN' END, i % 4 <> 0,
              CASE WHEN i % 4 = 0 THEN TIMESTAMPTZ '2026-06-01 00:00:00+00' END, '{}',
              CASE WHEN i % 4 = 0 THEN TIMESTAMPTZ 'infinity'
                   WHEN i % 1000 = 1 THEN TIMESTAMPTZ '-infinity'
                   WHEN i % 1000 = 501 THEN TIMESTAMPTZ '2026-11-29 02:00:00+00'
                   WHEN i % 2 = 0 THEN TIMESTAMPTZ 'infinity'
                   ELSE TIMESTAMPTZ '2026-12-01 02:00:00+00' END
          FROM generate_series(1, {rows}) i""".replace("{rows}", Integer.toString(ROWS)));
      s.execute("ANALYZE complaint_case");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String plan(String sql, Object... parameters) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
      bind(s, parameters);
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static int count(String sql, Object... parameters) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      int n = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          n++;
        }
      }
      return n;
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
  }

  /** The parameters of a page of 500 after case 20 000: keyset, limit, run, keyset, limits. */
  private static Object[] afterCase20000() {
    LocalDate period = LocalDate.of(2026, 1, 1);
    return new Object[] {"CMP", period, 20_000L, "020000", 500, RUN,
        "CMP", period, 20_000L, "020000", 500, 500};
  }

  private static void assertUses(String index, String plan) {
    // Neither the table nor the number index of every case in progress is read.
    assertTrue(plan.contains(index) && !plan.contains("Seq Scan")
        && !plan.contains("complaint_case_in_progress"), () -> "expected " + index + ":\n"
        + plan);
  }

  @Test
  void the_first_page_of_cases_due_reads_the_reminder_check_index() throws SQLException {
    assertUses("complaint_case_reminder_due", plan(JdbcComplaints.DUE, 500, RUN, 500, 500));
    // 40 never checked (i = 1, 1001, …) and 40 checked the day before (i = 501, 1501, …).
    assertEquals(80, count(JdbcComplaints.DUE, 500, RUN, 500, 500));
  }

  @Test
  void a_keyset_page_after_a_number_reads_the_reminder_check_index() throws SQLException {
    assertUses("complaint_case_reminder_due", plan(JdbcComplaints.DUE_AFTER,
        afterCase20000()));
    // After case 20 000: i = 20 001, 20 501, …, 39 501 — 40 of them.
    assertEquals(40, count(JdbcComplaints.DUE_AFTER,
        afterCase20000()));
  }

  @Test
  void after_a_migration_or_a_reset_the_keyset_pages_are_ranges_of_the_same_index()
      throws SQLException {
    // Every case in progress never checked (as right after V8 or recheckAll), statistics fresh:
    // the never-checked part reads the keyset as a range of the due index, in number order, a
    // page at a time — not the whole due set per page. In a transaction rolled back, the
    // statistics with it.
    try (Connection c = store.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE complaint_case SET reminder_check = '-infinity' WHERE in_progress");
        s.execute("ANALYZE complaint_case");
        String plan;
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + JdbcComplaints.DUE_AFTER)) {
          bind(p, afterCase20000());
          StringBuilder text = new StringBuilder();
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              text.append(r.getString(1)).append('\n');
            }
          }
          plan = text.toString();
        }
        assertTrue(plan.contains("Index Cond: ((ROW(reminder_check, series")
            && !plan.contains("Seq Scan"), () -> "expected the keyset as an index range:\n"
            + plan);
      } finally {
        c.rollback();
      }
    }
  }
}
