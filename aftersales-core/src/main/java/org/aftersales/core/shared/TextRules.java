package org.aftersales.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The library's two policies for text that comes from outside (文本规则): <b>identifier text</b>
 * for identifiers, codes and names, and <b>free text</b> for remarks, descriptions and other prose.
 * Both keep out what a database would refuse or a reader could not see, so that text is validated
 * before anything is drawn or stored, and both measure length in code points (what PostgreSQL and
 * MySQL count for {@code varchar(n)}; a character outside the Basic Multilingual Plane, such as an
 * emoji or a rare 汉字, counts once).
 *
 * <table class="striped">
 *   <caption>What each policy refuses</caption>
 *   <thead><tr><th>Refused</th><th>identifier text</th><th>free text</th></tr></thead>
 *   <tbody>
 *     <tr><td>empty or only white space</td><td>yes</td><td>no</td></tr>
 *     <tr><td>more code points than the given maximum</td><td>yes</td><td>yes</td></tr>
 *     <tr><td>C0 and C1 control characters (category Cc), including NUL</td><td>yes, all</td>
 *         <td>yes, except tab, line feed and carriage return</td></tr>
 *     <tr><td>bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069</td>
 *         <td>yes</td><td>yes</td></tr>
 *     <tr><td>other format characters (category Cf): zero-width space, joiners, U+2060, the
 *         byte-order mark U+FEFF, …</td><td>yes</td><td>no (joiners are part of some scripts and
 *         emoji)</td></tr>
 *     <tr><td>line and paragraph separators U+2028, U+2029</td><td>yes</td><td>no</td></tr>
 *     <tr><td>surrogates not part of a pair</td><td>yes</td><td>yes</td></tr>
 *     <tr><td>noncharacters U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF (not allowed in XML)</td>
 *         <td>yes</td><td>yes</td></tr>
 *     <tr><td>white space at the start or the end (including U+00A0 and U+3000)</td><td>yes</td>
 *         <td>no</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Each problem is reported once, as a {@link Violation} whose path is the field's name and whose
 * bilingual message names the first offending character by its code point ({@code U+202E}) and its
 * position (1-based, counted in code points). The check methods throw one
 * {@link InvalidInputException} with every problem found; the {@code …Violations} methods return
 * them, so that a caller can collect the problems of several fields into one exception.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextRules {

  private TextRules() {}

  /**
   * Checks identifier text (an ID, a code, a name): not blank, at most {@code maxLength} code
   * points, no control, format (bidi, zero-width), separator, noncharacter or unpaired surrogate
   * character, no white space at either end.
   *
   * @param path the field's name, used as the violation's path
   * @param value the text
   * @param maxLength the longest allowed text, in code points; at least 1
   * @return {@code value}, unchanged
   * @throws InvalidInputException listing every problem found
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static String requireIdentifierText(String path, String value, int maxLength) {
    return throwIfAny(value, identifierTextViolations(path, value, maxLength));
  }

  /**
   * Checks free text (a remark, a description): at most {@code maxLength} code points, no control
   * character other than tab, line feed and carriage return, no bidi control, noncharacter or
   * unpaired surrogate. Empty text is allowed.
   *
   * @param path the field's name, used as the violation's path
   * @param value the text
   * @param maxLength the longest allowed text, in code points; at least 0
   * @return {@code value}, unchanged
   * @throws InvalidInputException listing every problem found
   * @throws IllegalArgumentException if {@code maxLength} is negative
   */
  public static String requireFreeText(String path, String value, int maxLength) {
    return throwIfAny(value, freeTextViolations(path, value, maxLength));
  }

  /**
   * The problems of identifier text (see {@link #requireIdentifierText(String, String, int)}):
   * blank text is only reported as blank; otherwise too long, the first forbidden character and
   * white space at an end are each reported once, in that order.
   *
   * @param path the field's name, used as the violation's path
   * @param value the text
   * @param maxLength the longest allowed text, in code points; at least 1
   * @return the violations, empty if the text is acceptable; unmodifiable
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static List<Violation> identifierTextViolations(String path, String value, int maxLength) {
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    checkArgument(maxLength >= 1, "maxLength must be at least 1, was %s", maxLength);
    if (allSpace(value)) {
      return ImmutableList.of(
          Violation.of(path, MessageBundle.CORE.message("core.identifier.blank"), value));
    }
    List<Violation> found = new ArrayList<>(3);
    tooLong(path, value, maxLength, found);
    forbidden(path, value, true, found);
    if (isSpace(value.codePointAt(0))
        || isSpace(value.codePointBefore(value.length()))) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.whitespace"),
          value));
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The problems of free text (see {@link #requireFreeText(String, String, int)}): too long and
   * the first forbidden character, each reported once.
   *
   * @param path the field's name, used as the violation's path
   * @param value the text
   * @param maxLength the longest allowed text, in code points; at least 0
   * @return the violations, empty if the text is acceptable; unmodifiable
   * @throws IllegalArgumentException if {@code maxLength} is negative
   */
  public static List<Violation> freeTextViolations(String path, String value, int maxLength) {
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    checkArgument(maxLength >= 0, "maxLength must not be negative, was %s", maxLength);
    List<Violation> found = new ArrayList<>(2);
    tooLong(path, value, maxLength, found);
    forbidden(path, value, false, found);
    return ImmutableList.copyOf(found);
  }

  private static String throwIfAny(String value, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return value;
  }

  private static void tooLong(String path, String value, int maxLength, List<Violation> found) {
    // Counting code points is only needed when the UTF-16 length could exceed the maximum.
    if (value.length() > maxLength) {
      int length = value.codePointCount(0, value.length());
      if (length > maxLength) {
        found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.tooLong",
            "max", maxLength, "length", length), value));
      }
    }
  }

  private static void forbidden(String path, String value, boolean identifier,
      List<Violation> found) {
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      position++;
      String kind = forbiddenKind(codePoint, identifier);
      if (kind != null) {
        found.add(Violation.of(path, MessageBundle.CORE.message("core.text.forbidden",
            "kind", MessageBundle.CORE.message(kind),
            "codePoint", codePointName(codePoint), "position", position), value));
        return;
      }
      i += Character.charCount(codePoint);
    }
  }

  /** The message key naming what kind of forbidden character this is, or null if it is allowed. */
  private static String forbiddenKind(int codePoint, boolean identifier) {
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL) {
      boolean lineOrTab = codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
      return identifier || !lineOrTab ? "core.text.char.control" : null;
    }
    if (type == Character.SURROGATE) {
      // codePointAt returns a surrogate only when it is not part of a well-formed pair.
      return "core.text.char.surrogate";
    }
    if (isBidiControl(codePoint)) {
      return "core.text.char.bidi";
    }
    if (isNoncharacter(codePoint)) {
      return "core.text.char.noncharacter";
    }
    if (identifier && type == Character.FORMAT) {
      return "core.text.char.format";
    }
    if (identifier && (type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR)) {
      return "core.text.char.separator";
    }
    return null;
  }

  /**
   * Whether the code point is one of the characters that change the direction of text: the Arabic
   * letter mark, the left-to-right and right-to-left marks, embeddings, overrides and isolates.
   *
   * @param codePoint a code point
   * @return true for U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069
   */
  public static boolean isBidiControl(int codePoint) {
    return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
  }

  /** White space in the widest sense: Java white space or any Unicode space (U+00A0, U+3000). */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** True for the empty text too. */
  private static boolean allSpace(String value) {
    return value.codePoints().allMatch(TextRules::isSpace);
  }

  /**
   * The Unicode name of a code point's number: {@code U+} and four to six upper-case hexadecimal
   * digits, e.g. {@code U+202E}.
   *
   * @param codePoint a code point
   * @return the text, e.g. {@code "U+0000"} or {@code "U+1F600"}
   */
  public static String codePointName(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }
}
