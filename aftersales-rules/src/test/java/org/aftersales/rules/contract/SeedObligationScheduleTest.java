package org.aftersales.rules.contract;

import static org.aftersales.core.contract.ObligationKind.EXPIRY_NOTICE;
import static org.aftersales.core.contract.ObligationKind.FREE_PERIOD_END_REPORT;
import static org.aftersales.core.contract.ObligationKind.MONTHLY_INSPECTION;
import static org.aftersales.core.contract.ObligationKind.MONTHLY_OPTIMISATION_REPORT;
import static org.aftersales.core.contract.ObligationKind.QUARTERLY_CUSTOMER_REPORT;
import static org.aftersales.core.contract.ObligationKind.QUARTERLY_REVISIT;
import static org.aftersales.core.contract.ObligationKind.SURVEY;
import static org.aftersales.core.contract.ObligationKind.YEARLY_SURVEY_SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The seed's schedule: notices one and three months before the end, an inspection per system and
 * an optimisation report per month, a revisit and a report per quarter, a survey every six months
 * and a yearly summary — every date worked out by hand.
 *
 * <p>The revisit month is {@code floorMod(hashCode of the contract ID, 3)}; the tests use one-letter
 * IDs whose hash code is the letter's code: "A" = 65 → slot 2 (third month), "B" = 66 → slot 0
 * (first month), "C" = 67 → slot 1 (second month).
 */
class SeedObligationScheduleTest {

  static final ObligationSchedule SEED = SeedObligationSchedule.seed();
  static final SystemId S1 = SystemId.of("SYS-1");
  static final SystemId S2 = SystemId.of("SYS-2");

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static ServiceContract contract(String id, ContractKind kind, List<SystemId> systems,
      LocalDate start, LocalDate end) {
    return ServiceContract.of(ContractId.of(id), CustomerId.of("CUST-1"), kind,
        SystemCategory.SECURITY, systems, start, end);
  }

  static List<Obligation> all(ServiceContract c) {
    return SEED.due(c, c.start().minusYears(1), c.end().plusYears(1));
  }

  /** "KIND occurrence @ due" lines of one kind, in schedule order. */
  static List<String> of(List<Obligation> obligations, ObligationKind kind) {
    return obligations.stream().filter(o -> o.kind() == kind)
        .map(o -> o.occurrence() + " @ " + o.due()).collect(Collectors.toList());
  }

  @Test
  void a_calendar_year_maintenance_contract_has_forty_eight_obligations() {
    // rule: CON-01, CON-04, CON-05, CON-06, SUR-06
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1, S2), d(2026, 1, 1),
        d(2026, 12, 31));
    List<Obligation> year = SEED.due(c, d(2026, 1, 1), d(2027, 1, 1));
    // 1 notice + 12 reports + 12 × 2 inspections + 4 revisits + 4 reports + 2 surveys + 1 summary
    assertEquals(48, year.size());
    assertEquals(List.of("2026-12-31 @ 2026-11-30"), of(year, EXPIRY_NOTICE));
    assertEquals(List.of(), of(year, FREE_PERIOD_END_REPORT));
    assertEquals(List.of("2026-01 @ 2026-01-31", "2026-02 @ 2026-02-28", "2026-03 @ 2026-03-31",
        "2026-04 @ 2026-04-30", "2026-05 @ 2026-05-31", "2026-06 @ 2026-06-30",
        "2026-07 @ 2026-07-31", "2026-08 @ 2026-08-31", "2026-09 @ 2026-09-30",
        "2026-10 @ 2026-10-31", "2026-11 @ 2026-11-30", "2026-12 @ 2026-12-31"),
        of(year, MONTHLY_OPTIMISATION_REPORT));
    assertEquals(24, of(year, MONTHLY_INSPECTION).size());
    assertEquals(List.of("2026-02 SYS-1 @ 2026-02-28", "2026-02 SYS-2 @ 2026-02-28"),
        of(year, MONTHLY_INSPECTION).subList(2, 4));
    assertEquals(List.of("2026-Q1 @ 2026-01-31", "2026-Q2 @ 2026-04-30", "2026-Q3 @ 2026-07-31",
        "2026-Q4 @ 2026-10-31"), of(year, QUARTERLY_REVISIT));
    assertEquals(List.of("2026-Q1 @ 2026-03-31", "2026-Q2 @ 2026-06-30", "2026-Q3 @ 2026-09-30",
        "2026-Q4 @ 2026-12-31"), of(year, QUARTERLY_CUSTOMER_REPORT));
    assertEquals(List.of("2026-01-01 @ 2026-06-30", "2026-07-01 @ 2026-12-31"), of(year, SURVEY));
    assertEquals(List.of("2026-01-01 @ 2026-12-31"), of(year, YEARLY_SURVEY_SUMMARY));
  }

  @Test
  void obligations_of_one_day_are_ordered_by_kind_then_occurrence() {
    // rule: CON-04, CON-05, CON-06, SUR-06
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S2, S1), d(2026, 1, 1),
        d(2026, 12, 31));
    List<String> lastDay = SEED.due(c, d(2026, 12, 31), d(2027, 1, 1)).stream()
        .map(o -> o.kind() + " " + o.occurrence()).collect(Collectors.toList());
    assertEquals(List.of("MONTHLY_INSPECTION 2026-12 SYS-1", "MONTHLY_INSPECTION 2026-12 SYS-2",
        "MONTHLY_OPTIMISATION_REPORT 2026-12", "QUARTERLY_CUSTOMER_REPORT 2026-Q4",
        "SURVEY 2026-07-01", "YEARLY_SURVEY_SUMMARY 2026-01-01"), lastDay);
  }

  @Test
  void the_expiry_notice_is_due_one_month_before_the_end_clamped_at_month_ends() {
    // rule: CON-01
    assertEquals(List.of("2028-02-29 @ 2028-01-29"), of(all(contract("B",
        ContractKind.MAINTENANCE, List.of(S1), d(2027, 3, 1), d(2028, 2, 29))), EXPIRY_NOTICE));
    assertEquals(List.of("2026-03-31 @ 2026-02-28"), of(all(contract("B",
        ContractKind.MAINTENANCE, List.of(S1), d(2025, 4, 1), d(2026, 3, 31))), EXPIRY_NOTICE));
    assertEquals(List.of("2028-03-31 @ 2028-02-29"), of(all(contract("B",
        ContractKind.MAINTENANCE, List.of(S1), d(2027, 4, 1), d(2028, 3, 31))), EXPIRY_NOTICE));
  }

  @Test
  void the_free_period_report_is_due_three_months_before_the_end_and_only_for_free_periods() {
    // rule: CON-02
    List<Obligation> free = all(contract("B", ContractKind.FREE_MAINTENANCE, List.of(S1),
        d(2027, 3, 1), d(2028, 2, 29)));
    assertEquals(List.of("2028-02-29 @ 2027-11-29"), of(free, FREE_PERIOD_END_REPORT));
    assertEquals(List.of(), of(free, EXPIRY_NOTICE));
    assertEquals(List.of("2026-05-31 @ 2026-02-28"), of(all(contract("B",
        ContractKind.FREE_MAINTENANCE, List.of(S1), d(2025, 6, 1), d(2026, 5, 31))),
        FREE_PERIOD_END_REPORT));
  }

  @Test
  void a_contract_shorter_than_its_notice_offset_gets_no_notice_and_everything_on_its_last_day() {
    // rule: CON-01, CON-04, CON-05, CON-06, SUR-06
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2026, 3, 10),
        d(2026, 3, 31));
    List<Obligation> all = all(c);
    assertEquals(List.of(), of(all, EXPIRY_NOTICE));
    // the first-month revisit slot (January) lies before the start: moved to March's end
    assertEquals(List.of("2026-Q1 @ 2026-03-31"), of(all, QUARTERLY_REVISIT));
    assertEquals(List.of("2026-03-10 @ 2026-03-31"), of(all, SURVEY));
    // inspection, optimisation report, revisit, quarterly report, survey, summary
    assertEquals(6, all.size());
    assertTrue(all.stream().allMatch(o -> o.due().equals(d(2026, 3, 31))));
  }

  @Test
  void partial_first_and_last_months_and_quarters_stay_inside_the_contract() {
    // rule: CON-04, CON-05, CON-06, SUR-06
    ServiceContract c = contract("A", ContractKind.FREE_MAINTENANCE, List.of(S1),
        d(2026, 1, 15), d(2026, 5, 20));
    List<Obligation> all = all(c);
    assertEquals(List.of("2026-01 SYS-1 @ 2026-01-31", "2026-02 SYS-1 @ 2026-02-28",
        "2026-03 SYS-1 @ 2026-03-31", "2026-04 SYS-1 @ 2026-04-30", "2026-05 SYS-1 @ 2026-05-20"),
        of(all, MONTHLY_INSPECTION));
    // "A": third month of the quarter; Q2's June is cut off, so the revisit is on the last day
    assertEquals(List.of("2026-Q1 @ 2026-03-31", "2026-Q2 @ 2026-05-20"),
        of(all, QUARTERLY_REVISIT));
    assertEquals(List.of("2026-Q1 @ 2026-03-31", "2026-Q2 @ 2026-05-20"),
        of(all, QUARTERLY_CUSTOMER_REPORT));
    assertEquals(List.of("2026-01-15 @ 2026-05-20"), of(all, SURVEY));
    assertEquals(List.of("2026-01-15 @ 2026-05-20"), of(all, YEARLY_SURVEY_SUMMARY));
    // 3 months before 20 May is 20 February
    assertEquals(List.of("2026-05-20 @ 2026-02-20"), of(all, FREE_PERIOD_END_REPORT));
  }

  @Test
  void revisits_are_spread_over_the_quarters_months_by_contract() {
    // rule: CON-05
    List<String> months = List.of("A", "B", "C").stream()
        .map(id -> of(SEED.due(contract(id, ContractKind.MAINTENANCE, List.of(S1),
            d(2026, 1, 1), d(2027, 12, 31)), d(2026, 10, 1), d(2027, 1, 1)), QUARTERLY_REVISIT)
            .get(0))
        .collect(Collectors.toList());
    assertEquals(List.of("2026-Q4 @ 2026-12-31", "2026-Q4 @ 2026-10-31", "2026-Q4 @ 2026-11-30"),
        months);
  }

  @Test
  void survey_periods_are_counted_from_the_start_so_the_thirty_first_comes_back() {
    // rule: SUR-06: 31 Aug + 6 months = 28 Feb (clamped), + 12 months = 31 Aug again
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2025, 8, 31),
        d(2027, 8, 30));
    List<Obligation> all = all(c);
    assertEquals(List.of("2025-08-31 @ 2026-02-27", "2026-02-28 @ 2026-08-30",
        "2026-08-31 @ 2027-02-27", "2027-02-28 @ 2027-08-30"), of(all, SURVEY));
    assertEquals(List.of("2025-08-31 @ 2026-08-30", "2026-08-31 @ 2027-08-30"),
        of(all, YEARLY_SURVEY_SUMMARY));
  }

  @Test
  void every_number_is_configurable() {
    // rule: CON-01, CON-02, SUR-06
    ObligationSchedule custom = SeedObligationSchedule.builder().expiryNoticeMonthsBefore(2)
        .freePeriodReportMonthsBefore(4).surveyEveryMonths(12).build();
    ServiceContract paid = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2026, 1, 1),
        d(2026, 12, 31));
    List<Obligation> year = custom.due(paid, d(2026, 1, 1), d(2027, 1, 1));
    assertEquals(List.of("2026-12-31 @ 2026-10-31"), of(year, EXPIRY_NOTICE));
    assertEquals(List.of("2026-01-01 @ 2026-12-31"), of(year, SURVEY));
    ServiceContract free = contract("B", ContractKind.FREE_MAINTENANCE, List.of(S1),
        d(2026, 1, 1), d(2026, 12, 31));
    assertEquals(List.of("2026-12-31 @ 2026-08-31"),
        of(custom.due(free, d(2026, 1, 1), d(2027, 1, 1)), FREE_PERIOD_END_REPORT));
    assertEquals("SeedObligationSchedule[expiryNotice=2m, freePeriodReport=4m, survey=12m,"
        + " summary=12m]", custom.toString());
  }

  @Test
  void a_survey_interval_outside_six_to_twelve_months_or_a_bad_offset_is_refused() {
    // rule: SUR-06
    SeedObligationSchedule.Builder b = SeedObligationSchedule.builder();
    assertEquals("surveyMonths: must be from 6 to 12 months (rejected value: \"5\")",
        assertThrows(InvalidInputException.class, () -> b.surveyEveryMonths(5))
            .violations().get(0).render(Locale.ENGLISH));
    assertEquals("surveyMonths", assertThrows(InvalidInputException.class,
        () -> b.surveyEveryMonths(13)).violations().get(0).path());
    assertEquals("expiryNoticeMonths", assertThrows(InvalidInputException.class,
        () -> b.expiryNoticeMonthsBefore(0)).violations().get(0).path());
    assertEquals("expiryNoticeMonths", assertThrows(InvalidInputException.class,
        () -> b.expiryNoticeMonthsBefore(25)).violations().get(0).path());
    assertEquals("freePeriodReportMonths", assertThrows(InvalidInputException.class,
        () -> b.freePeriodReportMonthsBefore(0)).violations().get(0).path());
    assertEquals("freePeriodReportMonths", assertThrows(InvalidInputException.class,
        () -> b.freePeriodReportMonthsBefore(25)).violations().get(0).path());
    // the limits themselves are accepted
    b.surveyEveryMonths(6).surveyEveryMonths(12).expiryNoticeMonthsBefore(1)
        .expiryNoticeMonthsBefore(24).freePeriodReportMonthsBefore(1)
        .freePeriodReportMonthsBefore(24).build();
  }

  @Test
  void a_window_splits_the_schedule_at_its_exclusive_end() {
    // rule: CON-01
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2026, 1, 1),
        d(2026, 12, 31));
    assertEquals(List.of(), of(SEED.due(c, d(2026, 11, 1), d(2026, 11, 30)), EXPIRY_NOTICE));
    assertEquals(List.of("2026-12-31 @ 2026-11-30"),
        of(SEED.due(c, d(2026, 11, 30), d(2026, 12, 1)), EXPIRY_NOTICE));
    assertEquals(List.of(), SEED.due(c, d(2026, 11, 30), d(2026, 11, 30)));
    assertEquals(List.of(), SEED.due(c, d(2027, 1, 1), d(2028, 1, 1)));
    assertEquals(List.of(), SEED.due(c, d(2025, 1, 1), d(2026, 1, 1)));
    assertEquals(List.of(), SEED.due(c, LocalDate.MIN, LocalDate.MIN));
  }

  @Test
  void the_result_cannot_be_changed_by_the_caller() {
    // rule: CON-04
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2026, 1, 1),
        d(2026, 12, 31));
    List<Obligation> january = SEED.due(c, d(2026, 1, 1), d(2026, 2, 1));
    assertEquals(3, january.size());
    assertThrows(UnsupportedOperationException.class, january::clear);
  }

  @Test
  void a_window_ending_before_it_starts_is_refused() {
    ServiceContract c = contract("B", ContractKind.MAINTENANCE, List.of(S1), d(2026, 1, 1),
        d(2026, 12, 31));
    assertEquals("to: the window's end must be on or after its start 2026-02-01"
        + " (rejected value: \"2026-01-31\")", assertThrows(InvalidInputException.class,
        () -> SEED.due(c, d(2026, 2, 1), d(2026, 1, 31))).violations().get(0)
        .render(Locale.ENGLISH));
  }
}
