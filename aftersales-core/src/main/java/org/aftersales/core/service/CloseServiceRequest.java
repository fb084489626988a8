package org.aftersales.core.service;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the clerk (业务员) cancels the register entry (注销登记) of a job completed on site and
 * archives its signed voucher (凭证归档), SVC-03. Every field is required. Kept on the request once
 * accepted ({@link ServiceRequest#closing()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command closed it, with no second change
 * @param serviceRequestId the request to close
 * @param clerk the clerk who cancels the entry
 * @param closedAt when the entry was cancelled (business timestamp), in the supported range; not
 *     before the voucher's signature; truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 */
public record CloseServiceRequest(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull PersonId clerk,
    @NotNull @SupportedInstant Instant closedAt) {

  /**
   * Truncates {@code closedAt} to the stored precision; every field is validated at the use
   * case's boundary.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param clerk the clerk
   * @param closedAt when
   */
  public CloseServiceRequest {
    closedAt = closedAt == null ? null : TimePrecision.stored(closedAt);
  }
}
