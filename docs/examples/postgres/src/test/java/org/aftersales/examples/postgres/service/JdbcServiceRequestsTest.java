package org.aftersales.examples.postgres.service;

import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.service.ServiceRequestsContract;

/**
 * The testkit's contract of the call register (叫修登记簿) against {@link JdbcServiceRequests} on
 * the test server: every inherited test, concurrency included, unchanged. // rule: SVC-02
 */
class JdbcServiceRequestsTest extends ServiceRequestsContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected ServiceRequests freshAdapter() {
    return new JdbcServiceRequests(TestDatabase.shared().transactions(), JSON);
  }

  // The project's own outbox under a node name of these tests: a node re-takes its own claims,
  // so every read sees every undelivered event the adapters wrote.
  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "p2-contract-tests");
  }
}
