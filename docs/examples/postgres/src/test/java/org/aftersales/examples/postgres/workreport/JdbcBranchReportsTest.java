package org.aftersales.examples.postgres.workreport;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.workreport.BranchReportsContract;

/**
 * The testkit's contract of the signed branch reports (分公司日报表) against
 * {@link JdbcBranchReports} on the test server, unchanged. // rule: SVC-09
 */
class JdbcBranchReportsTest extends BranchReportsContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected BranchReports freshAdapter() {
    return new JdbcBranchReports(TestDatabase.shared().transactions(), JSON);
  }

  // The project's own outbox under a node name of these tests: a node re-takes its own claims,
  // so every read sees every undelivered event the adapters wrote.
  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "p2-contract-tests");
  }
}
