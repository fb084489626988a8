package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.aftersales.core.shared.Money;

/**
 * The loss a case is charged on, or that it cannot be known yet (损失核算结果), PEN-01.
 */
public sealed interface LossAssessment permits LossAssessment.Determined, LossAssessment.Pending {

  /**
   * The loss is known.
   *
   * @param basis which loss applies
   * @param amount the loss to allocate
   * @param windowEnd the last day of the resale window
   */
  record Determined(LossBasis basis, Money amount, LocalDate windowEnd) implements LossAssessment {
    /**
     * Checks the fields.
     *
     * @param basis which loss applies
     * @param amount the loss
     * @param windowEnd the last day of the resale window
     */
    public Determined {
      requireNonNull(basis, "basis");
      requireNonNull(amount, "amount");
      requireNonNull(windowEnd, "windowEnd");
    }
  }

  /**
   * The goods have not been resold and the window is still open: the loss is not known before
   * {@code windowEnd} has passed.
   *
   * @param windowEnd the last day of the resale window
   */
  record Pending(LocalDate windowEnd) implements LossAssessment {
    /**
     * Checks the field.
     *
     * @param windowEnd the last day of the resale window
     */
    public Pending {
      requireNonNull(windowEnd, "windowEnd");
    }
  }
}
