package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.Money;

/**
 * The sales centre quoted the cost of a paid job (销售中心报价), SVC-15; the quote is kept on the
 * request ({@link ServiceRequest#quote()}).
 *
 * @param id the request's identity
 * @param partsEstimate the estimated cost of the parts
 * @param travelEstimate the estimated cost of the staff's travel
 * @param quotedBy who quoted it for the sales centre
 * @param quotedAt when it was quoted (business timestamp)
 * @param occurredAt when it was recorded
 */
public record RepairQuoted(ServiceRequestId id, Money partsEstimate, Money travelEstimate,
    PersonId quotedBy, Instant quotedAt, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param partsEstimate the parts' estimated cost
   * @param travelEstimate the travel's estimated cost
   * @param quotedBy who quoted it
   * @param quotedAt the business timestamp
   * @param occurredAt when it was recorded
   */
  public RepairQuoted {
    requireNonNull(id, "id");
    requireNonNull(partsEstimate, "partsEstimate");
    requireNonNull(travelEstimate, "travelEstimate");
    requireNonNull(quotedBy, "quotedBy");
    requireNonNull(quotedAt, "quotedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
