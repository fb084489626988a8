package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * The customer rejected the decision on a case (客户不接受判定), CMP-10: the case is closed as
 * rejected and continues as a new, linked case.
 *
 * @param number the rejected case
 * @param reopenedAs the new case's number
 * @param rejectedAt the business instant (the new case's acceptance)
 * @param occurredAt when it was recorded (the use case's clock)
 */
public record ComplaintRejected(DocumentNumber number, DocumentNumber reopenedAs,
    Instant rejectedAt, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the rejected case
   * @param reopenedAs the new case
   * @param rejectedAt the rejection instant
   * @param occurredAt when it was recorded
   */
  public ComplaintRejected {
    requireNonNull(number, "number");
    requireNonNull(reopenedAs, "reopenedAs");
    requireNonNull(rejectedAt, "rejectedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
