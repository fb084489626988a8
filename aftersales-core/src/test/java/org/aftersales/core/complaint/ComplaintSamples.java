package org.aftersales.core.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.servicelevel.ServiceZone;

/** Intake forms and routing forms for the core's complaint tests. */
final class ComplaintSamples {

  static final ComplaintProcedure PROCEDURE = ComplaintProcedure.seed();

  private ComplaintSamples() {}

  /** A domestic, general intake of a loss: 120 of 2 000 boards defective, 120 to return. */
  static ComplaintIntake intake(String customer, String description) {
    return new ComplaintIntake(customer, description, "PO-2026-0815", "PCB-4411-A", 2_000,
        LocalDate.of(2026, 10, 20), 120, "Replace the defective boards", DemandedReturn.of(120),
        ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  /** The routing form of a domestic case accepted at {@code at}, its first step handed over. */
  static RoutingLedger routing(Instant at) {
    return RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.DOMESTIC, at)
        .handOver(PROCEDURE.route().get(0), at);
  }
}
