package org.aftersales.core.penalty;

/**
 * What a deduction from the efficiency bonus comes from (罚扣类别), PEN-04, PEN-07, PEN-08,
 * PEN-11: it decides the order in which a month's settlement takes them and which cap applies. The
 * constants are declared in that order.
 */
public enum DeductionKind {
  /**
   * An administrative penalty in money (行政处分折算, PEN-04): a warning, a minor demerit, or a
   * major demerit taking the whole month's bonus. Taken first, limited only by the bonus.
   */
  ADMINISTRATIVE,
  /** A fine for a service violation (罚款, PEN-11, PEN-12, CMP-20), per occurrence. Taken second. */
  FINE,
  /**
   * A person's part of a complaint case (客户投诉罚扣, PEN-07): taken last, at most the month's cap
   * (by default half the bonus, PEN-08) and at most what the other kinds left of the bonus.
   */
  COMPLAINT
}
