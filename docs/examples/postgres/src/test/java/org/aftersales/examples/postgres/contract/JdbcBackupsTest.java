package org.aftersales.examples.postgres.contract;

import org.aftersales.core.contract.Backups;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.BackupsContract;

/**
 * The testkit's {@link BackupsContract} against {@link JdbcBackups}
 * on a real PostgreSQL server: every inherited test, the concurrent saves included. Each call
 * of {@link #freshAdapter()} is a new instance over the shared test database. // rule: CON-08
 */
class JdbcBackupsTest extends BackupsContract {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected Backups freshAdapter() {
    return new JdbcBackups(TX, JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TX, JSON, "contract-node");
  }
}
