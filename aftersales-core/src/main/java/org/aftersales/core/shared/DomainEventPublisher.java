package org.aftersales.core.shared;

/**
 * Where stored events are delivered (事件发布): a driven port the host application implements — to
 * its message broker, its notification service, or in-process listeners. Only the
 * {@link EventRelay} calls it, with events read from the {@link Outbox}; use cases never publish
 * directly, so an event is delivered only for a change that was stored, and a failure to deliver
 * never turns a stored change into a reported failure.
 *
 * <p><b>At least once.</b> An event may be delivered more than once (the relay crashed between
 * delivering and marking it, two relays ran at once, or the publisher threw after the receiver got
 * it). Receivers de-duplicate by {@link OutboxEvent#eventId()}, which is stable across
 * deliveries.
 */
@Port
public interface DomainEventPublisher {

  /**
   * Delivers one event. Returning normally means it was delivered; throwing means it may or may
   * not have been, and the relay will offer it again.
   *
   * @param event the event and its stable ID
   */
  void publish(OutboxEvent event);
}
