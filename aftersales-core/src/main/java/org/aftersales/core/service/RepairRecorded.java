package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * The repair was done and its actual time and parts written on the repair card (修护卡), SVC-06;
 * the figures are kept on the request ({@link ServiceRequest#repairRecord()}).
 *
 * @param id the request's identity
 * @param cardNumber the card's number
 * @param repairedAt when the repair was done (business timestamp)
 * @param occurredAt when it was recorded
 */
public record RepairRecorded(
    ServiceRequestId id, String cardNumber, Instant repairedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param cardNumber the card's number
   * @param repairedAt when the repair was done (business timestamp)
   * @param occurredAt when it was recorded
   */
  public RepairRecorded {
    requireNonNull(id, "id");
    requireNonNull(cardNumber, "cardNumber");
    requireNonNull(repairedAt, "repairedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
