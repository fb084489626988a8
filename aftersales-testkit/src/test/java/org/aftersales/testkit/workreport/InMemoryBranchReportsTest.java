package org.aftersales.testkit.workreport;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.testkit.store.InMemoryDatabase;

/** The in-memory branch reports keep the port's contract. // rule: SVC-09 */
class InMemoryBranchReportsTest extends BranchReportsContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  @Override
  protected BranchReports freshAdapter() {
    return InMemoryBranchReports.over(database);
  }

  @Override
  protected Outbox outbox() {
    return InMemoryBranchReports.over(database).outbox();
  }
}
