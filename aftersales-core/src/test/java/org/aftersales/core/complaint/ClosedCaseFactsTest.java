package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A closed case's facts for the monthly statistics, read from the routing form with the seed's
 * budgets on the plain Shanghai office calendar of {@link SeedRoutingPolicy} (Monday to Friday
 * 09:00–12:00, 13:00–17:00, 7 h a working day; 2 November 2026 is a Monday), and the value types
 * of the statistics. Expected figures are worked out by hand in the comments.
 */
@Tag("CMP-11")
class ClosedCaseFactsTest {

  static final SeedRoutingPolicy POLICY = new SeedRoutingPolicy();
  static final Instant MON_0900 = sh("2026-11-02T09:00");
  static final UnitId QA = UnitId.of("QA");
  static final UnitId MFG = UnitId.of("MFG");
  static final DocumentNumber NUMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "261107",
      "2026-11", LocalDate.of(2026, 11, 1), 7);
  static final DocumentNumber ORIGINAL = DocumentNumber.of(SeriesId.COMPLAINTS, "261103",
      "2026-11", LocalDate.of(2026, 11, 1), 3);

  /** Registered Mon 09:00–12:00 (due 13:30: on time), QA Mon 14:00 – Tue 15:00 (due Tue 14:00). */
  static RoutingLedger throughQa() {
    return RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.DOMESTIC, MON_0900)
        .handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900).complete(sh("2026-11-02T12:00"))
        .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"))
        .complete(sh("2026-11-03T15:00"));
  }

  static ComplaintCase.Builder aCase(RoutingLedger routing) {
    return aCase(NUMBER, routing);
  }

  static ComplaintCase.Builder aCase(DocumentNumber number, RoutingLedger routing) {
    ComplaintCase.Builder b = ComplaintCase.builder();
    b.number(number).requestId(RequestId.of("r-7")).receivedAt(MON_0900)
        .intake(intake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411"))
        .routing(routing).version(Version.initial());
    return b;
  }

  static ComplaintCase closed(RoutingLedger routing, Instant at) {
    return closing(aCase(routing), at);
  }

  /**
   * The one place the statistics' core tests close a case: {@code open}'s attributes, status
   * closed, closed at {@code at}. The routing form is left as the test made it, so its figures
   * are the ones worked out in the tests. (Where a closed case must also carry its decision, this
   * is the method to give it one.)
   */
  static ComplaintCase closing(ComplaintCase.Builder open, Instant at) {
    ComplaintCase c = open.status(ComplaintStatus.OPEN).build();
    // As an adapter rebuilds a stored closed case: the decision kept with its outcome and
    // quantities, the routing form as the test made it.
    DecideComplaint decision = ComplaintSamples.decision(c, c.routing().latestInstant());
    return ComplaintCase.builder().number(c.number()).requestId(c.requestId())
        .receivedAt(c.receivedAt()).intake(c.intake()).routing(c.routing())
        .reopenedFrom(c.reopenedFrom()).addHandled(decision).outcome(decision.outcome())
        .quantities(ComplaintQuantities.of(c.intake().deliveredQuantity(),
            c.intake().defectiveQuantity(), decision.overAcceptance()).decide(decision.outcome()))
        .status(ComplaintStatus.CLOSED).closedAt(at).version(c.version()).build();
  }

  static StepFigures figures(Milestone step, boolean onTime) {
    return new StepFigures(step, MON_0900, Budget.workingDays(1), MON_0900, Duration.ZERO,
        Duration.ZERO, onTime);
  }

  static ClosedCaseFacts.Builder valid() {
    return valid(figures(Milestone.COMPLAINT_CLOSURE, true));
  }

  static ClosedCaseFacts.Builder valid(StepFigures overall) {
    ClosedCaseFacts.Builder b = ClosedCaseFacts.builder();
    b.number(NUMBER).closedAt(MON_0900).market(ServiceZone.DOMESTIC).overall(overall);
    return b;
  }

  @Test
  void the_facts_read_each_step_and_the_overall_clock_at_the_closure() {
    // rule: CMP-11, CMP-05, CMP-06 — closed Tue 15:00. Registration: 09–12 = 3 h of 3 h 30,
    // on time. QA from Mon 14:00: Mon 14–17 3 h, Tue 09–12 3 h, 13–15 2 h = 8 h of 7 h: late.
    // Overall (route unfinished, read at the closure): Mon 7 h + Tue 09–12 3 h + 13–15 2 h = 12 h
    // of 13 days: on time.
    Instant closedAt = sh("2026-11-03T15:00");
    ClosedCaseFacts f = ClosedCaseFacts.of(closed(throughQa(), closedAt), POLICY, List.of());
    assertEquals(NUMBER, f.number());
    assertEquals(closedAt, f.closedAt());
    assertEquals(ServiceZone.DOMESTIC, f.market());
    assertEquals(Optional.empty(), f.reopenedFrom());
    assertEquals(2, f.steps().size());
    assertEquals(Milestone.COMPLAINT_REGISTRATION, f.steps().get(0).step());
    assertEquals(Duration.ofHours(3), f.steps().get(0).elapsed());
    assertTrue(f.steps().get(0).onTime());
    assertEquals(Milestone.QA_ANALYSIS, f.steps().get(1).step());
    assertEquals(Duration.ofHours(8), f.steps().get(1).elapsed());
    assertFalse(f.steps().get(1).onTime());
    assertEquals(Milestone.COMPLAINT_CLOSURE, f.overall().step());
    assertEquals(Duration.ofHours(12), f.overall().elapsed());
    assertTrue(f.overall().onTime());
    assertEquals(List.of(), f.responsibility());
    // rule: CMP-05 — the budgets as configured: ½ day, 1 day, 13 days; ½ day from Mon 09:00 is
    // due 13:30 with 30 min left at 12:00.
    assertEquals(Budget.workingDays(new BigDecimal("0.5")), f.steps().get(0).budget());
    assertEquals(sh("2026-11-02T13:30"), f.steps().get(0).due());
    assertEquals(Duration.ofMinutes(30), f.steps().get(0).remaining());
    assertEquals(Budget.workingDays(1), f.steps().get(1).budget());
    assertEquals(Budget.workingDays(13), f.overall().budget());
  }

  @Test
  void the_facts_figures_are_the_routing_forms_own_even_with_warnings_and_calendar_days() {
    // rule: CMP-11, CMP-05, CMP-06 — the reference is the routing form's own reading against the
    // policy as configured (warnings at ½ and 0.8 of each budget; QA in 2 calendar days).
    ServiceLevelPolicy warned = new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return POLICY.targetFor(key).map(t -> ServiceLevelTarget.builder().ruleId(t.ruleId())
            .milestone(t.milestone()).rule(t.milestone().equals(Milestone.QA_ANALYSIS)
                ? new DeadlineRule.WithinBudget(Budget.calendarDays(2)) : t.rule())
            .addWarningFractions(new BigDecimal("0.5"), new BigDecimal("0.8")).build());
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        return POLICY.calendarFor(target);
      }
    };
    Instant closedAt = sh("2026-11-05T15:00");
    RoutingLedger routing = throughQa()
        .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T15:00"));
    ClosedCaseFacts f = ClosedCaseFacts.of(closed(routing, closedAt), warned, List.of());
    assertEquals(routing.stepFigures(warned, closedAt), f.steps());
    assertEquals(routing.overall(warned, closedAt), f.overall());
    assertEquals(Budget.calendarDays(2), f.steps().get(1).budget());
  }

  @Test
  void a_step_without_a_budget_in_the_policy_is_refused() {
    // rule: CMP-11 — a case that cannot be measured fails rather than being left out.
    ServiceLevelPolicy none = new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return Optional.empty();
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        return POLICY.calendarFor(target);
      }
    };
    ComplaintCase c = closed(throughQa(), sh("2026-11-03T15:00"));
    assertEquals("policy", assertThrows(InvalidInputException.class,
        () -> ClosedCaseFacts.of(c, none, List.of())).violations().get(0).path());
  }

  @Test
  void a_step_still_open_at_the_closure_is_read_at_the_closure() {
    // rule: CMP-11, CMP-05 — manufacturing handed over Tue 15:00, case closed Thu 15:00 with it
    // open: Tue 15–17 2 h, Wed 7 h, Thu 09–12 3 h, 13–15 2 h = 14 h of 7 h: late.
    RoutingLedger routing = throughQa()
        .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T15:00"));
    ClosedCaseFacts f = ClosedCaseFacts.of(closed(routing, sh("2026-11-05T15:00")), POLICY,
        List.of());
    assertEquals(Duration.ofHours(14), f.steps().get(2).elapsed());
    assertFalse(f.steps().get(2).onTime());
  }

  @Test
  void a_reopened_case_keeps_its_link_and_the_lines_of_one_department_are_added_up() {
    // rule: CMP-11, CMP-10, CMP-08 — QA 0.3 + 0.3 = 0.6 in one line at QA's first place, MFG 0.4.
    ComplaintCase c = closing(aCase(throughQa()).reopenedFrom(ORIGINAL),
        sh("2026-11-03T15:00"));
    ClosedCaseFacts f = ClosedCaseFacts.of(c, POLICY, List.of(DepartmentRatio.of(QA, "0.3"),
        DepartmentRatio.of(MFG, "0.4"), DepartmentRatio.of(QA, "0.3")));
    assertEquals(Optional.of(ORIGINAL), f.reopenedFrom());
    assertEquals(List.of(new DepartmentRatio(QA, new BigDecimal("0.6")),
        new DepartmentRatio(MFG, new BigDecimal("0.4"))), f.responsibility());
  }

  @Test
  void ratios_of_a_case_adding_up_to_more_than_1_are_refused() {
    // rule: CMP-11, CMP-08 — 0.6 + 0.5 = 1.1 > 1, whether given in one line per department or not.
    ComplaintCase c = closed(throughQa(), sh("2026-11-03T15:00"));
    List<DepartmentRatio> over = List.of(DepartmentRatio.of(QA, "0.6"),
        DepartmentRatio.of(MFG, "0.5"));
    assertEquals("responsibility", assertThrows(InvalidInputException.class,
        () -> ClosedCaseFacts.of(c, POLICY, over)).violations().get(0).path());
    assertEquals("responsibility", assertThrows(InvalidInputException.class,
        () -> valid().addAllResponsibility(over).build()).violations().get(0).path());
    List<DepartmentRatio> sameDepartment = List.of(DepartmentRatio.of(QA, "0.6"),
        DepartmentRatio.of(QA, "0.5"));
    // The case's total is reported, not the department's sum as an out-of-range ratio.
    assertEquals("responsibility", assertThrows(InvalidInputException.class,
        () -> ClosedCaseFacts.of(c, POLICY, sameDepartment)).violations().get(0).path());
    List<DepartmentRatio> exactlyOne = List.of(DepartmentRatio.of(QA, "0.6"),
        DepartmentRatio.of(MFG, "0.4"));
    assertEquals(2, ClosedCaseFacts.of(c, POLICY, exactlyOne).responsibility().size());
  }

  @Test
  void a_case_not_closed_has_no_facts() {
    // rule: CMP-11 — only closed cases are counted.
    ComplaintCase open = aCase(throughQa()).status(ComplaintStatus.OPEN).build();
    assertEquals("closed", assertThrows(InvalidInputException.class,
        () -> ClosedCaseFacts.of(open, POLICY, List.of())).violations().get(0).path());
  }

  @Test
  void built_facts_keep_the_overall_clock_apart_from_the_steps_and_each_department_once() {
    // rule: CMP-11
    assertEquals("overall", assertThrows(InvalidInputException.class,
        () -> valid(figures(Milestone.QA_ANALYSIS, true)).build())
        .violations().get(0).path());
    assertEquals("steps[1]", assertThrows(InvalidInputException.class,
        () -> valid().addSteps(figures(Milestone.QA_ANALYSIS, true),
            figures(Milestone.COMPLAINT_CLOSURE, true)).build()).violations().get(0).path());
    assertEquals("responsibility[1]", assertThrows(InvalidInputException.class,
        () -> valid().addResponsibility(DepartmentRatio.of(QA, "0.2"),
            DepartmentRatio.of(QA, "0.2")).build()).violations().get(0).path());
    assertEquals(1, valid().addSteps(figures(Milestone.QA_ANALYSIS, false)).build()
        .steps().size());
  }

  @Test
  void a_department_ratio_is_more_than_0_and_at_most_1() {
    // rule: CMP-08, CMP-11
    assertEquals(new BigDecimal("1"), DepartmentRatio.of(QA, "1").ratio());
    assertEquals(new BigDecimal("0.0001"), DepartmentRatio.of(QA, " 0.0001 ").ratio());
    assertEquals(QA, DepartmentRatio.of(QA, "0.5").department());
    for (String bad : List.of("0", "-0.1", "1.0001", "half")) {
      assertEquals("ratio", assertThrows(InvalidInputException.class,
          () -> DepartmentRatio.of(QA, bad)).violations().get(0).path(), bad);
    }
  }

  @Test
  void the_statistics_values_refuse_contradictory_numbers() {
    // rule: CMP-11
    assertThrows(InvalidInputException.class,
        () -> new MonthlyResponsibility(QA, BigDecimal.ZERO, BigDecimal.ZERO));
    assertThrows(InvalidInputException.class,
        () -> new MonthlyResponsibility(QA, BigDecimal.ONE, new BigDecimal("-0.0001")));
    assertThrows(InvalidInputException.class,
        () -> new MonthlyResponsibility(QA, BigDecimal.ONE, new BigDecimal("1.0001")));
    assertEquals(BigDecimal.ONE,
        new MonthlyResponsibility(QA, BigDecimal.ONE, BigDecimal.ONE).share());
    assertEquals(BigDecimal.ZERO,
        new MonthlyResponsibility(QA, BigDecimal.ONE, BigDecimal.ZERO).share());
    assertThrows(InvalidInputException.class,
        () -> new MonthlyMarketCount(ServiceZone.DOMESTIC, 0, 0));
    assertThrows(InvalidInputException.class,
        () -> new MonthlyMarketCount(ServiceZone.DOMESTIC, 1, 2));
    assertThrows(InvalidInputException.class,
        () -> new MonthlyMarketCount(ServiceZone.DOMESTIC, 1, -1));
    assertEquals(1, new MonthlyMarketCount(ServiceZone.DOMESTIC, 1, 1).complaints());
    assertEquals(0, new MonthlyMarketCount(ServiceZone.DOMESTIC, 1, 0).complaints());
    YearMonth nov = YearMonth.of(2026, 11);
    MonthlyOnTime two = new MonthlyOnTime(Milestone.COMPLAINT_CLOSURE, 1, 2);
    List<List<Integer>> bad = List.of(List.of(2, 3, 0), List.of(2, -1, 0), List.of(2, 1, 3),
        List.of(2, 1, -1), List.of(3, 1, 0));
    for (List<Integer> counts : bad) {
      assertThrows(InvalidInputException.class, () -> new MonthlyComplaintStatistics(nov,
          counts.get(0), counts.get(1), counts.get(2), List.of(), List.of(), BigDecimal.ZERO,
          List.of(), two), counts.toString());
    }
    assertThrows(InvalidInputException.class, () -> new MonthlyComplaintStatistics(nov, 2, 1, 0,
        List.of(), List.of(), BigDecimal.ZERO, List.of(),
        new MonthlyOnTime(Milestone.QA_ANALYSIS, 1, 2)));
    List<MonthlyOnTime> steps = new ArrayList<>(List.of(two));
    MonthlyComplaintStatistics ok = new MonthlyComplaintStatistics(nov, 2, 2, 2, List.of(),
        List.of(), BigDecimal.ZERO, steps, two);
    steps.clear();
    assertEquals(1, ok.steps().size());
  }
}
