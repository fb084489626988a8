package org.aftersales.core.complaint;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * A service-level policy as the monthly statistics read it (CMP-11): the same targets, calendars
 * and figures, computed with less work per clock. Over the 10 000 cases of a busy month the
 * clocks' set-up was most of the work, so:
 * <ul>
 *   <li>each target is looked up once per step and market;</li>
 *   <li>its warning fractions are dropped: the statistics never read warnings, and each costs a
 *       clock a decimal division and a calendar query when it starts;</li>
 *   <li>a budget of working days becomes the same working time
 *       ({@link Budget#workingTimeOn}) — exactly the amount a clock derives from it, derived once
 *       instead of once per clock. Both units
 *       count working time on the same calendar, so due instants, elapsed and remaining time and
 *       on-time answers are the same; {@link #budgetOf} gives back the budget as configured for
 *       the facts.</li>
 * </ul>
 *
 * <p>Clocks are started with {@link ServiceLevelPolicy}'s default {@code startClock} on the
 * calendar the wrapped policy gives for the original target. One instance serves one report run
 * on one thread (its caches are plain maps), so a policy reconfigured between runs is read anew.
 */
final class StatisticsServiceLevels implements ServiceLevelPolicy {

  private final ServiceLevelPolicy policy;
  private final Map<ServiceLevelKey, Optional<ServiceLevelTarget>> targets = new HashMap<>();
  private final Map<ServiceLevelTarget, ServiceLevelTarget> originals = new IdentityHashMap<>();
  private final Map<Milestone, Map<ServiceZone, Optional<ServiceLevelTarget>>> byStep =
      new IdentityHashMap<>();

  StatisticsServiceLevels(ServiceLevelPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
    if (key.category().isPresent() || key.contract().isPresent()) {
      return targets.computeIfAbsent(key, k -> policy.targetFor(k).map(this::simplified));
    }
    return target(key.milestone(), key.zone());
  }

  /**
   * The target of a key of a step and perhaps a market, from a cache by the instances of step and
   * market: a key's hash is computed anew on every call, and the routing form asks once per entry.
   * Equal instances found under another identity are looked up once more and cached as well.
   */
  private Optional<ServiceLevelTarget> target(Milestone step, Optional<ServiceZone> zone) {
    Map<ServiceZone, Optional<ServiceLevelTarget>> zones =
        byStep.computeIfAbsent(step, s -> new IdentityHashMap<>());
    // IdentityHashMap takes null as a key: it stands for "no market".
    ServiceZone market = zone.orElse(null);
    Optional<ServiceLevelTarget> found = zones.get(market);
    if (found == null) {
      ServiceLevelKey key = zone.map(z -> ServiceLevelKey.of(step, z))
          .orElseGet(() -> ServiceLevelKey.of(step));
      found = policy.targetFor(key).map(this::simplified);
      zones.put(market, found);
    }
    return found;
  }

  private ServiceLevelTarget simplified(ServiceLevelTarget target) {
    DeadlineRule rule = target.rule();
    if (rule instanceof DeadlineRule.WithinBudget within
        && within.budget().unit() == Budget.Unit.WORKING_DAYS) {
      rule = new DeadlineRule.WithinBudget(Budget.workingTime(
          within.budget().workingTimeOn(policy.calendarFor(target)).orElseThrow()));
    }
    ServiceLevelTarget simple = ServiceLevelTarget.builder().ruleId(target.ruleId())
        .milestone(target.milestone()).rule(rule)
        .warningsInWorkingTime(target.warningsInWorkingTime()).build();
    originals.put(simple, target);
    return simple;
  }

  @Override
  public BusinessCalendar calendarFor(ServiceLevelTarget target) {
    return policy.calendarFor(originals.getOrDefault(target, target));
  }

  /**
   * The budget of {@code step} in {@code market} as the wrapped policy configures it (e.g. ½
   * working day rather than the 3 h 45 min of working time it is counted as).
   *
   * @param step the step, or {@link Milestone#COMPLAINT_CLOSURE}
   * @param market the market
   * @param counted the budget the figures were counted with, returned if the policy has no
   *     budget for the key
   * @return the configured budget
   */
  Budget budgetOf(Milestone step, ServiceZone market, Budget counted) {
    return target(step, Optional.of(market)).map(originals::get)
        .map(ServiceLevelTarget::rule)
        .filter(DeadlineRule.WithinBudget.class::isInstance)
        .map(r -> ((DeadlineRule.WithinBudget) r).budget()).orElse(counted);
  }
}
