package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A technician was assigned to a service request (已派工), SVC-02.
 *
 * @param id the request's identity
 * @param technician the technician sent
 * @param supervisor the supervisor who assigned
 * @param assignedAt when the supervisor assigned (business timestamp)
 * @param occurredAt when the dispatch was recorded
 */
public record TechnicianAssigned(ServiceRequestId id, PersonId technician, PersonId supervisor,
    Instant assignedAt, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param technician the technician
   * @param supervisor the supervisor
   * @param assignedAt the business timestamp
   * @param occurredAt when it was recorded
   */
  public TechnicianAssigned {
    requireNonNull(id, "id");
    requireNonNull(technician, "technician");
    requireNonNull(supervisor, "supervisor");
    requireNonNull(assignedAt, "assignedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
