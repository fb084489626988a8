package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the approval authority decides the GM office's synthesis (核决), CMP-07, CMP-08,
 * CMP-13, CMP-14, CMP-15 — after every step of the route is completed.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param decidedAt when it was decided; in the supported range, not before the routing form's
 *     latest instant; truncated to whole microseconds
 * @param decidedBy who decided
 * @param authority the decider's level (业务经理 / 副总经理 / 总经理); must cover the level the
 *     {@link ApprovalAuthorityPolicy} requires for {@code amount} and the case's severity
 * @param amount the loss the company bears on the case (损失金额) in the business currency, 0 or
 *     more — what the responsible carry through the penalty policies (CMP-08, PEN-*); 0 for a
 *     complaint found not valid
 * @param outcome what the customer gets: not valid (CMP-14) or a remedy of allowance,
 *     compensation, return, reprocessing, replacement lines (CMP-15)
 * @param responsibility the fault is ours (departments and persons with exact ratios, the cause,
 *     the remedy, improvement tracked) or not ours (CMP-08); not ours for a complaint not valid
 * @param suppliers the suppliers or other companies the case is handled jointly with (CMP-13),
 *     possibly none; copied
 * @param overAcceptance the over-acceptance ratio for the returned quantity (CMP-16): the
 *     customer's, else the company default — the host resolves which
 */
public record DecideComplaint(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @SupportedInstant Instant decidedAt,
    @NotNull PersonId decidedBy,
    @NotNull ApprovalLevel authority,
    @NotNull Money amount,
    @NotNull ComplaintOutcome outcome,
    @NotNull Responsibility responsibility,
    @NotNull List<@NotNull SupplierInvolvement> suppliers,
    @NotNull OverAcceptanceRatio overAcceptance) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}) and copies the
   * suppliers; every field is validated at the use case's boundary.
   *
   * @param requestId the request ID
   * @param number the case
   * @param decidedAt the decision instant
   * @param decidedBy the decider
   * @param authority the decider's level
   * @param amount the loss
   * @param outcome the outcome
   * @param responsibility the responsibility
   * @param suppliers the suppliers involved
   * @param overAcceptance the over-acceptance ratio
   */
  public DecideComplaint {
    decidedAt = decidedAt == null ? null : TimePrecision.stored(decidedAt);
    suppliers = suppliers == null ? null : List.copyOf(suppliers);
  }
}
