package org.aftersales.core.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * The explicit, audited command to recompute the promised deadlines of the open service requests
 * (重新计算承诺时限) with the service-level policy now in force — for example after a holiday was
 * added to the calendar. A change of policy never moves a promise already made without it
 * (SVC-11…SVC-13).
 *
 * @param requestId the client's request ID: it is recorded in every audit event, and a repeat
 *     with the same policy finds nothing left to change
 * @param requestedBy who ordered the recompute (审批人)
 * @param reason why, for the audit trail, e.g. "National Day holidays added"
 */
public record RecomputePromises(
    @NotNull RequestId requestId,
    @NotNull PersonId requestedBy,
    @NotBlank @Size(max = 500) @PlainText String reason) {

  /**
   * Keeps the fields; every field is validated at the use case's boundary, so that all problems
   * are reported together.
   *
   * @param requestId the request ID
   * @param requestedBy who ordered it
   * @param reason why
   */
  public RecomputePromises {
    // Validated by the use case's CommandValidator.
  }
}
