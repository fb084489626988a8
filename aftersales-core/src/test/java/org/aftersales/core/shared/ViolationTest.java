package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One thing wrong with an input: how it reads and where it sorts. */
class ViolationTest {

  static final LocalizableMessage NEGATIVE = MessageBundle.CORE.message("core.version.negative");

  @Test
  void a_violation_reads_with_or_without_path_and_rejected_value_in_both_languages() {
    Violation both = Violation.of("fee", NEGATIVE, -1);
    assertEquals("fee: must not be negative (rejected value: \"-1\")", both.render(Locale.ENGLISH));
    assertEquals("fee：不能为负数（被拒绝的值：“-1”）", both.render(Locale.SIMPLIFIED_CHINESE));
    Violation pathOnly = Violation.of("fee", NEGATIVE);
    assertEquals("fee: must not be negative", pathOnly.render(Locale.ENGLISH));
    assertEquals("fee：不能为负数", pathOnly.render(Locale.SIMPLIFIED_CHINESE));
    Violation valueOnly = Violation.of("", NEGATIVE, "-2");
    assertEquals("must not be negative (rejected value: \"-2\")", valueOnly.render(Locale.ENGLISH));
    assertEquals("不能为负数（被拒绝的值：“-2”）", valueOnly.render(Locale.SIMPLIFIED_CHINESE));
    Violation neither = Violation.of("", NEGATIVE);
    assertEquals("must not be negative", neither.render(Locale.ENGLISH));
    assertEquals("不能为负数", neither.render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void the_rejected_value_is_kept_as_safe_text_never_as_the_object() {
    assertEquals(Optional.of("null"), Violation.of("x", NEGATIVE, null).rejectedValue());
    assertEquals(Optional.of("a\\u000ab"), Violation.of("x", NEGATIVE, "a\nb").rejectedValue());
    assertEquals(Optional.of("CNY 1.00"), Violation.of("x", NEGATIVE, Money.parse("CNY 1.00")).rejectedValue());
    assertEquals(Optional.of("x".repeat(200) + "…[201]"),
        Violation.of("x", NEGATIVE, "x".repeat(201)).rejectedValue());
    assertEquals(Optional.empty(), Violation.of("x", NEGATIVE).rejectedValue());
  }

  @Test
  void paths_compare_as_text_with_runs_of_digits_by_value() {
    assertTrue(Violation.comparePaths("line 3", "line 12") < 0);
    assertTrue(Violation.comparePaths("line 12", "line 3") > 0);
    assertTrue(Violation.comparePaths("x0", "x1") < 0);
    assertTrue(Violation.comparePaths("x1", "x0") > 0);
    assertTrue(Violation.comparePaths("x9", "x10") < 0);
    assertTrue(Violation.comparePaths("x10", "x9") > 0);
    assertTrue(Violation.comparePaths("x12", "x21") < 0);
    assertTrue(Violation.comparePaths("x0", "x00") < 0, "equal values: the shorter text first");
    assertTrue(Violation.comparePaths("x00", "x0") > 0);
    assertTrue(Violation.comparePaths("x007", "x7") > 0);
    assertTrue(Violation.comparePaths("x007", "x8") < 0);
    assertTrue(Violation.comparePaths("a", "ab") < 0);
    assertTrue(Violation.comparePaths("ab", "a") > 0);
    assertTrue(Violation.comparePaths("a", "b") < 0);
    assertTrue(Violation.comparePaths("", "a") < 0);
    assertTrue(Violation.comparePaths("a1", "aa") < 0, "a digit sorts as its character against a letter");
    assertTrue(Violation.comparePaths("items[2].b", "items[2].a") > 0);
    // Same values, same length: the text decides, so the order is total and never ties.
    assertTrue(Violation.comparePaths("a01b2", "a1b02") < 0);
    assertTrue(Violation.comparePaths("a1b02", "a01b2") > 0);
    assertEquals(0, Violation.comparePaths("items[10].qty", "items[10].qty"));
    assertEquals(0, Violation.comparePaths("", ""));
  }

  @Test
  void violations_sort_by_path_then_key_then_rejected_value_then_english_text_whatever_the_input_order() {
    Violation first = Violation.of("", NEGATIVE);
    Violation line3 = Violation.of("line 3", NEGATIVE);
    Violation line3a = Violation.of("line 3a", NEGATIVE);
    Violation line12Blank = Violation.of("line 12", MessageBundle.CORE.message("core.identifier.blank"));
    Violation line12NoValue = Violation.of("line 12", NEGATIVE);
    Violation line12A = Violation.of("line 12", NEGATIVE, "a");
    Violation line12B = Violation.of("line 12", NEGATIVE, "b");
    Violation tooLong9 = Violation.of("line 12", MessageBundle.CORE.message("core.identifier.tooLong",
        "max", 8, "length", 9), "z");
    Violation tooLong10 = Violation.of("line 12", MessageBundle.CORE.message("core.identifier.tooLong",
        "max", 8, "length", 10), "z");
    // core.identifier.* sorts before core.version.*; "…but has 10" before "…but has 9" as text.
    List<Violation> expected = List.of(first, line3, line3a, line12Blank, tooLong10, tooLong9,
        line12NoValue, line12A, line12B);
    List<Violation> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    assertEquals(expected, new InvalidInputException(shuffled).violations());
    Collections.shuffle(shuffled, new java.util.Random(8));
    assertEquals(expected, new InvalidInputException(shuffled).violations());
    assertTrue(line3.compareTo(line12A) < 0);
    assertEquals(0, line12A.compareTo(Violation.of("line 12", NEGATIVE, "a")));
  }
}
