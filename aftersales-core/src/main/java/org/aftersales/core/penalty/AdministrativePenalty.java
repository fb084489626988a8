package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * An administrative penalty decided for a person (行政处分), PEN-03, PEN-04. An amount decided above
 * the conversion's minimum is given to
 * {@link AdministrativePenaltyPolicy#deduction(AdministrativePenalty, org.aftersales.core.organization.BasePoints, org.aftersales.core.shared.Money, org.aftersales.core.shared.Money)},
 * not kept here.
 *
 * @param person who is penalized
 * @param cause why (one of the fifteen causes)
 * @param kind warning, minor demerit, major demerit or more severe
 * @param count how many (e.g. two minor demerits), at least 1
 */
public record AdministrativePenalty(PersonId person, AdministrativeCause cause, DemeritKind kind,
    int count) {
  /**
   * Checks the fields.
   *
   * @param person who is penalized
   * @param cause why
   * @param kind which kind
   * @param count how many
   * @throws InvalidInputException if the count is less than 1
   */
  public AdministrativePenalty {
    requireNonNull(person, "person");
    requireNonNull(cause, "cause");
    requireNonNull(kind, "kind");
    if (count < 1) {
      throw InvalidInputException.of("count", PenaltyChecks.message("core.penalty.countNotPositive"), count);
    }
  }
}
