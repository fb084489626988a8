package com.example.erp.aftersales;

import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.testkit.penalty.PenaltyAllocationProperties;

/**
 * The library's allocation properties (PEN-02, PEN-06, PEN-09) run on the allocation policy this
 * application configures (the bean's own factory method).
 */
class OurAllocationProperties extends PenaltyAllocationProperties {

  @Override
  protected PenaltyAllocationPolicy policy() {
    return new AftersalesConfiguration().allocationPolicy();
  }
}
