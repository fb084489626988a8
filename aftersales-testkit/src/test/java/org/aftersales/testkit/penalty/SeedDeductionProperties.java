package org.aftersales.testkit.penalty;

import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.rules.penalty.CappedDeduction;

/** The deduction properties against the seed's policy: 50 % cap, leavers' balances written off. */
class SeedDeductionProperties extends DeductionProperties {

  @Override
  protected DeductionPolicy policy() {
    return CappedDeduction.seed();
  }
}
