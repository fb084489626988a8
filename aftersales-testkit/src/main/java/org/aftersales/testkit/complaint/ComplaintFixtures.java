package org.aftersales.testkit.complaint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ApprovalAuthorityPolicy;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * Ready-made complaint cases and commands for tests (投诉测试数据). Numbers and request IDs made
 * here are unique within the JVM, so tests sharing storage do not collide.
 */
public final class ComplaintFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Currency CNY = Currency.getInstance("CNY");

  private ComplaintFixtures() {}

  /**
   * A fresh request ID, unique within the JVM.
   *
   * @return e.g. {@code fixture-request-17}
   */
  public static RequestId aRequestId() {
    return RequestId.of("fixture-request-" + COUNTER.incrementAndGet());
  }

  /**
   * A fresh complaint number of November 2026 whose serial is unique within the JVM, printed as
   * the CMP-01 default prints it: {@code 261117}, widened past 99 ({@code 2611100}).
   *
   * @return the number
   */
  public static DocumentNumber aNumber() {
    long serial = COUNTER.incrementAndGet();
    return DocumentNumber.of(SeriesId.COMPLAINTS, String.format(Locale.ROOT, "2611%02d", serial),
        "2026-11", LocalDate.of(2026, 11, 1), serial);
  }

  /**
   * An open, unsaved case with a fresh number and request ID, received on 2 November 2026 at
   * 10:00 in Shanghai.
   *
   * @return the case at version 0
   */
  public static ComplaintCase anOpenCase() {
    return ComplaintCase.register(aRegistration(receivedAt()), aNumber(), ComplaintProcedure.seed(),
        receivedAt()).state();
  }

  /**
   * A registration command for a complaint received at {@code receivedAt}, with a fresh request ID.
   *
   * @param receivedAt the business timestamp
   * @return the command
   */
  public static RegisterComplaint aRegistration(Instant receivedAt) {
    return new RegisterComplaint(aRequestId(), receivedAt, anIntake("Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411, 120 of 2 000 boards"));
  }

  /**
   * An intake form (CMP-02) of a domestic, general complaint that caused a loss: order
   * {@code PO-2026-0815}, part {@code PCB-4411-A}, 2 000 pieces shipped on 20 October 2026, 120
   * defective, the customer asks to return the 120 and have them replaced.
   *
   * @param customer the customer's name
   * @param description the complaint
   * @return the intake
   */
  public static ComplaintIntake anIntake(String customer, String description) {
    return new ComplaintIntake(customer, description, "PO-2026-0815", "PCB-4411-A", 2_000,
        LocalDate.of(2026, 10, 20), 120, "Replace the defective boards", DemandedReturn.of(120),
        ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  /**
   * The seed's complaint procedure (CMP-04 … CMP-06: ½, 1, 1, 1, 5 / 12, ½ working days, closing
   * within 13 / 17) on the seed's Shanghai office calendar: Monday to Friday 09:00–12:00 and
   * 13:30–18:00, no holidays configured.
   */
  public static final ServiceLevelPolicy SEED_POLICY = ServiceLevels.seed(
      SeedServiceLevels.COMPLAINT_PROCEDURE, WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
              WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
          .build()).build();

  /** An approval authority that lets anyone decide anything, for fixtures. */
  private static final ApprovalAuthorityPolicy ANYONE =
      (amount, severity) -> ApprovalLevel.SALES_MANAGER;

  /**
   * {@code c} with the rest of its route handed over and completed at {@code at} (each remaining
   * step taking no time), unsaved, at the same version; steps already routed keep their instants.
   *
   * @param c an open case
   * @param at the instant, at or after the routing form's latest one
   * @return the case with its route completed
   */
  public static ComplaintCase routed(ComplaintCase c, Instant at) {
    ComplaintCase next = c;
    List<RoutingEntry> entries = next.routing().entries();
    if (!entries.isEmpty() && entries.get(entries.size() - 1).isOpen()) {
      next = next.progressed(new CompleteComplaintStep(aRequestId(), next.number(),
          entries.get(entries.size() - 1).step(), at), at).state();
    }
    while (!next.routing().isFinished()) {
      List<RoutingEntry> done = next.routing().entries();
      List<Milestone> route = next.routing().route();
      Milestone step = done.isEmpty() ? route.get(0)
          : route.get(route.indexOf(done.get(done.size() - 1).step()) + 1);
      next = next.progressed(new HandOverComplaint(aRequestId(), next.number(), step, at), at)
          .state();
      next = next.progressed(new CompleteComplaintStep(aRequestId(), next.number(), step, at), at)
          .state();
    }
    return next;
  }

  /**
   * A decision at {@code at} for a case made from {@link #anIntake}: the 120 defective boards
   * replaced, CNY 1 000 of loss on department {@code PRESS-2}, decided by the general manager
   * {@code GM-1}, the company's default over-acceptance ratio.
   *
   * @param c the case
   * @param at the decision instant
   * @return the command
   */
  public static DecideComplaint aDecision(ComplaintCase c, Instant at) {
    return new DecideComplaint(aRequestId(), c.number(), at, PersonId.of("GM-1"),
        ApprovalLevel.GENERAL_MANAGER, Money.of(new BigDecimal("1000"), CNY),
        ComplaintOutcome.remedy(RemedyLine.replacement(c.intake().defectiveQuantity())),
        Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the curing oven", true,
            ResponsibilityLine.of(UnitId.of("PRESS-2"), BigDecimal.ONE)),
        List.of(), OverAcceptanceRatio.seed());
  }

  /**
   * {@code c} {@link #routed} and decided ({@link #aDecision}) at {@code at}, unsaved, at the
   * same version.
   *
   * @param c an open case
   * @param at the instant, at or after the routing form's latest one
   * @return the decided case
   */
  public static ComplaintCase decided(ComplaintCase c, Instant at) {
    ComplaintCase routed = routed(c, at);
    return routed.decided(aDecision(routed, at), ANYONE, at).state();
  }

  /**
   * {@code c} as closed at {@code at}: its route completed and the case decided at the routing
   * form's latest instant (steps already routed keep their instants, so their figures are what
   * the test made them), the customer visited then, closed at {@code at} with a written answer;
   * unsaved, at the same version. For adapter, query and report tests that need closed cases.
   *
   * @param c an open case
   * @param at the closing instant, whole microseconds, at or after the routing form's latest
   *     instant
   * @return the closed case
   */
  public static ComplaintCase closedAt(ComplaintCase c, Instant at) {
    Instant t = c.routing().latestInstant();
    ComplaintCase decided = decided(c, t);
    ComplaintCase visited = decided.progressed(new RecordCustomerVisit(aRequestId(),
        c.number(), t, PersonId.of("SUP-1"), false, "Visited the customer"), t).state();
    return visited.closed(new CloseComplaint(aRequestId(), c.number(), at, CustomerReply.WRITTEN),
        ComplaintProcedure.seed(), SEED_POLICY, at).state();
  }

  /**
   * 2 November 2026, 10:00 in Shanghai.
   *
   * @return the instant
   */
  public static Instant receivedAt() {
    return ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant();
  }
}
