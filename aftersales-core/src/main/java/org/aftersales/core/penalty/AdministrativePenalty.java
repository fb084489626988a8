package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * An administrative penalty decided for a person (行政处分), PEN-03, PEN-04.
 *
 * @param person who is penalized
 * @param cause why (one of the fifteen causes)
 * @param kind warning, minor demerit, major demerit or more severe
 * @param count how many (e.g. two minor demerits), at least 1
 * @param decidedAmount an amount decided above the minimum, if any (the conversion says "at least")
 */
public record AdministrativePenalty(PersonId person, AdministrativeCause cause, DemeritKind kind,
    int count, Optional<Money> decidedAmount) {
  /**
   * Checks the fields.
   *
   * @param person who is penalized
   * @param cause why
   * @param kind which kind
   * @param count how many
   * @param decidedAmount an amount decided above the minimum, if any
   * @throws InvalidInputException if the count is less than 1 or the decided amount negative
   */
  public AdministrativePenalty {
    requireNonNull(person, "person");
    requireNonNull(cause, "cause");
    requireNonNull(kind, "kind");
    requireNonNull(decidedAmount, "decidedAmount");
    if (count < 1) {
      throw InvalidInputException.of("count", PenaltyChecks.message("core.penalty.countNotPositive"), count);
    }
    decidedAmount.ifPresent(a -> PenaltyChecks.notNegative("decidedAmount", a));
  }
}
