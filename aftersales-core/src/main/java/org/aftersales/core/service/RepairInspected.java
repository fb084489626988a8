package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * The supervisor inspected and accepted the repaired item (主任验讫), SVC-06.
 *
 * @param id the request's identity
 * @param supervisor who inspected
 * @param inspectedAt when (business timestamp)
 * @param occurredAt when it was recorded
 */
public record RepairInspected(
    ServiceRequestId id, PersonId supervisor, Instant inspectedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param supervisor who inspected
   * @param inspectedAt when (business timestamp)
   * @param occurredAt when it was recorded
   */
  public RepairInspected {
    requireNonNull(id, "id");
    requireNonNull(supervisor, "supervisor");
    requireNonNull(inspectedAt, "inspectedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
