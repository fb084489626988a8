package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.ConfigLine;
import org.aftersales.rules.support.RulesMessages;

/**
 * The working-calendar text format (工作日历文本格式): a small, line-based text from which a
 * {@link WorkingCalendar} is read, so that a company can add next year's holidays and make-up
 * working days (调休) without recompiling; and the writer of the same text.
 *
 * <p>The text has the lexical form of {@link ConfigLine}: one entry per line, keyword first,
 * words separated by white space, {@code #} at the start of a line or after white space starting
 * a comment. An example:
 *
 * <pre>{@code
 * zone Asia/Shanghai                                 # required, exactly once
 * week MON-FRI 09:00-12:00 13:30-18:00               # base weekly hours
 * holiday 2026-10-01..2026-10-07 National Day 国庆节
 * workday 2026-10-10 09:00-12:00 13:30-18:00 国庆调休
 * workday 2026-09-20 as MON 国庆调休
 * period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 13:00-17:30 summer hours
 * working-day 7h30m                                  # optional
 * index 2025-01-01..2032-12-31                       # optional
 * }</pre>
 *
 * <h2>Keywords</h2>
 * <ul>
 *   <li>{@code zone ID} — the {@link ZoneId} in which dates and hours are read, e.g.
 *       {@code Asia/Shanghai}; required, exactly once, on any line.</li>
 *   <li>{@code week DAYS HOURS...} — working hours of the base weekly schedule on the given days
 *       of the week. May be repeated; the stretches of all lines add up per day.</li>
 *   <li>{@code holiday DATES [name]} — a holiday (节假日) on one date or on every date of an
 *       inclusive range; the rest of the line, if any, is its name.</li>
 *   <li>{@code workday DATE HOURS... [name]} — a make-up working day with its own hours;
 *       {@code workday DATE as DAY [name]} — a make-up working day that works the base weekly
 *       hours of the day of the week {@code DAY}, whichever line declares them.</li>
 *   <li>{@code period DATES DAYS HOURS... [name]} — a date-bounded change of the weekly schedule
 *       (e.g. summer hours). Lines with the same range and the same name make up one period's
 *       weekly schedule; periods are kept in the order of their first line, and where periods
 *       overlap the later one wins.</li>
 *   <li>{@code working-day LENGTH} — the working time one working day stands for in working-day
 *       budgets, as hours and minutes ({@code 8h}, {@code 7h30m}, {@code 450m}) or ISO-8601
 *       ({@code PT7H30M}); optional, at most once.</li>
 *   <li>{@code index DATES} — the dates the calendar's index covers (see
 *       {@link WorkingCalendar}); optional, at most once.</li>
 * </ul>
 *
 * <p>Keywords and {@code as} are lower case. {@code DAYS} is a day ({@code MON}, {@code TUE},
 * {@code WED}, {@code THU}, {@code FRI}, {@code SAT}, {@code SUN}, in any case), a range in week
 * order that may wrap ({@code MON-FRI}, {@code FRI-MON}), a comma list ({@code MON,WED,FRI}) or a
 * mix ({@code MON-WED,FRI}). {@code HOURS} are stretches in the text form of
 * {@link WorkingHours#parse(CharSequence)}, local time of the zone: {@code 09:00-12:00};
 * {@code 24:00} is accepted as an end; an end at or before the start crosses midnight, and a
 * stretch belongs to the date on which it starts. {@code DATE} is ISO {@code yyyy-MM-dd} (years
 * 0000 to 9999); {@code DATES} is a date or an inclusive range {@code yyyy-MM-dd..yyyy-MM-dd}.
 * The words of a make-up day or period after its hours are its name, so such a name must not
 * start with a word that looks like hours (a digit first and a {@code :} in it).
 *
 * <h2>Errors</h2>
 * {@link #parse(CharSequence)} reads every line before it gives up and throws one
 * {@link InvalidInputException} with a violation for every faulty line (its path is
 * {@code "line N"}, its rejected value the line's text, the first problem of the line in English
 * and Chinese) and one with path {@code "zone"} if no line names the zone. Only if every line is
 * well formed is the calendar built, and then {@link WorkingCalendar.Builder#build()} reports what
 * is wrong with the definition as a whole (a date that is both holiday and make-up day, no working
 * hours in the week, …). No calendar is ever half built.
 *
 * <h2>Limitation</h2>
 * There is no escape character: a name in which {@code #} follows white space (or comes first)
 * would be cut as a comment, and white space inside a name is kept but not at its ends. Such
 * names cannot be written; {@link #format(WorkingCalendar)} refuses them rather than writing text
 * that reads back differently.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class WorkingCalendarFormat {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final CharMatcher ASCII_LETTER =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('A', 'Z'));
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SHORT_DURATION =
      Pattern.compile("(?:([0-9]{1,9})[hH])?(?:([0-9]{1,9})[mM])?");
  private static final long MAX_SHORT_HOURS = 999_999_999L;
  private static final List<String> KEYWORDS =
      List.of("zone", "week", "holiday", "workday", "period", "working-day", "index");
  private static final String NEWLINE = "\n";

  private WorkingCalendarFormat() {}

  /**
   * Reads a working calendar from its text form (see the class comment).
   *
   * @param text the whole text; lines end with {@code \n}, {@code \r\n} or {@code \r}
   * @return the calendar, in the zone named by the text
   * @throws InvalidInputException listing every faulty line (path {@code "line N"}), a missing
   *     zone (path {@code "zone"}), or what {@link WorkingCalendar.Builder#build()} refuses
   * @throws NullPointerException if {@code text} is null
   */
  public static WorkingCalendar parse(CharSequence text) {
    requireNonNull(text, "text");
    Reader reader = new Reader();
    List<Violation> violations = new ArrayList<>();
    for (ConfigLine line : ConfigLine.parse(text)) {
      try {
        reader.read(line);
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
      }
    }
    if (reader.zoneLine == 0) {
      violations.add(Violation.of("zone", message("rules.sla.format.zone.missing")));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return reader.build();
  }

  /**
   * Writes a calendar in the text form, such that {@link #parse(CharSequence)} reads it back to
   * an equal calendar. The text names the zone, the working-day length and the index range
   * explicitly; holidays on consecutive dates with the same name become one range line; make-up
   * days are written with their hours. Lines end with {@code \n}.
   *
   * @param calendar any calendar
   * @return the text
   * @throws InvalidInputException if the calendar cannot be written exactly, listing every reason:
   *     a name the format cannot carry (see the class comment), a date outside the years 0000 to
   *     9999, working hours that are not whole minutes, a period without working hours, or two
   *     periods with the same dates and name (they would be read back as one)
   * @throws NullPointerException if {@code calendar} is null
   */
  public static String format(WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    List<Violation> problems = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    out.append("zone ").append(calendar.zone().getId()).append(NEWLINE);
    out.append("working-day ").append(lengthText(calendar.workingDayLength())).append(NEWLINE);
    LocalDate indexFrom = calendar.indexFirstDate();
    LocalDate indexTo = calendar.indexLastDate();
    out.append("index ").append(rangeText(problems, "indexRange", indexFrom, indexTo))
        .append(NEWLINE);

    out.append(NEWLINE);
    writeSchedule(out, problems, "week", calendar.weeklySchedule(), "", "weekly");

    SortedMap<LocalDate, String> holidays = calendar.holidays();
    if (!holidays.isEmpty()) {
      out.append(NEWLINE);
    }
    LocalDate first = null;
    LocalDate last = null;
    String name = "";
    for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
      if (first != null && ChronoUnit.DAYS.between(last, holiday.getKey()) == 1
          && holiday.getValue().equals(name)) {
        last = holiday.getKey();
        continue;
      }
      if (first != null) {
        writeHolidays(out, problems, first, last, name);
      }
      first = holiday.getKey();
      last = first;
      name = holiday.getValue();
    }
    if (first != null) {
      writeHolidays(out, problems, first, last, name);
    }

    if (!calendar.makeUpDays().isEmpty()) {
      out.append(NEWLINE);
    }
    for (MakeUpDay day : calendar.makeUpDays().values()) {
      String path = "makeUpDay " + day.date();
      out.append("workday ").append(dateText(problems, path, day.date()));
      for (WorkingHours h : day.hours()) {
        out.append(' ').append(hoursText(problems, path, h));
      }
      out.append(nameText(problems, path, day.name(), true)).append(NEWLINE);
    }

    Set<List<Object>> periodKeys = new HashSet<>();
    for (SchedulePeriod period : calendar.periods()) {
      out.append(NEWLINE);
      String range = rangeText(problems, "period", period.from(), period.to());
      String path = "period " + period.from() + ".." + period.to();
      if (!periodKeys.add(List.of(period.from(), period.to(), period.name()))) {
        problems.add(Violation.of(path,
            message("rules.sla.format.period.ambiguous"), period.name()));
      }
      if (period.schedule().isEmpty()) {
        problems.add(Violation.of(path, message("rules.sla.format.period.empty"),
            period.name()));
      }
      String suffix = nameText(problems, path, period.name(), true);
      writeSchedule(out, problems, "period " + range, period.schedule(), suffix, path);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- reading

  /** The state of one reading: what the lines declared so far, and where. */
  private static final class Reader {

    private ZoneId zone;
    private int zoneLine;
    private final Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, String> holidays = new LinkedHashMap<>();
    private final Map<LocalDate, Integer> holidayLines = new HashMap<>();
    private final Map<LocalDate, MakeUp> makeUps = new LinkedHashMap<>();
    private final Map<PeriodKey, Map<DayOfWeek, List<WorkingHours>>> periods =
        new LinkedHashMap<>();
    private Duration workingDay;
    private int workingDayLine;
    private LocalDate indexFrom;
    private LocalDate indexTo;
    private int indexLine;

    void read(ConfigLine line) {
      switch (line.keyword()) {
        case "zone" -> zone(line);
        case "week" -> week(line);
        case "holiday" -> holiday(line);
        case "workday" -> workday(line);
        case "period" -> period(line);
        case "working-day" -> workingDay(line);
        case "index" -> index(line);
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

    private void index(ConfigLine line) {
      indexLine = once(line, indexLine);
      line.requireArgumentCount(1, 1);
      LocalDate[] range = range(line, line.arguments().get(0));
      indexFrom = range[0];
      indexTo = range[1];
    }

    /** Refuses a second line of a keyword that may appear once; else the line's number. */
    private static int once(ConfigLine line, int earlier) {
      if (earlier != 0) {
        throw line.refuse(message("rules.sla.format.repeated",
            "keyword", line.keyword(), "line", earlier));
      }
      return line.number();
    }

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
      if (indexFrom != null) {
        builder.indexRange(indexFrom, indexTo);
      }
      return builder.build();
    }
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
  private static boolean looksLikeHours(String word) {
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

  private static String dayName(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static LocalDate date(ConfigLine line, String word) {
    LocalDate date = dateOrNull(word);
    if (date == null) {
      throw line.refuse(message("rules.sla.format.date.malformed", "value", word));
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
    return new LocalDate[] {from, to};
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

  // ---------------------------------------------------------------- writing

  private static void writeSchedule(StringBuilder out, List<Violation> problems, String prefix,
      WeeklySchedule schedule, String suffix, String path) {
    Map<List<WorkingHours>, Set<DayOfWeek>> groups = new LinkedHashMap<>();
    for (DayOfWeek day : schedule.workingDays()) {
      groups.computeIfAbsent(schedule.hoursOn(day), h -> EnumSet.noneOf(DayOfWeek.class))
          .add(day);
    }
    groups.forEach((hours, days) -> {
      out.append(prefix).append(' ').append(daysText(days));
      for (WorkingHours h : hours) {
        out.append(' ').append(hoursText(problems, path, h));
      }
      out.append(suffix).append(NEWLINE);
    });
  }

  private static void writeHolidays(StringBuilder out, List<Violation> problems,
      LocalDate first, LocalDate last, String name) {
    String path = "holiday " + first;
    out.append("holiday ").append(first.equals(last)
        ? dateText(problems, path, first) : rangeText(problems, path, first, last));
    out.append(nameText(problems, path, name, false)).append(NEWLINE);
  }

  /**
   * Days as runs in week order, wrapping over the weekend where that gives fewer runs:
   * {@code MON-FRI}, {@code SAT}, {@code FRI-MON}, {@code MON,WED,FRI}.
   */
  private static String daysText(Set<DayOfWeek> days) {
    if (days.size() == DayOfWeek.values().length) {
      return "MON-SUN";
    }
    DayOfWeek gap = DayOfWeek.SUNDAY;
    while (days.contains(gap)) {
      gap = gap.minus(1);
    }
    List<String> runs = new ArrayList<>();
    DayOfWeek runStart = null;
    DayOfWeek runEnd = null;
    for (int i = 1; i <= DayOfWeek.values().length; i++) {
      DayOfWeek d = gap.plus(i);
      if (days.contains(d)) {
        runStart = runStart == null ? d : runStart;
        runEnd = d;
      } else if (runStart != null) {
        runs.add(runStart == runEnd ? dayName(runStart)
            : dayName(runStart) + "-" + dayName(runEnd));
        runStart = null;
      }
    }
    return String.join(",", runs);
  }

  private static String hoursText(List<Violation> problems, String path, WorkingHours hours) {
    if (!wholeMinute(hours.start()) || !wholeMinute(hours.end())) {
      problems.add(Violation.of(path, message("rules.sla.format.hours.unwritable"),
          hours.start() + "-" + hours.end()));
    }
    return hours.toString();
  }

  private static boolean wholeMinute(LocalTime time) {
    return time.getSecond() == 0 && time.getNano() == 0;
  }

  private static String dateText(List<Violation> problems, String path, LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      problems.add(Violation.of(path, message("rules.sla.format.date.unwritable"), date));
    }
    return date.toString();
  }

  private static String rangeText(List<Violation> problems, String path, LocalDate from,
      LocalDate to) {
    return dateText(problems, path, from) + ".." + dateText(problems, path, to);
  }

  /**
   * {@code " " + name}, or {@code ""} for no name; records a problem if the name would not read
   * back as it is.
   */
  private static String nameText(List<Violation> problems, String path, String name,
      boolean afterHours) {
    if (name.isEmpty()) {
      return "";
    }
    boolean writable = !SPACE.matches(name.charAt(0))
        && !SPACE.matches(name.charAt(name.length() - 1))
        && name.indexOf('\n') < 0 && name.indexOf('\r') < 0
        && !(afterHours && looksLikeHours(name.substring(0, firstSpace(name))));
    for (int i = 0; writable && i < name.length(); i++) {
      writable = name.charAt(i) != '#' || i > 0 && !SPACE.matches(name.charAt(i - 1));
    }
    if (!writable) {
      problems.add(Violation.of(path, message("rules.sla.format.name.unwritable"), name));
    }
    return " " + name;
  }

  private static int firstSpace(String text) {
    int i = SPACE.indexIn(text);
    return i < 0 ? text.length() : i;
  }

  /** {@code 7h30m}, {@code 8h}, {@code 45m}; ISO-8601 if not whole minutes or very long. */
  private static String lengthText(Duration length) {
    if (length.isNegative() || length.toSecondsPart() != 0 || length.toNanosPart() != 0
        || length.toHours() > MAX_SHORT_HOURS) {
      return length.toString();
    }
    long hours = length.toHours();
    int minutes = length.toMinutesPart();
    return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }
}
