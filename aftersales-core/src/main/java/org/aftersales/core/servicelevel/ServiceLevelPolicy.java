package org.aftersales.core.servicelevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Policy;

/**
 * The service levels of a company (服务时限政策): which target applies to a job, and the calendar
 * its deadline is counted on. The deadline arithmetic itself is {@link ServiceLevelClock}'s and
 * the same for every policy: an implementation only selects targets and supplies calendars. The
 * rules module provides a configurable implementation with the seed's defaults
 * ({@code org.aftersales.rules.sla}); an adopter may supply its own.
 */
@Policy
public interface ServiceLevelPolicy {

  /**
   * The target for {@code key}.
   *
   * <p><b>Precedence.</b> Among the configured targets of the key's milestone whose conditions
   * (service category, zone, contract) the key meets, an implementation picks:
   * <ol>
   *   <li>a target configured for the key's contract over any target without a contract
   *       condition;</li>
   *   <li>then the target with more conditions (the more specific one);</li>
   *   <li>then, among equally specific targets, the one configured last — so a later entry
   *       overrides an earlier default with the same conditions.</li>
   * </ol>
   *
   * @param key the milestone and what is known of the job
   * @return the target, or empty if none is configured (for example the seed's
   *     "farther: as agreed in the contract" zone without a contract target)
   */
  Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key);

  /**
   * The calendar on which {@code target}'s deadline is counted: working-time budgets, the zone of
   * calendar days, the end of the working day, and the working time warnings are kept in.
   *
   * @param target a target of this policy
   * @return the calendar
   */
  BusinessCalendar calendarFor(ServiceLevelTarget target);

  /**
   * Starts a clock for {@code target} at {@code start}, on {@link #calendarFor(ServiceLevelTarget)
   * its calendar}.
   *
   * @param target the service level
   * @param start when counting starts (the call, the acceptance of a complaint, …)
   * @return the running clock
   */
  default ServiceLevelClock startClock(ServiceLevelTarget target, Instant start) {
    return ServiceLevelClock.of(target, calendarFor(target), start);
  }

  /**
   * Rebuilds a clock from persisted state; it equals the clock that was saved.
   *
   * @param target the service level
   * @param start when counting started
   * @param pauses the pauses, in order, none before {@code start}, not overlapping; only the last
   *     may be open
   * @return the clock
   * @throws InvalidInputException if the pauses are out of order, overlap or precede the start
   */
  default ServiceLevelClock restoreClock(ServiceLevelTarget target, Instant start,
      List<Pause> pauses) {
    return ServiceLevelClock.of(target, calendarFor(target), start, pauses);
  }

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
