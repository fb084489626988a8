package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.DomainEvent;

/**
 * A complaint case accepted a command after it was opened (投诉处理进展): a hand-over, a completed
 * or returned step, a site inspection, the investigation report, the customer's visit. The command
 * is the record of what happened, with its business instant.
 *
 * @param number the case
 * @param command the accepted command
 * @param occurredAt when it was recorded (the use case's clock, whole microseconds)
 */
public record ComplaintProgressed(DocumentNumber number, ComplaintCommand command,
    Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param number the case
   * @param command the command
   * @param occurredAt when it was recorded
   */
  public ComplaintProgressed {
    requireNonNull(number, "number");
    requireNonNull(command, "command");
    requireNonNull(occurredAt, "occurredAt");
  }
}
