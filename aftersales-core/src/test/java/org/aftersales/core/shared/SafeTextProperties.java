package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A rejected value shown in a message is always one line of well-formed UTF-16 that a log, a JSON
 * string and an XML text node can carry, whatever text was rejected: any code point including
 * supplementary ones, unpaired surrogates, controls, bidi and zero-width characters, combining
 * marks, and text far longer than the limit.
 *
 * <p>rule: issue 9 item 5 (messages safe to log and to serialise). The checks below are written
 * from the Unicode and XML definitions, not from the code under test.
 */
class SafeTextProperties {

  /** Everything but the backslash, so that every backslash in the shown text starts an escape. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(10, Arbitraries.integers().between(0x00, 0x1F)),
        Tuple.of(5, Arbitraries.integers().between(0x7F, 0x9F)),
        Tuple.of(10, Arbitraries.of(0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A,
            0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
            0x2028, 0x2029, 0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF, 0xE0001)),
        Tuple.of(10, Arbitraries.integers().between(0xD800, 0xDFFF)),
        Tuple.of(10, Arbitraries.integers().between(0x0300, 0x036F)),
        Tuple.of(10, Arbitraries.integers().between(0x4E00, 0x9FFF)),
        Tuple.of(10, Arbitraries.integers().between(0x10000, 0x10FFFF)),
        Tuple.of(5, Arbitraries.integers().between(0, 0x10FFFF)))
        .map(cp -> cp == '\\' ? '/' : cp);
    return codePoint.list().ofMinSize(0).ofMaxSize(400).map(codePoints -> {
      StringBuilder text = new StringBuilder();
      // A surrogate value appends a lone UTF-16 unit; two in a row may happen to form a pair.
      codePoints.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  @Property(tries = 2000)
  void shown_text_is_well_formed_utf16_without_invisible_or_line_breaking_characters(
      @ForAll("anyText") String text) {
    String shown = LocalizableMessage.safeText(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1)),
            "high surrogate without its low half at " + i);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "low surrogate without its high half at " + i);
      }
    }
    shown.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      assertFalse(type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
          () -> "shows U+" + Integer.toHexString(cp));
      // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
      assertTrue(cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000,
          () -> "not an XML character: U+" + Integer.toHexString(cp));
    });
  }

  @Property(tries = 2000)
  void shown_text_is_the_unescaped_start_of_the_original_and_a_cut_names_its_length(
      @ForAll("anyText") String text) {
    String shown = LocalizableMessage.safeText(text);
    long codePoints = text.codePoints().count();
    Matcher marker = Pattern.compile("…\\[(\\d+)]$").matcher(shown);
    boolean cut = marker.find();
    String kept = cut ? shown.substring(0, marker.start()) : shown;
    String original = unescape(kept);
    assertTrue(text.startsWith(original), "the shown text is the start of the original");
    assertEquals(cut, original.length() < text.length(), "marked exactly when something is left out");
    // 200 units kept at most, then "…[" and the count and "]".
    assertTrue(shown.length() <= 200 + (cut ? 3 + String.valueOf(codePoints).length() : 0));
    if (cut) {
      assertEquals(String.valueOf(codePoints), marker.group(1));
      int next = text.codePointAt(original.length());
      // Never between a base character and its combining marks (unless the text begins with marks).
      assertTrue(original.isEmpty() || !isMark(next), "cut before a combining mark");
      // As much as fits is kept: the next piece (at most a 12-unit escaped pair) does not fit,
      // unless the cut stepped back over a base character and its marks.
      assertTrue(kept.length() > 200 - 12 || isMarkFollowing(text, original.length()),
          "cut early: kept " + kept.length());
    }
  }

  @Property(tries = 300)
  void an_exception_message_about_any_rejected_text_is_one_line_in_both_languages(
      @ForAll("anyText") String text) {
    InvalidInputException e = InvalidInputException.of("remark",
        MessageBundle.CORE.message("core.identifier.blank"), text);
    String message = e.getMessage();
    assertTrue(message.startsWith("Invalid input (1 problem(s)): remark: must not be blank"));
    assertTrue(message.contains(" / 输入无效（1 个问题）： remark：不能为空"));
    assertTrue(message.codePoints().noneMatch(cp -> cp < 0x20 || cp >= 0x7F && cp <= 0x9F
        || cp == 0x2028 || cp == 0x2029));
    // The stored value appears as it was stored: rendering does not escape or cut it again.
    assertTrue(message.contains("\"" + e.violations().get(0).rejectedValue().orElseThrow() + "\""));
  }

  /** After the cut position, the original continues with marks up to some point: a stepped-back cut. */
  private static boolean isMarkFollowing(String text, int index) {
    for (int i = index; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isMark(cp)) {
        return true;
      }
      if (i > index) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return List.of((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK,
        (int) Character.COMBINING_SPACING_MARK).contains(type);
  }

  private static String unescape(String shown) {
    Matcher escape = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(shown);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(out, "");
      out.append((char) Integer.parseInt(escape.group(1), 16));
    }
    escape.appendTail(out);
    return out.toString();
  }
}
