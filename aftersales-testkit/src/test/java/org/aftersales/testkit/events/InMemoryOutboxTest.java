package org.aftersales.testkit.events;

import java.util.List;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.store.InMemoryDatabase;

/** The in-memory outbox passes the Outbox contract. // tag: reliability */
class InMemoryOutboxTest extends OutboxContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  @Override
  protected Outbox freshOutbox() {
    return InMemoryOutbox.over(database);
  }

  @Override
  protected void store(List<OutboxEvent> events) {
    InMemoryOutbox.over(database).append(events);
  }
}
