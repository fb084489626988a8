package org.aftersales.core.complaint;

import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Policy;

/**
 * The approval authority (核决权限), CMP-07: which level decides the synthesis of a complaint case,
 * by the amount the company bears and the case's severity. The synthesis is sent to the sales
 * manager, the deputy general manager or the general manager according to it (PCB §9.6), and sales
 * may promise the customer nothing beyond it (§9.11). Implemented in the rules module
 * ({@code org.aftersales.rules.complaint.AmountSeverityAuthority}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
@Policy
public interface ApprovalAuthorityPolicy {

  /**
   * The lowest level that may decide a synthesis with this amount and severity; every higher level
   * may decide it too ({@link ApprovalLevel#covers}).
   *
   * @param amount the loss or compensation the company bears, 0 or more, in its own currency (no
   *     conversion happens)
   * @param severity the case's severity (SUR-04)
   * @return the lowest deciding level
   * @throws org.aftersales.core.shared.InvalidInputException if the amount is negative
   * @throws org.aftersales.core.shared.RuleRefusalException (CMP-07) if the policy has no authority
   *     configured for the amount's currency
   */
  ApprovalLevel requiredFor(Money amount, ComplaintSeverity severity);
}
