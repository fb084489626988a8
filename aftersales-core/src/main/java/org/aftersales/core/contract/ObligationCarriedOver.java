package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * An obligation not done on its date was carried over to another day (义务顺延).
 *
 * @param contract the contract
 * @param obligation the obligation's key, {@link Obligation#key()}
 * @param kind what it is
 * @param disposition the new due day, the reason, who and when
 * @param occurredAt when it was recorded (the use case's clock, to the microsecond)
 */
public record ObligationCarriedOver(ContractId contract, String obligation, ObligationKind kind, ObligationDisposition disposition, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param contract the contract
   * @param obligation the obligation's key, {@link Obligation#key()}
   * @param kind what it is
   * @param disposition the new due day, the reason, who and when
   * @param occurredAt when it was recorded
   */
  public ObligationCarriedOver {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    requireNonNull(kind, "kind");
    requireNonNull(disposition, "disposition");
    requireNonNull(occurredAt, "occurredAt");
  }
}
