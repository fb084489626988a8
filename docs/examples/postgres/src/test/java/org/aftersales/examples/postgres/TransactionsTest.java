package org.aftersales.examples.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The host's unit of work over a plain DataSource: what joins, what commits, what rolls back. */
class TransactionsTest {

  private final Transactions tx = TestDatabase.shared().transactions();
  private final String series = "TX-" + UUID.randomUUID();

  @Test
  void an_adapter_call_inside_the_hosts_transaction_is_rolled_back_with_it() {
    IllegalStateException boom = new IllegalStateException("the host fails after the insert");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> tx.inTransaction(c -> {
          assertTrue(tx.isInTransaction());
          insert("2611");
          throw boom;
        }));
    assertSame(boom, thrown);
    assertFalse(tx.isInTransaction());
    assertEquals(0, count());
  }

  @Test
  void nested_units_of_work_join_the_outer_one_which_commits() {
    tx.inTransaction(c -> {
      insert("2611");
      tx.inTransaction(inner -> {
        assertSame(c, inner);
        insert("2612");
        return null;
      });
      return null;
    });
    assertEquals(2, count());
  }

  @Test
  void a_failed_nested_unit_undoes_only_itself_and_the_outer_transaction_goes_on_and_commits() {
    tx.inTransaction(c -> {
      insert("2611");
      assertThrows(PostgresAccessException.class, () -> tx.atomically("a duplicate", inner -> {
        insert("2612");
        insert("2611"); // duplicate key: this nested unit fails
        return null;
      }));
      insert("2701"); // PostgreSQL accepts statements again: the savepoint was rolled back to
      return null;
    });
    assertEquals(2, count()); // 2611 and 2701; the nested unit's 2612 was undone with it
  }

  @Test
  void atomically_outside_a_transaction_commits_all_or_nothing() {
    assertThrows(PostgresAccessException.class, () -> tx.atomically("two inserts", c -> {
      insert("2611");
      insert("2611"); // duplicate key: the first insert is rolled back too
      return null;
    }));
    assertEquals(0, count());
    tx.atomically("one insert", c -> insert("2701"));
    assertEquals(1, count());
  }

  @Test
  void a_database_error_names_what_the_adapter_was_doing_and_its_sql_state() {
    PostgresAccessException e = assertThrows(PostgresAccessException.class,
        () -> tx.withConnection("reading a missing table", c -> c.createStatement()
            .executeQuery("SELECT * FROM no_such_table")));
    assertTrue(e.getMessage().startsWith("reading a missing table failed: "), e.getMessage());
    assertEquals("42P01", e.sqlState());
  }

  private int insert(String period) {
    return tx.withConnection("insert", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO number_sequence (series, period, last_serial) VALUES (?, ?, 1)")) {
        s.setString(1, series);
        s.setString(2, period);
        return s.executeUpdate();
      }
    });
  }

  private int count() {
    return tx.withConnection("count", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM number_sequence WHERE series = ?")) {
        s.setString(1, series);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }
}
