package org.aftersales.examples.postgres.contract;

import org.aftersales.core.contract.Contracts;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ContractsContract;

/**
 * The testkit's {@link ContractsContract} against {@link JdbcContracts}
 * on a real PostgreSQL server: every inherited test, the concurrent saves included. Each call
 * of {@link #freshAdapter()} is a new instance over the shared test database. // rule: CON-01
 */
class JdbcContractsTest extends ContractsContract {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected Contracts freshAdapter() {
    return new JdbcContracts(TX, JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TX, JSON, "contract-node");
  }
}
