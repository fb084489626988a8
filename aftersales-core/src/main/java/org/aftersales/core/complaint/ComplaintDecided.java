package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case was decided by the approval authority (投诉已核决), CMP-07: the decision is the
 * command, kept on the case as {@link ComplaintCase#decision()}.
 *
 * @param number the case
 * @param decision the accepted decision
 * @param occurredAt when it was recorded (the use case's clock)
 */
public record ComplaintDecided(DocumentNumber number, DecideComplaint decision,
    Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case
   * @param decision the decision
   * @param occurredAt when it was recorded
   */
  public ComplaintDecided {
    requireNonNull(number, "number");
    requireNonNull(decision, "decision");
    requireNonNull(occurredAt, "occurredAt");
  }
}
