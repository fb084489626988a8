package org.aftersales.core.shared;

import java.time.Instant;

/**
 * Something that happened in the domain (领域事件), caused by a command and published after the
 * new state has been stored. Events are immutable values.
 */
public interface DomainEvent {

  /**
   * When it happened, from the use case's injected {@code Clock}.
   *
   * @return the instant
   */
  Instant occurredAt();
}
