package org.aftersales.core.workreport;

import static org.aftersales.core.workreport.WorkFixtures.GROUP;
import static org.aftersales.core.workreport.WorkFixtures.LI;
import static org.aftersales.core.workreport.WorkFixtures.SHANGHAI;
import static org.aftersales.core.workreport.WorkFixtures.WANG;
import static org.aftersales.core.workreport.WorkFixtures.job;
import static org.aftersales.core.workreport.WorkFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Test;

/**
 * The work-report values and kernels: jobs, daily reports, statistics, due dates, service hours,
 * lapses, repair records. // rule: SVC-09, SVC-17, SVC-18, SVC-19
 */
class WorkReportValuesTest {

  static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void a_jobs_amounts_share_one_currency_and_none_is_negative() {
    // rule: SVC-18
    ServiceJob ok = job("SR-1", WANG, "sup", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
        shanghai(11, 2, 9, 0), 0, 0, 0, 0, 0);
    assertEquals(ok.startedAt(), ok.endedAt());
    for (String path : List.of("serviceCost", "materialCost", "transportCost", "otherCost")) {
      long[] cents = {0, 0, 0, 0};
      cents[List.of("serviceCost", "materialCost", "transportCost", "otherCost").indexOf(path)]
          = -1;
      assertEquals(path, assertThrows(InvalidInputException.class, () -> job("SR-1", WANG,
          "sup", ServiceCategory.A, WorkKind.SERVICE_DISPATCH, shanghai(11, 2, 9, 0), 0,
          cents[0], cents[1], cents[2], cents[3])).violations().get(0).path());
    }
    ServiceJob.Builder usd = ServiceJob.builder().serviceRequestId(ServiceRequestId.of("SR-1"))
        .technician(WANG).supervisor(LI).branch(org.aftersales.core.organization.UnitId.of("b"))
        .category(ServiceCategory.A).kind(WorkKind.SERVICE_DISPATCH)
        .startedAt(shanghai(11, 2, 9, 0)).endedAt(shanghai(11, 2, 9, 0)).labourMinutes(0)
        .serviceCost(Money.zero(CNY)).materialCost(Money.zero(CNY))
        .transportCost(Money.zero(Currency.getInstance("USD"))).otherCost(Money.zero(CNY));
    assertEquals("transportCost", assertThrows(InvalidInputException.class, usd::build)
        .violations().get(0).path());
    assertEquals("安装调试",
        WorkKind.INSTALLATION_COMMISSIONING.displayName().render(Locale.CHINESE));
  }

  @Test
  void category_times_add_up_and_refuse_negatives_and_other_categories() {
    // rule: SVC-09
    CategoryTime a = CategoryTime.none(ServiceCategory.A).plusJob(30).plusJob(45);
    assertEquals(new CategoryTime(ServiceCategory.A, 2, 75), a);
    assertEquals(new CategoryTime(ServiceCategory.A, 3, 85),
        a.plus(new CategoryTime(ServiceCategory.A, 1, 10)));
    assertThrows(InvalidInputException.class, () -> a.plus(CategoryTime.none(ServiceCategory.B)));
    assertEquals("jobs", assertThrows(InvalidInputException.class,
        () -> new CategoryTime(ServiceCategory.A, -1, 0)).violations().get(0).path());
    assertEquals("minutes", assertThrows(InvalidInputException.class,
        () -> new CategoryTime(ServiceCategory.A, 0, -1)).violations().get(0).path());
  }

  @Test
  void the_daily_reports_cut_the_day_at_midnight_in_the_business_zone() {
    // rule: SVC-09 — wang: 90 (A) at 00:00 and 45 (C) at 23:59 on 2 Nov; the job at 00:00 on
    // 3 Nov and the one at 23:59 on 1 Nov are other days'; li's job is another supervisor's.
    List<ServiceJob> jobs = List.of(
        job("SR-2", WANG, "sup-zhao", ServiceCategory.C, shanghai(11, 2, 23, 59), 45),
        job("SR-1", WANG, "sup-zhao", ServiceCategory.A, shanghai(11, 2, 0, 0), 90),
        job("SR-3", WANG, "sup-zhao", ServiceCategory.A, shanghai(11, 3, 0, 0), 10),
        job("SR-4", WANG, "sup-zhao", ServiceCategory.A, shanghai(11, 1, 23, 59), 10),
        job("SR-5", LI, "sup-sun", ServiceCategory.B, shanghai(11, 2, 9, 0), 60),
        job("SR-6", LI, "sup-zhao", ServiceCategory.B, shanghai(11, 2, 9, 0), 60));
    WorkReports reports = new WorkReports(SHANGHAI);
    assertEquals(SHANGHAI, reports.businessZone());
    TechnicianDailyReport wang = reports.technicianDay(WANG, LocalDate.of(2026, 11, 2), jobs);
    assertEquals(List.of("SR-1", "SR-2"), wang.jobs().stream()
        .map(j -> j.serviceRequestId().value()).toList());
    assertEquals(135, wang.totalMinutes());
    assertEquals(new CategoryTime(ServiceCategory.C, 1, 45),
        wang.byCategory().get(ServiceCategory.C));
    assertEquals(4, wang.byCategory().size());
    TeamDailyReport team = reports.teamDay(PersonId.of("sup-zhao"), LocalDate.of(2026, 11, 2),
        jobs);
    assertEquals(List.of(LI, WANG), team.technicians().stream()
        .map(TechnicianDailyReport::technician).toList());
    assertEquals(195, team.totalMinutes());
    assertEquals(new CategoryTime(ServiceCategory.B, 1, 60),
        team.byCategory().get(ServiceCategory.B));
    assertEquals(new CategoryTime(ServiceCategory.A, 1, 90),
        team.byCategory().get(ServiceCategory.A));
    JobLine line = JobLine.of(jobs.get(0));
    assertEquals(WorkKind.SERVICE_DISPATCH, line.kind());
    assertEquals(shanghai(11, 2, 23, 59).plusSeconds(45 * 60), line.endedAt());
  }

  @Test
  void the_monthly_statistics_count_times_and_days_and_total_every_cost() {
    // rule: SVC-18 — wang installs twice on 2 Nov (2 times, 1 day) and li once at 00:00 on 1 Nov
    // (1, 1); 31 Oct 23:59 and 1 Dec 00:00 are other months'. Costs in 分.
    List<ServiceJob> jobs = List.of(
        job("SR-1", WANG, "s", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 2, 9, 0), 60, 30000, 1000, 300, 7),
        job("SR-2", WANG, "s", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 2, 14, 0), 60, 15050, 0, 0, 0),
        job("SR-3", LI, "s", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 1, 0, 0), 60, 20000, 0, 200, 0),
        job("SR-4", LI, "s", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(11, 30, 23, 59), 60, 8025, 500, 0, 3),
        job("SR-5", LI, "s", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(10, 31, 23, 59), 60, 99, 99, 99, 99),
        job("SR-6", LI, "s", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(12, 1, 0, 0), 60, 99, 99, 99, 99));
    MonthlyServiceStatistics s = new ServiceStatistics(SHANGHAI).monthly(YearMonth.of(2026, 11),
        CNY, jobs);
    assertEquals(new StatisticsLine(WorkKind.INSTALLATION_COMMISSIONING, 3, 2,
        Money.ofMinor(65050, CNY)), s.installation());
    assertEquals(new StatisticsLine(WorkKind.SERVICE_DISPATCH, 1, 1, Money.ofMinor(8025, CNY)),
        s.dispatch());
    assertEquals(Money.ofMinor(1500, CNY), s.material());
    assertEquals(Money.ofMinor(500, CNY), s.transport());
    assertEquals(Money.ofMinor(10, CNY), s.other());
    assertEquals(Money.ofMinor(65050 + 8025 + 1500 + 500 + 10, CNY), s.total());
    StatisticsLine line = s.dispatch();
    assertThrows(InvalidInputException.class, () -> new MonthlyServiceStatistics(
        s.month(), line, line, s.material(), s.transport(), s.other()));
    assertThrows(InvalidInputException.class, () -> new MonthlyServiceStatistics(
        s.month(), s.installation(), s.installation(), s.material(), s.transport(), s.other()));
    assertThrows(InvalidInputException.class, () -> new MonthlyServiceStatistics(
        s.month(), s.installation(), s.dispatch(), Money.zero(Currency.getInstance("USD")),
        s.transport(), s.other()));
    assertThrows(InvalidInputException.class, () -> new StatisticsLine(
        WorkKind.SERVICE_DISPATCH, -1, 0, Money.zero(CNY)));
    assertThrows(InvalidInputException.class, () -> new StatisticsLine(
        WorkKind.SERVICE_DISPATCH, 0, -1, Money.zero(CNY)));
    assertEquals(2, new StatisticsLine(WorkKind.SERVICE_DISPATCH, 2, 2, Money.zero(CNY))
        .personDays());
  }

  @Test
  void the_due_dates_are_the_4th_and_the_5th_and_late_from_the_next_days_start() {
    // rule: SVC-18
    ReportingDeadlines d = ReportingDeadlines.seed(SHANGHAI);
    YearMonth nov = YearMonth.of(2026, 11);
    assertEquals(LocalDate.of(2026, 12, 4), d.dueDay(ReportKind.MONTHLY_STATISTICS, nov));
    assertEquals(LocalDate.of(2026, 12, 5), d.dueDay(ReportKind.PROJECT_SUMMARY, nov));
    Instant due = shanghai(12, 5, 0, 0);
    assertEquals(due, d.dueAt(ReportKind.MONTHLY_STATISTICS, nov));
    assertFalse(d.isLate(ReportKind.MONTHLY_STATISTICS, nov, due.minusNanos(1)));
    assertTrue(d.isLate(ReportKind.MONTHLY_STATISTICS, nov, due));
    assertEquals(List.of(ReportKind.MONTHLY_STATISTICS, ReportKind.PROJECT_SUMMARY),
        d.overdue(nov, Set.of(), shanghai(12, 6, 0, 0)));
    assertEquals(List.of(), d.overdue(nov, Set.of(ReportKind.MONTHLY_STATISTICS,
        ReportKind.PROJECT_SUMMARY), shanghai(12, 6, 0, 0)));
    assertEquals(LocalDate.of(2026, 12, 1), d.withDueDays(1, 28)
        .dueDay(ReportKind.MONTHLY_STATISTICS, nov));
    assertEquals(LocalDate.of(2026, 12, 28), d.withDueDays(1, 28)
        .dueDay(ReportKind.PROJECT_SUMMARY, nov));
    assertEquals("projectSummaryDay", assertThrows(InvalidInputException.class,
        () -> d.withDueDays(4, 29)).violations().get(0).path());
    assertEquals("statisticsDay", assertThrows(InvalidInputException.class,
        () -> d.withDueDays(0, 5)).violations().get(0).path());
    // A calendar whose next working moment is two days later moves the 4th to the 6th.
    BusinessCalendar twoDaysLater = new Later(Duration.ofDays(2));
    assertEquals(LocalDate.of(2026, 12, 6), d.movedToNextWorkingDay(twoDaysLater)
        .dueDay(ReportKind.MONTHLY_STATISTICS, nov));
    assertEquals(LocalDate.of(2026, 12, 4), d.movedToNextWorkingDay(new Later(Duration.ZERO))
        .withDueDays(4, 5).dueDay(ReportKind.MONTHLY_STATISTICS, nov));
  }

  /** A calendar whose next working moment is a fixed time later (a test double). */
  record Later(Duration after) implements BusinessCalendar {
    @Override
    public java.time.ZoneId zone() {
      return SHANGHAI;
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
      return after.isZero();
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
      return instant.plus(after);
    }

    @Override
    public Instant endOfWorkingDay(Instant instant) {
      return instant;
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
      return start.plus(workingTime);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      return Duration.between(from, to);
    }

    @Override
    public Duration workingDayLength() {
      return Duration.ofHours(24);
    }
  }

  Optional<FineCase> at(LapseKind kind, Instant from, Instant to) {
    return ServiceHours.seed(SHANGHAI).violation(kind, from, to, WANG, GROUP);
  }

  @Test
  void service_hours_are_half_open_and_a_phone_off_counts_each_day_it_overlaps() {
    // rule: SVC-19
    Instant nine = shanghai(11, 2, 9, 0);
    assertEquals(Optional.empty(), at(LapseKind.HOTLINE_UNANSWERED, nine.minusNanos(1),
        nine.minusNanos(1)));
    assertEquals(nine, at(LapseKind.HOTLINE_UNANSWERED, nine, nine).orElseThrow().occurredAt());
    Instant ten = shanghai(11, 2, 22, 0);
    assertEquals(Optional.empty(), at(LapseKind.PHONE_CALL_REFUSED, ten, ten));
    assertEquals(FineKind.PHONE_CALL_REFUSED, at(LapseKind.PHONE_CALL_REFUSED,
        ten.minusNanos(1), ten.minusNanos(1)).orElseThrow().kind());
    assertEquals(FineKind.PHONE_OFF, at(LapseKind.PHONE_OFF, shanghai(11, 2, 8, 0),
        shanghai(11, 2, 8, 0)).orElseThrow().kind());
    // Off 22:00 → 08:00 touches no hours; one microsecond more on either side does.
    assertEquals(Optional.empty(), at(LapseKind.PHONE_OFF, ten, shanghai(11, 3, 8, 0)));
    FineCase late = at(LapseKind.PHONE_OFF, ten.minusNanos(1000), shanghai(11, 3, 8, 0))
        .orElseThrow();
    assertEquals(1, late.occurrences());
    assertEquals(ten.minusNanos(1000), late.occurredAt());
    FineCase early = at(LapseKind.PHONE_OFF, ten, shanghai(11, 3, 8, 0).plusNanos(1000))
        .orElseThrow();
    assertEquals(shanghai(11, 3, 8, 0), early.occurredAt());
    // Three days off: 2, 3 and 4 Nov.
    FineCase long3 = at(LapseKind.PHONE_OFF, shanghai(11, 2, 12, 0), shanghai(11, 4, 12, 0))
        .orElseThrow();
    assertEquals(3, long3.occurrences());
    assertEquals(shanghai(11, 2, 12, 0), long3.occurredAt());
    assertEquals(Optional.of(WANG), long3.responsible());
    assertEquals(GROUP, long3.group());
    assertEquals("to", assertThrows(InvalidInputException.class,
        () -> at(LapseKind.PHONE_OFF, nine, nine.minusNanos(1))).violations().get(0).path());
    assertEquals(LocalTime.of(9, 0), ServiceHours.seed(SHANGHAI).hotlineOpens());
    assertEquals(LocalTime.of(8, 0), ServiceHours.seed(SHANGHAI).phonesOn());
    assertTrue(LapseKind.HOTLINE_UNANSWERED.hotline());
    assertFalse(LapseKind.PHONE_OFF.hotline());
  }

  @Test
  void a_lapse_keeps_its_fine_case_of_its_own_kind() {
    // rule: SVC-19
    AvailabilityLapse.Builder b = AvailabilityLapse.builder().eventId(RequestId.of("e"))
        .kind(LapseKind.PHONE_OFF).responsible(WANG).group(GROUP)
        .from(shanghai(11, 2, 9, 0)).to(shanghai(11, 2, 8, 0)).recordedAt(shanghai(11, 2, 9, 0));
    assertEquals("to", assertThrows(InvalidInputException.class, b::build).violations().get(0)
        .path());
    AvailabilityLapse.Builder wrong = AvailabilityLapse.builder().eventId(RequestId.of("e"))
        .kind(LapseKind.PHONE_OFF).responsible(WANG).group(GROUP)
        .from(shanghai(11, 2, 9, 0)).to(shanghai(11, 2, 9, 0)).recordedAt(shanghai(11, 2, 9, 0))
        .fineCase(FineCase.builder().kind(FineKind.HOTLINE_UNANSWERED)
            .occurredAt(shanghai(11, 2, 9, 0)).group(GROUP).build());
    assertEquals("fineCase", assertThrows(InvalidInputException.class, wrong::build)
        .violations().get(0).path());
  }

  static RepairRecord repair(String id, String serial, String cause, Instant closedAt,
      PersonId technician, boolean atFault) {
    return RepairRecord.builder().serviceRequestId(ServiceRequestId.of(id))
        .productModel("CNC-450").unitSerial(serial).faultCause(cause).closedAt(closedAt)
        .technician(technician).group(GROUP).technicianAtFault(atFault).build();
  }

  @Test
  void a_repeat_is_the_same_unit_and_fault_later_and_fined_only_through_the_technicians_fault() {
    // rule: SVC-17
    RepairRecord first = repair("SR-1", "SN-1", "F-7", shanghai(11, 2, 9, 0), WANG, true);
    RepairRecord same = repair("SR-2", "SN-1", "F-7", shanghai(11, 2, 9, 0), LI, false);
    RepeatRepair repeat = new RepeatRepair(first, same);
    FineCase fine = repeat.fineCase().orElseThrow();
    assertEquals(FineKind.REPEAT_REPAIR, fine.kind());
    assertEquals(Optional.of(WANG), fine.responsible());
    assertEquals(same.closedAt(), fine.occurredAt());
    assertEquals(Optional.empty(), new RepeatRepair(same, repair("SR-3", "SN-1", "F-7",
        shanghai(11, 3, 9, 0), WANG, false)).fineCase());
    assertFalse(first.sameUnitAndFault(repair("SR-4", "SN-2", "F-7", shanghai(11, 2, 9, 0),
        WANG, false)));
    assertFalse(first.sameUnitAndFault(repair("SR-4", "SN-1", "F-8", shanghai(11, 2, 9, 0),
        WANG, false)));
    assertFalse(first.sameUnitAndFault(RepairRecord.builder()
        .serviceRequestId(ServiceRequestId.of("SR-5")).productModel("CNC-451")
        .unitSerial("SN-1").faultCause("F-7").closedAt(shanghai(11, 2, 9, 0)).technician(WANG)
        .group(GROUP).build()));
    assertThrows(InvalidInputException.class, () -> new RepeatRepair(first,
        repair("SR-4", "SN-1", "F-7", shanghai(11, 2, 9, 0).minusNanos(1000), LI, false)));
    assertEquals(false, RepairRecord.builder().serviceRequestId(ServiceRequestId.of("SR-5"))
        .productModel("m").unitSerial("s").faultCause("f").closedAt(shanghai(11, 2, 9, 0))
        .technician(WANG).group(GROUP).build().technicianAtFault());
    assertEquals("technician", assertThrows(InvalidInputException.class,
        () -> repair("SR-6", "SN-1", "F-7", shanghai(11, 2, 9, 0), PersonId.of("x"), false))
        .violations().get(0).path());
    for (String blank : List.of("productModel", "unitSerial", "faultCause")) {
      RepairRecord.Builder b = RepairRecord.builder().serviceRequestId(ServiceRequestId.of("S"))
          .productModel(blank.equals("productModel") ? " " : "m")
          .unitSerial(blank.equals("unitSerial") ? " " : "s")
          .faultCause(blank.equals("faultCause") ? " " : "f").closedAt(shanghai(11, 2, 9, 0))
          .technician(WANG).group(GROUP);
      assertEquals(blank, assertThrows(InvalidInputException.class, b::build).violations()
          .get(0).path());
    }
    RepeatRepairPolicy everyPair = records -> List.of(repeat, new RepeatRepair(same,
        repair("SR-3", "SN-1", "F-7", shanghai(11, 3, 9, 0), WANG, false)));
    assertEquals(List.of(fine), everyPair.fineCases(List.of()));
  }
  @Test
  void a_job_ends_no_earlier_than_it_starts_and_reports_no_negative_minutes() {
    // rule: SVC-09
    Instant start = shanghai(11, 2, 9, 0);
    ServiceJob.Builder reversed = jobBuilder(start, start.minusNanos(1000), 0);
    assertEquals("endedAt", assertThrows(InvalidInputException.class, reversed::build)
        .violations().get(0).path());
    assertEquals("labourMinutes", assertThrows(InvalidInputException.class,
        jobBuilder(start, start, -1)::build).violations().get(0).path());
    assertEquals(0, jobBuilder(start, start, 0).build().labourMinutes());
  }

  static ServiceJob.Builder jobBuilder(Instant start, Instant end, long minutes) {
    return ServiceJob.builder().serviceRequestId(ServiceRequestId.of("SR-1")).technician(WANG)
        .supervisor(LI).branch(org.aftersales.core.organization.UnitId.of("b"))
        .category(ServiceCategory.A).kind(WorkKind.SERVICE_DISPATCH).startedAt(start)
        .endedAt(end).labourMinutes(minutes).serviceCost(Money.zero(CNY))
        .materialCost(Money.zero(CNY)).transportCost(Money.zero(CNY))
        .otherCost(Money.zero(CNY));
  }

  @Test
  void statistics_lines_allow_zero_and_as_many_days_as_times_but_not_more() {
    // rule: SVC-18
    assertEquals(0, new StatisticsLine(WorkKind.SERVICE_DISPATCH, 0, 0, Money.zero(CNY))
        .personTimes());
    assertEquals(1, new StatisticsLine(WorkKind.SERVICE_DISPATCH, 1, 1, Money.zero(CNY))
        .personDays());
    assertThrows(InvalidInputException.class, () -> new StatisticsLine(
        WorkKind.SERVICE_DISPATCH, 1, 2, Money.zero(CNY)));
  }

  @Test
  void the_hotline_and_phone_hours_are_read_separately_and_must_not_be_reversed() {
    // rule: SVC-19 — a hotline open until 23:00 while phones stay 8:00–22:00.
    ServiceHours late = new ServiceHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(23, 0),
        LocalTime.of(8, 0), LocalTime.of(22, 0));
    Instant half10 = shanghai(11, 2, 22, 30);
    assertTrue(late.violation(LapseKind.HOTLINE_UNANSWERED, half10, half10, WANG, GROUP)
        .isPresent());
    assertFalse(late.violation(LapseKind.PHONE_CALL_REFUSED, half10, half10, WANG, GROUP)
        .isPresent());
    assertEquals("hotlineCloses", assertThrows(InvalidInputException.class,
        () -> new ServiceHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(9, 0),
            LocalTime.of(8, 0), LocalTime.of(22, 0))).violations().get(0).path());
    assertEquals("phonesOff", assertThrows(InvalidInputException.class,
        () -> new ServiceHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(22, 0),
            LocalTime.of(8, 0), LocalTime.of(8, 0))).violations().get(0).path());
  }

  @Test
  void a_repair_does_not_repeat_itself() {
    // rule: SVC-17
    RepairRecord first = repair("SR-1", "SN-1", "F-7", shanghai(11, 2, 9, 0), WANG, true);
    assertThrows(InvalidInputException.class, () -> new RepeatRepair(first, first));
  }

  @Test
  void commands_with_missing_fields_are_built_for_the_validator_to_report() {
    // rule: SVC-09, SVC-19
    assertEquals(null, new RecordAvailabilityLapse(null, null, null, null, null, null).from());
    assertEquals(null, new RecordAvailabilityLapse(null, null, null, null, null, null).to());
    assertEquals(null, new SignBranchReport(null, null, null, null, null, null).signedAt());
    Instant nanos = Instant.parse("2026-11-02T01:00:00.123456789Z");
    Instant micros = Instant.parse("2026-11-02T01:00:00.123456Z");
    RecordAvailabilityLapse l = new RecordAvailabilityLapse(RequestId.of("e"),
        LapseKind.PHONE_OFF, WANG, GROUP, nanos, nanos);
    assertEquals(List.of(micros, micros), List.of(l.from(), l.to()));
    assertEquals(micros, new SignBranchReport(null, null, null, null, null, nanos).signedAt());
  }
}
