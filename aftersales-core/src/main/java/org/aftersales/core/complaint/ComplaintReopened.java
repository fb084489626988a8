package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * The customer rejected the decision on a case, and a new case was raised for it, linked to the
 * original (重新立案, CMP-10). Published after the new case's {@link ComplaintRegistered}.
 *
 * @param number the new case's number
 * @param original the number of the case whose decision the customer rejected
 * @param occurredAt when the new case was recorded
 */
public record ComplaintReopened(DocumentNumber number, DocumentNumber original, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the new case's number
   * @param original the original case's number
   * @param occurredAt when it was recorded
   */
  public ComplaintReopened {
    requireNonNull(number, "number");
    requireNonNull(original, "original");
    requireNonNull(occurredAt, "occurredAt");
  }
}
