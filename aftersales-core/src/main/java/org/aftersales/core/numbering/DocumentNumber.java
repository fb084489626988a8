package org.aftersales.core.numbering;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A document number as issued (单据编号), e.g. the complaint number {@code 261107}: its printed
 * text and the parts it was made from — the series, the period (canonical key and first day) and
 * the serial within the period.
 *
 * <p>Two numbers are equal if series and text are equal. They sort chronologically: by series,
 * then by the first day of their period, then by serial as a number (so {@code 261199} comes
 * before {@code 2611100}, though text order would put it after), then by text. For the numbers of
 * one scheme a text always has the same period and serial, so the order is consistent with
 * {@code equals}. A series whose serial never
 * restarts has the period key {@code ALL} and the period start 0001-01-01. Immutable and
 * thread-safe.
 */
public final class DocumentNumber implements Comparable<DocumentNumber> {

  private static final Comparator<DocumentNumber> ORDER = Comparator
      .comparing(DocumentNumber::series)
      .thenComparing(DocumentNumber::periodStart)
      .thenComparingLong(DocumentNumber::serial)
      .thenComparing(DocumentNumber::text);

  /** The series and the period key, validated once. */
  private final SequenceKey key;
  private final String text;
  private final LocalDate periodStart;
  private final long serial;

  private DocumentNumber(SequenceKey key, String text, LocalDate periodStart, long serial) {
    this.key = key;
    this.text = text;
    this.periodStart = periodStart;
    this.serial = serial;
  }

  /**
   * A number with its parts, as produced by a numbering scheme.
   *
   * @param series the series
   * @param text the printed number
   * @param periodKey the canonical period key (see {@link SequenceKey})
   * @param periodStart the first day of the period
   * @param serial the serial within the period, 1 or more
   * @return the number
   * @throws InvalidInputException if the text is blank, the period key malformed (see
   *     {@link SequenceKey}) or the serial not positive
   */
  public static DocumentNumber of(SeriesId series, String text, String periodKey,
      LocalDate periodStart, long serial) {
    return of(new SequenceKey(series, periodKey), text, periodStart, serial);
  }

  /**
   * A number with its parts, for a scheme that already holds the counter key its serial was
   * allocated under (so the key is validated once, not again for every number).
   *
   * @param key the series and the canonical period key
   * @param text the printed number
   * @param periodStart the first day of the period
   * @param serial the serial within the period, 1 or more
   * @return the number
   * @throws InvalidInputException if the text is blank or the serial not positive
   */
  public static DocumentNumber of(SequenceKey key, String text, LocalDate periodStart,
      long serial) {
    requireNonNull(key, "key");
    requireNonNull(text, "text");
    requireNonNull(periodStart, "periodStart");
    if (text.isBlank()) {
      throw InvalidInputException.of("text", MessageBundle.CORE.message("core.identifier.blank"),
          text);
    }
    if (serial < 1) {
      throw InvalidInputException.of("serial",
          MessageBundle.CORE.message("core.numbering.serialNotPositive"), serial);
    }
    return new DocumentNumber(key, text, periodStart, serial);
  }

  /**
   * The series.
   *
   * @return the series
   */
  public SeriesId series() {
    return key.series();
  }

  /**
   * The printed number.
   *
   * @return e.g. {@code 261107}
   */
  public String text() {
    return text;
  }

  /**
   * The canonical key of the period the number belongs to.
   *
   * @return e.g. {@code 2026-11}
   */
  public String periodKey() {
    return key.period();
  }

  /**
   * The first day of the period, in the business zone of the scheme that issued the number.
   *
   * @return e.g. 2026-11-01
   */
  public LocalDate periodStart() {
    return periodStart;
  }

  /**
   * The serial within the period.
   *
   * @return 1 or more
   */
  public long serial() {
    return serial;
  }

  /**
   * The counter key this number's serial was allocated under.
   *
   * @return series and period key
   */
  public SequenceKey sequenceKey() {
    return key;
  }

  /**
   * Chronological order (see the class comment).
   *
   * @param other another number
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DocumentNumber other) {
    return ORDER.compare(this, other);
  }

  /**
   * Equal if series and text are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentNumber that && that.key.series().equals(key.series())
        && that.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key.series(), text);
  }

  /**
   * The printed number.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
