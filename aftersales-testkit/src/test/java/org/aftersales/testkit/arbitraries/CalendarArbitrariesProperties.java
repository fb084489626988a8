package org.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.testkit.arbitraries.CalendarArbitraries.CalendarDefinition;

/**
 * What {@link CalendarArbitraries} promises: every generated definition is accepted by the
 * calendar builder and read back as configured; deadlines computed over a generated calendar
 * end in working time of a date that is no holiday, after exactly the budget's working time —
 * both checked against the plain definition, independently of the calendar's arithmetic; and the
 * edge cases (split days, holidays, make-up days, daylight saving, instants at openings and
 * closings, month ends) come often. Fixed seeds, so the coverage checks are stable.
 *
 * <p>// rule: SVC-11 (deadlines counted in working time over the business calendar)
 */
class CalendarArbitrariesProperties {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** A definition, a start instant on its configured dates and a budget of 1 to 1440 minutes. */
  record Case(CalendarDefinition definition, WorkingCalendar calendar, Instant start,
      Duration budget) {}

  @Provide
  Arbitrary<CalendarDefinition> definitions() {
    return CalendarArbitraries.definitions();
  }

  @Provide
  Arbitrary<Case> cases() {
    return CalendarArbitraries.definitions().flatMap(d -> cases(d, CalendarArbitraries.FIRST_DATE,
        CalendarArbitraries.LAST_DATE));
  }

  /** Berlin calendars and starts in the weeks of the 2026 clock changes (29 March, 25 October). */
  @Provide
  Arbitrary<Case> berlinCases() {
    return CalendarArbitraries.definitions(BERLIN, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 11, 30)).flatMap(d -> Arbitraries.of(LocalDate.of(2026, 3, 26),
            LocalDate.of(2026, 10, 22)).flatMap(from -> cases(d, from, from.plusDays(5))));
  }

  static Arbitrary<Case> cases(CalendarDefinition d, LocalDate from, LocalDate to) {
    WorkingCalendar calendar = d.build();
    return Combinators.combine(CalendarArbitraries.instants(calendar, from, to),
        Arbitraries.integers().between(1, 1440))
        .as((start, minutes) -> new Case(d, calendar, start, Duration.ofMinutes(minutes)));
  }

  @Property(seed = "20261102", tries = 200)
  void everyDefinitionIsAcceptedAndReadBackAsConfigured(
      @ForAll("definitions") CalendarDefinition d) {
    WorkingCalendar calendar = d.build();
    assertEquals(d.zone(), calendar.zone());
    assertEquals(d.holidays().keySet(), calendar.holidays().keySet());
    assertEquals(d.makeUpDays().keySet(), calendar.makeUpDays().keySet());
    for (LocalDate date : d.configuredDates()) {
      assertEquals(d.hoursOn(date), calendar.hoursOn(date), date::toString);
      assertFalse(d.holidays().containsKey(date) && d.makeUpDays().containsKey(date));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      assertEquals(d.week().getOrDefault(day, List.of()), calendar.weeklySchedule().hoursOn(day));
    }
    assertFalse(d.week().isEmpty());
    boolean split = d.week().values().stream().anyMatch(h -> h.size() == 2);
    boolean seedWeek = d.week().size() == 5 && d.week().values().stream()
        .allMatch(CalendarArbitraries.SEED_OFFICE_DAY::equals);
    Statistics.label("split day").collect(split);
    Statistics.label("seed week").collect(seedWeek);
    Statistics.label("holidays").collect(!d.holidays().isEmpty());
    Statistics.label("make-up days").collect(!d.makeUpDays().isEmpty());
    Statistics.label("zone").collect(d.zone().getId());
    Statistics.label("split day").coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("seed week").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("holidays").coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("make-up days").coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("zone").coverage(c -> c.check("Europe/Berlin").percentage(p -> p >= 10));
  }

  @Property(seed = "20261102", tries = 200)
  void aDeadlineEndsInWorkingTimeOfNoHolidayAfterExactlyTheBudget(@ForAll("cases") Case c) {
    checkDeadline(c);
    Statistics.label("start in working time").collect(c.calendar().isWorkingTime(c.start()));
    Statistics.label("start in working time")
        .coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("start in working time")
        .coverage(k -> k.check(false).percentage(p -> p >= 10));
  }

  @Property(seed = "20261025", tries = 100)
  void aDeadlineOverADaylightSavingChangeIsExactToo(@ForAll("berlinCases") Case c) {
    checkDeadline(c);
  }

  /**
   * The due instant lies in (or at the end of) a stretch of a date that is no holiday, and the
   * working time from the start to it — the union of the definition's stretches, counted here —
   * is the budget.
   */
  static void checkDeadline(Case c) {
    Instant due = c.calendar().addWorkingTime(c.start(), c.budget());
    CalendarDefinition d = c.definition();
    LocalDate dueDate = LocalDate.ofInstant(due, d.zone());
    boolean inStretch = false;
    for (LocalDate date : List.of(dueDate.minusDays(1), dueDate)) {
      for (Instant[] s : d.stretchesOn(date)) {
        if (s[0].isBefore(due) && !due.isAfter(s[1])) {
          inStretch = true;
          assertFalse(d.holidays().containsKey(date), () -> "due " + due + " on holiday " + date);
        }
      }
    }
    assertTrue(inStretch, () -> "due " + due + " is not at the end of working time");
    assertEquals(c.budget(), workingTime(d, c.start(), due));
  }

  /** The working time between two instants: the union of the definition's stretches. */
  static Duration workingTime(CalendarDefinition d, Instant from, Instant to) {
    List<Instant[]> all = new ArrayList<>();
    LocalDate last = LocalDate.ofInstant(to, d.zone()).plusDays(1);
    for (LocalDate date = LocalDate.ofInstant(from, d.zone()).minusDays(1); !date.isAfter(last);
        date = date.plusDays(1)) {
      all.addAll(d.stretchesOn(date));
    }
    all.sort(Comparator.comparing((Instant[] s) -> s[0]));
    Duration total = Duration.ZERO;
    Instant covered = from;
    for (Instant[] s : all) {
      Instant start = s[0].isAfter(covered) ? s[0] : covered;
      Instant end = s[1].isBefore(to) ? s[1] : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
        covered = end;
      }
    }
    return total;
  }

  @Provide
  Arbitrary<Tuple.Tuple2<CalendarDefinition, Instant>> instantsOfNovember() {
    return CalendarArbitraries.definitions().flatMap(d -> CalendarArbitraries.instants(d.build(),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).map(i -> Tuple.of(d, i)));
  }

  @Property(seed = "20261130", tries = 250)
  void instantsFallOnTheirDatesInsideAndOutsideWorkingTimeAndOnItsEdges(
      @ForAll("instantsOfNovember") Tuple.Tuple2<CalendarDefinition, Instant> t) {
    CalendarDefinition d = t.get1();
    Instant i = t.get2();
    LocalDate date = LocalDate.ofInstant(i, d.zone());
    assertTrue(!date.isBefore(LocalDate.of(2026, 11, 1))
        && !date.isAfter(LocalDate.of(2026, 11, 30)), date::toString);
    boolean working = false;
    boolean edge = false;
    for (LocalDate day : List.of(date.minusDays(1), date)) {
      for (Instant[] s : d.stretchesOn(day)) {
        working |= !i.isBefore(s[0]) && i.isBefore(s[1]);
        edge |= i.equals(s[0]) || i.equals(s[1]);
      }
    }
    // The independent reading of the definition agrees with the calendar.
    WorkingCalendar calendar = d.build();
    assertEquals(working, calendar.isWorkingTime(i), i::toString);
    Statistics.label("working").collect(working);
    Statistics.label("edge").collect(edge);
    Statistics.label("month end").collect(date.equals(LocalDate.of(2026, 11, 30)));
    Statistics.label("working").coverage(k -> k.check(true).percentage(p -> p >= 15));
    Statistics.label("working").coverage(k -> k.check(false).percentage(p -> p >= 15));
    Statistics.label("edge").coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("month end").coverage(k -> k.check(true).percentage(p -> p >= 10));
  }
}
