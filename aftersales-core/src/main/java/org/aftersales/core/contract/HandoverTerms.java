package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;

/**
 * The two offsets of a project handover (项目移交, CON-03): after-sales joins the project
 * {@code joinBefore} before final acceptance (终验前一个月) and completes the handover within
 * {@code completeWithin} after it (验收后两周内). Month arithmetic is {@link LocalDate#minus}: a
 * day that does not exist in the target month is clamped to that month's last day (31 March minus
 * one month is 28 or 29 February). Immutable and thread-safe.
 *
 * @param joinBefore how long before final acceptance after-sales must have joined; not negative
 * @param completeWithin how long after final acceptance the handover is due; not negative
 */
public record HandoverTerms(Period joinBefore, Period completeWithin) {

  /**
   * Validates the offsets.
   *
   * @param joinBefore how long before final acceptance after-sales joins
   * @param completeWithin how long after final acceptance the handover is due
   * @throws InvalidInputException if an offset is negative (in any of its units)
   */
  public HandoverTerms {
    requireNotNegative(joinBefore, "joinBefore");
    requireNotNegative(completeWithin, "completeWithin");
  }

  /**
   * The seed's terms (P8 §1): join one month before final acceptance, complete within two weeks
   * after it.
   *
   * @return one month and two weeks
   */
  public static HandoverTerms seed() {
    return new HandoverTerms(Period.ofMonths(1), Period.ofWeeks(2));
  }

  /**
   * The date after-sales must have joined the project by.
   *
   * @param finalAcceptance the project's final-acceptance date
   * @return {@code finalAcceptance} minus {@link #joinBefore()}
   * @throws InvalidInputException if a date is outside the supported range
   */
  public LocalDate joinBy(LocalDate finalAcceptance) {
    SupportedTime.require(finalAcceptance, "finalAcceptance");
    LocalDate date = finalAcceptance.minus(joinBefore);
    if (!SupportedTime.contains(date)) {
      throw SupportedTime.resultOutside("joinBy", date);
    }
    return date;
  }

  /**
   * The date by which the handover is due (the last day it is on time).
   *
   * @param finalAcceptance the project's final-acceptance date
   * @return {@code finalAcceptance} plus {@link #completeWithin()}
   * @throws InvalidInputException if a date is outside the supported range
   */
  public LocalDate dueBy(LocalDate finalAcceptance) {
    SupportedTime.require(finalAcceptance, "finalAcceptance");
    LocalDate date = finalAcceptance.plus(completeWithin);
    if (!SupportedTime.contains(date)) {
      throw SupportedTime.resultOutside("dueBy", date);
    }
    return date;
  }

  static void requireNotNegative(Period period, String path) {
    requireNonNull(period, path);
    if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
      throw InvalidInputException.of(
          path, MessageBundle.CORE.message("core.handover.negativePeriod"), period);
    }
  }
}
