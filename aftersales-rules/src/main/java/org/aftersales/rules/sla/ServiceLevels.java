package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * A configurable {@link ServiceLevelPolicy} (服务时限配置): a list of targets, each with the
 * {@link Applicability conditions} under which it applies, and the office calendar that
 * working-time budgets and warnings are counted on.
 *
 * <h2>Which target applies</h2>
 * Among the entries of the key's milestone whose conditions the key meets: an entry for the key's
 * contract wins over any without a contract condition; then the entry with more conditions wins;
 * then the entry added last. So an adopter overrides a seed default by adding an entry with the
 * same conditions after it, and a contract override by adding one for the contract.
 *
 * <pre>{@code
 * ServiceLevelPolicy levels = ServiceLevels.seed(SeedServiceLevels.DISPATCH, office) // SVC-11
 *     .add(Applicability.any().inZone(ServiceZone.CITY),                  // 5 h instead of 6
 *          SeedServiceLevels.target(RuleId.of("SVC-11"), Milestone.ARRIVAL_ON_SITE,
 *              Budget.workingHours(5)))
 *     .build();
 * }</pre>
 *
 * <h2>Routes</h2>
 * A route ({@link Builder#route}) declares steps that run one after another inside an overall
 * limit, such as the complaint procedure's steps inside its 13 or 17 days (CMP-05, CMP-06).
 * {@link Builder#build()} refuses a configuration in which, for some key, the steps' budgets add
 * up to more than the limit's: a case whose every step used its whole budget would end after
 * its own limit. Steps and limit must then be counted in one measure (working time and working
 * days are one: a working day is {@link BusinessCalendar#workingDayLength()} of working time),
 * because no other combination fits for every start under every calendar — a working day can be
 * followed by a seven-day holiday.
 *
 * <p>The deadline arithmetic is {@link ServiceLevelClock}'s, in core; this class only selects
 * targets and supplies the calendar.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceLevels implements ServiceLevelPolicy {

  /**
   * One configured target and the conditions under which it applies.
   *
   * @param applicability the conditions
   * @param target the service level
   */
  public record Entry(Applicability applicability, ServiceLevelTarget target) {
    /**
     * Checks the fields.
     *
     * @param applicability the conditions
     * @param target the service level
     */
    public Entry {
      requireNonNull(applicability, "applicability");
      requireNonNull(target, "target");
    }
  }

  /**
   * Steps that run one after another inside an overall limit (处理流程与总时限), e.g. the
   * complaint procedure's route (CMP-05) inside its closing limit (CMP-06).
   *
   * @param ruleId the rule the limit implements, named in the refusal
   * @param steps the milestones of the steps, in order; at least one, none twice
   * @param limit the milestone of the overall limit, counted from the start of the first step
   */
  public record Route(RuleId ruleId, List<Milestone> steps, Milestone limit) {
    /**
     * Checks and copies the fields.
     *
     * @param ruleId the rule the limit implements
     * @param steps the milestones of the steps, in order
     * @param limit the milestone of the overall limit
     * @throws InvalidInputException if there are no steps, a step is named twice or is the limit
     */
    public Route {
      requireNonNull(ruleId, "ruleId");
      steps = List.copyOf(steps);
      requireNonNull(limit, "limit");
      if (steps.isEmpty() || new HashSet<>(steps).size() < steps.size() || steps.contains(limit)) {
        throw InvalidInputException.of("route " + ruleId,
            RulesMessages.BUNDLE.message("rules.sla.route.steps"), steps + " / " + limit);
      }
    }
  }

  private final BusinessCalendar calendar;
  private final ImmutableList<Entry> entries;
  private final ImmutableList<Route> routes;

  private ServiceLevels(BusinessCalendar calendar, List<Entry> entries, List<Route> routes) {
    this.calendar = calendar;
    this.entries = ImmutableList.copyOf(entries);
    this.routes = ImmutableList.copyOf(routes);
  }

  /**
   * A builder with no entries.
   *
   * @param officeCalendar the calendar on which working-time budgets are counted, calendar days
   *     are read and warnings are kept inside working time
   * @return a new builder
   */
  public static Builder builder(BusinessCalendar officeCalendar) {
    return new Builder(officeCalendar);
  }

  /**
   * The office calendar.
   *
   * @return the calendar working-time budgets are counted on
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * The configured entries, in the order added.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The declared routes, in the order declared.
   *
   * @return the routes; each fits its limit for every key (checked by {@link Builder#build()})
   */
  public List<Route> routes() {
    return routes;
  }

  @Override
  public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
    requireNonNull(key, "key");
    Entry best = null;
    for (Entry e : entries) {
      if (e.target().milestone().equals(key.milestone()) && e.applicability().matches(key)
          && (best == null || rank(e) >= rank(best))) {
        best = e;
      }
    }
    return Optional.ofNullable(best).map(Entry::target);
  }

  private static int rank(Entry e) {
    return (e.applicability().contract().isPresent() ? 10 : 0) + e.applicability().specificity();
  }

  /**
   * The office calendar, for every target of this policy.
   *
   * @param target a target of this policy
   * @return the office calendar
   */
  @Override
  public BusinessCalendar calendarFor(ServiceLevelTarget target) {
    requireNonNull(target, "target");
    return calendar;
  }

  /**
   * A builder holding one of the seed's configurations (默认服务时限), to which an adopter may add
   * overrides before {@link Builder#build()}: an entry added later with the same conditions wins.
   *
   * @param seed which of the seed's service-level configurations
   * @param officeCalendar the calendar on which working-time budgets are counted, calendar days
   *     are read and warnings are kept inside working time
   * @return a builder holding the defaults
   */
  public static Builder seed(SeedServiceLevels seed, BusinessCalendar officeCalendar) {
    requireNonNull(seed, "seed");
    Builder builder = builder(officeCalendar);
    seed.configure(builder);
    return builder;
  }

  /** Builds {@link ServiceLevels}. Not thread-safe. */
  public static final class Builder {

    private final BusinessCalendar calendar;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();

    private Builder(BusinessCalendar calendar) {
      this.calendar = requireNonNull(calendar, "officeCalendar");
    }

    /**
     * Adds a target that applies under the given conditions; added later, it wins over an entry
     * with the same conditions added earlier.
     *
     * @param applicability the conditions
     * @param target the service level
     * @return this builder
     */
    public Builder add(Applicability applicability, ServiceLevelTarget target) {
      entries.add(new Entry(applicability, target));
      return this;
    }

    /**
     * Adds a target that applies to every key of its milestone.
     *
     * @param target the service level
     * @return this builder
     */
    public Builder add(ServiceLevelTarget target) {
      return add(Applicability.any(), target);
    }

    /**
     * Declares a route: {@code steps} run one after another inside the overall limit of
     * {@code limit} (see the class comment).
     *
     * @param ruleId the rule the limit implements (e.g. CMP-06)
     * @param limit the milestone of the overall limit
     * @param steps the milestones of the steps, in order
     * @return this builder
     * @throws InvalidInputException if there are no steps, a step is named twice or is the limit
     */
    public Builder route(RuleId ruleId, Milestone limit, List<Milestone> steps) {
      routes.add(new Route(ruleId, steps, limit));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidInputException listing every route that does not fit its limit for some key:
     *     its steps' budgets add up to more than the limit's, or steps and limit are not counted
     *     in one measure
     */
    public ServiceLevels build() {
      ServiceLevels levels = new ServiceLevels(calendar, entries, routes);
      List<Violation> found = new ArrayList<>();
      for (Route route : routes) {
        found.addAll(RouteFit.violations(levels, route));
      }
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      return levels;
    }
  }
}
