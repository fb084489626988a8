package org.aftersales.examples.postgres.penalty;

import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.penalty.PenaltyAccountsContract;

/**
 * The library's contract for penalty ledgers (PEN-07, PEN-08) on the JDBC adapter, against a real
 * PostgreSQL server: read-back, optimistic versions, events with the ledger, the month-end query
 * in pages, two concurrent postings to one person.
 */
class JdbcPenaltyAccountsTest extends PenaltyAccountsContract {

  static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected PenaltyAccounts freshAdapter() {
    return new JdbcPenaltyAccounts(TestDatabase.shared().transactions(), JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "contract-node");
  }
}
