package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintStatistics;
import org.aftersales.core.complaint.ComplaintStatisticsReport;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.DepartmentRatio;
import org.aftersales.core.complaint.MonthlyComplaintStatistics;
import org.aftersales.core.complaint.MonthlyMarketCount;
import org.aftersales.core.complaint.MonthlyOnTime;
import org.aftersales.core.complaint.MonthlyResponsibility;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The month's complaint statistics end to end (CMP-11): closed cases stored in the in-memory
 * adapter, measured against the rules module's seed complaint procedure on the seed's Shanghai
 * office calendar (Monday to Friday 09:00–12:00 and 13:30–18:00, 7 h 30 min a working day, so ½
 * day is 3 h 45 min), months cut in Shanghai while the JVM runs in Los Angeles (whose own
 * daylight saving ends on 1 November 2026). Expected figures are worked out by hand in the
 * comments.
 */
@Tag("CMP-11")
class ComplaintStatisticsSeedTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ServiceLevelPolicy SEED = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE,
      WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
          .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
              WorkingHours.parse("13:30-18:00"))
          .build()).build()).build();
  static final ComplaintProcedure PROCEDURE = ComplaintProcedure.seed();
  static final UnitId QA = UnitId.of("QUALITY");
  static final UnitId MFG = UnitId.of("MANUFACTURING");

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static ComplaintCase registered(Instant receivedAt) {
    return ComplaintCase.register(ComplaintFixtures.aRegistration(receivedAt),
        ComplaintFixtures.aNumber(), PROCEDURE, receivedAt).state();
  }

  /**
   * An open case like {@code c} with {@code routing} as its routing form (and, for a case raised
   * by a rejection, its original), to be closed by {@link ComplaintFixtures#closedAt}. The steps
   * the test routes are completed before the closure, so their figures are the test's whatever
   * the fixture does with the rest of the route.
   */
  static ComplaintCase routedAs(ComplaintCase c, RoutingLedger routing) {
    return ComplaintCase.builder().number(c.number()).requestId(c.requestId())
        .receivedAt(c.receivedAt()).intake(c.intake()).routing(routing)
        .status(ComplaintStatus.OPEN).version(c.version()).build();
  }

  /** A case received at {@code receivedAt} whose registration step was done at {@code done}. */
  static ComplaintCase registeredBy(Instant receivedAt, Instant done) {
    ComplaintCase c = registered(receivedAt);
    return routedAs(c, c.routing().complete(done));
  }

  @Test
  @DisplayName("CMP-11: 31 Oct 23:30 and 1 Nov 00:30 Shanghai fall in October and November "
      + "whatever the JVM's zone; a reopened case and its original closed in November count as "
      + "one complaint with the reopened case's responsibility")
  void novemberInShanghaiWhileTheJvmRunsInLosAngeles() {
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    try {
      // rule: CMP-11, CMP-10, CMP-05, CMP-06
      InMemoryComplaints complaints = InMemoryComplaints.create();
      // October's last case and November's first: both received Fri 30 Oct 10:00, registered
      // by 17:00 (10–12 2 h + 13:30–17:00 3 h 30 = 5 h 30 of 3 h 45: late). Closed 23:30 and
      // 00:30 Shanghai, which are 08:30 and 09:30 on 31 October in Los Angeles (PDT) and
      // 15:30Z / 16:30Z: one day everywhere but Shanghai.
      ComplaintCase october = ComplaintFixtures.closedAt(registeredBy(sh("2026-10-30T10:00"),
          sh("2026-10-30T17:00")), sh("2026-10-31T23:30"));
      ComplaintCase first = ComplaintFixtures.closedAt(registeredBy(sh("2026-10-30T10:00"),
          sh("2026-10-30T17:00")), sh("2026-11-01T00:30"));
      // Case A accepted Mon 2 Nov 09:00: registration done 12:00 (3 h of 3 h 45: on time), QA
      // handed over 13:30, done Tue 11:00 (13:30–18:00 4 h 30 + 09–11 2 h = 6 h 30 of 7 h 30: on
      // time), closed then.
      ComplaintCase a = registered(sh("2026-11-02T09:00"));
      a = ComplaintFixtures.closedAt(routedAs(a, a.routing().complete(sh("2026-11-02T12:00"))
          .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T13:30"))
          .complete(sh("2026-11-03T11:00"))), sh("2026-11-03T11:00"));
      // B: raised Wed 4 Nov 09:00 because the customer rejected A's decision (CMP-10); its
      // registration done 11:00 (2 h: on time), closed then.
      Instant wed = sh("2026-11-04T09:00");
      ComplaintCase b = ComplaintCase.builder().number(ComplaintFixtures.aNumber())
          .requestId(ComplaintFixtures.aRequestId()).receivedAt(wed).intake(a.intake())
          .routing(RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.DOMESTIC, wed)
              .handOver(Milestone.COMPLAINT_REGISTRATION, wed).complete(sh("2026-11-04T11:00")))
          .reopenedFrom(a.number()).status(ComplaintStatus.OPEN).version(Version.initial())
          .build();
      b = ComplaintFixtures.closedAt(b, sh("2026-11-04T11:00"));
      for (ComplaintCase c : List.of(october, first, a, b)) {
        complaints.save(c, List.of());
      }
      Map<DocumentNumber, List<DepartmentRatio>> decided = Map.of(
          october.number(), List.of(DepartmentRatio.of(MFG, "1")),
          first.number(), List.of(),
          a.number(), List.of(DepartmentRatio.of(QA, "1")),
          b.number(), List.of(DepartmentRatio.of(QA, "0.6"), DepartmentRatio.of(MFG, "0.4")));
      ComplaintStatisticsReport report = new ComplaintStatisticsReport(complaints, SEED,
          c -> decided.get(c.number()), ComplaintStatistics.seed(SHANGHAI));

      MonthlyComplaintStatistics nov = report.monthly(YearMonth.of(2026, 11));
      // November: first, A, B = 3 cases; A and B one complaint: 2 complaints, 1 reopened.
      assertEquals(3, nov.casesClosed());
      assertEquals(2, nov.complaints());
      assertEquals(1, nov.reopenedCases());
      assertEquals(List.of(new MonthlyMarketCount(ServiceZone.DOMESTIC, 3, 2)), nov.markets());
      // Only B's decision counts (A's was rejected): QA 0.6, MFG 0.4 of 1.
      assertEquals(List.of(
          new MonthlyResponsibility(MFG, new BigDecimal("0.4"), new BigDecimal("0.4000")),
          new MonthlyResponsibility(QA, new BigDecimal("0.6"), new BigDecimal("0.6000"))),
          nov.responsibility());
      // Registration: first's late (above), A's and B's on time: 2 of 3 = 0.6667.
      MonthlyOnTime registration = nov.steps().stream()
          .filter(s -> s.step().equals(Milestone.COMPLAINT_REGISTRATION)).findFirst()
          .orElseThrow();
      assertEquals(new MonthlyOnTime(Milestone.COMPLAINT_REGISTRATION, 2, 3), registration);
      assertEquals(new BigDecimal("0.6667"), registration.rate().orElseThrow());
      // QA: A's on time; any QA entry the closing fixture adds for the other cases is at least
      // not late, so every QA entry is on time.
      MonthlyOnTime qa = nov.steps().stream()
          .filter(s -> s.step().equals(Milestone.QA_ANALYSIS)).findFirst().orElseThrow();
      assertEquals(qa.entries(), qa.onTime());
      // Overall: each case well inside 13 working days: 3 of 3.
      assertEquals(new MonthlyOnTime(Milestone.COMPLAINT_CLOSURE, 3, 3), nov.overall());

      MonthlyComplaintStatistics oct = report.monthly(YearMonth.of(2026, 10));
      assertEquals(1, oct.casesClosed());
      assertEquals(List.of(new MonthlyResponsibility(MFG, new BigDecimal("1"),
          new BigDecimal("1.0000"))), oct.responsibility());
      // A run on 5 December reports November; on 1 December 00:30 Shanghai (still 30 November
      // in Los Angeles and UTC) as well.
      assertEquals(nov, report.previousMonth(sh("2026-12-05T09:00")));
      assertEquals(YearMonth.of(2026, 11), report.previousMonth(sh("2026-12-01T00:30")).month());
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
