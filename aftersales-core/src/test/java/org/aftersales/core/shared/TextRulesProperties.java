package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The two text policies over generated text: a forbidden character put anywhere into good text is
 * found and named at the position where the test put it; any text at all is either accepted
 * unchanged or refused with the library's bilingual error, never with another exception.
 *
 * <p>rule: issue 9 item 5 (identifiers and names refuse control, bidi-override and zero-width
 * characters).
 */
class TextRulesProperties {

  /** Characters both policies refuse, listed from the brief and the Unicode tables. */
  private static final List<Integer> ALWAYS_FORBIDDEN = List.of(0x00, 0x07, 0x0B, 0x1B, 0x7F, 0x85,
      0x9F, 0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
      0x2069, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF);
  /** Characters refused in identifiers and names only. */
  private static final List<Integer> IDENTIFIER_ONLY = List.of(0x09, 0x0A, 0x0D, 0x200B, 0x200C,
      0x200D, 0x2060, 0xFEFF, 0x00AD, 0x2028, 0x2029, 0xE0001);

  /** Good identifier text: letters, digits, 汉字, supplementary letters, inner spaces. */
  @Provide
  Arbitrary<List<Integer>> goodIdentifier() {
    Arbitrary<Integer> inner = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.integers().between('a', 'z')),
        Tuple.of(5, Arbitraries.integers().between('0', '9')),
        Tuple.of(5, Arbitraries.integers().between(0x4E00, 0x9FFF)),
        Tuple.of(3, Arbitraries.integers().between(0x20000, 0x2A6DF)),
        Tuple.of(2, Arbitraries.of((int) ' ', (int) '-', (int) '/', 0x3000)));
    return inner.list().ofMinSize(2).ofMaxSize(30)
        .map(cps -> {
          // Letters at both ends, so the text neither is blank nor has white space at an end.
          cps.set(0, (int) 'A');
          cps.set(cps.size() - 1, (int) 'Z');
          return cps;
        });
  }

  private static String text(List<Integer> codePoints) {
    StringBuilder out = new StringBuilder();
    codePoints.forEach(out::appendCodePoint);
    return out.toString();
  }

  @Property(tries = 500)
  void good_identifier_text_is_accepted_unchanged(@ForAll("goodIdentifier") List<Integer> cps) {
    String text = text(cps);
    assertSame(text, TextRules.requireIdentifierText("id", text, 30));
    assertSame(text, TextRules.requireFreeText("remark", text, 30));
  }

  @Property(tries = 1000)
  void a_forbidden_character_anywhere_is_named_with_its_code_point_and_position(
      @ForAll("goodIdentifier") List<Integer> cps, @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll("forbidden") int bad) {
    // Between the first and the last character, so that white space is never at an end.
    int index = 1 + where % (cps.size() - 1);
    List<Integer> withBad = new java.util.ArrayList<>(cps);
    withBad.add(index, bad);
    String text = text(withBad);
    // The test's own idea of the position: 1-based, counted in code points. A surrogate put next to
    // a supplementary letter stays a separate unit, since the letter's pair is complete.
    String expected = String.format("must not contain %s (U+%04X, character %d)",
        IDENTIFIER_ONLY.contains(bad) ? kindOfIdentifierOnly(bad) : kindOfAlwaysForbidden(bad),
        bad, index + 1);
    List<Violation> found = TextRules.identifierTextViolations("id", text, 31);
    assertEquals(List.of(expected), found.stream().map(v -> v.message().english()).toList(), text);
    List<Violation> free = TextRules.freeTextViolations("remark", text, 31);
    if (ALWAYS_FORBIDDEN.contains(bad)) {
      assertEquals(List.of(expected), free.stream().map(v -> v.message().english()).toList());
    } else {
      assertEquals(List.of(), free, "free text allows U+" + Integer.toHexString(bad));
    }
  }

  @Provide
  Arbitrary<Integer> forbidden() {
    List<Integer> all = new java.util.ArrayList<>(ALWAYS_FORBIDDEN);
    all.addAll(IDENTIFIER_ONLY);
    return Arbitraries.of(all);
  }

  private static String kindOfAlwaysForbidden(int cp) {
    if (cp <= 0x9F) {
      return "a control character";
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return "an unpaired surrogate";
    }
    if (Set.of(0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF).contains(cp)) {
      return "a Unicode noncharacter";
    }
    return "a bidi control character";
  }

  private static String kindOfIdentifierOnly(int cp) {
    if (cp <= 0x0D) {
      return "a control character";
    }
    return cp == 0x2028 || cp == 0x2029 ? "a line or paragraph separator"
        : "an invisible format character";
  }

  @Property(tries = 1000)
  void any_text_is_accepted_unchanged_or_refused_with_the_library_error_in_both_languages(
      @ForAll("anyText") String text) {
    for (boolean identifier : new boolean[] {true, false}) {
      try {
        String accepted = identifier ? TextRules.requireIdentifierText("f", text, 100)
            : TextRules.requireFreeText("f", text, 100);
        assertSame(text, accepted);
        // Accepted text has nothing invisible that the policy forbids (checked from the tables).
        text.codePoints().forEach(cp -> assertTrue(!ALWAYS_FORBIDDEN.contains(cp)
            && !(identifier && IDENTIFIER_ONLY.contains(cp)) && Character.getType(cp) != Character.SURROGATE,
            () -> "accepted U+" + Integer.toHexString(cp)));
      } catch (InvalidInputException e) {
        assertTrue(e.violations().stream().allMatch(v -> v.path().equals("f")));
        assertTrue(e.getMessage().contains(" / 输入无效"), e.getMessage());
      }
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return new SafeTextProperties().anyText();
  }
}
