package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintLifecycleTest.NUMBER;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.POLICY;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.cny;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.ours;
import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The complaint commands and small values: instants truncated to the stored microsecond (nulls
 * kept for the validator), lists copied, the intake's consistency, the demanded return, the
 * procedure, the status, the default keyset paging of {@link Complaints}, the routing form's
 * entries and latest instant.
 *
 * <p>// rule: CMP-01, CMP-02, CMP-05, CMP-06, CMP-09, CMP-16
 */
class ComplaintValuesTest {

  static final Instant NANOS = Instant.parse("2026-11-02T01:00:00.123456789Z");
  static final Instant MICROS = Instant.parse("2026-11-02T01:00:00.123456Z");
  static final RequestId R = RequestId.of("r");
  static final PersonId P = PersonId.of("P");
  static final Milestone STEP = Milestone.QA_ANALYSIS;

  @Test
  void every_command_instant_is_kept_to_the_microsecond() {
    // rule: CMP-01 — what SQL columns store exactly, so a retry equals the stored command.
    assertEquals(MICROS, new HandOverComplaint(R, NUMBER, STEP, NANOS).at());
    assertEquals(MICROS, new CompleteComplaintStep(R, NUMBER, STEP, NANOS).at());
    assertEquals(MICROS, new ReturnComplaintStep(R, NUMBER, STEP, NANOS, "why").at());
    assertEquals(MICROS,
        new RecordSiteInspection(R, NUMBER, NANOS, P, true, P, "f").inspectedAt());
    assertEquals(MICROS, new FileInvestigationReport(R, NUMBER, NANOS, P, "s").filedAt());
    assertEquals(MICROS, new RecordCustomerVisit(R, NUMBER, NANOS, P, false, "n").visitedAt());
    assertEquals(MICROS, new CloseComplaint(R, NUMBER, NANOS, CustomerReply.WRITTEN).closedAt());
    assertEquals(MICROS, decide(NANOS, List.of()).decidedAt());
    assertEquals(MICROS, new ReopenRejectedComplaint(R, NUMBER, NANOS, "no").receivedAt());
    assertEquals(MICROS, new RegisterComplaint(R, NANOS, intake("c", "d")).receivedAt());
    assertEquals(MICROS, new Objection(UnitId.of("RD"), P, NANOS, "reason").filedAt());
  }

  @Test
  void a_missing_instant_is_kept_for_the_validator_to_report() {
    // rule: CMP-01 — the validator names the path; the constructor does not throw first.
    assertNull(new HandOverComplaint(R, NUMBER, STEP, null).at());
    assertNull(new CompleteComplaintStep(R, NUMBER, STEP, null).at());
    assertNull(new ReturnComplaintStep(R, NUMBER, STEP, null, "why").at());
    assertNull(new RecordSiteInspection(R, NUMBER, null, P, true, P, "f").inspectedAt());
    assertNull(new FileInvestigationReport(R, NUMBER, null, P, "s").filedAt());
    assertNull(new RecordCustomerVisit(R, NUMBER, null, P, false, "n").visitedAt());
    assertNull(new CloseComplaint(R, NUMBER, null, CustomerReply.WRITTEN).closedAt());
    assertNull(decide(null, List.of()).decidedAt());
    assertNull(new ReopenRejectedComplaint(R, NUMBER, null, "no").receivedAt());
    assertNull(new RegisterComplaint(R, null, intake("c", "d")).receivedAt());
    assertNull(decide(NANOS, null).suppliers());
    assertNull(new PostComplaintPenalty(NUMBER, null).units());
  }

  @Test
  void the_lists_of_a_command_are_copies() {
    // rule: CMP-07 — a command is a value: changing the caller's list later changes nothing.
    List<SupplierInvolvement> suppliers = new ArrayList<>();
    suppliers.add(new SupplierInvolvement("Acme Laminates", "copper foil"));
    DecideComplaint d = decide(NANOS, suppliers);
    suppliers.clear();
    assertEquals(List.of(new SupplierInvolvement("Acme Laminates", "copper foil")),
        d.suppliers());
    List<org.aftersales.core.organization.OrganizationUnit> units = new ArrayList<>();
    PostComplaintPenalty post = new PostComplaintPenalty(NUMBER, units);
    assertThrows(UnsupportedOperationException.class, () -> post.units().add(null));
  }

  @Test
  void a_repeat_with_other_nanoseconds_in_the_same_microsecond_is_the_same_command() {
    // rule: CMP-05 — the retry of a stored command equals it.
    assertEquals(new HandOverComplaint(R, NUMBER, STEP, MICROS),
        new HandOverComplaint(R, NUMBER, STEP, NANOS));
  }

  static DecideComplaint decide(Instant at, List<SupplierInvolvement> suppliers) {
    return new DecideComplaint(R, NUMBER, at, P, ApprovalLevel.GENERAL_MANAGER, cny("1"),
        ComplaintOutcome.remedy(RemedyLine.replacement(1)), ours(), suppliers,
        OverAcceptanceRatio.seed());
  }

  static ComplaintIntake form(long delivered, long defective, DemandedReturn demanded) {
    return new ComplaintIntake("c", "d", "PO-1", "PN-1", delivered, LocalDate.of(2026, 10, 1),
        defective, "replace", demanded, ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  @Test
  void an_intake_claims_no_more_than_was_delivered() {
    // rule: CMP-02 — 100 delivered: 100 defective and 100 to return are consistent, 101 not.
    form(100, 100, DemandedReturn.of(100)).requireConsistent();
    form(100, 0, null).requireConsistent();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> form(100, 101, DemandedReturn.of(101)).requireConsistent());
    assertEquals(List.of("intake.defectiveQuantity", "intake.demandedReturn"),
        e.violations().stream().map(Violation::path).toList());
    InvalidInputException returnOnly = assertThrows(InvalidInputException.class,
        () -> form(100, 10, DemandedReturn.of(101)).requireConsistent());
    assertEquals(List.of("intake.demandedReturn"),
        returnOnly.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_demanded_return_is_a_quantity_or_not_yet_determined() {
    // rule: CMP-02
    assertEquals(new DemandedReturn(false, 0), DemandedReturn.none());
    assertEquals(new DemandedReturn(true, 0), DemandedReturn.undeterminedYet());
    assertEquals(new DemandedReturn(false, 7), DemandedReturn.of(7));
    assertEquals(0, new DemandedReturn(false, 0).quantity());
    InvalidInputException negative = assertThrows(InvalidInputException.class,
        () -> DemandedReturn.of(-1));
    assertEquals("quantity", negative.violations().get(0).path());
    assertThrows(InvalidInputException.class, () -> new DemandedReturn(true, 1));
  }

  @Test
  void the_seed_procedure_routes_six_steps_and_copies_the_closure_to_five_roles() {
    // rule: CMP-05, CMP-09, SUR-05
    ComplaintProcedure seed = ComplaintProcedure.seed();
    assertEquals(List.of(Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS,
        Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
        Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS), seed.route());
    assertTrue(seed.visitBeforeClosure());
    assertEquals(RejectionClock.RESTART, seed.rejectionClock());
    assertEquals(5, seed.closureRecipients().size());
  }

  @Test
  void each_with_changes_its_own_setting_only() {
    // rule: CMP-05, CMP-10, SUR-05
    ComplaintProcedure seed = ComplaintProcedure.seed();
    ComplaintProcedure shortRoute = seed.withRoute(List.of(Milestone.COMPLAINT_REGISTRATION));
    assertEquals(new ComplaintProcedure(List.of(Milestone.COMPLAINT_REGISTRATION), true,
        RejectionClock.RESTART, seed.closureRecipients()), shortRoute);
    assertEquals(new ComplaintProcedure(seed.route(), true, RejectionClock.CONTINUE,
        seed.closureRecipients()), seed.withRejectionClock(RejectionClock.CONTINUE));
    assertEquals(new ComplaintProcedure(seed.route(), false, RejectionClock.RESTART,
        seed.closureRecipients()), seed.withVisitBeforeClosure(false));
  }

  @Test
  void a_closure_recipient_named_twice_is_refused() {
    // rule: CMP-09 — each recipient gets one copy.
    ComplaintProcedure seed = ComplaintProcedure.seed();
    List<org.aftersales.core.notification.RecipientRole> twice = List.of(
        seed.closureRecipients().get(0), seed.closureRecipients().get(0));
    assertThrows(IllegalArgumentException.class, () -> new ComplaintProcedure(seed.route(), true,
        RejectionClock.RESTART, twice));
  }

  @Test
  void open_and_decided_cases_are_in_progress_closed_and_voided_ones_not() {
    // rule: CMP-06
    assertTrue(ComplaintStatus.OPEN.inProgress());
    assertTrue(ComplaintStatus.DECIDED.inProgress());
    assertFalse(ComplaintStatus.CLOSED.inProgress());
    assertFalse(ComplaintStatus.VOIDED.inProgress());
  }

  static DocumentNumber number(int serial) {
    return DocumentNumber.of(SeriesId.COMPLAINTS, "26110" + serial, "2026-11",
        LocalDate.of(2026, 11, 1), serial);
  }

  static ComplaintCase openCase(int serial) {
    return ComplaintCase.register(new RegisterComplaint(RequestId.of("r" + serial),
        Instant.parse("2026-11-02T01:00:00Z"), intake("c", "d")), number(serial), PROCEDURE,
        Instant.parse("2026-11-02T01:00:00Z")).state();
  }

  @Test
  void the_default_keyset_page_starts_strictly_after_the_given_number_and_is_limited() {
    // rule: CMP-06 — cases 261101 … 261104 in progress.
    CaseStore store = new CaseStore();
    for (int i = 1; i <= 4; i++) {
      store.stored(openCase(i));
    }
    assertEquals(List.of(number(3), number(4)), store.inProgressAfter(number(2), 5).stream()
        .map(ComplaintCase::number).toList());
    assertEquals(List.of(number(2)), store.inProgressAfter(number(1), 1).stream()
        .map(ComplaintCase::number).toList());
    assertEquals(List.of(), store.inProgressAfter(number(1), 0));
    assertEquals(List.of(number(1), number(2), number(3), number(4)),
        store.inProgressAfter(DocumentNumber.of(SeriesId.COMPLAINTS, "261001", "2026-10",
            LocalDate.of(2026, 10, 1), 1), 4).stream().map(ComplaintCase::number).toList());
    assertThrows(IllegalArgumentException.class, () -> store.inProgressAfter(number(1), -1));
    assertThrows(NullPointerException.class, () -> store.inProgressAfter(null, 1));
  }

  @Test
  void a_routing_entry_equals_another_only_with_every_field_equal() {
    // rule: CMP-05
    Instant t0 = Instant.parse("2026-11-02T01:00:00Z");
    Instant t1 = t0.plusSeconds(60);
    RoutingEntry open = RoutingEntry.open(STEP, t0);
    RoutingEntry completed = open.completedAt(t1);
    RoutingEntry returned = open.returnedAt(t1, "why");
    assertEquals(RoutingEntry.open(STEP, t0), open);
    assertEquals(RoutingEntry.open(STEP, t0).hashCode(), open.hashCode());
    assertEquals(open.completedAt(t1), completed);
    assertEquals(open.returnedAt(t1, "why"), returned);
    assertEquals(open.returnedAt(t1, "why").hashCode(), returned.hashCode());
    assertNotEquals(RoutingEntry.open(Milestone.RND_OPINION, t0), open);
    assertNotEquals(RoutingEntry.open(STEP, t1), open);
    assertNotEquals(open.completedAt(t0), completed);
    // Only the ending differs.
    assertNotEquals(open.returnedAt(t1, null), completed);
    assertNotEquals(open.returnedAt(t1, "other"), returned);
    assertNotEquals(open, completed);
    assertNotEquals(completed, returned);
    assertNotEquals(open, "open");
    // Objects.hash of the fields: these three differ in their ending, and so in their hash.
    assertNotEquals(open.hashCode(), completed.hashCode());
    assertEquals("RoutingEntry[QA_ANALYSIS 2026-11-02T01:00:00Z .. open OPEN]", open.toString());
    assertEquals("RoutingEntry[QA_ANALYSIS 2026-11-02T01:00:00Z .. 2026-11-02T01:01:00Z"
        + " RETURNED (why)]", returned.toString());
    assertEquals("RoutingEntry[QA_ANALYSIS 2026-11-02T01:00:00Z .. 2026-11-02T01:01:00Z"
        + " COMPLETED]", completed.toString());
    assertTrue(open.isOpen());
    assertFalse(completed.isOpen());
    assertEquals(java.util.Optional.of("why"), returned.returnReason());
    assertEquals(java.util.Optional.empty(), completed.returnReason());
  }

  @Test
  void the_latest_instant_is_the_acceptance_then_the_last_hand_over_or_end() {
    // rule: CMP-05
    Instant t0 = Instant.parse("2026-11-02T01:00:00Z");
    RoutingLedger accepted = RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.DOMESTIC, t0);
    assertEquals(t0, accepted.latestInstant());
    RoutingLedger handed = accepted.handOver(Milestone.COMPLAINT_REGISTRATION,
        t0.plusSeconds(60));
    assertEquals(t0.plusSeconds(60), handed.latestInstant());
    assertEquals(t0.plusSeconds(120), handed.complete(t0.plusSeconds(120)).latestInstant());
  }

  @Test
  void the_overall_clock_refuses_an_end_before_the_acceptance_and_counts_from_it() {
    // rule: CMP-06 — accepted Mon 2 Nov 09:00 Shanghai; read at Mon 2 Nov 11:00: 2 office hours.
    Instant t0 = Instant.parse("2026-11-02T01:00:00Z");
    RoutingLedger accepted = RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.DOMESTIC, t0);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> accepted.overallUntil(POLICY, t0.minusSeconds(1)));
    assertEquals("end", e.violations().get(0).path());
    StepFigures figures = accepted.overallUntil(POLICY, t0.plusSeconds(7_200));
    assertEquals(Milestone.COMPLAINT_CLOSURE, figures.step());
    assertEquals(t0, figures.start());
    assertEquals(Duration.ofHours(2), figures.elapsed());
    assertTrue(figures.onTime());
    assertEquals(Duration.ZERO, accepted.overallUntil(POLICY, t0).elapsed());
  }
}
