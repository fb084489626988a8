package org.aftersales.core.shared;

import java.util.List;

/**
 * The events stored and not yet delivered (发件箱): a driven port the host application implements
 * over the same storage as its repositories (an outbox table written in the repositories'
 * transactions). The {@link EventRelay} reads it and hands each event to the
 * {@link DomainEventPublisher}. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>An event is in the outbox exactly when the change that caused it was stored: repositories
 *       append a change's events in the same call and transaction as the aggregate.</li>
 *   <li>{@link #undelivered(int)} returns the oldest undelivered events first, in the order they
 *       were stored (events of one change in their order), equal to what was stored.</li>
 *   <li>{@link #markDelivered(EventId)} removes the event from what {@code undelivered} returns,
 *       for every adapter instance over the same storage. Marking an event twice, or an ID the
 *       outbox does not have, changes nothing and is not an error (a relay may be retried, or two
 *       relays may run at once).</li>
 *   <li>Event IDs are compared exactly (case-sensitive).</li>
 * </ul>
 */
@Port
public interface Outbox {

  /**
   * The oldest undelivered events, at most {@code max} of them.
   *
   * @param max how many at most, 1 or more
   * @return the events, oldest first; empty when everything is delivered
   * @throws InvalidInputException if {@code max} is less than 1
   */
  List<OutboxEvent> undelivered(int max);

  /**
   * Records that the event was delivered, so that it is not delivered again.
   *
   * @param eventId the delivered event's ID
   */
  void markDelivered(EventId eventId);
}
