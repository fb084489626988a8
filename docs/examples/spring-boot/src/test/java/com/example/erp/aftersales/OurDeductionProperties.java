package com.example.erp.aftersales;

import java.math.BigDecimal;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.testkit.penalty.DeductionProperties;

/**
 * The library's deduction properties (PEN-07, PEN-08) run on the policy this application
 * configures, with the cap share its properties give (the bean's own factory method, so the
 * properties check what production runs).
 */
class OurDeductionProperties extends DeductionProperties {

  // application.properties: erp.aftersales.penalty.cap-share=0.5
  private static final BigDecimal CAP_SHARE = new BigDecimal("0.5");

  @Override
  protected DeductionPolicy policy() {
    return new AftersalesConfiguration().deductionPolicy(CAP_SHARE);
  }

  @Override
  protected BigDecimal capShare() {
    return CAP_SHARE;
  }
}
