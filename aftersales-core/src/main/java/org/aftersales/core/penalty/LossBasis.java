package org.aftersales.core.penalty;

/** Which loss a complaint case is charged on (损失核算基准), PEN-01. */
public enum LossBasis {
  /** The goods were resold within the window: the loss against the A-grade price (A级售价损失). */
  A_GRADE_PRICE_LOSS,
  /** The goods were not resold within the window: the actual loss (实际损失). */
  ACTUAL_LOSS
}
