package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case was registered and numbered (投诉已登记).
 *
 * @param number the case's number
 * @param receivedAt the business timestamp the number's period comes from
 * @param reopenedFrom the case whose decision the customer rejected (CMP-10), if any
 * @param occurredAt when the registration was recorded
 */
public record ComplaintRegistered(DocumentNumber number, Instant receivedAt,
    Optional<DocumentNumber> reopenedFrom, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case's number
   * @param receivedAt the business timestamp
   * @param reopenedFrom the original case, if any
   * @param occurredAt when it was recorded
   */
  public ComplaintRegistered {
    requireNonNull(number, "number");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(reopenedFrom, "reopenedFrom");
    requireNonNull(occurredAt, "occurredAt");
  }
}
