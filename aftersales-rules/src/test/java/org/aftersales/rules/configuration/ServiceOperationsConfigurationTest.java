package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.CNY;
import static org.aftersales.rules.configuration.Offices.SHANGHAI;
import static org.aftersales.rules.configuration.Offices.USD;
import static org.aftersales.rules.configuration.Offices.cny;
import static org.aftersales.rules.configuration.Offices.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintReminderLevel;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.RejectionClock;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.FaultReport;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.service.EscalationLevel;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.sla.ServiceLevels;
import org.junit.jupiter.api.Test;

/**
 * The service-operations configuration (P2, P14, the complaint procedure, the penalty
 * regulations) with the seed's numbers, each worked out by hand on the office of {@link Offices}.
 */
class ServiceOperationsConfigurationTest {

  /** Built in each test, not in a static field, so that mutation testing sees the call. */
  static ServiceOperationsConfiguration seed() {
    return ServiceOperationsConfiguration.seed(SHANGHAI, CNY, Offices.shanghai());
  }

  static Instant due(ServiceLevels levels, ServiceLevelKey key, Instant start) {
    return levels.startClock(key, start).orElseThrow().due().orElseThrow();
  }

  // --- ServiceCalls ---

  @Test
  void a_city_call_received_friday_at_four_is_due_monday_at_half_past_two() {
    // rule: SVC-11 — 2 h Friday (16:00–18:00), 3 h Monday morning, 1 h from 13:30: 6 working h.
    assertEquals(sh("2026-11-09T14:30"), due(seed().serviceLevels(),
        ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY), sh("2026-11-06T16:00")));
  }

  @Test
  void a_suburb_call_received_friday_at_four_gets_seven_working_hours() {
    // rule: SVC-11 — 2 h Friday, 3 h Monday morning, 2 h from 13:30.
    assertEquals(sh("2026-11-09T15:30"), due(seed().serviceLevels(),
        ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.SUBURB),
        sh("2026-11-06T16:00")));
  }

  @Test
  void a_city_call_before_national_day_is_due_after_the_holiday_week() {
    // rule: SVC-11 — 2 h on Wednesday 30 September, 1–7 October off, 4 h on Thursday 8 October.
    assertEquals(sh("2026-10-08T14:30"), due(seed().serviceLevels(),
        ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY), sh("2026-09-30T16:00")));
  }

  @Test
  void a_city_call_on_the_friday_before_the_make_up_saturday_is_due_that_saturday() {
    // rule: SVC-11 — 2 h Friday 9 October, 4 h on the make-up Saturday 10 October.
    assertEquals(sh("2026-10-10T14:30"), due(seed().serviceLevels(),
        ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY), sh("2026-10-09T16:00")));
  }

  @Test
  void a_paid_job_collects_up_to_500_on_site_and_charges_no_labour() {
    // rule: SVC-04
    assertEquals(cny("500.00"), seed().onSiteCollection().limit());
    assertEquals(cny("0.00"), seed().onSiteCollection().labourRatePerHour());
  }

  @Test
  void the_on_site_limit_is_kept_in_the_configurations_currency() {
    // rule: SVC-04
    ServiceOperationsConfiguration dollars =
        ServiceOperationsConfiguration.seed(SHANGHAI, USD, Offices.shanghai());
    assertEquals(Money.of(new BigDecimal("500.00"), USD), dollars.onSiteCollection().limit());
    assertEquals(Money.zero(USD), dollars.onSiteCollection().labourRatePerHour());
  }

  @Test
  void a_breach_goes_to_the_supervisor_and_four_hours_later_to_the_service_manager() {
    // rule: SVC-08
    assertEquals(Duration.ofMinutes(60), seed().serviceLevelSweeps().warningLead());
    assertEquals(List.of(new EscalationLevel(1, Duration.ZERO, RecipientRole.SUPERVISOR),
        new EscalationLevel(2, Duration.ofHours(4), RecipientRole.SERVICE_MANAGER)),
        seed().serviceLevelSweeps().ladder().levels());
  }

  @Test
  void every_call_is_surveyed_with_no_interval_in_the_business_zone() {
    // rule: SUR-01
    assertEquals(SHANGHAI, seed().surveyRules().businessZone());
    assertTrue(seed().surveyRules().customerIntervals().isEmpty());
  }

  @Test
  void the_expiry_notice_is_due_one_month_before_the_last_day_to_the_service_centre() {
    // rule: CON-01
    ServiceContract contract = ServiceContract.of(ContractId.of("M-1"), CustomerId.of("C-1"),
        ContractKind.MAINTENANCE, SystemCategory.GENERAL, List.of(SystemId.of("S-1")),
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    List<LocalDate> notices = new ArrayList<>();
    for (Obligation o : seed().obligationSchedule().due(contract,
        LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"))) {
      if (o.kind() == ObligationKind.EXPIRY_NOTICE) {
        notices.add(o.due());
      }
    }
    assertEquals(List.of(LocalDate.parse("2026-11-30")), notices);
    assertEquals(List.of(Recipient.role(RecipientRole.SERVICE_CENTRE)),
        seed().obligationSettings().recipientsOf(ObligationKind.EXPIRY_NOTICE));
  }

  // --- Complaints ---

  static final ServiceLevelKey DOMESTIC_CLOSURE =
      ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.DOMESTIC);

  @Test
  void a_complaint_accepted_in_november_2026_is_numbered_2611_and_its_serial() {
    // rule: CMP-01
    assertEquals("261107", seed().numbering().number(sh("2026-11-15T10:00"), 7).text());
    assertEquals("2611100", seed().numbering().number(sh("2026-11-15T10:00"), 100).text());
  }

  @Test
  void the_month_of_a_number_is_read_in_the_business_zone() {
    // rule: CMP-01 — 31 October 17:30 UTC is 1 November 01:30 in Shanghai.
    assertEquals("261101",
        seed().numbering().number(Instant.parse("2026-10-31T17:30:00Z"), 1).text());
  }

  @Test
  void the_investigation_report_is_due_three_working_days_after_acceptance() {
    // rule: CMP-04 — Monday, Tuesday, Wednesday, 7.5 h each.
    assertEquals(sh("2026-11-04T18:00"), due(seed().complaintServiceLevels(),
        ServiceLevelKey.of(Milestone.INVESTIGATION_REPORT), sh("2026-11-02T09:00")));
  }

  @Test
  void registration_takes_half_a_working_day_and_sales_five_domestic_or_twelve_overseas() {
    // rule: CMP-05 — ½ day = 3 h 45 min: 09:00–12:00 and 13:30–14:15.
    ServiceLevels levels = seed().complaintServiceLevels();
    assertEquals(sh("2026-11-02T14:15"), due(levels,
        ServiceLevelKey.of(Milestone.COMPLAINT_REGISTRATION), sh("2026-11-02T09:00")));
    assertEquals(sh("2026-11-03T18:00"), due(levels,
        ServiceLevelKey.of(Milestone.QA_ANALYSIS, ServiceZone.DOMESTIC), sh("2026-11-03T09:00")));
    assertEquals(sh("2026-11-06T18:00"), due(levels,
        ServiceLevelKey.of(Milestone.SALES_NEGOTIATION, ServiceZone.DOMESTIC),
        sh("2026-11-02T09:00")));
    // 12 working days from Monday 2 November: two weeks and Monday, Tuesday of the third.
    assertEquals(sh("2026-11-17T18:00"), due(levels,
        ServiceLevelKey.of(Milestone.SALES_NEGOTIATION, ServiceZone.OVERSEAS),
        sh("2026-11-02T09:00")));
    assertEquals(List.of(Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS,
        Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
        Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS), seed().complaintProcedure().route());
  }

  @Test
  void a_domestic_case_is_closed_within_13_working_days_and_an_overseas_one_within_17() {
    // rule: CMP-06 — from Monday 2 November: 10 days to Friday 13th, then 16, 17, 18 November;
    // overseas four more: 19, 20, 23, 24 November.
    ServiceLevels levels = seed().complaintServiceLevels();
    assertEquals(sh("2026-11-18T18:00"), due(levels, DOMESTIC_CLOSURE, sh("2026-11-02T09:00")));
    assertEquals(sh("2026-11-24T18:00"), due(levels,
        ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.OVERSEAS),
        sh("2026-11-02T09:00")));
  }

  @Test
  void the_closing_limit_skips_the_national_day_week() {
    // rule: CMP-06 — from Monday 28 September: 28, 29, 30 September, 8, 9, 10 (make-up), 12–16,
    // 19, 20 October.
    assertEquals(sh("2026-10-20T18:00"), due(seed().complaintServiceLevels(), DOMESTIC_CLOSURE,
        sh("2026-09-28T09:00")));
  }

  @Test
  void the_amount_bands_and_the_severity_decide_who_approves() {
    // rule: CMP-07, SUR-04
    assertEquals(ApprovalLevel.SALES_MANAGER,
        seed().approvalAuthority().requiredFor(cny("5000.00"), ComplaintSeverity.GENERAL));
    assertEquals(ApprovalLevel.DEPUTY_GENERAL_MANAGER,
        seed().approvalAuthority().requiredFor(cny("5000.01"), ComplaintSeverity.GENERAL));
    assertEquals(ApprovalLevel.DEPUTY_GENERAL_MANAGER,
        seed().approvalAuthority().requiredFor(cny("50000.00"), ComplaintSeverity.GENERAL));
    assertEquals(ApprovalLevel.GENERAL_MANAGER,
        seed().approvalAuthority().requiredFor(cny("50000.01"), ComplaintSeverity.GENERAL));
    assertEquals(ApprovalLevel.DEPUTY_GENERAL_MANAGER,
        seed().approvalAuthority().requiredFor(cny("100.00"), ComplaintSeverity.SERIOUS));
  }

  @Test
  void the_customer_is_visited_before_closure_and_the_form_goes_in_five_copies() {
    // rule: SUR-05, CMP-09, CMP-10
    assertTrue(seed().complaintProcedure().visitBeforeClosure());
    assertEquals(List.of(RecipientRole.QUALITY_ASSURANCE, RecipientRole.MANUFACTURING,
        RecipientRole.SALES, RecipientRole.ACCOUNTING, RecipientRole.GM_OFFICE),
        seed().complaintProcedure().closureRecipients());
    assertEquals(RejectionClock.RESTART, seed().complaintProcedure().rejectionClock());
  }

  @Test
  void the_statistics_of_november_are_due_by_the_10th_of_december() {
    // rule: CMP-11
    assertEquals(LocalDate.parse("2026-12-10"),
        seed().complaintStatistics().dueBy(YearMonth.of(2026, 11)));
    assertEquals(SHANGHAI, seed().complaintStatistics().businessZone());
  }

  @Test
  void with_an_over_acceptance_ratio_of_zero_every_excess_needs_a_decision() {
    // rule: CMP-16
    assertEquals(0, seed().overAcceptanceRatio().value().signum());
    assertEquals(0, seed().overAcceptanceRatio().maximumExcess(1000));
  }

  @Test
  void an_overdue_step_is_urged_to_its_department_then_to_the_general_manager() {
    // rule: CMP-19
    assertEquals(RecipientRole.QUALITY_ASSURANCE,
        seed().complaintReminders().departmentOf(Milestone.QA_ANALYSIS));
    assertEquals(RecipientRole.GM_OFFICE,
        seed().complaintReminders().departmentOf(Milestone.GM_SYNTHESIS));
    List<ComplaintReminderLevel> ladder = seed().complaintReminders().ladder();
    assertEquals(2, ladder.size());
    assertEquals(0, new BigDecimal("0.5").compareTo(ladder.get(0).workingDaysOverdue()));
    assertEquals(RecipientRole.GM_OFFICE, ladder.get(0).role());
    assertEquals(0, BigDecimal.ONE.compareTo(ladder.get(1).workingDaysOverdue()));
    assertEquals(RecipientRole.GENERAL_MANAGER, ladder.get(1).role());
    assertEquals(Duration.ofDays(31), seed().complaintReminders().closedLookback());
  }

  // --- Penalties ---

  static Member member(String id, String basePoints) {
    return new Member(PersonId.of(id), BasePoints.parse(basePoints));
  }

  static final OrganizationUnit ASSEMBLY = OrganizationUnit.builder().id(UnitId.of("G-ASM"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING)
      .addMembers(member("E1", "1.0"), member("E2", "1.25"), member("E3", "1.5"),
          member("E4", "1.25"))
      .build();
  static final OrganizationUnit SECTION = OrganizationUnit.builder().id(UnitId.of("S-ASM"))
      .level(UnitLevel.SECTION).kind(DepartmentKind.MANUFACTURING)
      .addMembers(member("E1", "1.0"), member("E2", "1.25"), member("E3", "1.5"),
          member("E4", "1.25"), member("E5", "1.0"))
      .build();

  static List<String> split(PenaltyAllocation allocation) {
    List<String> texts = new ArrayList<>();
    for (PersonAmount p : allocation.persons()) {
      texts.add(p.person() + "=" + p.amount().amount().toPlainString());
    }
    return texts;
  }

  @Test
  void the_loss_basis_gives_the_goods_one_calendar_month_to_be_resold() {
    // rule: PEN-01
    assertEquals(LocalDate.parse("2026-12-10"),
        seed().lossBasis().windowEnd(LocalDate.parse("2026-11-10")));
  }

  @Test
  void a_units_share_is_split_by_base_points() {
    // rule: PEN-06, PEN-09 — 5 000.00 ÷ 5.0 base points = 1 000.00 a base point.
    PenaltyAllocation a = seed().allocation().allocate(PenaltyCase.builder().caseId("261107")
        .amount(cny("5000.00"))
        .addShares(ResponsibilityShare.whole(new ResponsibleParty.Unit(ASSEMBLY))).build());
    assertEquals(List.of("E1=1000.00", "E2=1250.00", "E3=1500.00", "E4=1250.00"), split(a));
  }

  @Test
  void a_joint_fault_is_split_by_responsibility_ratios_and_a_person_carries_a_share_whole() {
    // rule: PEN-02 — 60 % of 1 000.00 to the person, 40 % to the group by base points (80 a
    // base point over 5.0).
    PenaltyAllocation a = seed().allocation().allocate(PenaltyCase.builder().caseId("261108")
        .amount(cny("1000.00"))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Person(PersonId.of("Q9")),
            new BigDecimal("60")))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Unit(ASSEMBLY),
            new BigDecimal("40")))
        .build());
    assertEquals(List.of("E1=80.00", "E2=100.00", "E3=120.00", "E4=100.00", "Q9=600.00"),
        split(a));
  }

  @Test
  void a_warning_costs_at_least_400_and_a_minor_demerit_800_per_base_point() {
    // rule: PEN-04
    assertEquals(cny("400.00"), seed().demeritConversion().warningMinimum());
    assertEquals(cny("800.00"), seed().demeritConversion().minorDemeritPerBasePoint());
  }

  @Test
  void a_manufacturing_fault_goes_to_its_group_else_to_the_whole_section() {
    // rule: PEN-05
    assertEquals(new ResponsibleParty.Unit(ASSEMBLY), seed().attribution().attribute(
        FaultReport.builder().kind(DepartmentKind.MANUFACTURING).group(ASSEMBLY)
            .wholeUnit(SECTION).build()));
    assertEquals(new ResponsibleParty.Unit(SECTION), seed().attribution().attribute(
        FaultReport.builder().kind(DepartmentKind.MANUFACTURING).wholeUnit(SECTION).build()));
  }

  @Test
  void a_months_deductions_are_capped_at_half_the_efficiency_bonus() {
    // rule: PEN-07, PEN-08 — half of 3 000.00; half of 0.03 rounded down to 0.01.
    assertEquals(cny("1500.00"), seed().deduction().capOf(cny("3000.00")));
    assertEquals(cny("0.01"), seed().deduction().capOf(cny("0.03")));
    assertEquals(0, new BigDecimal("0.5").compareTo(seed().deduction().capShare()));
  }
}
