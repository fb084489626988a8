package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * The customer signed the service voucher (服务凭证已签字), SVC-03 on site, SVC-05 when the item is taken
 * to the workshop.
 *
 * @param id the request's identity
 * @param signedBy who signed for the customer
 * @param signedAt when it was signed (business timestamp)
 * @param occurredAt when it was recorded
 */
public record VoucherSigned(ServiceRequestId id, String signedBy, Instant signedAt,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param signedBy who signed for the customer
   * @param signedAt when it was signed (business timestamp)
   * @param occurredAt when it was recorded
   */
  public VoucherSigned {
    requireNonNull(id, "id");
    requireNonNull(signedBy, "signedBy");
    requireNonNull(signedAt, "signedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
