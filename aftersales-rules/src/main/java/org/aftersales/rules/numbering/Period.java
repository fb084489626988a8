package org.aftersales.rules.numbering;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.numbering.SequenceKey;

/**
 * The one period a number belongs to, computed once from the business timestamp: both the printed
 * date part and the counter key are read from it, so they cannot disagree. It also carries what
 * every number of the period shares — the counter key and the printed text before and after the
 * serial — and the instants it covers, so a scheme can reuse it for the next timestamp of the same
 * period. Package-private; immutable.
 *
 * @param unit the period's length
 * @param start the first day of the period ({@link PeriodUnit#ALL_START} for {@link PeriodUnit#ALL})
 * @param key the canonical key, e.g. {@code 2026-11}
 * @param sequenceKey the counter key: the scheme's series and {@code key}
 * @param from the first instant of the period in the business zone
 * @param until the first instant after the period
 * @param prefix the printed text before the serial
 * @param suffix the printed text after the serial
 */
record Period(PeriodUnit unit, LocalDate start, String key, SequenceKey sequenceKey,
    Instant from, Instant until, String prefix, String suffix) {

  /** Whether {@code t} lies in the period. */
  boolean contains(Instant t) {
    return !t.isBefore(from) && t.isBefore(until);
  }
}
