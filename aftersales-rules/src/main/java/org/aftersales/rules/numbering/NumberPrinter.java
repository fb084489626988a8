package org.aftersales.rules.numbering;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.rules.numbering.NumberPattern.DateField;
import org.aftersales.rules.numbering.NumberPattern.DateToken;
import org.aftersales.rules.numbering.NumberPattern.Literal;
import org.aftersales.rules.numbering.NumberPattern.Segment;
import org.aftersales.rules.numbering.NumberPattern.SerialToken;
import org.aftersales.rules.numbering.NumberPattern.SeriesToken;
import org.aftersales.rules.support.RulesMessages;

/**
 * The writing side of a {@link NumberingScheme}: turns a business timestamp into its period and
 * prints a serial in it. Package-private; immutable and thread-safe — it keeps no cache: every
 * call computes the period from the timestamp (the zone's offset at that instant, then epoch-day
 * arithmetic, as {@link LocalDate#ofInstant} does) and prints the whole number into one string.
 */
final class NumberPrinter {

  /** The rule a refused overflow names. */
  static final RuleId RULE = RuleId.of("CMP-01");

  private final SeriesId series;
  private final ZoneId businessZone;
  private final ZoneRules rules;
  private final Overflow overflow;
  private final int twoDigitYearBase;
  private final boolean twoDigitYear;
  private final PeriodUnit unit;
  private final int serialWidth;
  private final long maxSerialInWidth;
  /** The pattern's segments as an array: printing walks it once per number. */
  private final Segment[] segments;
  /** How many characters every number prints besides its serial. */
  private final int lengthWithoutSerial;

  NumberPrinter(SeriesId series, ZoneId businessZone, Overflow overflow, int twoDigitYearBase,
      NumberPattern compiled) {
    this.series = series;
    this.businessZone = businessZone;
    this.rules = businessZone.getRules();
    this.overflow = overflow;
    this.twoDigitYearBase = twoDigitYearBase;
    this.twoDigitYear = compiled.twoDigitYear();
    this.unit = compiled.unit();
    this.serialWidth = compiled.serialWidth();
    long max = 1;
    for (int i = 0; i < serialWidth; i++) {
      max *= 10;
    }
    this.maxSerialInWidth = max - 1;
    this.segments = compiled.segments().toArray(new Segment[0]);
    int length = 0;
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        length += literal.text().length();
      } else if (segment instanceof DateToken date) {
        length += date.field().digits;
      } else if (segment instanceof SeriesToken) {
        length += series.value().length();
      }
    }
    this.lengthWithoutSerial = length;
  }

  /** The one period of a timestamp, from its date in the business zone. */
  Period periodOf(Instant businessTimestamp) {
    LocalDate date = businessDate(requireNonNull(businessTimestamp, "businessTimestamp"));
    int year = date.getYear();
    if (twoDigitYear && (year < twoDigitYearBase || year > twoDigitYearBase + 99)) {
      throw InvalidInputException.of("businessTimestamp",
          message("rules.numbering.year.outsideTwoDigitWindow", "year", year,
              "zone", businessZone, "token", DateField.YEAR2.token,
              "from", twoDigitYearBase, "to", twoDigitYearBase + 99),
          businessTimestamp);
    }
    LocalDate start = unit.startOf(date);
    String key = unit.keyOf(start);
    return new Period(start, key, new SequenceKey(series, key));
  }

  /**
   * The local date of {@code businessTimestamp} in the business zone: the offset the zone's rules
   * give for that instant, added to the epoch second, divided into epoch days. Both the instant
   * and its local date must lie in the {@linkplain SupportedTime supported range}: a timestamp
   * of the year 0026 typed for 2026 is refused, not numbered as {@code 0026…}.
   */
  private LocalDate businessDate(Instant businessTimestamp) {
    if (!SupportedTime.contains(businessTimestamp)) {
      throw outOfRange(businessTimestamp, businessTimestamp);
    }
    long localSeconds = businessTimestamp.getEpochSecond()
        + rules.getOffset(businessTimestamp).getTotalSeconds();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(localSeconds, 86_400L));
    if (!SupportedTime.contains(date)) {
      throw outOfRange(businessTimestamp, date);
    }
    return date;
  }

  private InvalidInputException outOfRange(Instant businessTimestamp, Object shown) {
    return InvalidInputException.of("businessTimestamp",
        message("rules.numbering.year.outOfRange", "date", shown, "zone", businessZone,
            "first", SupportedTime.FIRST_DATE, "last", SupportedTime.LAST_DATE),
        businessTimestamp);
  }

  /**
   * Prints {@code serial} in {@code period}. A serial below 1 is refused by {@link
   * DocumentNumber#of(SequenceKey, String, LocalDate, long)} (path {@code serial}).
   */
  DocumentNumber print(Period period, long serial) {
    if (serial > maxSerialInWidth && overflow == Overflow.REFUSE) {
      throw new RuleRefusalException(RULE, message("rules.numbering.overflow",
          "serial", serial, "series", series, "period", period.key(),
          "width", serialWidth, "max", maxSerialInWidth));
    }
    LocalDate start = period.start();
    int serialDigits = Math.max(serialWidth, NumberText.digitCount(serial));
    // One exactly sized array, one string: this runs for every number issued.
    char[] text = new char[lengthWithoutSerial + serialDigits];
    int at = 0;
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        String literalText = literal.text();
        literalText.getChars(0, literalText.length(), text, at);
        at += literalText.length();
      } else if (segment instanceof DateToken date) {
        DateField field = date.field();
        at = NumberText.putDigits(text, at, dateValue(field, start), field.digits);
      } else if (segment instanceof SerialToken) {
        at = NumberText.putDigits(text, at, serial, serialDigits);
      } else {
        String seriesText = series.value();
        seriesText.getChars(0, seriesText.length(), text, at);
        at += seriesText.length();
      }
    }
    return DocumentNumber.of(period.sequenceKey(), new String(text), start, serial);
  }

  private static int dateValue(DateField field, LocalDate start) {
    return switch (field) {
      case YEAR2 -> start.getYear() % 100;
      case YEAR4 -> start.getYear();
      case MONTH -> start.getMonthValue();
      case DAY -> start.getDayOfMonth();
    };
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }
}
