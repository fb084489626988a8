package org.aftersales.rules.numbering;

import java.time.LocalDate;
import java.time.YearMonth;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.rules.numbering.NumberPattern.DateField;
import org.aftersales.rules.numbering.NumberPattern.DateToken;
import org.aftersales.rules.numbering.NumberPattern.Literal;
import org.aftersales.rules.numbering.NumberPattern.Segment;
import org.aftersales.rules.numbering.NumberPattern.SerialToken;
import org.aftersales.rules.support.RulesMessages;

/**
 * The reading side of a {@link NumberingScheme}: reads one printed number back into its period
 * and serial, left to right, naming the first problem with its 1-based position. Package-private;
 * one instance per call of {@link NumberingScheme#parse(CharSequence)}, so its cursor and the
 * parts read so far are never shared.
 */
final class NumberReader {

  private static final String MAX_SERIAL = Long.toString(Long.MAX_VALUE);

  private final NumberPattern compiled;
  private final SeriesId series;
  private final int twoDigitYearBase;
  private final Overflow overflow;
  private final String text;
  private int pos;
  private int year = PeriodUnit.ALL_START.getYear();
  private int month = 1;
  private int day = 1;
  private int dayPosition;
  private long serial;

  private NumberReader(NumberPattern compiled, SeriesId series, int twoDigitYearBase,
      Overflow overflow, String text) {
    this.compiled = compiled;
    this.series = series;
    this.twoDigitYearBase = twoDigitYearBase;
    this.overflow = overflow;
    this.text = text;
  }

  /**
   * Reads {@code text} as a number of the scheme described by the other arguments.
   *
   * @throws InvalidInputException (path {@code number}) naming the first problem
   */
  static DocumentNumber read(NumberPattern compiled, SeriesId series, int twoDigitYearBase,
      Overflow overflow, String text) {
    return new NumberReader(compiled, series, twoDigitYearBase, overflow, text).read();
  }

  private DocumentNumber read() {
    for (Segment segment : compiled.segments()) {
      if (segment instanceof Literal literal) {
        expect(literal.text());
      } else if (segment instanceof DateToken date) {
        readDate(date.field());
      } else if (segment instanceof SerialToken serialToken) {
        readSerial(serialToken.width());
      } else {
        expect(series.value());
      }
    }
    PeriodUnit unit = compiled.unit();
    if (unit == PeriodUnit.DAY && day > YearMonth.of(year, month).lengthOfMonth()) {
      String yearMonth = NumberText.digits(year, 4) + "-" + NumberText.digits(month, 2);
      throw month == 2 && day == 29
          ? malformed("rules.numbering.parse.notLeapYear", "position", dayPosition,
              "month", yearMonth, "year", NumberText.digits(year, 4))
          : malformed("rules.numbering.parse.dayNotInMonth", "value", NumberText.digits(day, 2),
              "position", dayPosition, "month", yearMonth);
    }
    if (pos < text.length()) {
      throw malformed("rules.numbering.parse.trailing", "found",
          message("rules.numbering.parse.found.text", "text", text.substring(pos)),
          "position", pos + 1);
    }
    // Parts the pattern does not print keep their start values — 1900, January, the 1st — so
    // this is the first day of the period: PeriodUnit.ALL_START when there is no date token.
    LocalDate start = LocalDate.of(year, month, day);
    return DocumentNumber.of(series, text, unit.keyOf(start), start, serial);
  }

  private void expect(String literal) {
    if (!text.startsWith(literal, pos)) {
      throw malformed("rules.numbering.parse.literal", "expected", literal, "position", pos + 1,
          "found", found(literal.length()));
    }
    pos += literal.length();
  }

  private void readDate(DateField field) {
    int start = pos;
    int value = 0;
    for (int i = 0; i < field.digits; i++) {
      if (pos + i >= text.length() || !NumberText.isDigit(text.charAt(pos + i))) {
        throw malformed("rules.numbering.parse.digits", "count", field.digits,
            "part", message(field.partKey), "position", pos + 1, "found", found(field.digits));
      }
      value = value * 10 + (text.charAt(pos + i) - '0');
    }
    pos += field.digits;
    String written = text.substring(start, pos);
    switch (field) {
      case YEAR4 -> {
        // A number is printed only for a supported date, so no other year can be read back.
        if (value < SupportedTime.FIRST_YEAR || value > SupportedTime.LAST_YEAR) {
          throw malformed("rules.numbering.parse.yearUnsupported", "value", written,
              "position", start + 1, "first", SupportedTime.FIRST_YEAR,
              "last", SupportedTime.LAST_YEAR);
        }
        year = value;
      }
      case YEAR2 -> year = twoDigitYearBase + Math.floorMod(value - twoDigitYearBase, 100);
      case MONTH -> {
        if (value < 1 || value > 12) {
          throw malformed("rules.numbering.parse.month", "value", written, "position", start + 1);
        }
        month = value;
      }
      case DAY -> {
        if (value < 1 || value > 31) {
          throw malformed("rules.numbering.parse.day", "value", written, "position", start + 1);
        }
        day = value;
        dayPosition = start + 1;
      }
    }
  }

  private void readSerial(int width) {
    int start = pos;
    while (pos < text.length() && NumberText.isDigit(text.charAt(pos))) {
      pos++;
    }
    String digits = text.substring(start, pos);
    int count = digits.length();
    if (count == 0) {
      throw malformed("rules.numbering.parse.serialMissing", "width", width,
          "position", start + 1, "found", found(width));
    }
    if (count < width) {
      throw malformed("rules.numbering.parse.serialTooShort", "digits", digits,
          "position", start + 1, "count", count, "width", width);
    }
    int firstSignificant = 0;
    while (firstSignificant < count - 1 && digits.charAt(firstSignificant) == '0') {
      firstSignificant++;
    }
    String significant = digits.substring(firstSignificant);
    if (significant.length() > MAX_SERIAL.length()
        || (significant.length() == MAX_SERIAL.length() && significant.compareTo(MAX_SERIAL) > 0)) {
      throw malformed("rules.numbering.parse.serialTooLarge", "digits", digits,
          "position", start + 1, "max", MAX_SERIAL);
    }
    serial = Long.parseLong(significant);
    if (serial == 0) {
      throw malformed("rules.numbering.parse.serialZero", "digits", digits,
          "position", start + 1);
    }
    if (count > width && overflow == Overflow.REFUSE) {
      throw malformed("rules.numbering.parse.serialTooLong", "digits", digits,
          "position", start + 1, "count", count, "width", width);
    }
    if (count > width && digits.charAt(0) == '0') {
      throw malformed("rules.numbering.parse.serialLeadingZeros", "digits", digits,
          "position", start + 1, "width", width, "canonical", NumberText.digits(serial, width));
    }
  }

  /**
   * What stands at the current position: up to {@code length} characters (1 or more), or the
   * end.
   */
  private LocalizableMessage found(int length) {
    if (pos >= text.length()) {
      return message("rules.numbering.parse.found.end");
    }
    int end = Math.min(text.length(), pos + length);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      // Never half of a surrogate pair (an emoji, a rare 汉字): show the whole character.
      end++;
    }
    return message("rules.numbering.parse.found.text", "text", text.substring(pos, end));
  }

  private InvalidInputException malformed(String key, Object... namesAndValues) {
    return InvalidInputException.of("number", message(key, namesAndValues), text);
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }
}
