package org.aftersales.examples.postgres.survey;

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
 * The queries of {@link JdbcSurveyCards} use their indexes of {@code V3} once the table is large:
 * over 40 000 cards of 2 000 customers in a database of their own (made by SQL, analysed), the
 * adapter's own SQL reads {@code survey_card_customer} and {@code survey_card_answered}, never
 * the whole table. // rule: SUR-01, SUR-03 — the queries scale
 */
class SurveyQueryPlansTest {

  private static final int ROWS = 40_000;
  private static PostgresStore store;

  @BeforeAll
  static void fill() throws SQLException {
    store = TestDatabase.node("p2_survey_query_plans", 2);
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE survey_card");
      // Card i: customer i mod 2000, closed at hour i from 2020, two in three answered two days
      // after closing.
      s.execute("""
          INSERT INTO survey_card (service_request_id, version, customer_name, closed_at,
              answered_at, document)
          SELECT 'SR-' || lpad(i::text, 6, '0'), 1, '客户 ' || (i % 2000), t,
              CASE WHEN i % 3 <> 0 THEN t + INTERVAL '2 days' END, '{}'
          FROM (SELECT i, TIMESTAMPTZ '2020-01-01 00:00:00+00' + i * INTERVAL '1 hour' AS t
                FROM generate_series(1, {rows}) i) r""".replace("{rows}", Integer.toString(ROWS)));
      s.execute("ANALYZE survey_card");
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

  private static void assertUses(String index, String plan) {
    assertTrue(plan.contains(index) && !plan.contains("Seq Scan"), () -> "expected " + index
        + ":\n" + plan);
  }

  @Test
  void the_latest_card_of_a_customer_is_one_step_of_the_customer_index() throws SQLException {
    assertUses("survey_card_customer", plan(JdbcSurveyCards.LATEST_OF_CUSTOMER, "客户 17",
        OffsetDateTime.parse("2022-06-01T00:00:00Z")));
  }

  @Test
  void a_months_answered_cards_read_the_answer_index() throws SQLException {
    assertUses("survey_card_answered", plan(JdbcSurveyCards.ANSWERED_BETWEEN,
        OffsetDateTime.parse("2022-05-31T16:00:00Z"), OffsetDateTime.parse("2022-06-30T16:00:00Z"),
        100));
  }
}
