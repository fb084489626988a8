package org.aftersales.core.servicelevel;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain {@link BusinessCalendar} for core's own tests, written straight from the contract by
 * walking date by date: Monday to Friday 09:00–12:00 and 13:00–17:00 in Shanghai (7 h a day, no
 * daylight saving), except the given holidays. Slow and obviously right; core has no calendar of
 * its own and must not use the rules module's.
 */
public final class OfficeCalendar implements BusinessCalendar {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalTime[][] STRETCHES = {
      {LocalTime.of(9, 0), LocalTime.of(12, 0)}, {LocalTime.of(13, 0), LocalTime.of(17, 0)}};

  private final Set<LocalDate> holidays;

  /** The office calendar closed on the given holidays too (tests outside this package use it). */
  public OfficeCalendar(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public OfficeCalendar() {
    this(Set.of());
  }

  /** An instant given as Shanghai local time, e.g. {@code "2026-11-02T15:00"}. */
  public static Instant sh(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private List<Instant[]> stretchesOn(LocalDate date) {
    List<Instant[]> result = new ArrayList<>();
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
        || holidays.contains(date)) {
      return result;
    }
    for (LocalTime[] s : STRETCHES) {
      result.add(new Instant[] {date.atTime(s[0]).atZone(SHANGHAI).toInstant(),
          date.atTime(s[1]).atZone(SHANGHAI).toInstant()});
    }
    return result;
  }

  private static LocalDate dateOf(Instant t) {
    return t.atZone(SHANGHAI).toLocalDate();
  }

  @Override
  public ZoneId zone() {
    return SHANGHAI;
  }

  @Override
  public boolean isWorkingTime(Instant instant) {
    for (Instant[] s : stretchesOn(dateOf(instant))) {
      if (!instant.isBefore(s[0]) && instant.isBefore(s[1])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Instant nextWorkingMoment(Instant instant) {
    return addWorkingTime(instant, Duration.ofNanos(1)).minusNanos(1);
  }

  @Override
  public Instant endOfWorkingDay(Instant instant) {
    for (LocalDate d = dateOf(instant); ; d = d.plusDays(1)) {
      List<Instant[]> stretches = stretchesOn(d);
      if (!stretches.isEmpty() && stretches.get(stretches.size() - 1)[1].isAfter(instant)) {
        return stretches.get(stretches.size() - 1)[1];
      }
    }
  }

  @Override
  public Instant addWorkingTime(Instant start, Duration workingTime) {
    if (workingTime.isZero()) {
      return start;
    }
    Duration left = workingTime;
    for (LocalDate d = dateOf(start); ; d = d.plusDays(1)) {
      for (Instant[] s : stretchesOn(d)) {
        Instant from = s[0].isAfter(start) ? s[0] : start;
        if (!from.isBefore(s[1])) {
          continue;
        }
        Duration here = Duration.between(from, s[1]);
        if (here.compareTo(left) >= 0) {
          return from.plus(left);
        }
        left = left.minus(here);
      }
    }
  }

  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    Duration total = Duration.ZERO;
    for (LocalDate d = dateOf(from); !d.isAfter(dateOf(to)); d = d.plusDays(1)) {
      for (Instant[] s : stretchesOn(d)) {
        Instant a = s[0].isAfter(from) ? s[0] : from;
        Instant b = s[1].isBefore(to) ? s[1] : to;
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  @Override
  public Duration workingDayLength() {
    return Duration.ofHours(7);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeCalendar that && holidays.equals(that.holidays);
  }

  @Override
  public int hashCode() {
    return holidays.hashCode();
  }
}
