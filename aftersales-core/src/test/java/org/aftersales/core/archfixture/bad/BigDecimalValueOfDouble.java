package org.aftersales.core.archfixture.bad;

import java.math.BigDecimal;

/** Bad: BigDecimal.valueOf(double) still goes through a binary fraction. */
public class BigDecimalValueOfDouble {
  BigDecimal half() {
    return BigDecimal.valueOf(0.5);
  }
}
