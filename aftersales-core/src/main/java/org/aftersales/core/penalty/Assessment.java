package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * A person's part of one case, to be deducted from their efficiency bonus (罚扣核定), PEN-07.
 *
 * @param caseId the case, e.g. {@code 2611-07}
 * @param person who pays
 * @param amount the amount, greater than 0
 * @param month the month in which it was assessed (decided)
 */
public record Assessment(String caseId, PersonId person, Money amount, YearMonth month) {
  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param person who pays
   * @param amount the amount
   * @param month the month assessed
   * @throws InvalidInputException if the case ID is blank or the amount not positive
   */
  public Assessment {
    requireNonNull(caseId, "caseId");
    requireNonNull(person, "person");
    requireNonNull(amount, "amount");
    requireNonNull(month, "month");
    if (caseId.isBlank()) {
      throw InvalidInputException.of("caseId", PenaltyChecks.message("core.identifier.blank"), caseId);
    }
    PenaltyChecks.positive("amount", amount);
  }
}
