package org.aftersales.examples.postgres.events;

import java.util.List;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.events.OutboxContract;

/**
 * The {@link OutboxContract} over PostgreSQL: every instance is the same node (a node re-takes
 * its own claims, so each fresh instance sees what the contract stored and did not mark).
 *
 * <p>// rule: the outbox's contract (order, equality, marking, exact IDs)
 */
class JdbcOutboxTest extends OutboxContract {

  private static final AftersalesJson JSON = new AftersalesJson();
  private final PostgresStore store = TestDatabase.shared();

  @Override
  protected Outbox freshOutbox() {
    return new JdbcOutbox(store.transactions(), JSON, "contract-node");
  }

  @Override
  protected void store(List<OutboxEvent> events) {
    store.transactions().atomically("storing a change's events",
        c -> {
          OutboxRows.append(c, events, JSON);
          return null;
        });
  }
}
