package org.aftersales.rules.penalty;

import java.time.LocalTime;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;

/**
 * One line of a {@link FineSchedule}: a kind of violation, its fine per occurrence (or a major
 * demerit instead), the catalog rule it comes from, and the hours during which it is fined.
 *
 * @param kind the kind of violation
 * @param majorDemerit whether the violation earns a major demerit instead of a fine
 * @param perOccurrence the fine per occurrence; zero for a major demerit
 * @param ruleId the catalog rule, e.g. {@code PEN-11}
 * @param from the first moment of the fined hours; equal to {@code to} when fined at any time
 * @param to the first moment after the fined hours
 */
record FineEntry(FineKind kind, boolean majorDemerit, Money perOccurrence, RuleId ruleId,
    LocalTime from, LocalTime to) {

  FineEntry withHours(LocalTime first, LocalTime end) {
    return new FineEntry(kind, majorDemerit, perOccurrence, ruleId, first, end);
  }

  /**
   * Whether a moment of the day lies in the fined hours: from {@code from} inclusive to
   * {@code to} exclusive, across midnight when {@code from} is later than {@code to}. An entry
   * without hours has {@code from} and {@code to} both at midnight, which the across-midnight
   * formula reads as the whole day.
   */
  boolean finedAt(LocalTime time) {
    return from.isBefore(to)
        ? !time.isBefore(from) && time.isBefore(to)
        : !time.isBefore(from) || time.isBefore(to);
  }
}
