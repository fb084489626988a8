package org.aftersales.rules.sla;


import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.rules.support.RulesMessages;


/**
 * The reading side of {@link WorkingCalendarFormat}: the state of one reading (what the lines
 * declared so far, and on which line) and the lexing of dates, days, hours and lengths. One
 * instance reads one text; not thread-safe, never shared.
 */
final class CalendarTextReader {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final CharMatcher ASCII_LETTER =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('A', 'Z'));
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SHORT_DURATION =
      Pattern.compile("(?:([0-9]{1,9})[hH])?(?:([0-9]{1,9})[mM])?");
  private static final List<String> KEYWORDS =
      List.of("zone", "week", "holiday", "workday", "period", "working-day");

  private ZoneId zone;
  /** The line that named the zone, 0 while none has. */
  private int zoneLine;
  private final Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
  private final Map<LocalDate, String> holidays = new LinkedHashMap<>();
  private final Map<LocalDate, Integer> holidayLines = new HashMap<>();
  private final Map<LocalDate, MakeUp> makeUps = new LinkedHashMap<>();
  private final Map<PeriodKey, Map<DayOfWeek, List<WorkingHours>>> periods =
      new LinkedHashMap<>();
  private Duration workingDay;
  private int workingDayLine;

  /** Takes in one line, or refuses it (then nothing of it is kept). */
  void read(ConfigLine line) {
    switch (line.keyword()) {
      case "zone" -> zone(line);
      case "week" -> week(line);
      case "holiday" -> holiday(line);
      case "workday" -> workday(line);
      case "period" -> period(line);
      case "working-day" -> workingDay(line);
      default -> throw line.unknownKeyword(KEYWORDS);
    }
  }

  private void zone(ConfigLine line) {
    zoneLine = once(line, zoneLine);
    line.requireArgumentCount(1, 1);
    String id = line.arguments().get(0);
    try {
      zone = ZoneId.of(id);
    } catch (DateTimeException e) {
      throw line.refuse(message("rules.sla.format.zone.unknown", "value", id));
    }
  }

  private void week(ConfigLine line) {
    line.requireArgumentCount(2, Integer.MAX_VALUE);
    List<String> args = line.arguments();
    Set<DayOfWeek> days = days(line, args.get(0));
    List<WorkingHours> hours = new ArrayList<>();
    for (String word : args.subList(1, args.size())) {
      hours.add(hours(line, word));
    }
    addHours(line, week, days, hours);
  }

  private void holiday(ConfigLine line) {
    line.requireArgumentCount(1, Integer.MAX_VALUE);
    LocalDate[] range = range(line, line.arguments().get(0));
    String name = rest(line, 2);
    for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
      Integer earlier = holidayLines.get(d);
      if (earlier != null) {
        throw line.refuse(message("rules.sla.format.holiday.twice",
            "date", d, "line", earlier));
      }
    }
    for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
      holidayLines.put(d, line.number());
      holidays.put(d, name);
    }
  }

  private void workday(ConfigLine line) {
    line.requireArgumentCount(2, Integer.MAX_VALUE);
    List<String> args = line.arguments();
    LocalDate date = date(line, args.get(0));
    MakeUp earlier = makeUps.get(date);
    if (earlier != null) {
      throw line.refuse(message("rules.sla.format.workday.twice",
          "date", date, "line", earlier.line()));
    }
    if (args.get(1).equals("as")) {
      DayOfWeek day = args.size() < 3 ? null : day(args.get(2));
      if (day == null) {
        throw line.refuse(message("rules.sla.format.workday.asDay"));
      }
      makeUps.put(date, new MakeUp(line.number(), rest(line, 4), List.of(), day));
      return;
    }
    List<WorkingHours> hours = leadingHours(line, args.subList(1, args.size()));
    if (hours.isEmpty()) {
      throw line.refuse(message("rules.sla.format.workday.noHours"));
    }
    checkNoOverlap(line, date.toString(), ImmutableList.sortedCopyOf(hours));
    makeUps.put(date, new MakeUp(line.number(), rest(line, 2 + hours.size()), hours, null));
  }

  private void period(ConfigLine line) {
    line.requireArgumentCount(3, Integer.MAX_VALUE);
    List<String> args = line.arguments();
    LocalDate[] range = range(line, args.get(0));
    Set<DayOfWeek> days = days(line, args.get(1));
    List<WorkingHours> hours = leadingHours(line, args.subList(2, args.size()));
    if (hours.isEmpty()) {
      throw line.refuse(message("rules.sla.format.period.noHours"));
    }
    PeriodKey key = new PeriodKey(range[0], range[1], rest(line, 3 + hours.size()));
    Map<DayOfWeek, List<WorkingHours>> schedule =
        periods.getOrDefault(key, new EnumMap<>(DayOfWeek.class));
    addHours(line, schedule, days, hours);
    periods.putIfAbsent(key, schedule);
  }

  private void workingDay(ConfigLine line) {
    workingDayLine = once(line, workingDayLine);
    line.requireArgumentCount(1, 1);
    String word = line.arguments().get(0);
    Duration length = length(word);
    if (length == null) {
      throw line.refuse(message("rules.sla.format.duration.malformed", "value", word));
    }
    if (length.isNegative() || length.isZero()) {
      throw line.refuse(message("rules.sla.format.duration.notPositive", "value", word));
    }
    workingDay = length;
  }

  /** Refuses a second line of a keyword that may appear once; else the line's number. */
  private static int once(ConfigLine line, int earlier) {
    if (earlier != 0) {
      throw line.refuse(message("rules.sla.format.repeated",
          "keyword", line.keyword(), "line", earlier));
    }
    return line.number();
  }

  /** Whether a line named the zone. */
  boolean hasZone() {
    return zoneLine != 0;
  }

  /** Builds the calendar the lines declared; every line was read without error. */
  WorkingCalendar build() {
    WorkingCalendar.Builder builder = WorkingCalendar.builder(zone).weekly(schedule(week));
    holidays.forEach(builder::holiday);
    makeUps.forEach((date, makeUp) -> {
      if (makeUp.sameHoursAs() != null) {
        builder.makeUpDay(date, makeUp.name(), makeUp.sameHoursAs());
      } else {
        builder.makeUpDay(date, makeUp.name(), makeUp.hours());
      }
    });
    periods.forEach((key, days) -> builder.period(key.from(), key.to(), key.name(), schedule(days)));
    if (workingDay != null) {
      builder.workingDayLength(workingDay);
    }
    return builder.build();
  }

  /** A make-up day as read: either its own hours, or the base hours of a day of the week. */
  private record MakeUp(int line, String name, List<WorkingHours> hours, DayOfWeek sameHoursAs) {}

  /** What identifies a period in the text: its range and its name. */
  private record PeriodKey(LocalDate from, LocalDate to, String name) {}

  private static WeeklySchedule schedule(Map<DayOfWeek, List<WorkingHours>> days) {
    WeeklySchedule.Builder builder = WeeklySchedule.builder();
    days.forEach((day, hours) -> builder.on(day, hours.toArray(new WorkingHours[0])));
    return builder.build();
  }

  /**
   * Adds {@code hours} to each of {@code days} of {@code schedule}, or refuses the line (and
   * changes nothing) if a stretch would overlap another of the same day.
   */
  private static void addHours(ConfigLine line, Map<DayOfWeek, List<WorkingHours>> schedule,
      Set<DayOfWeek> days, List<WorkingHours> hours) {
    Map<DayOfWeek, List<WorkingHours>> updated = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : days) {
      List<WorkingHours> all = new ArrayList<>(schedule.getOrDefault(day, List.of()));
      all.addAll(hours);
      List<WorkingHours> sorted = ImmutableList.sortedCopyOf(all);
      checkNoOverlap(line, dayName(day), sorted);
      updated.put(day, sorted);
    }
    schedule.putAll(updated);
  }

  /** The overlap test of {@link WeeklySchedule}, refusing the line at the first overlap. */
  private static void checkNoOverlap(ConfigLine line, String day, List<WorkingHours> sorted) {
    List<WorkingHours[]> pairs = WeeklySchedule.overlappingPairs(sorted);
    if (!pairs.isEmpty()) {
      throw line.refuse(message("rules.sla.format.hours.overlap",
          "day", day, "hours", pairs.get(0)[1], "other", pairs.get(0)[0]));
    }
  }

  /** The stretches at the start of {@code words}: every word that looks like hours must be. */
  private static List<WorkingHours> leadingHours(ConfigLine line, List<String> words) {
    List<WorkingHours> hours = new ArrayList<>();
    for (String word : words) {
      if (!looksLikeHours(word)) {
        break;
      }
      hours.add(hours(line, word));
    }
    return hours;
  }

  /** A word that the reader takes for working hours: a digit first and a colon in it. */
  static boolean looksLikeHours(String word) {
    return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9'
        && word.indexOf(':') >= 0;
  }

  private static WorkingHours hours(ConfigLine line, String word) {
    try {
      return WorkingHours.parse(word);
    } catch (InvalidInputException e) {
      throw line.refuse(message("rules.sla.format.hours.malformed", "value", word));
    }
  }

  private static Set<DayOfWeek> days(ConfigLine line, String word) {
    Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
    for (String part : word.split(",", -1)) {
      int dash = part.indexOf('-');
      DayOfWeek first = day(dash < 0 ? part : part.substring(0, dash));
      DayOfWeek last = dash < 0 ? first : day(part.substring(dash + 1));
      if (first == null || last == null) {
        throw line.refuse(message("rules.sla.format.days.malformed", "value", word));
      }
      result.addAll(WeeklySchedule.range(first, last));
    }
    return result;
  }

  /** MON … SUN in any case, or null. */
  private static DayOfWeek day(String word) {
    if (word.length() != 3 || !ASCII_LETTER.matchesAllOf(word)) {
      return null;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (dayName(day).equals(upper)) {
        return day;
      }
    }
    return null;
  }

  static String dayName(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static LocalDate date(ConfigLine line, String word) {
    LocalDate date = dateOrNull(word);
    if (date == null) {
      throw line.refuse(message("rules.sla.format.date.malformed", "value", word));
    }
    return supported(line, date);
  }

  /**
   * {@code date} if it lies in the supported range; else the line is refused — a year typed as
   * {@code 0026} is named on its line, not later as a calendar-wide problem.
   */
  private static LocalDate supported(ConfigLine line, LocalDate date) {
    if (!SupportedTime.contains(date)) {
      throw line.refuse(message("rules.sla.format.date.unsupported", "value", date,
          "first", SupportedTime.FIRST_DATE, "last", SupportedTime.LAST_DATE));
    }
    return date;
  }

  private static LocalDate dateOrNull(String word) {
    if (!DATE.matcher(word).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(word);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A date or an inclusive range {@code from..to}, as {from, to}. */
  private static LocalDate[] range(ConfigLine line, String word) {
    int dots = word.indexOf("..");
    LocalDate from = dateOrNull(dots < 0 ? word : word.substring(0, dots));
    LocalDate to = dots < 0 ? from : dateOrNull(word.substring(dots + 2));
    if (from == null || to == null) {
      throw line.refuse(message("rules.sla.format.range.malformed", "value", word));
    }
    if (to.isBefore(from)) {
      throw line.refuse(message("rules.sla.format.range.reversed", "value", word));
    }
    return new LocalDate[] {supported(line, from), supported(line, to)};
  }

  /** {@code 8h}, {@code 7h30m}, {@code 450m} or ISO-8601; null if it is none of them. */
  private static Duration length(String word) {
    Matcher m = SHORT_DURATION.matcher(word);
    if (!word.isEmpty() && m.matches()) {
      long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
      long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
      return Duration.ofHours(hours).plusMinutes(minutes);
    }
    try {
      return Duration.parse(word);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * The rest of the line after its first {@code words} words (the keyword counts), with the
   * white space inside it kept.
   */
  private static String rest(ConfigLine line, int words) {
    String text = line.text();
    int i = 0;
    for (int w = 0; w < words; w++) {
      while (i < text.length() && SPACE.matches(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && !SPACE.matches(text.charAt(i))) {
        i++;
      }
    }
    return SPACE.trimLeadingFrom(text.substring(i));
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }
}
