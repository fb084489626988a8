package org.aftersales.examples.postgres.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The unit of work the suites run host transactions and DURING faults in: a nested failure undoes
 * only itself (a savepoint), an outer failure undoes everything, and {@link
 * PostgresUnitOfWork#emptied} leaves every table empty with its sequences restarted.
 * // rule: the testkit's UnitOfWork — tag: reliability
 */
class PostgresUnitOfWorkTest {

  static final PostgresStore STORE = TestDatabase.node("faults_unit_of_work", 3);

  /** Appends an ERP row for {@code serial}; returns its position (a bigserial). */
  static long grant(PostgresUnitOfWork work, String serial) {
    return work.connections().withConnection("a row", c -> {
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO entitlement (product_model, product_serial, kind)
          VALUES ('CNC-450', ?, 'INTERNAL') RETURNING position""")) {
        s.setString(1, serial);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  static List<String> serials(PostgresUnitOfWork work) {
    return work.connections().withConnection("the rows", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT product_serial FROM entitlement ORDER BY position");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    });
  }

  @Test
  void a_failing_nested_transaction_undoes_only_its_own_work_and_the_outer_one_commits() {
    PostgresUnitOfWork work = PostgresUnitOfWork.emptied(STORE);
    IllegalStateException boom = new IllegalStateException("the adapter crashed");
    work.inTransaction(() -> {
      grant(work, "SN-1");
      assertSame(boom, assertThrows(IllegalStateException.class, () -> work.inTransaction(() -> {
        grant(work, "SN-2");
        throw boom;
      })));
      return grant(work, "SN-3");
    });
    assertEquals(List.of("SN-1", "SN-3"), serials(work));
  }

  @Test
  void a_failing_outer_transaction_undoes_everything_its_nested_ones_did() {
    PostgresUnitOfWork work = PostgresUnitOfWork.emptied(STORE);
    assertThrows(IllegalStateException.class, () -> work.inTransaction(() -> {
      grant(work, "SN-1");
      work.inTransaction(() -> grant(work, "SN-2"));
      throw new IllegalStateException("the host's work failed after its adapters");
    }));
    assertEquals(List.of(), serials(work));
  }

  @Test
  void emptied_leaves_every_table_empty_and_restarts_its_sequences() {
    PostgresUnitOfWork work = PostgresUnitOfWork.emptied(STORE);
    assertEquals(1, grant(work, "SN-1"));
    assertEquals(2, grant(work, "SN-2"));
    PostgresUnitOfWork again = PostgresUnitOfWork.emptied(STORE);
    Map<String, Long> counts = again.rowCounts();
    assertTrue(counts.keySet().containsAll(List.of("entitlement", "outbox_event",
        "number_sequence", "complaint_case")), counts.toString());
    assertEquals(counts.size(), counts.values().stream().filter(n -> n == 0).count(),
        counts.toString());
    assertEquals(1, grant(again, "SN-3"), "the bigserial starts again at 1");
  }
}
