package org.aftersales.examples.postgres.contract;

import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ProjectHandoversContract;

/**
 * The testkit's {@link ProjectHandoversContract} against {@link JdbcProjectHandovers}
 * on a real PostgreSQL server: every inherited test, the concurrent saves included. Each call
 * of {@link #freshAdapter()} is a new instance over the shared test database. // rule: CON-03
 */
class JdbcProjectHandoversTest extends ProjectHandoversContract {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected ProjectHandovers freshAdapter() {
    return new JdbcProjectHandovers(TX, JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TX, JSON, "contract-node");
  }
}
