package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A signed branch report was forwarded to the service department (转送服务部), SVC-09: the event a
 * host delivers the report on.
 *
 * @param branch the branch
 * @param day the report's business day
 * @param serviceDepartment the department it goes to
 * @param occurredAt when it was forwarded (recorded with the signature)
 */
public record BranchReportForwarded(UnitId branch, LocalDate day, UnitId serviceDepartment,
    Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param branch the branch
   * @param day the day
   * @param serviceDepartment the service department
   * @param occurredAt when it was forwarded
   */
  public BranchReportForwarded {
    requireNonNull(branch, "branch");
    requireNonNull(day, "day");
    requireNonNull(serviceDepartment, "serviceDepartment");
    requireNonNull(occurredAt, "occurredAt");
  }
}
