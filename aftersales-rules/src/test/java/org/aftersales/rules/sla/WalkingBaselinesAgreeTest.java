package org.aftersales.rules.sla;

import static org.aftersales.rules.sla.BenchmarkCalendars.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The baselines of {@code DeadlineBenchmark} compute exactly what the calendar computes, so the
 * speed-up it reports is against a correct answer (decision 0007).
 */
// rule: SVC-11, CMP-05
class WalkingBaselinesAgreeTest {

  static final WorkingCalendar CALENDAR = BenchmarkCalendars.shanghaiOffice2026And2027();
  static final WalkingBaselines.DayWalk DAY_WALK = new WalkingBaselines.DayWalk(CALENDAR);
  static final WalkingBaselines.MinuteWalk MINUTE_WALK = new WalkingBaselines.MinuteWalk(CALENDAR);

  /** Starts chosen for their place in the calendar, all on whole minutes. */
  static final List<Instant> CHOSEN_STARTS = Stream.of(
      "2026-11-02T09:00", // Monday, opening
      "2026-11-02T10:00",
      "2026-11-02T11:59",
      "2026-11-02T12:00", // closing for lunch
      "2026-11-02T12:45", // lunch
      "2026-11-02T13:30",
      "2026-11-02T17:59",
      "2026-11-02T18:00", // closing
      "2026-11-02T23:59",
      "2026-11-01T00:00", // Sunday midnight
      "2026-10-31T15:00", // Saturday
      "2026-11-06T17:00", // Friday afternoon
      "2026-09-30T17:00", // eve of the National Day week
      "2026-10-01T10:00", // holiday
      "2026-10-07T23:59",
      "2026-10-09T17:00", // Friday before a make-up Saturday
      "2026-10-10T09:00", // make-up Saturday
      "2026-10-10T12:30",
      "2026-09-20T08:00", // make-up Sunday
      "2026-02-13T16:00", // before the Spring Festival
      "2026-02-14T17:45", // make-up Saturday just before it
      "2026-02-20T10:00", // inside it
      "2026-01-01T00:00", // New Year
      "2026-01-04T17:00", // make-up Sunday
      "2026-12-31T08:00", // year end
      "2026-12-31T17:30",
      "2026-12-31T23:59",
      "2027-01-01T10:00", // holiday
      "2027-01-03T12:00",
      "2027-01-04T08:59",
      "2027-01-31T13:00", // make-up Sunday
      "2027-02-04T15:00", // before the Spring Festival
      "2027-10-09T17:59", // make-up Saturday
      "2027-12-31T17:00") // last date of the holiday data
      .map(WalkingBaselinesAgreeTest::sh)
      .toList();

  static final List<Duration> BUDGETS = Stream.of(0L, 1L, 59L, 60L, 150L, 180L, 270L, 450L, 451L,
      480L, 900L, 2400L, 4633L, 12000L)
      .map(Duration::ofMinutes)
      .toList();

  /** The budgets the minute walk is asked for, to keep the test fast. */
  static final List<Duration> SMALL_BUDGETS = Stream.of(0L, 1L, 59L, 180L, 451L)
      .map(Duration::ofMinutes)
      .toList();

  static Instant sh(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** The chosen starts and pseudo-random whole minutes of 2026 and 2027 (fixed seed). */
  static List<Instant> starts(int randomOnes) {
    List<Instant> result = new ArrayList<>(CHOSEN_STARTS);
    Instant from = LocalDate.of(2026, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    int minutes = (int) Duration.ofDays(730).toMinutes();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < randomOnes; i++) {
      result.add(from.plus(Duration.ofMinutes(random.nextInt(minutes))));
    }
    return result;
  }

  @Test
  void the_day_walk_finds_the_calendars_deadlines() {
    for (Instant start : starts(100)) {
      for (Duration budget : BUDGETS) {
        Instant due = CALENDAR.addWorkingTime(start, budget);
        assertEquals(due, DAY_WALK.addWorkingTime(start, budget), () -> start + " + " + budget);
        assertEquals(budget, DAY_WALK.workingTimeBetween(start, due), () -> start + " .. " + due);
        assertEquals(budget.negated(), DAY_WALK.workingTimeBetween(due, start),
            () -> due + " .. " + start);
        assertEquals(budget, CALENDAR.workingTimeBetween(start, due), () -> start + " .. " + due);
      }
    }
  }

  @Test
  void the_day_walk_is_exact_to_the_nanosecond_and_beyond_the_holiday_data() {
    List<Instant> starts = new ArrayList<>();
    for (Instant start : CHOSEN_STARTS) {
      starts.add(start.plusNanos(1));
      starts.add(start.minusNanos(1));
    }
    List<Duration> budgets = List.of(Duration.ofNanos(1), Duration.ofHours(3).minusNanos(1),
        Duration.ofMinutes(450).plusNanos(1), Duration.ofHours(2000));
    for (Instant start : starts) {
      for (Duration budget : budgets) {
        Instant due = CALENDAR.addWorkingTime(start, budget);
        assertEquals(due, DAY_WALK.addWorkingTime(start, budget), () -> start + " + " + budget);
        assertEquals(budget, DAY_WALK.workingTimeBetween(start, due), () -> start + " .. " + due);
      }
    }
  }

  @Test
  void the_day_walk_finds_the_working_time_between_any_two_instants() {
    List<Instant> starts = starts(100);
    for (int i = 0; i < starts.size(); i++) {
      for (int step : new int[] {1, 7, 31}) {
        Instant from = starts.get(i);
        Instant to = starts.get((i + step) % starts.size());
        assertEquals(CALENDAR.workingTimeBetween(from, to), DAY_WALK.workingTimeBetween(from, to),
            () -> from + " .. " + to);
      }
    }
  }

  @Test
  void the_minute_walk_finds_the_calendars_deadlines_for_small_budgets() {
    for (Instant start : starts(10)) {
      for (Duration budget : SMALL_BUDGETS) {
        Instant due = CALENDAR.addWorkingTime(start, budget);
        assertEquals(due, MINUTE_WALK.addWorkingTime(start, budget), () -> start + " + " + budget);
        assertEquals(budget, MINUTE_WALK.workingTimeBetween(start, due),
            () -> start + " .. " + due);
      }
    }
  }

  @Test
  void the_minute_walk_finds_the_working_time_within_a_day_either_way() {
    for (Instant start : CHOSEN_STARTS) {
      for (long minutes : new long[] {1, 45, 210, 600, 1439}) {
        Instant to = start.plus(Duration.ofMinutes(minutes));
        assertEquals(CALENDAR.workingTimeBetween(start, to), MINUTE_WALK.workingTimeBetween(start, to),
            () -> start + " .. " + to);
        assertEquals(CALENDAR.workingTimeBetween(to, start), MINUTE_WALK.workingTimeBetween(to, start),
            () -> to + " .. " + start);
      }
    }
  }

  @Test
  void the_minute_walk_refuses_what_it_cannot_count_exactly() {
    Instant start = sh("2026-11-02T10:00");
    assertThrows(IllegalArgumentException.class,
        () -> MINUTE_WALK.addWorkingTime(start.plusSeconds(1), Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class,
        () -> MINUTE_WALK.addWorkingTime(start, Duration.ofSeconds(90)));
    assertThrows(IllegalArgumentException.class,
        () -> MINUTE_WALK.workingTimeBetween(start, start.plusNanos(1)));
  }

  @Test
  void the_benchmark_calendar_has_the_holidays_and_make_up_days_it_promises() {
    assertEquals(62, CALENDAR.holidays().size());
    assertEquals(12, CALENDAR.makeUpDays().size());
    assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)),
        List.of(CALENDAR.indexFirstDate(), CALENDAR.indexLastDate()));
    assertEquals(List.of(BenchmarkCalendars.MORNING, BenchmarkCalendars.AFTERNOON),
        CALENDAR.hoursOn(LocalDate.of(2027, 10, 9)));
  }
}
