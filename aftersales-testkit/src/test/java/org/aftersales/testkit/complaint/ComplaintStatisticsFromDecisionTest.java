package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintStatistics;
import org.aftersales.core.complaint.ComplaintStatisticsReport;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.MonthlyComplaintStatistics;
import org.aftersales.core.complaint.MonthlyResponsibility;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.ResponsibilityOf;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Test;

/**
 * The month's statistics reading each closed case's own decision ({@link
 * ResponsibilityOf#fromDecision()}), CMP-11 with CMP-08: responsibility per department summed
 * over the month's cases and its share, worked out by hand.
 */
class ComplaintStatisticsFromDecisionTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  @Test
  void the_decisions_ratios_are_summed_per_department_and_shared_over_the_month() {
    // rule: CMP-11, CMP-08 — case 1: PRESS-2 alone (1.0); case 2: PRESS-2 0.5 and QA-1's
    // inspector 0.5; case 3: not ours. Sums PRESS-2 1.5, QA-1 0.5; total 2.0; shares 0.75 and
    // 0.25.
    InMemoryComplaints complaints = InMemoryComplaints.create();
    ComplaintCase one = ComplaintFixtures.anOpenCase();
    complaints.save(ComplaintFixtures.closedAt(one, sh("2026-11-10T10:00")), List.of());
    complaints.save(closedWith(ComplaintFixtures.anOpenCase(), Responsibility.ours(
        FaultCause.MANUFACTURING, "Re-train the press line", true,
        ResponsibilityLine.of(UnitId.of("PRESS-2"), new BigDecimal("0.5")),
        ResponsibilityLine.of(UnitId.of("QA-1"), PersonId.of("Q7"), new BigDecimal("0.5")))),
        List.of());
    complaints.save(closedWith(ComplaintFixtures.anOpenCase(),
        Responsibility.none("the customer's storage")), List.of());
    MonthlyComplaintStatistics november = new ComplaintStatisticsReport(complaints,
        ComplaintFixtures.SEED_POLICY, ResponsibilityOf.fromDecision(),
        ComplaintStatistics.seed(SHANGHAI)).monthly(YearMonth.of(2026, 11));
    assertEquals(3, november.casesClosed());
    assertEquals(0, new BigDecimal("2").compareTo(november.totalResponsibility()));
    assertEquals(List.of(
            new MonthlyResponsibility(UnitId.of("PRESS-2"), new BigDecimal("1.5"),
                new BigDecimal("0.7500")),
            new MonthlyResponsibility(UnitId.of("QA-1"), new BigDecimal("0.5"),
                new BigDecimal("0.2500"))),
        november.responsibility());
  }

  /** {@code open} routed, decided with {@code responsibility}, visited and closed on 12 Nov. */
  static ComplaintCase closedWith(ComplaintCase open, Responsibility responsibility) {
    Instant t = open.routing().latestInstant();
    ComplaintCase routed = ComplaintFixtures.routed(open, t);
    DecideComplaint d = new DecideComplaint(RequestId.of("d"), open.number(), t,
        PersonId.of("GM-1"), ApprovalLevel.GENERAL_MANAGER,
        Money.of(new BigDecimal("500"), Currency.getInstance("CNY")),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)), responsibility, List.of(),
        OverAcceptanceRatio.seed());
    Instant closedAt = sh("2026-11-12T10:00");
    return routed.decided(d, (a, s) -> ApprovalLevel.SALES_MANAGER, t).state()
        .progressed(new RecordCustomerVisit(RequestId.of("v"), open.number(), t,
            PersonId.of("SUP-1"), false, "visited"), t).state()
        .closed(new CloseComplaint(RequestId.of("c"), open.number(), closedAt,
            CustomerReply.WRITTEN), ComplaintProcedure.seed(), ComplaintFixtures.SEED_POLICY,
            closedAt).state();
  }
}
