package org.aftersales.core.penalty;

import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * Converts an administrative penalty into money (行政罚扣折算), PEN-04: a warning at least a fixed
 * amount each, a minor demerit at least a fixed amount per base point each, a major demerit or
 * worse the whole month's efficiency bonus. Administrative penalties are not subject to the monthly
 * cap of the complaint deductions (PEN-08), which is a rule of the economic penalties.
 */
public interface AdministrativePenaltyPolicy {

  /**
   * The amount to deduct for an administrative penalty.
   *
   * @param penalty the penalty
   * @param basePoints the person's base points
   * @param monthlyBonus the month's efficiency bonus, zero or more
   * @return the amount, zero or more, in the bonus's currency
   * @throws InvalidInputException if the bonus is negative or currencies differ
   */
  Money deduction(AdministrativePenalty penalty, BasePoints basePoints, Money monthlyBonus);
}
