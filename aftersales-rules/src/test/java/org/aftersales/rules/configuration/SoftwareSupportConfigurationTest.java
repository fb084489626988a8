package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.CNY;
import static org.aftersales.rules.configuration.Offices.SHANGHAI;
import static org.aftersales.rules.configuration.Offices.cny;
import static org.aftersales.rules.configuration.Offices.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.junit.jupiter.api.Test;

/** The software-support configuration (P4, P8) with the seed's numbers, worked out by hand. */
class SoftwareSupportConfigurationTest {

  /** Built in each test, not in a static field, so that mutation testing sees the call. */
  static SoftwareSupportConfiguration seed() {
    return SoftwareSupportConfiguration.seed(SHANGHAI, CNY, Offices.shanghai());
  }

  static Instant resolutionDue(Instant raised) {
    return seed().serviceLevels().startClock(ServiceLevelKey.of(Milestone.RESOLUTION), raised)
        .orElseThrow().due().orElseThrow();
  }

  static List<String> obligations(ContractKind kind, ObligationKind wanted) {
    ServiceContract contract = ServiceContract.of(ContractId.of("B"), CustomerId.of("C-1"), kind,
        SystemCategory.GENERAL, List.of(SystemId.of("ERP")), LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-12-31"));
    List<String> found = new ArrayList<>();
    for (Obligation o : seed().obligationSchedule().due(contract, LocalDate.parse("2026-01-01"),
        LocalDate.parse("2027-01-01"))) {
      if (o.kind() == wanted) {
        found.add(o.due().toString());
      }
    }
    return found;
  }

  @Test
  void a_problem_raised_friday_morning_is_solved_by_friday_evening() {
    // rule: SVC-14
    assertEquals(sh("2026-11-06T18:00"), resolutionDue(sh("2026-11-06T10:00")));
  }

  @Test
  void a_problem_raised_after_hours_on_friday_is_solved_by_the_end_of_monday() {
    // rule: SVC-14
    assertEquals(sh("2026-11-09T18:00"), resolutionDue(sh("2026-11-06T19:00")));
  }

  @Test
  void the_hotline_is_answered_from_9_to_22_and_an_unanswered_call_costs_50() {
    // rule: SVC-19, PEN-12
    assertEquals(LocalTime.of(9, 0), seed().serviceHours().hotlineOpens());
    assertEquals(LocalTime.of(22, 0), seed().serviceHours().hotlineCloses());
    assertEquals(Optional.of(cny("50.00")),
        seed().fineSchedule().perOccurrence(FineKind.HOTLINE_UNANSWERED));
    assertFalse(seed().fineSchedule().finedAt(FineKind.HOTLINE_UNANSWERED,
        sh("2026-11-06T08:30")));
    assertTrue(seed().fineSchedule().finedAt(FineKind.HOTLINE_UNANSWERED,
        sh("2026-11-06T09:30")));
    assertFalse(seed().fineSchedule().finedAt(FineKind.HOTLINE_UNANSWERED,
        sh("2026-11-06T22:30")));
  }

  @Test
  void a_verified_service_complaint_is_fined_100_and_doubled_when_repeated_or_aggravated() {
    // rule: CMP-20
    assertEquals(Optional.of(cny("100.00")),
        seed().fineSchedule().perOccurrence(FineKind.VERIFIED_SERVICE_COMPLAINT));
    assertEquals(0, new BigDecimal("2").compareTo(seed().fineSchedule().repeatFactor()));
    assertEquals(0, new BigDecimal("2").compareTo(seed().fineSchedule().aggravationFactor()));
  }

  @Test
  void a_free_period_ending_31_december_is_reported_on_30_september_to_the_sales_director() {
    // rule: CON-02 — three months before the last day.
    assertEquals(List.of("2026-09-30"),
        obligations(ContractKind.FREE_MAINTENANCE, ObligationKind.FREE_PERIOD_END_REPORT));
    assertEquals(List.of(Recipient.role(RecipientRole.SALES_DIRECTOR)),
        seed().obligationSettings().freePeriodReportTo());
    assertEquals(List.of(Recipient.role(RecipientRole.AFTER_SALES_LEAD)),
        seed().obligationSettings().recipientsOf(ObligationKind.FREE_PERIOD_END_REPORT));
  }

  @Test
  void after_sales_joins_one_month_before_acceptance_and_hands_over_within_two_weeks() {
    // rule: CON-03
    LocalDate acceptance = LocalDate.parse("2026-11-20");
    assertEquals(LocalDate.parse("2026-10-20"),
        acceptance.minus(seed().handoverTerms().joinBefore()));
    assertEquals(LocalDate.parse("2026-12-04"),
        acceptance.plus(seed().handoverTerms().completeWithin()));
    assertEquals(List.of(Recipient.role(RecipientRole.AFTER_SALES_LEAD)),
        seed().projectReminders().handoverRecipients());
  }

  @Test
  void a_software_system_is_inspected_every_month_for_its_operation() {
    // rule: CON-04
    assertEquals(12, obligations(ContractKind.MAINTENANCE, ObligationKind.MONTHLY_INSPECTION)
        .size());
    List<String> areas = new ArrayList<>();
    for (InspectionArea area :
        seed().inspectionChecklists().checklistFor(SystemCategory.GENERAL).areas()) {
      areas.add(area.chineseName());
    }
    assertEquals(List.of("系统运行情况"), areas);
  }

  @Test
  void an_optimisation_report_every_month_and_a_revisit_every_quarter() {
    // rule: CON-05
    assertEquals(List.of("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31",
        "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30",
        "2026-12-31"),
        obligations(ContractKind.MAINTENANCE, ObligationKind.MONTHLY_OPTIMISATION_REPORT));
    // Contract "B": hash 66, slot 0 — the first month of each quarter.
    assertEquals(List.of("2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31"),
        obligations(ContractKind.MAINTENANCE, ObligationKind.QUARTERLY_REVISIT));
  }

  @Test
  void the_customer_may_be_told_of_a_change_any_time_before_and_is_reminded_a_day_ahead() {
    // rule: CON-07
    assertEquals(Duration.ZERO, seed().changeNoticeTerms().minimumLead());
    assertEquals(Duration.ofDays(1), seed().safeguards().changeNoticeLead());
  }

  @Test
  void anything_of_the_last_two_months_can_be_restored_from_daily_backups() {
    // rule: CON-08
    assertEquals(Period.ofMonths(2), seed().backupTerms().window());
    assertEquals(Period.ofMonths(2), seed().backupTerms().retention());
    assertEquals(Duration.ofDays(1), seed().backupTerms().interval());
  }
}
