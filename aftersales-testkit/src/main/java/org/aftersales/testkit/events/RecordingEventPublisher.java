package org.aftersales.testkit.events;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.OutboxEvent;

/**
 * A {@link DomainEventPublisher} for tests (事件记录器) that keeps every delivery, in order —
 * duplicates included, as an at-least-once receiver sees them — and the de-duplicated events, as a
 * receiver that de-duplicates by {@link OutboxEvent#eventId()} keeps them. Thread-safe.
 */
public final class RecordingEventPublisher implements DomainEventPublisher {

  private final List<OutboxEvent> deliveries = new ArrayList<>();
  private final Map<EventId, OutboxEvent> distinct = new LinkedHashMap<>();

  /** Creates a publisher that has recorded nothing yet. */
  public RecordingEventPublisher() {}

  /**
   * Records the delivery.
   *
   * @param event the event and its ID
   * @throws IllegalStateException if an event arrives again under its ID with other content (a
   *     broken outbox)
   */
  @Override
  public synchronized void publish(OutboxEvent event) {
    requireNonNull(event, "event");
    OutboxEvent earlier = distinct.putIfAbsent(event.eventId(), event);
    if (earlier != null && !earlier.equals(event)) {
      throw new IllegalStateException("event ID " + event.eventId() + " names two events");
    }
    deliveries.add(event);
  }

  /**
   * Every distinct event received, in the order first received, without the envelope.
   *
   * @return the events
   */
  public synchronized List<DomainEvent> events() {
    return distinct.values().stream().map(OutboxEvent::event)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every distinct event received, with its ID, in the order first received.
   *
   * @return the events
   */
  public synchronized List<OutboxEvent> received() {
    return ImmutableList.copyOf(distinct.values());
  }

  /**
   * Every delivery, duplicates included, in order.
   *
   * @return the deliveries
   */
  public synchronized List<OutboxEvent> deliveries() {
    return ImmutableList.copyOf(deliveries);
  }

  /**
   * The distinct events of one type, in the order first received.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the events of that type
   */
  public synchronized <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return distinct.values().stream().map(OutboxEvent::event).filter(type::isInstance)
        .map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /** Forgets everything recorded so far. */
  public synchronized void clear() {
    deliveries.clear();
    distinct.clear();
  }
}
