package org.aftersales.core.shared;

import java.util.List;

/**
 * Where use cases hand the events of a stored change (事件发布), a driven port the host application
 * implements — to its message broker, an outbox table, or in-process listeners. Use cases call it
 * after the change has been saved, so no event is published for a state that was not stored; an
 * adopter that needs events and state to commit together implements it with an outbox in the same
 * transaction.
 */
@Port
public interface DomainEventPublisher {

  /**
   * Publishes events, in order.
   *
   * @param events the events of one change; may be empty
   */
  void publish(List<? extends DomainEvent> events);
}
