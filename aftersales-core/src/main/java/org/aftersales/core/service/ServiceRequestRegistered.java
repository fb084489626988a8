package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DomainEvent;

/**
 * A service request was registered (叫修已登记).
 *
 * @param id the request's identity
 * @param category its category (SVC-01)
 * @param billing how it is charged (SVC-15)
 * @param zone its service zone
 * @param receivedAt when the call was received (business timestamp)
 * @param occurredAt when the registration was recorded
 */
public record ServiceRequestRegistered(ServiceRequestId id, ServiceCategory category,
    Billing billing, ServiceZone zone, Instant receivedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param category its category
   * @param billing its billing
   * @param zone its zone
   * @param receivedAt the business timestamp
   * @param occurredAt when it was recorded
   */
  public ServiceRequestRegistered {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(billing, "billing");
    requireNonNull(zone, "zone");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
