package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.aftersales.core.servicelevel.Milestone;
import org.junit.jupiter.api.Test;

/**
 * Identifiers and names refuse control, bidi, zero-width and other invisible characters and name
 * the first one by code point and position, in both languages; free text allows line breaks and
 * tabs but nothing else invisible that could reorder or hide text.
 *
 * <p>rule: issue 9 item 5 (identifiers and names refuse control, bidi-override and zero-width
 * characters).
 */
class TextRulesTest {

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(v -> v.message().key()).toList();
  }

  private static Violation onlyViolation(Runnable action) {
    InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
    assertEquals(1, e.violations().size(), e.getMessage());
    return e.violations().get(0);
  }

  @Test
  void an_identifier_with_a_right_to_left_override_names_it_by_code_point_and_position() {
    Violation v = onlyViolation(() -> TextRules.requireIdentifierText("orderNo", "AB\u202Ecba", 20));
    assertEquals("orderNo", v.path());
    assertEquals("must not contain a bidi control character (U+202E, character 3)",
        v.message().english());
    assertEquals("不能包含双向文本控制字符（U+202E，第 3 个字符）", v.message().chinese());
    assertEquals("AB\\u202ecba", v.rejectedValue().orElseThrow(), "shown escaped");
  }

  @Test
  void every_kind_of_invisible_character_is_refused_in_identifiers_with_its_own_name() {
    Map<String, String> kinds = Map.ofEntries(
        Map.entry("a\u0000b", "a control character (U+0000, character 2)"),
        Map.entry("a\u0085b", "a control character (U+0085, character 2)"),
        Map.entry("a\u200Bb", "an invisible format character (U+200B, character 2)"),
        Map.entry("a\u200Db", "an invisible format character (U+200D, character 2)"),
        Map.entry("a\u2060b", "an invisible format character (U+2060, character 2)"),
        Map.entry("\uFEFFab", "an invisible format character (U+FEFF, character 1)"),
        Map.entry("a\u00ADb", "an invisible format character (U+00AD, character 2)"),
        Map.entry("a\u061Cb", "a bidi control character (U+061C, character 2)"),
        Map.entry("a\u200Eb", "a bidi control character (U+200E, character 2)"),
        Map.entry("a\u200Fb", "a bidi control character (U+200F, character 2)"),
        Map.entry("a\u202Ab", "a bidi control character (U+202A, character 2)"),
        Map.entry("a\u2066b", "a bidi control character (U+2066, character 2)"),
        Map.entry("a\u2069b", "a bidi control character (U+2069, character 2)"),
        Map.entry("a\u2028b", "a line or paragraph separator (U+2028, character 2)"),
        Map.entry("a\u2029b", "a line or paragraph separator (U+2029, character 2)"),
        Map.entry("a\uD800b", "an unpaired surrogate (U+D800, character 2)"),
        Map.entry("ab\uDC00", "an unpaired surrogate (U+DC00, character 3)"),
        Map.entry("a\uFFFEb", "a Unicode noncharacter (U+FFFE, character 2)"),
        Map.entry("a\uFDD0b", "a Unicode noncharacter (U+FDD0, character 2)"),
        // After an emoji (two UTF-16 units, one code point) the position counts code points.
        Map.entry("\uD83D\uDE00\uDB40\uDC01", "an invisible format character (U+E0001, character 2)"));
    kinds.forEach((text, kind) -> assertEquals("must not contain " + kind,
        onlyViolation(() -> TextRules.requireIdentifierText("id", text, 20)).message().english(),
        text));
  }

  @Test
  void only_the_first_forbidden_character_is_named_with_length_and_white_space_beside_it() {
    List<Violation> found = TextRules.identifierTextViolations("id", " a\u0000\u202E" + "x".repeat(10), 8);
    assertEquals(List.of("core.identifier.tooLong", "core.identifier.whitespace", "core.text.forbidden"),
        keys(new InvalidInputException(found).violations()));
    assertEquals("must not contain a control character (U+0000, character 3)",
        new InvalidInputException(found).violations().get(2).message().english());
  }

  @Test
  void identifier_text_is_not_blank_and_has_no_white_space_of_any_kind_at_its_ends() {
    for (String blank : List.of("", " ", "\u3000", "\u00A0", " \t ")) {
      assertEquals(List.of("core.identifier.blank"), keys(TextRules.identifierTextViolations("id", blank, 5)),
          "blank: [" + blank + "]");
    }
    for (String padded : List.of(" a", "a ", "\u00A0a", "a\u3000", "a\u2007")) {
      assertEquals(List.of("core.identifier.whitespace"),
          keys(TextRules.identifierTextViolations("id", padded, 5)), "padded: [" + padded + "]");
    }
    assertEquals(List.of(), TextRules.identifierTextViolations("id", "a b\u3000c", 5), "inside is fine");
  }

  @Test
  void length_is_counted_in_code_points_so_an_emoji_or_a_rare_hanzi_counts_once() {
    String fourEmoji = "\uD83D\uDE00".repeat(4); // 8 UTF-16 units, 4 code points
    assertSame(fourEmoji, TextRules.requireIdentifierText("id", fourEmoji, 4));
    Violation tooLong = onlyViolation(() -> TextRules.requireIdentifierText("id", fourEmoji + "a", 4));
    assertEquals("must be at most 4 characters long, but has 5", tooLong.message().english());
    assertEquals("最多 4 个字符，实际为 5 个", tooLong.message().chinese());
    String rareHanzi = "\uD840\uDC0B"; // 𠀋, U+2000B
    assertSame(rareHanzi, TextRules.requireIdentifierText("id", rareHanzi, 1));
    assertEquals(List.of(), TextRules.freeTextViolations("remark", "abc", 3));
    assertEquals(List.of("core.identifier.tooLong"), keys(TextRules.freeTextViolations("remark", "abcd", 3)));
  }

  @Test
  void free_text_allows_line_breaks_tabs_joiners_and_emptiness_but_no_other_controls_or_bidi() {
    String letter = "第一行\r\n\t第二行 👨\u200D👩\u200D👧 فارسی\u200Cها\u2028";
    assertSame(letter, TextRules.requireFreeText("remark", letter, 100));
    assertSame("", TextRules.requireFreeText("remark", "", 0));
    assertEquals(" padded ", TextRules.requireFreeText("remark", " padded ", 10));
    assertEquals("must not contain a control character (U+0000, character 4)",
        onlyViolation(() -> TextRules.requireFreeText("remark", "abc\u0000", 10)).message().english());
    assertEquals("must not contain a control character (U+001B, character 1)",
        onlyViolation(() -> TextRules.requireFreeText("remark", "\u001B[31m", 10)).message().english());
    assertEquals("must not contain a bidi control character (U+2067, character 2)",
        onlyViolation(() -> TextRules.requireFreeText("remark", "a\u2067b", 10)).message().english());
    assertEquals("must not contain an unpaired surrogate (U+DBFF, character 2)",
        onlyViolation(() -> TextRules.requireFreeText("remark", "a\uDBFF", 10)).message().english());
    assertEquals("must not contain a Unicode noncharacter (U+10FFFF, character 1)",
        onlyViolation(() -> TextRules.requireFreeText("remark", "\uDBFF\uDFFF", 10)).message().english());
  }

  @Test
  void the_policies_refuse_nonsense_bounds_as_programming_errors() {
    assertThrows(IllegalArgumentException.class, () -> TextRules.requireIdentifierText("id", "a", 0));
    assertThrows(IllegalArgumentException.class, () -> TextRules.requireFreeText("r", "", -1));
    assertThrows(NullPointerException.class, () -> TextRules.requireFreeText("r", null, 1));
    assertThrows(NullPointerException.class, () -> TextRules.requireIdentifierText(null, "a", 1));
  }

  @Test
  void every_identifier_type_and_every_configured_name_uses_the_identifier_policy() {
    Violation id = onlyViolation(() -> RequestId.of("req\u200B1"));
    assertEquals("RequestId", id.path());
    assertEquals("core.text.forbidden", id.message().key());
    InvalidInputException names = assertThrows(InvalidInputException.class,
        () -> Milestone.of("SITE_VISIT", "site\u202Evisit", " 上门"));
    assertEquals(List.of("chinese", "english"), names.violations().stream().map(Violation::path).toList());
    assertEquals("chinese: must not start or end with white space (rejected value: \" 上门\")",
        names.violations().get(0).render(java.util.Locale.ENGLISH));
    assertTrue(Milestone.of("SITE_VISIT", "site visit", "上门").displayName().bilingual()
        .equals("site visit / 上门"));
    assertFalse(TextRules.isBidiControl('a'));
    assertEquals("U+1F600", TextRules.codePointName(0x1F600));
    assertEquals("U+0009", TextRules.codePointName('\t'));
  }
}
