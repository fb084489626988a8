package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * The item was taken back to the workshop (携回修护), SVC-05: a customer item receipt issued, the
 * voucher signed by the customer, the item logged in the in/out register as in custody.
 *
 * @param id the request's identity
 * @param receiptNumber the customer item receipt's number
 * @param signedBy who signed the voucher for the customer
 * @param takenAt when the item was taken (business timestamp)
 * @param occurredAt when it was recorded
 */
public record ItemTakenToWorkshop(
    ServiceRequestId id, String receiptNumber, String signedBy, Instant takenAt,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param receiptNumber the customer item receipt's number
   * @param signedBy who signed the voucher for the customer
   * @param takenAt when the item was taken (business timestamp)
   * @param occurredAt when it was recorded
   */
  public ItemTakenToWorkshop {
    requireNonNull(id, "id");
    requireNonNull(receiptNumber, "receiptNumber");
    requireNonNull(signedBy, "signedBy");
    requireNonNull(takenAt, "takenAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
