package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the working-calendar text format: whatever calendar is written reads back equal,
 * and no text, however broken, gives anything but a calendar or an {@link InvalidInputException}.
 *
 * <p>// rule: SVC-11, CMP-05 (the office and company calendars their deadlines are counted in)
 */
class WorkingCalendarFormatProperties {

  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

  // ---------------------------------------------------------------- properties

  @Property(tries = 200)
  void a_written_calendar_reads_back_equal(@ForAll("calendars") WorkingCalendar calendar) {
    String text = WorkingCalendarFormat.format(calendar);
    WorkingCalendar read = WorkingCalendarFormat.parse(text);
    assertEquals(calendar, read, text);
    assertEquals(text, WorkingCalendarFormat.format(read), "writing is deterministic");
  }

  @Property(tries = 300)
  void any_text_gives_a_calendar_or_an_invalid_input_exception(@ForAll("garbage") String text) {
    parseOrRefuse(text);
  }

  @Property(tries = 200)
  void a_damaged_calendar_text_gives_a_calendar_or_an_invalid_input_exception(
      @ForAll("damagedTexts") String text) {
    parseOrRefuse(text);
  }

  /** Any exception other than InvalidInputException fails the property. */
  private static void parseOrRefuse(String text) {
    try {
      WorkingCalendarFormat.parse(text);
    } catch (InvalidInputException e) {
      assertFalse(e.violations().isEmpty());
    }
  }

  // ---------------------------------------------------------------- calendars

  /** A holiday run, a make-up day or a period as generated, before conflicts are removed. */
  private record Dated(int offset, int length, String name, List<WorkingHours> hours,
      WeeklySchedule schedule) {}

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    Arbitrary<ZoneId> zones = Arbitraries.of("Asia/Shanghai", "America/New_York",
        "Europe/Berlin", "UTC", "Australia/Lord_Howe").map(ZoneId::of);
    Arbitrary<Dated> holidays = Combinators.combine(offsets(), Arbitraries.integers().between(0, 8),
        names()).as((offset, length, name) -> new Dated(offset, length, name, List.of(), null));
    Arbitrary<Dated> makeUpDays = Combinators.combine(offsets(), namesAfterHours(),
        dayHours().filter(h -> !h.isEmpty()))
        .as((offset, name, hours) -> new Dated(offset, 0, name, hours, null));
    Arbitrary<Dated> periods = Combinators.combine(offsets(),
        Arbitraries.integers().between(0, 120), namesAfterHours(), weeklySchedules())
        .as((offset, length, name, schedule) -> new Dated(offset, length, name, List.of(),
            schedule));
    Arbitrary<Duration> workingDays = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 24 * 60).map(Duration::ofMinutes),
        Arbitraries.longs().between(1, 100_000).map(Duration::ofSeconds))
        .injectNull(0.5);
    Arbitrary<List<LocalDate>> indexRanges = Combinators.combine(
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1500))
        .as((offset, length) -> List.of(FIRST.plusDays(offset), FIRST.plusDays(offset + length)))
        .injectNull(0.5);
    return Combinators.combine(zones, weeklySchedules(), holidays.list().ofMaxSize(6),
        makeUpDays.list().ofMaxSize(4), periods.list().ofMaxSize(3), workingDays, indexRanges)
        .as(WorkingCalendarFormatProperties::calendar);
  }

  private static WorkingCalendar calendar(ZoneId zone, WeeklySchedule weekly, List<Dated> holidays,
      List<Dated> makeUpDays, List<Dated> periods, Duration workingDay, List<LocalDate> index) {
    WorkingCalendar.Builder builder = WorkingCalendar.builder(zone).weekly(weekly);
    Set<LocalDate> taken = new HashSet<>();
    for (Dated h : holidays) {
      LocalDate from = FIRST.plusDays(h.offset());
      builder.holidays(from, from.plusDays(h.length()), h.name());
      for (int i = 0; i <= h.length(); i++) {
        taken.add(from.plusDays(i));
      }
    }
    for (Dated m : makeUpDays) {
      LocalDate date = FIRST.plusDays(m.offset());
      if (taken.add(date)) {
        builder.makeUpDay(date, m.name(), m.hours());
      }
    }
    Set<List<Object>> periodKeys = new HashSet<>();
    for (Dated p : periods) {
      LocalDate from = FIRST.plusDays(p.offset());
      LocalDate to = from.plusDays(p.length());
      if (periodKeys.add(List.of(from, to, p.name()))) {
        builder.period(from, to, p.name(), p.schedule());
      }
    }
    if (workingDay != null) {
      builder.workingDayLength(workingDay);
    }
    if (index != null) {
      builder.indexRange(index.get(0), index.get(1));
    }
    return builder.build();
  }

  private static Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 3 * 365);
  }

  /** A weekly schedule with at least one working day. */
  private static Arbitrary<WeeklySchedule> weeklySchedules() {
    return dayHours().list().ofSize(7).map(days -> {
      WeeklySchedule.Builder builder = WeeklySchedule.builder();
      boolean any = false;
      for (int i = 0; i < 7; i++) {
        builder.on(DayOfWeek.of(i + 1), days.get(i).toArray(new WorkingHours[0]));
        any |= !days.get(i).isEmpty();
      }
      if (!any) {
        builder.on(DayOfWeek.MONDAY, WorkingHours.parse("09:00-17:00"));
      }
      return builder.build();
    });
  }

  /**
   * Up to two stretches of one day on a quarter-hour grid, not overlapping; sometimes the last
   * one runs past midnight, sometimes the day is 00:00-24:00.
   */
  private static Arbitrary<List<WorkingHours>> dayHours() {
    Arbitrary<List<Integer>> boundaries = Arbitraries.integers().between(0, 96).map(q -> q * 15)
        .set().ofMaxSize(4).map(set -> set.stream().sorted().toList());
    return Combinators.combine(boundaries, Arbitraries.integers().between(0, 4))
        .as((b, mode) -> {
          List<WorkingHours> hours = new ArrayList<>();
          for (int i = 0; i + 1 < b.size(); i += 2) {
            hours.add(WorkingHours.of(time(b.get(i)), time(b.get(i + 1))));
          }
          if (mode == 0 && !hours.isEmpty()) {
            WorkingHours last = hours.remove(hours.size() - 1);
            hours.add(WorkingHours.of(last.start(), time(b.get(0))));
          } else if (mode == 1) {
            hours = List.of(WorkingHours.parse("00:00-24:00"));
          }
          return hours;
        });
  }

  /** Minutes of the day as a local time; 1440 is midnight at the end of the day. */
  private static LocalTime time(int minutes) {
    return minutes == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minutes / 60, minutes % 60);
  }

  /** Names the format can carry: words of a safe alphabet (with Chinese) and inner spacing. */
  private static Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings()
        .withChars("abcXYZ019:-.#/国庆节调休春中秋元旦劳动")
        .ofMinLength(1).ofMaxLength(6)
        .filter(w -> !w.startsWith("#"));
    // No tab: a name is identifier text (TextRules), which refuses control characters.
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\u3000");
    return Combinators.combine(word.list().ofMaxSize(3), separator)
        .as((words, space) -> String.join(space, words));
  }

  /** Names of make-up days and periods: the first word must not look like working hours. */
  private static Arbitrary<String> namesAfterHours() {
    return names().filter(name -> name.isEmpty() || !Character.isDigit(name.charAt(0))
        || !name.split("[ \u3000\t]", 2)[0].contains(":"));
  }

  // ---------------------------------------------------------------- broken texts

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> raw = Arbitraries.strings()
        .withChars(" \t\u3000\r\n#.:-,0123456789adehiklmnoprstwyzAFIMNOSTU/国庆")
        .withCharRange('\u0000', '\uffff')
        .ofMaxLength(300);
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("zone", "week", "holiday", "workday", "period", "working-day", "index",
            "as", "Asia/Shanghai", "UTC", "Europe/Berlin", "Mars/Olympus", "MON-FRI", "SAT",
            "FRI-MON", "mon,wed", "MON-", "SUN-SUN", "MON,,TUE", "09:00-12:00", "22:00-06:00",
            "00:00-24:00", "24:00-09:00", "9:00-12:00", "12:00-09:00", "2026-10-01",
            "2026-10-01..2026-10-07", "2026-10-07..2026-10-01", "2026-02-30", "0000-01-01",
            "9999-12-31", "2020-01-01..2119-12-31", "2026-01-01..", "8h", "7h30m", "0m",
            "999999999h", "PT1H", "PT-1H", "P1D", "#", "国庆节", "as MON", "\u3000"),
        Arbitraries.strings().withChars("0123456789-.:,#ahmPTMONas").ofMaxLength(12));
    Arbitrary<String> line = token.list().ofMinSize(1).ofMaxSize(6)
        .map(words -> String.join(" ", words));
    Arbitrary<String> lines = line.list().ofMaxSize(8).map(l -> String.join("\n", l));
    return Arbitraries.oneOf(raw, lines,
        lines.map(text -> "zone Asia/Shanghai\nweek MON-FRI 09:00-18:00\n" + text));
  }

  @Provide
  Arbitrary<String> damagedTexts() {
    Arbitrary<String> replacement =
        Arbitraries.of("", " ", "\n", "\r", "#", "-", ".", "..", ":", ",", "x", "\u3000", "as");
    return calendars().map(WorkingCalendarFormat::format).flatMap(text ->
        Combinators.combine(Arbitraries.integers().between(0, text.length() - 1), replacement)
            .as((at, with) -> text.substring(0, at) + with + text.substring(at + 1)));
  }
}
