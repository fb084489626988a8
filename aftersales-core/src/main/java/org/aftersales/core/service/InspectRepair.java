package org.aftersales.core.service;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the service supervisor inspects the repaired item and accepts it (主任验讫), SVC-06
 * (P2 §12). Every field is required. Kept on the request once accepted
 * ({@link ServiceRequest#inspection()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request as
 *     this command left it, with no second change
 * @param serviceRequestId the request
 * @param supervisor the supervisor who inspected
 * @param inspectedAt when (business timestamp), in the supported range, not before the repair;
 *     truncated to whole microseconds
 */
public record InspectRepair(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull PersonId supervisor,
    @NotNull @SupportedInstant Instant inspectedAt) {

  /**
   * Truncates the instants to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId as in the record
   * @param serviceRequestId as in the record
   * @param supervisor as in the record
   * @param inspectedAt as in the record
   */
  public InspectRepair {
    inspectedAt = inspectedAt == null ? null : TimePrecision.stored(inspectedAt);
  }
}
