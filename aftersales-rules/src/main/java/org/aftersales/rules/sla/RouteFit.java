package org.aftersales.rules.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * Whether a {@link ServiceLevels.Route route}'s steps fit inside its overall limit for every key
 * the configuration distinguishes (CMP-05, CMP-06).
 *
 * <p>The keys tried are every combination of the categories, zones and contracts named by an
 * entry of the route's milestones, each also left out: any other key selects the same targets as
 * one of these. A key for which a step or the limit has no target is not on the route. The
 * budgets are compared in one measure — working time (a working day being the calendar's
 * {@link org.aftersales.core.servicelevel.BusinessCalendar#workingDayLength()}), elapsed time or
 * calendar days — and a route that mixes measures, or whose deadlines are not budgets, is
 * refused: whether it fits would depend on the start and the holidays.
 */
final class RouteFit {

  /** The measures budgets can be compared in without a start. */
  private enum Measure { WORKING_TIME, ELAPSED_TIME, CALENDAR_DAYS }

  private RouteFit() {}

  /** The problems of {@code route} under {@code levels}: empty if it fits for every key. */
  static List<Violation> violations(ServiceLevels levels, ServiceLevels.Route route) {
    Set<Violation> found = new LinkedHashSet<>();
    for (Conditions conditions : conditions(levels, route)) {
      List<ServiceLevelTarget> steps = new ArrayList<>();
      for (Milestone step : route.steps()) {
        levels.targetFor(conditions.key(step)).ifPresent(steps::add);
      }
      ServiceLevelKey limitKey = conditions.key(route.limit());
      Optional<ServiceLevelTarget> limit = levels.targetFor(limitKey);
      if (steps.size() == route.steps().size() && limit.isPresent()) {
        check(levels, route, limitKey, steps, limit.get()).ifPresent(found::add);
      }
    }
    return List.copyOf(found);
  }

  private static Optional<Violation> check(ServiceLevels levels, ServiceLevels.Route route,
      ServiceLevelKey key, List<ServiceLevelTarget> steps, ServiceLevelTarget limit) {
    String path = "route " + route.ruleId() + where(key);
    Measure measure = measureOf(limit);
    BigDecimal sum = BigDecimal.ZERO;
    Budget total = null;
    for (ServiceLevelTarget step : steps) {
      if (measure == null || measureOf(step) != measure) {
        return Optional.of(Violation.of(path,
            RulesMessages.BUNDLE.message("rules.sla.route.measures"), describe(steps, limit)));
      }
      sum = sum.add(amount(levels, step, measure));
      total = total == null || total.unit() != budget(step).unit()
          ? budget(step) : total.plus(budget(step));
    }
    BigDecimal allowed = amount(levels, limit, measure);
    if (sum.compareTo(allowed) > 0) {
      // The sum in the steps' own unit when they share one, else in working time.
      Object rejected = sameUnit(steps) ? total
          : Budget.workingTime(Duration.ofNanos(sum.longValueExact()));
      return Optional.of(Violation.of(path, RulesMessages.BUNDLE.message(
          "rules.sla.route.exceeds", "limit", budget(limit)), rejected));
    }
    return Optional.empty();
  }

  private static boolean sameUnit(List<ServiceLevelTarget> steps) {
    return steps.stream().map(s -> budget(s).unit()).distinct().count() == 1;
  }

  /** The key's conditions for the path, e.g. {@code " (zone OVERSEAS)"}. */
  private static String where(ServiceLevelKey key) {
    List<String> parts = new ArrayList<>();
    key.category().ifPresent(c -> parts.add("category " + c.name()));
    key.zone().ifPresent(z -> parts.add("zone " + z.code()));
    key.contract().ifPresent(c -> parts.add("contract " + c));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String describe(List<ServiceLevelTarget> steps, ServiceLevelTarget limit) {
    List<String> parts = new ArrayList<>();
    for (ServiceLevelTarget step : steps) {
      parts.add(step.milestone().code() + " " + describeRule(step));
    }
    return String.join(" + ", parts) + " / " + limit.milestone().code() + " "
        + describeRule(limit);
  }

  private static String describeRule(ServiceLevelTarget target) {
    return target.rule() instanceof DeadlineRule.WithinBudget within
        ? within.budget().toString() : target.rule().toString();
  }

  private static Budget budget(ServiceLevelTarget target) {
    return ((DeadlineRule.WithinBudget) target.rule()).budget();
  }

  /** The measure of a budget deadline, or null for any other rule. */
  private static Measure measureOf(ServiceLevelTarget target) {
    if (!(target.rule() instanceof DeadlineRule.WithinBudget within)) {
      return null;
    }
    return switch (within.budget().unit()) {
      case WORKING_TIME, WORKING_DAYS -> Measure.WORKING_TIME;
      case ELAPSED_TIME -> Measure.ELAPSED_TIME;
      case CALENDAR_DAYS -> Measure.CALENDAR_DAYS;
    };
  }

  /** The budget in nanoseconds of its measure, or in days for calendar days; exact. */
  private static BigDecimal amount(ServiceLevels levels, ServiceLevelTarget target,
      Measure measure) {
    Budget budget = budget(target);
    if (measure == Measure.CALENDAR_DAYS) {
      return budget.days().orElseThrow();
    }
    if (budget.unit() == Budget.Unit.WORKING_DAYS) {
      Duration day = levels.calendarFor(target).workingDayLength();
      return budget.days().orElseThrow().multiply(BigDecimal.valueOf(day.toNanos()));
    }
    return BigDecimal.valueOf(budget.duration().orElseThrow().toNanos());
  }

  /** What a key knows besides its milestone; a null component is not known. */
  private record Conditions(ServiceCategory category, ServiceZone zone, ContractId contract) {

    ServiceLevelKey key(Milestone milestone) {
      ServiceLevelKey.Builder b = ServiceLevelKey.builder().milestone(milestone);
      if (category != null) {
        b.category(category);
      }
      if (zone != null) {
        b.zone(zone);
      }
      if (contract != null) {
        b.contract(contract);
      }
      return b.build();
    }
  }

  /** Every combination of the conditions named by the route's entries, each also left out. */
  private static List<Conditions> conditions(ServiceLevels levels, ServiceLevels.Route route) {
    Set<ServiceCategory> categories = new LinkedHashSet<>();
    Set<ServiceZone> zones = new LinkedHashSet<>();
    Set<ContractId> contracts = new LinkedHashSet<>();
    categories.add(null);
    zones.add(null);
    contracts.add(null);
    for (ServiceLevels.Entry e : levels.entries()) {
      Milestone m = e.target().milestone();
      if (m.equals(route.limit()) || route.steps().contains(m)) {
        e.applicability().category().ifPresent(categories::add);
        e.applicability().zone().ifPresent(zones::add);
        e.applicability().contract().ifPresent(contracts::add);
      }
    }
    List<Conditions> result = new ArrayList<>();
    for (ServiceCategory category : categories) {
      for (ServiceZone zone : zones) {
        for (ContractId contract : contracts) {
          result.add(new Conditions(category, zone, contract));
        }
      }
    }
    return result;
  }
}
