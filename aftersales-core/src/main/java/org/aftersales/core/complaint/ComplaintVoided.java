package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case was voided (投诉已作废); it keeps its number.
 *
 * @param number the case's number
 * @param reason why it was voided
 * @param occurredAt when it was voided
 */
public record ComplaintVoided(DocumentNumber number, String reason, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case's number
   * @param reason why it was voided
   * @param occurredAt when it was voided
   */
  public ComplaintVoided {
    requireNonNull(number, "number");
    requireNonNull(reason, "reason");
    requireNonNull(occurredAt, "occurredAt");
  }
}
