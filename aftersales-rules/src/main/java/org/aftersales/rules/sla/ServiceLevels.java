package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;

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
 * ServiceLevelPolicy levels = SeedServiceLevels.dispatch(office)          // SVC-11 defaults
 *     .add(Applicability.any().inZone(ServiceZone.CITY),                  // 5 h instead of 6
 *          SeedServiceLevels.target("SVC-11", Milestone.ARRIVAL_ON_SITE, Budget.workingHours(5)))
 *     .build();
 * }</pre>
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

  private final BusinessCalendar calendar;
  private final ImmutableList<Entry> entries;

  private ServiceLevels(BusinessCalendar calendar, List<Entry> entries) {
    this.calendar = calendar;
    this.entries = ImmutableList.copyOf(entries);
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

  @Override
  public ServiceLevelClock startClock(ServiceLevelTarget target, Instant start) {
    return restoreClock(target, start, List.of());
  }

  @Override
  public ServiceLevelClock restoreClock(ServiceLevelTarget target, Instant start,
      List<Pause> pauses) {
    requireNonNull(target, "target");
    requireNonNull(start, "start");
    return new StandardServiceLevelClock(calendar, target, start,
        StandardServiceLevelClock.checked(start, ImmutableList.copyOf(pauses)), null, null);
  }

  /** Builds {@link ServiceLevels}. Not thread-safe. */
  public static final class Builder {

    private final BusinessCalendar calendar;
    private final List<Entry> entries = new ArrayList<>();

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
     * Builds the policy.
     *
     * @return the policy
     */
    public ServiceLevels build() {
      return new ServiceLevels(calendar, entries);
    }
  }
}
