package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * An obligation was fulfilled (义务已履行): the record of who, when and the document.
 *
 * @param contract the contract
 * @param obligation the obligation's key, {@link Obligation#key()}
 * @param kind what it was
 * @param fulfilment who, when, the document
 * @param occurredAt when it was recorded (the use case's clock, to the microsecond)
 */
public record ObligationFulfilled(ContractId contract, String obligation, ObligationKind kind, ObligationFulfilment fulfilment, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param contract the contract
   * @param obligation the obligation's key, {@link Obligation#key()}
   * @param kind what it was
   * @param fulfilment who, when, the document
   * @param occurredAt when it was recorded
   */
  public ObligationFulfilled {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    requireNonNull(kind, "kind");
    requireNonNull(fulfilment, "fulfilment");
    requireNonNull(occurredAt, "occurredAt");
  }
}
