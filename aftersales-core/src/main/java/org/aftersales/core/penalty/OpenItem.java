package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * One case, fine or administrative penalty a person has not yet fully paid (未扣完案件): what was
 * assessed and what has been deducted so far.
 *
 * @param caseId the reference
 * @param assessedIn the month it was assessed
 * @param assessed the assessed amount, greater than 0
 * @param deducted deducted so far, from 0 up to {@code assessed}
 * @param kind what it comes from
 */
public record OpenItem(String caseId, YearMonth assessedIn, Money assessed, Money deducted,
    DeductionKind kind) {
  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param assessedIn the month assessed
   * @param assessed the assessed amount
   * @param deducted deducted so far
   * @param kind what it comes from
   * @throws InvalidInputException if the case reference is not identifier text (see
   *     {@link org.aftersales.core.shared.TextRules}) or the amounts are out of range
   */
  public OpenItem {
    requireNonNull(kind, "kind");
    requireNonNull(caseId, "caseId");
    requireNonNull(assessedIn, "assessedIn");
    requireNonNull(assessed, "assessed");
    requireNonNull(deducted, "deducted");
    PenaltyChecks.caseId(caseId);
    PenaltyChecks.positive("assessed", assessed);
    PenaltyChecks.notNegative("deducted", deducted);
    if (deducted.isGreaterThan(assessed)) {
      throw InvalidInputException.of("deducted",
          PenaltyChecks.message("core.penalty.deductedBeyondAssessed", "assessed", assessed),
          deducted);
    }
  }

  /**
   * An open complaint case ({@link DeductionKind#COMPLAINT}).
   *
   * @param caseId the case
   * @param assessedIn the month assessed
   * @param assessed the assessed amount
   * @param deducted deducted so far
   * @throws InvalidInputException if the case reference is not identifier text (see
   *     {@link org.aftersales.core.shared.TextRules}) or the amounts are out of range
   */
  public OpenItem(String caseId, YearMonth assessedIn, Money assessed, Money deducted) {
    this(caseId, assessedIn, assessed, deducted, DeductionKind.COMPLAINT);
  }

  /**
   * What remains to be deducted.
   *
   * @return {@code assessed - deducted}, zero or more
   */
  public Money outstanding() {
    return assessed.minus(deducted);
  }
}
