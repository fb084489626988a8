package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * A working calendar (工作日历) in one zone: a weekly schedule with any number of stretches a day
 * (including night shifts past midnight and 24×7), holidays, make-up working days (调休) and
 * date-bounded schedule changes (summer and winter hours), compiled into an index so that the
 * cost of a deadline query does not depend on the budget.
 *
 * <h2>Which hours apply on a date</h2>
 * In this order: a {@link MakeUpDay make-up day}'s own hours; none on a holiday; the last-declared
 * {@link SchedulePeriod} containing the date; the base weekly schedule. A stretch belongs to the
 * date on which it starts, so a night shift starting on the eve of a holiday is worked in full.
 * Stretches of consecutive dates that overlap or touch count once.
 *
 * <h2>Local time and daylight saving</h2>
 * Stretches are given in local time of {@link #zone()}. A stretch starts at the first occurrence
 * of its local start time and ends at the last occurrence of its local end time; a local time that
 * does not exist (spring-forward gap) moves forward by the gap. A stretch that spans a change is
 * therefore an hour shorter or longer in real time, and one that lies entirely inside a gap
 * vanishes.
 *
 * <h2>Boundaries of the arithmetic</h2>
 * See {@link BusinessCalendar}: opening times are working time, closing times are not; a start
 * outside working time counts from the next opening; a due instant that lands exactly on a
 * closing time stays there; adding zero gives the start; working time between a later and an
 * earlier instant is negative.
 *
 * <h2>The index</h2>
 * Working intervals are precomputed with prefix sums for the {@link #indexFirstDate() index range}:
 * by default from 1 January of the earlier of 2020 and the year before the first configured date,
 * to 31 December of the later of 2035 and five years after the last configured date, at most 100
 * years (a default never reaches past 2119); set it with {@link Builder#indexRange}. A query inside
 * it is a bucket-table lookup and a step over one or two intervals — constant time for office-hour
 * calendars, never worse than a binary search. The working dates of the range are compiled too,
 * so {@link #plusWorkingDays} and {@link #workingDaysBetween} cost two array reads. Queries
 * outside the range are still exact: they walk the calendar week by week (or date by date), so
 * their cost grows with the distance from the range (see {@code docs/supported-ranges.md} for
 * measured figures). The range decides only how fast an answer comes, never what it is, so it
 * takes no part in {@link #equals} nor in the text form.
 *
 * <h2>Supported range</h2>
 * Every date and instant a calendar computes with — configured holidays, make-up days, periods
 * and index range; the instants and dates given to its queries; the deadlines and dates they
 * return — lies in the {@linkplain SupportedTime supported range} (the dates 1900-01-01 to
 * 2300-12-31 in every zone). Inside it every answer is exact, with or without the index;
 * anything outside it is refused with an {@link InvalidInputException} naming the field and the
 * range. The definition queries {@link #hoursOn} and {@link #isWorkingDate} answer for any date:
 * they only read the configuration.
 *
 * <p>Build one with {@link #builder(ZoneId)}, or read the text form with
 * {@link WorkingCalendarFormat#parse(CharSequence)}. Immutable and thread-safe.
 */
public final class WorkingCalendar implements BusinessCalendar {

  private static final int MAX_INDEX_YEARS = 100;
  private static final Duration CHUNK = Duration.ofDays(7);

  private final ZoneId zone;
  private final WeeklySchedule weekly;
  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final ImmutableSortedMap<LocalDate, MakeUpDay> makeUpDays;
  private final ImmutableList<SchedulePeriod> periods;
  private final Duration workingDayLength;
  private final LocalDate indexFrom;
  private final LocalDate indexTo;
  private final CalendarIndex index;
  private final WorkingDates workingDates;

  private WorkingCalendar(Builder b, Duration workingDayLength, LocalDate indexFrom,
      LocalDate indexTo) {
    this.zone = b.zone;
    this.weekly = b.weekly;
    this.holidays = ImmutableSortedMap.copyOf(b.holidays);
    this.makeUpDays = ImmutableSortedMap.copyOf(b.makeUpDays);
    this.periods = ImmutableList.copyOf(b.periods);
    this.workingDayLength = workingDayLength;
    this.indexFrom = indexFrom;
    this.indexTo = indexTo;
    Interval window = new Interval(startOfDay(indexFrom), startOfDay(indexTo.plusDays(1)));
    this.index = new CalendarIndex(window, intervals(window.start(), window.end()));
    this.workingDates = new WorkingDates(indexFrom, indexTo, this::isWorkingDate);
  }

  /**
   * A builder for a calendar in {@code zone}; it starts with no working hours.
   *
   * @param zone the zone in which days and hours are read
   * @return a new builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /**
   * A calendar on which all time is working time (24×7), for around-the-clock service.
   *
   * @param zone the zone, used for calendar-day budgets and the end of the (midnight-to-midnight)
   *     working day
   * @return the calendar
   */
  public static WorkingCalendar twentyFourSeven(ZoneId zone) {
    return builder(zone).weekly(WeeklySchedule.twentyFourSeven()).build();
  }

  // ---------------------------------------------------------------- definition

  /**
   * The zone in which days and working hours are read.
   *
   * @return the zone
   */
  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * The base weekly schedule, in force outside schedule periods.
   *
   * @return the schedule
   */
  public WeeklySchedule weeklySchedule() {
    return weekly;
  }

  /**
   * The holidays, with their names (possibly empty).
   *
   * @return the holidays by date, in date order
   */
  public SortedMap<LocalDate, String> holidays() {
    return holidays;
  }

  /**
   * The make-up working days.
   *
   * @return the make-up days by date, in date order
   */
  public SortedMap<LocalDate, MakeUpDay> makeUpDays() {
    return makeUpDays;
  }

  /**
   * The schedule periods, in the order declared (later ones win where they overlap).
   *
   * @return the periods
   */
  public List<SchedulePeriod> periods() {
    return periods;
  }

  /**
   * The working time one working day stands for in working-day budgets: as configured, or by
   * default the most common daily working time of the base weekly schedule (the longer one on a
   * tie); 7 h 30 min for Monday to Friday 09:00–12:00 and 13:30–18:00, 24 h for 24×7.
   *
   * @return the length, positive
   */
  @Override
  public Duration workingDayLength() {
    return workingDayLength;
  }

  /**
   * The first date of the precomputed index (see the class comment).
   *
   * @return the first indexed date
   */
  public LocalDate indexFirstDate() {
    return indexFrom;
  }

  /**
   * The last date of the precomputed index (see the class comment).
   *
   * @return the last indexed date, inclusive
   */
  public LocalDate indexLastDate() {
    return indexTo;
  }


  /**
   * The working hours of a date, after make-up days, holidays and schedule periods.
   *
   * @param date any date
   * @return the stretches that start on that date, sorted; empty for a day off
   */
  public List<WorkingHours> hoursOn(LocalDate date) {
    requireNonNull(date, "date");
    MakeUpDay makeUp = makeUpDays.get(date);
    if (makeUp != null) {
      return makeUp.hours();
    }
    if (holidays.containsKey(date)) {
      return List.of();
    }
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).contains(date)) {
        return periods.get(i).schedule().hoursOn(date.getDayOfWeek());
      }
    }
    return weekly.hoursOn(date.getDayOfWeek());
  }

  /**
   * Whether a date is a working date (工作日): one on which at least one stretch of working hours
   * starts (see {@link #hoursOn(LocalDate)}), however short. A night shift belongs to the date on
   * which it starts; a make-up day is a working date, a holiday is not.
   *
   * @param date any date
   * @return true if some stretch starts on it
   */
  public boolean isWorkingDate(LocalDate date) {
    return !hoursOn(date).isEmpty();
  }

  // ---------------------------------------------------------------- working dates

  /**
   * The date that is {@code days} working days after {@code date} (加N个工作日): the
   * {@code days}-th {@linkplain #isWorkingDate working date} after it, {@code date} itself not
   * counted; {@code date} itself for zero. Holidays are skipped and make-up days (调休) count.
   * "3 working days after Friday 25 September 2026" on the Shanghai office calendar with the
   * National Day week off and Saturday 10 October a make-up day is Monday 28 September, Tuesday
   * 29 and Wednesday 30: Wednesday 30 September; 4 working days after it is Thursday 8 October,
   * and 6 is the make-up Saturday 10 October.
   *
   * <p>Inverse of {@link #workingDaysBetween}: {@code workingDaysBetween(d, plusWorkingDays(d,
   * n)) == n} for every date and every {@code n ≥ 0}. Inside the index range this costs two
   * array reads, whatever {@code days}; outside it the dates are walked one by one.
   *
   * @param date a date in the {@linkplain SupportedTime supported range}
   * @param days zero or more
   * @return the working date reached, or {@code date} for zero
   * @throws InvalidInputException if {@code days} is negative (path {@code days}), {@code date}
   *     lies outside the supported range (path {@code date}) or the result would lie after its
   *     last date, 2300-12-31 (path {@code days})
   */
  public LocalDate plusWorkingDays(LocalDate date, long days) {
    SupportedTime.require(date, "date");
    if (days < 0) {
      throw InvalidInputException.of("days",
          RulesMessages.BUNDLE.message("rules.sla.negativeWorkingDays"), days);
    }
    LocalDate d = date;
    long left = days;
    LocalDate indexed = workingDates.dayBefore();
    while (left > 0 && d.isBefore(indexed)) {
      d = d.plusDays(1);
      left -= isWorkingDate(d) ? 1 : 0;
    }
    if (left > 0 && !d.isAfter(workingDates.last())) {
      LocalDate found = workingDates.plus(d, left);
      if (found != null) {
        return found;
      }
      left -= workingDates.between(d, workingDates.last());
      d = workingDates.last();
    }
    while (left > 0) {
      if (!d.isBefore(SupportedTime.LAST_DATE)) {
        throw SupportedTime.resultOutside("days", date + " + " + days);
      }
      d = d.plusDays(1);
      left -= isWorkingDate(d) ? 1 : 0;
    }
    return d;
  }

  /**
   * How many working days lie between two dates (工作日天数): the number of
   * {@linkplain #isWorkingDate working dates} after {@code from} up to and including {@code to};
   * negative if {@code to} is before {@code from}. Counting {@code (from, to]} makes it the
   * inverse of {@link #plusWorkingDays}, and additive: {@code between(a, b) + between(b, c) ==
   * between(a, c)} for any order. From Friday to the next Monday is one working day on a
   * Monday-to-Friday calendar; from Saturday to Monday also one.
   *
   * <p>Inside the index range this costs two array reads, whatever the span; outside it the
   * dates are walked one by one.
   *
   * @param from a date in the {@linkplain SupportedTime supported range}
   * @param to another date in the range
   * @return the number of working dates in {@code (from, to]}, or minus those in {@code (to,
   *     from]}
   * @throws InvalidInputException (path {@code from} or {@code to}) if a date lies outside the
   *     supported range
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    SupportedTime.require(from, "from");
    SupportedTime.require(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    LocalDate first = workingDates.dayBefore();
    LocalDate last = workingDates.last();
    long count = 0;
    LocalDate d = from;
    for (; d.isBefore(to) && d.isBefore(first); ) {
      d = d.plusDays(1);
      count += isWorkingDate(d) ? 1 : 0;
    }
    if (d.isBefore(to) && !d.isAfter(last)) {
      LocalDate end = to.isAfter(last) ? last : to;
      count += workingDates.between(d, end);
      d = end;
    }
    for (; d.isBefore(to); ) {
      d = d.plusDays(1);
      count += isWorkingDate(d) ? 1 : 0;
    }
    return count;
  }

  // ---------------------------------------------------------------- arithmetic

  /**
   * {@inheritDoc}
   *
   * @param instant an instant in the {@linkplain SupportedTime supported range}
   * @throws InvalidInputException (path {@code instant}) if it lies outside the range
   */
  @Override
  public boolean isWorkingTime(Instant instant) {
    SupportedTime.require(instant, "instant");
    if (index.covers(instant)) {
      return index.isWorking(index.position(instant));
    }
    for (Interval interval : intervals(instant.minus(Duration.ofDays(2)), instant.plus(Duration.ofDays(2)))) {
      if (interval.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@inheritDoc}
   *
   * @param instant an instant in the {@linkplain SupportedTime supported range}
   * @throws InvalidInputException (path {@code instant}) if it lies outside the range, or if no
   *     working time is left before the end of the range
   */
  @Override
  public Instant nextWorkingMoment(Instant instant) {
    SupportedTime.require(instant, "instant");
    if (index.covers(instant)) {
      long next = index.nextWorking(index.position(instant));
      if (next >= 0) {
        return inRange(index.instant(next), "instant", instant);
      }
      return walk(index.end(), Duration.ZERO, true, END, "instant", instant).reached();
    }
    Instant limit = instant.isBefore(index.start()) ? index.start() : END;
    Walk walked = walk(instant, Duration.ZERO, true, limit, "instant", instant);
    if (walked.reached() != null) {
      return walked.reached();
    }
    return nextWorkingMoment(index.start());
  }

  /**
   * {@inheritDoc}
   *
   * @param instant an instant in the {@linkplain SupportedTime supported range}
   * @throws InvalidInputException (path {@code instant}) if it or the end found lies outside the
   *     range
   */
  @Override
  public Instant endOfWorkingDay(Instant instant) {
    SupportedTime.require(instant, "instant");
    LocalDate date = instant.atZone(zone).toLocalDate().minusDays(1);
    while (true) {
      Instant end = null;
      for (Interval interval : intervalsOf(date)) {
        end = interval.end();
      }
      if (end != null && end.isAfter(instant)) {
        return inRange(end, "instant", instant);
      }
      date = date.plusDays(1);
      if (startOfDay(date).isAfter(SupportedTime.LAST_INSTANT)) {
        throw SupportedTime.resultOutside("instant", instant);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Inside the index this is a lookup; from a start before the index the calendar is walked
   * week by week only until the budget is used up or the index begins, and after the index until
   * the budget is used up. Every step is exact, in nanoseconds, for any budget the range can
   * hold (more than 292 years of 24×7 working time included).
   *
   * @param start an instant in the {@linkplain SupportedTime supported range}
   * @param workingTime zero or more
   * @throws InvalidInputException if {@code workingTime} is negative (path {@code workingTime}),
   *     {@code start} lies outside the range (path {@code start}) or the due instant would (path
   *     {@code workingTime})
   */
  @Override
  public Instant addWorkingTime(Instant start, Duration workingTime) {
    SupportedTime.require(start, "start");
    requireNonNull(workingTime, "workingTime");
    if (workingTime.isNegative()) {
      throw InvalidInputException.of("workingTime",
          RulesMessages.BUNDLE.message("rules.sla.negativeWorkingTime"), workingTime);
    }
    if (workingTime.isZero()) {
      return start;
    }
    // The common case first, as cheap as before the range existed: start and due instant inside
    // the index. (A due instant at the very end of an index ending on 2300-12-31 in a zone at
    // UTC-18:00 is the first instant after the range, hence the check.)
    if (index.covers(start) && workingTime.getSeconds() < FAST_SECONDS) {
      long target = index.workedBefore(index.position(start)) + workingTime.toNanos();
      if (target <= index.total()) {
        return inRange(index.instant(index.positionAfterWorking(target)), "workingTime", start);
      }
    }
    if (workingTime.compareTo(SPAN) > 0) {
      // More working time than the range holds: no due instant can lie inside it.
      throw SupportedTime.resultOutside("workingTime", start + " + " + workingTime);
    }
    Duration remaining = workingTime;
    Instant cursor = start;
    if (cursor.isBefore(index.start())) {
      Walk walked = walk(cursor, remaining, false, index.start(), "workingTime",
          start + " + " + workingTime);
      if (walked.reached() != null) {
        return walked.reached();
      }
      remaining = walked.left();
      cursor = index.start();
    }
    if (index.covers(cursor)) {
      long before = index.workedBefore(index.position(cursor));
      long available = index.total() - before;
      if (remaining.compareTo(Duration.ofNanos(available)) <= 0) {
        Instant due = index.instant(index.positionAfterWorking(before + remaining.toNanos()));
        return inRange(due, "workingTime", start);
      }
      remaining = remaining.minusNanos(available);
      cursor = index.end();
    }
    return walk(cursor, remaining, false, END, "workingTime", start + " + " + workingTime)
        .reached();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Inside the index this is two lookups; the parts before and after it are walked week by
   * week and summed exactly, whatever the span (the working time of 401 years of 24×7 does not
   * fit in a {@code long} of nanoseconds, so the sum is kept as a {@link Duration}).
   *
   * @param from an instant in the {@linkplain SupportedTime supported range}
   * @param to another instant in the range
   * @throws InvalidInputException (path {@code from} or {@code to}) if an instant lies outside
   *     the range
   */
  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    SupportedTime.require(from, "from");
    SupportedTime.require(to, "to");
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    if (index.covers(from) && index.covers(to)) {
      return Duration.ofNanos(
          index.workedBefore(index.position(to)) - index.workedBefore(index.position(from)));
    }
    Duration total = Duration.ofNanos(index.workedInside(from, to));
    if (from.isBefore(index.start())) {
      total = total.plus(slowWorked(from, min(to, index.start())));
    }
    if (to.isAfter(index.end())) {
      total = total.plus(slowWorked(max(from, index.end()), to));
    }
    return total;
  }

  // ---------------------------------------------------------------- outside the index

  /**
   * The first instant after the supported range: where a walk stops. Every instant the walk
   * returns is checked against {@link SupportedTime#LAST_INSTANT}.
   */
  private static final Instant END = SupportedTime.LAST_INSTANT.plusNanos(1);

  /**
   * Budgets below this many seconds (a century) fit in a {@code long} of nanoseconds together
   * with any working time of an index (at most 100 years), so the index path needs no overflow
   * check.
   */
  private static final long FAST_SECONDS = Duration.ofDays(36_500).getSeconds();

  /** The length of the supported range: no larger working time can end inside it. */
  private static final Duration SPAN =
      Duration.between(SupportedTime.FIRST_INSTANT, SupportedTime.LAST_INSTANT);

  /**
   * Where a walk ended: the instant reached, or null and the working time still left at the
   * walk's limit.
   */
  private record Walk(Instant reached, Duration left) {}

  /** Working time in [from, to), walking the calendar week by week; exact for any span. */
  private Duration slowWorked(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (Instant chunk = from; chunk.isBefore(to); chunk = chunk.plus(CHUNK)) {
      long week = 0;
      for (Interval interval : intervals(chunk, min(chunk.plus(CHUNK), to))) {
        week += interval.nanos();
      }
      total = total.plusNanos(week);
    }
    return total;
  }

  /**
   * Walks the calendar week by week from {@code cursor} to {@code limit} (exclusive): the instant
   * at which {@code remaining} working time has passed or (when {@code firstOpening}) the first
   * working instant — or, if the limit comes first, the working time still left. A walk to
   * {@link #END} that does not arrive is refused: the result lies after the supported range.
   */
  private Walk walk(Instant cursor, Duration remaining, boolean firstOpening, Instant limit,
      String what, Object input) {
    Duration left = remaining;
    for (Instant chunk = cursor; chunk.isBefore(limit); chunk = chunk.plus(CHUNK)) {
      for (Interval interval : intervals(chunk, min(chunk.plus(CHUNK), limit))) {
        if (firstOpening) {
          return new Walk(inRange(interval.start(), what, input), null);
        }
        Duration length = Duration.between(interval.start(), interval.end());
        if (left.compareTo(length) <= 0) {
          return new Walk(inRange(interval.start().plus(left), what, input), null);
        }
        left = left.minus(length);
      }
    }
    if (limit.equals(END)) {
      throw SupportedTime.resultOutside(what, input);
    }
    return new Walk(null, left);
  }

  /** {@code result} if it lies in the supported range; else the result is refused. */
  private static Instant inRange(Instant result, String what, Object input) {
    if (!SupportedTime.contains(result)) {
      throw SupportedTime.resultOutside(what, input);
    }
    return result;
  }

  /**
   * The working intervals in [from, to): generated date by date, clipped, sorted and merged
   * (overlapping or touching intervals become one).
   */
  private List<Interval> intervals(Instant from, Instant to) {
    List<Interval> raw = new ArrayList<>();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate d = from.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      for (Interval interval : intervalsOf(d)) {
        Instant s = max(interval.start(), from);
        Instant e = min(interval.end(), to);
        if (s.isBefore(e)) {
          raw.add(new Interval(s, e));
        }
      }
    }
    raw.sort(Comparator.comparing(Interval::start));
    List<Interval> merged = new ArrayList<>(raw.size());
    for (Interval interval : raw) {
      int lastIndex = merged.size() - 1;
      if (lastIndex >= 0 && !interval.start().isAfter(merged.get(lastIndex).end())) {
        Interval previous = merged.get(lastIndex);
        merged.set(lastIndex, new Interval(previous.start(), max(previous.end(), interval.end())));
      } else {
        merged.add(interval);
      }
    }
    return merged;
  }

  /** The real-time intervals of the stretches that start on {@code date}, in start order. */
  private List<Interval> intervalsOf(LocalDate date) {
    List<WorkingHours> hours = hoursOn(date);
    List<Interval> result = new ArrayList<>(hours.size());
    for (WorkingHours h : hours) {
      LocalDateTime localStart = date.atTime(h.start());
      Instant s = ZonedDateTime.ofLocal(localStart, zone, null).toInstant();
      Instant e = ZonedDateTime.ofLocal(localStart.plus(h.length()), zone, null)
          .withLaterOffsetAtOverlap().toInstant();
      if (s.isBefore(e)) {
        result.add(new Interval(s, e));
      }
    }
    return result;
  }

  private Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Number of intervals in the index, for tests and diagnostics. */
  int indexedIntervals() {
    return index.intervalCount();
  }

  // ---------------------------------------------------------------- value semantics

  /**
   * Equal if zone, schedules, holidays, make-up days, periods and working-day length are equal:
   * then every query has the same answer. The index range is left out on purpose — it decides
   * how fast an answer comes, not what it is.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar that && zone.equals(that.zone)
        && weekly.equals(that.weekly) && holidays.equals(that.holidays)
        && makeUpDays.equals(that.makeUpDays) && periods.equals(that.periods)
        && workingDayLength.equals(that.workingDayLength);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, holidays, makeUpDays, periods, workingDayLength);
  }

  /**
   * A summary, e.g. {@code WorkingCalendar[Asia/Shanghai, 31 holidays, 6 make-up days, 0 periods]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WorkingCalendar[" + zone + ", " + holidays.size() + " holidays, " + makeUpDays.size()
        + " make-up days, " + periods.size() + " periods]";
  }

  // ---------------------------------------------------------------- builder

  /** Builds a {@link WorkingCalendar}. Not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {

    private final ZoneId zone;
    private WeeklySchedule weekly = WeeklySchedule.builder().build();
    private final SortedMap<LocalDate, String> holidays = new TreeMap<>();
    private final SortedMap<LocalDate, MakeUpDay> makeUpDays = new TreeMap<>();
    private final List<SchedulePeriod> periods = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private final Map<LocalDate, Integer> makeUpDeclarations = new HashMap<>();
    /** Make-up days that work the base hours of a day of the week, resolved at build time. */
    private final Map<LocalDate, DayOfWeek> makeUpAs = new HashMap<>();
    private Duration workingDayLength;
    private LocalDate indexFrom;
    private LocalDate indexTo;

    private Builder(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Sets the base weekly schedule.
     *
     * @param schedule the schedule in force outside periods
     * @return this builder
     */
    public Builder weekly(WeeklySchedule schedule) {
      this.weekly = requireNonNull(schedule, "schedule");
      return this;
    }

    /**
     * Adds a holiday (节假日): no stretch starts on it. Adding a date again replaces its name.
     *
     * @param date the date
     * @param name its name, possibly empty (else identifier text of at most
     *     200 code points: no control, bidi or invisible characters)
     * @return this builder
     */
    public Builder holiday(LocalDate date, String name) {
      holidays.put(requireNonNull(date, "date"), Names.checked("name", name));
      return this;
    }

    /**
     * Adds every date from {@code from} to {@code to} (inclusive) as a holiday.
     *
     * @param from the first date
     * @param to the last date
     * @param name the holidays' name, possibly empty (else identifier text of at most
     *     200 code points: no control, bidi or invisible characters)
     * @return this builder
     */
    public Builder holidays(LocalDate from, LocalDate to, String name) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      if (to.isBefore(from)) {
        violations.add(Violation.of("holidays", RulesMessages.BUNDLE.message(
            "rules.sla.range.reversed", "from", from), to));
        return this;
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        holiday(d, name);
      }
      return this;
    }

    /**
     * Declares a make-up working day (调休) with its own hours.
     *
     * @param date the date, usually a weekend day
     * @param name its name, possibly empty (else identifier text of at most
     *     200 code points: no control, bidi or invisible characters)
     * @param hours its working hours; at least one stretch, not overlapping
     * @return this builder
     */
    public Builder makeUpDay(LocalDate date, String name, List<WorkingHours> hours) {
      requireNonNull(date, "date");
      makeUpDeclarations.merge(date, 1, Integer::sum);
      makeUpDays.put(date, new MakeUpDay(date, hours, requireNonNull(name, "name")));
      makeUpAs.remove(date);
      return this;
    }

    /**
     * Declares a make-up working day that works the base schedule's hours of another day of the
     * week (typically Monday), as they are when {@link #build()} is called.
     *
     * @param date the date
     * @param name its name, possibly empty (else identifier text of at most
     *     200 code points: no control, bidi or invisible characters)
     * @param sameHoursAs the day of the week whose base hours it works
     * @return this builder
     */
    public Builder makeUpDay(LocalDate date, String name, DayOfWeek sameHoursAs) {
      makeUpDay(date, name, List.of());
      makeUpAs.put(date, requireNonNull(sameHoursAs, "sameHoursAs"));
      return this;
    }

    /**
     * Adds a date-bounded schedule change, such as summer hours.
     *
     * @param from the first date
     * @param to the last date (inclusive)
     * @param name the period's name, possibly empty (else identifier text of at most
     *     200 code points: no control, bidi or invisible characters)
     * @param schedule the weekly schedule in force during the period
     * @return this builder
     */
    public Builder period(LocalDate from, LocalDate to, String name, WeeklySchedule schedule) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      if (to.isBefore(from)) {
        violations.add(Violation.of("period", RulesMessages.BUNDLE.message(
            "rules.sla.range.reversed", "from", from), to));
        return this;
      }
      periods.add(new SchedulePeriod(from, to, schedule, name));
      return this;
    }

    /**
     * Sets the working time one working day stands for in working-day budgets.
     *
     * @param length positive
     * @return this builder
     */
    public Builder workingDayLength(Duration length) {
      this.workingDayLength = requireNonNull(length, "length");
      return this;
    }

    /**
     * Sets the dates the index covers (see the class comment); outside them queries are exact
     * but slower.
     *
     * @param from the first date, in the {@linkplain SupportedTime supported range}
     * @param to the last date (inclusive), in the supported range; at most 100 years after
     *     {@code from}
     * @return this builder
     */
    public Builder indexRange(LocalDate from, LocalDate to) {
      this.indexFrom = requireNonNull(from, "from");
      this.indexTo = requireNonNull(to, "to");
      return this;
    }

    /**
     * Checks the definition and compiles the calendar.
     *
     * @return the calendar
     * @throws InvalidInputException listing every problem: no working hours in the base schedule,
     *     a date that is both a holiday and a make-up day, a make-up day declared twice or without
     *     hours, overlapping hours, a reversed date range, a working-day length that is not
     *     positive, an index range that is reversed or longer than 100 years, a configured date
     *     (holiday, make-up day, period end, index range end) outside the {@linkplain
     *     SupportedTime supported range}
     */
    public WorkingCalendar build() {
      makeUpAs.forEach((date, day) -> makeUpDays.put(date,
          new MakeUpDay(date, weekly.hoursOn(day), makeUpDays.get(date).name())));
      List<Violation> found = new ArrayList<>(violations);
      for (LocalDate date : holidays.keySet()) {
        supported(date, "holiday " + date, found);
      }
      for (LocalDate date : makeUpDays.keySet()) {
        supported(date, "makeUpDay " + date, found);
      }
      for (SchedulePeriod p : periods) {
        supported(p.from(), "period " + p.from() + ".." + p.to(), found);
        supported(p.to(), "period " + p.from() + ".." + p.to(), found);
      }
      if (indexFrom != null) {
        supported(indexFrom, "indexRange", found);
        supported(indexTo, "indexRange", found);
      }
      if (weekly.isEmpty()) {
        found.add(Violation.of("weekly",
            RulesMessages.BUNDLE.message("rules.sla.weekly.empty")));
      }
      for (MakeUpDay day : makeUpDays.values()) {
        String path = "makeUpDay " + day.date();
        if (holidays.containsKey(day.date())) {
          found.add(Violation.of(path,
              RulesMessages.BUNDLE.message("rules.sla.makeUp.isHoliday"), day.date()));
        }
        if (makeUpDeclarations.get(day.date()) > 1) {
          found.add(Violation.of(path,
              RulesMessages.BUNDLE.message("rules.sla.makeUp.twice"), day.date()));
        }
        if (day.hours().isEmpty()) {
          found.add(Violation.of(path,
              RulesMessages.BUNDLE.message("rules.sla.makeUp.noHours"), day.date()));
        }
        found.addAll(WeeklySchedule.overlaps(path, day.hours()));
      }
      Duration dayLength = workingDayLength != null ? workingDayLength : defaultDayLength();
      // An empty week has no default day length; that is reported once, as "weekly".
      if ((dayLength.isNegative() || dayLength.isZero()) && !(weekly.isEmpty() && workingDayLength == null)) {
        found.add(Violation.of("workingDayLength",
            RulesMessages.BUNDLE.message("rules.sla.dayLength.notPositive"), dayLength));
      }
      LocalDate from = indexFrom != null ? indexFrom : defaultIndexFrom();
      LocalDate to = indexTo != null ? indexTo : defaultIndexTo();
      // A range outside the supported dates is reported above; plusYears could overflow there.
      if (SupportedTime.contains(from) && SupportedTime.contains(to)
          && (to.isBefore(from) || from.plusYears(MAX_INDEX_YEARS).isBefore(to))) {
        found.add(Violation.of("indexRange", RulesMessages.BUNDLE.message(
            "rules.sla.indexRange.invalid", "max", MAX_INDEX_YEARS), from + ".." + to));
      }
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      return new WorkingCalendar(this, dayLength, from, to);
    }

    /** Adds the refusal of a date outside the supported range, if it is, to {@code found}. */
    private static void supported(LocalDate date, String path, List<Violation> found) {
      try {
        SupportedTime.require(date, path);
      } catch (InvalidInputException e) {
        found.addAll(e.violations());
      }
    }

    private Duration defaultDayLength() {
      Map<Duration, Integer> counts = new HashMap<>();
      for (DayOfWeek day : weekly.workingDays()) {
        counts.merge(weekly.workingTimeOn(day), 1, Integer::sum);
      }
      return counts.entrySet().stream()
          .max(Map.Entry.<Duration, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .orElse(Duration.ZERO);
    }

    private List<LocalDate> configuredDates() {
      List<LocalDate> dates = new ArrayList<>(holidays.keySet());
      dates.addAll(makeUpDays.keySet());
      for (SchedulePeriod p : periods) {
        dates.add(p.from());
        dates.add(p.to());
      }
      return dates;
    }

    private LocalDate defaultIndexFrom() {
      int first = configuredDates().stream().mapToInt(LocalDate::getYear).min().orElse(2021);
      // Never before the supported range: a holiday in 1900 must not index 1899.
      int year = Math.max(Math.min(2020, first - 1), lastDefaultIndexYear() - MAX_INDEX_YEARS + 1);
      return LocalDate.of(Math.max(SupportedTime.FIRST_YEAR, year), 1, 1);
    }

    private LocalDate defaultIndexTo() {
      return LocalDate.of(lastDefaultIndexYear(), 12, 31);
    }

    /**
     * The last year of the default index: five years after the last configured date, at least
     * 2035, and never more than 100 years after 2020 (dates beyond are still exact, only slower).
     */
    private int lastDefaultIndexYear() {
      int last = configuredDates().stream().mapToInt(LocalDate::getYear).max().orElse(2030);
      return Math.min(Math.max(2035, last + 5), 2020 + MAX_INDEX_YEARS - 1);
    }
  }
}
