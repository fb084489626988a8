package org.aftersales.core.archfixture.bad;

import java.time.Clock;
import org.aftersales.core.shared.UseCase;

/** Bad: a use case that holds a concrete adapter instead of a port. */
@UseCase
public final class UseCaseHoldingAnAdapter {
  private final Clock clock;
  private final NotFinal adapter;

  UseCaseHoldingAnAdapter(Clock clock, NotFinal adapter) {
    this.clock = clock;
    this.adapter = adapter;
  }

  @Override
  public String toString() {
    return clock + " " + adapter;
  }
}
