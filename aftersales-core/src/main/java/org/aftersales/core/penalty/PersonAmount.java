package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;

/**
 * An amount for one person (个人罚扣金额), exact in the currency's minor unit. Immutable and
 * thread-safe.
 *
 * @param person the person
 * @param amount the amount, exact; negative in the allocation of a reversal
 */
public record PersonAmount(PersonId person, Money amount) {
  /**
   * Checks the fields.
   *
   * @param person the person
   * @param amount the amount
   */
  public PersonAmount {
    requireNonNull(person, "person");
    requireNonNull(amount, "amount");
  }
}
