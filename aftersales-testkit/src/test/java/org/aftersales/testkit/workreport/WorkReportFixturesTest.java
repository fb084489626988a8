package org.aftersales.testkit.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.testkit.service.ServiceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The work-report fixtures' defaults are valid: the default signature is accepted by the signing
 * use case, the default lapse by the availability use case (a fine case: inside hotline hours),
 * and the ready-made job, record and reports are consistent with the service fixtures' call.
 */
class WorkReportFixturesTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ServiceFixtures.SHANGHAI);

  @Test
  void theDefaultSignatureIsAcceptedAndForwarded() {
    // rule: SVC-09
    InMemoryBranchReports reports = InMemoryBranchReports.create();
    BranchReport signed = WorkReportFixtures.seedBranchReportSigning(reports, clock)
        .sign(WorkReportFixtures.signBranchReport().build());
    assertEquals(LocalDate.of(2026, 11, 2), signed.day());
    assertEquals(PersonId.of("mgr-qian"), signed.manager());
    assertEquals(Optional.of(signed), reports.find(WorkReportFixtures.BRANCH, signed.day()));
    assertEquals(PersonId.of("sup-zhao"), signed.report().supervisor());
    assertEquals(WorkReportFixtures.SERVICE_DEPARTMENT, signed.serviceDepartment());
    BranchReport ready = WorkReportFixtures.aBranchReport();
    assertEquals(signed.day(), ready.day());
    assertEquals(ServiceFixtures.shanghai("2026-11-02T19:00"), ready.signedAt());
  }

  @Test
  void theDefaultLapseIsRecordedWithItsFineCase() {
    // rule: SVC-19
    InMemoryAvailabilityLog log = InMemoryAvailabilityLog.create();
    AvailabilityLapse lapse = WorkReportFixtures.seedAvailabilityViolations(log, clock)
        .record(WorkReportFixtures.recordAvailabilityLapse().build());
    // 10:00 lies in the seed's hotline hours, 09:00–22:00.
    assertTrue(lapse.fineCase().isPresent());
    assertTrue(WorkReportFixtures.anAvailabilityLapse().fineCase().isPresent());
    assertNotEquals(lapse.eventId(), WorkReportFixtures.anAvailabilityLapse().eventId());
  }

  @Test
  void theDefaultJobIsThreeHoursOfDispatchWithItsCosts() {
    // rule: SVC-09, SVC-18
    ServiceJob job = WorkReportFixtures.aServiceJob();
    // 09:30 to 12:30 in Shanghai.
    assertEquals(ServiceFixtures.shanghai("2026-11-02T09:30"), job.startedAt());
    assertEquals(ServiceFixtures.shanghai("2026-11-02T12:30"), job.endedAt());
    assertEquals(90, job.labourMinutes());
    assertEquals(ServiceFixtures.cny("276.00"), job.materialCost());
    TeamDailyReport team = WorkReportFixtures.aTeamDailyReport();
    assertEquals(1, team.technicians().size());
    assertEquals(1, team.byCategory().get(ServiceCategory.A).jobs());
    assertEquals(90, team.byCategory().get(ServiceCategory.A).minutes());
  }

  @Test
  void theRepairRecordAndJobOfAClosedCallComeFromTheCall() {
    // rule: SVC-17, SVC-09
    RepairRecord record = WorkReportFixtures.aRepairRecord();
    assertEquals(ServiceFixtures.PRODUCT_MODEL, record.productModel());
    assertEquals(PersonId.of("tech-wang"), record.technician());
    assertEquals(ServiceFixtures.shanghai("2026-11-02T15:00"), record.closedAt());
    ServiceJob job = WorkReportFixtures.aServiceJob(org.aftersales.testkit.survey.SurveyFixtures
        .aClosedRequest());
    assertEquals(WorkReportFixtures.BRANCH, job.branch());
    assertEquals(ServiceFixtures.shanghai("2026-11-02T15:00"), job.endedAt());
  }
}
