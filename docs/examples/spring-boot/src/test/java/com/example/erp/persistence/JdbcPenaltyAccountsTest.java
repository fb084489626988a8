package com.example.erp.persistence;

import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.penalty.PenaltyAccountsContract;

/**
 * The library's contract for penalty ledgers (PEN-07, PEN-08) on the JDBC adapter, against a real
 * PostgreSQL server: read-back, optimistic versions, events with the ledger, the month-end query.
 */
class JdbcPenaltyAccountsTest extends PenaltyAccountsContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected PenaltyAccounts freshAdapter() {
    return new JdbcPenaltyAccounts(TestDatabase.dataSource(), new JdbcOutbox(
        TestDatabase.dataSource(), JSON), JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.dataSource(), JSON);
  }
}
