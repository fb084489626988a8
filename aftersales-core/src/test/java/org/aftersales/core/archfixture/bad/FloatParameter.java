package org.aftersales.core.archfixture.bad;

/** Bad: takes a share as a float. */
public class FloatParameter {
  int percent(float share) {
    return Math.round(share * 100);
  }
}
