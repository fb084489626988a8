package org.aftersales.rules.penalty;

import java.time.LocalTime;
import java.util.Optional;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.Money;

/**
 * One line of a {@link FineSchedule}: a kind of violation, its fine per occurrence (empty when the
 * violation is punished with a major demerit instead), the catalog rule it comes from, and the
 * hours during which it is fined (empty: at any time).
 *
 * @param kind the kind of violation
 * @param perOccurrence the fine per occurrence, or empty for a major demerit
 * @param ruleId the catalog rule, e.g. {@code PEN-11}
 * @param from the first moment of the fined hours, if limited
 * @param to the first moment after the fined hours, if limited
 */
record FineEntry(FineKind kind, Optional<Money> perOccurrence, String ruleId,
    Optional<LocalTime> from, Optional<LocalTime> to) {

  FineEntry withHours(LocalTime first, LocalTime end) {
    return new FineEntry(kind, perOccurrence, ruleId, Optional.of(first), Optional.of(end));
  }

  /**
   * Whether a moment of the day lies in the fined hours: from {@code from} inclusive to
   * {@code to} exclusive, across midnight when {@code from} is later than {@code to}.
   */
  boolean finedAt(LocalTime time) {
    if (from.isEmpty() || to.isEmpty()) {
      return true;
    }
    LocalTime first = from.get();
    LocalTime end = to.get();
    return first.isBefore(end)
        ? !time.isBefore(first) && time.isBefore(end)
        : !time.isBefore(first) || time.isBefore(end);
  }
}
