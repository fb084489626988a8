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

  @Test
  void the_tests_really_run_under_both_jvm_defaults() {
    String defaults = Locale.getDefault().toLanguageTag() + " " + TimeZone.getDefault().getID();
    assertTrue(List.of("en-US UTC", "zh-CN Pacific/Kiritimati").contains(defaults), defaults);
  }

  @Test
  void english_is_english_even_when_the_jvm_speaks_chinese() {
    InvalidInputException e = assertThrows(() -> Money.of(new BigDecimal("1.234"), Currency.getInstance("CNY")));
    assertEquals("Invalid input (1 problem(s)): amount: has more decimal places than CNY allows (2); "
        + "pass a RoundingMode to round it (rejected value: \"1.234\")", e.getMessage(Locale.ENGLISH));
    assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.US));
    assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.FRENCH),
        "a language without texts reads English, never the JVM default");
  }

  @Test
  void chinese_is_chinese_even_when_the_jvm_speaks_english() {
    InvalidInputException e = assertThrows(() -> Money.of(new BigDecimal("1.234"), Currency.getInstance("CNY")));
    assertEquals("输入无效（1 个问题）： amount：小数位数超过 CNY 允许的位数（2 位）；如需舍入请传入 RoundingMode"
        + "（被拒绝的值：“1.234”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertEquals(e.getMessage(Locale.SIMPLIFIED_CHINESE), e.getMessage(Locale.CHINESE));
  }

  @Test
  void get_message_gives_english_then_chinese() {
    NotFoundException e = new NotFoundException(
        MessageBundle.CORE.message("core.identifier.blank"), "C-1");
    assertEquals(e.getMessage(Locale.ENGLISH) + " / " + e.getMessage(Locale.SIMPLIFIED_CHINESE),
        e.getMessage());
  }

  private static InvalidInputException assertThrows(Runnable r) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, r::run);
  }
}
