package org.aftersales.testkit.workreport;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.testkit.store.InMemoryDatabase;

/** The in-memory availability log keeps the port's contract. // rule: SVC-19 */
class InMemoryAvailabilityLogTest extends AvailabilityLogContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  @Override
  protected AvailabilityLog freshAdapter() {
    return InMemoryAvailabilityLog.over(database);
  }

  @Override
  protected Outbox outbox() {
    return InMemoryAvailabilityLog.over(database).outbox();
  }
}
