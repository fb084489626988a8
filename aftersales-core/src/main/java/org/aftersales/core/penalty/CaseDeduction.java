package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.Money;

/**
 * What was deducted (or written off) in a month for one case (按件罚扣), PEN-07.
 *
 * @param caseId the case
 * @param amount the amount deducted, greater than 0
 */
public record CaseDeduction(String caseId, Money amount) {
  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param amount the amount
   * @throws org.aftersales.core.shared.InvalidInputException if the amount is not positive
   */
  public CaseDeduction {
    requireNonNull(caseId, "caseId");
    requireNonNull(amount, "amount");
    PenaltyChecks.positive("amount", amount);
  }
}
