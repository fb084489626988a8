package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * The repaired item was returned against the customer's signature, its receipt taken back and
 * voided (收据作废) and the return date logged in the in/out register, SVC-06.
 *
 * @param id the request's identity
 * @param voidedReceiptNumber the customer item receipt taken back and voided
 * @param signedBy who signed for the customer on return
 * @param returnedAt when it was returned (business timestamp)
 * @param occurredAt when it was recorded
 */
public record ItemReturned(
    ServiceRequestId id, String voidedReceiptNumber, String signedBy, Instant returnedAt,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param voidedReceiptNumber the customer item receipt taken back and voided
   * @param signedBy who signed for the customer on return
   * @param returnedAt when it was returned (business timestamp)
   * @param occurredAt when it was recorded
   */
  public ItemReturned {
    requireNonNull(id, "id");
    requireNonNull(voidedReceiptNumber, "voidedReceiptNumber");
    requireNonNull(signedBy, "signedBy");
    requireNonNull(returnedAt, "returnedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
