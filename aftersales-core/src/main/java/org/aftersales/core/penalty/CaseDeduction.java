package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.Money;

/**
 * What was deducted (or written off) in a month for one case, fine or administrative penalty
 * (按件罚扣), PEN-07.
 *
 * @param caseId the reference
 * @param amount the amount deducted, greater than 0
 * @param kind what it comes from
 */
public record CaseDeduction(String caseId, Money amount, DeductionKind kind) {
  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param amount the amount
   * @param kind what it comes from
   * @throws org.aftersales.core.shared.InvalidInputException if the case reference is not identifier
   *     text (see {@link org.aftersales.core.shared.TextRules}) or the amount is not positive
   */
  public CaseDeduction {
    requireNonNull(kind, "kind");
    requireNonNull(caseId, "caseId");
    requireNonNull(amount, "amount");
    PenaltyChecks.caseId(caseId);
    PenaltyChecks.positive("amount", amount);
  }

  /**
   * A deduction for a complaint case ({@link DeductionKind#COMPLAINT}).
   *
   * @param caseId the case
   * @param amount the amount deducted, greater than 0
   * @throws org.aftersales.core.shared.InvalidInputException if the case reference is not identifier
   *     text (see {@link org.aftersales.core.shared.TextRules}) or the amount is not positive
   */
  public CaseDeduction(String caseId, Money amount) {
    this(caseId, amount, DeductionKind.COMPLAINT);
  }
}
