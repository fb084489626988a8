package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * A monthly inspection was reported (月度巡检报告已归档), CON-04: the report that fulfils it, with
 * every area's result, for the host's document system.
 *
 * @param contract the contract
 * @param obligation the inspection's key, {@link Obligation#key()}
 * @param report the report
 * @param occurredAt when it was recorded (the use case's clock, to the microsecond)
 */
public record InspectionReported(ContractId contract, String obligation, InspectionReport report,
    Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param contract the contract
   * @param obligation the inspection's key
   * @param report the report
   * @param occurredAt when it was recorded
   */
  public InspectionReported {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    requireNonNull(report, "report");
    requireNonNull(occurredAt, "occurredAt");
  }
}
