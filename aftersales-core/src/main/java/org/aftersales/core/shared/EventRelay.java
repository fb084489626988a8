package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The use case that delivers stored events (事件转发): it reads the {@link Outbox}, hands each event
 * to the {@link DomainEventPublisher} in order, and marks it delivered. The host runs it after the
 * transactions of its use cases commit, on a schedule, or both; running it again, or on several
 * nodes at once, is safe.
 *
 * <p><b>At least once, in order.</b> An event is marked delivered only after the publisher
 * returned; if the publisher throws, the relay stops at that event, leaves it and every later one
 * undelivered, and rethrows — the next run starts with it. An event whose publishing succeeded but
 * whose marking failed is delivered again by the next run; receivers de-duplicate by
 * {@link OutboxEvent#eventId()}.
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class EventRelay {

  private final Outbox outbox;
  private final DomainEventPublisher publisher;

  /**
   * Wires the relay.
   *
   * @param outbox where stored events wait
   * @param publisher where they are delivered
   */
  public EventRelay(Outbox outbox, DomainEventPublisher publisher) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.publisher = requireNonNull(publisher, "publisher");
  }

  /**
   * Delivers at most {@code maxEvents} of the oldest undelivered events.
   *
   * @param maxEvents how many at most, 1 or more
   * @return how many were delivered and marked
   * @throws InvalidInputException if {@code maxEvents} is less than 1
   * @throws RuntimeException whatever the publisher or the outbox throws; the events delivered and
   *     marked before it stay delivered, the rest stay in the outbox
   */
  public int relay(int maxEvents) {
    requireAtLeastOne("maxEvents", maxEvents);
    List<OutboxEvent> batch = outbox.undelivered(maxEvents);
    int delivered = 0;
    for (OutboxEvent event : batch) {
      publisher.publish(event);
      outbox.markDelivered(event.eventId());
      delivered++;
    }
    return delivered;
  }

  /**
   * Delivers undelivered events in batches of {@code batchSize} until the outbox is empty or
   * {@code maxBatches} batches have run (a bound, so that a stream of new events cannot keep the
   * caller forever).
   *
   * @param batchSize events per batch, 1 or more
   * @param maxBatches batches at most, 1 or more
   * @return how many events were delivered and marked
   * @throws InvalidInputException if either bound is less than 1
   * @throws RuntimeException whatever the publisher or the outbox throws (see {@link #relay(int)})
   */
  public long relayAll(int batchSize, int maxBatches) {
    requireAtLeastOne("maxBatches", maxBatches);
    requireAtLeastOne("batchSize", batchSize);
    long total = 0;
    for (int i = 0; i < maxBatches; i++) {
      int delivered = relay(batchSize);
      total += delivered;
      if (delivered < batchSize) {
        break;
      }
    }
    return total;
  }

  private static void requireAtLeastOne(String path, int value) {
    if (value < 1) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), value);
    }
  }
}
