package org.aftersales.testkit.store;

import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.testkit.numbering.NumberSequencesContract;

/** The database's transactional counters pass the NumberSequences contract. // rule: CMP-01 */
class InMemoryDatabaseNumberSequencesTest extends NumberSequencesContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  @Override
  protected NumberSequences freshAdapter() {
    return database.numberSequences();
  }

  @Override
  protected int allocationsPerThread() {
    return 2_000;
  }
}
