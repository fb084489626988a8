package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A domain event stored in the outbox (发件箱事件) with the state change that caused it, waiting to
 * be delivered through the {@link DomainEventPublisher} by the {@link EventRelay}.
 *
 * <p>Repositories store a change's outbox events in the same call, and the same transaction, as
 * the aggregate (the transactional-outbox pattern): an event exists exactly when its state was
 * stored. Immutable.
 *
 * @param eventId the stable ID the receiver de-duplicates by (see {@link EventId})
 * @param event the event
 */
public record OutboxEvent(EventId eventId, DomainEvent event) {

  /**
   * Checks the fields.
   *
   * @param eventId the stable ID
   * @param event the event
   */
  public OutboxEvent {
    requireNonNull(eventId, "eventId");
    requireNonNull(event, "event");
  }

  /**
   * The outbox events of one change: the {@code i}-th event gets the ID
   * {@link EventId#of(String, String, Version, int) EventId.of(sourceKind, sourceId, version, i)}.
   *
   * @param sourceKind the aggregate kind's code, e.g. {@code complaint}
   * @param sourceId the aggregate's identity as text, e.g. {@code 261107}
   * @param version the version the change stores (the stored version's {@link Version#next()})
   * @param events the change's events, in order
   * @return one outbox event per event, in the same order; unmodifiable
   */
  public static List<OutboxEvent> of(String sourceKind, String sourceId, Version version,
      List<? extends DomainEvent> events) {
    ImmutableList.Builder<OutboxEvent> out = ImmutableList.builder();
    for (int i = 0; i < events.size(); i++) {
      out.add(new OutboxEvent(EventId.of(sourceKind, sourceId, version, i), events.get(i)));
    }
    return out.build();
  }
}
