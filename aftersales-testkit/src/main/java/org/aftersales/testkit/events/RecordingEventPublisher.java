package org.aftersales.testkit.events;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DomainEventPublisher;

/**
 * A {@link DomainEventPublisher} for tests (事件记录器) that keeps every published event, in order,
 * so a test can assert what a use case published — and that a refused command published nothing.
 * Thread-safe.
 */
public final class RecordingEventPublisher implements DomainEventPublisher {

  private final List<DomainEvent> published = new ArrayList<>();

  /** Creates a publisher that has recorded nothing yet. */
  public RecordingEventPublisher() {}

  /**
   * Records the events.
   *
   * @param events the events of one change
   */
  @Override
  public synchronized void publish(List<? extends DomainEvent> events) {
    for (DomainEvent e : requireNonNull(events, "events")) {
      published.add(requireNonNull(e, "event"));
    }
  }

  /**
   * Every event published so far, in order.
   *
   * @return a copy of the events
   */
  public synchronized List<DomainEvent> events() {
    return ImmutableList.copyOf(published);
  }

  /**
   * The published events of one type, in order.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the events of that type
   */
  public synchronized <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return published.stream().filter(type::isInstance).map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** Forgets every event recorded so far. */
  public synchronized void clear() {
    published.clear();
  }
}
