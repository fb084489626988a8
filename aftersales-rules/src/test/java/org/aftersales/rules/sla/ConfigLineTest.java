package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.TranslationAssertions;
import org.aftersales.rules.support.RulesMessages;
import org.junit.jupiter.api.Test;

class ConfigLineTest {

  @Test
  void comments_blank_lines_and_surrounding_space_are_ignored_and_line_numbers_kept() {
    List<ConfigLine> lines = ConfigLine.parse(
        "# calendar\r\n\nzone Asia/Shanghai   # the office\r"
            + "\tholiday\u30002026-10-01  2026-10-07 国庆节\n  #only a comment\nmodel A#1\n");
    assertEquals(List.of("3: zone Asia/Shanghai", "4: holiday\u30002026-10-01  2026-10-07 国庆节",
        "6: model A#1"), lines.stream().map(ConfigLine::toString).toList());
    assertEquals("holiday", lines.get(1).keyword());
    assertEquals(List.of("2026-10-01", "2026-10-07", "国庆节"), lines.get(1).arguments());
    assertEquals(List.of("A#1"), lines.get(2).arguments());
  }

  @Test
  void a_refused_line_is_named_by_number_and_text_in_both_languages() {
    ConfigLine line = ConfigLine.parse("\n\nweekly MON\n").get(0);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> line.requireArgumentCount(2, Integer.MAX_VALUE));
    assertEquals("line 3", e.violations().get(0).path());
    assertEquals("Invalid input (1 problem(s)): line 3: expects 2+ argument(s) after \"weekly\", "
        + "found 1 (rejected value: \"weekly MON\")", e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（1 个问题）： line 3：“weekly”之后应有 2+ 个参数，实际为 1 个"
        + "（被拒绝的值：“weekly MON”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    InvalidInputException unknown = line.unknownKeyword(List.of("zone", "holiday"));
    assertEquals("line 3: unknown keyword \"weekly\"; expected one of: zone, holiday "
        + "(rejected value: \"weekly MON\")", unknown.violations().get(0).render(Locale.ENGLISH));
  }

  @Test
  void argument_counts_within_range_pass() {
    ConfigLine line = ConfigLine.parse("holiday 2026-10-01 2026-10-07").get(0);
    assertEquals(line, line.requireArgumentCount(1, 3));
    assertEquals(line, line.requireArgumentCount(2, 2));
    assertThrows(InvalidInputException.class, () -> line.requireArgumentCount(3, 4));
    assertThrows(InvalidInputException.class, () -> line.requireArgumentCount(0, 1));
  }

  @Test
  void the_rules_bundle_is_completely_translated() {
    TranslationAssertions.assertCompletelyTranslated(RulesMessages.BUNDLE);
  }
}
