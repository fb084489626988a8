package com.example.erp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.time.TestClock;

/**
 * What an adopter's first program does: wires the use cases as docs/production-wiring.md shows,
 * over the testkit's in-memory adapters, registers a complaint, repeats it, sends an invalid one,
 * splits the case's penalty with Immutables-built values, and says where it ran.
 */
public final class Main {

  private Main() {}

  /** The intake form of a leaking pump: 1 of 10 shipped on 3 November, returned. */
  static ComplaintIntake intake(String customer, String complaint) {
    return new ComplaintIntake(customer, complaint, "SO-7781", "PUMP-40", 10,
        LocalDate.of(2026, 11, 3), 1, "Replace the pump", DemandedReturn.of(1),
        ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  /**
   * Runs the program; everything it prints is ASCII, one fact a line.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    TestClock clock = TestClock.at(Instant.parse("2026-11-18T03:00:00Z"), ErpWiring.BUSINESS_ZONE);
    DocumentNumber complaintNumber;
    InMemoryComplaints complaints = InMemoryComplaints.create();
    RecordingEventPublisher published = new RecordingEventPublisher();
    try (ErpWiring erp = new ErpWiring(complaints, InMemoryNumberSequences.create(),
        complaints.outbox(), published, clock)) {
      RegisterComplaint leak = new RegisterComplaint(RequestId.of("ERP-0001"),
          Instant.parse("2026-11-18T02:15:00Z"), intake("Li Lei", "The pump leaks."));
      ComplaintCase first = erp.complaintRegistration().register(leak);
      ComplaintCase again = erp.complaintRegistration().register(leak);
      complaintNumber = first.number();
      System.out.println("registered " + first.number().text() + ", repeated "
          + again.number().text());
      try {
        erp.complaintRegistration().register(new RegisterComplaint(RequestId.of("ERP-0002"),
            Instant.parse("2026-11-18T02:20:00Z"), intake(" ", "The pump leaks.")));
        System.out.println("invalid command accepted");
      } catch (InvalidInputException refused) {
        System.out.println("refused " + refused.violations().size() + " at "
            + refused.violations().get(0).path());
      }
      System.out.println("relayed " + erp.eventRelay().relayAll(100, 10) + " event "
          + published.received().get(0).eventId());
    }

    OrganizationUnit press = OrganizationUnit.builder()
        .id(UnitId.of("PRESS-2")).level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING)
        .addMembers(new Member(PersonId.of("E1001"), BasePoints.parse("1.5")),
            new Member(PersonId.of("E1002"), BasePoints.parse("1.0")),
            new Member(PersonId.of("E1003"), BasePoints.parse("0.5")))
        .build();
    PenaltyAllocation split = LargestRemainderAllocation.seed().allocate(PenaltyCase.builder()
        .caseId(complaintNumber)
        .amount(Money.parse("CNY 1000.00"))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Unit(press), BigDecimal.ONE))
        .build());
    System.out.println("split " + split.amountFor(PersonId.of("E1001")) + " / "
        + split.amountFor(PersonId.of("E1002")) + " / " + split.amountFor(PersonId.of("E1003")));

    Module core = ComplaintCase.class.getModule();
    System.out.println("core module " + (core.isNamed() ? core.getName() : "unnamed")
        + ", internal exported " + core.isExported("org.aftersales.core.internal"));
    System.out.println("expression language " + (isLoadable("jakarta.el.ExpressionFactory")
        ? "present" : "absent"));
  }

  private static boolean isLoadable(String className) {
    try {
      Class.forName(className, false, Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
