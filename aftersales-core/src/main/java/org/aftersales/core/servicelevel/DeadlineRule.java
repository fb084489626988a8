package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * How a service-level target sets its deadline (时限规则). Three kinds:
 *
 * <ul>
 *   <li>{@link WithinBudget} — a {@link Budget} counted from the start, with pauses given back
 *       (SVC-11, SVC-12, SVC-13 reply, CMP-04, CMP-05, CMP-06).</li>
 *   <li>{@link ByEndOfWorkingDay} — solved the day it was raised: the end of the working day
 *       running at the start, or of the next one if none is (SVC-14); an explicit time committed
 *       to the customer replaces it.</li>
 *   <li>{@link AtRequestedTime} — at the time the customer asked for (SVC-13 on-site); without a
 *       requested time, a fallback budget if one is configured.</li>
 * </ul>
 *
 * <p>Deadlines of the last two kinds are instants agreed with the customer or fixed by the
 * calendar; pauses do not move them (change the committed or requested time instead).
 */
public sealed interface DeadlineRule
    permits DeadlineRule.WithinBudget, DeadlineRule.ByEndOfWorkingDay, DeadlineRule.AtRequestedTime {

  /**
   * Due when the budget has been used up, counted from the start and excluding pauses.
   *
   * @param budget the budget
   */
  record WithinBudget(Budget budget) implements DeadlineRule {
    /**
     * Checks the budget.
     *
     * @param budget the budget
     */
    public WithinBudget {
      requireNonNull(budget, "budget");
    }
  }

  /**
   * Due at the end of the working day that is running at the start (or of the next working day),
   * unless a resolution time has been committed to the customer.
   */
  record ByEndOfWorkingDay() implements DeadlineRule {}

  /**
   * Due at the time the customer asked for; without one, within the fallback budget, if any.
   * A small value with an optional part, so not a record (decision 0010: no {@code Optional}
   * components): build it with {@link DeadlineRule#atRequestedTime()} or
   * {@link DeadlineRule#atRequestedTime(Budget)}. Immutable and thread-safe.
   */
  final class AtRequestedTime implements DeadlineRule {

    private final Budget fallback;

    private AtRequestedTime(Budget fallback) {
      this.fallback = fallback;
    }

    /**
     * The budget used when the customer asked for no time.
     *
     * @return the fallback, or empty for none (no deadline without a requested time)
     */
    public Optional<Budget> fallback() {
      return Optional.ofNullable(fallback);
    }

    /**
     * Equal if the fallbacks are equal (or both absent).
     *
     * @param o the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof AtRequestedTime that && Objects.equals(fallback, that.fallback);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(fallback);
    }

    /**
     * E.g. {@code "AtRequestedTime[fallback=24h elapsed]"} or {@code "AtRequestedTime[]"}.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return fallback == null ? "AtRequestedTime[]" : "AtRequestedTime[fallback=" + fallback + "]";
    }
  }

  /**
   * Shorthand for {@code new WithinBudget(budget)}.
   *
   * @param budget the budget
   * @return the rule
   */
  static DeadlineRule within(Budget budget) {
    return new WithinBudget(budget);
  }

  /**
   * Due at the time the customer asked for; without one there is no deadline.
   *
   * @return the rule
   */
  static DeadlineRule atRequestedTime() {
    return new AtRequestedTime(null);
  }

  /**
   * Due at the time the customer asked for; without one, within {@code fallback}.
   *
   * @param fallback the budget used when the customer asked for no time
   * @return the rule
   */
  static DeadlineRule atRequestedTime(Budget fallback) {
    return new AtRequestedTime(requireNonNull(fallback, "fallback"));
  }
}
