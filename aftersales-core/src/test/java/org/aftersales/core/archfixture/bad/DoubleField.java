package org.aftersales.core.archfixture.bad;

/** Bad: keeps an amount of money in a double. */
public class DoubleField {
  double amount;
}
