package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintLifecycleTest.DECIDED_AT;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.NUMBER;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.POLICY;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.RECEIVED;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.allowanceAndReturn;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.cny;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.decided;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.open;
import static org.aftersales.core.complaint.ComplaintSamples.ANYONE;
import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.id;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The refusals of the case's transitions one by one, where another check would not catch the
 * same command: a voided case that its routing form would still let move, a command for another
 * case, a second inspection or report, a serious complaint's notice, the rejection clock.
 *
 * <p>// rule: CMP-03, CMP-04, CMP-05, CMP-09, CMP-10, CMP-15, SUR-04, SUR-05
 */
class ComplaintCaseRefusalsTest {

  static final DocumentNumber OTHER = DocumentNumber.of(SeriesId.COMPLAINTS, "261108", "2026-11",
      LocalDate.of(2026, 11, 1), 8);
  static final List<Milestone> ROUTE = PROCEDURE.route();
  static final Instant T1 = RECEIVED.plusSeconds(3_600);
  static final Instant T2 = RECEIVED.plusSeconds(7_200);
  static final Instant T3 = RECEIVED.plusSeconds(10_800);

  static ComplaintCase voided(ComplaintCase c) {
    return c.voided(new VoidComplaint(id(), NUMBER, "entered twice"), T1).state();
  }

  static ComplaintCase firstDone(ComplaintCase c) {
    return c.progressed(new CompleteComplaintStep(id(), NUMBER, ROUTE.get(0), T1), T1).state();
  }

  static RuleId refusedRule(ComplaintCase c, ComplaintCommand command) {
    return assertThrows(RuleRefusalException.class, () -> c.progressed(command, T3)).ruleId();
  }

  static String refusedPath(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).violations().get(0).path();
  }

  @Test
  void a_voided_case_moves_no_further_along_its_route() {
    // rule: CMP-05 — the routing form alone would take each of these.
    ComplaintCase open = open(ComplaintSeverity.GENERAL);
    assertEquals(RuleId.of("CMP-05"), refusedRule(voided(open),
        new CompleteComplaintStep(id(), NUMBER, ROUTE.get(0), T2)));
    assertEquals(RuleId.of("CMP-05"), refusedRule(voided(firstDone(open)),
        new HandOverComplaint(id(), NUMBER, ROUTE.get(1), T2)));
    ComplaintCase secondOpen = firstDone(open).progressed(new HandOverComplaint(id(), NUMBER,
        ROUTE.get(1), T2), T2).state();
    assertEquals(RuleId.of("CMP-05"), refusedRule(voided(secondOpen),
        new ReturnComplaintStep(id(), NUMBER, ROUTE.get(0), T3, "photos")));
  }

  @Test
  void a_voided_case_takes_no_inspection_report_or_visit() {
    // rule: CMP-03, CMP-04, SUR-05
    ComplaintCase voided = voided(open(ComplaintSeverity.GENERAL));
    assertEquals(RuleId.of("CMP-03"), refusedRule(voided, new RecordSiteInspection(id(), NUMBER,
        T2, PersonId.of("Q"), true, PersonId.of("M"), "cold oven")));
    assertEquals(RuleId.of("CMP-04"), refusedRule(voided, new FileInvestigationReport(id(),
        NUMBER, T2, PersonId.of("Q"), "cause")));
    assertEquals(RuleId.of("SUR-05"), refusedRule(voided, new RecordCustomerVisit(id(), NUMBER,
        T2, PersonId.of("S"), false, "met")));
  }

  @Test
  void the_site_inspection_and_the_investigation_report_are_recorded_once() {
    // rule: CMP-03, CMP-04
    RecordSiteInspection inspection = new RecordSiteInspection(id(), NUMBER, T2,
        PersonId.of("Q"), true, PersonId.of("M"), "cold oven");
    FileInvestigationReport report = new FileInvestigationReport(id(), NUMBER, T2,
        PersonId.of("Q"), "cause");
    ComplaintCase c = open(ComplaintSeverity.GENERAL).progressed(inspection, T2).state()
        .progressed(report, T2).state();
    assertEquals(Optional.of(inspection), c.siteInspection());
    assertEquals(Optional.of(report), c.investigationReport());
    assertEquals(RuleId.of("CMP-03"), refusedRule(c, new RecordSiteInspection(id(), NUMBER, T3,
        PersonId.of("Q"), true, PersonId.of("M"), "again")));
    assertEquals(RuleId.of("CMP-04"), refusedRule(c, new FileInvestigationReport(id(), NUMBER,
        T3, PersonId.of("Q"), "again")));
  }

  @Test
  void a_report_dated_before_the_acceptance_is_refused() {
    // rule: CMP-04 — its 3 working days count from the acceptance.
    ComplaintCase c = open(ComplaintSeverity.GENERAL);
    assertEquals("filedAt", refusedPath(() -> c.progressed(new FileInvestigationReport(id(),
        NUMBER, RECEIVED.minusSeconds(1), PersonId.of("Q"), "cause"), T3)));
    assertEquals(Optional.of(RECEIVED), c.progressed(new FileInvestigationReport(id(), NUMBER,
        RECEIVED, PersonId.of("Q"), "cause"), T3).state().investigationReport()
        .map(FileInvestigationReport::filedAt));
  }

  @Test
  void every_transition_refuses_a_command_for_another_case() {
    // rule: CMP-05, CMP-07, CMP-09, CMP-10
    ComplaintCase open = open(ComplaintSeverity.GENERAL);
    assertEquals("number", refusedPath(() -> open.progressed(new RecordCustomerVisit(id(), OTHER,
        T2, PersonId.of("S"), false, "met"), T3)));
    ComplaintCase routed = ComplaintSamples.finished(open, T2);
    assertEquals("number", refusedPath(() -> routed.decided(new DecideComplaint(id(), OTHER, T3,
        PersonId.of("GM"), ApprovalLevel.GENERAL_MANAGER, cny("1"),
        ComplaintOutcome.remedy(RemedyLine.replacement(1)), ComplaintLifecycleTest.ours(),
        List.of(), OverAcceptanceRatio.seed()), ANYONE, T3)));
    ComplaintCase decided = decided(open, ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    assertEquals("number", refusedPath(() -> decided.closed(new CloseComplaint(id(), OTHER,
        DECIDED_AT, CustomerReply.WRITTEN), PROCEDURE, POLICY, DECIDED_AT)));
    ReopenRejectedComplaint other = new ReopenRejectedComplaint(id(), OTHER, DECIDED_AT, "no");
    assertEquals("original", refusedPath(() -> decided.reopenedAfterRejection(other, OTHER,
        PROCEDURE, DECIDED_AT)));
  }

  @Test
  void the_decision_and_the_closure_have_their_own_transitions() {
    // rule: CMP-07, CMP-09
    ComplaintCase decided = decided(open(ComplaintSeverity.GENERAL),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    assertThrows(IllegalArgumentException.class, () -> decided.progressed(new CloseComplaint(id(),
        NUMBER, DECIDED_AT, CustomerReply.WRITTEN), DECIDED_AT));
    assertThrows(IllegalArgumentException.class, () -> decided.progressed(
        decided.decision().orElseThrow(), DECIDED_AT));
  }

  @Test
  void completing_another_step_than_the_open_one_is_refused_and_none_open_is_the_forms_refusal() {
    // rule: CMP-05
    ComplaintCase c = open(ComplaintSeverity.GENERAL);
    assertEquals("step", refusedPath(() -> c.progressed(new CompleteComplaintStep(id(), NUMBER,
        ROUTE.get(1), T1), T1)));
    // The first step completed, none open: the routing form refuses (CMP-05), whatever the step.
    assertEquals(RuleId.of("CMP-05"), refusedRule(firstDone(c),
        new CompleteComplaintStep(id(), NUMBER, ROUTE.get(1), T2)));
    // A form with no entry at all (as an adapter may rebuild an accepted case).
    ComplaintCase bare = ComplaintCase.builder().number(NUMBER).requestId(RequestId.of("b"))
        .receivedAt(RECEIVED).intake(intake("c", "d"))
        .routing(RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED))
        .status(ComplaintStatus.OPEN).version(Version.initial()).build();
    assertEquals(RuleId.of("CMP-05"), refusedRule(bare,
        new CompleteComplaintStep(id(), NUMBER, ROUTE.get(0), T2)));
  }

  @Test
  void a_serious_complaint_is_reported_to_the_deputy_general_manager_at_once() {
    // rule: SUR-04 — also when the customer rejects the decision and a new case is raised.
    ComplaintCase serious = open(ComplaintSeverity.SERIOUS);
    Changed<ComplaintCase> registered = ComplaintCase.register(new RegisterComplaint(
        RequestId.of("s"), RECEIVED, serious.intake()), NUMBER, PROCEDURE, RECEIVED);
    assertEquals(2, registered.events().size());
    Notice notice = (Notice) registered.events().get(1);
    assertEquals(NoticeKind.SERIOUS_COMPLAINT, notice.kind());
    assertEquals("complaint/COMPLAINT:261107/SUR-04/serious/261107", notice.key().text());
    ComplaintCase decided = decided(serious, ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER,
        DECIDED_AT, "Not enough");
    List<DomainEvent> events = decided.rejected(rejection, OTHER, DECIDED_AT).state()
        .reopenedAfterRejection(rejection, OTHER, PROCEDURE, DECIDED_AT).events();
    assertEquals(3, events.size());
    assertEquals("complaint/COMPLAINT:261108/SUR-04/serious/261108",
        ((Notice) events.get(2)).key().text());
    assertEquals(1, ComplaintCase.register(new RegisterComplaint(RequestId.of("g"), RECEIVED,
        open(ComplaintSeverity.GENERAL).intake()), NUMBER, PROCEDURE, RECEIVED).events().size());
  }

  @Test
  void a_new_case_is_raised_only_after_the_original_was_marked_by_this_rejection_and_number() {
    // rule: CMP-10
    ComplaintCase decided = decided(open(ComplaintSeverity.GENERAL),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER,
        DECIDED_AT, "Not enough");
    RuleRefusalException unmarked = assertThrows(RuleRefusalException.class,
        () -> decided.reopenedAfterRejection(rejection, OTHER, PROCEDURE, DECIDED_AT));
    assertEquals(RuleId.of("CMP-10"), unmarked.ruleId());
    ComplaintCase marked = decided.rejected(rejection, OTHER, DECIDED_AT).state();
    DocumentNumber another = DocumentNumber.of(SeriesId.COMPLAINTS, "261109", "2026-11",
        LocalDate.of(2026, 11, 1), 9);
    assertEquals(RuleId.of("CMP-10"), assertThrows(RuleRefusalException.class,
        () -> marked.reopenedAfterRejection(rejection, another, PROCEDURE, DECIDED_AT)).ruleId());
    ReopenRejectedComplaint otherResponse = new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER,
        DECIDED_AT, "Other");
    assertEquals(RuleId.of("CMP-10"), assertThrows(RuleRefusalException.class,
        () -> marked.reopenedAfterRejection(otherResponse, OTHER, PROCEDURE, DECIDED_AT))
        .ruleId());
  }

  @Test
  void the_new_cases_closing_limit_restarts_or_continues_as_configured() {
    // rule: CMP-10 — RESTART: from the rejection; CONTINUE: from the original's acceptance.
    ComplaintCase decided = decided(open(ComplaintSeverity.GENERAL),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    Instant rejectedAt = Instant.parse("2026-11-05T02:00:00Z");
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER,
        rejectedAt, "Not enough");
    ComplaintCase marked = decided.rejected(rejection, OTHER, rejectedAt).state();
    assertEquals(rejectedAt, marked.reopenedAfterRejection(rejection, OTHER, PROCEDURE,
        rejectedAt).state().routing().acceptedAt());
    assertEquals(RECEIVED, marked.reopenedAfterRejection(rejection, OTHER,
        PROCEDURE.withRejectionClock(RejectionClock.CONTINUE), rejectedAt).state().routing()
        .acceptedAt());
  }

  @Test
  void a_rejection_dated_before_the_decision_is_refused() {
    // rule: CMP-10
    ComplaintCase decided = decided(open(ComplaintSeverity.GENERAL),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    assertEquals("receivedAt", refusedPath(() -> decided.requireRejectable(
        new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER, DECIDED_AT.minusSeconds(1),
            "no"))));
    decided.requireRejectable(new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER, DECIDED_AT,
        "no"));
  }

  @Test
  void an_allowance_without_its_certificate_blocks_the_closure() {
    // rule: CMP-15 — the return is booked and proved, the allowance has no certificate yet.
    ComplaintCase c = decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
    for (ComplaintCommand step : List.<ComplaintCommand>of(
        new RecordCustomerVisit(id(), NUMBER, DECIDED_AT, PersonId.of("S"), false, "met"),
        new IssueReturnSlip(id(), NUMBER, RemedyKind.RETURN, "TH-1", 70),
        new ReceiveReturnedGoods(id(), NUMBER, "TH-1", 70),
        new BookReturnedQuantity(id(), NUMBER, ""),
        new RecordProof(id(), NUMBER, RemedyKind.RETURN, ProofDocument.STAMPED_RETURN_CERTIFICATE),
        new RecordProof(id(), NUMBER, RemedyKind.ALLOWANCE,
            ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE))) {
      c = c.progressed(step, DECIDED_AT).state();
    }
    ComplaintCase ready = c;
    CloseComplaint close = new CloseComplaint(RequestId.of("close"), NUMBER,
        DECIDED_AT.plusSeconds(60), CustomerReply.WRITTEN);
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> ready.closed(close, PROCEDURE, POLICY, DECIDED_AT));
    assertEquals(RuleId.of("CMP-15"), e.ruleId());
    ComplaintCase closed = ready.progressed(new RecordAllowanceCertificate(id(), NUMBER,
        RemedyKind.ALLOWANCE, "ZR-1"), DECIDED_AT).state().closed(close, PROCEDURE, POLICY,
        DECIDED_AT).state();
    assertEquals(Optional.of(close), closed.closure());
  }

  @Test
  void a_routing_form_equals_another_only_with_every_field_equal() {
    // rule: CMP-05, CMP-06
    RoutingLedger a = RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED);
    assertEquals(RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED), a);
    assertEquals(RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED).hashCode(),
        a.hashCode());
    assertNotEquals(RoutingLedger.accepted(ROUTE.subList(0, 2), ServiceZone.DOMESTIC, RECEIVED),
        a);
    assertNotEquals(RoutingLedger.accepted(ROUTE, ServiceZone.OVERSEAS, RECEIVED), a);
    assertNotEquals(RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, T1), a);
    assertNotEquals(a.handOver(ROUTE.get(0), RECEIVED), a);
    assertNotEquals(a, "a");
    // Objects.hash of the fields: another market gives another hash.
    assertNotEquals(RoutingLedger.accepted(ROUTE, ServiceZone.OVERSEAS, RECEIVED).hashCode(),
        a.hashCode());
    assertEquals("RoutingLedger[DOMESTIC, accepted 2026-11-02T01:00:00Z, entries []]",
        a.toString());
  }

  @Test
  void the_routing_form_refuses_an_instant_before_its_latest_one() {
    // rule: CMP-05 — completion, return and the overall clock alike.
    RoutingLedger secondOpen = RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED)
        .handOver(ROUTE.get(0), RECEIVED).complete(T1).handOver(ROUTE.get(1), T2);
    assertEquals("at", refusedPath(() -> secondOpen.complete(T1)));
    assertEquals("at", refusedPath(() -> secondOpen.returnTo(ROUTE.get(0), T1, "why")));
    assertEquals("at", refusedPath(() -> secondOpen.overall(POLICY, T1)));
    assertTrue(secondOpen.overall(POLICY, T2).onTime());
  }

  @Test
  void a_closing_limit_that_is_not_a_budget_is_refused_as_no_budget() {
    // rule: CMP-06 — the overall clock needs a budget of working time, not a time of day.
    ServiceLevelPolicy endOfDay = new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return Optional.of(ServiceLevelTarget.builder().ruleId(RuleId.of("CMP-06"))
            .milestone(key.milestone()).rule(new DeadlineRule.ByEndOfWorkingDay()).build());
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        return SeedRoutingPolicy.OFFICE;
      }
    };
    RoutingLedger form = RoutingLedger.accepted(ROUTE, ServiceZone.DOMESTIC, RECEIVED);
    assertEquals("policy", refusedPath(() -> form.overallUntil(endOfDay, T1)));
  }

  @Test
  void the_departments_ratios_of_a_closed_case_come_from_its_decision() {
    // rule: CMP-11 — PRESS-2 carries all of the sample's loss; a case not decided has none.
    ComplaintCase decided = ComplaintSamples.decided(open(ComplaintSeverity.GENERAL));
    assertEquals(List.of(new DepartmentRatio(UnitId.of("PRESS-2"), BigDecimal.ONE)),
        ResponsibilityOf.fromDecision().ratios(decided));
    assertEquals(List.of(), ResponsibilityOf.fromDecision().ratios(open(ComplaintSeverity.GENERAL)));
  }
}
