package org.aftersales.examples.postgres.contract;

import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ChangeRecordsContract;

/**
 * The testkit's {@link ChangeRecordsContract} against {@link JdbcChangeRecords}
 * on a real PostgreSQL server: every inherited test, the concurrent saves included. Each call
 * of {@link #freshAdapter()} is a new instance over the shared test database. // rule: CON-07
 */
class JdbcChangeRecordsTest extends ChangeRecordsContract {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected ChangeRecords freshAdapter() {
    return new JdbcChangeRecords(TX, JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TX, JSON, "contract-node");
  }
}
