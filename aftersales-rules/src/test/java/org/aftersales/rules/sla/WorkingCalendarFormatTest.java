package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The working-calendar text format: reading, errors, writing and the round trip. Runs under two
 * JVM defaults (tag jvm-defaults): texts, messages and instants must not depend on the JVM's
 * default locale or zone.
 *
 * <p>// rule: SVC-11 (dispatch deadlines in working hours of the office calendar), CMP-05
 * (complaint routing deadlines counted in working days of the company calendar)
 */
@Tag("jvm-defaults")
class WorkingCalendarFormatTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final WorkingHours MORNING = WorkingHours.parse("09:00-12:00");
  private static final WorkingHours AFTERNOON = WorkingHours.parse("13:30-18:00");

  /**
   * The Shanghai office in 2026: Monday to Friday 09:00–12:00 and 13:30–18:00, the Chinese public
   * holidays of 2026 and their make-up working days (调休). The dates are illustrative — they are
   * the arrangement as we know it; a company configures its own from the official notice.
   */
  static final String SHANGHAI_2026 = """
      # 上海办公室 2026 年工作日历 (illustrative dates)
      zone Asia/Shanghai
      week MON-FRI 09:00-12:00 13:30-18:00

      holiday 2026-01-01..2026-01-03 元旦
      workday 2026-01-04 09:00-12:00 13:30-18:00 元旦调休
      holiday 2026-02-15..2026-02-23 春节 Spring Festival
      workday 2026-02-14 as MON 春节调休
      workday 2026-02-28 as MON 春节调休
      holiday 2026-04-04..2026-04-06 清明节
      holiday 2026-05-01..2026-05-05 劳动节
      workday 2026-05-09 as MON 劳动节调休
      holiday 2026-06-19..2026-06-21 端午节
      holiday 2026-09-25..2026-09-27 中秋节
      holiday 2026-10-01..2026-10-07 National Day 国庆节   # Golden Week
      workday 2026-09-20 09:00-12:00 13:30-18:00 国庆调休
      workday 2026-10-10 as MON 国庆调休
      """;

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Nested
  class Reading {

    // rule: SVC-11, CMP-05
    @Test
    void the_shanghai_2026_text_gives_its_holidays_make_up_days_and_office_hours() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse(SHANGHAI_2026);

      assertEquals(SHANGHAI, calendar.zone());
      assertEquals(3 + 9 + 3 + 5 + 3 + 3 + 7, calendar.holidays().size());
      assertEquals("National Day 国庆节", calendar.holidays().get(date("2026-10-04")));
      assertEquals("春节 Spring Festival", calendar.holidays().get(date("2026-02-15")));
      assertEquals(List.of(date("2026-01-04"), date("2026-02-14"), date("2026-02-28"),
          date("2026-05-09"), date("2026-09-20"), date("2026-10-10")),
          List.copyOf(calendar.makeUpDays().keySet()));
      assertEquals(new MakeUpDay(date("2026-10-10"), List.of(MORNING, AFTERNOON), "国庆调休"),
          calendar.makeUpDays().get(date("2026-10-10")));

      assertEquals(List.of(), calendar.hoursOn(date("2026-10-01")), "holiday");
      assertEquals(List.of(MORNING, AFTERNOON), calendar.hoursOn(date("2026-10-08")), "Thursday");
      assertEquals(List.of(MORNING, AFTERNOON), calendar.hoursOn(date("2026-10-10")),
          "make-up Saturday");
      assertEquals(List.of(), calendar.hoursOn(date("2026-10-11")), "Sunday");
      assertEquals(List.of(MORNING, AFTERNOON), calendar.hoursOn(date("2026-09-20")),
          "make-up Sunday");
      assertEquals(Duration.ofMinutes(450), calendar.workingDayLength());
      assertEquals(List.of(date("2020-01-01"), date("2035-12-31")),
          List.of(calendar.indexFirstDate(), calendar.indexLastDate()));
    }

    // rule: SVC-11
    @Test
    void a_deadline_skips_the_golden_week_and_uses_the_make_up_saturday() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse(SHANGHAI_2026);

      // Wednesday 30 September 16:00 + 6 h: 2 h that day, 1–7 October off, 3 h + 1 h on the 8th.
      assertEquals(shanghai("2026-10-08T14:30"),
          calendar.addWorkingTime(shanghai("2026-09-30T16:00"), Duration.ofHours(6)));
      // Friday 9 October 17:00 + 2 h: 1 h on Friday, 1 h on the make-up Saturday.
      assertEquals(shanghai("2026-10-10T10:00"),
          calendar.addWorkingTime(shanghai("2026-10-09T17:00"), Duration.ofHours(2)));
    }

    @Test
    void the_text_and_the_builder_give_equal_calendars() {
      WorkingCalendar text = WorkingCalendarFormat.parse("""
          zone Asia/Shanghai
          week MON-FRI 09:00-12:00
          week MON-FRI 13:30-18:00
          holiday 2026-10-01..2026-10-07 国庆节
          workday 2026-10-10 as MON 国庆调休
          """);
      WorkingCalendar built = WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder()
              .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, MORNING, AFTERNOON).build())
          .holidays(date("2026-10-01"), date("2026-10-07"), "国庆节")
          .makeUpDay(date("2026-10-10"), "国庆调休", List.of(MORNING, AFTERNOON))
          .build();
      assertEquals(built, text);
    }

    // rule: SVC-11 — a night shift belongs to the date on which it starts.
    @Test
    void a_night_shift_calendar_works_the_shift_that_starts_on_the_eve_of_a_holiday() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse("""
          zone Europe/Berlin
          week MON-FRI 22:00-06:00       # night shift
          holiday 2026-12-24..2026-12-26 Weihnachten
          working-day 8h
          """);

      WorkingHours night = WorkingHours.parse("22:00-06:00");
      assertEquals(List.of(night), calendar.hoursOn(date("2026-12-23")));
      assertEquals(List.of(), calendar.hoursOn(date("2026-12-24")));
      assertEquals(Duration.ofHours(8), calendar.workingDayLength());
      // Wednesday 23:00: 7 h until Thursday 06:00 (the shift started on Wednesday), then nothing
      // until Monday 28 December 22:00.
      Instant start = LocalDateTime.parse("2026-12-23T23:00").atZone(BERLIN).toInstant();
      assertEquals(LocalDateTime.parse("2026-12-28T23:00").atZone(BERLIN).toInstant(),
          calendar.addWorkingTime(start, Duration.ofHours(8)));
    }

    // rule: SVC-11 — around-the-clock service.
    @Test
    void a_24x7_calendar_is_the_around_the_clock_calendar() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse("zone UTC\nweek MON-SUN 00:00-24:00\n");

      assertEquals(WorkingCalendar.twentyFourSeven(ZoneId.of("UTC")), calendar);
      Instant start = Instant.parse("2026-10-01T10:15:00Z");
      assertEquals(start.plus(Duration.ofHours(30)),
          calendar.addWorkingTime(start, Duration.ofHours(30)));
    }

    // rule: SVC-11, CMP-05
    @Test
    void period_lines_with_the_same_range_and_name_make_one_period() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse("""
          zone Asia/Shanghai
          week MON-FRI 09:00-12:00 13:30-18:00
          period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 13:00-17:30 summer hours
          period 2026-07-01..2026-09-30 SAT 09:00-11:00 summer hours
          period 2026-08-01..2026-08-31 MON-FRI 09:00-12:00 August
          working-day 7h30m
          """);

      assertEquals(2, calendar.periods().size());
      SchedulePeriod summer = calendar.periods().get(0);
      assertEquals("summer hours", summer.name());
      assertEquals(date("2026-07-01"), summer.from());
      assertEquals(date("2026-09-30"), summer.to());
      assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
          Set.copyOf(summer.schedule().workingDays()));
      assertEquals(List.of(WorkingHours.parse("08:30-12:00"), WorkingHours.parse("13:00-17:30")),
          calendar.hoursOn(date("2026-07-06")));
      assertEquals(List.of(WorkingHours.parse("09:00-11:00")), calendar.hoursOn(date("2026-07-04")));
      assertEquals(List.of(MORNING), calendar.hoursOn(date("2026-08-03")), "the later period wins");
      assertEquals(List.of(MORNING, AFTERNOON), calendar.hoursOn(date("2026-10-05")));
      assertEquals(List.of(date("2020-01-01"), date("2035-12-31")),
          List.of(calendar.indexFirstDate(), calendar.indexLastDate()),
          "the default range for dates of 2026: 2020 to 2035");
    }

    @Test
    void day_specifications_take_single_days_ranges_that_wrap_lists_and_mixes_in_any_case() {
      assertEquals(EnumSet.of(DayOfWeek.MONDAY), weekDays("mon"));
      assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), weekDays("MON-FRI"));
      assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY), weekDays("Fri-Mon"));
      assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
          weekDays("MON,WED,FRI"));
      assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
          DayOfWeek.FRIDAY), weekDays("MON-WED,FRI"));
      assertEquals(EnumSet.allOf(DayOfWeek.class), weekDays("MON-SUN"));
      assertEquals(EnumSet.of(DayOfWeek.SUNDAY), weekDays("SUN-SUN"));
    }

    private Set<DayOfWeek> weekDays(String spec) {
      return Set.copyOf(WorkingCalendarFormat.parse("zone UTC\nweek " + spec + " 09:00-10:00")
          .weeklySchedule().workingDays());
    }

    @Test
    void hours_of_several_week_lines_add_up_per_day() {
      WeeklySchedule week = WorkingCalendarFormat.parse("""
          zone UTC
          week MON-FRI 09:00-12:00
          week MON,WED 13:30-18:00
          week SAT 09:00-12:00
          """).weeklySchedule();
      assertEquals(List.of(MORNING, AFTERNOON), week.hoursOn(DayOfWeek.WEDNESDAY));
      assertEquals(List.of(MORNING), week.hoursOn(DayOfWeek.TUESDAY));
      assertEquals(List.of(MORNING), week.hoursOn(DayOfWeek.SATURDAY));
      assertEquals(List.of(), week.hoursOn(DayOfWeek.SUNDAY));
    }

    @Test
    void the_working_day_is_read_in_hours_and_minutes_or_iso_8601() {
      for (String text : List.of("7h30m", "7H30M", "450m", "PT7H30M")) {
        assertEquals(Duration.ofMinutes(450), WorkingCalendarFormat.parse(
            "zone UTC\nweek MON 09:00-17:00\nworking-day " + text).workingDayLength(), text);
      }
      assertEquals(Duration.ofHours(8), WorkingCalendarFormat.parse(
          "zone UTC\nweek MON 09:00-17:00\nworking-day 8h").workingDayLength());
    }

    @Test
    void names_are_the_rest_of_the_line_with_their_inner_spacing_and_without_the_comment() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse("zone Asia/Shanghai\n"
          + "week MON-FRI 09:00-18:00\n"
          + "holiday 2026-01-01   元旦\u3000New  Year   # 新年\n"
          + "holiday 2026-01-02\n"
          + "holiday 2026-01-05 Model A#1 day\n"
          + "workday 2026-01-04 09:00-12:00 as planned\n"
          + "workday 2026-01-10 as MON 09:00 start\n");
      assertEquals("元旦\u3000New  Year", calendar.holidays().get(date("2026-01-01")));
      assertEquals("", calendar.holidays().get(date("2026-01-02")));
      assertEquals("Model A#1 day", calendar.holidays().get(date("2026-01-05")));
      assertEquals("as planned", calendar.makeUpDays().get(date("2026-01-04")).name());
      assertEquals("09:00 start", calendar.makeUpDays().get(date("2026-01-10")).name());
      assertEquals(List.of(WorkingHours.parse("09:00-18:00")),
          calendar.makeUpDays().get(date("2026-01-10")).hours());
    }

    @Test
    void the_zone_may_be_on_any_line() {
      assertEquals(ZoneId.of("America/New_York"), WorkingCalendarFormat.parse(
          "week MON-FRI 09:00-17:00\nholiday 2026-07-03 Independence Day\nzone America/New_York")
          .zone());
    }

    @Test
    void a_null_text_is_a_programming_error() {
      assertThrows(NullPointerException.class, () -> WorkingCalendarFormat.parse(null));
      assertThrows(NullPointerException.class, () -> WorkingCalendarFormat.format(null));
    }
  }

  @Nested
  class Errors {

    private static final String HEAD = "zone Asia/Shanghai\nweek MON-FRI 09:00-12:00\n";

    /** Parses, expects exactly one violation and checks its path and both texts. */
    private Violation assertRefused(String text, String path, String english, String chinese) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> WorkingCalendarFormat.parse(text));
      assertEquals(1, e.violations().size(), e::getMessage);
      Violation violation = e.violations().get(0);
      assertEquals(path, violation.path());
      assertEquals(english, violation.message().render(Locale.ENGLISH));
      assertEquals(chinese, violation.message().render(Locale.SIMPLIFIED_CHINESE));
      return violation;
    }

    @Test
    void an_unknown_keyword_names_its_line_its_text_and_the_expected_keywords() {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> WorkingCalendarFormat.parse(HEAD + "holliday 2026-10-01 国庆节\n"));
      assertEquals("Invalid input (1 problem(s)): line 3: unknown keyword \"holliday\"; expected "
          + "one of: zone, week, holiday, workday, period, working-day "
          + "(rejected value: \"holliday 2026-10-01 国庆节\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（1 个问题）： line 3：未知的关键字“holliday”；应为以下之一：zone, week, "
          + "holiday, workday, period, working-day（被拒绝的值：“holliday 2026-10-01 国庆节”）",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertEquals("line 3", e.violations().get(0).path());
      assertEquals("holliday 2026-10-01 国庆节", e.violations().get(0).rejectedValue().orElseThrow());
    }

    /**
     * Lines refused one at a time: the text, the path of the single violation, and its English and
     * Chinese texts.
     */
    static List<Arguments> refusals() {
      List<Arguments> rows = new ArrayList<>();
      // keywords are lower case
      {
        rows.add(Arguments.of(HEAD + "Holiday 2026-10-01", "line 3",
            "unknown keyword \"Holiday\"; expected one of: zone, week, holiday, workday, period, "
                + "working-day",
            "未知的关键字“Holiday”；应为以下之一：zone, week, holiday, workday, period, working-day"));
        // The index range tunes speed and is not part of the text (see WorkingCalendarFormat).
        rows.add(Arguments.of(HEAD + "index 2025-01-01..2030-12-31", "line 3",
            "unknown keyword \"index\"; expected one of: zone, week, holiday, workday, period, "
                + "working-day",
            "未知的关键字“index”；应为以下之一：zone, week, holiday, workday, period, working-day"));
      }
      // letters outside ASCII that upper-case to a day's name are not days
      {
        String daysEn = "\" is not a set of days of the week; expected MON, TUE, WED, THU, FRI, SAT or "
            + "SUN, a range such as MON-FRI or FRI-MON, a list such as MON,WED,FRI, or a mix such "
            + "as MON-WED,FRI";
        String daysZh = "”不是有效的星期；应为 MON、TUE、WED、THU、FRI、SAT 或 SUN，范围如 MON-FRI 或 FRI-MON，"
            + "列表如 MON,WED,FRI，或组合如 MON-WED,FRI";
        rows.add(Arguments.of("zone UTC\nweek \u017fun 09:00-12:00", "line 2", "\"\u017fun" + daysEn,
            "“\u017fun" + daysZh));
        rows.add(Arguments.of("zone UTC\nweek FR\u0131 09:00-12:00", "line 2", "\"FR\u0131" + daysEn,
            "“FR\u0131" + daysZh));
        // a five-digit year, which ISO parsing would take with a sign, is not a date of the text
        rows.add(Arguments.of(HEAD + "holiday +12026-10-01", "line 3",
            "\"+12026-10-01\" is not a date or a date range; expected yyyy-MM-dd or "
                + "yyyy-MM-dd..yyyy-MM-dd (both dates included), e.g. 2026-10-01..2026-10-07",
            "“+12026-10-01”不是日期或日期范围；应为 yyyy-MM-dd 或 yyyy-MM-dd..yyyy-MM-dd（含首尾两天），"
                + "例如 2026-10-01..2026-10-07"));
      }
      // a wrong number of arguments is refused
      {
        rows.add(Arguments.of("zone\nweek MON 09:00-10:00", "line 1",
            "expects 1 argument(s) after \"zone\", found 0", "“zone”之后应有 1 个参数，实际为 0 个"));
        rows.add(Arguments.of("zone Asia/Shanghai UTC\nweek MON 09:00-10:00", "line 1",
            "expects 1 argument(s) after \"zone\", found 2", "“zone”之后应有 1 个参数，实际为 2 个"));
        rows.add(Arguments.of(HEAD + "week MON-FRI", "line 3",
            "expects 2+ argument(s) after \"week\", found 1", "“week”之后应有 2+ 个参数，实际为 1 个"));
        rows.add(Arguments.of(HEAD + "holiday", "line 3",
            "expects 1+ argument(s) after \"holiday\", found 0",
            "“holiday”之后应有 1+ 个参数，实际为 0 个"));
        rows.add(Arguments.of(HEAD + "workday 2026-10-10", "line 3",
            "expects 2+ argument(s) after \"workday\", found 1",
            "“workday”之后应有 2+ 个参数，实际为 1 个"));
        rows.add(Arguments.of(HEAD + "period 2026-07-01..2026-09-30 MON-FRI", "line 3",
            "expects 3+ argument(s) after \"period\", found 2",
            "“period”之后应有 3+ 个参数，实际为 2 个"));
        rows.add(Arguments.of(HEAD + "working-day 7h 30m", "line 3",
            "expects 1 argument(s) after \"working-day\", found 2",
            "“working-day”之后应有 1 个参数，实际为 2 个"));
      }
      // malformed dates and ranges are refused
      {
        String rangeEn = "\" is not a date or a date range; expected yyyy-MM-dd or "
            + "yyyy-MM-dd..yyyy-MM-dd (both dates included), e.g. 2026-10-01..2026-10-07";
        String rangeZh = "”不是日期或日期范围；应为 yyyy-MM-dd 或 yyyy-MM-dd..yyyy-MM-dd（含首尾两天），"
            + "例如 2026-10-01..2026-10-07";
        rows.add(Arguments.of(HEAD + "holiday 2026-02-30 no such day", "line 3",
            "\"2026-02-30" + rangeEn, "“2026-02-30" + rangeZh));
        rows.add(Arguments.of(HEAD + "holiday 2026-10-01..", "line 3",
            "\"2026-10-01.." + rangeEn, "“2026-10-01.." + rangeZh));
        rows.add(Arguments.of(HEAD + "holiday 2026-10-1 国庆节", "line 3",
            "\"2026-10-1" + rangeEn, "“2026-10-1" + rangeZh));
        rows.add(Arguments.of(HEAD + "holiday 2025..2030", "line 3", "\"2025..2030" + rangeEn,
            "“2025..2030" + rangeZh));
        rows.add(Arguments.of(HEAD + "workday 2026/10/10 09:00-12:00", "line 3",
            "\"2026/10/10\" is not a date; expected yyyy-MM-dd, e.g. 2026-10-01",
            "“2026/10/10”不是日期；应为 yyyy-MM-dd，例如 2026-10-01"));
        rows.add(Arguments.of(HEAD + "holiday 2026-10-07..2026-10-01 国庆节", "line 3",
            "the date range \"2026-10-07..2026-10-01\" ends before it starts",
            "日期范围“2026-10-07..2026-10-01”的结束日期早于开始日期"));
        rows.add(Arguments.of(HEAD + "period 2026-09-30..2026-07-01 MON 08:00-12:00", "line 3",
            "the date range \"2026-09-30..2026-07-01\" ends before it starts",
            "日期范围“2026-09-30..2026-07-01”的结束日期早于开始日期"));
      }
      // malformed day specifications are refused
      {
        String en = "\" is not a set of days of the week; expected MON, TUE, WED, THU, FRI, SAT or "
            + "SUN, a range such as MON-FRI or FRI-MON, a list such as MON,WED,FRI, or a mix such "
            + "as MON-WED,FRI";
        String zh = "”不是有效的星期；应为 MON、TUE、WED、THU、FRI、SAT 或 SUN，范围如 MON-FRI 或 FRI-MON，"
            + "列表如 MON,WED,FRI，或组合如 MON-WED,FRI";
        for (String days : List.of("MONDAY", "MON-", "MON,,TUE", "MON,", "MON-TUE-WED", "周一", "MO")) {
          rows.add(Arguments.of("zone UTC\nweek " + days + " 09:00-12:00", "line 2",
              "\"" + days + en, "“" + days + zh));
        }
        rows.add(Arguments.of("zone UTC\nweek MON 09:00-12:00\nperiod 2026-07-01..2026-07-31 SAT/SUN "
            + "09:00-12:00", "line 3", "\"SAT/SUN" + en, "“SAT/SUN" + zh));
      }
      // malformed hours are refused
      {
        for (String hours : List.of("9:00-12:00", "09:00-25:00", "09:00", "09:00–12:00", "noon")) {
          rows.add(Arguments.of("zone UTC\nweek MON " + hours, "line 2",
              "\"" + hours + "\" is not a stretch of working hours; expected HH:mm-HH:mm, e.g. "
                  + "09:00-12:00 or 22:00-06:00",
              "“" + hours + "”不是有效的工作时段；应为 HH:mm-HH:mm，例如 09:00-12:00 或 22:00-06:00"));
        }
        // In make-up and period lines a word that looks like hours must be hours.
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 9:00-12:00 国庆调休", "line 3",
            "\"9:00-12:00\" is not a stretch of working hours; expected HH:mm-HH:mm, e.g. "
                + "09:00-12:00 or 22:00-06:00",
            "“9:00-12:00”不是有效的工作时段；应为 HH:mm-HH:mm，例如 09:00-12:00 或 22:00-06:00"));
      }
      // overlapping hours name the line that makes them overlap
      {
        rows.add(Arguments.of("zone UTC\nweek MON-FRI 09:00-12:00\nweek WED 11:00-13:00", "line 3",
            "the working hours 11:00-13:00 overlap the working hours 09:00-12:00 on WED",
            "WED 的工作时段 11:00-13:00 与工作时段 09:00-12:00 重叠"));
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 09:00-12:00 09:00-12:00", "line 3",
            "the working hours 09:00-12:00 overlap the working hours 09:00-12:00 on 2026-10-10",
            "2026-10-10 的工作时段 09:00-12:00 与工作时段 09:00-12:00 重叠"));
        rows.add(Arguments.of(HEAD + "period 2026-07-01..2026-07-31 MON 08:00-12:00 summer\n"
                + "period 2026-07-01..2026-07-31 MON 10:00-14:00 summer", "line 4",
            "the working hours 10:00-14:00 overlap the working hours 08:00-12:00 on MON",
            "MON 的工作时段 10:00-14:00 与工作时段 08:00-12:00 重叠"));
      }
      // make up days and periods need hours
      {
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 国庆调休", "line 3",
            "expects working hours HH:mm-HH:mm, or \"as\" and a day of the week, after the date, "
                + "e.g. \"workday 2026-10-10 09:00-12:00\" or \"workday 2026-10-10 as MON\"",
            "日期之后应为工作时段 HH:mm-HH:mm，或“as”加一个星期，例如“workday 2026-10-10 09:00-12:00”"
                + "或“workday 2026-10-10 as MON”"));
        String asEn = "expects one day of the week (MON, TUE, WED, THU, FRI, SAT or SUN) after \"as\"";
        String asZh = "“as”之后应为一个星期（MON、TUE、WED、THU、FRI、SAT 或 SUN）";
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 as", "line 3", asEn, asZh));
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 as MONDAY", "line 3", asEn, asZh));
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 as MON-FRI", "line 3", asEn, asZh));
        rows.add(Arguments.of(HEAD + "period 2026-07-01..2026-09-30 MON-FRI summer hours", "line 3",
            "expects working hours HH:mm-HH:mm after the days of the week, e.g. "
                + "\"period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 summer hours\"",
            "星期之后应为工作时段 HH:mm-HH:mm，例如“period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 "
                + "夏令作息”"));
      }
      // malformed or empty working day lengths are refused
      {
        for (String length : List.of("7.5h", "30m7h", "h", "7h30", "eight", "PT")) {
          rows.add(Arguments.of(HEAD + "working-day " + length, "line 3",
              "\"" + length + "\" is not a length of time; expected hours and minutes such as 8h, "
                  + "7h30m or 450m, or ISO-8601 such as PT7H30M",
              "“" + length + "”不是有效的时长；应为小时和分钟，例如 8h、7h30m 或 450m，或 ISO-8601 格式，"
                  + "例如 PT7H30M"));
        }
        for (String length : List.of("0h", "0m", "PT0S", "PT-1H")) {
          rows.add(Arguments.of(HEAD + "working-day " + length, "line 3",
              "the length of a working day must be more than zero, found \"" + length + "\"",
              "工作日长度必须大于零，实际为“" + length + "”"));
        }
      }
      // an unknown zone is refused
      {
        rows.add(Arguments.of("zone Asia/Shanghia\nweek MON 09:00-10:00", "line 1",
            "\"Asia/Shanghia\" is not a known time zone; expected a zone ID such as Asia/Shanghai "
                + "or Europe/Berlin",
            "“Asia/Shanghia”不是已知的时区；应为时区 ID，例如 Asia/Shanghai 或 Europe/Berlin"));
        rows.add(Arguments.of("zone CST\nweek MON 09:00-10:00", "line 1",
            "\"CST\" is not a known time zone; expected a zone ID such as Asia/Shanghai "
                + "or Europe/Berlin",
            "“CST”不是已知的时区；应为时区 ID，例如 Asia/Shanghai 或 Europe/Berlin"));
      }
      // zone and working day may be given only once
      {
        rows.add(Arguments.of(HEAD + "zone UTC", "line 3",
            "\"zone\" may be given only once; it was already given on line 1",
            "“zone”只能出现一次；第 1 行已经给出"));
        rows.add(Arguments.of(HEAD + "working-day 8h\n\nworking-day 8h", "line 5",
            "\"working-day\" may be given only once; it was already given on line 3",
            "“working-day”只能出现一次；第 3 行已经给出"));
      }
      // a date declared twice names the earlier line
      {
        rows.add(Arguments.of(HEAD + "holiday 2025-10-01..2025-10-08 国庆节\nholiday 2025-10-06 中秋节",
            "line 4", "2025-10-06 is already declared a holiday on line 3",
            "2025-10-06 已在第 3 行声明为节假日"));
        rows.add(Arguments.of(HEAD + "workday 2026-10-10 as MON\nworkday 2026-10-10 09:00-12:00", "line 4",
            "2026-10-10 is already declared a make-up working day on line 3",
            "2026-10-10 已在第 3 行声明为调休上班日"));
      }
      return rows;
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("refusals")
    void a_faulty_text_is_refused_with_one_reason_in_both_languages(String text, String path,
        String english, String chinese) {
      assertRefused(text, path, english, chinese);
    }

    @Test
    void a_missing_zone_is_reported_under_the_path_zone() {
      Violation violation = assertRefused("week MON-FRI 09:00-18:00\nholiday 2026-10-01", "zone",
          "the calendar has no \"zone\" line; add one such as \"zone Asia/Shanghai\"",
          "日历缺少“zone”行；请添加一行，例如“zone Asia/Shanghai”");
      assertTrue(violation.rejectedValue().isEmpty());
      assertRefused("", "zone",
          "the calendar has no \"zone\" line; add one such as \"zone Asia/Shanghai\"",
          "日历缺少“zone”行；请添加一行，例如“zone Asia/Shanghai”");
    }

    @Test
    void definition_errors_are_reported_by_the_calendar_builder() {
      assertRefused(HEAD + "holiday 2026-10-01..2026-10-07\nworkday 2026-10-03 as MON",
          "makeUpDay 2026-10-03", "is declared both a holiday and a make-up working day",
          "同时被声明为节假日和调休上班日");
      assertRefused(HEAD + "workday 2026-10-11 as SUN", "makeUpDay 2026-10-11",
          "a make-up working day needs working hours", "调休上班日需要工作时段");
      InvalidInputException noWeek = assertThrows(InvalidInputException.class,
          () -> WorkingCalendarFormat.parse("zone UTC\nholiday 2026-01-01"));
      assertEquals(List.of("weekly"),
          noWeek.violations().stream().map(Violation::path).toList());
      assertEquals("the weekly schedule has no working hours; every calendar needs at least one "
          + "working day a week", noWeek.violations().get(0).message().render(Locale.ENGLISH));
      assertEquals("每周作息没有任何工作时段；每个日历每周至少需要一个工作日",
          noWeek.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void every_faulty_line_is_reported_at_once_sorted_by_path() {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> WorkingCalendarFormat.parse("""
              # no zone line
              week MON-FRI 09:00-12:00
              week MON-FRY 13:30-18:00
              holiday 2026-10-01..2026-10-07 国庆节
              holiday 2026-10-32 bad
              workday 2026-10-10 as MONDAY
              working-day 7.5h
              """));
      assertEquals(List.of("line 3", "line 5", "line 6", "line 7", "zone"),
          e.violations().stream().map(Violation::path).toList());
      assertEquals(List.of("rules.sla.format.days.malformed", "rules.sla.format.range.malformed",
          "rules.sla.format.workday.asDay", "rules.sla.format.duration.malformed",
          "rules.sla.format.zone.missing"),
          e.violations().stream().map(v -> v.message().key()).toList());
      assertTrue(e.getMessage(Locale.ENGLISH).startsWith("Invalid input (5 problem(s)): line 3: "),
          e.getMessage(Locale.ENGLISH));
      assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("输入无效（5 个问题）： line 3："),
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }
  }

  @Nested
  class Writing {

    @Test
    void a_calendar_is_written_with_every_setting_explicit_and_holiday_runs_as_ranges() {
      WorkingCalendar calendar = WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder()
              .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, MORNING, AFTERNOON)
              .on(DayOfWeek.SATURDAY, MORNING)
              .build())
          .holidays(date("2026-10-01"), date("2026-10-07"), "National Day 国庆节")
          .holiday(date("2026-10-08"), "extra")
          .holiday(date("2026-12-31"), "")
          .makeUpDay(date("2026-10-11"), "国庆调休", DayOfWeek.MONDAY)
          .period(date("2026-07-01"), date("2026-09-30"), "summer hours", WeeklySchedule.builder()
              .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("08:30-12:00"))
              .on(DayOfWeek.SUNDAY, WorkingHours.parse("10:00-12:00"))
              .build())
          .build();

      String text = WorkingCalendarFormat.format(calendar);

      assertEquals("""
          zone Asia/Shanghai
          working-day 7h30m

          week MON-FRI 09:00-12:00 13:30-18:00
          week SAT 09:00-12:00

          holiday 2026-10-01..2026-10-07 National Day 国庆节
          holiday 2026-10-08 extra
          holiday 2026-12-31

          workday 2026-10-11 09:00-12:00 13:30-18:00 国庆调休

          period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 summer hours
          period 2026-07-01..2026-09-30 SUN 10:00-12:00 summer hours
          """, text);
      assertEquals(calendar, WorkingCalendarFormat.parse(text));
    }

    // rule: SVC-11, CMP-05
    @Test
    void the_shanghai_night_shift_and_24x7_calendars_read_back_equal() {
      for (String source : List.of(SHANGHAI_2026,
          "zone Europe/Berlin\nweek FRI-MON 22:00-06:00\nweek WED 00:00-24:00\n"
              + "holiday 2026-12-24..2026-12-26 Weihnachten\nworking-day 450m",
          "zone UTC\nweek MON-SUN 00:00-24:00")) {
        WorkingCalendar calendar = WorkingCalendarFormat.parse(source);
        String text = WorkingCalendarFormat.format(calendar);
        assertEquals(calendar, WorkingCalendarFormat.parse(text), text);
        assertEquals(text, WorkingCalendarFormat.format(WorkingCalendarFormat.parse(text)));
      }
    }

    @Test
    void days_are_written_as_short_runs() {
      WorkingCalendar calendar = WorkingCalendarFormat.parse("""
          zone UTC
          week SUN,MON 22:00-06:00
          week TUE,THU 09:00-12:00
          week FRI-SAT 10:00-11:00
          """);
      assertEquals("""
          week SUN-MON 22:00-06:00
          week TUE,THU 09:00-12:00
          week FRI-SAT 10:00-11:00
          """, WorkingCalendarFormat.format(calendar).lines()
          .filter(l -> l.startsWith("week")).map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void working_day_lengths_are_written_so_that_they_read_back_exactly() {
      for (Duration length : List.of(Duration.ofHours(8), Duration.ofMinutes(45),
          Duration.ofMinutes(450), Duration.ofSeconds(27_030), Duration.ofMillis(1))) {
        WorkingCalendar calendar = WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.builder().on(DayOfWeek.MONDAY, MORNING).build())
            .workingDayLength(length)
            .build();
        assertEquals(calendar, WorkingCalendarFormat.parse(WorkingCalendarFormat.format(calendar)));
      }
    }

    @Test
    void working_day_lengths_are_written_in_hours_and_minutes_while_they_fit() {
      for (Object[] row : new Object[][] {
          {Duration.ofMinutes(60), "1h"}, {Duration.ofMinutes(30), "30m"}, {Duration.ZERO.plusMinutes(90), "1h30m"},
          {Duration.ofHours(999_999_999), "999999999h"}, {Duration.ofHours(1_000_000_000), "PT1000000000H"},
          {Duration.ofSeconds(90), "PT1M30S"}}) {
        WorkingCalendar calendar = WorkingCalendar.builder(SHANGHAI)
            .weekly(WeeklySchedule.builder().on(DayOfWeek.MONDAY, MORNING).build())
            .workingDayLength((Duration) row[0]).build();
        String text = WorkingCalendarFormat.format(calendar);
        assertTrue(text.contains("\nworking-day " + row[1] + "\n"), text);
        assertEquals(calendar, WorkingCalendarFormat.parse(text));
      }
    }

    @Test
    void a_stretch_ending_off_the_minute_is_refused_too() {
      InvalidInputException e = refusedToWrite(office().makeUpDay(date("2026-10-10"), "",
          List.of(WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(11, 59, 30)))));
      assertEquals("09:00-11:59:30", e.violations().get(0).rejectedValue().orElseThrow());
    }

    @Test
    void the_first_and_last_supported_dates_read_back() {
      // reliability: the supported dates are 1900-01-01 to 2300-12-31 (SupportedTime).
      WorkingCalendar calendar = office().holiday(LocalDate.of(1900, 1, 1), "first")
          .holiday(LocalDate.of(2300, 12, 31), "last").build();
      String text = WorkingCalendarFormat.format(calendar);
      assertTrue(text.contains("holiday 1900-01-01 first\nholiday 2300-12-31 last\n"), text);
      assertEquals(calendar, WorkingCalendarFormat.parse(text));
    }

    private InvalidInputException refusedToWrite(WorkingCalendar.Builder builder) {
      WorkingCalendar calendar = builder.build();
      return assertThrows(InvalidInputException.class,
          () -> WorkingCalendarFormat.format(calendar));
    }

    private WorkingCalendar.Builder office() {
      return WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, MORNING)
              .build());
    }

    @Test
    void names_that_would_read_back_differently_are_refused_naming_the_date() {
      String en = "this name cannot be written in the calendar text: a name must not start or end "
          + "with white space, contain a line break, or have \"#\" at its start or after white "
          + "space (it would be read as a comment); the name of a make-up day or period must not "
          + "start with a word that looks like working hours";
      String zh = "此名称无法写入日历文本：名称不能以空白开头或结尾，不能包含换行，也不能在开头或空白之后出现“#”"
          + "（会被当作注释）；调休上班日或时段作息的名称不能以形似工作时段的词开头";
      // Surrounding white space and line breaks never reach the writer: a name is identifier text,
      // refused when the calendar is built (CalendarNamesTest).
      for (String refusedEarlier : List.of(" leading", "two\nlines", "trailing ")) {
        assertThrows(InvalidInputException.class,
            () -> office().holiday(date("2026-10-02"), refusedEarlier));
      }
      InvalidInputException e = refusedToWrite(office()
          .holiday(date("2026-10-01"), "国庆节 #1")
          .holiday(date("2026-10-04"), "#1")
          .makeUpDay(date("2026-10-10"), "10:00-11:00 meeting", List.of(MORNING))
          .period(date("2026-07-01"), date("2026-07-31"), "#summer", WeeklySchedule.builder()
              .on(DayOfWeek.MONDAY, MORNING).build()));
      assertEquals(List.of("holiday 2026-10-01", "holiday 2026-10-04", "makeUpDay 2026-10-10",
          "period 2026-07-01..2026-07-31"),
          e.violations().stream().map(Violation::path).toList());
      for (Violation v : e.violations()) {
        assertEquals(en, v.message().render(Locale.ENGLISH));
        assertEquals(zh, v.message().render(Locale.SIMPLIFIED_CHINESE));
      }
      // The same words are fine where they cannot be mistaken.
      WorkingCalendar fine = office()
          .holiday(date("2026-10-01"), "国庆节#1 10:00-11:00")
          .holiday(date("2026-10-02"), "10:00-11:00 closed")
          .makeUpDay(date("2026-10-10"), "meeting 10:00-11:00", List.of(MORNING))
          .build();
      assertEquals(fine, WorkingCalendarFormat.parse(WorkingCalendarFormat.format(fine)));
    }

    @Test
    void hours_with_seconds_are_refused() {
      InvalidInputException e = refusedToWrite(office()
          .makeUpDay(date("2026-10-10"), "", List.of(
              WorkingHours.of(LocalTime.of(9, 0, 30), LocalTime.NOON)))
          .indexRange(date("2026-01-01"), date("2026-12-31")));
      assertEquals(List.of("makeUpDay 2026-10-10"),
          e.violations().stream().map(Violation::path).toList());
      assertEquals("the calendar text can hold working hours in whole minutes only",
          e.violations().get(0).message().render(Locale.ENGLISH));
      assertEquals("日历文本只能写入整分钟的工作时段",
          e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
      assertEquals("09:00:30-12:00", e.violations().get(0).rejectedValue().orElseThrow());
    }

    @Test
    void periods_without_hours_or_with_the_same_dates_and_name_are_refused() {
      WeeklySchedule monday = WeeklySchedule.builder().on(DayOfWeek.MONDAY, MORNING).build();
      InvalidInputException e = refusedToWrite(office()
          .period(date("2026-02-01"), date("2026-02-28"), "shutdown",
              WeeklySchedule.builder().build())
          .period(date("2026-07-01"), date("2026-07-31"), "July", monday)
          .period(date("2026-07-01"), date("2026-07-31"), "July", monday));
      assertEquals(List.of("period 2026-02-01..2026-02-28", "period 2026-07-01..2026-07-31"),
          e.violations().stream().map(Violation::path).toList());
      assertEquals("a period without working hours cannot be written in the calendar text; "
          + "declare its dates holidays instead",
          e.violations().get(0).message().render(Locale.ENGLISH));
      assertEquals("没有工作时段的时段作息无法写入日历文本；请改为把这些日期声明为节假日",
          e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
      assertEquals("another period has the same dates and name; the calendar text would read both "
          + "back as one period", e.violations().get(1).message().render(Locale.ENGLISH));
      assertEquals("另有一个时段作息的日期和名称与此相同；日历文本读回时会把两者当作同一个时段作息",
          e.violations().get(1).message().render(Locale.SIMPLIFIED_CHINESE));
    }
  }
}
