package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A problem not solved the day it was raised was given an explicit resolution time (明确的解决时间),
 * SVC-14: what the written report to the sales director (销售总监报备) needs.
 *
 * @param id the request's identity
 * @param customerName the customer
 * @param problem the problem as registered
 * @param resolveBy the committed resolution time
 * @param reason why it was not solved the same day
 * @param committedBy who gave the time
 * @param committedAt when it was given (business timestamp)
 * @param occurredAt when it was recorded
 */
public record ResolutionTimeCommitted(ServiceRequestId id, String customerName, String problem,
    Instant resolveBy, String reason, PersonId committedBy, Instant committedAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param customerName the customer
   * @param problem the problem as registered
   * @param resolveBy the committed resolution time
   * @param reason why it was not solved the same day
   * @param committedBy who gave the time
   * @param committedAt when it was given (business timestamp)
   * @param occurredAt when it was recorded
   */
  public ResolutionTimeCommitted {
    requireNonNull(id, "id");
    requireNonNull(customerName, "customerName");
    requireNonNull(problem, "problem");
    requireNonNull(resolveBy, "resolveBy");
    requireNonNull(reason, "reason");
    requireNonNull(committedBy, "committedBy");
    requireNonNull(committedAt, "committedAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
