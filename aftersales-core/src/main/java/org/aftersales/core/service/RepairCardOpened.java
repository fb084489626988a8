package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A repair card (修护卡) was opened for an item in the workshop, with its promised completion
 * time, SVC-05.
 *
 * @param id the request's identity
 * @param cardNumber the card's number
 * @param technician the technician who repairs
 * @param promisedBy when the repair is promised to be done
 * @param openedAt when the card was opened (business timestamp)
 * @param occurredAt when it was recorded
 */
public record RepairCardOpened(
    ServiceRequestId id, String cardNumber, PersonId technician, Instant promisedBy,
    Instant openedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param cardNumber the card's number
   * @param technician the technician who repairs
   * @param promisedBy when the repair is promised to be done
   * @param openedAt when the card was opened (business timestamp)
   * @param occurredAt when it was recorded
   */
  public RepairCardOpened {
    requireNonNull(id, "id");
    requireNonNull(cardNumber, "cardNumber");
    requireNonNull(technician, "technician");
    requireNonNull(promisedBy, "promisedBy");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
