package org.aftersales.rules.numbering;

import org.aftersales.core.shared.RuleRefusalException;

/**
 * What a {@link NumberingScheme} does when a serial no longer fits the minimum width of its
 * {@code {serial:N}} token (流水号溢出), e.g. the 100th complaint of a month with
 * {@code {serial:2}}.
 */
public enum Overflow {

  /**
   * Print the serial with as many digits as it needs ({@code 2611100} after {@code 261199}); the
   * default. The parser then accepts N or more digits, without leading zeros beyond N.
   */
  WIDEN,

  /**
   * Refuse the number with a {@link RuleRefusalException} of rule {@code CMP-01}, for forms whose
   * number field has room for exactly N digits. The serial that did not fit was already allocated
   * from the counter and is used up (a counter never takes a serial back), and so is every later
   * serial of the same period: once a period has overflowed, every further number of that period
   * is refused. The parser accepts exactly N digits.
   */
  REFUSE
}
