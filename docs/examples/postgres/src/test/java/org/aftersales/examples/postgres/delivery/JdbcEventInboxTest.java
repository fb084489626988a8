package org.aftersales.examples.postgres.delivery;

import java.util.List;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.events.DomainEventPublisherContract;

/**
 * {@link JdbcEventInbox} passes the {@link DomainEventPublisherContract} on PostgreSQL: the
 * receiver is the {@code event_inbox} table, read back and decoded under the event ID (at most one
 * row: the inbox de-duplicates by ID).
 *
 * <p>// tag: reliability (events delivered at least once, de-duplicated by event ID)
 */
class JdbcEventInboxTest extends DomainEventPublisherContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  private static JdbcEventInbox inbox() {
    return new JdbcEventInbox(TestDatabase.shared().transactions(), JSON);
  }

  @Override
  protected DomainEventPublisher publisher() {
    return inbox();
  }

  @Override
  protected List<OutboxEvent> deliveredWith(EventId id) {
    return inbox().find(id).stream().toList();
  }
}
