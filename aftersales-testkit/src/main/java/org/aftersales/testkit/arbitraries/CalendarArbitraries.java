package org.aftersales.testkit.arbitraries;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * jqwik arbitraries for business calendars (工作日历): random weekly office hours — one stretch a
 * day or a split day with a lunch break (午休), whole days, the seed's office day — holidays
 * (节假日) single and in runs such as a Golden Week, make-up working days (调休上班日) mostly on
 * weekends with their own hours, in a given zone (among them {@code Europe/Berlin}, which has
 * daylight saving), and business instants inside and outside the office hours with their edges.
 *
 * <p>A calendar is generated as a {@link CalendarDefinition} — the plain configuration, which a
 * property can read as an independent reference — and {@link CalendarDefinition#build() built}
 * with {@link WorkingCalendar#builder}; every definition generated here is accepted by it. Hours
 * are on the quarter hour, from 00:00 to 24:00, never past midnight; configured dates lie in
 * 2026 and 2027 unless given. Built only with jqwik combinators, so everything shrinks (towards
 * fewer working days, holidays and make-up days and earlier hours); edge cases (the seed's office
 * day 09:00–12:00 and 13:30–18:00, the whole day, openings and closings, midnight, month ends)
 * come often. Immutable and thread-safe.
 *
 * <pre>{@code
 * @Property
 * void dueDatesAreWorkingTime(@ForAll("calendars") WorkingCalendar calendar) { ... }
 *
 * @Provide
 * Arbitrary<WorkingCalendar> calendars() {
 *   return CalendarArbitraries.calendars(ZoneId.of("Europe/Berlin"));
 * }
 * }</pre>
 */
public final class CalendarArbitraries {

  /** The zones of {@link #zones()}: Shanghai (no DST), Berlin and New York (DST), UTC. */
  public static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"));

  /** The first date configured by default: 1 January 2026. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 1);

  /** The last date configured by default: 31 December 2027. */
  public static final LocalDate LAST_DATE = LocalDate.of(2027, 12, 31);

  /** The seed's office day: 09:00–12:00 and 13:30–18:00. */
  public static final List<WorkingHours> SEED_OFFICE_DAY = List.of(
      WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00"));

  /** Quarter hours in a day: hours are generated on the quarter hour, 96 meaning 24:00. */
  private static final int QUARTERS = 96;

  private static final List<String> HOLIDAY_NAMES =
      List.of("国庆节", "春节", "劳动节", "", "New Year's Day");

  private CalendarArbitraries() {}

  /**
   * Any of {@link #ZONES}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /**
   * The working hours of one day: the seed's office day ({@link #SEED_OFFICE_DAY}), one stretch,
   * a split day (two stretches with a break of at least a quarter hour between them), or the
   * whole day (00:00–24:00); sorted, never overlapping, never past midnight.
   *
   * @return the arbitrary; never an empty list
   */
  public static Arbitrary<List<WorkingHours>> dayHours() {
    Arbitrary<List<WorkingHours>> one = quarters(2).map(q -> List.of(hours(q.get(0), q.get(1))));
    Arbitrary<List<WorkingHours>> split = quarters(4)
        .map(q -> List.of(hours(q.get(0), q.get(1)), hours(q.get(2), q.get(3))));
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(SEED_OFFICE_DAY)),
        Tuple.of(3, one),
        Tuple.of(3, split),
        Tuple.of(1, Arbitraries.just(List.of(hours(0, QUARTERS)))));
  }

  /**
   * Weekly schedules as a map from day of the week to its hours ({@link #dayHours()}); at least
   * one day works (a week generated without any gets the seed's Monday). The seed's week —
   * Monday to Friday, {@link #SEED_OFFICE_DAY} — comes often.
   *
   * @return the arbitrary; unmodifiable maps without empty entries
   */
  public static Arbitrary<Map<DayOfWeek, List<WorkingHours>>> weeks() {
    List<Arbitrary<List<WorkingHours>>> days = new ArrayList<>();
    for (int i = 0; i < DayOfWeek.values().length; i++) {
      days.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<WorkingHours>of())),
          Tuple.of(2, dayHours())));
    }
    Arbitrary<Map<DayOfWeek, List<WorkingHours>>> random = Combinators.combine(days).as(list -> {
      Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (!list.get(d.ordinal()).isEmpty()) {
          week.put(d, list.get(d.ordinal()));
        }
      }
      if (week.isEmpty()) {
        week.put(DayOfWeek.MONDAY, SEED_OFFICE_DAY);
      }
      return Collections.unmodifiableMap(week);
    });
    Map<DayOfWeek, List<WorkingHours>> seed = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      seed.put(d, SEED_OFFICE_DAY);
    }
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Collections.unmodifiableMap(seed))),
        Tuple.of(3, random));
  }

  /**
   * Calendar definitions in any of {@link #ZONES}, with holidays and make-up days from
   * {@link #FIRST_DATE} to {@link #LAST_DATE}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CalendarDefinition> definitions() {
    return zones().flatMap(zone -> definitions(zone, FIRST_DATE, LAST_DATE));
  }

  /**
   * Calendar definitions in {@code zone}: a week of {@link #weeks()}, up to 12 single holidays
   * and up to two runs of 1 to 7 consecutive holidays, up to 4 make-up days — Saturdays and
   * Sundays — with hours of {@link #dayHours()}, all between {@code from} and {@code to}; a
   * make-up day that falls on a holiday is left out (the builder refuses it).
   *
   * @param zone the calendar's zone
   * @param from the first date that may be configured
   * @param to the last date that may be configured, at least 7 days after {@code from}
   * @return the arbitrary
   * @throws IllegalArgumentException if the range is shorter than a week
   */
  public static Arbitrary<CalendarDefinition> definitions(ZoneId zone, LocalDate from,
      LocalDate to) {
    requireNonNull(zone, "zone");
    int span = (int) ChronoUnit.DAYS.between(requireNonNull(from, "from"),
        requireNonNull(to, "to"));
    if (span < 7) {
      throw new IllegalArgumentException(
          "the range " + from + ".." + to + " is shorter than a week");
    }
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, span)
        .withDistribution(RandomDistribution.uniform());
    Arbitrary<List<Integer>> singles = offsets.list().ofMaxSize(12);
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> runs = Combinators.combine(
        offsets, Arbitraries.integers().between(1, 7))
        .as(Tuple::of).list().ofMaxSize(2);
    Arbitrary<List<Tuple.Tuple2<Integer, List<WorkingHours>>>> makeUps = Combinators.combine(
        Arbitraries.integers().between(0, span / 7).withDistribution(RandomDistribution.uniform()),
        dayHours()).as(Tuple::of).list()
        .ofMaxSize(4);
    Arbitrary<String> names = Arbitraries.of(HOLIDAY_NAMES);
    return Combinators.combine(weeks(), singles, runs, makeUps, names).as((week, s, r, m, name) -> {
      SortedMap<LocalDate, String> holidays = new TreeMap<>();
      for (int offset : s) {
        holidays.put(from.plusDays(offset), name);
      }
      for (Tuple.Tuple2<Integer, Integer> run : r) {
        for (int i = 0; i < run.get2(); i++) {
          LocalDate d = from.plusDays(run.get1() + i);
          if (!d.isAfter(to)) {
            holidays.put(d, name);
          }
        }
      }
      SortedMap<LocalDate, List<WorkingHours>> makeUpDays = new TreeMap<>();
      for (Tuple.Tuple2<Integer, List<WorkingHours>> day : m) {
        // Even weeks work a Saturday, odd ones a Sunday, as China's adjusted days usually fall.
        DayOfWeek weekend = day.get1() % 2 == 0 ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
        LocalDate d = from.plusWeeks(day.get1()).with(TemporalAdjusters.nextOrSame(weekend));
        if (!d.isAfter(to) && !holidays.containsKey(d)) {
          makeUpDays.putIfAbsent(d, day.get2());
        }
      }
      return new CalendarDefinition(zone, week, holidays, makeUpDays);
    });
  }

  /**
   * Working calendars in any of {@link #ZONES}: {@link #definitions()} built.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WorkingCalendar> calendars() {
    return definitions().map(CalendarDefinition::build);
  }

  /**
   * Working calendars in {@code zone} with holidays and make-up days from {@link #FIRST_DATE} to
   * {@link #LAST_DATE}.
   *
   * @param zone the zone, e.g. {@code Europe/Berlin} to meet daylight saving
   * @return the arbitrary
   */
  public static Arbitrary<WorkingCalendar> calendars(ZoneId zone) {
    return definitions(zone, FIRST_DATE, LAST_DATE).map(CalendarDefinition::build);
  }

  /**
   * Business instants for {@code calendar} on dates from {@code from} to {@code to} (month ends
   * and the range's ends often): on a date, an opening or a closing of one of its stretches
   * ({@link WorkingCalendar#hoursOn}), a minute before or after one, midnight, a second before
   * midnight, or any minute of the day (uniformly) — so both working and non-working instants come
   * often.
   * Local times are read in the calendar's zone on that date (a closing at 24:00 and a minute
   * after 23:59 give the date's own midnight; a time in a daylight-saving gap moves forward by
   * the gap), so every instant lies on its date.
   *
   * @param calendar the calendar
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants(WorkingCalendar calendar, LocalDate from,
      LocalDate to) {
    requireNonNull(calendar, "calendar");
    Arbitrary<LocalDate> dates = dates(from, to);
    return dates.flatMap(date -> {
      List<LocalTime> edges = new ArrayList<>();
      for (WorkingHours h : calendar.hoursOn(date)) {
        edges.add(h.start());
        edges.add(h.end());
      }
      Arbitrary<LocalTime> random = Arbitraries.integers().between(0, 24 * 60 - 1)
          .withDistribution(RandomDistribution.uniform()).map(m -> LocalTime.of(m / 60, m % 60));
      Arbitrary<LocalTime> times = edges.isEmpty()
          ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(LocalTime.MIDNIGHT,
              LocalTime.of(23, 59, 59))), Tuple.of(3, random))
          : Arbitraries.frequencyOf(
              Tuple.of(4, Arbitraries.of(edges)),
              Tuple.of(2, Arbitraries.of(edges).flatMap(t -> Arbitraries.of(t.minusMinutes(1),
                  t.plusMinutes(1)))),
              Tuple.of(1, Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))),
              Tuple.of(3, random));
      // Times wrap within the date: a closing at 24:00 gives the date's own midnight.
      return times.map(t -> ZonedDateTime.of(date, t, calendar.zone()).toInstant());
    });
  }

  /**
   * Dates from {@code from} to {@code to}, inclusive; month ends, weekends and the range's ends
   * often.
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(requireNonNull(from, "from"), requireNonNull(to, "to"));
    if (span < 0) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
    Arbitrary<LocalDate> any = Arbitraries.longs().between(0, span)
        .withDistribution(RandomDistribution.uniform()).map(from::plusDays);
    Arbitrary<LocalDate> monthEnds = any.map(d -> d.with(TemporalAdjusters.lastDayOfMonth()))
        .map(d -> d.isAfter(to) ? to : d);
    Arbitrary<LocalDate> weekends = any.map(d -> d.with(TemporalAdjusters.nextOrSame(
        DayOfWeek.SATURDAY))).map(d -> d.isAfter(to) ? to : d);
    return Arbitraries.frequencyOf(Tuple.of(4, any), Tuple.of(2, monthEnds),
        Tuple.of(2, weekends), Tuple.of(1, Arbitraries.of(from, to)));
  }

  /** {@code n} distinct quarter-hour positions from 0 to 96, sorted. */
  private static Arbitrary<List<Integer>> quarters(int n) {
    return Arbitraries.integers().between(0, QUARTERS)
        .withDistribution(RandomDistribution.uniform()).set().ofSize(n)
        .map(set -> List.copyOf(new TreeSet<>(set)));
  }

  /** The stretch from quarter {@code start} to quarter {@code end} (96 is 24:00). */
  private static WorkingHours hours(int start, int end) {
    return WorkingHours.of(time(start), time(end));
  }

  private static LocalTime time(int quarter) {
    return quarter == QUARTERS ? LocalTime.MIDNIGHT
        : LocalTime.of(quarter / 4, quarter % 4 * 15);
  }

  /**
   * The plain configuration of a generated calendar: its zone, weekly hours, holidays and
   * make-up days — what a property reads as an independent reference of the calendar's
   * definition. Immutable.
   *
   * @param zone the zone
   * @param week the hours of each working day of the week; days not in the map do not work
   * @param holidays the holidays and their names
   * @param makeUpDays the make-up working days and their hours; never a holiday
   */
  public record CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week,
      SortedMap<LocalDate, String> holidays, SortedMap<LocalDate, List<WorkingHours>> makeUpDays) {

    /**
     * Copies the fields.
     *
     * @param zone the zone
     * @param week the weekly hours
     * @param holidays the holidays
     * @param makeUpDays the make-up days
     */
    public CalendarDefinition {
      requireNonNull(zone, "zone");
      week = Collections.unmodifiableMap(new EnumMap<>(requireNonNull(week, "week")));
      holidays = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(holidays,
          "holidays")));
      makeUpDays = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(makeUpDays,
          "makeUpDays")));
    }

    /**
     * A {@link WorkingCalendar} builder configured with this definition, to add more to.
     *
     * @return a new builder
     */
    public WorkingCalendar.Builder builder() {
      WeeklySchedule.Builder weekly = WeeklySchedule.builder();
      week.forEach((day, hours) -> weekly.on(day, hours.toArray(WorkingHours[]::new)));
      WorkingCalendar.Builder b = WorkingCalendar.builder(zone).weekly(weekly.build());
      holidays.forEach(b::holiday);
      makeUpDays.forEach((date, hours) -> b.makeUpDay(date, "调休", hours));
      return b;
    }

    /**
     * The calendar.
     *
     * @return the calendar built by {@link #builder()}
     */
    public WorkingCalendar build() {
      return builder().build();
    }

    /**
     * The hours on {@code date} by this definition, read independently of the calendar: a
     * make-up day's own hours, none on a holiday, else the week's.
     *
     * @param date the date
     * @return the stretches, sorted; empty if the date does not work
     */
    public List<WorkingHours> hoursOn(LocalDate date) {
      if (makeUpDays.containsKey(date)) {
        return makeUpDays.get(date);
      }
      if (holidays.containsKey(date)) {
        return List.of();
      }
      return week.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /**
     * The working stretches on {@code date} as instants, by the documented local-time rules: a
     * stretch starts at the first occurrence of its local start (a time in a gap moves forward
     * by the gap) and ends at the last occurrence of its local end (24:00 being the next date's
     * midnight). Stretches that vanish in a gap are left out.
     *
     * @param date the date
     * @return the stretches as {@code [start, end)} pairs of instants
     */
    public List<Instant[]> stretchesOn(LocalDate date) {
      List<Instant[]> result = new ArrayList<>();
      for (WorkingHours h : hoursOn(date)) {
        Instant start = ZonedDateTime.of(LocalDateTime.of(date, h.start()), zone)
            .withEarlierOffsetAtOverlap().toInstant();
        LocalDateTime localEnd = h.end().equals(LocalTime.MIDNIGHT)
            ? date.plusDays(1).atStartOfDay() : LocalDateTime.of(date, h.end());
        Instant end = ZonedDateTime.of(localEnd, zone).withLaterOffsetAtOverlap().toInstant();
        if (end.isAfter(start)) {
          result.add(new Instant[] {start, end});
        }
      }
      return result;
    }

    /**
     * The configured dates: holidays and make-up days.
     *
     * @return the dates, sorted
     */
    public Set<LocalDate> configuredDates() {
      Set<LocalDate> dates = new TreeSet<>(holidays.keySet());
      dates.addAll(makeUpDays.keySet());
      return Collections.unmodifiableSet(dates);
    }
  }
}
