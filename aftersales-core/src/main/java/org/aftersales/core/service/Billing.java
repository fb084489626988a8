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
  /**
   * Charged as the customer's maintenance contract (商品保养合同书) states (合同服务, category B), not
   * by a quote per job.
   */
  CONTRACT,
  /** Free: repaired or replaced free of charge within the warranty (免费服务, category C). */
  FREE_UNDER_WARRANTY,
  /** Internal administrative work (一般行政工作, category D): nobody is charged. */
  INTERNAL;

  /**
   * Whether the customer is charged for the service (收取服务费用): per job after a quote (A), or
   * as the contract states (B) — the seed's P2 §6 wording for both.
   *
   * @return true for {@link #PAID_AFTER_QUOTE} and {@link #CONTRACT}
   */
  public boolean isPaid() {
    return this == PAID_AFTER_QUOTE || this == CONTRACT;
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
