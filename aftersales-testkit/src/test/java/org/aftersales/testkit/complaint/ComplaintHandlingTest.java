package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintProgressed;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RecordSiteInspection;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.complaint.StepFigures;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Intake, acceptance and the routing of a complaint case through the public API, on the in-memory
 * adapters, the CMP-01 numbering and the seed's complaint procedure on the Shanghai office
 * calendar (Monday to Friday 09:00–12:00 and 13:30–18:00, 7 h 30 min a working day; ½ day is
 * 3 h 45 min; November 2026 has no public holiday, 2 November is a Monday). Expected values are
 * worked out by hand in the comments.
 */
class ComplaintHandlingTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ServiceLevelPolicy SEED = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE,
      WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
          .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
              WorkingHours.parse("13:30-18:00"))
          .build()).build()).build();
  static final PersonId QA = PersonId.of("QA-01");
  static final PersonId MFG = PersonId.of("MFG-07");
  static final PersonId SUPERVISOR = PersonId.of("SUP-02");

  final InMemoryComplaints complaints = InMemoryComplaints.create();
  final InMemoryNumberSequences sequences = InMemoryNumberSequences.create();
  final RecordingEventPublisher events = new RecordingEventPublisher();
  final TestClock clock = TestClock.at(sh("2026-11-02T09:00"), SHANGHAI);
  final ComplaintRegistration registration = new ComplaintRegistration(complaints,
      SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences),
      ComplaintProcedure.seed().withRoute(SeedServiceLevels.COMPLAINT_STEPS),
      TestValidators.commandValidator(), clock);
  final ComplaintHandling handling = new ComplaintHandling(complaints,
      TestValidators.commandValidator(), clock);

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static ComplaintIntake intake(ServiceZone market, ComplaintSeverity severity,
      boolean causedLoss) {
    return new ComplaintIntake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411",
        "PO-2026-0815", "PCB-4411-A", 2_000, LocalDate.of(2026, 10, 20), 120,
        "Replace the defective boards", DemandedReturn.undeterminedYet(), market, severity,
        causedLoss);
  }

  ComplaintCase accepted(String requestId, ServiceZone market, ComplaintSeverity severity) {
    return registration.register(new RegisterComplaint(RequestId.of(requestId),
        sh("2026-11-02T09:00"), intake(market, severity, true)));
  }

  List<Notice> notices() {
    new EventRelay(complaints.outbox(), events).relayAll(100, 100);
    return events.eventsOf(Notice.class);
  }

  static RequestId id(String text) {
    return RequestId.of(text);
  }

  @Nested
  class Intake {

    @Test
    void the_form_keeps_every_field_sales_filled_in_including_an_undetermined_return() {
      // rule: CMP-02 — order, part, quantity, ship date, defective quantity, the demand; the
      // return quantity "客户加工中未确定".
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      ComplaintIntake form = complaints.find(c.number()).orElseThrow().intake();
      assertEquals("PO-2026-0815", form.orderNumber());
      assertEquals("PCB-4411-A", form.partNumber());
      assertEquals(2_000, form.deliveredQuantity());
      assertEquals(LocalDate.of(2026, 10, 20), form.shipDate());
      assertEquals(120, form.defectiveQuantity());
      assertEquals("Replace the defective boards", form.demand());
      assertTrue(form.demandedReturn().undetermined());
      assertEquals(ServiceZone.DOMESTIC, form.market());
    }

    @Test
    void an_issue_without_loss_is_refused_as_an_exception_sheet_and_uses_no_serial() {
      // rule: CMP-02 — 无损失的品质问题填异常处理单.
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> registration.register(new RegisterComplaint(id("no-loss"),
              sh("2026-11-02T09:00"), intake(ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL,
                  false))));
      assertEquals(RuleId.of("CMP-02"), e.ruleId());
      assertTrue(e.getMessage().contains("exception sheet"), e.getMessage());
      assertEquals(0, complaints.size());
      assertEquals(1, accepted("next", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL)
          .number().serial(), "no serial was used by the refusal");
    }

    @Test
    void quantities_above_the_delivered_one_are_refused_together() {
      // rule: CMP-02 — 2 000 shipped: 2 001 defective and 2 500 to return are both named.
      ComplaintIntake over = new ComplaintIntake("C", "d", "PO", "P", 2_000,
          LocalDate.of(2026, 10, 20), 2_001, "demand", DemandedReturn.of(2_500),
          ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> registration.register(new RegisterComplaint(id("over"), sh("2026-11-02T09:00"),
              over)));
      assertEquals(List.of("intake.defectiveQuantity", "intake.demandedReturn"),
          e.violations().stream().map(v -> v.path()).toList());
      assertEquals(0, complaints.size());
    }

    @Test
    void a_negative_return_or_an_undetermined_one_with_a_quantity_is_refused() {
      // rule: CMP-02
      assertThrows(InvalidInputException.class, () -> DemandedReturn.of(-1));
      assertThrows(InvalidInputException.class, () -> new DemandedReturn(true, 5));
    }

    @Test
    void a_serious_complaint_goes_to_the_deputy_general_manager_at_once() {
      // rule: SUR-04 — 重大建议或投诉立即报副总经理.
      ComplaintCase c = accepted("serious", ServiceZone.DOMESTIC, ComplaintSeverity.SERIOUS);
      List<Notice> sent = notices();
      assertEquals(1, sent.size());
      assertEquals(NoticeKind.SERIOUS_COMPLAINT, sent.get(0).kind());
      assertEquals(Recipient.role(RecipientRole.DEPUTY_GENERAL_MANAGER), sent.get(0).recipient());
      assertEquals(c.number().text(), sent.get(0).parameters().get("complaint"));
    }

    @Test
    void a_general_complaint_notifies_no_one_at_acceptance() {
      // rule: SUR-04 — a general one stays with the service department.
      accepted("general", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      assertEquals(List.of(), notices());
    }
  }

  @Nested
  class Acceptance {

    @Test
    void acceptance_numbers_the_case_and_hands_the_first_step_to_the_gm_office() {
      // rule: CMP-01, CMP-05 — the first case of November 2026 is 261101; the GM office's ½ day
      // runs from the acceptance, Mon 09:00, to 12:00 + 13:30–14:15 = Mon 14:15.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      assertEquals("261101", c.number().text());
      assertEquals(sh("2026-11-02T09:00"), c.routing().acceptedAt());
      RoutingEntry first = c.routing().entries().get(0);
      assertEquals(Milestone.COMPLAINT_REGISTRATION, first.step());
      assertTrue(first.isOpen());
      StepFigures f = c.routing().stepFigures(SEED, sh("2026-11-02T10:00")).get(0);
      assertEquals(sh("2026-11-02T14:15"), f.due());
      // The overall limit: 13 whole working days from Mon 2 Nov 09:00 (2–6, 9–13, 16–18
      // November) end Wed 18 Nov 18:00.
      assertEquals(sh("2026-11-18T18:00"), c.routing().overall(SEED, sh("2026-11-02T10:00"))
          .due());
    }

    @Test
    void the_same_request_id_returns_the_same_case_with_no_second_number() {
      // rule: CMP-01
      ComplaintCase first = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      ComplaintCase again = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      assertEquals(first, again);
      assertEquals(1, sequences.lastAllocated(new SequenceKey(SeriesId.COMPLAINTS, "2026-11"))
          .getAsLong());
    }

    @Test
    void an_overseas_case_is_limited_to_17_working_days() {
      // rule: CMP-06 — 17 whole working days from Mon 2 Nov 09:00: 2–6, 9–13, 16–20, 23–24
      // November → Tue 24 Nov 18:00.
      ComplaintCase c = accepted("r-os", ServiceZone.OVERSEAS, ComplaintSeverity.GENERAL);
      assertEquals(sh("2026-11-24T18:00"), c.routing().overall(SEED, sh("2026-11-02T10:00"))
          .due());
    }
  }

  @Nested
  class Routing {

    @Test
    void a_late_hand_over_keeps_the_next_departments_whole_budget() {
      // rule: CMP-05 — registration done Mon 12:00; QA receives the case only Wed 10:00; its
      // 1 day (7 h 30) runs Wed 10–12, 13:30–18, Thu 09–10 → due Thu 10:00, not Tue.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      DocumentNumber n = c.number();
      handling.completeStep(new CompleteComplaintStep(id("h-1"), n,
          Milestone.COMPLAINT_REGISTRATION, sh("2026-11-02T12:00")));
      ComplaintCase atQa = handling.handOver(new HandOverComplaint(id("h-2"), n,
          Milestone.QA_ANALYSIS, sh("2026-11-04T10:00")));
      StepFigures qa = atQa.routing().stepFigures(SEED, sh("2026-11-04T11:00")).get(1);
      assertEquals(Milestone.QA_ANALYSIS, qa.step());
      assertEquals(sh("2026-11-05T10:00"), qa.due());
      assertEquals(Duration.ofHours(1), qa.elapsed());
      assertTrue(qa.onTime());
    }

    @Test
    void a_return_keeps_the_returned_steps_time_and_restarts_the_earlier_one() {
      // rule: CMP-05 — manufacturing from Tue 09:00 returns to QA Tue 11:00 (2 h kept); QA
      // starts again at 11:00.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      DocumentNumber n = c.number();
      handling.completeStep(new CompleteComplaintStep(id("1"), n,
          Milestone.COMPLAINT_REGISTRATION, sh("2026-11-02T12:00")));
      handling.handOver(new HandOverComplaint(id("2"), n, Milestone.QA_ANALYSIS,
          sh("2026-11-02T13:30")));
      handling.completeStep(new CompleteComplaintStep(id("3"), n, Milestone.QA_ANALYSIS,
          sh("2026-11-02T17:00")));
      handling.handOver(new HandOverComplaint(id("4"), n,
          Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T09:00")));
      ComplaintCase back = handling.returnStep(new ReturnComplaintStep(id("5"), n,
          Milestone.QA_ANALYSIS, sh("2026-11-03T11:00"), "cause not proven"));
      List<StepFigures> f = back.routing().stepFigures(SEED, sh("2026-11-03T12:00"));
      // Entries: registration, QA, manufacturing (returned), QA again.
      assertEquals(Milestone.MANUFACTURING_COUNTERMEASURE, f.get(2).step());
      assertEquals(Duration.ofHours(2), f.get(2).elapsed());
      assertEquals(Milestone.QA_ANALYSIS, f.get(3).step());
      assertEquals(sh("2026-11-03T11:00"), f.get(3).start());
      assertEquals(Duration.ofHours(1), f.get(3).elapsed());
      assertEquals("cause not proven",
          back.routing().entries().get(2).returnReason().orElseThrow());
      assertEquals(5, back.handled().size(), "five commands kept on the case");
    }

    @Test
    void a_hand_over_to_a_step_that_is_not_next_is_refused_and_changes_nothing() {
      // rule: CMP-05
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      handling.completeStep(new CompleteComplaintStep(id("1"), c.number(),
          Milestone.COMPLAINT_REGISTRATION, sh("2026-11-02T12:00")));
      ComplaintCase before = complaints.find(c.number()).orElseThrow();
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> handling.handOver(new HandOverComplaint(id("2"), c.number(),
              Milestone.RND_OPINION, sh("2026-11-02T13:30"))));
      assertEquals(RuleId.of("CMP-05"), e.ruleId());
      assertEquals(before, complaints.find(c.number()).orElseThrow());
    }

    @Test
    void completing_another_step_than_the_open_one_is_refused() {
      // rule: CMP-05
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> handling.completeStep(new CompleteComplaintStep(id("1"), c.number(),
              Milestone.QA_ANALYSIS, sh("2026-11-02T12:00"))));
      assertEquals("step", e.violations().get(0).path());
    }

    @Test
    void a_repeated_command_is_answered_from_the_stored_case_and_a_reused_id_is_refused() {
      // rule: CMP-05
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      CompleteComplaintStep done = new CompleteComplaintStep(id("1"), c.number(),
          Milestone.COMPLAINT_REGISTRATION, sh("2026-11-02T12:00"));
      ComplaintCase first = handling.completeStep(done);
      assertSame(first, handling.completeStep(done));
      assertThrows(DuplicateRequestException.class, () -> handling.handOver(
          new HandOverComplaint(id("1"), c.number(), Milestone.QA_ANALYSIS,
              sh("2026-11-02T13:30"))));
      assertEquals(first, complaints.find(c.number()).orElseThrow());
      notices();
      assertEquals(1, events.eventsOf(ComplaintProgressed.class).size());
    }

    @Test
    void a_voided_case_is_no_longer_routed() {
      // rule: CMP-05
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      registration.voidComplaint(new VoidComplaint(id("v"), c.number(), "entered twice"));
      assertThrows(RuleRefusalException.class, () -> handling.completeStep(
          new CompleteComplaintStep(id("1"), c.number(), Milestone.COMPLAINT_REGISTRATION,
              sh("2026-11-02T12:00"))));
    }
  }

  @Nested
  class InspectionReportAndVisit {

    @Test
    void a_joint_site_inspection_is_recorded_once_even_before_the_acceptance() {
      // rule: CMP-03 — QA went with manufacturing on Fri 30 Oct, before the form existed.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      RecordSiteInspection inspection = new RecordSiteInspection(id("i"), c.number(),
          sh("2026-10-30T15:00"), QA, false, MFG, "Peeling on 120 boards, batch 4411");
      assertEquals(inspection, handling.recordSiteInspection(inspection).siteInspection()
          .orElseThrow());
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> handling.recordSiteInspection(new RecordSiteInspection(id("i2"), c.number(),
              sh("2026-11-03T15:00"), PersonId.of("GM-APPOINTEE"), true, MFG, "again")));
      assertEquals(RuleId.of("CMP-03"), e.ruleId());
    }

    @Test
    void the_investigation_report_is_filed_once_and_not_before_the_acceptance() {
      // rule: CMP-04 — due within 3 working days: Mon, Tue, Wed from Mon 2 Nov 09:00 → Wed
      // 4 Nov 18:00.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      assertEquals(sh("2026-11-04T18:00"), SEED.startClock(ServiceLevelKey.of(
          Milestone.INVESTIGATION_REPORT, ServiceZone.DOMESTIC), c.receivedAt())
          .orElseThrow().due().orElseThrow());
      assertThrows(InvalidInputException.class, () -> handling.fileInvestigationReport(
          new FileInvestigationReport(id("early"), c.number(), sh("2026-11-01T09:00"), QA,
              "report")));
      ComplaintCase filed = handling.fileInvestigationReport(new FileInvestigationReport(
          id("rep"), c.number(), sh("2026-11-04T16:00"), QA, "Cause: curing oven at 140 °C"));
      assertEquals(sh("2026-11-04T16:00"), filed.investigationReport().orElseThrow().filedAt());
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> handling.fileInvestigationReport(new FileInvestigationReport(id("rep2"),
              c.number(), sh("2026-11-05T16:00"), QA, "again")));
      assertEquals(RuleId.of("CMP-04"), e.ruleId());
    }

    @Test
    void every_visit_to_the_customer_is_kept() {
      // rule: SUR-05 — the supervisor or a delegate visits every complaining customer.
      ComplaintCase c = accepted("r-1", ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL);
      handling.recordCustomerVisit(new RecordCustomerVisit(id("v1"), c.number(),
          sh("2026-11-03T10:00"), SUPERVISOR, false, "Apologised; collected samples"));
      ComplaintCase visited = handling.recordCustomerVisit(new RecordCustomerVisit(id("v2"),
          c.number(), sh("2026-11-10T10:00"), PersonId.of("SUP-DELEGATE"), true,
          "Explained the countermeasure"));
      assertEquals(2, visited.customerVisits().size());
      assertTrue(visited.customerVisits().get(1).delegate());
      assertFalse(visited.customerVisits().get(0).delegate());
    }
  }
}
