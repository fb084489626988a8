package org.aftersales.core.penalty;

import java.time.LocalDate;
import org.aftersales.core.shared.Policy;

/**
 * Decides which loss a complaint case is charged on (损失核算政策), PEN-01: resold within the
 * window, the A-grade price loss; otherwise the actual loss.
 */
@Policy
public interface LossBasisPolicy {

  /**
   * Assesses the loss as of a date.
   *
   * @param facts what is known
   * @param asOf the business date of the assessment; before the window has passed an unsold case
   *     is {@link LossAssessment.Pending}
   * @return the loss, or pending
   */
  LossAssessment assess(LossFacts facts, LocalDate asOf);
}
