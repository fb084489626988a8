package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * The register entry was cancelled (注销) and the voucher archived (凭证归档): the request is closed,
 * SVC-03 / SVC-06.
 *
 * @param id the request's identity
 * @param closedBy the clerk who cancelled the entry (for a workshop job: the person who returned
 *     the item)
 * @param closedAt when it was closed (business timestamp)
 * @param occurredAt when it was recorded
 */
public record ServiceRequestClosed(ServiceRequestId id, PersonId closedBy, Instant closedAt,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param closedBy the clerk who cancelled the entry (for a workshop job: the person who returned
   *     the item)
   * @param closedAt when it was closed (business timestamp)
   * @param occurredAt when it was recorded
   */
  public ServiceRequestClosed {
    requireNonNull(id, "id");
    requireNonNull(closedBy, "closedBy");
    requireNonNull(closedAt, "closedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
