package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

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
 *       requested time, an optional fallback budget applies.</li>
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
   *
   * @param fallback the budget used when the customer asked for no time; empty for none
   */
  record AtRequestedTime(Optional<Budget> fallback) implements DeadlineRule {
    /**
     * Checks the fallback.
     *
     * @param fallback the budget used when the customer asked for no time; empty for none
     */
    public AtRequestedTime {
      requireNonNull(fallback, "fallback");
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
}
