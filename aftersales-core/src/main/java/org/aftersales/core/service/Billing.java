package org.aftersales.core.service;

/**
 * How a service job is charged (计费方式), following from its entitlement (SVC-01, SVC-15).
 */
public enum Billing {
  /**
   * Paid (有费服务, category A), outside warranty and contract: a quote for parts and travel is
   * given to the customer before the work is done (SVC-15).
   */
  PAID_AFTER_QUOTE,
  /** Covered by the customer's maintenance contract (合同服务, category B): no charge per job. */
  CONTRACT,
  /** Free: repaired or replaced free of charge within the warranty (免费服务, category C). */
  FREE_UNDER_WARRANTY,
  /** Internal administrative work (一般行政工作, category D): nobody is charged. */
  INTERNAL;

  /**
   * Whether the customer pays for this job itself.
   *
   * @return true only for {@link #PAID_AFTER_QUOTE}
   */
  public boolean isPaid() {
    return this == PAID_AFTER_QUOTE;
  }

  /**
   * Whether a quote comes before the work (SVC-15: outside the warranty).
   *
   * @return true only for {@link #PAID_AFTER_QUOTE}
   */
  public boolean quoteFirst() {
    return this == PAID_AFTER_QUOTE;
  }
}
