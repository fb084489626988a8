package org.aftersales.rules.sla;


import com.google.common.base.CharMatcher;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;


/**
 * The writing side of {@link WorkingCalendarFormat}: a calendar as text, every problem that
 * would keep the text from reading back to an equal calendar collected before giving up.
 * Stateless.
 */
final class CalendarTextWriter {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final long MAX_SHORT_HOURS = 999_999_999L;
  private static final String NEWLINE = "\n";

  private CalendarTextWriter() {}

  /** The text of {@code calendar}, or the refusal {@link WorkingCalendarFormat#format} documents. */
  static String write(WorkingCalendar calendar) {
    List<Violation> problems = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    out.append("zone ").append(calendar.zone().getId()).append(NEWLINE);
    out.append("working-day ").append(lengthText(calendar.workingDayLength())).append(NEWLINE);

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
      out.append("workday ").append(dateText(day.date()));
      for (WorkingHours h : day.hours()) {
        out.append(' ').append(hoursText(problems, path, h));
      }
      out.append(nameText(problems, path, day.name(), true)).append(NEWLINE);
    }

    Set<List<Object>> periodKeys = new HashSet<>();
    for (SchedulePeriod period : calendar.periods()) {
      out.append(NEWLINE);
      String range = rangeText(period.from(), period.to());
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
        ? dateText(first) : rangeText(first, last));
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
        runs.add(runStart == runEnd ? CalendarTextReader.dayName(runStart)
            : CalendarTextReader.dayName(runStart) + "-" + CalendarTextReader.dayName(runEnd));
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

  /**
   * A calendar holds only supported dates (1900 to 2300, see {@link WorkingCalendar}), so every
   * date it holds has the four-digit ISO form the reader expects.
   */
  private static String dateText(LocalDate date) {
    return date.toString();
  }

  private static String rangeText(LocalDate from, LocalDate to) {
    return dateText(from) + ".." + dateText(to);
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
        && !(afterHours && CalendarTextReader.looksLikeHours(name.substring(0, firstSpace(name))));
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
