package org.aftersales.core.service;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: a supervisor assigns a technician to a registered service request (派工), SVC-02.
 * Every field is required.
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command dispatched it, with no second change
 * @param serviceRequestId the request to dispatch
 * @param technician the technician (维修人员) sent
 * @param supervisor the service supervisor (服务主管) who assigns
 * @param assignedAt when the supervisor assigned (business timestamp), in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 */
public record AssignTechnician(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull PersonId technician,
    @NotNull PersonId supervisor,
    @NotNull @SupportedInstant Instant assignedAt) {

  /**
   * Truncates {@code assignedAt} to the stored precision; every field is validated at the use
   * case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request to dispatch
   * @param technician the technician
   * @param supervisor the supervisor
   * @param assignedAt when the supervisor assigned
   */
  public AssignTechnician {
    assignedAt = assignedAt == null ? null : TimePrecision.stored(assignedAt);
  }
}
