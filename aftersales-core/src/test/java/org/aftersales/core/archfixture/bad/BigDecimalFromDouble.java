package org.aftersales.core.archfixture.bad;

import java.math.BigDecimal;

/** Bad: creates a BigDecimal from a binary fraction (0.1 is not 0.1). */
public class BigDecimalFromDouble {
  BigDecimal tenth() {
    return new BigDecimal(0.1);
  }
}
