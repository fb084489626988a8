package org.aftersales.examples.postgres.complaint;

import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.complaint.ComplaintsContract;

/**
 * The library's contract for complaint cases (CMP-01, CMP-10) on the JDBC adapter, against a real
 * PostgreSQL server: read-back to the microsecond, optimistic versions, unique request IDs, the
 * events with the case, concurrent saves of one version, the reminder run's and the statistics'
 * queries.
 */
class JdbcComplaintsTest extends ComplaintsContract {

  static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected Complaints freshAdapter() {
    return new JdbcComplaints(TestDatabase.shared().transactions(), JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "contract-node");
  }
}
