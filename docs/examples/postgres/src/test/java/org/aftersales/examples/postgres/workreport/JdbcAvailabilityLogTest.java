package org.aftersales.examples.postgres.workreport;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.workreport.AvailabilityLogContract;

/**
 * The testkit's contract of the hotline and phone lapse log (热线 / 手机失联登记簿) against
 * {@link JdbcAvailabilityLog} on the test server, unchanged. // rule: SVC-19
 */
class JdbcAvailabilityLogTest extends AvailabilityLogContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected AvailabilityLog freshAdapter() {
    return new JdbcAvailabilityLog(TestDatabase.shared().transactions(), JSON);
  }

  // The project's own outbox under a node name of these tests: a node re-takes its own claims,
  // so every read sees every undelivered event the adapters wrote.
  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "p2-contract-tests");
  }
}
