package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading numbers back (编号解析), the chronological order of printed numbers, and the business
 * timestamps for which no number can be printed — with the exact English and Chinese messages.
 * Runs under two JVM defaults (tag jvm-defaults).
 *
 * <p>// rule: CMP-01
 */
@Tag("jvm-defaults")
class NumberParsingTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final NumberingScheme COMPLAINTS = NumberingScheme.seed(SHANGHAI);
  static final NumberingScheme DAILY = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
      .pattern("{series}/{yy}{MM}{dd}/{serial:4}").build();
  /** The seed's groups with a separator: a configured pattern, not the default. */
  static final NumberingScheme HYPHENATED = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
      .pattern("{yy}{MM}-{serial:2}").build();
  static final NumberingScheme SITE = NumberingScheme.builder(SeriesId.of("PCB"), SHANGHAI)
      .pattern("PCB-SH-{yyyy}{MM}-{serial:3}").build();

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** Parses, expects exactly one violation of path "number" and checks both texts. */
  static void assertMalformed(NumberingScheme scheme, String text, String english,
      String chinese) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme.parse(text));
    assertEquals(1, e.violations().size(), e::getMessage);
    Violation violation = e.violations().get(0);
    assertEquals("number", violation.path());
    assertEquals(text, violation.rejectedValue().orElseThrow());
    assertEquals(english, violation.message().render(Locale.ENGLISH));
    assertEquals(chinese, violation.message().render(Locale.SIMPLIFIED_CHINESE));
  }

  @Nested
  class WellFormed {

    @Test
    void a_complaint_number_reads_back_into_its_month_and_serial() {
      // rule: CMP-01
      DocumentNumber number = COMPLAINTS.parse("261107");
      assertEquals("261107", number.text());
      assertEquals(SeriesId.COMPLAINTS, number.series());
      assertEquals("2026-11", number.periodKey());
      assertEquals(LocalDate.of(2026, 11, 1), number.periodStart());
      assertEquals(7, number.serial());
      assertEquals(COMPLAINTS.number(shanghai("2026-11-18T10:00"), 7), number);
    }

    @Test
    void a_widened_serial_reads_back_without_leading_zeros() {
      // rule: CMP-01
      assertEquals(100, COMPLAINTS.parse("2611100").serial());
      assertEquals(123_456_789, COMPLAINTS.parse("2611123456789").serial());
      assertEquals(Long.MAX_VALUE, COMPLAINTS.parse("26119223372036854775807").serial());
      assertEquals("26119223372036854775807",
          COMPLAINTS.number(shanghai("2026-11-18T10:00"), Long.MAX_VALUE).text());
    }

    @Test
    void the_leap_day_of_2028_is_printed_and_read_back_by_a_daily_pattern() {
      // rule: CMP-01
      DocumentNumber number = DAILY.number(shanghai("2028-02-29T23:59"), 3);
      assertEquals("COMPLAINT/280229/0003", number.text());
      assertEquals("2028-02-29", number.periodKey());
      assertEquals(number, DAILY.parse("COMPLAINT/280229/0003"));
      assertEquals(LocalDate.of(2028, 2, 29), DAILY.parse("COMPLAINT/280229/0003").periodStart());
    }

    @Test
    void two_digit_years_are_read_into_the_configured_window() {
      // rule: CMP-01 — default 2000–2099; with base 1950: 1950–2049.
      assertEquals("2099-12", COMPLAINTS.parse("991201").periodKey());
      assertEquals("2000-01", COMPLAINTS.parse("000101").periodKey());
      NumberingScheme from1950 = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .twoDigitYearBase(1950).build();
      assertEquals("1999-12", from1950.parse("991201").periodKey());
      assertEquals("1950-01", from1950.parse("500101").periodKey());
      assertEquals("2049-12", from1950.parse("491201").periodKey());
      assertEquals("991201", from1950.number(shanghai("1999-12-05T10:00"), 1).text());
    }

    @Test
    void the_first_nanosecond_of_1900_in_the_business_zone_can_be_numbered() {
      // rule: CMP-01 — reliability: 1900-01-01T00:00 in Shanghai (UTC+8:05:43 local mean time
      // before 1901) is the first supported date; a nanosecond earlier is 31 December 1899.
      NumberingScheme fourDigits = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{yyyy}{MM}-{serial}").build();
      Instant first = Instant.parse("1899-12-31T15:54:17Z");
      assertEquals("190001-01", fourDigits.number(first, 1).text());
      assertEquals("1900-01", fourDigits.number(first, 1).periodKey());
      assertEquals(fourDigits.number(first, 1), fourDigits.parse("190001-01"));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> fourDigits.number(first.minusNanos(1), 1));
      assertEquals("falls on 1899-12-31 in the business zone Asia/Shanghai; numbers can hold only"
          + " the supported dates 1900-01-01 to 2300-12-31",
          e.violations().get(0).message().render(Locale.ENGLISH));
    }

    @Test
    void a_year_typed_as_0026_is_refused_when_printed_and_when_read() {
      // rule: CMP-01 — reliability: the example, year 0026 typed for 2026.
      NumberingScheme fourDigits = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{yyyy}{MM}-{serial}").build();
      InvalidInputException printed = assertThrows(InvalidInputException.class,
          () -> fourDigits.number(Instant.parse("0026-11-02T01:00:00Z"), 1));
      assertEquals("businessTimestamp", printed.violations().get(0).path());
      assertEquals("rules.numbering.year.outOfRange",
          printed.violations().get(0).message().key());
      InvalidInputException read = assertThrows(InvalidInputException.class,
          () -> fourDigits.parse("002611-01"));
      assertEquals("the year 0026 at position 1 lies outside the supported years 1900 to 2300",
          read.violations().get(0).message().render(Locale.ENGLISH));
      assertEquals("第 1 个字符处的年份 0026 超出支持的年份 1900 至 2300",
          read.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
      assertEquals("rules.numbering.parse.yearUnsupported", assertThrows(
          InvalidInputException.class, () -> fourDigits.parse("230101-01"))
          .violations().get(0).message().key());
      assertEquals("230012-01", fourDigits.parse("230012-01").text());
    }
  }

  @Nested
  class Malformed {

    @Test
    void wrong_literal_text_names_the_expected_text_and_its_position() {
      // rule: CMP-01
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> HYPHENATED.parse("261107"));
      assertEquals("Invalid input (1 problem(s)): number: expected \"-\" at position 5, found"
          + " \"0\" (rejected value: \"261107\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（1 个问题）： number：第 5 个字符处应为“-”，实际为“0”"
          + "（被拒绝的值：“261107”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertMalformed(SITE, "PCB-SZ-202611-007",
          "expected \"PCB-SH-\" at position 1, found \"PCB-SZ-\"",
          "第 1 个字符处应为“PCB-SH-”，实际为“PCB-SZ-”");
      assertMalformed(SITE, "pcb-sh-202611-007",
          "expected \"PCB-SH-\" at position 1, found \"pcb-sh-\"",
          "第 1 个字符处应为“PCB-SH-”，实际为“pcb-sh-”");
      assertMalformed(DAILY, "COMPLAINT-261118/0007",
          "expected \"/\" at position 10, found \"-\"",
          "第 10 个字符处应为“/”，实际为“-”");
      // issue 9 item 5: what was found never ends in half of a surrogate pair; the seventh UTF-16
      // unit is the first half of the emoji, so the whole emoji is shown.
      assertMalformed(SITE, "PCB-SH\uD83D\uDE00-202611-007",
          "expected \"PCB-SH-\" at position 1, found \"PCB-SH\uD83D\uDE00\"",
          "第 1 个字符处应为“PCB-SH-”，实际为“PCB-SH\uD83D\uDE00”");
      // A text that ends in half a pair: the half is shown escaped, nothing is read past the end.
      InvalidInputException half = assertThrows(InvalidInputException.class,
          () -> SITE.parse("PCB-SH\uD83D"));
      assertEquals("expected \"PCB-SH-\" at position 1, found \"PCB-SH\\ud83d\"",
          half.violations().get(0).message().english());
    }

    @Test
    void missing_or_non_digit_date_parts_are_named() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, "",
          "expected 2 digits for the year at position 1, found the end of the text",
          "第 1 个字符处应为 2 位数字的年份，实际为文本结尾");
      assertMalformed(COMPLAINTS, "26A1-07",
          "expected 2 digits for the month at position 3, found \"A1\"",
          "第 3 个字符处应为 2 位数字的月份，实际为“A1”");
      // The text ends after one digit of the month: named, not an index out of bounds.
      assertMalformed(COMPLAINTS, "261",
          "expected 2 digits for the month at position 3, found \"1\"",
          "第 3 个字符处应为 2 位数字的月份，实际为“1”");
      assertMalformed(SITE, "PCB-SH-2026",
          "expected 2 digits for the month at position 12, found the end of the text",
          "第 12 个字符处应为 2 位数字的月份，实际为文本结尾");
      assertMalformed(DAILY, "COMPLAINT/26111/0007",
          "expected 2 digits for the day at position 15, found \"1/\"",
          "第 15 个字符处应为 2 位数字的日，实际为“1/”");
    }

    @Test
    void month_13_and_month_00_are_refused() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, "261301",
          "\"13\" at position 3 is not a month; expected 01 to 12",
          "第 3 个字符处的“13”不是月份；应为 01 至 12");
      assertMalformed(COMPLAINTS, "260001",
          "\"00\" at position 3 is not a month; expected 01 to 12",
          "第 3 个字符处的“00”不是月份；应为 01 至 12");
    }

    @Test
    void days_that_do_not_exist_are_refused() {
      // rule: CMP-01
      assertMalformed(DAILY, "COMPLAINT/261131/0001",
          "day 31 at position 15 does not exist in 2026-11",
          "第 15 个字符处的日 31 在 2026-11 中不存在");
      assertMalformed(DAILY, "COMPLAINT/261100/0001",
          "\"00\" at position 15 is not a day of the month; expected 01 to 31",
          "第 15 个字符处的“00”不是一个月中的日；应为 01 至 31");
      assertMalformed(DAILY, "COMPLAINT/261132/0001",
          "\"32\" at position 15 is not a day of the month; expected 01 to 31",
          "第 15 个字符处的“32”不是一个月中的日；应为 01 至 31");
    }

    @Test
    void february_29_of_a_year_that_is_not_a_leap_year_is_refused() {
      // rule: CMP-01
      assertMalformed(DAILY, "COMPLAINT/270229/0001",
          "day 29 at position 15 does not exist in 2027-02: 2027 is not a leap year",
          "第 15 个字符处的日 29 在 2027-02 中不存在：2027 年不是闰年");
      NumberingScheme dayFirst = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{dd}{MM}{yyyy}-{serial}").build();
      assertMalformed(dayFirst, "29022100-01",
          "day 29 at position 1 does not exist in 2100-02: 2100 is not a leap year",
          "第 1 个字符处的日 29 在 2100-02 中不存在：2100 年不是闰年");
      assertEquals("2000-02-29", dayFirst.parse("29022000-01").periodKey());
    }

    @Test
    void a_missing_serial_is_named() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, "2611",
          "expected a serial of at least 2 digit(s) at position 5, found the end of the text",
          "第 5 个字符处应为至少 2 位数字的流水号，实际为文本结尾");
      assertMalformed(COMPLAINTS, "2611x7",
          "expected a serial of at least 2 digit(s) at position 5, found \"x7\"",
          "第 5 个字符处应为至少 2 位数字的流水号，实际为“x7”");
    }

    @Test
    void too_few_serial_digits_are_refused() {
      // rule: CMP-01 — "at least 2 digits": 26117 is not a complaint number.
      assertMalformed(COMPLAINTS, "26117",
          "the serial \"7\" at position 5 has 1 digit(s), but this scheme prints at least 2",
          "第 5 个字符处的流水号“7”只有 1 位，而此编号规则至少打印 2 位");
    }

    @Test
    void serial_zero_is_refused() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, "261100",
          "the serial \"00\" at position 5 is zero; serials start at 1",
          "第 5 个字符处的流水号“00”为零；流水号从 1 开始");
      assertMalformed(COMPLAINTS, "2611000",
          "the serial \"000\" at position 5 is zero; serials start at 1",
          "第 5 个字符处的流水号“000”为零；流水号从 1 开始");
    }

    @Test
    void leading_zeros_beyond_the_width_are_refused_when_widened() {
      // rule: CMP-01 — with width 2, "100" is fine but "0100" is not how the scheme prints it.
      assertMalformed(COMPLAINTS, "26110100",
          "the serial \"0100\" at position 5 has more leading zeros than its width of 2 needs;"
              + " this scheme prints it as \"100\"",
          "第 5 个字符处的流水号“0100”的前导零多于 2 位宽度所需；此编号规则将其打印为“100”");
      assertMalformed(COMPLAINTS, "2611007",
          "the serial \"007\" at position 5 has more leading zeros than its width of 2 needs;"
              + " this scheme prints it as \"07\"",
          "第 5 个字符处的流水号“007”的前导零多于 2 位宽度所需；此编号规则将其打印为“07”");
    }

    @Test
    void a_serial_beyond_the_largest_long_is_refused() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, "26119223372036854775808",
          "the serial \"9223372036854775808\" at position 5 is larger than 9223372036854775807,"
              + " the largest serial there can be",
          "第 5 个字符处的流水号“9223372036854775808”大于 9223372036854775807，即流水号可能的最大值");
    }

    @Test
    void a_serial_of_more_than_19_significant_digits_is_refused() {
      // rule: CMP-01 — 20 digits can never fit a long, whatever they are.
      assertMalformed(COMPLAINTS, "261112345678901234567890",
          "the serial \"12345678901234567890\" at position 5 is larger than 9223372036854775807,"
              + " the largest serial there can be",
          "第 5 个字符处的流水号“12345678901234567890”大于 9223372036854775807，即流水号可能的最大值");
    }

    @Test
    void leading_zeros_do_not_make_a_serial_too_large() {
      // rule: CMP-01 — 0009223372036854775807 is the largest serial with zeros in front: refused
      // for its zeros, not for its size.
      assertMalformed(COMPLAINTS, "26110009223372036854775807",
          "the serial \"0009223372036854775807\" at position 5 has more leading zeros than its"
              + " width of 2 needs; this scheme prints it as \"9223372036854775807\"",
          "第 5 个字符处的流水号“0009223372036854775807”的前导零多于 2 位宽度所需；"
              + "此编号规则将其打印为“9223372036854775807”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"261107 ", "261107A", "261107-01"})
    void text_after_the_number_is_refused(String text) {
      // rule: CMP-01 — surrounding white space is not removed.
      String trailing = text.substring(6);
      assertMalformed(COMPLAINTS, text,
          "unexpected text \"" + trailing + "\" at position 7 after the end of the number",
          "编号结束后，第 7 个字符处有多余的文本“" + trailing + "”");
    }

    @Test
    void leading_white_space_is_refused() {
      // rule: CMP-01
      assertMalformed(COMPLAINTS, " 261107",
          "expected 2 digits for the year at position 1, found \" 2\"",
          "第 1 个字符处应为 2 位数字的年份，实际为“ 2”");
    }

    @Test
    void the_first_problem_from_the_left_is_named() {
      // rule: CMP-01 — month 13 comes before the short serial.
      assertMalformed(COMPLAINTS, "26137",
          "\"13\" at position 3 is not a month; expected 01 to 12",
          "第 3 个字符处的“13”不是月份；应为 01 至 12");
    }
  }

  @Nested
  class ChronologicalOrder {

    @Test
    void numbers_sort_by_month_then_serial_as_a_number_across_widths() {
      // rule: CMP-01 — plain text order would put 2611100 before 261199.
      List<String> numbers = new ArrayList<>(List.of(
          "270101", "2611100", "261201", "261199", "261107", "2611101", "26111000"));
      numbers.sort(COMPLAINTS.chronologicalOrder());
      assertEquals(List.of("261107", "261199", "2611100", "2611101", "26111000", "261201",
          "270101"), numbers);
      assertTrue(COMPLAINTS.chronologicalOrder().compare("261199", "2611100") < 0);
      assertEquals(0, COMPLAINTS.chronologicalOrder().compare("261107", "261107"));
    }

    @Test
    void two_digit_years_sort_by_the_year_they_stand_for() {
      // rule: CMP-01 — with the window 1950–2049, 99 (1999) comes before 00 (2000).
      NumberingScheme from1950 = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .twoDigitYearBase(1950).build();
      List<String> numbers = new ArrayList<>(List.of("000101", "991205", "491201", "500101"));
      numbers.sort(from1950.chronologicalOrder());
      assertEquals(List.of("500101", "991205", "000101", "491201"), numbers);
    }

    @Test
    void a_malformed_number_cannot_be_compared() {
      // rule: CMP-01
      Comparator<String> order = COMPLAINTS.chronologicalOrder();
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> order.compare("261107", "26117"));
      assertEquals("rules.numbering.parse.serialTooShort",
          e.violations().get(0).message().key());
    }

    @Test
    void parsed_numbers_sort_the_same_way() {
      // rule: CMP-01
      List<DocumentNumber> numbers = new ArrayList<>(List.of(COMPLAINTS.parse("2611100"),
          COMPLAINTS.parse("261201"), COMPLAINTS.parse("261199")));
      numbers.sort(Comparator.naturalOrder());
      assertEquals(List.of("261199", "2611100", "261201"),
          numbers.stream().map(DocumentNumber::text).toList());
    }
  }

  @Nested
  class UnprintableTimestamps {

    @Test
    void a_year_outside_the_two_digit_window_cannot_be_printed_with_yy() {
      // rule: CMP-01 — 2100-01-01 in Shanghai would read back as 2000.
      Instant newYear2100 = shanghai("2100-01-01T00:00");
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> COMPLAINTS.number(newYear2100, 1));
      assertEquals("Invalid input (1 problem(s)): businessTimestamp: falls in the year 2100 in the"
          + " business zone Asia/Shanghai, which {yy} cannot print: the two-digit years of this"
          + " scheme stand for 2000 to 2099; change the two-digit year base or print four-digit"
          + " years (rejected value: \"2099-12-31T16:00:00Z\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（1 个问题）： businessTimestamp：在业务时区 Asia/Shanghai 中属于 2100 年，"
          + "{yy} 无法打印：此编号规则的两位年份代表 2000 至 2099 年；请修改两位年份的起始年，"
          + "或改为打印四位年份（被拒绝的值：“2099-12-31T16:00:00Z”）",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertThrows(InvalidInputException.class, () -> COMPLAINTS.periodKeyOf(newYear2100));
      assertEquals("991201", COMPLAINTS.number(newYear2100.minusNanos(1), 1).text());
    }

    @Test
    void the_window_is_checked_in_the_business_zone() {
      // rule: CMP-01 — 1999-12-31T16:00Z is already 2000 in Shanghai, still 1999 in UTC.
      Instant t = Instant.parse("1999-12-31T16:00:00Z");
      assertEquals("000101", COMPLAINTS.number(t, 1).text());
      assertThrows(InvalidInputException.class,
          () -> NumberingScheme.seed(ZoneOffset.UTC).number(t, 1));
    }

    @Test
    void years_beyond_2300_cannot_be_numbered() {
      // rule: CMP-01 — reliability: the last supported date is 2300-12-31 in the business zone.
      NumberingScheme fourDigits = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{yyyy}{MM}-{serial}").build();
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> fourDigits.number(Instant.parse("2300-12-31T16:00:00Z"), 1));
      assertEquals("Invalid input (1 problem(s)): businessTimestamp: falls on 2301-01-01 in the"
          + " business zone Asia/Shanghai; numbers can hold only the supported dates 1900-01-01 to"
          + " 2300-12-31 (rejected value: \"2300-12-31T16:00:00Z\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（1 个问题）： businessTimestamp：在业务时区 Asia/Shanghai 中为 2301-01-01；"
          + "编号只能表示支持的日期 1900-01-01 至 2300-12-31（被拒绝的值：“2300-12-31T16:00:00Z”）",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertEquals("230012-01",
          fourDigits.number(Instant.parse("2300-12-31T15:59:59.999999999Z"), 1).text());
      for (Instant far : List.of(Instant.MAX, Instant.MIN, Instant.parse("9999-12-31T15:00:00Z"),
          Instant.parse("0026-11-02T01:00:00Z"))) {
        InvalidInputException refused =
            assertThrows(InvalidInputException.class, () -> fourDigits.number(far, 1));
        assertEquals("rules.numbering.year.outOfRange",
            refused.violations().get(0).message().key());
        assertEquals(far.toString(), refused.violations().get(0).rejectedValue().orElseThrow());
      }
    }

    @Test
    void a_serial_below_1_is_refused() {
      // rule: CMP-01
      for (long serial : new long[] {0, -1, Long.MIN_VALUE}) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> COMPLAINTS.number(shanghai("2026-11-18T10:00"), serial));
        assertEquals("serial", e.violations().get(0).path());
        assertEquals("must be 1 or more", e.violations().get(0).message().english());
        assertEquals("必须大于或等于 1", e.violations().get(0).message().chinese());
      }
    }
  }
}
