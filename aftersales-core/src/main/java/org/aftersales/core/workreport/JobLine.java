package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;

/**
 * One job on a technician's daily report (日报表明细), SVC-09: the category and the time.
 *
 * @param serviceRequestId the job's service request
 * @param category its category (A–D)
 * @param kind installation or dispatch
 * @param startedAt when the work started
 * @param endedAt when it ended
 * @param labourMinutes the time the technician reports, in minutes
 */
public record JobLine(ServiceRequestId serviceRequestId, ServiceCategory category, WorkKind kind,
    Instant startedAt, Instant endedAt, long labourMinutes) {

  /**
   * Checks the fields.
   *
   * @param serviceRequestId the request
   * @param category the category
   * @param kind the kind
   * @param startedAt the start
   * @param endedAt the end
   * @param labourMinutes the minutes
   */
  public JobLine {
    requireNonNull(serviceRequestId, "serviceRequestId");
    requireNonNull(category, "category");
    requireNonNull(kind, "kind");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(endedAt, "endedAt");
  }

  /**
   * The line of a job.
   *
   * @param job the job
   * @return its line
   */
  public static JobLine of(ServiceJob job) {
    return new JobLine(job.serviceRequestId(), job.category(), job.kind(), job.startedAt(),
        job.endedAt(), job.labourMinutes());
  }
}
