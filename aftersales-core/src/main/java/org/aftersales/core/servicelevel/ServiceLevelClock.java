package org.aftersales.core.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;

/**
 * The running service level of one job or complaint step (时限计时): a target, a start and the
 * pauses so far, with everything that follows — the due instant, the warnings, the status at any
 * instant. Obtained from {@link ServiceLevelPolicy#startClock}; immutable: {@link #pausedAt},
 * {@link #resumedAt} and the {@code with…} methods return a new clock.
 *
 * <p>Persist {@link #start()}, {@link #pauses()} and the requested and committed times with the
 * job; {@link ServiceLevelPolicy#restoreClock} rebuilds the clock from them.
 *
 * <p><b>Boundaries.</b> A job completed exactly at the due instant is on time; it is overdue at
 * any instant after it. Pauses never make a deadline earlier.
 */
public interface ServiceLevelClock {

  /**
   * The service level being measured.
   *
   * @return the target
   */
  ServiceLevelTarget target();

  /**
   * When the clock started.
   *
   * @return the start
   */
  Instant start();

  /**
   * The pauses, in order; only the last may be open.
   *
   * @return the pauses, unmodifiable
   */
  List<Pause> pauses();

  /**
   * The time the customer asked for, used by {@link DeadlineRule.AtRequestedTime}.
   *
   * @return the requested time, if given
   */
  Optional<Instant> requestedTime();

  /**
   * The resolution time committed to the customer, which replaces
   * {@link DeadlineRule.ByEndOfWorkingDay} (SVC-14).
   *
   * @return the committed time, if given
   */
  Optional<Instant> committedTime();

  /**
   * Stops the clock at {@code at}.
   *
   * @param at when the clock stops; not before the start or the end of the last pause
   * @return the paused clock
   * @throws InvalidInputException if already paused or {@code at} is too early
   */
  ServiceLevelClock pausedAt(Instant at);

  /**
   * Starts the clock again at {@code at}.
   *
   * @param at when the clock runs again; not before the pause began
   * @return the running clock
   * @throws InvalidInputException if not paused or {@code at} is before the pause's start
   */
  ServiceLevelClock resumedAt(Instant at);

  /**
   * The same clock with the time the customer asked for.
   *
   * @param requested the requested time
   * @return the new clock
   */
  ServiceLevelClock withRequestedTime(Instant requested);

  /**
   * The same clock with a resolution time committed to the customer (SVC-14).
   *
   * @param committed the committed time
   * @return the new clock
   */
  ServiceLevelClock withCommittedTime(Instant committed);

  /**
   * When the milestone is due.
   *
   * @return the due instant; empty while an open pause holds the clock before the budget is used
   *     up, or for {@link DeadlineRule.AtRequestedTime} without a requested time or fallback
   */
  Optional<Instant> due();

  /**
   * The warnings that follow from the target's fractions, in order; a warning whose instant
   * cannot be known yet (the clock is held by an open pause before it) is not listed.
   *
   * @return the warnings, unmodifiable
   */
  List<Warning> warnings();

  /**
   * How much of the allowed time has been used at {@code at}: for a budget, time in the budget's
   * measure from the start to {@code at}, pauses excluded; for a fixed due instant, elapsed time
   * from the start. Zero before the start.
   *
   * @param at any instant
   * @return the time used
   */
  Duration usedAt(Instant at);

  /**
   * Where the clock stands at {@code at}.
   *
   * @param at any instant
   * @return on track, at risk (a warning has fallen due) or overdue (after the due instant)
   */
  ServiceLevelStatus statusAt(Instant at);

  /**
   * Whether a milestone reached at {@code completedAt} meets the service level: at or before the
   * due instant. While an open pause holds the clock before the budget is used up there is no due
   * instant yet, and every completion meets it — a job completed while waiting for the customer
   * is on time if it was on time when the clock stopped.
   *
   * @param completedAt when the milestone was reached
   * @return true if on time
   */
  boolean isMetBy(Instant completedAt);
}
