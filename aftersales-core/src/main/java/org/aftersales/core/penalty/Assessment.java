package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * An amount to be deducted from a person's efficiency bonus (罚扣核定), PEN-07: their part of a
 * complaint case, a fine, or an administrative penalty in money ({@link DeductionKind}).
 *
 * @param caseId the reference, e.g. the complaint number {@code 261107} or the host's reference of
 *     a fine; unique within the person's account while open
 * @param person who pays
 * @param amount the amount, greater than 0
 * @param month the month in which it was assessed (decided)
 * @param kind what it comes from, which decides its place in the month's settlement
 */
public record Assessment(String caseId, PersonId person, Money amount, YearMonth month,
    DeductionKind kind) {
  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param person who pays
   * @param amount the amount
   * @param month the month assessed
   * @param kind what it comes from
   * @throws InvalidInputException if the case ID is not identifier text (see
   *     {@link org.aftersales.core.shared.TextRules}) or the amount not positive
   */
  public Assessment {
    requireNonNull(kind, "kind");
    requireNonNull(caseId, "caseId");
    requireNonNull(person, "person");
    requireNonNull(amount, "amount");
    requireNonNull(month, "month");
    PenaltyChecks.caseId(caseId);
    PenaltyChecks.positive("amount", amount);
  }

  /**
   * A person's part of a complaint case ({@link DeductionKind#COMPLAINT}).
   *
   * @param caseId the case
   * @param person who pays
   * @param amount the amount, greater than 0
   * @param month the month assessed
   * @throws InvalidInputException if the case ID is not identifier text (see
   *     {@link org.aftersales.core.shared.TextRules}) or the amount not positive
   */
  public Assessment(String caseId, PersonId person, Money amount, YearMonth month) {
    this(caseId, person, amount, month, DeductionKind.COMPLAINT);
  }
}
