package org.aftersales.rules.numbering;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * A {@link DocumentNumbering} (编号发放) that prints with a {@link NumberingScheme} and takes its
 * serials from a {@link NumberSequences} counter per series and period — for the complaints of
 * CMP-01 a counter per month (年月流水):
 *
 * <pre>{@code
 * DocumentNumbering complaints = SequenceNumbering.of(
 *     NumberingScheme.seed(ZoneId.of("Asia/Shanghai")), mySequencesAdapter);
 * DocumentNumber number = complaints.next(acceptedAt);   // e.g. 261107
 * }</pre>
 *
 * <p>{@link #next(Instant)} computes the period of the business timestamp <b>once</b>, in the
 * scheme's business zone, and takes both the counter key and the printed date part from it, so a
 * number can never carry the month of one counter and the serial of another. Uniqueness, gaps and
 * what a rollback means are the port's guarantees (see {@link NumberSequences}): numbers are unique
 * whenever the adapter is; they are gapless only with a gapless adapter and a scheme that never
 * refuses.
 *
 * <p>Immutable and thread-safe if the adapter is; holds no state of its own.
 */
public final class SequenceNumbering implements DocumentNumbering {

  private final NumberingScheme scheme;
  private final NumberSequences sequences;

  private SequenceNumbering(NumberingScheme scheme, NumberSequences sequences) {
    this.scheme = scheme;
    this.sequences = sequences;
  }

  /**
   * Numbers with {@code scheme}, allocating serials from {@code sequences}.
   *
   * @param scheme how numbers are printed and read
   * @param sequences the counters, usually the host application's adapter over its database
   * @return the numbering
   */
  public static SequenceNumbering of(NumberingScheme scheme, NumberSequences sequences) {
    return new SequenceNumbering(requireNonNull(scheme, "scheme"),
        requireNonNull(sequences, "sequences"));
  }

  /**
   * The scheme numbers are printed and read with.
   *
   * @return the scheme
   */
  public NumberingScheme scheme() {
    return scheme;
  }

  /**
   * The scheme's series.
   *
   * @return the series
   */
  @Override
  public SeriesId series() {
    return scheme.series();
  }

  /**
   * Issues the next number for a document of {@code businessTimestamp}: computes its period once
   * (its date in the business zone), allocates the next serial of the counter
   * (series, period key) and prints both.
   *
   * @param businessTimestamp when the document came into being (for a complaint, its acceptance)
   * @return the new number, e.g. {@code 261107}; its sequence key is the key the serial was
   *     allocated under
   * @throws InvalidInputException if the timestamp has no printable period (see {@link
   *     NumberingScheme#periodKeyOf(Instant)}); nothing is allocated then
   * @throws RuleRefusalException (CMP-01) if the serial no longer fits and the scheme's overflow
   *     policy is {@link Overflow#REFUSE}; the allocated serial is used up (the port never takes a
   *     serial back), and so is every later serial of the period
   * @throws IllegalStateException if the adapter breaks its contract by returning a serial below 1
   */
  @Override
  public DocumentNumber next(Instant businessTimestamp) {
    Period period = scheme.periodOf(businessTimestamp);
    SequenceKey key = period.sequenceKey();
    long serial = sequences.next(key);
    if (serial < 1) {
      throw new IllegalStateException("NumberSequences adapter returned serial " + serial
          + " for " + key + "; serials start at 1");
    }
    return scheme.number(period, serial);
  }

  /**
   * Reads a printed number back, as {@link NumberingScheme#parse(CharSequence)}.
   *
   * @param text the printed number
   * @return the number with its period and serial
   * @throws InvalidInputException naming what is wrong if the text is not a number of this scheme
   */
  @Override
  public DocumentNumber parse(CharSequence text) {
    return scheme.parse(text);
  }

  /**
   * For logs.
   *
   * @return the scheme and the adapter
   */
  @Override
  public String toString() {
    return "SequenceNumbering[" + scheme + ", " + sequences + "]";
  }
}
