package org.aftersales.rules.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.Pause;

/**
 * A way of counting time — working time on a calendar, or elapsed time — and the budget
 * arithmetic with pauses that is the same for both.
 */
abstract class TimeMeasure {

  private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toNanos());

  /** The instant at which {@code amount} of this measure has passed since {@code start}. */
  abstract Instant plus(Instant start, Duration amount);

  /** The amount of this measure in [from, to); negative if reversed. */
  abstract Duration between(Instant from, Instant to);

  /** Whether this measure counts working time (rather than elapsed time). */
  abstract boolean isWorkingTime();

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

  static final TimeMeasure ELAPSED = new TimeMeasure() {
    @Override
    Instant plus(Instant start, Duration amount) {
      return start.plus(amount);
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

  /** The measure a budget is counted in. */
  static TimeMeasure of(Budget budget, BusinessCalendar calendar) {
    return budget.isWorkingTime() ? workingTime(calendar) : ELAPSED;
  }

  /**
   * The budget as an amount of its measure, counted from {@code start}: working days times the
   * calendar's working-day length; calendar days to the same local time that many days later (in
   * the calendar's zone), plus the fraction of 24 hours. Rounded half-up to the nanosecond.
   */
  static Duration amount(Budget budget, BusinessCalendar calendar, Instant start) {
    switch (budget.unit()) {
      case WORKING_DAYS:
        return nanos(budget.days().orElseThrow()
            .multiply(BigDecimal.valueOf(calendar.workingDayLength().toNanos())));
      case CALENDAR_DAYS:
        BigDecimal days = budget.days().orElseThrow();
        BigDecimal whole = days.setScale(0, RoundingMode.DOWN);
        ZonedDateTime later = start.atZone(calendar.zone()).plusDays(whole.longValueExact());
        return Duration.between(start, later.toInstant())
            .plus(nanos(days.subtract(whole).multiply(NANOS_PER_DAY)));
      default:
        return budget.duration().orElseThrow();
    }
  }

  private static Duration nanos(BigDecimal nanos) {
    return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /**
   * When {@code amount} of this measure has been used since {@code start}, the time inside
   * {@code pauses} not counted; empty if an open pause holds the clock first.
   *
   * @param pauses sorted, not overlapping, none before start, only the last open
   */
  Optional<Instant> due(Instant start, Duration amount, List<Pause> pauses) {
    if (amount.isZero()) {
      return Optional.of(start);
    }
    Instant t = start;
    Duration remaining = amount;
    for (Pause pause : pauses) {
      Instant pauseStart = pause.start().isAfter(t) ? pause.start() : t;
      Duration available = between(t, pauseStart);
      if (available.compareTo(remaining) >= 0) {
        return Optional.of(plus(t, remaining));
      }
      remaining = remaining.minus(available);
      if (pause.isOpen()) {
        return Optional.empty();
      }
      Instant pauseEnd = pause.end().orElseThrow();
      t = pauseEnd.isAfter(t) ? pauseEnd : t;
    }
    return Optional.of(plus(t, remaining));
  }

  /** The amount of this measure used from {@code start} to {@code at}, pauses excluded. */
  Duration used(Instant start, Instant at, List<Pause> pauses) {
    if (!at.isAfter(start)) {
      return Duration.ZERO;
    }
    Duration used = between(start, at);
    for (Pause pause : pauses) {
      Instant s = pause.start().isAfter(start) ? pause.start() : start;
      Instant e = pause.end().filter(end -> end.isBefore(at)).orElse(at);
      if (s.isBefore(e)) {
        used = used.minus(between(s, e));
      }
    }
    return used;
  }
}
