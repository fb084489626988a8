package org.aftersales.examples.postgres.numbering;

import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.numbering.NumberSequencesContract;

/**
 * The number-sequence contract (CMP-01) on PostgreSQL, gapless mode: unique, increasing and
 * 1, 2, 3, … per key under contention, across adapter instances and keys.
 *
 * <p>// rule: CMP-01
 */
class JdbcNumberSequencesGaplessTest extends NumberSequencesContract {

  @Override
  protected NumberSequences freshAdapter() {
    return JdbcNumberSequences.gapless(TestDatabase.shared().transactions());
  }
}
