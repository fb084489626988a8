package org.aftersales.core.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.aftersales.core.shared.SupportedTime;

/**
 * A way of counting time — working time on a {@link BusinessCalendar}, or elapsed time — and the
 * budget arithmetic with pauses that is the same for both. This is where the meaning of each
 * {@link Budget.Unit} is implemented; {@link Budget}'s class comment is its specification.
 */
abstract class TimeMeasure {

  private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toNanos());
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  /**
   * The whole supported range: a budget longer than this ends outside it from any supported start,
   * so it is refused before any arithmetic could overflow.
   */
  static final Duration SPAN =
      Duration.between(SupportedTime.FIRST_INSTANT, SupportedTime.LAST_INSTANT);

  /** Time on the clock, 24×7. */
  static final TimeMeasure ELAPSED = new TimeMeasure() {
    @Override
    Instant plus(Instant start, Duration amount) {
      Instant due = amount.compareTo(SPAN) > 0 ? null : start.plus(amount);
      if (due == null || !SupportedTime.contains(due)) {
        throw SupportedTime.resultOutside("budget", start + " + " + amount);
      }
      return due;
    }

    @Override
    Duration between(Instant from, Instant to) {
      return Duration.between(from, to);
    }

    @Override
    boolean isWorkingTime() {
      return false;
    }
  };

  /** The instant at which {@code amount} of this measure has passed since {@code start}. */
  abstract Instant plus(Instant start, Duration amount);

  /** The amount of this measure in [from, to); negative if reversed. */
  abstract Duration between(Instant from, Instant to);

  /** Whether this measure counts working time (rather than elapsed time). */
  abstract boolean isWorkingTime();

  /** Working time on {@code calendar}. */
  static TimeMeasure workingTime(BusinessCalendar calendar) {
    return new TimeMeasure() {
      @Override
      Instant plus(Instant start, Duration amount) {
        return calendar.addWorkingTime(start, amount);
      }

      @Override
      Duration between(Instant from, Instant to) {
        return calendar.workingTimeBetween(from, to);
      }

      @Override
      boolean isWorkingTime() {
        return true;
      }
    };
  }

  /**
   * The measure a budget is counted in: working time on the calendar for
   * {@link Budget.Unit#WORKING_TIME} and {@link Budget.Unit#WORKING_DAYS}, elapsed time for the
   * others (calendar days become an elapsed amount in {@link #amount}).
   */
  static TimeMeasure of(Budget budget, BusinessCalendar calendar) {
    return budget.isWorkingTime() ? workingTime(calendar) : ELAPSED;
  }

  /**
   * The budget as an amount of its measure, counted from {@code start}: working days times the
   * calendar's working-day length; calendar days to the same local time that many days later (in
   * the calendar's zone, so a day across a daylight-saving change is 23 or 25 hours), plus the
   * fraction of 24 hours. Rounded half-up to the nanosecond: budgets are given in days, the
   * arithmetic is exact to the nanosecond, and half a nanosecond is the only rounding there is.
   * A budget of more days than the supported range holds is refused (path {@code budget}).
   */
  static Duration amount(Budget budget, BusinessCalendar calendar, Instant start) {
    switch (budget.unit()) {
      case WORKING_DAYS:
        // Seconds and nanoseconds apart: a calendar's day length need not fit in long nanoseconds.
        Duration day = calendar.workingDayLength();
        BigDecimal dayNanos = BigDecimal.valueOf(day.getSeconds()).scaleByPowerOfTen(9)
            .add(BigDecimal.valueOf(day.getNano()));
        return nanos(budget.days().orElseThrow().multiply(dayNanos), budget, start);
      case CALENDAR_DAYS:
        BigDecimal days = budget.days().orElseThrow();
        if (days.compareTo(MAX_DAYS) > 0) {
          throw SupportedTime.resultOutside("budget", start + " + " + budget);
        }
        BigDecimal whole = days.setScale(0, RoundingMode.DOWN);
        ZonedDateTime later = start.atZone(calendar.zone()).plusDays(whole.longValueExact());
        return Duration.between(start, later.toInstant())
            .plus(nanos(days.subtract(whole).multiply(NANOS_PER_DAY), budget, start));
      default:
        return budget.duration().orElseThrow();
    }
  }

  /** More calendar days than the supported range holds. */
  private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(SPAN.toDays() + 1);

  /**
   * Nanoseconds rounded half-up as a duration; more than {@link #SPAN} is refused before it could
   * overflow a {@code long} (292 years of nanoseconds is less than the range).
   */
  private static Duration nanos(BigDecimal nanos, Budget budget, Instant start) {
    BigDecimal[] secondsAndNanos = nanos.setScale(0, RoundingMode.HALF_UP)
        .divideAndRemainder(NANOS_PER_SECOND);
    if (secondsAndNanos[0].compareTo(BigDecimal.valueOf(SPAN.getSeconds())) > 0) {
      throw SupportedTime.resultOutside("budget", start + " + " + budget);
    }
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(),
        secondsAndNanos[1].longValueExact());
  }

  /**
   * When {@code amount} of this measure has been used since {@code start}, the time inside
   * {@code pauses} not counted; null if an open pause holds the clock first. A budget that runs
   * out exactly as a pause starts is due at the pause's start: the pause cannot take back time
   * that was never needed.
   *
   * @param pauses sorted, not overlapping, none before start, only the last open
   */
  Instant due(Instant start, Duration amount, List<Pause> pauses) {
    Instant t = start;
    Duration remaining = amount;
    for (Pause pause : pauses) {
      Duration available = between(t, pause.start());
      if (available.compareTo(remaining) >= 0) {
        return plus(t, remaining);
      }
      remaining = remaining.minus(available);
      if (pause.isOpen()) {
        return null;
      }
      t = pause.end().orElseThrow();
    }
    return plus(t, remaining);
  }

  /** The amount of this measure used from {@code start} to {@code at}, pauses excluded. */
  Duration used(Instant start, Instant at, List<Pause> pauses) {
    if (!at.isAfter(start)) {
      return Duration.ZERO;
    }
    Duration used = between(start, at);
    for (Pause pause : pauses) {
      if (!pause.start().isBefore(at)) {
        break;
      }
      Instant end = pause.end().filter(e -> e.isBefore(at)).orElse(at);
      used = used.minus(between(pause.start(), end));
    }
    return used;
  }
}
