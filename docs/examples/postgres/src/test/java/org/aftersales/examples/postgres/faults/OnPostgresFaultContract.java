package org.aftersales.examples.postgres.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.faults.StorageFaultInjectionContract;

/**
 * The testkit's storage fault-injection suite over this project's adapters: each subclass gets a
 * database of its own on the test server (named after the class, migrated once), emptied before
 * every run of its scenario; the relay reads the {@link JdbcOutbox} of one node.
 *
 * @param <W> the subclass's world
 */
abstract class OnPostgresFaultContract<W>
    extends StorageFaultInjectionContract<PostgresUnitOfWork, W> {

  /** The JSON mapping every adapter of the suites uses. */
  static final AftersalesJson JSON = new AftersalesJson();

  /** One store per test class, kept for the JVM's life like the shared one. */
  private static final Map<String, PostgresStore> STORES = new ConcurrentHashMap<>();

  @Override
  protected final PostgresUnitOfWork newStorage() {
    // One connection runs a host transaction (DURING faults nest in it); the relay and the
    // fault-free reads take one more.
    String name = "faults_" + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    return PostgresUnitOfWork.emptied(
        STORES.computeIfAbsent(name, n -> TestDatabase.node(n, 3)));
  }

  @Override
  protected Outbox outbox(PostgresUnitOfWork storage) {
    return new JdbcOutbox(storage.connections(), JSON, "relay-node");
  }
}
