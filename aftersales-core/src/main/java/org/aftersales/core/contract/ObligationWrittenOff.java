package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * An obligation was written off (义务注销): it will not be done.
 *
 * @param contract the contract
 * @param obligation the obligation's key, {@link Obligation#key()}
 * @param kind what it was
 * @param disposition the due day written off, the reason, who and when
 * @param occurredAt when it was recorded (the use case's clock, to the microsecond)
 */
public record ObligationWrittenOff(ContractId contract, String obligation, ObligationKind kind, ObligationDisposition disposition, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param contract the contract
   * @param obligation the obligation's key, {@link Obligation#key()}
   * @param kind what it was
   * @param disposition the due day written off, the reason, who and when
   * @param occurredAt when it was recorded
   */
  public ObligationWrittenOff {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    requireNonNull(kind, "kind");
    requireNonNull(disposition, "disposition");
    requireNonNull(occurredAt, "occurredAt");
  }
}
