package org.aftersales.core.service;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the time the customer asked the service to arrive (约定到场时间), agreed with the
 * customer and recorded on a registered or dispatched service request, SVC-13 (P11 §三.4: on-site
 * service arrives within the time the customer asked for). Every field is required.
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command changed it, with no second change
 * @param serviceRequestId the request the time is agreed for
 * @param requestedArrival the time the customer asked for; must be after the call's received-at;
 *     in the supported range ({@link SupportedInstant}); truncated to whole microseconds on
 *     construction ({@link TimePrecision})
 * @param agreedBy who agreed the time with the customer
 * @param agreedAt when it was agreed (business timestamp), in the supported range; truncated to
 *     whole microseconds on construction
 */
public record AgreeArrivalTime(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull @SupportedInstant Instant requestedArrival,
    @NotNull PersonId agreedBy,
    @NotNull @SupportedInstant Instant agreedAt) {

  /**
   * Truncates the instants to the stored precision; every field is validated at the use case's
   * boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param requestedArrival the time the customer asked for
   * @param agreedBy who agreed it
   * @param agreedAt when it was agreed
   */
  public AgreeArrivalTime {
    requestedArrival = requestedArrival == null ? null : TimePrecision.stored(requestedArrival);
    agreedAt = agreedAt == null ? null : TimePrecision.stored(agreedAt);
  }
}
