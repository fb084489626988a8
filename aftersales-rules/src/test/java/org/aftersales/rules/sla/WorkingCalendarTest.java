package org.aftersales.rules.sla;

import static org.aftersales.rules.sla.Calendars.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deadline arithmetic on working calendars. Runs under two JVM default zones (tag jvm-defaults):
 * the expected instants are written in the calendar's zone and must not move.
 *
 * <p>// rule: SVC-11, SVC-14, CMP-05
 */
@Tag("jvm-defaults")
class WorkingCalendarTest {

  static final WorkingCalendar OFFICE = Calendars.shanghaiOffice();

  static Instant sh(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void working_time_skips_the_lunch_break_and_the_night() {
    // Monday 2026-11-02 10:00 + 6 working hours: 2 h to noon, then 4 h from 13:30 → 17:30.
    assertEquals(sh("2026-11-02T17:30"), OFFICE.addWorkingTime(sh("2026-11-02T10:00"), Duration.ofHours(6)));
    // + 8 working hours: 6 h 30 on Monday, 1 h 30 on Tuesday → Tuesday 10:30.
    assertEquals(sh("2026-11-03T10:30"), OFFICE.addWorkingTime(sh("2026-11-02T10:00"), Duration.ofHours(8)));
    assertEquals(Duration.ofHours(8), OFFICE.workingTimeBetween(sh("2026-11-02T10:00"), sh("2026-11-03T10:30")));
  }

  @Test
  void a_start_outside_working_time_begins_at_the_next_opening() {
    assertEquals(sh("2026-11-02T10:00"), OFFICE.addWorkingTime(sh("2026-10-31T15:00"), Duration.ofHours(1)));
    assertEquals(sh("2026-11-02T14:30"), OFFICE.addWorkingTime(sh("2026-11-02T12:15"), Duration.ofHours(1)));
    assertEquals(sh("2026-11-03T10:00"), OFFICE.addWorkingTime(sh("2026-11-02T18:00"), Duration.ofHours(1)));
  }

  @Test
  void a_due_time_on_a_closing_time_stays_there() {
    assertEquals(sh("2026-11-02T12:00"), OFFICE.addWorkingTime(sh("2026-11-02T09:00"), Duration.ofHours(3)));
    assertEquals(sh("2026-11-02T18:00"), OFFICE.addWorkingTime(sh("2026-11-02T09:00"), Duration.ofMinutes(450)));
  }

  @Test
  void adding_zero_gives_the_start_itself_even_outside_working_time() {
    assertEquals(sh("2026-11-01T03:00"), OFFICE.addWorkingTime(sh("2026-11-01T03:00"), Duration.ZERO));
  }

  @Test
  void opening_times_are_working_time_and_closing_times_are_not() {
    assertTrue(OFFICE.isWorkingTime(sh("2026-11-02T09:00")));
    assertFalse(OFFICE.isWorkingTime(sh("2026-11-02T12:00")));
    assertEquals(sh("2026-11-02T13:30"), OFFICE.nextWorkingMoment(sh("2026-11-02T12:00")));
    assertEquals(sh("2026-11-02T11:00"), OFFICE.nextWorkingMoment(sh("2026-11-02T11:00")));
  }

  @Test
  void holidays_are_skipped_and_make_up_days_are_worked() {
    // Wed 30 Sep 17:00 + 2 h: 1 h on Wed, then 1–7 Oct are holidays, 8 Oct is Thursday.
    assertEquals(sh("2026-10-08T10:00"), OFFICE.addWorkingTime(sh("2026-09-30T17:00"), Duration.ofHours(2)));
    // Fri 9 Oct 17:00 + 2 h: Saturday 10 Oct is a make-up working day.
    assertEquals(sh("2026-10-10T10:00"), OFFICE.addWorkingTime(sh("2026-10-09T17:00"), Duration.ofHours(2)));
    assertTrue(OFFICE.isWorkingDate(LocalDate.of(2026, 10, 10)));
    assertFalse(OFFICE.isWorkingDate(LocalDate.of(2026, 10, 5)));
    assertEquals(List.of(), OFFICE.hoursOn(LocalDate.of(2026, 10, 1)));
  }

  @Test
  void working_time_between_reversed_instants_is_negative() {
    Instant a = sh("2026-11-02T10:00");
    Instant b = sh("2026-11-02T14:00");
    assertEquals(Duration.ofMinutes(150), OFFICE.workingTimeBetween(a, b));
    assertEquals(Duration.ofMinutes(-150), OFFICE.workingTimeBetween(b, a));
    assertEquals(Duration.ZERO, OFFICE.workingTimeBetween(a, a));
  }

  @Test
  void the_default_working_day_is_the_usual_day_of_the_weekly_schedule() {
    assertEquals(Duration.ofMinutes(450), OFFICE.workingDayLength());
    assertEquals(Duration.ofHours(24), WorkingCalendar.twentyFourSeven(SHANGHAI).workingDayLength());
  }

  @Test
  void the_end_of_the_working_day_is_its_last_closing_time() {
    // rule: SVC-14
    assertEquals(sh("2026-11-02T18:00"), OFFICE.endOfWorkingDay(sh("2026-11-02T08:00")));
    assertEquals(sh("2026-11-02T18:00"), OFFICE.endOfWorkingDay(sh("2026-11-02T12:30")));
    assertEquals(sh("2026-11-03T18:00"), OFFICE.endOfWorkingDay(sh("2026-11-02T18:00")));
    assertEquals(sh("2026-11-02T18:00"), OFFICE.endOfWorkingDay(sh("2026-10-31T11:00")));
  }

  @Test
  void several_stretches_and_night_shifts_past_midnight() {
    WorkingCalendar nights = WorkingCalendar.builder(SHANGHAI)
        .weekly(WeeklySchedule.builder()
            .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("22:00-06:00"))
            .build())
        .holiday(LocalDate.of(2026, 11, 4), "")
        .build();
    // The Tuesday night shift runs into Wednesday, a holiday: it belongs to Tuesday, worked in full.
    assertEquals(sh("2026-11-04T04:00"), nights.addWorkingTime(sh("2026-11-03T22:00"), Duration.ofHours(6)));
    // Wednesday night (a holiday) has no shift: next is Thursday 22:00.
    assertEquals(sh("2026-11-05T23:00"), nights.addWorkingTime(sh("2026-11-04T06:00"), Duration.ofHours(1)));
    assertEquals(sh("2026-11-04T06:00"), nights.endOfWorkingDay(sh("2026-11-04T01:00")));
    assertEquals(sh("2026-11-06T06:00"), nights.endOfWorkingDay(sh("2026-11-04T07:00")));
    assertEquals(Duration.ofHours(8), nights.workingDayLength());
  }

  @Test
  void a_twenty_four_seven_calendar_counts_every_minute() {
    WorkingCalendar always = WorkingCalendar.twentyFourSeven(SHANGHAI);
    Instant start = sh("2026-11-07T23:30");
    assertEquals(start.plus(Duration.ofHours(50)), always.addWorkingTime(start, Duration.ofHours(50)));
    assertEquals(Duration.ofDays(3), always.workingTimeBetween(start, start.plus(Duration.ofDays(3))));
    assertEquals(1, always.indexedIntervals());
  }

  @Test
  void summer_hours_apply_within_their_dates() {
    WorkingCalendar withSummer = WorkingCalendar.builder(SHANGHAI)
        .weekly(Calendars.OFFICE)
        .period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), "summer",
            WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                WorkingHours.parse("08:00-12:00"), WorkingHours.parse("14:00-17:00")).build())
        .build();
    assertEquals(List.of(WorkingHours.parse("08:00-12:00"), WorkingHours.parse("14:00-17:00")),
        withSummer.hoursOn(LocalDate.of(2026, 7, 1)));
    assertEquals(List.of(Calendars.MORNING, Calendars.AFTERNOON), withSummer.hoursOn(LocalDate.of(2026, 9, 1)));
    // Fri 31 Jul 16:00 + 2 h: 1 h in summer hours, then Monday 3 Aug 08:00 + 1 h.
    assertEquals(sh("2026-08-03T09:00"), withSummer.addWorkingTime(sh("2026-07-31T16:00"), Duration.ofHours(2)));
  }

  @Test
  void queries_outside_the_index_are_still_exact() {
    WorkingCalendar small = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();
    WorkingCalendar large = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31)).build();
    Instant[] starts = {sh("2026-10-20T10:00"), sh("2026-11-20T10:00"), sh("2027-03-01T15:00"),
        sh("2019-05-05T05:00")};
    for (Instant start : starts) {
      for (long hours : new long[] {1, 8, 40, 200, 2000}) {
        Instant due = large.addWorkingTime(start, Duration.ofHours(hours));
        assertEquals(due, small.addWorkingTime(start, Duration.ofHours(hours)), start + " + " + hours);
        assertEquals(large.workingTimeBetween(start, due), small.workingTimeBetween(start, due));
        assertEquals(large.isWorkingTime(due), small.isWorkingTime(due));
        assertEquals(large.nextWorkingMoment(due), small.nextWorkingMoment(due));
      }
    }
  }

  @Test
  void queries_outside_the_index_give_the_hand_computed_deadlines() {
    // rule: SVC-11 — office hours Mon–Fri 09:00–12:00 and 13:30–18:00 (7.5 h a day), no holidays;
    // the index covers November 2026 only, so every query below is answered outside it.
    WorkingCalendar small = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();
    // Sunday 2019-05-05 05:00 + 1 h: the first working hour is Monday 09:00–10:00.
    assertEquals(sh("2019-05-06T10:00"), small.addWorkingTime(sh("2019-05-05T05:00"), Duration.ofHours(1)));
    // Tuesday 2026-10-20 10:00 + 8 h: 2 h to noon, 4.5 h in the afternoon, 1.5 h on Wednesday.
    assertEquals(sh("2026-10-21T10:30"), small.addWorkingTime(sh("2026-10-20T10:00"), Duration.ofHours(8)));
    // Monday 2027-03-01 15:00 + 40 h: 3 h on Monday, 4 × 7.5 h Tuesday to Friday, then 7 h of
    // the next Monday (09:00–12:00 and 13:30–17:30).
    assertEquals(sh("2027-03-08T17:30"), small.addWorkingTime(sh("2027-03-01T15:00"), Duration.ofHours(40)));
    assertEquals(Duration.ofHours(40),
        small.workingTimeBetween(sh("2027-03-01T15:00"), sh("2027-03-08T17:30")));
    assertEquals(Duration.ofMinutes(90),
        small.workingTimeBetween(sh("2026-10-21T00:00"), sh("2026-10-21T10:30")));
  }

  @Test
  void daylight_saving_changes_shorten_or_lengthen_a_night_shift() {
    WorkingCalendar nights = WorkingCalendar.builder(Calendars.NEW_YORK)
        .weekly(WeeklySchedule.builder().on(List.of(DayOfWeek.values()), WorkingHours.parse("22:00-06:00")).build())
        .build();
    // 2026-03-08: clocks go from 02:00 to 03:00 → the Saturday night shift lasts 7 hours.
    Instant start = at(Calendars.NEW_YORK, "2026-03-07T22:00");
    assertEquals(Duration.ofHours(7), nights.workingTimeBetween(start, at(Calendars.NEW_YORK, "2026-03-08T06:00")));
    // 2026-11-01: clocks go from 02:00 back to 01:00 → the Saturday night shift lasts 9 hours.
    Instant autumn = at(Calendars.NEW_YORK, "2026-10-31T22:00");
    assertEquals(Duration.ofHours(9), nights.workingTimeBetween(autumn,
        at(Calendars.NEW_YORK, "2026-11-01T06:00").plus(Duration.ZERO)));
    assertEquals(at(Calendars.NEW_YORK, "2026-11-01T06:00"), nights.addWorkingTime(autumn, Duration.ofHours(9)));
  }

  @Test
  void office_hours_in_a_zone_with_daylight_saving_follow_local_time() {
    WorkingCalendar ny = Calendars.newYorkOffice();
    // Friday 6 March 17:00 EST + 2 h: 1 h Friday, 1 h on Monday 9 March (now EDT).
    Instant due = ny.addWorkingTime(at(Calendars.NEW_YORK, "2026-03-06T17:00"), Duration.ofHours(2));
    assertEquals(at(Calendars.NEW_YORK, "2026-03-09T10:00"), due);
    assertEquals(Instant.parse("2026-03-09T14:00:00Z"), due);
  }

  @Test
  void bad_definitions_are_refused_with_every_problem_named() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkingCalendar.builder(SHANGHAI)
        .holiday(LocalDate.of(2026, 10, 10), "x")
        .makeUpDay(LocalDate.of(2026, 10, 10), "y", List.of(Calendars.MORNING, WorkingHours.parse("11:00-13:00")))
        .workingDayLength(Duration.ZERO)
        .indexRange(LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1))
        .build());
    assertEquals(List.of("indexRange", "makeUpDay 2026-10-10", "makeUpDay 2026-10-10", "weekly", "workingDayLength"),
        e.violations().stream().map(v -> v.path()).toList());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("both a holiday and a make-up working day"), e.getMessage());
    assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("同时被声明为节假日和调休上班日"), e.getMessage());
  }

  @Test
  void the_default_index_covers_the_configured_years_but_never_more_than_a_century() {
    WorkingCalendar plain = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE).build();
    assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)),
        List.of(plain.indexFirstDate(), plain.indexLastDate()));
    WorkingCalendar far = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(1990, 10, 1), "").holiday(LocalDate.of(2200, 10, 1), "").build();
    assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2119, 12, 31)),
        List.of(far.indexFirstDate(), far.indexLastDate()));
    // Tuesday 2200-09-30 17:00 + 2 h: the holiday on Wednesday 1 October is skipped, outside the index.
    assertFalse(far.isWorkingDate(LocalDate.of(2200, 10, 1)));
    assertEquals(sh("2200-10-02T10:00"), far.addWorkingTime(sh("2200-09-30T17:00"), Duration.ofHours(2)));
  }

  @Test
  void every_overlap_of_a_weekly_schedule_is_reported() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WeeklySchedule.builder()
        .on(DayOfWeek.MONDAY, Calendars.MORNING, WorkingHours.parse("11:00-14:00"))
        .on(DayOfWeek.FRIDAY, Calendars.AFTERNOON, WorkingHours.parse("17:00-19:00"))
        .build());
    assertEquals(List.of("FRIDAY", "MONDAY"), e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void negative_working_time_is_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OFFICE.addWorkingTime(sh("2026-11-02T10:00"), Duration.ofMinutes(-1)));
    assertEquals("workingTime", e.violations().get(0).path());
  }

  @Test
  void deadlines_beyond_the_supported_range_are_refused() {
    // rule: SVC-11 — reliability: a due instant after 2300 is refused, not computed.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OFFICE.addWorkingTime(Instant.parse("2300-06-01T00:00:00Z"), Duration.ofDays(365)));
    assertEquals("workingTime", e.violations().get(0).path());
  }

  @Test
  void the_index_range_tunes_speed_and_takes_no_part_in_equality() {
    WorkingCalendar small = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();
    WorkingCalendar large = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31)).build();
    assertEquals(small, large);
    assertEquals(small.hashCode(), large.hashCode());
  }

  @Test
  void calendars_differing_in_one_part_are_not_equal() {
    WorkingCalendar.Builder base = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "国庆节");
    WorkingCalendar c = base.build();
    assertEquals(c, base.build());
    assertFalse(c.equals(WorkingCalendar.builder(Calendars.NEW_YORK).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "国庆节").build()), "zone");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, Calendars.MORNING).build())
        .holiday(LocalDate.of(2026, 10, 1), "国庆节").build()), "weekly schedule");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "National Day").build()), "holiday name");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 2), "国庆节").build()), "holiday date");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "国庆节")
        .makeUpDay(LocalDate.of(2026, 10, 10), "", DayOfWeek.MONDAY).build()), "make-up day");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "国庆节")
        .period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), "", Calendars.OFFICE).build()), "period");
    assertFalse(c.equals(WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2026, 10, 1), "国庆节").workingDayLength(Duration.ofHours(8)).build()),
        "working-day length");
    assertFalse(c.equals("a calendar"));
    assertEquals("WorkingCalendar[Asia/Shanghai, 1 holidays, 0 make-up days, 0 periods]", c.toString());
  }

  @Test
  void a_reversed_holiday_range_and_a_make_up_day_declared_twice_are_refused_by_the_builder() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkingCalendar.builder(SHANGHAI)
        .weekly(Calendars.OFFICE)
        .holidays(LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 1), "国庆节")
        .makeUpDay(LocalDate.of(2026, 10, 10), "国庆调休", DayOfWeek.MONDAY)
        .makeUpDay(LocalDate.of(2026, 10, 10), "again", List.of(Calendars.MORNING))
        .period(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 7, 1), "summer", Calendars.OFFICE)
        .build());
    assertEquals(List.of("holidays", "makeUpDay 2026-10-10", "period"),
        e.violations().stream().map(v -> v.path()).toList());
    assertEquals("ends before it starts on 2026-10-07", e.violations().get(0).message().english());
    assertEquals("is declared a make-up working day more than once", e.violations().get(1).message().english());
    assertEquals("ends before it starts on 2026-09-30", e.violations().get(2).message().english());
  }

  @Test
  void a_make_up_day_that_copies_a_day_off_has_no_hours_and_is_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkingCalendar.builder(SHANGHAI)
        .weekly(Calendars.OFFICE).makeUpDay(LocalDate.of(2026, 10, 11), "", DayOfWeek.SUNDAY).build());
    assertEquals("a make-up working day needs working hours", e.violations().get(0).message().english());
  }

  /**
   * A calendar whose intervals crowd into one afternoon a week: a long Monday, and thirty
   * one-second slots on Wednesday afternoon, one every two minutes. The index cuts time and work
   * into buckets of about one interval each on average, so the thirty slots share one bucket of
   * time (about five hours) and one of work (about ten minutes): every search among them takes
   * the binary-search branches.
   */
  static WorkingCalendar crowded() {
    WeeklySchedule.Builder week = WeeklySchedule.builder().on(DayOfWeek.MONDAY, WorkingHours.parse("08:00-16:00"));
    WorkingHours[] slots = new WorkingHours[30];
    for (int i = 0; i < slots.length; i++) {
      java.time.LocalTime start = java.time.LocalTime.of(14, 0).plusMinutes(2L * i);
      slots[i] = WorkingHours.of(start, start.plusSeconds(1));
    }
    week.on(DayOfWeek.WEDNESDAY, slots);
    return WorkingCalendar.builder(SHANGHAI).weekly(week.build())
        .indexRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).build();
  }

  @Test
  void a_crowded_calendar_answers_as_the_day_by_day_walk_does() {
    WorkingCalendar crowded = crowded();
    WalkingBaselines.DayWalk walk = new WalkingBaselines.DayWalk(crowded);
    // Wednesday 4 November 2026: 30 one-second slots from 14:00 to 14:58, one every two minutes.
    for (int minute = 0; minute <= 70; minute += 1) {
      Instant start = sh("2026-11-04T13:55").plus(Duration.ofMinutes(minute)).plusMillis(minute % 3 * 400);
      for (long budget : new long[] {1, 7, 29, 30, 31, 95}) {
        Duration d = Duration.ofSeconds(budget).minusMillis(budget % 2 * 500);
        Instant due = walk.addWorkingTime(start, d);
        assertEquals(due, crowded.addWorkingTime(start, d), start + " + " + d);
        assertEquals(d, crowded.workingTimeBetween(start, due));
        assertEquals(walk.workingTimeBetween(start, due), crowded.workingTimeBetween(start, due));
        assertEquals(walk.addWorkingTime(start, Duration.ofNanos(1)).minusNanos(1), crowded.nextWorkingMoment(start));
      }
      assertEquals(!walk.workingTimeBetween(start, start.plusNanos(1)).isZero(), crowded.isWorkingTime(start));
    }
    // The fifteenth slot is 14:28:00–14:28:01; from Wednesday noon, 14 s are worked before it.
    assertEquals(sh("2026-11-04T14:28:00.5"), crowded.addWorkingTime(sh("2026-11-04T12:00"), Duration.ofMillis(14_500)));
    assertEquals(Duration.ofSeconds(15), crowded.workingTimeBetween(sh("2026-11-04T12:00"), sh("2026-11-04T14:29")));
  }

  // ---------------------------------------------------------------- working dates

  @Test
  void n_working_days_after_a_date_skip_holidays_and_count_make_up_days() {
    // rule: CMP-05 — Friday 25 September 2026; 1–7 October off; Saturday 10 October worked.
    LocalDate friday = LocalDate.of(2026, 9, 25);
    assertEquals(friday, OFFICE.plusWorkingDays(friday, 0));
    assertEquals(LocalDate.of(2026, 9, 28), OFFICE.plusWorkingDays(friday, 1), "Monday");
    assertEquals(LocalDate.of(2026, 9, 30), OFFICE.plusWorkingDays(friday, 3));
    assertEquals(LocalDate.of(2026, 10, 8), OFFICE.plusWorkingDays(friday, 4), "after the Golden Week");
    assertEquals(LocalDate.of(2026, 10, 10), OFFICE.plusWorkingDays(friday, 6), "the make-up Saturday");
    assertEquals(LocalDate.of(2026, 10, 12), OFFICE.plusWorkingDays(friday, 7), "Sunday 11 is off");
    assertEquals(LocalDate.of(2026, 10, 8), OFFICE.plusWorkingDays(LocalDate.of(2026, 10, 3), 1), "from a holiday");
  }

  @Test
  void working_days_between_two_dates_count_the_working_dates_after_the_first_up_to_the_second() {
    // rule: CMP-05
    assertEquals(1, OFFICE.workingDaysBetween(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9)), "Friday to Monday");
    assertEquals(1, OFFICE.workingDaysBetween(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 9)), "Saturday to Monday");
    assertEquals(0, OFFICE.workingDaysBetween(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 8)), "Friday to Sunday");
    assertEquals(0, OFFICE.workingDaysBetween(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 6)));
    assertEquals(3, OFFICE.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)),
        "8, 9 and the make-up 10 October");
    assertEquals(-3, OFFICE.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 30)));
    assertEquals(21, OFFICE.workingDaysBetween(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)),
        "November 2026: 1 November is a Sunday, 4 full weeks and Monday 30");
  }

  @Test
  void working_dates_outside_the_index_are_walked_with_the_same_answers() {
    // rule: CMP-05 — an index of November 2026 only, asked about dates around and beyond it.
    WorkingCalendar small = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "国庆节")
        .holiday(LocalDate.of(2026, 12, 25), "")
        .indexRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();
    // Wednesday 30 September + 1: Thursday 8 October (before the index).
    assertEquals(LocalDate.of(2026, 10, 8), small.plusWorkingDays(LocalDate.of(2026, 9, 30), 1));
    // Friday 30 October + 1: Monday 2 November (into the index); + 22: Tuesday 1 December (beyond it).
    assertEquals(LocalDate.of(2026, 11, 2), small.plusWorkingDays(LocalDate.of(2026, 10, 30), 1));
    assertEquals(LocalDate.of(2026, 12, 1), small.plusWorkingDays(LocalDate.of(2026, 10, 30), 22));
    // Thursday 24 December + 1: Monday 28 December (25 is a holiday), wholly after the index.
    assertEquals(LocalDate.of(2026, 12, 28), small.plusWorkingDays(LocalDate.of(2026, 12, 24), 1));
    // October 2026 has 22 weekdays, 5 of them in the National Day week; November 21; December
    // 23 weekdays less Christmas.
    assertEquals(17 + 21 + 22, small.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31)));
    assertEquals(21, small.workingDaysBetween(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)));
    assertEquals(1, small.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
  }

  @Test
  void negative_working_days_and_dates_past_the_supported_range_are_refused() {
    // rule: CMP-05
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OFFICE.plusWorkingDays(LocalDate.of(2026, 11, 2), -1));
    assertEquals("days", e.violations().get(0).path());
    // 31 December 2300 is a Monday, the last supported date; 29 December a Saturday.
    assertEquals(LocalDate.of(2300, 12, 31), OFFICE.plusWorkingDays(LocalDate.of(2300, 12, 29), 1));
    assertEquals("days", assertThrows(InvalidInputException.class,
        () -> OFFICE.plusWorkingDays(LocalDate.of(2300, 12, 29), 2)).violations().get(0).path());
  }

  /** The office with an index of November 2026 only. */
  static WorkingCalendar novemberIndex() {
    return WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .indexRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).build();
  }

  @Test
  void a_budget_that_ends_exactly_at_an_edge_of_the_index_ends_at_that_closing_time() {
    // rule: SVC-11 — the index covers November 2026 (from Sunday 1st, to Monday 30th).
    WorkingCalendar small = novemberIndex();
    // Friday 30 October 17:00 + 1 h: exactly the working time before the index; due 18:00 that
    // Friday, not at the index's first opening (Monday 2 November 09:00).
    assertEquals(sh("2026-10-30T18:00"), small.addWorkingTime(sh("2026-10-30T17:00"), Duration.ofHours(1)));
    // Monday 30 November 17:00 + 1 h: exactly the working time left in the index; due 18:00.
    assertEquals(sh("2026-11-30T18:00"), small.addWorkingTime(sh("2026-11-30T17:00"), Duration.ofHours(1)));
    assertEquals(sh("2026-12-01T10:00"), small.addWorkingTime(sh("2026-11-30T17:00"), Duration.ofHours(2)));
    // From before the index, a budget that ends exactly at the index's last closing time ends
    // there: 1 h on Friday 30 October, then the 21 weekdays of November at 7 h 30 min.
    assertEquals(sh("2026-11-30T18:00"),
        small.addWorkingTime(sh("2026-10-30T17:00"), Duration.ofMinutes(60 + 21 * 450)));
    // From Saturday evening before the index, with no working time before it: its first opening.
    assertEquals(sh("2026-11-02T09:00"), small.nextWorkingMoment(sh("2026-10-31T20:00")));
    // Working time is found outside the index too.
    assertTrue(small.isWorkingTime(sh("2027-03-01T10:00")));
    assertFalse(small.isWorkingTime(sh("2027-03-01T12:30")));
    assertEquals(sh("2026-12-01T09:00"), small.nextWorkingMoment(sh("2026-11-30T18:00")));
  }

  @Test
  void the_end_of_the_working_day_past_the_supported_range_is_refused() {
    // rule: SVC-14 — reliability. The last supported instant is 2301-01-01T17:59:59.999999999Z,
    // 2 January 2301 01:59 in Shanghai: Tuesday 1 January 2301 still ends inside the range
    // (18:00 in Shanghai is 10:00Z), Wednesday 2 January does not.
    assertEquals(sh("2300-12-31T18:00"), OFFICE.endOfWorkingDay(sh("2300-12-31T10:00")));
    assertEquals(sh("2301-01-01T18:00"), OFFICE.endOfWorkingDay(sh("2300-12-31T20:00")));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OFFICE.endOfWorkingDay(sh("2301-01-01T20:00")));
    assertEquals("instant", e.violations().get(0).path());
  }

  @Test
  void an_index_of_more_than_a_hundred_years_is_refused_and_the_default_follows_the_dates() {
    WorkingCalendar.Builder b = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE);
    assertEquals(LocalDate.of(2120, 1, 1),
        b.indexRange(LocalDate.of(2020, 1, 1), LocalDate.of(2120, 1, 1)).build().indexLastDate());
    assertEquals("indexRange", assertThrows(InvalidInputException.class,
        () -> b.indexRange(LocalDate.of(2020, 1, 1), LocalDate.of(2120, 1, 2)).build())
        .violations().get(0).path());
    // Dates from 2010 to 2033: from 1 January 2009 to 31 December 2038.
    WorkingCalendar dated = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
        .holiday(LocalDate.of(2010, 5, 1), "").holiday(LocalDate.of(2033, 5, 1), "").build();
    assertEquals(List.of(LocalDate.of(2009, 1, 1), LocalDate.of(2038, 12, 31)),
        List.of(dated.indexFirstDate(), dated.indexLastDate()));
  }

  @Test
  void on_a_24x7_calendar_the_start_of_the_index_is_its_own_next_working_moment() {
    WorkingCalendar always = WorkingCalendar.twentyFourSeven(SHANGHAI);
    Instant indexStart = always.indexFirstDate().atStartOfDay(SHANGHAI).toInstant();
    assertEquals(indexStart, always.nextWorkingMoment(indexStart));
    assertTrue(always.isWorkingTime(indexStart));
  }
}
