package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pattern syntax of numbering schemes: tokens, literal text, periods, and the patterns refused
 * when a scheme is built, with their English and Chinese messages. Runs under two JVM defaults (tag
 * jvm-defaults).
 *
 * <p>// rule: CMP-01
 */
@Tag("jvm-defaults")
class NumberingPatternTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOV_18 =
      LocalDateTime.parse("2026-11-18T10:15").atZone(SHANGHAI).toInstant();

  static NumberingScheme scheme(String pattern) {
    return NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI).pattern(pattern).build();
  }

  static String print(String pattern, long serial) {
    return scheme(pattern).number(NOV_18, serial).text();
  }

  @Nested
  class Tokens {

    @Test
    void each_date_token_prints_its_part_of_the_business_date() {
      // rule: CMP-01
      assertEquals("26|11|18|07", print("{yy}|{MM}|{dd}|{serial}", 7));
      assertEquals("2026|11|18|7", print("{yyyy}|{MM}|{dd}|{serial:1}", 7));
      assertEquals("261118-000000000000000007", print("{yy}{MM}{dd}-{serial:18}", 7));
    }

    @Test
    void the_serial_token_without_width_pads_to_two_digits() {
      // rule: CMP-01 — "serial (at least 2 digits)".
      assertEquals("2611-07", print("{yy}{MM}-{serial}", 7));
      assertEquals(2, scheme("{yy}{MM}-{serial}").serialWidth());
    }

    @Test
    void the_series_token_prints_the_series_id() {
      // rule: CMP-01
      assertEquals("COMPLAINT-2611-07", print("{series}-{yy}{MM}-{serial}", 7));
    }

    @Test
    void doubled_braces_are_literal_braces_and_never_tokens() {
      // rule: CMP-01
      assertEquals("{2026}-07", print("{{{yyyy}}}-{serial}", 7));
      NumberingScheme noDate = scheme("{{yy}}-{serial}");
      assertEquals("{yy}-07", noDate.number(NOV_18, 7).text());
      assertEquals("ALL", noDate.number(NOV_18, 7).periodKey(), "{{yy}} is text, not a year");
      assertEquals(7, noDate.parse("{yy}-07").serial());
    }

    @Test
    void chinese_literal_text_is_printed_and_read_back() {
      // rule: CMP-01
      NumberingScheme chinese = scheme("客诉{yyyy}年{MM}月第{serial:3}号");
      DocumentNumber number = chinese.number(NOV_18, 7);
      assertEquals("客诉2026年11月第007号", number.text());
      assertEquals(number, chinese.parse("客诉2026年11月第007号"));
      assertEquals(1007, chinese.parse("客诉2026年11月第1007号").serial());
    }

    @Test
    void date_tokens_may_come_in_any_order() {
      // rule: CMP-01
      NumberingScheme dayFirst = scheme("{dd}.{MM}.{yyyy}/{serial}");
      assertEquals("18.11.2026/07", dayFirst.number(NOV_18, 7).text());
      DocumentNumber read = dayFirst.parse("29.02.2028/12");
      assertEquals("2028-02-29", read.periodKey());
      assertEquals(12, read.serial());
      assertEquals("07-11-26", print("{serial}-{MM}-{yy}", 7));
    }

    @Test
    void a_serial_may_come_first_when_literal_text_follows_it() {
      // rule: CMP-01
      NumberingScheme serialFirst = scheme("{serial:3}/{yy}{MM}");
      assertEquals("007/2611", serialFirst.number(NOV_18, 7).text());
      assertEquals("1234/2611", serialFirst.number(NOV_18, 1234).text());
      assertEquals(1234, serialFirst.parse("1234/2611").serial());
    }
  }

  @Nested
  class Periods {

    @Test
    void the_finest_date_token_sets_the_period_and_its_canonical_key() {
      // rule: CMP-01 — day, month, year or never restarting; keys always with four-digit years.
      record Expected(String pattern, String key, LocalDate start, String text) {}
      for (Expected e : List.of(
          new Expected("{yy}{MM}{dd}-{serial}", "2026-11-18", LocalDate.of(2026, 11, 18),
              "261118-07"),
          new Expected("{yy}{MM}-{serial}", "2026-11", LocalDate.of(2026, 11, 1), "2611-07"),
          new Expected("{yy}-{serial:4}", "2026", LocalDate.of(2026, 1, 1), "26-0007"),
          new Expected("{yyyy}-{serial:4}", "2026", LocalDate.of(2026, 1, 1), "2026-0007"),
          new Expected("{series}-{serial:6}", "ALL", LocalDate.of(1900, 1, 1), "COMPLAINT-000007"),
          new Expected("{serial:6}", "ALL", LocalDate.of(1900, 1, 1), "000007"))) {
        NumberingScheme s = scheme(e.pattern());
        DocumentNumber number = s.number(NOV_18, 7);
        assertEquals(e.key(), number.periodKey(), e.pattern());
        assertEquals(e.key(), s.periodKeyOf(NOV_18), e.pattern());
        assertEquals(e.start(), number.periodStart(), e.pattern());
        assertEquals(e.text(), number.text(), e.pattern());
        assertEquals(number, s.parse(e.text()), e.pattern());
        assertEquals(new SequenceKey(SeriesId.COMPLAINTS, e.key()), s.sequenceKeyOf(NOV_18),
            e.pattern());
      }
    }

    @Test
    void schemes_are_equal_when_all_their_settings_are() {
      // rule: CMP-01
      NumberingScheme a = scheme("{yy}{MM}-{serial}");
      assertEquals(a, scheme("{yy}{MM}-{serial}"));
      assertEquals(a.hashCode(), scheme("{yy}{MM}-{serial}").hashCode());
      assertNotEquals(a, scheme("{yy}{MM}-{serial:2}"), "the pattern as written counts");
      assertNotEquals(a, NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{yy}{MM}-{serial}").overflow(Overflow.REFUSE).build());
      assertNotEquals(a, NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .pattern("{yy}{MM}-{serial}").twoDigitYearBase(1950).build());
      assertNotEquals(a, NumberingScheme.builder(SeriesId.COMPLAINTS, ZoneId.of("UTC"))
          .pattern("{yy}{MM}-{serial}").build());
      assertNotEquals(a, NumberingScheme.builder(SeriesId.of("SVC"), SHANGHAI)
          .pattern("{yy}{MM}-{serial}").build());
      assertNotEquals(a, "{yy}{MM}-{serial}");
      Set<Integer> hashes = Stream.of(a, scheme("{yy}{MM}-{serial:2}"), scheme("{yyyy}-{serial}"),
          NumberingScheme.seed(SHANGHAI), NumberingScheme.seed(ZoneId.of("UTC")))
          .map(NumberingScheme::hashCode).collect(Collectors.toSet());
      assertTrue(hashes.size() > 1, "hash codes spread over different schemes");
    }
  }

  @Nested
  class RefusedPatterns {

    /** Builds, expects exactly one violation and checks it in both languages. */
    private void assertRefused(String pattern, String english, String chinese) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme(pattern));
      assertEquals(1, e.violations().size(), e::getMessage);
      Violation violation = e.violations().get(0);
      assertEquals("pattern", violation.path());
      assertEquals(pattern, violation.rejectedValue().orElseThrow());
      assertEquals(english, violation.message().render(Locale.ENGLISH));
      assertEquals(chinese, violation.message().render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void an_unknown_token_is_named_with_its_position_and_the_known_tokens() {
      // rule: CMP-01
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> scheme("{yy}{mm}-{serial}"));
      assertEquals("Invalid input (1 problem(s)): pattern: \"{mm}\" at position 5 is not a token;"
          + " expected one of {yy}, {yyyy}, {MM}, {dd}, {serial}, {serial:N}, {series} (tokens are"
          + " case-sensitive) (rejected value: \"{yy}{mm}-{serial}\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（1 个问题）： pattern：第 5 个字符处的“{mm}”不是占位符；应为以下之一："
          + "{yy}, {yyyy}, {MM}, {dd}, {serial}, {serial:N}, {series}（区分大小写）"
          + "（被拒绝的值：“{yy}{mm}-{serial}”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void a_pattern_without_a_serial_is_refused() {
      // rule: CMP-01
      assertRefused("{yy}{MM}",
          "must contain exactly one serial token ({serial}, {serial:N}), found 0",
          "必须恰好包含一个流水号占位符（{serial}, {serial:N}），实际为 0 个");
    }

    @Test
    void a_pattern_with_two_serials_is_refused() {
      // rule: CMP-01
      assertRefused("{yy}{MM}-{serial}-{serial:3}",
          "must contain exactly one serial token ({serial}, {serial:N}), found 2",
          "必须恰好包含一个流水号占位符（{serial}, {serial:N}），实际为 2 个");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{yy}{yyyy}-{serial}", "{yyyy}-{yyyy}-{serial}"})
    void a_pattern_with_two_year_tokens_is_refused(String pattern) {
      // rule: CMP-01
      assertRefused(pattern,
          "may contain only one year token ({yy}, {yyyy}), found 2",
          "最多只能包含一个年份占位符（{yy}, {yyyy}），实际为 2 个");
    }

    @Test
    void a_repeated_month_is_refused() {
      // rule: CMP-01
      assertRefused("{yyyy}{MM}{MM}-{serial}",
          "the token {MM} appears 2 times; each token may appear only once",
          "占位符 {MM} 出现了 2 次；每个占位符只能出现一次");
    }

    @Test
    void a_month_without_a_year_is_refused() {
      // rule: CMP-01
      assertRefused("{MM}-{serial}",
          "the month token {MM} needs a year token ({yy}, {yyyy}) in the same pattern",
          "月份占位符 {MM} 要求同一格式中有年份占位符（{yy}, {yyyy}）");
    }

    @Test
    void a_day_without_a_month_is_refused() {
      // rule: CMP-01
      assertRefused("{yyyy}{dd}-{serial}",
          "the day token {dd} needs the month token {MM} in the same pattern",
          "日占位符 {dd} 要求同一格式中有月份占位符 {MM}");
    }

    @Test
    void a_serial_directly_followed_by_a_token_is_refused_as_ambiguous() {
      // rule: CMP-01 — "{serial}{MM}": is 1001 serial 100 of January or serial 10 of ... ?
      assertRefused("{yy}-{serial}{MM}",
          "the serial token {serial} at position 6 is directly followed by \"{MM}\": when a number"
              + " is read back, a serial of more digits could not be told apart from what follows"
              + " it; end the pattern with the serial, or follow it with literal text that does not"
              + " start with a digit 0-9",
          "第 6 个字符处的流水号占位符 {serial} 后面紧跟着“{MM}”：读回编号时，位数更多的流水号将无法与其后的"
              + "内容区分；请把流水号放在格式末尾，或在其后写上不以数字 0-9 开头的字面文本");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{yy}{MM}-{serial:3}7|7", "{yy}{MM}-{serial:3}{series}|{series}",
        "{yy}{MM}-{serial:3}{dd}|{dd}", "{yy}{MM}-{serial:3}0-A|0-A", "{yy}{MM}-{serial:3}1{{x}}|1{{x}}"})
    void a_serial_followed_by_anything_but_non_digit_literal_text_is_refused(String pattern,
        String next) {
      // rule: CMP-01 — the message names what follows the serial as it is written in the pattern.
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme(pattern));
      assertEquals("rules.numbering.pattern.serialFollowed",
          e.violations().get(0).message().key());
      assertEquals("{serial:3}", e.violations().get(0).message().arguments().get("token"));
      assertEquals("10", e.violations().get(0).message().arguments().get("position"));
      assertEquals(next, e.violations().get(0).message().arguments().get("next"));
    }

    @Test
    void a_serial_directly_followed_by_another_serial_is_refused_twice_over() {
      // rule: CMP-01 — two serials, and the first one runs into the second.
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> scheme("{yy}{MM}-{serial}{serial:3}"));
      assertEquals(List.of("rules.numbering.pattern.serialCount",
              "rules.numbering.pattern.serialFollowed"),
          e.violations().stream().map(v -> v.message().key()).toList());
      assertEquals("{serial:3}", e.violations().get(1).message().arguments().get("next"));
    }

    @Test
    void a_repeated_series_token_is_refused() {
      // rule: CMP-01
      assertRefused("{series}{yy}{MM}-{series}-{serial}",
          "the token {series} appears 2 times; each token may appear only once",
          "占位符 {series} 出现了 2 次；每个占位符只能出现一次");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{yy}{MM}-{serial:0}", "{yy}{MM}-{serial:19}", "{yy}{MM}-{serial:02}",
        "{yy}{MM}-{serial:x}", "{yy}{MM}-{serial:}"})
    void a_serial_width_outside_1_to_18_is_refused(String pattern) {
      // rule: CMP-01
      String token = pattern.substring(pattern.indexOf("{serial"));
      assertRefused(pattern,
          "\"" + token + "\" at position 10: the serial width must be a whole number from 1 to 18,"
              + " without leading zeros",
          "第 10 个字符处的“" + token + "”：流水号位数必须是 1 到 18 之间的整数，且不带前导零");
    }

    @Test
    void an_unclosed_brace_is_refused() {
      // rule: CMP-01
      assertRefused("{yy}{MM}-{serial",
          "the \"{\" at position 10 opens a token that is never closed; write \"{{\" for a literal"
              + " brace",
          "第 10 个字符处的“{”开始了一个没有结束的占位符；字面的花括号请写作“{{”");
      assertRefused("{yy{MM}-{serial}",
          "the \"{\" at position 1 opens a token that is never closed; write \"{{\" for a literal"
              + " brace",
          "第 1 个字符处的“{”开始了一个没有结束的占位符；字面的花括号请写作“{{”");
    }

    @Test
    void a_lone_closing_brace_is_refused() {
      // rule: CMP-01
      assertRefused("{yy}}{MM}-{serial}",
          "the \"}\" at position 5 closes no token; write \"}}\" for a literal brace",
          "第 5 个字符处的“}”没有对应的占位符；字面的花括号请写作“}}”");
    }

    @Test
    void a_lone_brace_at_either_end_of_the_pattern_is_refused() {
      // rule: CMP-01 — the first and the last character have no neighbour on one side.
      assertRefused("}{yy}{MM}{serial}",
          "the \"}\" at position 1 closes no token; write \"}}\" for a literal brace",
          "第 1 个字符处的“}”没有对应的占位符；字面的花括号请写作“}}”");
      assertRefused("{yy}{MM}{serial}}",
          "the \"}\" at position 17 closes no token; write \"}}\" for a literal brace",
          "第 17 个字符处的“}”没有对应的占位符；字面的花括号请写作“}}”");
      assertRefused("{yy}{MM}{serial}-{",
          "the \"{\" at position 18 opens a token that is never closed; write \"{{\" for a"
              + " literal brace",
          "第 18 个字符处的“{”开始了一个没有结束的占位符；字面的花括号请写作“{{”");
    }

    @Test
    void control_bidi_and_invisible_characters_and_surrounding_white_space_are_refused() {
      // rule: CMP-01 — the pattern's literal text is part of every number, so it is identifier
      // text (issue 9 item 5); the empty pattern has no serial.
      assertEquals(List.of("must not start or end with white space"),
          englishProblems(" {yy}{MM}-{serial}"));
      assertEquals(List.of("must not start or end with white space",
          "must not contain a control character (U+000A, character 18)"),
          englishProblems("{yy}{MM}-{serial}\n"));
      assertEquals(List.of("must not contain a control character (U+0009, character 5)"),
          englishProblems("{yy}\t{MM}-{serial}"));
      assertEquals(List.of("must not contain a bidi control character (U+202E, character 9)"),
          englishProblems("{yy}{MM}\u202E-{serial}"));
      assertEquals(List.of("must not contain an invisible format character (U+200B, character 1)"),
          englishProblems("\u200B{yy}{MM}-{serial}"));
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme(""));
      assertEquals("rules.numbering.pattern.serialCount", e.violations().get(0).message().key());
      assertEquals("不能包含双向文本控制字符（U+202E，第 9 个字符）", assertThrows(InvalidInputException.class,
          () -> scheme("{yy}{MM}\u202E-{serial}")).violations().get(0).message().chinese());
    }

    private List<String> englishProblems(String pattern) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> scheme(pattern));
      assertTrue(e.violations().stream().allMatch(v -> v.path().equals("pattern")));
      return e.violations().stream().map(v -> v.message().render(Locale.ENGLISH)).toList();
    }

    @Test
    void every_structural_problem_is_listed_at_once() {
      // rule: CMP-01
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> scheme("{MM}{dd}{dd}"));
      assertEquals(List.of("rules.numbering.pattern.monthWithoutYear",
              "rules.numbering.pattern.repeated", "rules.numbering.pattern.serialCount"),
          e.violations().stream().map(v -> v.message().key()).toList());
      assertEquals("Invalid input (3 problem(s)): pattern: the month token {MM} needs a year token"
          + " ({yy}, {yyyy}) in the same pattern (rejected value: \"{MM}{dd}{dd}\"); pattern: the"
          + " token {dd} appears 2 times; each token may appear only once (rejected value:"
          + " \"{MM}{dd}{dd}\"); pattern: must contain exactly one serial token ({serial},"
          + " {serial:N}), found 0 (rejected value: \"{MM}{dd}{dd}\")",
          e.getMessage(Locale.ENGLISH));
    }

    @Test
    void a_two_digit_year_base_must_keep_its_hundred_years_in_the_supported_range() {
      // rule: CMP-01 — reliability: two-digit years stand for years of 1900 to 2300 only.
      for (int bad : new int[] {1899, 2202, 0, 9900}) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI).twoDigitYearBase(bad)
                .build());
        Violation v = e.violations().get(0);
        assertEquals("twoDigitYearBase", v.path());
        assertEquals(Integer.toString(bad), v.rejectedValue().orElseThrow());
        assertEquals("must be a year from 1900 to 2201, so that the hundred years that two-digit"
            + " years stand for lie in the supported years 1900 to 2300",
            v.message().render(Locale.ENGLISH));
        assertEquals("必须是 1900 到 2201 之间的年份，使两位年份所代表的一百年位于支持的 1900 至 2300 年之内",
            v.message().render(Locale.SIMPLIFIED_CHINESE));
      }
      assertEquals(2201, NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .twoDigitYearBase(2201).build().twoDigitYearBase());
      assertEquals(1900, NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
          .twoDigitYearBase(1900).build().twoDigitYearBase());
    }
  }
}
