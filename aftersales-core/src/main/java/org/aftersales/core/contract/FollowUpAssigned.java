package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * Someone was assigned to follow up an ending contract or free period (跟进指派), CON-01, CON-02.
 *
 * @param contract the contract
 * @param obligation the key of the expiry notice or free-period report it follows up, {@link Obligation#key()}
 * @param kind which of the two
 * @param assignment who, by whom, when
 * @param occurredAt when it was recorded (the use case's clock, to the microsecond)
 */
public record FollowUpAssigned(ContractId contract, String obligation, ObligationKind kind, FollowUpAssignment assignment, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param contract the contract
   * @param obligation the key of the expiry notice or free-period report it follows up, {@link Obligation#key()}
   * @param kind which of the two
   * @param assignment who, by whom, when
   * @param occurredAt when it was recorded
   */
  public FollowUpAssigned {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    requireNonNull(kind, "kind");
    requireNonNull(assignment, "assignment");
    requireNonNull(occurredAt, "occurredAt");
  }
}
