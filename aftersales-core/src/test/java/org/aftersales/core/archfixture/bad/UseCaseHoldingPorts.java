package org.aftersales.core.archfixture.bad;

import java.time.Clock;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.UseCase;

/** Good: a use case that holds a port, a Clock and a value. */
@UseCase
public final class UseCaseHoldingPorts {
  private final Clock clock;
  private final DomainEventPublisher events;
  private final Money limit;

  UseCaseHoldingPorts(Clock clock, DomainEventPublisher events, Money limit) {
    this.clock = clock;
    this.events = events;
    this.limit = limit;
  }

  @Override
  public String toString() {
    return clock + " " + events + " " + limit;
  }
}
