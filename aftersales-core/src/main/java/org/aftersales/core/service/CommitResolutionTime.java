package org.aftersales.core.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the customer is given an explicit resolution time (明确的解决时间) for a problem that
 * cannot be solved the day it was raised, SVC-14 (P4, P8 §2(1)). Every field is required. Kept on
 * the request once accepted ({@link ServiceRequest#resolutionCommitment()}); a commitment once
 * given is never moved.
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command left it, with no second change
 * @param serviceRequestId the open request
 * @param committedBy who gave the time to the customer
 * @param resolveBy the committed resolution time, in the supported range; after
 *     {@code committedAt}; truncated to whole microseconds on construction ({@link TimePrecision})
 * @param reason why the problem cannot be solved the same day (说明情况), 1 to 2 000 characters
 *     of {@link PlainText plain text}
 * @param committedAt when the time was given (business timestamp), in the supported range;
 *     truncated to whole microseconds on construction
 */
public record CommitResolutionTime(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull PersonId committedBy,
    @NotNull @SupportedInstant Instant resolveBy,
    @NotBlank @Size(max = 2000) @PlainText String reason,
    @NotNull @SupportedInstant Instant committedAt) {

  /**
   * Truncates the instants to the stored precision; every field is validated at the use case's
   * boundary.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param committedBy who committed
   * @param resolveBy the committed time
   * @param reason the reason
   * @param committedAt when
   */
  public CommitResolutionTime {
    resolveBy = resolveBy == null ? null : TimePrecision.stored(resolveBy);
    committedAt = committedAt == null ? null : TimePrecision.stored(committedAt);
  }
}
