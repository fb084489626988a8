package org.aftersales.rules.numbering;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * A compiled numbering pattern: the sequence of literal texts and tokens of a pattern such as
 * {@code {yy}{MM}{serial:2}}, checked. Immutable and thread-safe. Package-private; the syntax is
 * documented on {@link NumberingScheme}.
 */
final class NumberPattern {

  /** The widest serial token, {@code {serial:18}}: every 18-digit serial fits in a {@code long}. */
  static final int MAX_WIDTH = 18;

  /** The serial width of {@code {serial}}. */
  static final int DEFAULT_WIDTH = 2;

  private static final Pattern SERIAL_WIDTH = Pattern.compile("serial:([1-9][0-9]?)");
  private static final String KNOWN_TOKENS =
      "{yy}, {yyyy}, {MM}, {dd}, {serial}, {serial:N}, {series}";

  /** The date tokens. */
  enum DateField {
    /** {@code {yy}}: the last two digits of the year. */
    YEAR2("{yy}", 2, "rules.numbering.part.year"),
    /** {@code {yyyy}}: the year, four digits. */
    YEAR4("{yyyy}", 4, "rules.numbering.part.year"),
    /** {@code {MM}}: the month, 01 to 12. */
    MONTH("{MM}", 2, "rules.numbering.part.month"),
    /** {@code {dd}}: the day of the month, 01 to 31. */
    DAY("{dd}", 2, "rules.numbering.part.day");

    final String token;
    final int digits;
    final String partKey;

    DateField(String token, int digits, String partKey) {
      this.token = token;
      this.digits = digits;
      this.partKey = partKey;
    }
  }

  /** One part of a pattern. */
  sealed interface Segment permits Literal, DateToken, SerialToken, SeriesToken {}

  /**
   * Literal text, braces unescaped.
   *
   * @param text the text printed as it is; never empty
   */
  record Literal(String text) implements Segment {}

  /**
   * A date token.
   *
   * @param field which part of the date
   * @param position the 1-based position of the token in the pattern
   */
  record DateToken(DateField field, int position) implements Segment {}

  /**
   * The serial token.
   *
   * @param width the minimum number of digits
   * @param token the token as written, e.g. {@code {serial:3}}
   * @param position the 1-based position of the token in the pattern
   */
  record SerialToken(int width, String token, int position) implements Segment {}

  /**
   * The {@code {series}} token.
   *
   * @param position the 1-based position of the token in the pattern
   */
  record SeriesToken(int position) implements Segment {}

  private final ImmutableList<Segment> segments;
  private final PeriodUnit unit;
  private final int serialWidth;
  private final boolean twoDigitYear;

  private NumberPattern(List<Segment> segments) {
    this.segments = ImmutableList.copyOf(segments);
    Map<DateField, Integer> counts = dateCounts(segments);
    this.unit = counts.containsKey(DateField.DAY) ? PeriodUnit.DAY
        : counts.containsKey(DateField.MONTH) ? PeriodUnit.MONTH
        : counts.containsKey(DateField.YEAR2) || counts.containsKey(DateField.YEAR4)
            ? PeriodUnit.YEAR : PeriodUnit.ALL;
    int width = DEFAULT_WIDTH;
    for (Segment segment : segments) {
      if (segment instanceof SerialToken serial) {
        width = serial.width();
      }
    }
    this.serialWidth = width;
    this.twoDigitYear = counts.containsKey(DateField.YEAR2);
  }

  /**
   * Compiles {@code pattern}, or lists everything wrong with it.
   *
   * @param pattern the pattern text
   * @param violations receives every problem, with path {@code pattern}
   * @return the compiled pattern, or {@code null} if {@code violations} received any
   */
  static NumberPattern compile(String pattern, List<Violation> violations) {
    int before = violations.size();
    if (!pattern.isEmpty()) {
      // Literal text of the pattern ends up in every document number: identifier text, so no
      // control, bidi or invisible character can hide in a number (no length limit of its own).
      violations.addAll(TextRules.identifierTextViolations("pattern", pattern, Integer.MAX_VALUE));
    }
    List<Segment> segments = lex(pattern, violations);
    if (violations.size() == before) {
      checkStructure(pattern, segments, violations);
    }
    return violations.size() == before ? new NumberPattern(segments) : null;
  }

  /** The parts, in order; adjacent literal texts are merged. */
  List<Segment> segments() {
    return segments;
  }

  /** The period unit: that of the finest date token. */
  PeriodUnit unit() {
    return unit;
  }

  /** The minimum number of serial digits. */
  int serialWidth() {
    return serialWidth;
  }

  /** Whether the year is printed with two digits. */
  boolean twoDigitYear() {
    return twoDigitYear;
  }

  private static List<Segment> lex(String pattern, List<Violation> violations) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < n && pattern.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        violations.add(problem(pattern, message("rules.numbering.pattern.loneClosingBrace",
            "position", i + 1)));
        i++;
      } else if (c == '{') {
        int close = pattern.indexOf('}', i + 1);
        int nextOpen = pattern.indexOf('{', i + 1);
        // Unclosed: no "}" at all, or another "{" before it.
        if (close == -1 || (nextOpen != -1 && nextOpen < close)) {
          violations.add(problem(pattern, message("rules.numbering.pattern.unclosedBrace",
              "position", i + 1)));
          i++;
        } else {
          if (literal.length() > 0) {
            segments.add(new Literal(literal.toString()));
            literal.setLength(0);
          }
          Segment token = token(pattern.substring(i, close + 1), i + 1, pattern, violations);
          if (token != null) {
            segments.add(token);
          }
          i = close + 1;
        }
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      segments.add(new Literal(literal.toString()));
    }
    return segments;
  }

  private static Segment token(String token, int position, String pattern,
      List<Violation> violations) {
    String name = token.substring(1, token.length() - 1);
    for (DateField field : DateField.values()) {
      if (field.token.equals(token)) {
        return new DateToken(field, position);
      }
    }
    if (name.equals("series")) {
      return new SeriesToken(position);
    }
    if (name.equals("serial")) {
      return new SerialToken(DEFAULT_WIDTH, token, position);
    }
    if (name.startsWith("serial:")) {
      Matcher m = SERIAL_WIDTH.matcher(name);
      if (m.matches() && Integer.parseInt(m.group(1)) <= MAX_WIDTH) {
        return new SerialToken(Integer.parseInt(m.group(1)), token, position);
      }
      violations.add(problem(pattern, message("rules.numbering.pattern.serialWidth",
          "token", token, "position", position, "max", MAX_WIDTH)));
      return null;
    }
    violations.add(problem(pattern, message("rules.numbering.pattern.unknownToken",
        "token", token, "position", position, "expected", KNOWN_TOKENS)));
    return null;
  }

  private static void checkStructure(String pattern, List<Segment> segments,
      List<Violation> violations) {
    Map<DateField, Integer> dates = dateCounts(segments);
    long serials = segments.stream().filter(s -> s instanceof SerialToken).count();
    long seriesTokens = segments.stream().filter(s -> s instanceof SeriesToken).count();
    if (serials != 1) {
      violations.add(problem(pattern, message("rules.numbering.pattern.serialCount",
          "tokens", "{serial}, {serial:N}", "count", serials)));
    }
    int years = dates.getOrDefault(DateField.YEAR2, 0) + dates.getOrDefault(DateField.YEAR4, 0);
    if (years > 1) {
      violations.add(problem(pattern, message("rules.numbering.pattern.yearCount",
          "tokens", "{yy}, {yyyy}", "count", years)));
    }
    for (DateField field : List.of(DateField.MONTH, DateField.DAY)) {
      if (dates.getOrDefault(field, 0) > 1) {
        violations.add(problem(pattern, message("rules.numbering.pattern.repeated",
            "token", field.token, "count", dates.get(field))));
      }
    }
    if (seriesTokens > 1) {
      violations.add(problem(pattern, message("rules.numbering.pattern.repeated",
          "token", "{series}", "count", seriesTokens)));
    }
    if (dates.containsKey(DateField.MONTH) && years == 0) {
      violations.add(problem(pattern, message("rules.numbering.pattern.monthWithoutYear",
          "token", DateField.MONTH.token, "tokens", "{yy}, {yyyy}")));
    }
    if (dates.containsKey(DateField.DAY) && !dates.containsKey(DateField.MONTH)) {
      violations.add(problem(pattern, message("rules.numbering.pattern.dayWithoutMonth",
          "token", DateField.DAY.token, "month", DateField.MONTH.token)));
    }
    for (int k = 0; k < segments.size(); k++) {
      if (segments.get(k) instanceof SerialToken serial && k + 1 < segments.size()) {
        Segment next = segments.get(k + 1);
        if (!(next instanceof Literal literal) || NumberText.isDigit(literal.text().charAt(0))) {
          violations.add(problem(pattern, message("rules.numbering.pattern.serialFollowed",
              "token", serial.token(), "position", serial.position(), "next", written(next))));
        }
      }
    }
  }

  /** How a segment is written in a pattern (for messages). */
  private static String written(Segment segment) {
    if (segment instanceof Literal literal) {
      return literal.text().replace("{", "{{").replace("}", "}}");
    }
    if (segment instanceof DateToken date) {
      return date.field().token;
    }
    if (segment instanceof SerialToken serial) {
      return serial.token();
    }
    return "{series}";
  }

  private static Map<DateField, Integer> dateCounts(List<Segment> segments) {
    Map<DateField, Integer> counts = new EnumMap<>(DateField.class);
    for (Segment s : segments) {
      if (s instanceof DateToken date) {
        counts.merge(date.field(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  private static Violation problem(String pattern, LocalizableMessage message) {
    return Violation.of("pattern", message, pattern);
  }
}
