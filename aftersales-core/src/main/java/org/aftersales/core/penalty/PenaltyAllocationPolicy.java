package org.aftersales.core.penalty;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Policy;

/**
 * Splits a case's amount among the responsible (罚扣分摊政策): first between the parties by their
 * responsibility weights (PEN-02), then within each unit among its members by base points (PEN-06,
 * PEN-09: the unit's part ÷ the unit's total base points × the person's base points), each level
 * rounded to the currency's minor unit so that the parts add up exactly.
 */
@Policy
public interface PenaltyAllocationPolicy {

  /**
   * The algorithm's name and version, recorded in every result.
   *
   * @return e.g. {@code "largest-remainder-by-key/1"}
   */
  String algorithmVersion();

  /**
   * Allocates one case.
   *
   * @param penaltyCase the case
   * @return the allocation, which records this policy's version and the case
   * @throws InvalidInputException if the case cannot be allocated
   */
  PenaltyAllocation allocate(PenaltyCase penaltyCase);
}
