package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The two baselines {@link DeadlineBenchmark} measures the calendar against: deadline arithmetic
 * written straight from a {@link WorkingCalendar}'s definition — its {@link WorkingCalendar#zone()
 * zone} and {@link WorkingCalendar#hoursOn(LocalDate) hours of each date} — without its index.
 * {@link MinuteWalk} steps one minute at a time, {@link DayWalk} one date at a time.
 * {@code WalkingBaselinesAgreeTest} checks that both give the calendar's answers.
 */
final class WalkingBaselines {

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
  private static final int LAST_YEAR = 9999;

  private WalkingBaselines() {}

  /** One stretch of working time in real time: {@code [start, end)}. */
  record Interval(Instant start, Instant end) {

    long nanos() {
      return Duration.between(start, end).toNanos();
    }
  }

  /**
   * The real-time intervals of the stretches that start on {@code date}, in start order, as the
   * calendar defines them: from the first occurrence of the local start time (a time in a
   * spring-forward gap moves forward by the gap) to the last occurrence of the local end time. A
   * stretch that vanishes in a gap is left out.
   */
  static List<Interval> intervalsOn(WorkingCalendar calendar, LocalDate date) {
    ZoneId zone = calendar.zone();
    List<Interval> result = new ArrayList<>();
    for (WorkingHours hours : calendar.hoursOn(date)) {
      LocalDateTime localStart = date.atTime(hours.start());
      Instant start = localStart.atZone(zone).toInstant();
      Instant end = localStart.plus(hours.length()).atZone(zone).withLaterOffsetAtOverlap()
          .toInstant();
      if (start.isBefore(end)) {
        result.add(new Interval(start, end));
      }
    }
    return result;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void checkNotNegative(Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("negative working time " + workingTime);
    }
  }

  /**
   * Minute by minute: a minute counts as working time if its first instant lies in a stretch of
   * its own date or of the date before (a stretch lasts at most a day, so no earlier date
   * reaches it).
   *
   * <p>Exact only on whole minutes: starts, ends and budgets must be whole minutes (of the epoch,
   * which in zones with whole-minute offsets such as Asia/Shanghai are whole local minutes), and
   * the calendar's stretches must open and close on whole minutes, as {@code HH:mm} text gives
   * them. Anything else is refused.
   */
  static final class MinuteWalk {

    private final WorkingCalendar calendar;

    MinuteWalk(WorkingCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
    }

    /**
     * The instant at which {@code workingTime} of working time has passed since {@code start}.
     *
     * @param start a whole minute
     * @param workingTime whole minutes, zero or more
     * @return the due instant
     */
    Instant addWorkingTime(Instant start, Duration workingTime) {
      checkWholeMinute(start);
      checkNotNegative(workingTime);
      if (!workingTime.equals(Duration.ofMinutes(workingTime.toMinutes()))) {
        throw new IllegalArgumentException("not whole minutes: " + workingTime);
      }
      if (workingTime.isZero()) {
        return start;
      }
      long minutesLeft = workingTime.toMinutes();
      for (Instant minute = start; ; minute = minute.plus(ONE_MINUTE)) {
        if (isWorking(minute)) {
          minutesLeft--;
          if (minutesLeft == 0) {
            return minute.plus(ONE_MINUTE);
          }
        }
      }
    }

    /**
     * The working time in {@code [from, to)}, negative if {@code to} is before {@code from}.
     *
     * @param from a whole minute
     * @param to a whole minute
     * @return the working time
     */
    Duration workingTimeBetween(Instant from, Instant to) {
      checkWholeMinute(from);
      checkWholeMinute(to);
      if (to.isBefore(from)) {
        return workingTimeBetween(to, from).negated();
      }
      long minutes = 0;
      for (Instant minute = from; minute.isBefore(to); minute = minute.plus(ONE_MINUTE)) {
        if (isWorking(minute)) {
          minutes++;
        }
      }
      return Duration.ofMinutes(minutes);
    }

    private boolean isWorking(Instant instant) {
      LocalDate date = instant.atZone(calendar.zone()).toLocalDate();
      for (LocalDate d : List.of(date.minusDays(1), date)) {
        for (Interval interval : intervalsOn(calendar, d)) {
          if (!instant.isBefore(interval.start()) && instant.isBefore(interval.end())) {
            return true;
          }
        }
      }
      return false;
    }

    private static void checkWholeMinute(Instant instant) {
      if (instant.getNano() != 0 || Math.floorMod(instant.getEpochSecond(), 60) != 0) {
        throw new IllegalArgumentException("not a whole minute: " + instant);
      }
    }
  }

  /**
   * Day by day: takes the working intervals of each date in turn, from the date before the start
   * (whose stretches may run past midnight), counts every working instant once (stretches of
   * consecutive dates that overlap or touch count once), skips whole dates while the budget lasts
   * and finishes inside the last one. Exact to the nanosecond.
   */
  static final class DayWalk {

    private final WorkingCalendar calendar;

    DayWalk(WorkingCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
    }

    /**
     * The earliest instant at which {@code workingTime} of working time has passed since
     * {@code start}; {@code start} itself for zero.
     *
     * @param start any instant
     * @param workingTime zero or more
     * @return the due instant
     */
    Instant addWorkingTime(Instant start, Duration workingTime) {
      requireNonNull(start, "start");
      checkNotNegative(workingTime);
      if (workingTime.isZero()) {
        return start;
      }
      long left = workingTime.toNanos();
      // Everything before "counted" is either before the start or already counted.
      Instant counted = start;
      for (LocalDate date = localDate(start).minusDays(1); ; date = date.plusDays(1)) {
        if (date.getYear() > LAST_YEAR) {
          throw new IllegalArgumentException("beyond the year " + LAST_YEAR);
        }
        List<Interval> parts = new ArrayList<>();
        long dayTotal = 0;
        for (Interval interval : intervalsOn(calendar, date)) {
          Instant from = max(interval.start(), counted);
          if (from.isBefore(interval.end())) {
            Interval part = new Interval(from, interval.end());
            parts.add(part);
            dayTotal += part.nanos();
            counted = interval.end();
          }
        }
        if (left > dayTotal) {
          left -= dayTotal;
          continue;
        }
        for (Interval part : parts) {
          if (left <= part.nanos()) {
            return part.start().plusNanos(left);
          }
          left -= part.nanos();
        }
      }
    }

    /**
     * The working time in {@code [from, to)}, negative if {@code to} is before {@code from}.
     *
     * @param from any instant
     * @param to any instant
     * @return the working time, exact to the nanosecond
     */
    Duration workingTimeBetween(Instant from, Instant to) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      if (to.isBefore(from)) {
        return workingTimeBetween(to, from).negated();
      }
      long total = 0;
      Instant counted = from;
      LocalDate last = localDate(to);
      for (LocalDate date = localDate(from).minusDays(1); !date.isAfter(last);
          date = date.plusDays(1)) {
        for (Interval interval : intervalsOn(calendar, date)) {
          Instant a = max(interval.start(), counted);
          Instant b = min(interval.end(), to);
          if (a.isBefore(b)) {
            total += Duration.between(a, b).toNanos();
            counted = b;
          }
        }
      }
      return Duration.ofNanos(total);
    }

    private LocalDate localDate(Instant instant) {
      return instant.atZone(calendar.zone()).toLocalDate();
    }
  }

  /**
   * Working dates the plain way, one date at a time, asking {@link WorkingCalendar#isWorkingDate}
   * of each: what an ERP would write on top of a calendar that only answers "is this a working
   * date". The baseline of {@code WorkingDaysBenchmark}.
   */
  static final class DateWalk {

    private final WorkingCalendar calendar;

    DateWalk(WorkingCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
    }

    /** The {@code days}-th working date after {@code date}; {@code date} itself for zero. */
    LocalDate plusWorkingDays(LocalDate date, long days) {
      LocalDate d = date;
      for (long left = days; left > 0; ) {
        d = d.plusDays(1);
        if (calendar.isWorkingDate(d)) {
          left--;
        }
      }
      return d;
    }

    /** The working dates in {@code (from, to]}; minus those in {@code (to, from]} if reversed. */
    long workingDaysBetween(LocalDate from, LocalDate to) {
      if (to.isBefore(from)) {
        return -workingDaysBetween(to, from);
      }
      long count = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        if (calendar.isWorkingDate(d)) {
          count++;
        }
      }
      return count;
    }
  }
}
