package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;

/**
 * The calendar arithmetic over the whole supported range 1900..2300, not only over the indexed
 * years: every deadline, working time and working-day count is compared with an independent
 * reference written here — a day-by-day walk over java.time — and every instant or date just
 * outside the range is refused with the library's error.
 *
 * <p>// rule: SVC-11, SVC-12, SVC-13 (deadlines in working and elapsed time), CMP-05 (working
 * days) — reliability (issue 9, "every instant is safe").
 */
@Tag("reliability")
@Tag("SVC-11")
@Tag("SVC-12")
@Tag("SVC-13")
@Tag("CMP-05")
class SupportedRangeProperties {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Office hours, and a Saturday night shift across the Sunday 02:00 daylight-saving changes. */
  static final List<Stretch> STRETCHES = List.of(
      new Stretch(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(12, 0)),
      new Stretch(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(13, 30), LocalTime.of(18, 0)),
      new Stretch(Set.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(4, 0)));

  /** Holidays spread over the range, both ends included. */
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2),
      LocalDate.of(1949, 10, 3), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
      LocalDate.of(2150, 5, 1), LocalDate.of(2300, 12, 25), LocalDate.of(2300, 12, 31));

  /** One make-up Sunday, working the office hours. */
  static final LocalDate MAKE_UP = LocalDate.of(2199, 6, 7);

  /** A stretch of local hours on some days of the week; an end at or before the start is the next day. */
  record Stretch(Set<DayOfWeek> days, LocalTime start, LocalTime end) {}

  /** A calendar built from the stretches above, with its reference. */
  record Case(String name, ZoneId zone, WorkingCalendar calendar) {

    @Override
    public String toString() {
      return name;
    }
  }

  static WorkingCalendar calendar(ZoneId zone, LocalDate indexFrom, LocalDate indexTo) {
    WeeklySchedule.Builder week = WeeklySchedule.builder();
    for (Stretch s : STRETCHES) {
      for (DayOfWeek day : s.days()) {
        week.on(day, WorkingHours.of(s.start(), s.end()));
      }
    }
    WorkingCalendar.Builder b = WorkingCalendar.builder(zone).weekly(week.build());
    HOLIDAYS.forEach(d -> b.holiday(d, ""));
    b.makeUpDay(MAKE_UP, "", DayOfWeek.MONDAY);
    if (indexFrom != null) {
      b.indexRange(indexFrom, indexTo);
    }
    return b.build();
  }

  static final List<Case> CASES = List.of(
      new Case("Shanghai, default index", SHANGHAI, calendar(SHANGHAI, null, null)),
      new Case("Berlin, index of 1900", BERLIN,
          calendar(BERLIN, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31))),
      new Case("New York, index of 2300", NEW_YORK,
          calendar(NEW_YORK, LocalDate.of(2300, 1, 1), LocalDate.of(2300, 12, 31))),
      new Case("Shanghai, index 2100..2199", SHANGHAI,
          calendar(SHANGHAI, LocalDate.of(2100, 1, 1), LocalDate.of(2199, 12, 31))));

  // ---------------------------------------------------------------- the reference

  /** Whether the reference counts {@code date} a working date: a stretch starts on it. */
  static boolean referenceWorkingDate(LocalDate date) {
    return !referenceStretches(date).isEmpty();
  }

  static List<Stretch> referenceStretches(LocalDate date) {
    if (HOLIDAYS.contains(date)) {
      return List.of();
    }
    DayOfWeek day = date.equals(MAKE_UP) ? DayOfWeek.MONDAY : date.getDayOfWeek();
    List<Stretch> result = new ArrayList<>();
    for (Stretch s : STRETCHES) {
      // The make-up day works Monday's office hours only.
      if (s.days().contains(day) && !(date.equals(MAKE_UP) && s.days().size() == 1)) {
        result.add(s);
      }
    }
    return result;
  }

  /**
   * The real-time intervals of the stretches starting on {@code date}: from the first occurrence
   * of the local start (moved forward through a gap) to the last occurrence of the local end.
   */
  static List<Instant[]> referenceIntervals(ZoneId zone, LocalDate date) {
    List<Instant[]> result = new ArrayList<>();
    for (Stretch s : referenceStretches(date)) {
      LocalDateTime from = date.atTime(s.start());
      LocalDateTime to = (s.end().isAfter(s.start()) ? date : date.plusDays(1)).atTime(s.end());
      Instant a = ZonedDateTime.of(from, zone).withEarlierOffsetAtOverlap().toInstant();
      Instant b = ZonedDateTime.of(to, zone).withLaterOffsetAtOverlap().toInstant();
      if (a.isBefore(b)) {
        result.add(new Instant[] {a, b});
      }
    }
    return result;
  }

  /** The due instant by walking day by day; null if it lies after the walk's last date. */
  static Instant referenceDue(ZoneId zone, Instant start, Duration budget, LocalDate lastDate) {
    if (budget.isZero()) {
      return start;
    }
    Duration left = budget;
    for (LocalDate d = start.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(lastDate);
        d = d.plusDays(1)) {
      for (Instant[] i : referenceIntervals(zone, d)) {
        Instant from = i[0].isBefore(start) ? start : i[0];
        if (!from.isBefore(i[1])) {
          continue;
        }
        Duration length = Duration.between(from, i[1]);
        if (left.compareTo(length) <= 0) {
          return from.plus(left);
        }
        left = left.minus(length);
      }
    }
    return null;
  }

  /** The working time in [from, to) by walking day by day. */
  static Duration referenceBetween(ZoneId zone, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (LocalDate d = from.atZone(zone).toLocalDate().minusDays(1);
        !d.isAfter(to.atZone(zone).toLocalDate()); d = d.plusDays(1)) {
      for (Instant[] i : referenceIntervals(zone, d)) {
        Instant a = i[0].isBefore(from) ? from : i[0];
        Instant b = i[1].isAfter(to) ? to : i[1];
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  // ---------------------------------------------------------------- generators

  static final long FIRST_SECOND = SupportedTime.FIRST_INSTANT.getEpochSecond();
  static final long LAST_SECOND = SupportedTime.LAST_INSTANT.getEpochSecond();

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(CASES);
  }

  /**
   * Instants across the whole range: any second, any whole minute (to hit openings and
   * closings), or within a few weeks of either end of the range.
   */
  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> anySecond = Combinators.combine(
            Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
    Arbitrary<Instant> minutes = Arbitraries.longs().between(FIRST_SECOND / 60 + 1, LAST_SECOND / 60)
        .map(m -> Instant.ofEpochSecond(m * 60));
    Arbitrary<Instant> nearTheEnds = Arbitraries.longs().between(0, 40L * 86_400)
        .flatMap(s -> Arbitraries.of(SupportedTime.FIRST_INSTANT.plusSeconds(s),
            SupportedTime.LAST_INSTANT.minusSeconds(s)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, anySecond), net.jqwik.api.Tuple.of(3, minutes),
        net.jqwik.api.Tuple.of(3, nearTheEnds));
  }

  @Provide
  Arbitrary<Duration> budgets() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 400 * 60).map(Duration::ofMinutes),
        Arbitraries.longs().between(0, 400L * 3_600_000_000_000L).map(Duration::ofNanos));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(SupportedTime.FIRST_DATE.toEpochDay(),
            SupportedTime.LAST_DATE.toEpochDay()).map(LocalDate::ofEpochDay),
        Arbitraries.integers().between(0, 60).flatMap(n -> Arbitraries.of(
            SupportedTime.FIRST_DATE.plusDays(n), SupportedTime.LAST_DATE.minusDays(n))));
  }

  // ---------------------------------------------------------------- properties

  @Property(tries = 400)
  void a_deadline_anywhere_in_the_range_is_the_day_by_day_walk(@ForAll("cases") Case c,
      @ForAll("instants") Instant start, @ForAll("budgets") Duration budget) {
    // rule: SVC-11 — reliability: exact inside the range, refused when it would end after it.
    Instant expected = referenceDue(c.zone(), start, budget, SupportedTime.LAST_DATE.plusDays(1));
    if (expected != null && SupportedTime.contains(expected)) {
      assertEquals(expected, c.calendar().addWorkingTime(start, budget));
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> c.calendar().addWorkingTime(start, budget));
      assertEquals("workingTime", e.violations().get(0).path());
    }
  }

  @Property(tries = 200)
  void working_time_between_two_instants_anywhere_in_the_range_is_the_day_by_day_sum(
      @ForAll("cases") Case c, @ForAll("instants") Instant from,
      @ForAll("budgets") Duration span) {
    // rule: SVC-11 — a span of up to 400 elapsed hours... up to 400 days.
    Instant to = from.plus(span.multipliedBy(24));
    if (!SupportedTime.contains(to)) {
      to = SupportedTime.LAST_INSTANT;
    }
    assertEquals(referenceBetween(c.zone(), from, to), c.calendar().workingTimeBetween(from, to));
    assertEquals(referenceBetween(c.zone(), from, to).negated(),
        c.calendar().workingTimeBetween(to, from));
  }

  @Property(tries = 300)
  void working_days_anywhere_in_the_range_are_the_day_by_day_count(@ForAll("cases") Case c,
      @ForAll("dates") LocalDate date, @ForAll("dates") LocalDate other) {
    // rule: CMP-05 — reliability: working-day counts across the whole range, both directions.
    LocalDate from = date.isBefore(other) ? date : other;
    LocalDate to = date.isBefore(other) ? other : date;
    long expected = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      expected += referenceWorkingDate(d) ? 1 : 0;
    }
    assertEquals(expected, c.calendar().workingDaysBetween(from, to));
    assertEquals(-expected, c.calendar().workingDaysBetween(to, from));
  }

  @Property(tries = 300)
  void adding_working_days_anywhere_in_the_range_is_the_day_by_day_walk(@ForAll("cases") Case c,
      @ForAll("dates") LocalDate date, @ForAll("workingDays") long days) {
    // rule: CMP-05 — reliability: exact inside, refused past 2300-12-31.
    LocalDate d = date;
    long left = days;
    while (left > 0 && d.isBefore(SupportedTime.LAST_DATE)) {
      d = d.plusDays(1);
      left -= referenceWorkingDate(d) ? 1 : 0;
    }
    if (left == 0) {
      assertEquals(d, c.calendar().plusWorkingDays(date, days));
    } else {
      assertEquals("days", assertThrows(InvalidInputException.class,
          () -> c.calendar().plusWorkingDays(date, days)).violations().get(0).path());
    }
  }

  @Provide
  Arbitrary<Long> workingDays() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 400),
        Arbitraries.longs().between(0, 120_000), Arbitraries.of(Long.MAX_VALUE));
  }

  @Property(tries = 200)
  void every_instant_just_outside_the_range_is_refused_by_every_query(@ForAll("cases") Case c,
      @ForAll("outside") Instant outside) {
    // rule: SVC-11, SVC-12, SVC-13 — reliability: the library's error, never a JDK exception.
    WorkingCalendar cal = c.calendar();
    Instant inside = Instant.parse("2026-11-02T01:00:00Z");
    assertEquals("start", refusal(() -> cal.addWorkingTime(outside, Duration.ofHours(6))));
    assertEquals("instant", refusal(() -> cal.isWorkingTime(outside)));
    assertEquals("instant", refusal(() -> cal.nextWorkingMoment(outside)));
    assertEquals("instant", refusal(() -> cal.endOfWorkingDay(outside)));
    assertEquals("from", refusal(() -> cal.workingTimeBetween(outside, inside)));
    assertEquals("to", refusal(() -> cal.workingTimeBetween(inside, outside)));
  }

  @Provide
  Arbitrary<Instant> outside() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 10_000_000_000L).map(n -> SupportedTime.FIRST_INSTANT.minusNanos(1 + n)),
        Arbitraries.longs().between(0, 10_000_000_000L).map(n -> SupportedTime.LAST_INSTANT.plusNanos(1 + n)),
        Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH.minusSeconds(62_135_596_800L),
            Instant.parse("0026-11-02T01:00:00Z"), Instant.parse("9999-12-31T23:59:59Z")));
  }

  static String refusal(Runnable call) {
    return assertThrows(InvalidInputException.class, call::run).violations().get(0).path();
  }

  // ---------------------------------------------------------------- examples at the edges

  @Example
  void the_first_and_last_supported_instants_are_accepted_and_one_nanosecond_beyond_is_not() {
    // rule: SVC-12 — reliability: 24×7, where working time is elapsed time.
    WorkingCalendar all = WorkingCalendar.twentyFourSeven(SHANGHAI);
    Instant first = SupportedTime.FIRST_INSTANT;
    Instant last = SupportedTime.LAST_INSTANT;
    assertEquals(last, all.addWorkingTime(first, Duration.between(first, last)));
    assertEquals(Duration.between(first, last), all.workingTimeBetween(first, last));
    assertEquals("workingTime", refusal(
        () -> all.addWorkingTime(first, Duration.between(first, last).plusNanos(1))));
    assertEquals("start", refusal(() -> all.addWorkingTime(first.minusNanos(1), Duration.ZERO)));
    assertEquals("start", refusal(() -> all.addWorkingTime(last.plusNanos(1), Duration.ZERO)));
    assertEquals(first, all.nextWorkingMoment(first));
    assertEquals(last, all.nextWorkingMoment(last));
  }

  @Example
  void at_utc_minus_18_an_index_ending_on_the_last_date_ends_one_nanosecond_after_the_range() {
    // rule: SVC-12 — reliability: the last local midnight of the index is the first instant
    // outside the range; a due instant there is refused, one a nanosecond earlier is not.
    WorkingCalendar far = WorkingCalendar.builder(java.time.ZoneOffset.ofHours(-18))
        .weekly(WeeklySchedule.twentyFourSeven())
        .indexRange(LocalDate.of(2300, 1, 1), LocalDate.of(2300, 12, 31)).build();
    Instant start = SupportedTime.LAST_INSTANT.minusSeconds(3600);
    assertEquals(SupportedTime.LAST_INSTANT, far.addWorkingTime(start, Duration.ofHours(1)));
    assertEquals("workingTime", refusal(
        () -> far.addWorkingTime(start, Duration.ofHours(1).plusNanos(1))));
    assertEquals("workingTime", refusal(
        () -> far.addWorkingTime(start, Duration.ofHours(2))));
  }

  @Example
  void four_hundred_years_of_24x7_working_time_is_exact_though_it_exceeds_a_long_of_nanoseconds() {
    // rule: SVC-12 — reliability: before the fix the sum wrapped around to a negative duration.
    WorkingCalendar all = WorkingCalendar.twentyFourSeven(SHANGHAI);
    Instant from = Instant.parse("1900-01-01T00:00:00Z");
    Instant to = Instant.parse("2300-01-01T00:00:00Z");
    // 400 Gregorian years are 146,097 days exactly.
    assertEquals(Duration.ofDays(146_097), all.workingTimeBetween(from, to));
    assertEquals(to, all.addWorkingTime(from, Duration.ofDays(146_097)));
  }

  @Example
  void the_office_works_seven_and_a_half_hours_on_every_weekday_of_four_centuries() {
    // rule: SVC-11 — Monday to Friday 09:00–12:00 and 13:30–18:00 in Shanghai from 1 January 1900
    // to 1 January 2301, local midnights: the weekdays counted here times 7 h 30 min.
    WorkingCalendar office = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE).build();
    long weekdays = 0;
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2301, 1, 1));
        d = d.plusDays(1)) {
      weekdays += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
    }
    Instant from = LocalDate.of(1900, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = LocalDate.of(2301, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    assertEquals(Duration.ofMinutes(450).multipliedBy(weekdays), office.workingTimeBetween(from, to));
  }

  @Example
  void a_start_typed_in_the_year_0026_is_refused_in_both_languages() {
    // rule: SVC-11 — reliability: the example. Before the fix, 6 working hours from
    // 0026-11-02T09:00 in Shanghai came out as a deadline in the year 2645.
    WorkingCalendar office = WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE).build();
    Instant typo = Instant.parse("0026-11-02T01:00:00Z");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> office.addWorkingTime(typo, Duration.ofHours(6)));
    assertEquals("start", e.violations().get(0).path());
    assertEquals("lies outside the supported range 1899-12-31T06:00:00Z to"
        + " 2301-01-01T17:59:59.999999999Z", e.violations().get(0).message().render(Locale.ENGLISH));
    assertEquals("超出支持的范围 1899-12-31T06:00:00Z 至 2301-01-01T17:59:59.999999999Z",
        e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("0026-11-02T01:00:00Z", e.violations().get(0).rejectedValue().orElseThrow());
    assertEquals("from", refusal(() -> office.workingDaysBetween(LocalDate.of(26, 11, 2),
        LocalDate.of(2026, 11, 2))));
    assertEquals("date", refusal(() -> office.plusWorkingDays(LocalDate.of(26, 11, 2), 3)));
  }

  @Example
  void a_calendar_configured_outside_the_range_is_refused_listing_every_date() {
    // rule: SVC-11 — reliability: no JDK exception even for the extreme dates of java.time.
    for (LocalDate[] index : new LocalDate[][] {{LocalDate.MIN, LocalDate.MIN.plusYears(1)},
        {LocalDate.MAX.minusYears(1), LocalDate.MAX}, {LocalDate.of(1899, 1, 1),
        LocalDate.of(1950, 1, 1)}, {LocalDate.of(2250, 1, 1), LocalDate.of(2301, 1, 1)}}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> WorkingCalendar.builder(SHANGHAI).weekly(Calendars.OFFICE)
              .holiday(LocalDate.of(26, 10, 1), "").makeUpDay(LocalDate.of(2301, 1, 5), "",
                  DayOfWeek.MONDAY)
              .period(LocalDate.of(1899, 7, 1), LocalDate.of(2026, 9, 30), "", Calendars.OFFICE)
              .period(LocalDate.of(2026, 7, 1), LocalDate.of(2301, 9, 30), "", Calendars.OFFICE)
              .indexRange(index[0], index[1]).build());
      List<String> paths = e.violations().stream().map(v -> v.path()).toList();
      assertEquals(List.of("holiday 0026-10-01", "indexRange", "makeUpDay 2301-01-05",
          "period 1899-07-01..2026-09-30", "period 2026-07-01..2301-09-30"),
          paths.stream().distinct().toList(),
          index[0].toString());
    }
  }

  @Example
  void a_night_shift_across_the_daylight_saving_changes_counts_real_time() {
    // rule: SVC-11 — Saturday 22:00 to Sunday 04:00 local: 5 hours on the spring night (02:00
    // jumps to 03:00), 7 on the autumn night (03:00 falls back to 02:00), in 1980 and in 2250.
    for (ZoneId zone : List.of(BERLIN, NEW_YORK)) {
      WorkingCalendar c = calendar(zone, null, null);
      for (int year : new int[] {1980, 2250}) {
        ZonedDateTime spring = springForward(zone, year);
        ZonedDateTime autumn = fallBack(zone, year);
        LocalDate springSaturday = spring.toLocalDate().minusDays(1);
        LocalDate autumnSaturday = autumn.toLocalDate().minusDays(1);
        Instant springStart = springSaturday.atTime(22, 0).atZone(zone).toInstant();
        Instant autumnStart = autumnSaturday.atTime(22, 0).atZone(zone).toInstant();
        assertEquals(Duration.ofHours(5), c.workingTimeBetween(springStart,
            springStart.plus(Duration.ofHours(12))), zone + " " + year);
        assertEquals(Duration.ofHours(7), c.workingTimeBetween(autumnStart,
            autumnStart.plus(Duration.ofHours(12))), zone + " " + year);
        // The shift's last working instant is 04:00 local, 5 and 7 real hours after its start.
        assertEquals(springStart.plus(Duration.ofHours(5)),
            c.addWorkingTime(springStart, Duration.ofHours(5)));
        assertEquals(autumnStart.plus(Duration.ofHours(7)),
            c.addWorkingTime(autumnStart, Duration.ofHours(7)));
      }
    }
  }

  /** The spring-forward transition of {@code year}, from the zone's rules. */
  static ZonedDateTime springForward(ZoneId zone, int year) {
    return zone.getRules().nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
        .getDateTimeAfter().atZone(zone);
  }

  /** The fall-back transition of {@code year}, from the zone's rules. */
  static ZonedDateTime fallBack(ZoneId zone, int year) {
    Instant spring = springForward(zone, year).toInstant();
    return zone.getRules().nextTransition(spring).getDateTimeBefore().atZone(zone);
  }
}
