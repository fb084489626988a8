package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Working days at the date level, for all dates from 2018 to 2038 (inside and on both sides of
 * the default index range, 2020–2035) and spans up to 400 days, checked against a plain day loop
 * and tied to the instant-level engine.
 *
 * <p>// rule: CMP-04, CMP-05, CMP-06
 */
class WorkingDaysProperties {

  /** Calendars whose stretches all end on the date they start (no night shifts). */
  static final List<WorkingCalendar> DAY_CALENDARS = List.of(
      WorkingCalendar.builder(Calendars.SHANGHAI).weekly(Calendars.OFFICE).build(),
      BenchmarkCalendars.shanghaiOffice2026And2027(),
      Calendars.newYorkOffice(),
      WorkingCalendar.twentyFourSeven(Calendars.SHANGHAI),
      WorkingCalendar.builder(Calendars.SHANGHAI).weekly(Calendars.OFFICE)
          .holidays(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20), "")
          .indexRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)).build());

  static final List<WorkingCalendar> ALL_CALENDARS = List.of(
      DAY_CALENDARS.get(0), DAY_CALENDARS.get(1), DAY_CALENDARS.get(2), DAY_CALENDARS.get(3),
      DAY_CALENDARS.get(4),
      WorkingCalendar.builder(Calendars.NEW_YORK)
          .weekly(WeeklySchedule.builder()
              .from(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY, WorkingHours.parse("22:00-06:00")).build())
          .holidays(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "")
          .makeUpDay(LocalDate.of(2026, 12, 19), "", DayOfWeek.MONDAY)
          .build());

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return Arbitraries.of(ALL_CALENDARS);
  }

  @Provide
  Arbitrary<WorkingCalendar> dayCalendars() {
    return Arbitraries.of(DAY_CALENDARS);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    long first = LocalDate.of(2018, 1, 1).toEpochDay();
    long last = LocalDate.of(2038, 12, 31).toEpochDay();
    return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
  }

  @Property(tries = 400)
  void n_working_days_after_a_date_is_what_a_day_loop_finds(@ForAll("calendars") WorkingCalendar c,
      @ForAll("dates") LocalDate d, @ForAll @LongRange(max = 400) long n) {
    assertEquals(new WalkingBaselines.DateWalk(c).plusWorkingDays(d, n), c.plusWorkingDays(d, n));
  }

  @Property(tries = 400)
  void working_days_between_two_dates_are_what_a_day_loop_counts(@ForAll("calendars") WorkingCalendar c,
      @ForAll("dates") LocalDate a, @ForAll @LongRange(min = -400, max = 400) long span) {
    LocalDate b = a.plusDays(span);
    assertEquals(new WalkingBaselines.DateWalk(c).workingDaysBetween(a, b), c.workingDaysBetween(a, b));
  }

  @Property(tries = 400)
  void counting_undoes_adding(@ForAll("calendars") WorkingCalendar c, @ForAll("dates") LocalDate d,
      @ForAll @LongRange(max = 60) long n) {
    LocalDate reached = c.plusWorkingDays(d, n);
    assertEquals(n, c.workingDaysBetween(d, reached));
    if (n > 0) {
      assertTrue(c.isWorkingDate(reached));
      assertEquals(n - 1, c.workingDaysBetween(d, reached.minusDays(1)), "the earliest such date");
    } else {
      assertEquals(d, reached);
    }
  }

  @Property(tries = 400)
  void counts_are_additive_and_antisymmetric(@ForAll("calendars") WorkingCalendar c,
      @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate m) {
    assertEquals(c.workingDaysBetween(a, b), c.workingDaysBetween(a, m) + c.workingDaysBetween(m, b));
    assertEquals(c.workingDaysBetween(a, b), -c.workingDaysBetween(b, a));
  }

  /** The working time the instant-level engine finds on one date, midnight to midnight. */
  static Duration workingTimeOn(WorkingCalendar c, LocalDate d) {
    return c.workingTimeBetween(d.atStartOfDay(c.zone()).toInstant(),
        d.plusDays(1).atStartOfDay(c.zone()).toInstant());
  }

  @Property(tries = 300)
  void a_working_date_is_a_date_with_working_time(@ForAll("dayCalendars") WorkingCalendar c,
      @ForAll("dates") LocalDate a, @ForAll @LongRange(max = 40) long span) {
    long withWorkingTime = 0;
    for (LocalDate e = a.plusDays(1); !e.isAfter(a.plusDays(span)); e = e.plusDays(1)) {
      withWorkingTime += workingTimeOn(c, e).isZero() ? 0 : 1;
    }
    assertEquals(withWorkingTime, c.workingDaysBetween(a, a.plusDays(span)));
  }

  @Property(tries = 300)
  void on_an_office_calendar_n_working_days_of_time_from_midnight_end_on_the_nth_working_date(
      @ForAll("dates") LocalDate d, @ForAll @LongRange(min = 1, max = 60) long n) {
    // Every working date of the Shanghai office has exactly the working-day length (7 h 30), so
    // n days of working time from the midnight after d end at the close of the n-th working date.
    WorkingCalendar c = DAY_CALENDARS.get(1);
    LocalDate closingDate = c.addWorkingTime(d.plusDays(1).atStartOfDay(c.zone()).toInstant(),
        c.workingDayLength().multipliedBy(n)).atZone(c.zone()).toLocalDate();
    assertEquals(closingDate, c.plusWorkingDays(d, n));
  }
}
