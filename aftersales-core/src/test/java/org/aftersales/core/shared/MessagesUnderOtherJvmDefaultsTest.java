package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Messages come out in the language asked for, whatever the JVM's default locale. Surefire runs
 * this class twice (tag {@code jvm-defaults}): once under en_US/UTC and once under
 * zh_CN/Pacific/Kiritimati, so each language is rendered under a default that is the other one.
 */
@Tag("jvm-defaults")
class MessagesUnderOtherJvmDefaultsTest {

  static final String ENGLISH_TEXT = "Invalid input (1 problem(s)): amount: has more decimal places"
      + " than CNY allows (2); pass a RoundingMode to round it (rejected value: \"1.234\")";
  static final String CHINESE_TEXT = "输入无效（1 个问题）： amount：小数位数超过 CNY 允许的位数（2 位）；"
      + "如需舍入请传入 RoundingMode（被拒绝的值：“1.234”）";

  @Test
  void the_tests_really_run_under_both_jvm_defaults() {
    String defaults = Locale.getDefault().toLanguageTag() + " " + TimeZone.getDefault().getID();
    assertTrue(List.of("en-US UTC", "zh-CN Pacific/Kiritimati").contains(defaults), defaults);
  }

  @Test
  void english_is_english_even_when_the_jvm_speaks_chinese() {
    InvalidInputException e = assertThrows(() -> Money.of(new BigDecimal("1.234"), Currency.getInstance("CNY")));
    assertEquals(ENGLISH_TEXT, e.getMessage(Locale.ENGLISH));
    assertEquals(ENGLISH_TEXT, e.getMessage(Locale.US));
    assertEquals(ENGLISH_TEXT, e.getMessage(Locale.FRENCH),
        "a language without texts reads English, never the JVM default");
  }

  @Test
  void chinese_is_chinese_even_when_the_jvm_speaks_english() {
    InvalidInputException e = assertThrows(() -> Money.of(new BigDecimal("1.234"), Currency.getInstance("CNY")));
    assertEquals(CHINESE_TEXT, e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertEquals(CHINESE_TEXT, e.getMessage(Locale.CHINESE));
  }

  @Test
  void get_message_gives_english_then_chinese() {
    NotFoundException e = new NotFoundException(
        MessageBundle.CORE.message("core.identifier.blank"), "C-1");
    assertEquals("No must not be blank with ID \"C-1\" was found / 未找到编号为“C-1”的不能为空",
        e.getMessage());
  }

  private static InvalidInputException assertThrows(Runnable r) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, r::run);
  }
}
