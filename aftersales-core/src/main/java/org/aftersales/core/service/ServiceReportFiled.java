package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * The technician filed the service report (服务报告已提交) of a job, SVC-16; the report itself is kept on
 * the request ({@link ServiceRequest#report()}).
 *
 * @param id the request's identity
 * @param technician who filed it
 * @param filedAt when it was filed (business timestamp)
 * @param occurredAt when it was recorded
 */
public record ServiceReportFiled(ServiceRequestId id, PersonId technician, Instant filedAt,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param technician who filed it
   * @param filedAt when it was filed (business timestamp)
   * @param occurredAt when it was recorded
   */
  public ServiceReportFiled {
    requireNonNull(id, "id");
    requireNonNull(technician, "technician");
    requireNonNull(filedAt, "filedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
