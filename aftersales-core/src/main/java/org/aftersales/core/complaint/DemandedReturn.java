package org.aftersales.core.complaint;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The quantity the customer asks to return on the intake form (退货数量), CMP-02: a number of
 * pieces, none, or not yet known because the customer is still processing the goods
 * (客户加工中未确定).
 *
 * @param undetermined true if the customer cannot yet say (客户加工中未确定); then
 *     {@code quantity} is 0
 * @param quantity the pieces to return, 0 or more; 0 when none or undetermined
 */
public record DemandedReturn(boolean undetermined, long quantity) {

  /**
   * Checks the parts.
   *
   * @param undetermined whether the quantity is not yet known
   * @param quantity the pieces
   * @throws InvalidInputException (path {@code quantity}) if negative, or not 0 while undetermined
   */
  public DemandedReturn {
    if (quantity < 0 || (undetermined && quantity != 0)) {
      throw InvalidInputException.of("quantity",
          MessageBundle.CORE.message("core.intake.returnQuantity"), quantity);
    }
  }

  /**
   * A return of {@code quantity} pieces.
   *
   * @param quantity the pieces, 0 or more
   * @return the demand
   * @throws InvalidInputException if negative
   */
  public static DemandedReturn of(long quantity) {
    return new DemandedReturn(false, quantity);
  }

  /**
   * No return asked for.
   *
   * @return a demand of 0 pieces
   */
  public static DemandedReturn none() {
    return new DemandedReturn(false, 0);
  }

  /**
   * Not yet known: the customer is still processing the goods (客户加工中未确定).
   *
   * @return the undetermined demand
   */
  public static DemandedReturn undeterminedYet() {
    return new DemandedReturn(true, 0);
  }
}
