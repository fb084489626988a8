package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.aftersales.testkit.workreport.Jobs.job;
import static org.aftersales.testkit.workreport.Jobs.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReportForwarded;
import org.aftersales.core.workreport.BranchReportSigned;
import org.aftersales.core.workreport.BranchReportSigning;
import org.aftersales.core.workreport.CategoryTime;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.SignBranchReport;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.TechnicianDailyReport;
import org.aftersales.core.workreport.WorkReports;
import org.junit.jupiter.api.Test;

/**
 * The daily reports of SVC-09 (P2 §15–17): a technician's jobs by category and time, the
 * supervisor's team report, the branch report signed by the manager and forwarded.
 * // rule: SVC-09, SVC-01
 */
class DailyReportsTest {

  final WorkReports reports = new WorkReports(SHANGHAI);

  /** 2 November 2026 in Shanghai: wang 90 min (A) + 45 min (C), li 120 min (B); one job on 3 Nov. */
  final List<ServiceJob> jobs = List.of(
      job("SR-1", "tech-wang", "sup-zhao", ServiceCategory.A, shanghai(11, 2, 9, 0), 90),
      job("SR-2", "tech-wang", "sup-zhao", ServiceCategory.C, shanghai(11, 2, 14, 0), 45),
      job("SR-3", "tech-li", "sup-zhao", ServiceCategory.B, shanghai(11, 2, 0, 0), 120),
      job("SR-4", "tech-li", "sup-zhao", ServiceCategory.B, shanghai(11, 3, 0, 0), 30),
      job("SR-5", "tech-zhou", "sup-sun", ServiceCategory.A, shanghai(11, 2, 10, 0), 60),
      job("SR-6", "tech-wang", "sup-zhao", ServiceCategory.D, shanghai(11, 1, 23, 59), 20));

  @Test
  void a_technicians_daily_report_lists_each_job_of_the_day_with_category_and_time() {
    // rule: SVC-09 — the day is cut at Shanghai midnight; the job at 23:59 on 1 Nov is not in it.
    TechnicianDailyReport wang = reports.technicianDay(PersonId.of("tech-wang"),
        LocalDate.of(2026, 11, 2), jobs);
    assertEquals(List.of(ServiceRequestId.of("SR-1"), ServiceRequestId.of("SR-2")),
        wang.jobs().stream().map(j -> j.serviceRequestId()).toList());
    assertEquals(ServiceCategory.C, wang.jobs().get(1).category());
    assertEquals(135, wang.totalMinutes());
    assertEquals(new CategoryTime(ServiceCategory.A, 1, 90),
        wang.byCategory().get(ServiceCategory.A));
    assertEquals(new CategoryTime(ServiceCategory.C, 1, 45),
        wang.byCategory().get(ServiceCategory.C));
    assertEquals(CategoryTime.none(ServiceCategory.D), wang.byCategory().get(ServiceCategory.D));
  }

  @Test
  void the_supervisors_team_report_adds_up_the_team_by_category_and_time() {
    // rule: SVC-09 — zhao's team on 2 Nov: A 1 job 90 min, B 1 job 120 min (li's job at 00:00
    // counts, the one at 00:00 on 3 Nov does not), C 1 job 45 min, D none; 255 min in all.
    TeamDailyReport zhao = reports.teamDay(PersonId.of("sup-zhao"), LocalDate.of(2026, 11, 2),
        jobs);
    assertEquals(List.of(PersonId.of("tech-li"), PersonId.of("tech-wang")),
        zhao.technicians().stream().map(TechnicianDailyReport::technician).toList());
    assertEquals(new CategoryTime(ServiceCategory.A, 1, 90),
        zhao.byCategory().get(ServiceCategory.A));
    assertEquals(new CategoryTime(ServiceCategory.B, 1, 120),
        zhao.byCategory().get(ServiceCategory.B));
    assertEquals(new CategoryTime(ServiceCategory.C, 1, 45),
        zhao.byCategory().get(ServiceCategory.C));
    assertEquals(CategoryTime.none(ServiceCategory.D), zhao.byCategory().get(ServiceCategory.D));
    assertEquals(255, zhao.totalMinutes());
  }

  @Test
  void a_job_ending_before_it_starts_or_with_negative_minutes_is_refused() {
    // rule: SVC-09
    InvalidInputException reversed = assertThrows(InvalidInputException.class,
        () -> job("SR-9", "tech-wang", "sup-zhao", ServiceCategory.A, shanghai(11, 2, 9, 0), -1));
    assertEquals("endedAt", reversed.violations().get(0).path());
    InvalidInputException negative = assertThrows(InvalidInputException.class,
        () -> ServiceJob.builder().serviceRequestId(ServiceRequestId.of("SR-9"))
            .technician(PersonId.of("tech-wang")).supervisor(PersonId.of("sup-zhao"))
            .branch(UnitId.of("suzhou")).category(ServiceCategory.A)
            .kind(org.aftersales.core.workreport.WorkKind.SERVICE_DISPATCH)
            .startedAt(shanghai(11, 2, 9, 0)).endedAt(shanghai(11, 2, 9, 0)).labourMinutes(-1)
            .serviceCost(org.aftersales.core.shared.Money.parse("CNY 0.00"))
            .materialCost(org.aftersales.core.shared.Money.parse("CNY 0.00"))
            .transportCost(org.aftersales.core.shared.Money.parse("CNY 0.00"))
            .otherCost(org.aftersales.core.shared.Money.parse("CNY 0.00")).build());
    assertEquals("labourMinutes", negative.violations().get(0).path());
    InvalidInputException cost = assertThrows(InvalidInputException.class,
        () -> job("SR-9", "tech-wang", "sup-zhao", ServiceCategory.A,
            org.aftersales.core.workreport.WorkKind.SERVICE_DISPATCH, shanghai(11, 2, 9, 0), 1,
            "0.00", "-0.01", "0.00", "0.00"));
    assertEquals("materialCost", cost.violations().get(0).path());
  }

  SignBranchReport sign(String requestId, TeamDailyReport report, String manager,
      java.time.Instant at) {
    return new SignBranchReport(RequestId.of(requestId), UnitId.of("suzhou"), report,
        PersonId.of(manager), UnitId.of("service-dept"), at);
  }

  @Test
  void the_branch_manager_signs_the_report_and_it_is_forwarded_to_the_service_department_once() {
    // rule: SVC-09 — P2 §17: 先送请经理核阅签章后，转送服务部.
    InMemoryBranchReports stored = InMemoryBranchReports.create();
    BranchReportSigning signing = new BranchReportSigning(stored,
        org.aftersales.testkit.validation.TestValidators.commandValidator(), SHANGHAI,
        Clock.fixed(shanghai(11, 3, 9, 0), SHANGHAI));
    TeamDailyReport zhao = reports.teamDay(PersonId.of("sup-zhao"), LocalDate.of(2026, 11, 2),
        jobs);
    SignBranchReport command = sign("s-1", zhao, "mgr-qian", shanghai(11, 3, 8, 30));
    BranchReport signed = signing.sign(command);
    assertEquals(PersonId.of("mgr-qian"), signed.manager());
    assertEquals(signed, signing.sign(command));
    List<Object> events = stored.outbox().undelivered(10).stream().map(e -> (Object) e.event())
        .toList();
    assertEquals(List.of(
        new BranchReportSigned(UnitId.of("suzhou"), LocalDate.of(2026, 11, 2),
            PersonId.of("sup-zhao"), PersonId.of("mgr-qian"), shanghai(11, 3, 8, 30),
            shanghai(11, 3, 9, 0)),
        new BranchReportForwarded(UnitId.of("suzhou"), LocalDate.of(2026, 11, 2),
            UnitId.of("service-dept"), shanghai(11, 3, 9, 0))), events);
    RuleRefusalException again = assertThrows(RuleRefusalException.class,
        () -> signing.sign(sign("s-2", zhao, "mgr-qian", shanghai(11, 3, 8, 30))));
    assertEquals(RuleId.of("SVC-09"), again.ruleId());
    assertThrows(DuplicateRequestException.class,
        () -> signing.sign(sign("s-1", zhao, "mgr-qian", shanghai(11, 3, 8, 31))));
    assertEquals(2, stored.outbox().undelivered(10).size());
  }

  @Test
  void a_supervisor_cannot_sign_his_own_report_nor_anyone_sign_before_the_day() {
    // rule: SVC-09
    InMemoryBranchReports stored = InMemoryBranchReports.create();
    BranchReportSigning signing = new BranchReportSigning(stored,
        org.aftersales.testkit.validation.TestValidators.commandValidator(), SHANGHAI,
        Clock.fixed(shanghai(11, 3, 9, 0), SHANGHAI));
    TeamDailyReport zhao = reports.teamDay(PersonId.of("sup-zhao"), LocalDate.of(2026, 11, 2),
        jobs);
    assertEquals(RuleId.of("SVC-09"), assertThrows(RuleRefusalException.class,
        () -> signing.sign(sign("s-1", zhao, "sup-zhao", shanghai(11, 3, 8, 0)))).ruleId());
    assertEquals(RuleId.of("SVC-09"), assertThrows(RuleRefusalException.class,
        () -> signing.sign(sign("s-1", zhao, "mgr-qian", shanghai(11, 1, 23, 59)))).ruleId());
    // Midnight at the start of the day is allowed (the evening's report may be signed that day).
    signing.sign(sign("s-1", zhao, "mgr-qian", shanghai(11, 2, 0, 0)));
    InvalidInputException nulls = assertThrows(InvalidInputException.class,
        () -> signing.sign(new SignBranchReport(null, null, zhao, null, null, null)));
    assertEquals(5, nulls.violations().size());
    assertEquals(1, stored.all().size());
  }
}
