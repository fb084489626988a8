package org.aftersales.core.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the technician files the service report (服务报告) of a dispatched job, SVC-16. Every
 * field is required. Kept on the request once accepted ({@link ServiceRequest#reportFiling()}),
 * by which a repeat is recognised.
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command left it, with no second change
 * @param serviceRequestId the request the report is for
 * @param technician who files it (维修人员)
 * @param report the report
 * @param filedAt when it was filed (business timestamp), in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 */
public record FileServiceReport(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull PersonId technician,
    @NotNull @Valid ServiceReport report,
    @NotNull @SupportedInstant Instant filedAt) {

  /**
   * Truncates {@code filedAt} to the stored precision; every field is validated at the use
   * case's boundary.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param technician the technician
   * @param report the report
   * @param filedAt when it was filed
   */
  public FileServiceReport {
    filedAt = filedAt == null ? null : TimePrecision.stored(filedAt);
  }
}
