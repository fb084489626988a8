package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case was registered and numbered (投诉已登记) — every new case, including one raised
 * after a rejected decision, which also causes a {@link ComplaintReopened}.
 *
 * @param number the case's number
 * @param receivedAt the business timestamp the number's period comes from
 * @param occurredAt when the registration was recorded
 */
public record ComplaintRegistered(DocumentNumber number, Instant receivedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case's number
   * @param receivedAt the business timestamp
   * @param occurredAt when it was recorded
   */
  public ComplaintRegistered {
    requireNonNull(number, "number");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
