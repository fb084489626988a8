package org.aftersales.core.servicelevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;

/**
 * The service levels of a company (服务时限政策): which target applies to a job, and the clock
 * that measures it. The rules module provides a configurable implementation with the seed's
 * defaults ({@code org.aftersales.rules.sla}); an adopter may supply its own.
 */
public interface ServiceLevelPolicy {

  /**
   * The target for {@code key}: the most specific configured target whose conditions the key
   * meets (see the implementation for the order of precedence).
   *
   * @param key the milestone and what is known of the job
   * @return the target, or empty if none is configured (for example the seed's
   *     "farther: as agreed in the contract" zone without a contract target)
   */
  Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key);

  /**
   * Starts a clock for {@code target} at {@code start}.
   *
   * @param target the service level
   * @param start when counting starts (the call, the acceptance of a complaint, …)
   * @return the running clock
   */
  ServiceLevelClock startClock(ServiceLevelTarget target, Instant start);

  /**
   * Rebuilds a clock from persisted state.
   *
   * @param target the service level
   * @param start when counting started
   * @param pauses the pauses, in order, none before {@code start}, not overlapping; only the last
   *     may be open
   * @return the clock
   * @throws InvalidInputException if the pauses are out of order, overlap or precede the start
   */
  ServiceLevelClock restoreClock(ServiceLevelTarget target, Instant start, List<Pause> pauses);

  /**
   * Looks up the target for {@code key} and starts its clock.
   *
   * @param key the milestone and what is known of the job
   * @param start when counting starts
   * @return the running clock, or empty if no target is configured for the key
   */
  default Optional<ServiceLevelClock> startClock(ServiceLevelKey key, Instant start) {
    return targetFor(key).map(target -> startClock(target, start));
  }
}
