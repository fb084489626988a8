package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintSamples.ANYONE;
import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.id;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The complaint case's transitions after the routing: decision, objection, outcome execution,
 * closure and rejection, on the aggregate alone (core: no rules module, no adapter).
 */
class ComplaintLifecycleTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Instant RECEIVED = Instant.parse("2026-11-02T01:00:00Z");
  static final DocumentNumber NUMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "261107",
      "2026-11", LocalDate.of(2026, 11, 1), 7);
  static final SeedRoutingPolicy POLICY = new SeedRoutingPolicy();

  static ComplaintCase open(ComplaintSeverity severity) {
    ComplaintIntake i = intake("Shanghai Precision Ltd.", "Peeling boards");
    ComplaintIntake form = new ComplaintIntake(i.customerName(), i.description(), i.orderNumber(),
        i.partNumber(), i.deliveredQuantity(), i.shipDate(), i.defectiveQuantity(), i.demand(),
        i.demandedReturn(), i.market(), severity, true);
    return ComplaintCase.register(new RegisterComplaint(RequestId.of("r"), RECEIVED, form),
        NUMBER, PROCEDURE, RECEIVED).state();
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }



  static DecideComplaint decision(Instant at, ApprovalLevel level, Money amount,
      ComplaintOutcome outcome, Responsibility responsibility) {
    return new DecideComplaint(id(), NUMBER, at, PersonId.of("D-1"), level, amount, outcome,
        responsibility, List.of(), OverAcceptanceRatio.companyDefault(new BigDecimal("0.05")));
  }

  static Responsibility ours() {
    return Responsibility.ours(FaultCause.DESIGN, "Revise the layout", true,
        ResponsibilityLine.of(UnitId.of("RD"), PersonId.of("E1"), BigDecimal.ONE));
  }

  static ComplaintOutcome allowanceAndReturn() {
    return ComplaintOutcome.remedy(RemedyLine.allowance(50, cny("2000")),
        RemedyLine.returnOf(70));
  }

  static final Instant DECIDED_AT = Instant.parse("2026-11-03T02:00:00Z");

  static ComplaintCase decided(ComplaintCase open, ComplaintOutcome outcome) {
    return ComplaintSamples.routedHourly(open).decided(decision(DECIDED_AT, ApprovalLevel.GENERAL_MANAGER,
        cny("8000"), outcome, ours()), ANYONE, DECIDED_AT).state();
  }

  @Nested
  class Decision {

    @Test
    void a_decision_before_the_route_is_completed_is_refused() {
      // rule: CMP-07
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> open(ComplaintSeverity.GENERAL).decided(decision(DECIDED_AT,
              ApprovalLevel.GENERAL_MANAGER, cny("1"), allowanceAndReturn(), ours()), ANYONE,
              DECIDED_AT));
      assertEquals("Refused by rule CMP-07: complaint case 261107 is decided only after every"
          + " step of its route is completed", e.getMessage(Locale.ENGLISH));
    }

    @Test
    void a_decider_below_the_required_level_is_refused_naming_both_levels() {
      // rule: CMP-07
      ApprovalAuthorityPolicy deputyFor8000 = (amount, severity) ->
          amount.isGreaterThan(cny("5000")) ? ApprovalLevel.DEPUTY_GENERAL_MANAGER
              : ApprovalLevel.SALES_MANAGER;
      ComplaintCase routed = ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL));
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> routed.decided(
          decision(DECIDED_AT, ApprovalLevel.SALES_MANAGER, cny("8000"), allowanceAndReturn(),
              ours()), deputyFor8000, DECIDED_AT));
      assertEquals(RuleId.of("CMP-07"), e.ruleId());
      assertTrue(e.getMessage(Locale.ENGLISH).contains("SALES_MANAGER"), e.getMessage());
      assertTrue(e.getMessage(Locale.ENGLISH).contains("DEPUTY_GENERAL_MANAGER"));
      assertEquals(ComplaintStatus.DECIDED, routed.decided(decision(DECIDED_AT,
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"), allowanceAndReturn(), ours()),
          deputyFor8000, DECIDED_AT).state().status());
    }

    @Test
    void the_policy_is_asked_with_the_amount_and_the_cases_severity() {
      // rule: CMP-07, SUR-04
      ApprovalAuthorityPolicy seriousNeedsGm = (amount, severity) ->
          severity == ComplaintSeverity.SERIOUS ? ApprovalLevel.GENERAL_MANAGER
              : ApprovalLevel.SALES_MANAGER;
      ComplaintCase serious = ComplaintSamples.routedHourly(open(ComplaintSeverity.SERIOUS));
      assertThrows(RuleRefusalException.class, () -> serious.decided(decision(DECIDED_AT,
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("1"), allowanceAndReturn(), ours()),
          seriousNeedsGm, DECIDED_AT));
    }

    @Test
    void a_decision_dated_before_the_last_step_or_with_a_negative_amount_is_refused() {
      // rule: CMP-07
      ComplaintCase routed = ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL));
      InvalidInputException early = assertThrows(InvalidInputException.class,
          () -> routed.decided(decision(routed.routing().latestInstant().minusSeconds(1),
              ApprovalLevel.GENERAL_MANAGER, cny("1"), allowanceAndReturn(), ours()), ANYONE,
              DECIDED_AT));
      assertEquals("decidedAt", early.violations().get(0).path());
      InvalidInputException negative = assertThrows(InvalidInputException.class,
          () -> routed.decided(decision(DECIDED_AT, ApprovalLevel.GENERAL_MANAGER,
              cny("-0.01"), allowanceAndReturn(), ours()), ANYONE, DECIDED_AT));
      assertEquals("amount", negative.violations().get(0).path());
    }

    @Test
    void a_complaint_not_valid_with_an_amount_or_our_fault_is_refused() {
      // rule: CMP-14
      ComplaintCase routed = ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL));
      for (DecideComplaint d : List.of(
          decision(DECIDED_AT, ApprovalLevel.GENERAL_MANAGER, cny("0.01"),
              ComplaintOutcome.notValid(), Responsibility.none("misuse")),
          decision(DECIDED_AT, ApprovalLevel.GENERAL_MANAGER, cny("0"),
              ComplaintOutcome.notValid(), ours()))) {
        RuleRefusalException e = assertThrows(RuleRefusalException.class,
            () -> routed.decided(d, ANYONE, DECIDED_AT));
        assertEquals(RuleId.of("CMP-14"), e.ruleId());
      }
    }

    @Test
    void the_decision_splits_the_claim_and_is_kept_with_its_event() {
      // rule: CMP-07, CMP-16 — 120 claimed: 50 allowance + 70 return.
      ComplaintCase routed = ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL));
      DecideComplaint d = decision(DECIDED_AT, ApprovalLevel.GENERAL_MANAGER, cny("8000"),
          allowanceAndReturn(), ours());
      Changed<ComplaintCase> change = routed.decided(d, ANYONE, DECIDED_AT);
      ComplaintCase c = change.state();
      assertEquals(ComplaintStatus.DECIDED, c.status());
      assertEquals(Optional.of(d), c.decision());
      assertEquals(Optional.of(allowanceAndReturn()), c.outcome());
      assertEquals(120, c.quantities().orElseThrow().accepted());
      assertEquals(70, c.quantities().orElseThrow().approvedReturn());
      assertEquals(List.of(new ComplaintDecided(NUMBER, d, DECIDED_AT)), change.events());
      assertThrows(RuleRefusalException.class, () -> c.decided(d, ANYONE, DECIDED_AT),
          "decided once");
      assertThrows(IllegalArgumentException.class, () -> c.progressed(d, DECIDED_AT));
    }
  }

  @Nested
  class AfterTheDecision {

    @Test
    void the_route_no_longer_moves_once_decided() {
      // rule: CMP-05
      ComplaintCase c = decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> c.progressed(
          new ReturnComplaintStep(id(), NUMBER, Milestone.QA_ANALYSIS, DECIDED_AT, "again"),
          DECIDED_AT));
      assertEquals(RuleId.of("CMP-05"), e.ruleId());
    }

    @Test
    void an_objection_needs_a_decision_is_dated_after_it_and_notifies_the_gm() {
      // rule: CMP-12
      Objection early = new Objection(UnitId.of("RD"), PersonId.of("E1"),
          DECIDED_AT.minusSeconds(1), "not ours");
      assertThrows(RuleRefusalException.class, () -> ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL))
          .progressed(new FileObjection(id(), NUMBER, early), DECIDED_AT));
      ComplaintCase c = decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
      assertThrows(InvalidInputException.class,
          () -> c.progressed(new FileObjection(id(), NUMBER, early), DECIDED_AT));
      Objection objection = new Objection(UnitId.of("RD"), PersonId.of("E1"),
          DECIDED_AT.plusSeconds(60), "the layout passed review");
      Changed<ComplaintCase> filed = c.progressed(new FileObjection(RequestId.of("obj"), NUMBER,
          objection), DECIDED_AT.plusSeconds(60));
      assertEquals(List.of(objection), filed.state().objections());
      Notice notice = (Notice) filed.events().get(1);
      assertEquals(NoticeKind.OBJECTION_FILED, notice.kind());
      assertEquals(Recipient.role(RecipientRole.GENERAL_MANAGER), notice.recipient());
      assertEquals("complaint/COMPLAINT:261107/CMP-12/objection/obj", notice.key().text());
    }

    @Test
    void documents_go_on_the_line_of_their_kind_only() {
      // rule: CMP-15
      ComplaintCase c = decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
      InvalidInputException wrongKind = assertThrows(InvalidInputException.class,
          () -> c.progressed(new RecordAllowanceCertificate(id(), NUMBER, RemedyKind.RETURN,
              "ZR-1"), DECIDED_AT));
      assertEquals("kind", wrongKind.violations().get(0).path());
      assertThrows(InvalidInputException.class, () -> c.progressed(new IssueReturnSlip(id(),
          NUMBER, RemedyKind.ALLOWANCE, "TH-1", 10), DECIDED_AT));
      ComplaintCase certified = c.progressed(new RecordAllowanceCertificate(id(), NUMBER,
          RemedyKind.ALLOWANCE, "ZR-1"), DECIDED_AT).state();
      assertTrue(((ComplaintOutcome.Remedy) certified.outcome().orElseThrow())
          .line(RemedyKind.ALLOWANCE).orElseThrow().isExecuted());
      ComplaintCase slipped = certified.progressed(new IssueReturnSlip(id(), NUMBER,
          RemedyKind.RETURN, "TH-1", 70), DECIDED_AT).state();
      assertEquals(70, slipped.quantities().orElseThrow().coveredBySlips());
      assertEquals(List.of("TH-1"), ((ComplaintOutcome.Remedy) slipped.outcome().orElseThrow())
          .line(RemedyKind.RETURN).orElseThrow().documents());
    }

    @Test
    void a_complaint_not_valid_has_no_remedy_to_execute() {
      // rule: CMP-14, CMP-15
      ComplaintCase c = ComplaintSamples.routedHourly(open(ComplaintSeverity.GENERAL)).decided(decision(DECIDED_AT,
          ApprovalLevel.SALES_MANAGER, cny("0"), ComplaintOutcome.notValid(),
          Responsibility.none("misuse")), ANYONE, DECIDED_AT).state();
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> c.progressed(new RecordAllowanceCertificate(id(), NUMBER, RemedyKind.ALLOWANCE,
              "ZR-1"), DECIDED_AT));
      assertEquals(RuleId.of("CMP-15"), e.ruleId());
      assertThrows(RuleRefusalException.class, () -> c.progressed(new RecordProof(id(), NUMBER,
          RemedyKind.RETURN, ProofDocument.STAMPED_ORIGINAL_INVOICE), DECIDED_AT));
    }

    @Test
    void outcome_commands_wait_for_the_decision() {
      // rule: CMP-15, CMP-16, CMP-18
      ComplaintCase c = open(ComplaintSeverity.GENERAL);
      for (ComplaintCommand command : List.<ComplaintCommand>of(
          new RecordAllowanceCertificate(id(), NUMBER, RemedyKind.ALLOWANCE, "ZR-1"),
          new IssueReturnSlip(id(), NUMBER, RemedyKind.RETURN, "TH-1", 1),
          new ReceiveReturnedGoods(id(), NUMBER, "TH-1", 1),
          new BookReturnedQuantity(id(), NUMBER, ""),
          new RecordProof(id(), NUMBER, RemedyKind.RETURN, ProofDocument.STAMPED_ORIGINAL_INVOICE))) {
        assertThrows(RuleRefusalException.class, () -> c.progressed(command, DECIDED_AT),
            command.toString());
      }
    }
  }

  @Nested
  class Closure {

    static final Instant CLOSED_AT = Instant.parse("2026-11-10T08:00:00Z");

    ComplaintCase replaced(ComplaintSeverity severity) {
      return decided(open(severity), ComplaintOutcome.remedy(RemedyLine.replacement(120)));
    }

    ComplaintCase visited(ComplaintCase c) {
      return c.progressed(new RecordCustomerVisit(id(), NUMBER, DECIDED_AT, PersonId.of("S"),
          false, "visited"), DECIDED_AT).state();
    }

    @Test
    void a_case_not_decided_is_not_closed() {
      // rule: CMP-09
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> open(ComplaintSeverity.GENERAL).closed(new CloseComplaint(id(), NUMBER,
              CLOSED_AT, CustomerReply.WRITTEN), PROCEDURE, POLICY, CLOSED_AT));
      assertEquals(RuleId.of("CMP-09"), e.ruleId());
    }

    @Test
    void the_visit_gates_closure_unless_the_procedure_waives_it() {
      // rule: SUR-05
      ComplaintCase c = replaced(ComplaintSeverity.GENERAL);
      CloseComplaint close = new CloseComplaint(id(), NUMBER, CLOSED_AT, CustomerReply.PHONE);
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> c.closed(close, PROCEDURE, POLICY, CLOSED_AT));
      assertEquals(RuleId.of("SUR-05"), e.ruleId());
      assertEquals(ComplaintStatus.CLOSED, c.closed(close,
          PROCEDURE.withVisitBeforeClosure(false), POLICY, CLOSED_AT).state().status());
    }

    @Test
    void a_closure_dated_before_the_decision_is_refused() {
      // rule: CMP-09
      ComplaintCase c = visited(replaced(ComplaintSeverity.GENERAL));
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> c.closed(
          new CloseComplaint(id(), NUMBER, DECIDED_AT.minusSeconds(1), CustomerReply.WRITTEN),
          PROCEDURE, POLICY, CLOSED_AT));
      assertEquals("closedAt", e.violations().get(0).path());
    }

    @Test
    void a_serious_complaint_answered_by_phone_is_refused() {
      // rule: SUR-04
      ComplaintCase c = visited(replaced(ComplaintSeverity.SERIOUS));
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> c.closed(
          new CloseComplaint(id(), NUMBER, CLOSED_AT, CustomerReply.PHONE), PROCEDURE, POLICY,
          CLOSED_AT));
      assertEquals(RuleId.of("SUR-04"), e.ruleId());
    }

    @Test
    void an_approved_return_not_booked_blocks_closure() {
      // rule: CMP-16 — the documents and the proof are there, the booking is not.
      ComplaintCase c = visited(decided(open(ComplaintSeverity.GENERAL),
          ComplaintOutcome.remedy(RemedyLine.returnOf(120))));
      ComplaintCase proved = c.progressed(new IssueReturnSlip(id(), NUMBER, RemedyKind.RETURN,
              "TH-1", 120), DECIDED_AT).state()
          .progressed(new RecordProof(id(), NUMBER, RemedyKind.RETURN,
              ProofDocument.STAMPED_RETURN_CERTIFICATE), DECIDED_AT).state();
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> proved.closed(
          new CloseComplaint(id(), NUMBER, CLOSED_AT, CustomerReply.WRITTEN), PROCEDURE, POLICY,
          CLOSED_AT));
      assertEquals(RuleId.of("CMP-16"), e.ruleId());
    }

    @Test
    void closing_stops_the_clock_releases_holds_and_sends_a_copy_to_each_recipient() {
      // rule: CMP-09, CMP-17, CMP-06 — accepted Mon 2 Nov, closed Tue 10 Nov: within 13 days.
      ComplaintCase c = visited(replaced(ComplaintSeverity.GENERAL)).progressed(
          new PlaceReceivableHold(id(), NUMBER, cny("4800")), DECIDED_AT).state();
      assertTrue(c.receivableHolds().get(0).isExcludedFromRecoveryBonus());
      Changed<ComplaintCase> change = c.closed(new CloseComplaint(RequestId.of("close"), NUMBER,
          CLOSED_AT, CustomerReply.WRITTEN), PROCEDURE, POLICY, CLOSED_AT);
      ComplaintCase closed = change.state();
      assertEquals(Optional.of(CLOSED_AT), closed.closedAt());
      assertFalse(closed.receivableHolds().get(0).isExcludedFromRecoveryBonus());
      assertEquals(new ComplaintClosed(NUMBER, CLOSED_AT, true, CLOSED_AT),
          change.events().get(0));
      List<String> keys = change.events().stream().skip(1).map(e -> ((Notice) e).key().text())
          .toList();
      assertEquals(List.of("complaint/COMPLAINT:261107/CMP-09/closed/QUALITY_ASSURANCE",
          "complaint/COMPLAINT:261107/CMP-09/closed/MANUFACTURING",
          "complaint/COMPLAINT:261107/CMP-09/closed/SALES",
          "complaint/COMPLAINT:261107/CMP-09/closed/ACCOUNTING",
          "complaint/COMPLAINT:261107/CMP-09/closed/GM_OFFICE"), keys);
      assertThrows(RuleRefusalException.class, () -> closed.progressed(new PlaceReceivableHold(
          id(), NUMBER, cny("1")), CLOSED_AT), "no hold on a closed case");
    }

    @Test
    void a_case_closed_after_its_limit_is_flagged_late() {
      // rule: CMP-06 — 13 working days of 7 h from Mon 2 Nov 09:00 end Wed 18 Nov 17:00 in
      // Shanghai; closed Thu 19 Nov 10:00 is late.
      ComplaintCase c = visited(replaced(ComplaintSeverity.GENERAL));
      Instant late = Instant.parse("2026-11-19T02:00:00Z");
      Changed<ComplaintCase> change = c.closed(new CloseComplaint(id(), NUMBER, late,
          CustomerReply.WRITTEN), PROCEDURE, POLICY, late);
      assertFalse(((ComplaintClosed) change.events().get(0)).onTime());
    }
  }

  @Nested
  class OverallClock {

    @Test
    void the_overall_clock_runs_past_the_route_until_the_case_is_closed() {
      // rule: CMP-06 — the route is done on Mon 2 Nov; the clock keeps running while the case
      // waits for its closure, and stops at the closure.
      ComplaintCase decided = decided(open(ComplaintSeverity.GENERAL),
          ComplaintOutcome.remedy(RemedyLine.replacement(120)));
      Instant thu19 = Instant.parse("2026-11-19T02:00:00Z");
      // 13 working days of 7 h from Mon 2 Nov 09:00 end Wed 18 Nov 17:00; Thu 19 Nov 10:00 is
      // one working hour late while the case is still open.
      StepFigures open = decided.overallFigures(POLICY, thu19);
      assertEquals(java.time.Duration.ofHours(13 * 7 + 1), open.elapsed());
      assertFalse(open.onTime());
      ComplaintCase closed = decided.progressed(new RecordCustomerVisit(id(), NUMBER, DECIDED_AT,
          PersonId.of("S"), false, "visited"), DECIDED_AT).state().closed(new CloseComplaint(id(),
          NUMBER, Instant.parse("2026-11-10T08:00:00Z"), CustomerReply.WRITTEN), PROCEDURE,
          POLICY, thu19).state();
      assertEquals(closed.overallFigures(POLICY, Instant.parse("2026-11-10T08:00:00Z")),
          closed.overallFigures(POLICY, thu19), "stopped at the closure");
      assertTrue(closed.overallFigures(POLICY, thu19).onTime());
    }
  }

  @Nested
  class Invariants {

    @Test
    void a_decided_case_has_its_decision_outcome_and_quantities_and_an_open_one_none() {
      // rule: CMP-07
      ComplaintCase d = decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComplaintCase
          .builder().number(NUMBER).requestId(d.requestId()).receivedAt(d.receivedAt())
          .intake(d.intake()).routing(d.routing()).status(ComplaintStatus.DECIDED)
          .version(Version.initial()).build());
      assertEquals("decision", e.violations().get(0).path());
      InvalidInputException rejection = assertThrows(InvalidInputException.class,
          () -> ComplaintCase.builder().number(NUMBER).requestId(d.requestId())
              .receivedAt(d.receivedAt()).intake(d.intake()).routing(d.routing())
              .addAllHandled(d.handled()).outcome(d.outcome()).quantities(d.quantities())
              .status(ComplaintStatus.DECIDED).rejectedBy(NUMBER).version(Version.initial())
              .build());
      assertEquals("rejectedBy", rejection.violations().get(0).path());
    }

    @Test
    void a_closed_case_that_was_rejected_keeps_its_closure() {
      // rule: CMP-10
      ComplaintCase closed = visitedAndClosed();
      ReopenRejectedComplaint r = new ReopenRejectedComplaint(id(), NUMBER,
          Instant.parse("2026-11-20T02:00:00Z"), "rejects");
      DocumentNumber next = DocumentNumber.of(SeriesId.COMPLAINTS, "261108", "2026-11",
          LocalDate.of(2026, 11, 1), 8);
      ComplaintCase marked = closed.rejected(r, next, r.receivedAt()).state();
      assertEquals(closed.closedAt(), marked.closedAt());
      assertEquals(Optional.of(next), marked.rejectedBy());
      assertInstanceOf(ComplaintRejected.class,
          closed.rejected(r, next, r.receivedAt()).events().get(0));
    }

    private ComplaintCase visitedAndClosed() {
      ComplaintCase c = decided(open(ComplaintSeverity.GENERAL),
          ComplaintOutcome.remedy(RemedyLine.replacement(120)))
          .progressed(new RecordCustomerVisit(id(), NUMBER, DECIDED_AT, PersonId.of("S"), false,
              "visited"), DECIDED_AT).state();
      Instant at = Instant.parse("2026-11-10T08:00:00Z");
      return c.closed(new CloseComplaint(id(), NUMBER, at, CustomerReply.WRITTEN), PROCEDURE,
          POLICY, at).state();
    }
  }
}
