package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case was closed (投诉已结案), CMP-09: its clocks stopped at {@code closedAt}.
 *
 * @param number the case
 * @param closedAt the business instant of the closure
 * @param onTime whether it closed within its overall limit (CMP-06), as the service-level policy
 *     counted at the closure
 * @param occurredAt when it was recorded (the use case's clock)
 */
public record ComplaintClosed(DocumentNumber number, Instant closedAt, boolean onTime,
    Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case
   * @param closedAt the closing instant
   * @param onTime whether it was on time
   * @param occurredAt when it was recorded
   */
  public ComplaintClosed {
    requireNonNull(number, "number");
    requireNonNull(closedAt, "closedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
