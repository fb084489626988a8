package org.aftersales.examples.postgres.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.OptionalLong;
import java.util.UUID;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What the host's transaction means for a draw: gapless mode gives the serial back when the host
 * rolls back, own-transaction mode keeps it used; and an exhausted key is refused.
 *
 * <p>// rule: CMP-01 (年月流水: unique serials; gapless only where declared)
 */
class JdbcNumberSequencesTransactionTest {

  private final PostgresStore store = TestDatabase.shared();
  private final Transactions tx = store.transactions();

  private static SequenceKey newKey() {
    return new SequenceKey(SeriesId.of("投诉-" + UUID.randomUUID()), "2026-11");
  }

  @Test
  void gapless_a_host_transaction_rolled_back_gives_the_serial_back() {
    JdbcNumberSequences sequences = JdbcNumberSequences.gapless(tx);
    SequenceKey key = newKey();
    assertEquals(1, sequences.next(key));
    IllegalStateException boom = new IllegalStateException("the registration fails after the draw");
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      assertEquals(2, sequences.next(key));
      assertEquals(OptionalLong.of(2), sequences.lastAllocated(key), "seen inside the host's");
      throw boom;
    }));
    assertEquals(OptionalLong.of(1), sequences.lastAllocated(key));
    assertEquals(2L, (long) tx.inTransaction(c -> sequences.next(key)));
    assertEquals(OptionalLong.of(2), sequences.lastAllocated(key));
  }

  @Test
  void gapless_a_new_key_drawn_in_a_rolled_back_host_transaction_is_not_created() {
    JdbcNumberSequences sequences = JdbcNumberSequences.gapless(tx);
    SequenceKey key = newKey();
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      assertEquals(1, sequences.next(key));
      throw new IllegalStateException("rolled back");
    }));
    assertEquals(OptionalLong.empty(), sequences.lastAllocated(key));
    assertEquals(1, sequences.next(key));
  }

  @Test
  void own_transaction_a_draw_inside_a_rolled_back_host_transaction_stays_used() {
    JdbcNumberSequences sequences = JdbcNumberSequences.ownTransaction(store.dataSource());
    SequenceKey key = newKey();
    assertEquals(1, sequences.next(key));
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      assertEquals(2, sequences.next(key));
      throw new IllegalStateException("the registration fails after the draw");
    }));
    assertEquals(OptionalLong.of(2), sequences.lastAllocated(key));
    assertEquals(3, sequences.next(key), "the serial 2 is never handed out again");
  }

  @Test
  void own_transaction_a_draw_is_visible_to_others_before_the_host_commits() {
    JdbcNumberSequences own = JdbcNumberSequences.ownTransaction(store.dataSource());
    JdbcNumberSequences other = JdbcNumberSequences.ownTransaction(store.dataSource());
    SequenceKey key = newKey();
    tx.inTransaction(c -> {
      assertEquals(1, own.next(key));
      // another node draws while the host's transaction is still open: it does not wait
      assertEquals(2, other.next(key));
      return null;
    });
    assertEquals(OptionalLong.of(2), own.lastAllocated(key));
  }

  @Test
  void an_exhausted_key_is_refused_and_left_unchanged() {
    JdbcNumberSequences sequences = JdbcNumberSequences.gapless(tx);
    SequenceKey key = newKey();
    tx.withConnection("setting up the last serial", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO number_sequence (series, period, last_serial) VALUES (?, ?, ?)")) {
        s.setString(1, key.series().value());
        s.setString(2, key.period());
        s.setLong(3, Long.MAX_VALUE);
        return s.executeUpdate();
      }
    });
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> sequences.next(key));
    assertTrue(e.getMessage().contains("exhausted"), e.getMessage());
    assertEquals(OptionalLong.of(Long.MAX_VALUE), sequences.lastAllocated(key));
  }
}
