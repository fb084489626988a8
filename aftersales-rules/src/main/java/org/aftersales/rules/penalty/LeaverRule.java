package org.aftersales.rules.penalty;

/**
 * What happens to the balance of a person who leaves (离职人员未扣余额的处理), when
 * {@link CappedDeduction#settleDeparture} settles their last month and closes the account. The
 * source policy (PEN-08) caps each month's deductions at a share of that month's bonus and carries
 * the rest into later months; it says nothing about a person who has no later months.
 */
public enum LeaverRule {

  /**
   * The last month is settled under the cap like any other month, and whatever is still
   * outstanding afterwards is written off (核销): it appears as {@code writtenOff} in the statement
   * and in the account's total written off, and is never collected. The seed's default, because
   * the source allows at most the capped share of a month's bonus to be deducted and does not
   * authorise taking more from a leaver.
   */
  WRITE_OFF,

  /**
   * The last month is settled, and whatever is still outstanding is deducted in full from the
   * final settlement (一次性扣清), beyond the monthly cap and possibly beyond the final bonus. The
   * statement's {@code deducted} may then exceed its {@code cap}. Whether a deduction of that size
   * from a final payment is lawful depends on the adopter's jurisdiction and employment contracts;
   * the adopter who chooses this rule must check it.
   */
  DEDUCT_IN_FULL
}
