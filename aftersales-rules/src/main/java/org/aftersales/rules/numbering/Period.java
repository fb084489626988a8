package org.aftersales.rules.numbering;

import java.time.LocalDate;
import org.aftersales.core.numbering.SequenceKey;

/**
 * The one period a number belongs to, computed once from the business timestamp: both the printed
 * date part and the counter key are read from it, so they cannot disagree. Package-private;
 * immutable; the scheme makes one afresh for every timestamp, and {@link SequenceNumbering} reuses
 * the one of the last business date it saw for timestamps of that date (its memo).
 *
 * @param start the first day of the period ({@link PeriodUnit#ALL_START} for {@link PeriodUnit#ALL})
 * @param key the canonical key, e.g. {@code 2026-11}
 * @param sequenceKey the counter key: the scheme's series and {@code key}
 */
record Period(LocalDate start, String key, SequenceKey sequenceKey) {}
