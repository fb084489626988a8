package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;

/**
 * The running service level of one job or complaint step (时限计时): a target, the calendar it is
 * counted on, a start and the pauses so far, with everything that follows — the due instant, the
 * warnings, the status at any instant.
 *
 * <p>A clock is a value: it is defined by its {@link #target()}, {@link #calendar()},
 * {@link #start()}, {@link #pauses()}, {@link #requestedTime()} and {@link #committedTime()}, and
 * two clocks with equal definitions are equal, so a clock rebuilt from persisted state equals the
 * one that was saved. The due instant and the warnings are computed once, when the clock is
 * created. {@link #pausedAt}, {@link #resumedAt} and the {@code with…} methods return a new clock.
 * Immutable and thread-safe as long as the calendar is (every {@link BusinessCalendar} must be).
 *
 * <h2>How the deadline is counted</h2>
 * <ul>
 *   <li>{@link DeadlineRule.WithinBudget}: the budget is turned into an amount of its measure at
 *       the start (see {@link Budget} for what each unit means) and counted from the start;
 *       pauses give back the time inside them in the same measure. A working-time budget given
 *       back by a pause is the working time inside the pause, not its elapsed length.</li>
 *   <li>{@link DeadlineRule.ByEndOfWorkingDay}: the committed time if one is set, else
 *       {@link BusinessCalendar#endOfWorkingDay} of the start. Pauses do not move it.</li>
 *   <li>{@link DeadlineRule.AtRequestedTime}: the requested time if one is set, else the
 *       fallback budget counted as above, else no deadline.</li>
 * </ul>
 *
 * <h2>Warnings</h2>
 * A warning at fraction {@code f} falls when {@code f} of the allowed amount has been used
 * (rounded down to the nanosecond), in the deadline's own measure and with pauses given back.
 * For a fixed due instant the allowed amount is the elapsed time from the start to it. Warnings
 * of measures other than working time are moved forward to the calendar's next working moment
 * when {@link ServiceLevelTarget#warningsInWorkingTime()} holds, and dropped if that is not
 * before the due instant. No warnings are given when the allowed amount is zero or negative (a
 * requested time at or before the start).
 *
 * <p>Persist {@link #start()}, {@link #pauses()} and the requested and committed times with the
 * job; {@link #of(ServiceLevelTarget, BusinessCalendar, Instant, List)} (or
 * {@link ServiceLevelPolicy#restoreClock}) rebuilds the clock from them.
 *
 * <p><b>Boundaries.</b> A job completed exactly at the due instant is on time; it is overdue at
 * any instant after it. Pauses never make a deadline earlier.
 *
 * <p><b>Supported range.</b> The start, the pauses, the requested and committed times and the
 * instants given to {@link #pausedAt}, {@link #resumedAt} and {@link #usedAt} must lie in the
 * {@linkplain SupportedTime supported range}, and so must the due instant and the warnings that
 * follow from them: a start typed as the year 0026, or a budget that would end after 2300, is
 * refused with an {@link InvalidInputException} (path {@code start}, {@code pauses[i]},
 * {@code budget}, …) rather than giving a deadline centuries away. Inside the range every
 * deadline is exact.
 */
public final class ServiceLevelClock {

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private final ServiceLevelTarget target;
  private final BusinessCalendar calendar;
  private final Instant start;
  private final ImmutableList<Pause> pauses;
  /** The time the customer asked for, or null. */
  private final Instant requested;
  /** The resolution time committed to the customer, or null. */
  private final Instant committed;

  /** The budget in force (the rule's, or a fallback), or null for a fixed due instant. */
  private final Budget budget;
  private final TimeMeasure measure;
  /** The allowed amount in the measure: the budget's, or start to the fixed due instant. */
  private final Duration amount;
  /** The due instant, or null while it cannot be known. */
  private final Instant due;
  private final ImmutableList<Warning> warnings;

  private ServiceLevelClock(ServiceLevelTarget target, BusinessCalendar calendar, Instant start,
      ImmutableList<Pause> pauses, Instant requested, Instant committed) {
    this.target = target;
    this.calendar = calendar;
    this.start = start;
    this.pauses = pauses;
    this.requested = requested;
    this.committed = committed;

    Instant fixed = null;
    Budget inForce = null;
    DeadlineRule rule = target.rule();
    if (rule instanceof DeadlineRule.WithinBudget within) {
      inForce = within.budget();
    } else if (rule instanceof DeadlineRule.ByEndOfWorkingDay) {
      fixed = committed != null ? committed : calendar.endOfWorkingDay(start);
    } else if (requested != null) {
      fixed = requested;
    } else {
      inForce = ((DeadlineRule.AtRequestedTime) rule).fallback().orElse(null);
    }
    this.budget = inForce;
    if (inForce != null) {
      this.measure = TimeMeasure.of(inForce, calendar);
      this.amount = TimeMeasure.amount(inForce, calendar, start);
      this.due = measure.due(start, amount, pauses);
    } else {
      this.measure = TimeMeasure.ELAPSED;
      this.amount = fixed == null ? Duration.ZERO : Duration.between(start, fixed);
      this.due = fixed;
    }
    this.warnings = computeWarnings();
  }

  /**
   * A clock that starts at {@code start}, with no pauses.
   *
   * @param target the service level
   * @param calendar the calendar working-time budgets are counted on, calendar days are read in
   *     and warnings are kept inside
   * @param start when counting starts (the call, the acceptance of a complaint, …), in the
   *     {@linkplain SupportedTime supported range}
   * @return the running clock
   * @throws InvalidInputException if the start, the due instant or a warning lies outside the
   *     supported range
   */
  public static ServiceLevelClock of(ServiceLevelTarget target, BusinessCalendar calendar,
      Instant start) {
    return of(target, calendar, start, List.of());
  }

  /**
   * A clock rebuilt from persisted state.
   *
   * @param target the service level
   * @param calendar the calendar working-time budgets are counted on
   * @param start when counting started
   * @param pauses the pauses, in order, none before {@code start}, each starting at or after the
   *     end of the one before, only the last open
   * @return the clock
   * @throws InvalidInputException if the pauses are out of order, overlap or precede the start,
   *     if the start or a pause lies outside the {@linkplain SupportedTime supported range}, or if
   *     the due instant or a warning would lie outside it
   */
  public static ServiceLevelClock of(ServiceLevelTarget target, BusinessCalendar calendar,
      Instant start, List<Pause> pauses) {
    requireNonNull(target, "target");
    requireNonNull(calendar, "calendar");
    SupportedTime.require(start, "start");
    return new ServiceLevelClock(target, calendar, start, checked(start, pauses), null, null);
  }

  /**
   * Checks that pauses are in order: none before the start, each starting at or after the end of
   * the previous one, only the last one open.
   */
  private static ImmutableList<Pause> checked(Instant start, List<Pause> pauses) {
    ImmutableList<Pause> copy = ImmutableList.copyOf(requireNonNull(pauses, "pauses"));
    Instant previousEnd = start;
    for (int i = 0; i < copy.size(); i++) {
      Pause p = copy.get(i);
      String path = "pauses[" + i + "]";
      SupportedTime.require(p.start(), path);
      p.end().ifPresent(end -> SupportedTime.require(end, path));
      if (p.start().isBefore(start)) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.beforeStart", "start", start), p.start());
      }
      if (p.start().isBefore(previousEnd)) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.beforeLastPause", "end", previousEnd), p.start());
      }
      if (p.isOpen() && i < copy.size() - 1) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.alreadyPaused", "since", p.start()), copy.get(i + 1).start());
      }
      previousEnd = p.end().orElse(p.start());
    }
    return copy;
  }

  private ImmutableList<Warning> computeWarnings() {
    if (amount.isNegative() || amount.isZero()) {
      return ImmutableList.of();
    }
    List<Warning> result = new ArrayList<>();
    for (BigDecimal fraction : target.warningFractions()) {
      // Seconds and nanoseconds apart: an amount of more than 292 years has no long nanoseconds.
      BigDecimal nanos = BigDecimal.valueOf(amount.getSeconds()).scaleByPowerOfTen(9)
          .add(BigDecimal.valueOf(amount.getNano())).multiply(fraction)
          .setScale(0, RoundingMode.DOWN);
      BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
      Duration part = Duration.ofSeconds(secondsAndNanos[0].longValueExact(),
          secondsAndNanos[1].longValueExact());
      Instant when = budget != null ? measure.due(start, part, pauses) : start.plus(part);
      if (when == null) {
        // An open pause holds the clock before this warning; later ones are held too.
        break;
      }
      if (!measure.isWorkingTime() && target.warningsInWorkingTime()) {
        when = calendar.nextWorkingMoment(when);
        if (due != null && !when.isBefore(due)) {
          continue;
        }
      }
      result.add(new Warning(fraction, when));
    }
    return ImmutableList.copyOf(result);
  }

  /**
   * The service level being measured.
   *
   * @return the target
   */
  public ServiceLevelTarget target() {
    return target;
  }

  /**
   * The calendar the clock counts on: working-time budgets, the zone of calendar days, the end of
   * the working day, and the working time warnings are kept in.
   *
   * @return the calendar
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * When the clock started.
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * The pauses, in order; only the last may be open.
   *
   * @return the pauses, unmodifiable
   */
  public List<Pause> pauses() {
    return pauses;
  }

  /**
   * The time the customer asked for, used by {@link DeadlineRule.AtRequestedTime}.
   *
   * @return the requested time, if given
   */
  public Optional<Instant> requestedTime() {
    return Optional.ofNullable(requested);
  }

  /**
   * The resolution time committed to the customer, which replaces
   * {@link DeadlineRule.ByEndOfWorkingDay} (SVC-14).
   *
   * @return the committed time, if given
   */
  public Optional<Instant> committedTime() {
    return Optional.ofNullable(committed);
  }

  /**
   * Stops the clock at {@code at}.
   *
   * @param at when the clock stops; not before the start or the end of the last pause
   * @return the paused clock
   * @throws InvalidInputException if already paused, {@code at} is too early or lies outside the
   *     supported range
   */
  public ServiceLevelClock pausedAt(Instant at) {
    SupportedTime.require(at, "pause");
    if (isPaused()) {
      throw InvalidInputException.of("pause", MessageBundle.CORE.message(
          "core.servicelevel.alreadyPaused", "since", lastPause().start()), at);
    }
    List<Pause> next = new ArrayList<>(pauses);
    next.add(Pause.openSince(at));
    return new ServiceLevelClock(target, calendar, start, checked(start, next), requested,
        committed);
  }

  /**
   * Starts the clock again at {@code at}.
   *
   * @param at when the clock runs again; not before the pause began
   * @return the running clock
   * @throws InvalidInputException if not paused, {@code at} is before the pause's start or lies
   *     outside the supported range
   */
  public ServiceLevelClock resumedAt(Instant at) {
    SupportedTime.require(at, "resume");
    if (!isPaused()) {
      throw InvalidInputException.of("resume",
          MessageBundle.CORE.message("core.servicelevel.notPaused"), at);
    }
    List<Pause> next = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
    next.add(lastPause().endedAt(at));
    return new ServiceLevelClock(target, calendar, start, ImmutableList.copyOf(next), requested,
        committed);
  }

  /**
   * Whether an open pause holds the clock.
   *
   * @return true if the last pause has no end
   */
  public boolean isPaused() {
    return !pauses.isEmpty() && lastPause().isOpen();
  }

  private Pause lastPause() {
    return pauses.get(pauses.size() - 1);
  }

  /**
   * The same clock with the time the customer asked for.
   *
   * @param requestedTime the requested time, in the supported range
   * @return the new clock
   * @throws InvalidInputException if the time lies outside the supported range
   */
  public ServiceLevelClock withRequestedTime(Instant requestedTime) {
    return new ServiceLevelClock(target, calendar, start, pauses,
        SupportedTime.require(requestedTime, "requestedTime"), committed);
  }

  /**
   * The same clock with a resolution time committed to the customer (SVC-14).
   *
   * @param committedTime the committed time, in the supported range
   * @return the new clock
   * @throws InvalidInputException if the time lies outside the supported range
   */
  public ServiceLevelClock withCommittedTime(Instant committedTime) {
    return new ServiceLevelClock(target, calendar, start, pauses, requested,
        SupportedTime.require(committedTime, "committedTime"));
  }

  /**
   * When the milestone is due.
   *
   * @return the due instant; empty while an open pause holds the clock before the budget is used
   *     up, or for {@link DeadlineRule.AtRequestedTime} without a requested time or fallback
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  /**
   * The warnings that follow from the target's fractions, in order; a warning whose instant
   * cannot be known yet (the clock is held by an open pause before it) is not listed.
   *
   * @return the warnings, unmodifiable
   */
  public List<Warning> warnings() {
    return warnings;
  }

  /**
   * How much of the allowed time has been used at {@code at}: for a budget, time in the budget's
   * measure from the start to {@code at}, pauses excluded; for a fixed due instant, elapsed time
   * from the start. Zero at and before the start.
   *
   * @param at any instant in the supported range
   * @return the time used
   * @throws InvalidInputException if {@code at} lies outside the supported range
   */
  public Duration usedAt(Instant at) {
    SupportedTime.require(at, "at");
    return budget != null ? measure.used(start, at, pauses)
        : at.isAfter(start) ? Duration.between(start, at) : Duration.ZERO;
  }

  /**
   * Where the clock stands at {@code at}.
   *
   * @param at any instant
   * @return on track, at risk (a warning has fallen due) or overdue (after the due instant)
   */
  public ServiceLevelStatus statusAt(Instant at) {
    requireNonNull(at, "at");
    if (due != null && at.isAfter(due)) {
      return ServiceLevelStatus.OVERDUE;
    }
    // Warnings are in ascending order, so the first one is due before any other.
    if (!warnings.isEmpty() && !at.isBefore(warnings.get(0).at())) {
      return ServiceLevelStatus.AT_RISK;
    }
    return ServiceLevelStatus.ON_TRACK;
  }

  /**
   * Whether a milestone reached at {@code completedAt} meets the service level: at or before the
   * due instant. While an open pause holds the clock before the budget is used up there is no due
   * instant yet, and every completion meets it — a job completed while waiting for the customer
   * is on time if it was on time when the clock stopped.
   *
   * @param completedAt when the milestone was reached
   * @return true if on time
   */
  public boolean isMetBy(Instant completedAt) {
    requireNonNull(completedAt, "completedAt");
    return due == null || !completedAt.isAfter(due);
  }

  /**
   * Equal if target, calendar, start, pauses, requested time and committed time are equal; the
   * due instant and the warnings follow from them.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceLevelClock that
        && target.equals(that.target) && calendar.equals(that.calendar)
        && start.equals(that.start) && pauses.equals(that.pauses)
        && Objects.equals(requested, that.requested) && Objects.equals(committed, that.committed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, calendar, start, pauses, requested, committed);
  }

  /**
   * E.g. {@code "ServiceLevelClock[SVC-11 ARRIVAL_ON_SITE, start 2026-11-02T01:00:00Z, due
   * 2026-11-02T07:30:00Z, pauses []]"}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "ServiceLevelClock[" + target.ruleId() + " " + target.milestone() + ", start " + start
        + ", due " + (due == null ? "open" : due.toString()) + ", pauses " + pauses + "]";
  }
}
