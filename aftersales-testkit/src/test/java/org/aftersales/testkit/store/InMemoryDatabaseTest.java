package org.aftersales.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Transactions of the in-memory database: all or nothing, nested savepoints, bounded waits. */
class InMemoryDatabaseTest {

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryDatabase.Table<String, Integer> table = database.table("t");

  @Test
  void a_transaction_that_throws_leaves_every_table_as_it_was() {
    database.atomically(() -> {
      table.put("a", 1);
      return null;
    });
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> database.inTransaction(() -> {
          table.put("a", 2);
          table.put("b", 3);
          database.<String, Integer>table("created inside").put("x", 1);
          throw boom;
        }));
    assertSame(boom, thrown);
    assertEquals(List.of(1), database.atomically(table::values));
    assertEquals(0, database.atomically(() -> database.table("created inside").size()));
  }

  @Test
  void a_committed_transaction_keeps_its_writes_and_returns_its_result() {
    assertEquals("done", database.inTransaction(() -> {
      table.put("a", 1);
      return "done";
    }));
    database.inTransaction(() -> table.put("b", 2));
    assertEquals(List.of(1, 2), database.atomically(table::values));
  }

  @Test
  void a_failing_nested_transaction_rolls_back_to_where_it_began_only() {
    database.inTransaction(() -> {
      table.put("outer", 1);
      assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
        table.put("inner", 2);
        throw new IllegalStateException("inner fails");
      }));
      assertTrue(database.inTransaction());
      assertNull(table.get("inner"));
    });
    assertEquals(List.of(1), database.atomically(table::values));
    assertFalse(database.inTransaction());
  }

  @Test
  void tables_refuse_use_outside_a_lock() {
    assertThrows(IllegalStateException.class, () -> table.get("a"));
    assertThrows(IllegalStateException.class, () -> table.put("a", 1));
  }

  @Test
  void a_lock_held_too_long_makes_the_waiter_fail_instead_of_hanging() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> database.inTransaction(() -> {
      held.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    holder.setDaemon(true);
    holder.start();
    assertTrue(held.await(10, TimeUnit.SECONDS));
    try {
      assertEquals(10_000, database.lockTimeout());
      long start = System.nanoTime();
      assertThrows(IllegalStateException.class, () -> database.atomically(() -> null));
      assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30);
    } finally {
      release.countDown();
      holder.join(10_000);
    }
  }
}
