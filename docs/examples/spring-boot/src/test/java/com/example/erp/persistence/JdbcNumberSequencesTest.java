package com.example.erp.persistence;

import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.testkit.numbering.NumberSequencesContract;

/**
 * The library's contract for number sequences (rule CMP-01) on the JDBC adapter that draws in the
 * caller's transaction, against a real PostgreSQL server: unique, increasing and gapless serials
 * under contention, across adapter instances and keys.
 */
class JdbcNumberSequencesTest extends NumberSequencesContract {

  @Override
  protected NumberSequences freshAdapter() {
    return new JdbcNumberSequences(TestDatabase.dataSource(),
        JdbcNumberSequences.Mode.CALLER_TRANSACTION);
  }

  // 16 threads × 2 000 upserts on one row instead of the default 10 000: the row lock serializes
  // them, and the build machine has two cores.
  @Override
  protected int allocationsPerThread() {
    return 2_000;
  }
}
