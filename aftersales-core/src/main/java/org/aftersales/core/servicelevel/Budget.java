package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;

/**
 * An amount of time allowed for a step (时限), in one of four units. What each unit means:
 *
 * <ul>
 *   <li>{@link Unit#WORKING_TIME} — working time on the office calendar
 *       ({@link BusinessCalendar#addWorkingTime}). Nights, weekends, holidays and lunch breaks do
 *       not count. "6 working hours" (SVC-11).</li>
 *   <li>{@link Unit#WORKING_DAYS} — {@code n} working days are {@code n ×}
 *       {@link BusinessCalendar#workingDayLength()} of working time; fractions are allowed
 *       ("½ day", "closed within 13 days", CMP-05, CMP-06). On a calendar whose days all have
 *       that length, one working day from Monday 15:00 is Tuesday 15:00.</li>
 *   <li>{@link Unit#CALENDAR_DAYS} — whole days on the wall calendar of the calendar's zone: the
 *       same local time {@code n} days later ({@code ZonedDateTime.plusDays}; across a daylight
 *       saving change a day is 23 or 25 hours; a local time that does not exist that day moves
 *       forward by the gap). A fraction adds that fraction of 24 hours of elapsed time. Nights,
 *       weekends and holidays count. "Answer within 10 days" as a customer would count them;
 *       the seed's complaint limit (CMP-06) counts working days instead, like its steps
 *       (decision 0012).</li>
 *   <li>{@link Unit#ELAPSED_TIME} — time on the clock, around the clock (24×7), independent of
 *       zones and daylight saving. "Arrive within 2 hours" (SVC-12), "reply within 24 hours"
 *       (SVC-13).</li>
 * </ul>
 *
 * <p>A budget is zero or more. Immutable and thread-safe; equal budgets have the same unit and
 * the same amount ({@code 1.0} and {@code 1} days are equal).
 */
public final class Budget {

  /** The unit a budget is counted in; see {@link Budget} for what each means. */
  public enum Unit {
    /** Working time on the office calendar. */
    WORKING_TIME,
    /** Working days of {@link BusinessCalendar#workingDayLength()} each; fractions allowed. */
    WORKING_DAYS,
    /** Days on the wall calendar of the zone; nights, weekends and holidays count. */
    CALENDAR_DAYS,
    /** Time on the clock, 24×7. */
    ELAPSED_TIME
  }

  private final Unit unit;
  private final Duration duration;
  private final BigDecimal days;

  private Budget(Unit unit, Duration duration, BigDecimal days) {
    this.unit = unit;
    this.duration = duration;
    this.days = days;
  }

  /**
   * A budget of working time.
   *
   * @param workingTime zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget workingTime(Duration workingTime) {
    return new Budget(Unit.WORKING_TIME, nonNegative(workingTime), null);
  }

  /**
   * A budget of whole working hours.
   *
   * @param hours zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget workingHours(long hours) {
    return workingTime(Duration.ofHours(hours));
  }

  /**
   * A budget of whole working minutes.
   *
   * @param minutes zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget workingMinutes(long minutes) {
    return workingTime(Duration.ofMinutes(minutes));
  }

  /**
   * A budget of working days, e.g. {@code 0.5} for half a day.
   *
   * @param days zero or more; any number of decimal places
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget workingDays(BigDecimal days) {
    return new Budget(Unit.WORKING_DAYS, null, nonNegative(days));
  }

  /**
   * A budget of whole working days.
   *
   * @param days zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget workingDays(long days) {
    return workingDays(BigDecimal.valueOf(days));
  }

  /**
   * A budget of calendar days, e.g. 13.
   *
   * @param days zero or more; a fraction adds that fraction of 24 elapsed hours
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget calendarDays(BigDecimal days) {
    return new Budget(Unit.CALENDAR_DAYS, null, nonNegative(days));
  }

  /**
   * A budget of whole calendar days.
   *
   * @param days zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget calendarDays(long days) {
    return calendarDays(BigDecimal.valueOf(days));
  }

  /**
   * A budget of elapsed time, around the clock.
   *
   * @param elapsed zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget elapsed(Duration elapsed) {
    return new Budget(Unit.ELAPSED_TIME, nonNegative(elapsed), null);
  }

  /**
   * A budget of whole elapsed hours, around the clock.
   *
   * @param hours zero or more
   * @return the budget
   * @throws InvalidInputException if negative
   */
  public static Budget elapsedHours(long hours) {
    return elapsed(Duration.ofHours(hours));
  }

  private static Duration nonNegative(Duration d) {
    requireNonNull(d, "duration");
    if (d.isNegative()) {
      throw InvalidInputException.of("budget",
          MessageBundle.CORE.message("core.budget.negative"), d);
    }
    return d;
  }

  private static BigDecimal nonNegative(BigDecimal days) {
    requireNonNull(days, "days");
    if (days.signum() < 0) {
      throw InvalidInputException.of("budget",
          MessageBundle.CORE.message("core.budget.negative"), days);
    }
    // Since Java 8 a zero of any scale strips to BigDecimal.ZERO.
    return days.stripTrailingZeros();
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The amount for {@link Unit#WORKING_TIME} and {@link Unit#ELAPSED_TIME} budgets.
   *
   * @return the duration, or empty for day-based budgets
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * The number of days for {@link Unit#WORKING_DAYS} and {@link Unit#CALENDAR_DAYS} budgets.
   *
   * @return the days, without trailing zeros, or empty for duration-based budgets
   */
  public Optional<BigDecimal> days() {
    return Optional.ofNullable(days);
  }

  /**
   * Whether the budget counts time on the office calendar ({@link Unit#WORKING_TIME} or
   * {@link Unit#WORKING_DAYS}) rather than on the wall clock.
   *
   * @return true for working-time units
   */
  public boolean isWorkingTime() {
    return unit == Unit.WORKING_TIME || unit == Unit.WORKING_DAYS;
  }

  /**
   * The amount of working time this budget stands for on {@code calendar}, as every
   * {@link ServiceLevelClock} counts it: a working-time budget's duration; working days times the
   * calendar's {@link BusinessCalendar#workingDayLength() working-day length}, rounded half-up to
   * the nanosecond. For callers that add working time on the calendar themselves, many times over
   * one budget, instead of starting a clock each time.
   *
   * @param calendar the calendar the budget is counted on
   * @return the working time; empty for a budget on the wall clock (elapsed or calendar days)
   * @throws InvalidInputException (path {@code budget}) if the amount exceeds the supported range
   */
  public Optional<Duration> workingTimeOn(BusinessCalendar calendar) {
    requireNonNull(calendar, "calendar");
    // A working amount does not depend on where it starts; the start only names the range in a
    // refusal.
    return isWorkingTime()
        ? Optional.of(TimeMeasure.amount(this, calendar, SupportedTime.FIRST_INSTANT))
        : Optional.empty();
  }

  /**
   * Whether the budget is zero.
   *
   * @return true for a zero budget
   */
  public boolean isZero() {
    return duration != null ? duration.isZero() : days.signum() == 0;
  }

  /**
   * The sum of two budgets of the same unit.
   *
   * @param other a budget of the same unit
   * @return the sum
   * @throws InvalidInputException if the units differ
   */
  public Budget plus(Budget other) {
    requireNonNull(other, "other");
    if (other.unit != unit) {
      throw InvalidInputException.of("budget", MessageBundle.CORE.message(
          "core.budget.unitMismatch", "expected", unit), other.unit);
    }
    return duration != null
        ? new Budget(unit, duration.plus(other.duration), null)
        : new Budget(unit, null, days.add(other.days).stripTrailingZeros());
  }

  /**
   * Equal if unit and amount are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Budget that && unit == that.unit
        && (duration != null ? duration.equals(that.duration) : days.compareTo(that.days) == 0);
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + (duration != null ? duration.hashCode() : days.hashCode());
  }

  /**
   * E.g. {@code "6h working time"}, {@code "0.5 working days"}, {@code "13 calendar days"},
   * {@code "4h elapsed"}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    switch (unit) {
      case WORKING_TIME:
        return format(duration) + " working time";
      case WORKING_DAYS:
        return days.toPlainString() + " working days";
      case CALENDAR_DAYS:
        return days.toPlainString() + " calendar days";
      default:
        return format(duration) + " elapsed";
    }
  }

  private static String format(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
