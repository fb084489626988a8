package org.aftersales.core.complaint;

/**
 * What a decided complaint gives the customer, one kind per line of a {@link ComplaintOutcome.Remedy}
 * (处理方式, PCB §13.1, CMP-15): 折让 (allowance), 赔款 (compensation), 退货 (return), 重处理
 * (reprocessing) or 换货 (replacement).
 *
 * <p>The kind decides the document that executes the line: an allowance or a compensation is
 * executed by a sales allowance certificate (销货折让证明单, §13.1(1)), a return or a reprocessing by
 * a finished-goods return slip (成品退货单, §13.1(2)); the seed names no document for a
 * replacement. It also decides the proof the line needs to be complete (CMP-18, §13.2(4)(5)): a
 * proof of return for a return, a proof of allowance for an allowance or a compensation (the seed
 * handles 折让 and 赔款 together in §13.1(1)); a reprocessing and a replacement need none, since
 * nothing is sold back.
 */
public enum RemedyKind {
  /** 折让: the customer keeps the goods at a reduced price; an amount and the quantity it covers. */
  ALLOWANCE,
  /** 赔款: the company pays for the loss; an amount and the quantity it covers (may be zero). */
  COMPENSATION,
  /** 退货: the goods come back to the finished-goods warehouse and the sale is reversed. */
  RETURN,
  /** 重处理: the goods come back to be reprocessed and go out again. */
  REPROCESSING,
  /** 换货: the customer gets new goods for the defective ones. */
  REPLACEMENT;

  /**
   * Whether a line of this kind carries an amount of money (allowance, compensation).
   *
   * @return true for an allowance or a compensation
   */
  public boolean carriesAmount() {
    return this == ALLOWANCE || this == COMPENSATION;
  }

  /**
   * Whether the goods of a line of this kind come back to the finished-goods warehouse under a
   * finished-goods return slip (成品退货单): a return or a reprocessing (§13.1(2)).
   *
   * @return true for a return or a reprocessing
   */
  public boolean comesBack() {
    return this == RETURN || this == REPROCESSING;
  }

  /**
   * Whether a line of this kind is executed only once its document is recorded (CMP-15): every
   * kind but a replacement, for which the seed names no document.
   *
   * @return false only for a replacement
   */
  public boolean needsDocument() {
    return this != REPLACEMENT;
  }

  /**
   * Whether a line of this kind may carry several documents: a return or a reprocessing may be
   * split across several return slips; an allowance or a compensation has one certificate.
   *
   * @return true for a return or a reprocessing
   */
  public boolean allowsSeveralDocuments() {
    return comesBack();
  }
}
