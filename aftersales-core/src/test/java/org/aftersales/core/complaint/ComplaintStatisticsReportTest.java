package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ClosedCaseFactsTest.POLICY;
import static org.aftersales.core.complaint.ClosedCaseFactsTest.throughQa;
import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The statistics use case over a stub repository that records the interval it is asked for.
 */
@Tag("CMP-11")
class ComplaintStatisticsReportTest {

  static final ComplaintStatistics STATS = ComplaintStatistics.seed(ZoneId.of("Asia/Shanghai"));
  static final UnitId QA = UnitId.of("QA");

  /** Answers {@code closedBetween} with its cases and records the interval asked for. */
  static final class ClosedCases implements Complaints {
    final List<ComplaintCase> cases;
    final List<Instant> asked = new ArrayList<>();

    ClosedCases(List<ComplaintCase> cases) {
      this.cases = cases;
    }

    @Override
    public List<ComplaintCase> closedBetween(Instant from, Instant to) {
      asked.add(from);
      asked.add(to);
      return cases;
    }

    @Override
    public Optional<ComplaintCase> find(DocumentNumber number) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ComplaintCase> inProgress(int max) {
      throw new UnsupportedOperationException();
    }
  }

  static ComplaintCase closedCase(int serial, Instant closedAt) {
    return ClosedCaseFactsTest.closing(ClosedCaseFactsTest.aCase(DocumentNumber.of(
        SeriesId.COMPLAINTS, "26110" + serial, "2026-11", LocalDate.of(2026, 11, 1), serial),
        throughQa()), closedAt);
  }

  @Test
  void the_report_reads_the_months_instants_and_counts_each_cases_responsibility() {
    // rule: CMP-11 — November in Shanghai is [31 Oct 16:00Z, 30 Nov 16:00Z). Two cases with QA 1
    // and QA 0.5: QA 1.5, share 1.0000. Each case: registration on time, QA late (see
    // ClosedCaseFactsTest): registration 2 of 2, QA 0 of 2.
    ClosedCases port = new ClosedCases(List.of(closedCase(1, sh("2026-11-03T15:00")),
        closedCase(2, sh("2026-11-04T15:00"))));
    ResponsibilityOf responsibility = c -> List.of(DepartmentRatio.of(QA,
        c.number().text().endsWith("1") ? "1" : "0.5"));
    ComplaintStatisticsReport report = new ComplaintStatisticsReport(port, POLICY,
        responsibility, STATS);
    MonthlyComplaintStatistics s = report.monthly(YearMonth.of(2026, 11));
    assertEquals(List.of(Instant.parse("2026-10-31T16:00:00Z"),
        Instant.parse("2026-11-30T16:00:00Z")), port.asked);
    assertEquals(2, s.casesClosed());
    assertEquals(List.of(new MonthlyResponsibility(QA, new BigDecimal("1.5"),
        new BigDecimal("1.0000"))), s.responsibility());
    assertEquals(List.of(new MonthlyOnTime(Milestone.COMPLAINT_REGISTRATION, 2, 2),
        new MonthlyOnTime(Milestone.QA_ANALYSIS, 0, 2)), s.steps().stream()
        .filter(r -> r.step().equals(Milestone.COMPLAINT_REGISTRATION)
            || r.step().equals(Milestone.QA_ANALYSIS))
        .sorted((a, b) -> a.step().equals(Milestone.COMPLAINT_REGISTRATION) ? -1 : 1).toList());
  }

  @Test
  void a_run_on_5_december_reports_november() {
    // rule: CMP-11 — the run at 5 December 09:00 Shanghai asks for November's interval.
    ClosedCases port = new ClosedCases(List.of());
    MonthlyComplaintStatistics s = new ComplaintStatisticsReport(port, POLICY, c -> List.of(),
        STATS).previousMonth(sh("2026-12-05T09:00"));
    assertEquals(YearMonth.of(2026, 11), s.month());
    assertEquals(Instant.parse("2026-10-31T16:00:00Z"), port.asked.get(0));
  }

  @Test
  void the_responsibility_policy_is_required() {
    // rule: CMP-11 — no silent default that counts no responsibility.
    ClosedCases port = new ClosedCases(List.of());
    assertThrows(NullPointerException.class,
        () -> new ComplaintStatisticsReport(port, POLICY, null, STATS));
  }

  @Test
  void the_cases_are_closed_with_the_stub_version() {
    // rule: CMP-11 — the stub's cases are unsaved copies; a sanity check of the fixture.
    assertEquals(Version.initial(), closedCase(1, sh("2026-11-03T15:00")).version());
  }
}
