package org.aftersales.examples.postgres.numbering;

import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.numbering.NumberSequencesContract;

/**
 * The number-sequence contract (CMP-01) on PostgreSQL, own-transaction mode (not gapless: the
 * gapless-only tests are skipped).
 *
 * <p>// rule: CMP-01
 */
class JdbcNumberSequencesOwnTransactionTest extends NumberSequencesContract {

  @Override
  protected NumberSequences freshAdapter() {
    return JdbcNumberSequences.ownTransaction(TestDatabase.shared().dataSource());
  }
}
