package org.aftersales.core.complaint;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The month's complaint statistics over facts written by hand (CMP-11, PCB §9.10: by the 10th, the
 * previous month's closed cases with responsibility ratios per department and the on-time rate
 * per step). Every expected figure is worked out in the comments from the facts, never taken from
 * the code under test.
 */
@Tag("CMP-11")
class ComplaintStatisticsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ComplaintStatistics STATS = ComplaintStatistics.seed(SHANGHAI);
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final UnitId QA = UnitId.of("QA");
  static final UnitId MFG = UnitId.of("MFG");
  static final UnitId RND = UnitId.of("RND");
  /** 10 November 2026, 10:00 in Shanghai: inside November in that zone. */
  static final Instant MID_NOV = sh("2026-11-10T10:00");

  static DocumentNumber number(int serial) {
    return DocumentNumber.of(SeriesId.COMPLAINTS, String.format("2611%02d", serial), "2026-11",
        LocalDate.of(2026, 11, 1), serial);
  }

  static StepFigures step(Milestone step, boolean onTime) {
    return new StepFigures(step, MID_NOV, Budget.workingDays(1), MID_NOV, Duration.ZERO,
        Duration.ZERO, onTime);
  }

  static ClosedCaseFacts.Builder facts(int serial, ServiceZone market, Instant closedAt,
      boolean overallOnTime) {
    ClosedCaseFacts.Builder b = ClosedCaseFacts.builder();
    b.number(number(serial)).closedAt(closedAt).market(market)
        .overall(step(Milestone.COMPLAINT_CLOSURE, overallOnTime));
    return b;
  }

  static DepartmentRatio ratio(UnitId department, String value) {
    return DepartmentRatio.of(department, value);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /**
   * Five cases closed in November: 1 (domestic) and 2 reopened from it (domestic), 3 (overseas),
   * 4 reopened from case 99 closed in another month (overseas), 5 (domestic).
   */
  static List<ClosedCaseFacts> novemberCases() {
    List<ClosedCaseFacts> all = new ArrayList<>();
    all.add(facts(1, ServiceZone.DOMESTIC, MID_NOV, false)
        .addSteps(step(Milestone.COMPLAINT_REGISTRATION, true), step(Milestone.QA_ANALYSIS, false))
        .addResponsibility(ratio(QA, "1")).build());
    all.add(facts(2, ServiceZone.DOMESTIC, MID_NOV.plusSeconds(3600), true)
        .reopenedFrom(number(1))
        .addSteps(step(Milestone.COMPLAINT_REGISTRATION, true), step(Milestone.QA_ANALYSIS, true))
        .addResponsibility(ratio(QA, "0.6"), ratio(MFG, "0.4")).build());
    all.add(facts(3, ServiceZone.OVERSEAS, MID_NOV, true)
        .addSteps(step(Milestone.COMPLAINT_REGISTRATION, false),
            step(Milestone.QA_ANALYSIS, true), step(Milestone.QA_ANALYSIS, false))
        .addResponsibility(ratio(QA, "0.5"), ratio(RND, "0.25")).build());
    all.add(facts(4, ServiceZone.OVERSEAS, MID_NOV, true).reopenedFrom(number(99))
        .addSteps(step(Milestone.COMPLAINT_REGISTRATION, true)).build());
    all.add(facts(5, ServiceZone.DOMESTIC, MID_NOV, false)
        .addSteps(step(Milestone.COMPLAINT_REGISTRATION, true))
        .addResponsibility(ratio(MFG, "1")).build());
    return all;
  }

  @Nested
  @DisplayName("CMP-11: counting cases and complaints")
  class Counting {

    @Test
    void five_cases_closed_with_one_reopened_pair_are_four_complaints() {
      // rule: CMP-11 — cases 1..5; case 2's original (1) closed in November too: one complaint;
      // case 4's original (99) did not: it counts. 5 cases, 4 complaints, 2 reopened cases.
      MonthlyComplaintStatistics s = STATS.monthly(NOV, novemberCases());
      assertEquals(NOV, s.month());
      assertEquals(5, s.casesClosed());
      assertEquals(4, s.complaints());
      assertEquals(2, s.reopenedCases());
    }

    @Test
    void each_market_counts_its_cases_and_complaints_in_market_code_order() {
      // rule: CMP-11 — domestic: cases 1, 2, 5 = 3, complaints 1, 5 = 2; overseas: 3, 4 = 2, 2.
      MonthlyComplaintStatistics s = STATS.monthly(NOV, novemberCases());
      assertEquals(List.of(new MonthlyMarketCount(ServiceZone.DOMESTIC, 3, 2),
          new MonthlyMarketCount(ServiceZone.OVERSEAS, 2, 2)), s.markets());
    }

    @Test
    void a_chain_of_three_cases_closed_in_one_month_is_one_complaint_with_the_last_decision() {
      // rule: CMP-11, CMP-10 — 1 → 2 → 3 all in November: one complaint; only case 3's
      // responsibility (RND 1) counts, the rejected decisions of 1 and 2 are replaced.
      List<ClosedCaseFacts> chain = List.of(
          facts(1, ServiceZone.DOMESTIC, MID_NOV, true).addResponsibility(ratio(QA, "1")).build(),
          facts(2, ServiceZone.DOMESTIC, MID_NOV, true).reopenedFrom(number(1))
              .addResponsibility(ratio(MFG, "1")).build(),
          facts(3, ServiceZone.DOMESTIC, MID_NOV, true).reopenedFrom(number(2))
              .addResponsibility(ratio(RND, "1")).build());
      MonthlyComplaintStatistics s = STATS.monthly(NOV, chain);
      assertEquals(3, s.casesClosed());
      assertEquals(1, s.complaints());
      assertEquals(2, s.reopenedCases());
      assertEquals(List.of(new MonthlyResponsibility(RND, dec("1"), dec("1.0000"))),
          s.responsibility());
    }

    @Test
    void an_empty_month_has_zero_counts_no_lines_and_no_rate() {
      // rule: CMP-11
      MonthlyComplaintStatistics s = STATS.monthly(NOV, List.of());
      assertEquals(0, s.casesClosed());
      assertEquals(0, s.complaints());
      assertEquals(List.of(), s.markets());
      assertEquals(List.of(), s.responsibility());
      assertEquals(List.of(), s.steps());
      assertEquals(0, BigDecimal.ZERO.compareTo(s.totalResponsibility()));
      assertEquals(new MonthlyOnTime(Milestone.COMPLAINT_CLOSURE, 0, 0), s.overall());
      assertEquals(Optional.empty(), s.overall().rate());
    }

    @Test
    void numbers_of_two_series_with_the_same_text_are_two_cases_and_links_find_the_right_one() {
      // rule: CMP-11, CMP-10 — 261101 of COMPLAINT and 261101 of series LEGACY are two cases;
      // case 2 reopened from LEGACY's 261101 joins that one: 3 cases, 2 complaints.
      DocumentNumber legacy = DocumentNumber.of(SeriesId.of("LEGACY"), "261101", "2026-11",
          LocalDate.of(2026, 11, 1), 1);
      ClosedCaseFacts one = facts(1, ServiceZone.DOMESTIC, MID_NOV, true).build();
      ClosedCaseFacts.Builder other = ClosedCaseFacts.builder();
      other.number(legacy).closedAt(MID_NOV).market(ServiceZone.DOMESTIC)
          .overall(step(Milestone.COMPLAINT_CLOSURE, true)).addResponsibility(ratio(QA, "1"));
      ClosedCaseFacts two = facts(2, ServiceZone.DOMESTIC, MID_NOV, true).reopenedFrom(legacy)
          .addResponsibility(ratio(MFG, "1")).build();
      MonthlyComplaintStatistics s = STATS.monthly(NOV, List.of(one, other.build(), two));
      assertEquals(3, s.casesClosed());
      assertEquals(2, s.complaints());
      assertEquals(List.of(new MonthlyResponsibility(MFG, dec("1"), dec("1.0000"))),
          s.responsibility());
      ClosedCaseFacts.Builder again = ClosedCaseFacts.builder();
      again.number(legacy).closedAt(MID_NOV).market(ServiceZone.DOMESTIC)
          .overall(step(Milestone.COMPLAINT_CLOSURE, true));
      assertThrows(InvalidInputException.class,
          () -> STATS.monthly(NOV, List.of(one, other.build(), again.build())));
      // Links to numbers not closed in the month are new complaints, even when the text is that
      // of a case of another series closed in it (LEGACY 261101 is not COMPLAINT 261101): 3.
      ClosedCaseFacts three = facts(3, ServiceZone.DOMESTIC, MID_NOV, true)
          .reopenedFrom(DocumentNumber.of(SeriesId.of("LEGACY"), "261103", "2026-11",
              LocalDate.of(2026, 11, 1), 3)).build();
      ClosedCaseFacts four = facts(4, ServiceZone.DOMESTIC, MID_NOV, true)
          .reopenedFrom(legacy).build();
      assertEquals(3, STATS.monthly(NOV, List.of(one, three, four)).complaints());
    }

    @Test
    void a_case_given_twice_is_refused_but_a_case_of_another_month_is_ignored() {
      // rule: CMP-11 — a case closes once.
      ClosedCaseFacts one = facts(1, ServiceZone.DOMESTIC, MID_NOV, true).build();
      ClosedCaseFacts october = facts(1, ServiceZone.DOMESTIC, sh("2026-10-15T10:00"), true)
          .build();
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> STATS.monthly(NOV, List.of(one, one)));
      assertEquals("facts", e.violations().get(0).path());
      assertEquals(1, STATS.monthly(NOV, List.of(one, october)).casesClosed());
    }
  }

  @Nested
  @DisplayName("CMP-11: responsibility per department")
  class Responsibility {

    @Test
    void ratios_add_up_exactly_and_shares_are_rounded_half_even_to_four_places() {
      // rule: CMP-11 — counted: case 2 (QA 0.6, MFG 0.4), 3 (QA 0.5, RND 0.25), 5 (MFG 1); case 1
      // is replaced by 2. QA 1.1, MFG 1.4, RND 0.25, total 2.75. Shares: 1.1/2.75 = 0.4;
      // 1.4/2.75 = 0.509090… → 0.5091; 0.25/2.75 = 0.090909… → 0.0909. Sum 1.0000.
      MonthlyComplaintStatistics s = STATS.monthly(NOV, novemberCases());
      assertEquals(List.of(
          new MonthlyResponsibility(MFG, dec("1.4"), dec("0.5091")),
          new MonthlyResponsibility(QA, dec("1.1"), dec("0.4000")),
          new MonthlyResponsibility(RND, dec("0.25"), dec("0.0909"))), s.responsibility());
      assertEquals(dec("2.75"), s.totalResponsibility());
    }

    @Test
    void a_share_exactly_halfway_rounds_to_the_even_digit() {
      // rule: CMP-11 — 0.03125 of 1 → 0.0312 (2 is even), 0.96875 → 0.9688 (7 is odd, up).
      List<ClosedCaseFacts> cases = List.of(facts(1, ServiceZone.DOMESTIC, MID_NOV, true)
          .addResponsibility(ratio(QA, "0.03125"), ratio(MFG, "0.96875")).build());
      MonthlyComplaintStatistics s = STATS.monthly(NOV, cases);
      assertEquals(dec("0.9688"), s.responsibility().get(0).share());
      assertEquals(dec("0.0312"), s.responsibility().get(1).share());
    }
  }

  @Nested
  @DisplayName("CMP-11: on-time rate per step and overall")
  class OnTime {

    @Test
    void each_step_counts_its_entries_and_those_on_time() {
      // rule: CMP-11, CMP-05 — registration: cases 1 ✓, 2 ✓, 3 ✗, 4 ✓, 5 ✓ = 4 of 5;
      // QA: 1 ✗, 2 ✓, 3 ✓ and ✗ (returned and handed over again: two entries) = 2 of 4.
      MonthlyComplaintStatistics s = STATS.monthly(NOV, novemberCases());
      List<MonthlyOnTime> expected = new ArrayList<>(Arrays.asList(
          new MonthlyOnTime(Milestone.COMPLAINT_REGISTRATION, 4, 5),
          new MonthlyOnTime(Milestone.QA_ANALYSIS, 2, 4)));
      expected.sort((a, b) -> a.step().code().compareTo(b.step().code()));
      assertEquals(expected, s.steps());
      MonthlyOnTime qa = s.steps().stream()
          .filter(r -> r.step().equals(Milestone.QA_ANALYSIS)).findFirst().orElseThrow();
      assertEquals(Optional.of(dec("0.5000")), qa.rate());
      assertEquals(2, qa.late());
    }

    @Test
    void the_overall_rate_counts_every_case_against_its_closing_limit() {
      // rule: CMP-11, CMP-06 — on time: 2, 3, 4; late: 1, 5. 3 of 5 = 0.6000.
      MonthlyComplaintStatistics s = STATS.monthly(NOV, novemberCases());
      assertEquals(new MonthlyOnTime(Milestone.COMPLAINT_CLOSURE, 3, 5), s.overall());
      assertEquals(Optional.of(dec("0.6000")), s.overall().rate());
    }

    @Test
    void rates_are_rounded_half_even_to_four_places() {
      // rule: CMP-11 — 2/3 = 0.66666… → 0.6667; 1/32 = 0.03125 → 0.0312; 3/32 = 0.09375 →
      // 0.0938; 5/5 = 1.0000.
      assertEquals(Optional.of(dec("0.6667")),
          new MonthlyOnTime(Milestone.QA_ANALYSIS, 2, 3).rate());
      assertEquals(Optional.of(dec("0.0312")),
          new MonthlyOnTime(Milestone.QA_ANALYSIS, 1, 32).rate());
      assertEquals(Optional.of(dec("0.0938")),
          new MonthlyOnTime(Milestone.QA_ANALYSIS, 3, 32).rate());
      assertEquals(Optional.of(dec("1.0000")),
          new MonthlyOnTime(Milestone.QA_ANALYSIS, 5, 5).rate());
    }

    @Test
    void counts_out_of_range_are_refused() {
      // rule: CMP-11
      assertThrows(InvalidInputException.class,
          () -> new MonthlyOnTime(Milestone.QA_ANALYSIS, 4, 3));
      assertThrows(InvalidInputException.class,
          () -> new MonthlyOnTime(Milestone.QA_ANALYSIS, -1, 3));
      assertEquals(3, new MonthlyOnTime(Milestone.QA_ANALYSIS, 3, 3).onTime());
      assertEquals(0, new MonthlyOnTime(Milestone.QA_ANALYSIS, 0, 0).late());
    }
  }

  @Nested
  @DisplayName("CMP-11: the month in the business zone and the deadline by the 10th")
  class Months {

    @Test
    void a_case_closed_on_31_october_23_30_in_shanghai_is_october_and_00_30_is_november() {
      // rule: CMP-11 — 23:30 +08:00 is 15:30Z and 00:30 is 16:30Z, both 31 October in UTC.
      ClosedCaseFacts late = facts(1, ServiceZone.DOMESTIC, sh("2026-10-31T23:30"), true).build();
      ClosedCaseFacts early = facts(2, ServiceZone.DOMESTIC, sh("2026-11-01T00:30"), true)
          .build();
      assertEquals(1, STATS.monthly(NOV, List.of(late, early)).casesClosed());
      assertEquals(1, STATS.monthly(YearMonth.of(2026, 10), List.of(late, early)).casesClosed());
      assertEquals(Instant.parse("2026-10-31T16:00:00Z"), STATS.monthStart(NOV));
      assertEquals(Instant.parse("2026-11-30T16:00:00Z"), STATS.monthEnd(NOV));
    }

    @Test
    void a_month_in_a_daylight_saving_zone_starts_at_its_own_offset() {
      // rule: CMP-11 — Berlin: 1 March 2026 00:00 CET (+01:00) is 28 Feb 23:00Z; 1 April 00:00
      // CEST (+02:00, summer time since 29 March) is 31 March 22:00Z; 1 November 00:00 CET (winter
      // time since 25 October) is 31 October 23:00Z.
      ComplaintStatistics berlin = ComplaintStatistics.seed(BERLIN);
      assertEquals(Instant.parse("2026-02-28T23:00:00Z"), berlin.monthStart(YearMonth.of(2026, 3)));
      assertEquals(Instant.parse("2026-03-31T22:00:00Z"), berlin.monthEnd(YearMonth.of(2026, 3)));
      assertEquals(Instant.parse("2026-10-31T23:00:00Z"), berlin.monthEnd(YearMonth.of(2026, 10)));
      ClosedCaseFacts lastMinute = facts(1, ServiceZone.DOMESTIC,
          Instant.parse("2026-03-31T21:59:59Z"), true).build();
      ClosedCaseFacts firstMinute = facts(2, ServiceZone.DOMESTIC,
          Instant.parse("2026-03-31T22:00:00Z"), true).build();
      assertEquals(1, berlin.monthly(YearMonth.of(2026, 3), List.of(lastMinute, firstMinute))
          .casesClosed());
      assertEquals(1, berlin.monthly(YearMonth.of(2026, 4), List.of(lastMinute, firstMinute))
          .casesClosed());
    }

    @Test
    void the_statistics_of_november_are_due_by_10_december_or_a_configured_day() {
      // rule: CMP-11 — 每月10日前: November's by 10 December 2026.
      assertEquals(10, STATS.dueDay());
      assertEquals(SHANGHAI, STATS.businessZone());
      assertEquals(LocalDate.of(2026, 12, 10), STATS.dueBy(NOV));
      assertEquals(LocalDate.of(2027, 1, 10), STATS.dueBy(YearMonth.of(2026, 12)));
      assertEquals(LocalDate.of(2026, 12, 5), STATS.withDueDay(5).dueBy(NOV));
      assertEquals(LocalDate.of(2026, 12, 1), STATS.withDueDay(1).dueBy(NOV));
      assertEquals(LocalDate.of(2026, 12, 28), STATS.withDueDay(28).dueBy(NOV));
      assertEquals(SHANGHAI, STATS.withDueDay(5).businessZone());
    }

    @Test
    void a_due_day_outside_1_to_28_is_refused() {
      // rule: CMP-11
      assertEquals("dueDay", assertThrows(InvalidInputException.class,
          () -> STATS.withDueDay(0)).violations().get(0).path());
      assertThrows(InvalidInputException.class, () -> STATS.withDueDay(29));
    }

    @Test
    void a_run_reports_the_previous_month_of_the_business_zone() {
      // rule: CMP-11 — 1 December 00:30 in Shanghai is still 30 November in UTC; the run reports
      // November all the same. 30 November 23:59 in Shanghai reports October.
      assertEquals(NOV, STATS.reportedMonth(sh("2026-12-01T00:30")));
      assertEquals(YearMonth.of(2026, 10), STATS.reportedMonth(sh("2026-11-30T23:59")));
    }

    @Test
    void a_run_is_in_time_from_the_months_end_to_the_end_of_the_10th() {
      // rule: CMP-11 — November is complete from 1 December 00:00 and due by the end of
      // 10 December, Shanghai time.
      assertFalse(STATS.isInTime(NOV, sh("2026-11-30T23:59")));
      assertTrue(STATS.isInTime(NOV, sh("2026-12-01T00:00")));
      assertTrue(STATS.isInTime(NOV, sh("2026-12-10T23:59")));
      assertFalse(STATS.isInTime(NOV, sh("2026-12-11T00:00")));
    }
  }
}
