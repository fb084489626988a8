package org.aftersales.core.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/** Intake forms, routing forms and decided cases for the core's complaint tests. */
final class ComplaintSamples {

  static final ComplaintProcedure PROCEDURE = ComplaintProcedure.seed();
  /** An authority that lets the sales manager decide anything. */
  static final ApprovalAuthorityPolicy ANYONE = (amount, severity) -> ApprovalLevel.SALES_MANAGER;
  private static final AtomicLong IDS = new AtomicLong();

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

  /**
   * {@code open} with every step of its route completed an hour apart from its acceptance and
   * then decided an hour later: a replacement of the 120 defective boards, CNY 1 000 of loss on
   * department PRESS-2; unsaved, at the same version.
   */
  static ComplaintCase decided(ComplaintCase open) {
    ComplaintCase c = routedHourly(open);
    Instant t = c.routing().latestInstant().plusSeconds(3_600);
    return c.decided(decision(c, t), ANYONE, t).state();
  }

  /**
   * {@code open} (its first step just handed over) with every step of the route handed over and
   * completed an hour apart from its routing form's latest instant; unsaved, same version.
   */
  static ComplaintCase routedHourly(ComplaintCase open) {
    ComplaintCase c = open;
    Instant t = c.routing().latestInstant();
    List<Milestone> route = PROCEDURE.route();
    for (int i = 0; i < route.size(); i++) {
      if (i > 0) {
        t = t.plusSeconds(3_600);
        c = c.progressed(new HandOverComplaint(id(), c.number(), route.get(i), t), t).state();
      }
      t = t.plusSeconds(3_600);
      c = c.progressed(new CompleteComplaintStep(id(), c.number(), route.get(i), t), t).state();
    }
    return c;
  }

  /**
   * {@code c} with its open step completed and the rest of its route handed over and completed
   * at {@code at} (each remaining step taking no time); steps already routed keep their instants.
   */
  static ComplaintCase finished(ComplaintCase c, Instant at) {
    ComplaintCase next = c;
    List<RoutingEntry> entries = next.routing().entries();
    if (!entries.isEmpty() && entries.get(entries.size() - 1).isOpen()) {
      next = next.progressed(new CompleteComplaintStep(id(), next.number(),
          entries.get(entries.size() - 1).step(), at), at).state();
    }
    while (!next.routing().isFinished()) {
      List<RoutingEntry> done = next.routing().entries();
      List<Milestone> route = next.routing().route();
      Milestone step = route.get(route.indexOf(done.get(done.size() - 1).step()) + 1);
      next = next.progressed(new HandOverComplaint(id(), next.number(), step, at), at).state();
      next = next.progressed(new CompleteComplaintStep(id(), next.number(), step, at), at)
          .state();
    }
    return next;
  }

  /** The decision {@link #decided} takes, at {@code at}. */
  static DecideComplaint decision(ComplaintCase c, Instant at) {
    return new DecideComplaint(id(), c.number(), at, PersonId.of("GM-1"),
        ApprovalLevel.GENERAL_MANAGER, Money.of(new BigDecimal("1000"), java.util.Currency.getInstance("CNY")),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)),
        Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the curing oven", true,
            ResponsibilityLine.of(UnitId.of("PRESS-2"), BigDecimal.ONE)),
        List.of(), OverAcceptanceRatio.seed());
  }

  static RequestId id() {
    return RequestId.of("sample-" + IDS.incrementAndGet());
  }
}
