package org.aftersales.examples.postgres.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of {@link JdbcServiceRequests} uses its index of {@code V3} once the table is
 * large: over 40 000 requests in a database of their own (made by SQL, one an hour over four and
 * a half years, one in eight open, analysed), the planner answers each query — the adapter's own
 * SQL — through the index made for it, never by reading the table. // rule: SVC-02, SVC-05,
 * SVC-08, SVC-09, SVC-11, SUR-01 — the queries scale
 */
class ServiceQueryPlansTest {

  private static final int ROWS = 40_000;
  private static PostgresStore store;

  @BeforeAll
  static void fill() throws SQLException {
    store = TestDatabase.node("p2_service_query_plans", 2);
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      // Idempotent: the database lives as long as the test server.
      s.execute("TRUNCATE service_request");
      // Request i is received at hour i from 2020; of every eight, one is registered (REGISTERED,
      // both deadlines 4 h later), one dispatched to tech-<i mod 50> an hour after receipt, the
      // rest closed a day after receipt; one in sixteen of the closed went through the workshop
      // and one in 400 is in it now instead. The sweep has checked every open request (next
      // check in 2030) but one in 400, saved since (due at once): 100 of 10 000 open are due.
      s.execute("""
          INSERT INTO service_request (id, request_id, version, status, received_at, first_due,
              earliest_watched_due, technician, dispatched_at, closed_at, taken_in_at, document,
              sweep_check_at)
          SELECT 'SR-' || lpad(i::text, 6, '0'), 'RQ-' || i, 1, st,
              t, t + INTERVAL '4 hours',
              CASE WHEN st = 'CLOSED' THEN NULL ELSE t + INTERVAL '4 hours' END,
              CASE WHEN st = 'REGISTERED' THEN NULL ELSE 'tech-' || (i % 50) END,
              CASE WHEN st = 'REGISTERED' THEN NULL ELSE t + INTERVAL '1 hour' END,
              CASE WHEN st = 'CLOSED' THEN t + INTERVAL '1 day' END,
              CASE WHEN st = 'IN_WORKSHOP' OR i % 16 = 3 THEN t + INTERVAL '2 hours' END,
              '{}',
              CASE WHEN i % 400 IN (0, 1) THEN TIMESTAMPTZ '-infinity'
                   ELSE TIMESTAMPTZ '2030-01-01 00:00:00+00' + (i % 1000) * INTERVAL '1 minute'
              END
          FROM (SELECT i, TIMESTAMPTZ '2020-01-01 00:00:00+00' + i * INTERVAL '1 hour' AS t,
                       CASE WHEN i % 8 = 0 THEN 'REGISTERED'
                            WHEN i % 8 = 1 THEN 'DISPATCHED'
                            WHEN i % 400 = 2 THEN 'IN_WORKSHOP'
                            ELSE 'CLOSED' END AS st
                FROM generate_series(1, {rows}) i) r""".replace("{rows}", Integer.toString(ROWS)));
      s.execute("ANALYZE service_request");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String plan(String sql, Object... parameters) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static OffsetDateTime at(String iso) {
    return OffsetDateTime.parse(iso);
  }

  private static void assertUses(String index, String plan) {
    assertTrue(plan.contains(index) && !plan.contains("Seq Scan"), () -> "expected " + index
        + ":\n" + plan);
  }

  @Test
  void the_sweeps_pages_of_open_requests_read_the_open_index() throws SQLException {
    assertUses("service_request_open", plan(JdbcServiceRequests.OPEN, 100));
    assertUses("service_request_open", plan(JdbcServiceRequests.OPEN_AFTER,
        at("2022-06-01T00:00:00Z"), "SR-021000", 100));
  }

  @Test
  void the_sweeps_pages_of_requests_due_for_a_check_read_the_check_index_when_few_are_due()
      throws SQLException {
    // rule: SVC-08 — a run costs the requests due (O(due)), not every open request
    assertUses("service_request_sweep_due", plan(JdbcServiceRequests.DUE_FOR_SWEEP,
        at("2026-11-02T00:00:00Z"), 500));
    assertUses("service_request_sweep_due", plan(JdbcServiceRequests.DUE_FOR_SWEEP_AFTER,
        at("2026-11-02T00:00:00Z"), at("2022-06-01T00:00:00Z"), "SR-021000", 500));
  }

  @Test
  void after_a_reset_when_every_open_request_is_due_the_pages_walk_the_open_index()
      throws SQLException {
    // rule: SVC-08 — the first run after recheckAll: planned for its instant, the first page
    // walks (received_at, id) and stops after 500 rows instead of sorting all 10 000 due rows
    // (a later page, with fewer due rows left after its position, may take the check index and
    // sort them when the planner finds that cheaper)
    try (Connection c = store.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // In a transaction rolled back below: the reset and the statistics it leaves.
        s.execute(JdbcServiceRequests.RESET);
        s.execute("ANALYZE service_request");
      }
      try (PreparedStatement s = c.prepareStatement("EXPLAIN "
          + JdbcServiceRequests.DUE_FOR_SWEEP)) {
        s.setObject(1, at("2026-11-02T00:00:00Z"));
        s.setInt(2, 500);
        StringBuilder plan = new StringBuilder();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            plan.append(r.getString(1)).append('\n');
          }
        }
        assertUses("service_request_open", plan.toString());
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void due_before_and_breached_read_their_deadline_indexes() throws SQLException {
    assertUses("service_request_due", plan(JdbcServiceRequests.DUE_BEFORE,
        at("2020-03-01T00:00:00Z"), 100));
    assertUses("service_request_watched", plan(JdbcServiceRequests.BREACHED,
        at("2020-03-01T00:00:00Z"), 100));
  }

  @Test
  void a_technicians_day_reads_the_technician_index() throws SQLException {
    assertUses("service_request_technician", plan(JdbcServiceRequests.BY_TECHNICIAN,
        "tech-7", at("2022-06-01T00:00:00+08:00"), at("2022-06-02T00:00:00+08:00"), 100));
  }

  @Test
  void a_days_closed_calls_and_the_workshop_register_read_their_indexes() throws SQLException {
    assertUses("service_request_closed", plan(JdbcServiceRequests.CLOSED_BETWEEN,
        at("2022-06-01T00:00:00+08:00"), at("2022-06-02T00:00:00+08:00"), 100));
    assertUses("service_request_workshop", plan(JdbcServiceRequests.IN_WORKSHOP, 100));
  }
}
