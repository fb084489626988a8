package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message that can be read in English and in Simplified Chinese (可本地化消息): a key of a
 * {@link MessageBundle} and named arguments.
 *
 * <p><b>Arguments are data, never templates.</b> When a message is rendered, each placeholder
 * {@code {name}} of the bundle's text is replaced by the argument of that name; the replacement is
 * inserted as it is and never scanned again, so text that came from a user (a customer's name, a
 * remark) cannot inject placeholders, {@code MessageFormat} patterns or expressions. Placeholders
 * without an argument are left in the text unchanged.
 *
 * <p>Argument values are turned into text when the message is created, independently of any
 * locale: {@link BigDecimal} in plain notation (in scientific notation if the plain text would
 * have more than {@value #MAX_ARGUMENT_LENGTH} digits), {@link Money} as {@code CNY 12.30}, a nested
 * {@code LocalizableMessage} is kept and rendered in the reader's locale, a collection becomes its
 * elements separated by {@code ", "}, anything else {@link String#valueOf(Object)}. Control,
 * format (bidi, zero-width) and line-separator characters, noncharacters and unpaired surrogates
 * are written as {@code \\u} and four hexadecimal digits, and text values longer than
 * {@value #MAX_ARGUMENT_LENGTH} characters (UTF-16 units, after escaping) are cut to at most that
 * many, followed by {@code "…[n]"} where n is the original length in code points; a cut falls
 * between whole characters, never inside a surrogate pair, an escape or a base character and its
 * combining marks. So a message is always one readable line of well-formed UTF-16, safe to log and
 * to put into JSON or XML.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class LocalizableMessage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The longest argument text kept, in UTF-16 units; longer text is cut and ends with "…[n]", n
   * being its original length in code points.
   */
  public static final int MAX_ARGUMENT_LENGTH = 200;

  /** The bundle of the text. */
  private final MessageBundle bundle;
  /** The key of the text. */
  private final String key;
  /** The arguments: text or nested messages. */
  private final ImmutableMap<String, Object> arguments;

  LocalizableMessage(MessageBundle bundle, String key, ImmutableMap<String, Object> arguments) {
    this.bundle = requireNonNull(bundle, "bundle");
    this.key = requireNonNull(key, "key");
    this.arguments = arguments;
  }

  /**
   * A message whose texts are given directly rather than looked up: {@code english} for English
   * readers, {@code chinese} for Chinese readers. For names an adopter configures (a custom
   * milestone, a zone of its own). Both texts are data (see the class comment) and must be
   * identifier text of at most {@value #MAX_ARGUMENT_LENGTH} code points (see
   * {@link TextRules#requireIdentifierText(String, String, int)}): a name shown to people has no
   * invisible, bidi or control characters, and longer text would be cut when shown.
   *
   * @param english the English text
   * @param chinese the Simplified Chinese text
   * @return the message
   * @throws InvalidInputException if either text is blank, too long, has white space at an end or
   *     a forbidden character; the paths are {@code english} and {@code chinese}
   */
  public static LocalizableMessage literal(String english, String chinese) {
    List<Violation> violations = new ArrayList<>(TextRules.identifierTextViolations(
        "english", requireNonNull(english, "english"), MAX_ARGUMENT_LENGTH));
    violations.addAll(TextRules.identifierTextViolations(
        "chinese", requireNonNull(chinese, "chinese"), MAX_ARGUMENT_LENGTH));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return MessageBundle.CORE.message("core.literal", "en", english, "zh", chinese);
  }

  /**
   * The bundle the text comes from.
   *
   * @return the bundle
   */
  public MessageBundle bundle() {
    return bundle;
  }

  /**
   * The key of the text in the bundle.
   *
   * @return the key, e.g. {@code core.money.tooPrecise}
   */
  public String key() {
    return key;
  }

  /**
   * The arguments by placeholder name, in the order given; each value is a {@link String} or a
   * nested {@code LocalizableMessage}.
   *
   * @return the arguments, unmodifiable
   */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /**
   * Renders the message for a reader of {@code locale} (see {@link MessageBundle} for the fallback
   * chain; the JVM's default locale plays no part). A key missing from the bundle renders as the
   * key followed by the arguments, so that a message is never lost.
   *
   * @param locale the reader's locale
   * @return the text with its placeholders replaced
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    return bundle.text(key, locale)
        .map(text -> substitute(text, locale))
        .orElseGet(() -> key + (arguments.isEmpty() ? "" : " " + renderedArguments(locale)));
  }

  /**
   * Renders the message in English.
   *
   * @return the English text
   */
  public String english() {
    return render(Locale.ENGLISH);
  }

  /**
   * Renders the message in Simplified Chinese (简体中文).
   *
   * @return the Chinese text
   */
  public String chinese() {
    return render(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * Renders the message in English, then in Chinese: {@code "English text / 中文文本"}. This is
   * what the library's exceptions return from {@link Throwable#getMessage()}.
   *
   * @return both texts, separated by {@code " / "}
   */
  public String bilingual() {
    return bilingual(english(), chinese());
  }

  static String bilingual(String english, String chinese) {
    return english.equals(chinese) ? english : english + " / " + chinese;
  }

  private String substitute(String text, Locale locale) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? placeholderEnd(text, i) : -1;
      if (close >= 0 && arguments.containsKey(text.substring(i + 1, close))) {
        out.append(renderValue(arguments.get(text.substring(i + 1, close)), locale));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int placeholderEnd(String text, int open) {
    int j = open + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '}') {
        return j > open + 1 ? j : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
        return -1;
      }
      j++;
    }
    return -1;
  }

  private String renderedArguments(Locale locale) {
    StringBuilder out = new StringBuilder();
    arguments.forEach((name, value) ->
        out.append(out.length() == 0 ? "" : ", ").append(name).append('=')
            .append(renderValue(value, locale)));
    return out.toString();
  }

  private static String renderValue(Object value, Locale locale) {
    return value instanceof LocalizableMessage nested ? nested.render(locale) : (String) value;
  }

  /** Turns an argument value into what is stored: a nested message, or safe one-line text. */
  static Object argumentValue(Object value) {
    if (value instanceof LocalizableMessage) {
      return value;
    }
    if (value instanceof Shown shown) {
      return shown.text();
    }
    if (value instanceof BigDecimal decimal) {
      return safeText(decimalText(decimal));
    }
    if (value instanceof Collection<?> collection) {
      StringBuilder joined = new StringBuilder();
      for (Object element : ImmutableList.copyOf(collection)) {
        Object text = element instanceof BigDecimal decimal
            ? decimalText(decimal) : String.valueOf(element);
        joined.append(joined.length() == 0 ? "" : ", ").append(text);
      }
      return safeText(joined.toString());
    }
    return safeText(String.valueOf(value));
  }

  /**
   * A decimal in plain notation, or in scientific notation if the plain text would be longer than
   * can be shown: a rejected "1e2147483647" must not become two billion zeros.
   */
  static String decimalText(BigDecimal decimal) {
    // Digits of the plain text: the unscaled digits, plus zeros for a negative scale, or at least
    // scale + 1 digits for a positive one. Computed in long: the scale may be near ±2^31.
    long digits = decimal.precision() + Math.max(0L, -(long) decimal.scale());
    digits = Math.max(digits, (long) decimal.scale() + 1);
    return digits > MAX_ARGUMENT_LENGTH ? decimal.toString() : decimal.toPlainString();
  }

  /**
   * Text that has already been made safe by {@link #safeText(String)} (a violation's stored rejected
   * value), so that passing it on as an argument does not escape or cut it a second time.
   */
  record Shown(String text) {}

  /**
   * The longest text {@link #safeText(String)} returns, in UTF-16 units: the kept
   * {@value #MAX_ARGUMENT_LENGTH} units, the ellipsis, and the original length in brackets (at most
   * ten digits, since a Java string has fewer than 2<sup>31</sup> code points).
   */
  static final int MAX_SHOWN_LENGTH = MAX_ARGUMENT_LENGTH + "…[]".length() + 10;

  /**
   * Makes user-supplied text safe to show in one line of a log, a JSON string or an XML text node.
   *
   * <ul>
   *   <li>Every code point that is invisible, moves the text or breaks the line is written as
   *       {@code \\u} and four lower-case hexadecimal digits (a supplementary one as the two
   *       escapes of its surrogate pair, as in JSON): controls (category Cc, including tab and line
   *       feed), format characters (Cf: bidi controls, zero-width characters, the byte-order mark),
   *       line and paragraph separators (U+2028, U+2029), the noncharacters (U+FDD0–U+FDEF and
   *       every U+xxFFFE, U+xxFFFF, which XML forbids), and surrogates that are not part of a pair.
   *       So the result is well-formed UTF-16.</li>
   *   <li>Text longer than {@value #MAX_ARGUMENT_LENGTH} UTF-16 units (after escaping) is cut to at
   *       most that many, then marked with {@code "…[n]"}, n being the length of the original text
   *       in code points. The cut falls between whole code points and escapes, never inside a
   *       surrogate pair, and before a base character rather than between it and the combining marks
   *       that follow it (an accent, a variation selector).</li>
   * </ul>
   *
   * @param text any text
   * @return the safe text, at most {@link #MAX_SHOWN_LENGTH} UTF-16 units long
   */
  static String safeText(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ARGUMENT_LENGTH) + 16);
    // Where the last base character (one that is not a combining mark) starts in "out".
    int clusterStart = 0;
    int i = 0;
    while (i < text.length()) {
      // Whole code points, so a cut never leaves half of a surrogate pair (an emoji, a rare 汉字).
      int codePoint = text.codePointAt(i);
      boolean mark = isCombiningMark(codePoint);
      String piece = mustEscape(codePoint) ? escape(codePoint) : Character.toString(codePoint);
      if (out.length() + piece.length() > MAX_ARGUMENT_LENGTH) {
        if (mark) {
          // Do not leave a base character without the marks that belong to it.
          out.setLength(clusterStart);
        }
        return out.append("…[")
            .append(text.codePointCount(0, text.length())).append(']').toString();
      }
      if (!mark) {
        clusterStart = out.length();
      }
      out.append(piece);
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether the code point is invisible, reorders text, breaks a line or is not valid in XML. */
  static boolean mustEscape(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
  }

  private static String escape(int codePoint) {
    StringBuilder escaped = new StringBuilder(12);
    for (char unit : Character.toChars(codePoint)) {
      escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
    }
    return escaped.toString();
  }

  /**
   * Two messages are equal if they have the same bundle, key and arguments.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizableMessage that
        && bundle.equals(that.bundle) && key.equals(that.key) && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, arguments);
  }

  /**
   * Returns {@link #bilingual()}.
   *
   * @return the English and the Chinese text
   */
  @Override
  public String toString() {
    return bilingual();
  }
}
