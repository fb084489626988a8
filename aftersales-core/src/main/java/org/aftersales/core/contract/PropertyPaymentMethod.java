package org.aftersales.core.contract;

/**
 * How the buyer of a property pays under the sales contract (付款方式, CON-09, P1 and P9): the
 * contract's payment schedule decides the reminders.
 */
public enum PropertyPaymentMethod {
  /**
   * A bank mortgage (按揭): the after-sales staff handle the mortgage for the buyer and press the
   * bank to pay out; the schedule's dates are the follow-ups with the bank.
   */
  MORTGAGE,
  /** Payment by instalments (分期付款): the buyer is reminded of each instalment's due date. */
  INSTALMENTS,
  /** A lump sum (一次性付款): the buyer is reminded of the one due date. */
  LUMP_SUM
}
