package com.example.erp.persistence;

import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.testkit.numbering.NumberSequencesContract;

/**
 * The library's contract for number sequences (rule CMP-01) on the JDBC adapter that commits each
 * serial on a connection of its own (not gapless: its gapless-only tests are reported skipped).
 */
class JdbcNumberSequencesOwnTransactionTest extends NumberSequencesContract {

  @Override
  protected NumberSequences freshAdapter() {
    return new JdbcNumberSequences(TestDatabase.dataSource(),
        JdbcNumberSequences.Mode.OWN_TRANSACTION);
  }

  @Override
  protected int allocationsPerThread() {
    return 2_000;
  }
}
