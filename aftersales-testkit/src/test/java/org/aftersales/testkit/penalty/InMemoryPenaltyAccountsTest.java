package org.aftersales.testkit.penalty;

import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * The in-memory penalty ledger store keeps the port's contract.
 * // rule: PEN-07, PEN-08
 */
class InMemoryPenaltyAccountsTest extends PenaltyAccountsContract {

  private final InMemoryPenaltyAccounts adapter =
      InMemoryPenaltyAccounts.over(InMemoryDatabase.create());

  @Override
  protected PenaltyAccounts freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }
}
