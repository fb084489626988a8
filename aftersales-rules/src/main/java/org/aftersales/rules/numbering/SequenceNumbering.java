package org.aftersales.rules.numbering;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
 * <h2>The last business date, remembered</h2>
 * Numbers are usually issued one after another on the same business day, and working out the
 * period of a timestamp (the zone's offset at the instant, the local date, the period key) is most
 * of what issuing a number costs besides the counter. So a numbering remembers the period of the
 * last business date it saw, together with the exact range of instants, in whole epoch seconds
 * {@code [from, until)}, that have that date in the business zone: the local day, cut at any
 * change of the zone's offset (a daylight-saving or legislated change) inside it, so that the
 * offset is the same over the whole range and every instant in it has that date. A timestamp in
 * the range takes the remembered period; any other timestamp has its period worked out as if
 * nothing were remembered. The range is worked out only for a timestamp in the period of the memo
 * or of the last timestamp the memo did not cover (numbers come in runs), so that timestamps that
 * jump around (imports, back-dated documents) pay almost nothing for it.
 *
 * <p>This memo <b>never changes a result</b>: every number, key and refusal is the one the scheme
 * gives for the timestamp alone ({@link NumberingScheme#number(Instant, long)}), whatever was
 * issued before and in whatever order. It is <b>thread-safe</b>: the memo is one immutable
 * snapshot (range and period together) in a {@code volatile} field, always replaced whole, never
 * changed in place; threads that race replace each other's snapshots, each of which is correct on
 * its own, so at worst a thread works out a period again. (Beside it, the period of the last
 * timestamp it did not cover is kept as a hint of whether to work out a range, and only for that.)
 * It is not part of the value of the numbering (not in {@link #toString()}) and holds no more than
 * two periods.
 *
 * <p>Thread-safe if the adapter is.
 */
public final class SequenceNumbering implements DocumentNumbering {

  private static final long SECONDS_PER_DAY = 86_400L;

  private final NumberingScheme scheme;
  private final NumberSequences sequences;
  /** The business zone's rules: offsets and their changes, for the memo's range. */
  private final ZoneRules rules;
  /**
   * The memo: the last period seen and the instants known to share it (see the class comment);
   * {@code null} until the first number. Replaced whole, never changed.
   */
  private transient volatile LastPeriod last;
  /**
   * The period of the last timestamp the memo did not cover, only to tell whether the next one
   * shares it (then its range is worth working out). A plain field and a benign race, as
   * {@link String}'s hash: a {@link Period} is immutable with final fields, so a thread reads
   * either {@code null} or a whole period, and a stale or lost hint only means that a range is
   * worked out one timestamp later or once more. It never decides a result.
   */
  private transient Period lastMissed;

  private SequenceNumbering(NumberingScheme scheme, NumberSequences sequences) {
    this.scheme = scheme;
    this.sequences = sequences;
    this.rules = scheme.businessZone().getRules();
  }

  /**
   * An immutable snapshot of the memo: {@code period} is the period of every instant from epoch
   * second {@code from} (inclusive) to epoch second {@code until} (exclusive).
   */
  private record LastPeriod(long from, long until, Period period) {

    /** Whether {@code epochSecond}, and so every instant within that second, lies in the range. */
    boolean covers(long epochSecond) {
      return epochSecond >= from && epochSecond < until;
    }
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
    Period period = periodOf(businessTimestamp);
    SequenceKey key = period.sequenceKey();
    long serial = sequences.next(key);
    if (serial < 1) {
      throw new IllegalStateException("NumberSequences adapter returned serial " + serial
          + " for " + key + "; serials start at 1");
    }
    return scheme.number(period, serial);
  }

  /**
   * The period of {@code businessTimestamp}: the remembered one if the timestamp lies in its range,
   * otherwise the scheme's (which refuses timestamps without a printable period, so that a refused
   * timestamp is never remembered).
   */
  private Period periodOf(Instant businessTimestamp) {
    LastPeriod memo = last;
    long second = businessTimestamp.getEpochSecond();
    if (memo != null && memo.covers(second)) {
      return memo.period();
    }
    Period period = scheme.periodOf(businessTimestamp);
    Period missed = lastMissed;
    if (memo != null && memo.period().key().equals(period.key())
        || missed != null && missed.key().equals(period.key())) {
      // The period of the memo, or of the timestamp before: worth working out this date's range.
      last = rangeOf(businessTimestamp, period);
    } else {
      // A timestamp far from the last ones (an import, a back-dated document) costs one store.
      lastMissed = period;
    }
    return period;
  }

  /**
   * The memo for {@code period}, the period of {@code businessTimestamp}: the instants of its local
   * day in the business zone over which the zone's offset stays the offset at the timestamp.
   *
   * <p>Start from the local day under the timestamp's offset, {@code [dayStart − offset, dayStart −
   * offset + 1 day)} in epoch seconds. Each offset change at or after the start and not after the
   * timestamp moves the start up to itself; the first change after the timestamp, if it comes
   * before the end, becomes the end. What is left has one offset, that of the timestamp, so every
   * instant in it has the timestamp's local date and therefore its period (a period is always a
   * whole number of local days: a day, a month, a year or all time). Offset changes fall on whole
   * seconds, and so do both ends.
   */
  private LastPeriod rangeOf(Instant businessTimestamp, Period period) {
    long second = businessTimestamp.getEpochSecond();
    int offset = rules.getOffset(businessTimestamp).getTotalSeconds();
    long from = Math.floorDiv(second + offset, SECONDS_PER_DAY) * SECONDS_PER_DAY - offset;
    long until = from + SECONDS_PER_DAY;
    // The first change strictly after from - 1, that is at or after from.
    ZoneOffsetTransition change = rules.nextTransition(Instant.ofEpochSecond(from - 1));
    while (change != null && change.toEpochSecond() <= second) {
      from = change.toEpochSecond();
      change = rules.nextTransition(change.getInstant());
    }
    if (change != null && change.toEpochSecond() < until) {
      until = change.toEpochSecond();
    }
    return new LastPeriod(from, until, period);
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
