package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;

/**
 * Elapsed time against budget for one entry of a routing form, or for the whole case
 * (流程时限统计): computed from a {@link RoutingLedger} with a service-level policy, never stored.
 * Elapsed and remaining are in the budget's measure (working time for the seed's working-day
 * budgets, so ½ day is half a working day of the calendar), not wall-clock time.
 *
 * @param step the step, or {@link Milestone#COMPLAINT_CLOSURE} for the overall clock
 * @param start when the clock started: the step's hand-over, or the case's acceptance
 * @param budget the budget the policy gives the step in the case's market
 * @param due when the budget runs out
 * @param elapsed time used in the budget's measure from {@code start} to the step's end (or to
 *     the instant asked about while it is open)
 * @param remaining the budget left in the same measure; negative once late
 * @param onTime true if the step ended, or is still open, at or before {@code due}
 */
public record StepFigures(Milestone step, Instant start, Budget budget, Instant due,
    Duration elapsed, Duration remaining, boolean onTime) {

  /**
   * Checks that every part is given.
   *
   * @param step the step
   * @param start when the clock started
   * @param budget the budget
   * @param due when the budget runs out
   * @param elapsed time used, in the budget's measure
   * @param remaining the budget left, in the same measure; negative once late
   * @param onTime whether the step ended, or is still open, at or before {@code due}
   * @throws NullPointerException if a part is null
   */
  public StepFigures {
    requireNonNull(step, "step");
    requireNonNull(start, "start");
    requireNonNull(budget, "budget");
    requireNonNull(due, "due");
    requireNonNull(elapsed, "elapsed");
    requireNonNull(remaining, "remaining");
  }
}
