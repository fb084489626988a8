package org.aftersales.core.penalty;

import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Policy;

/**
 * Converts an administrative penalty into money (行政罚扣折算), PEN-04: a warning at least a fixed
 * amount each, a minor demerit at least a fixed amount per base point each, a major demerit or
 * worse the whole month's efficiency bonus. Administrative penalties are not subject to the monthly
 * cap of the complaint deductions (PEN-08), which is a rule of the economic penalties.
 */
@Policy
public interface AdministrativePenaltyPolicy {

  /**
   * The amount to deduct for an administrative penalty, when an amount above the minimum was
   * decided (the conversion says "at least").
   *
   * @param penalty the penalty
   * @param basePoints the person's base points
   * @param monthlyBonus the month's efficiency bonus, zero or more
   * @param decidedAmount the amount decided, zero or more, in the bonus's currency; one below the
   *     minimum is raised to it (zero: nothing beyond the minimum was decided)
   * @return the amount, zero or more, in the bonus's currency
   * @throws InvalidInputException if the bonus or the decided amount is negative or currencies
   *     differ
   */
  Money deduction(AdministrativePenalty penalty, BasePoints basePoints, Money monthlyBonus,
      Money decidedAmount);

  /**
   * The amount to deduct for an administrative penalty at the conversion's minimum.
   *
   * @param penalty the penalty
   * @param basePoints the person's base points
   * @param monthlyBonus the month's efficiency bonus, zero or more
   * @return the amount, zero or more, in the bonus's currency
   * @throws InvalidInputException if the bonus is negative or currencies differ
   */
  default Money deduction(AdministrativePenalty penalty, BasePoints basePoints,
      Money monthlyBonus) {
    return deduction(penalty, basePoints, monthlyBonus, Money.zero(monthlyBonus.currency()));
  }
}
