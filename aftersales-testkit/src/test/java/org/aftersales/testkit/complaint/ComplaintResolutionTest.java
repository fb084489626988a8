package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.BookReturnedQuantity;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintClosed;
import org.aftersales.core.complaint.ComplaintClosure;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintOutcomes;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.FileObjection;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.IssueReturnSlip;
import org.aftersales.core.complaint.Objection;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.PlaceReceivableHold;
import org.aftersales.core.complaint.ProofDocument;
import org.aftersales.core.complaint.ReceiveReturnedGoods;
import org.aftersales.core.complaint.RecordAllowanceCertificate;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RecordProof;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RejectionClock;
import org.aftersales.core.complaint.RemedyKind;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.SupplierInvolvement;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deciding, executing, closing and rejecting complaint cases through the public API, on the
 * in-memory adapters, the seed's numbering, the seed's approval authority in CNY (assumed bands:
 * up to 5 000 the sales manager, up to 50 000 the deputy GM, above the GM; a serious case at least
 * the deputy GM) and the seed's procedure on the Shanghai office calendar
 * ({@link ComplaintFixtures#SEED_POLICY}). Expected values are worked out by hand in the comments.
 */
class ComplaintResolutionTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  static final ComplaintProcedure PROCEDURE = ComplaintProcedure.seed();

  final InMemoryComplaints complaints = InMemoryComplaints.create();
  final InMemoryNumberSequences sequences = InMemoryNumberSequences.create();
  final RecordingEventPublisher events = new RecordingEventPublisher();
  final TestClock clock = TestClock.at(sh("2026-11-02T09:00"), SHANGHAI);
  final ComplaintRegistration registration = registration(PROCEDURE);
  final ComplaintHandling handling = new ComplaintHandling(complaints,
      TestValidators.commandValidator(), clock);
  final ComplaintDecisions decisions = new ComplaintDecisions(complaints,
      AmountSeverityAuthority.seed(CNY), TestValidators.commandValidator(), clock);
  final ComplaintOutcomes outcomes = new ComplaintOutcomes(complaints,
      TestValidators.commandValidator(), clock);
  final ComplaintClosure closure = new ComplaintClosure(complaints, PROCEDURE,
      ComplaintFixtures.SEED_POLICY, TestValidators.commandValidator(), clock);
  int ids;

  ComplaintRegistration registration(ComplaintProcedure procedure) {
    return new ComplaintRegistration(complaints,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences), procedure,
        TestValidators.commandValidator(), clock);
  }

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  RequestId id() {
    return RequestId.of("cmd-" + (++ids));
  }

  ComplaintCase accepted(ComplaintSeverity severity) {
    return registration.register(new RegisterComplaint(id(), sh("2026-11-02T09:00"),
        new ComplaintIntake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411",
            "PO-2026-0815", "PCB-4411-A", 2_000, LocalDate.of(2026, 10, 20), 120,
            "Credit or take back the boards", DemandedReturn.of(70), ServiceZone.DOMESTIC,
            severity, true)));
  }

  /** Hands over and completes every step of the seed's route on Mon 2 Nov, an hour each. */
  ComplaintCase routed(ComplaintCase c) {
    List<Milestone> route = PROCEDURE.route();
    Instant t = sh("2026-11-02T09:00");
    ComplaintCase current = c;
    for (int i = 0; i < route.size(); i++) {
      if (i > 0) {
        current = handling.handOver(new HandOverComplaint(id(), c.number(), route.get(i), t));
      }
      t = t.plusSeconds(1_800);
      current = handling.completeStep(new CompleteComplaintStep(id(), c.number(), route.get(i),
          t));
    }
    return current;
  }

  DecideComplaint decision(ComplaintCase c, ApprovalLevel level, Money amount,
      ComplaintOutcome outcome, Responsibility responsibility) {
    return new DecideComplaint(id(), c.number(), sh("2026-11-03T10:00"), PersonId.of("D-1"),
        level, amount, outcome, responsibility,
        List.of(new SupplierInvolvement("Jiangsu Resin Co.", "Supplies the solder mask resin")),
        OverAcceptanceRatio.customer(new BigDecimal("0.05")));
  }

  static Responsibility ours() {
    return Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the curing oven", true,
        ResponsibilityLine.of(UnitId.of("PRESS-2"), new BigDecimal("0.6")),
        ResponsibilityLine.of(UnitId.of("QA-1"), PersonId.of("E2001"), new BigDecimal("0.4")));
  }

  /** 50 boards credited (CNY 2 000) and 70 taken back: the whole claim of 120. */
  static ComplaintOutcome allowanceAndReturn() {
    return ComplaintOutcome.remedy(RemedyLine.allowance(50, cny("2000")),
        RemedyLine.returnOf(70));
  }

  List<Notice> notices() {
    new EventRelay(complaints.outbox(), events).relayAll(1_000, 100);
    return events.eventsOf(Notice.class);
  }

  @Nested
  class Decision {

    @Test
    void a_case_is_decided_only_after_its_route_is_completed() {
      // rule: CMP-07 — the synthesis is decided after the GM office's synthesis step.
      ComplaintCase c = accepted(ComplaintSeverity.GENERAL);
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> decisions.decide(decision(c, ApprovalLevel.GENERAL_MANAGER, cny("1000"),
              allowanceAndReturn(), ours())));
      assertEquals(RuleId.of("CMP-07"), e.ruleId());
      assertEquals(ComplaintStatus.OPEN, complaints.find(c.number()).orElseThrow().status());
    }

    @Test
    void the_sales_manager_decides_up_to_5000_and_not_above() {
      // rule: CMP-07 — CNY 5 000.00 is within the sales manager's band, 5 000.01 is not.
      ComplaintCase c = routed(accepted(ComplaintSeverity.GENERAL));
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> decisions.decide(decision(c, ApprovalLevel.SALES_MANAGER, cny("5000.01"),
              allowanceAndReturn(), ours())));
      assertEquals(RuleId.of("CMP-07"), e.ruleId());
      ComplaintCase decided = decisions.decide(decision(c, ApprovalLevel.SALES_MANAGER,
          cny("5000.00"), allowanceAndReturn(), ours()));
      assertEquals(ComplaintStatus.DECIDED, decided.status());
    }

    @Test
    void a_serious_case_needs_at_least_the_deputy_general_manager() {
      // rule: CMP-07, SUR-04 — even CNY 1 000 of a serious case is beyond the sales manager.
      ComplaintCase c = routed(accepted(ComplaintSeverity.SERIOUS));
      assertThrows(RuleRefusalException.class, () -> decisions.decide(decision(c,
          ApprovalLevel.SALES_MANAGER, cny("1000"), allowanceAndReturn(), ours())));
      assertEquals(ComplaintStatus.DECIDED, decisions.decide(decision(c,
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("1000"), allowanceAndReturn(), ours()))
          .status());
    }

    @Test
    void the_decision_keeps_responsibility_suppliers_and_splits_the_claim() {
      // rule: CMP-08, CMP-13, CMP-16 — 120 claimed: 50 allowance + 70 return, none rejected.
      ComplaintCase decided = decisions.decide(decision(routed(accepted(
          ComplaintSeverity.GENERAL)), ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"),
          allowanceAndReturn(), ours()));
      DecideComplaint d = decided.decision().orElseThrow();
      assertEquals(new BigDecimal("0.6"), d.responsibility().lines().get(0).ratio());
      assertTrue(((Responsibility.Ours) d.responsibility()).improvementTracked());
      assertEquals("Jiangsu Resin Co.", d.suppliers().get(0).company());
      assertEquals(120, decided.quantities().orElseThrow().accepted());
      assertEquals(0, decided.quantities().orElseThrow().rejected());
      assertEquals(70, decided.quantities().orElseThrow().approvedReturn());
    }

    @Test
    void a_complaint_not_valid_carries_no_amount_and_no_responsibility_of_ours() {
      // rule: CMP-14 — receivables are collected on the normal terms.
      ComplaintCase c = routed(accepted(ComplaintSeverity.GENERAL));
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> decisions.decide(decision(c, ApprovalLevel.GENERAL_MANAGER, cny("100"),
              ComplaintOutcome.notValid(), Responsibility.none("customer misuse"))));
      assertEquals(RuleId.of("CMP-14"), e.ruleId());
      ComplaintCase decided = decisions.decide(decision(c, ApprovalLevel.SALES_MANAGER,
          cny("0"), ComplaintOutcome.notValid(), Responsibility.none("customer misuse")));
      assertTrue(decided.outcome().orElseThrow().receivablesCollectedOnNormalTerms());
      assertEquals(120, decided.quantities().orElseThrow().rejected());
    }

    @Test
    void an_objection_is_kept_and_reported_to_the_general_manager() {
      // rule: CMP-12 — a department that disagrees files a 签呈.
      ComplaintCase c = decisions.decide(decision(routed(accepted(ComplaintSeverity.GENERAL)),
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"), allowanceAndReturn(), ours()));
      Objection objection = new Objection(UnitId.of("PRESS-2"), PersonId.of("E1001"),
          sh("2026-11-04T09:00"), "The oven was calibrated; the resin lot was bad");
      ComplaintCase objected = decisions.fileObjection(new FileObjection(id(), c.number(),
          objection));
      assertEquals(List.of(objection), objected.objections());
      Notice toGm = notices().stream().filter(n -> n.kind().equals(NoticeKind.OBJECTION_FILED))
          .findFirst().orElseThrow();
      assertEquals(Recipient.role(RecipientRole.GENERAL_MANAGER), toGm.recipient());
      assertEquals(ComplaintStatus.DECIDED, objected.status(), "the decision stands");
    }
  }

  @Nested
  class ExecutionAndClosure {

    ComplaintCase decided() {
      return decisions.decide(decision(routed(accepted(ComplaintSeverity.GENERAL)),
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"), allowanceAndReturn(), ours()));
    }

    /** Certificate, two slips 40 + 30, receptions 40, 25 and 6 = 71, booked, both proofs. */
    ComplaintCase executed(ComplaintCase c) {
      DocumentNumber n = c.number();
      outcomes.recordAllowanceCertificate(new RecordAllowanceCertificate(id(), n,
          RemedyKind.ALLOWANCE, "ZR-2026-031"));
      outcomes.issueReturnSlip(new IssueReturnSlip(id(), n, RemedyKind.RETURN, "TH-0101", 40));
      outcomes.issueReturnSlip(new IssueReturnSlip(id(), n, RemedyKind.RETURN, "TH-0102", 30));
      outcomes.receiveReturnedGoods(new ReceiveReturnedGoods(id(), n, "TH-0101", 40));
      outcomes.receiveReturnedGoods(new ReceiveReturnedGoods(id(), n, "TH-0102", 25));
      outcomes.receiveReturnedGoods(new ReceiveReturnedGoods(id(), n, "TH-0102", 6));
      outcomes.bookReturnedQuantity(new BookReturnedQuantity(id(), n, ""));
      outcomes.recordProof(new RecordProof(id(), n, RemedyKind.RETURN,
          ProofDocument.STAMPED_ORIGINAL_INVOICE));
      return outcomes.recordProof(new RecordProof(id(), n, RemedyKind.ALLOWANCE,
          ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE));
    }

    @Test
    void a_return_split_across_slips_and_partial_receptions_is_booked_within_the_ratio() {
      // rule: CMP-16 — 70 approved, 5 %: at most 70 + floor(3.5) = 73 booked without a
      // decision; 40 + 25 + 6 = 71 received and booked.
      ComplaintCase c = executed(decided());
      assertEquals(71, c.quantities().orElseThrow().booked().getAsLong());
      assertEquals(73, c.quantities().orElseThrow().maximumBookable());
      assertTrue(c.outcome().orElseThrow().isComplete());
    }

    @Test
    void an_excess_beyond_the_ratio_needs_an_explicit_decision() {
      // rule: CMP-16 — 74 received of 70 approved is beyond 73.
      ComplaintCase c = decided();
      DocumentNumber n = c.number();
      outcomes.issueReturnSlip(new IssueReturnSlip(id(), n, RemedyKind.RETURN, "TH-1", 70));
      outcomes.receiveReturnedGoods(new ReceiveReturnedGoods(id(), n, "TH-1", 74));
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> outcomes.bookReturnedQuantity(new BookReturnedQuantity(id(), n, "")));
      assertEquals(RuleId.of("CMP-16"), e.ruleId());
      ComplaintCase booked = outcomes.bookReturnedQuantity(new BookReturnedQuantity(id(), n,
          "Customer returned 4 spare boards; accepted by the sales manager"));
      assertEquals(74, booked.quantities().orElseThrow().booked().getAsLong());
    }

    @Test
    void a_proof_of_the_other_purpose_is_refused() {
      // rule: CMP-18 — an allowance certificate does not prove a return.
      ComplaintCase c = decided();
      assertThrows(RuleRefusalException.class, () -> outcomes.recordProof(new RecordProof(id(),
          c.number(), RemedyKind.RETURN, ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE)));
    }

    @Test
    void closure_waits_for_documents_booking_proofs_and_the_visit() {
      // rule: CMP-09, CMP-15, CMP-16, CMP-18, SUR-05
      ComplaintCase c = decided();
      CloseComplaint close = new CloseComplaint(id(), c.number(), sh("2026-11-10T16:00"),
          CustomerReply.PHONE);
      RuleRefusalException noCertificate = assertThrows(RuleRefusalException.class,
          () -> closure.close(close));
      assertEquals(RuleId.of("CMP-15"), noCertificate.ruleId());
      executed(c);
      RuleRefusalException noVisit = assertThrows(RuleRefusalException.class,
          () -> closure.close(close));
      assertEquals(RuleId.of("SUR-05"), noVisit.ruleId());
      handling.recordCustomerVisit(new RecordCustomerVisit(id(), c.number(),
          sh("2026-11-09T10:00"), PersonId.of("SUP-2"), false, "Explained the remedy"));
      ComplaintCase closed = closure.close(close);
      assertEquals(ComplaintStatus.CLOSED, closed.status());
      assertEquals(Optional.of(sh("2026-11-10T16:00")), closed.closedAt());
    }

    @Test
    void the_closed_form_goes_to_its_five_recipients_and_the_holds_are_released() {
      // rule: CMP-09, CMP-17, CMP-06 — closed Tue 10 Nov 16:00, within 13 working days of Mon 2
      // Nov 09:00 (the limit ends Wed 18 Nov 18:00), so on time.
      ComplaintCase c = decided();
      outcomes.placeReceivableHold(new PlaceReceivableHold(id(), c.number(), cny("4800")));
      assertTrue(complaints.find(c.number()).orElseThrow().receivableHolds().get(0)
          .isExcludedFromRecoveryBonus());
      executed(c);
      handling.recordCustomerVisit(new RecordCustomerVisit(id(), c.number(),
          sh("2026-11-09T10:00"), PersonId.of("SUP-2"), true, "Delegate visited"));
      ComplaintCase closed = closure.close(new CloseComplaint(id(), c.number(),
          sh("2026-11-10T16:00"), CustomerReply.WRITTEN));
      assertFalse(closed.receivableHolds().get(0).isExcludedFromRecoveryBonus());
      assertEquals(Optional.of(sh("2026-11-10T16:00")),
          closed.receivableHolds().get(0).releasedAt());
      List<Notice> copies = notices().stream()
          .filter(n -> n.kind().equals(NoticeKind.COMPLAINT_CLOSED)).toList();
      assertEquals(List.of(RecipientRole.QUALITY_ASSURANCE, RecipientRole.MANUFACTURING,
              RecipientRole.SALES, RecipientRole.ACCOUNTING, RecipientRole.GM_OFFICE),
          copies.stream().map(n -> ((Recipient.Role) n.recipient()).role()).toList());
      assertTrue(events.eventsOf(ComplaintClosed.class).get(0).onTime());
    }

    @Test
    void a_serious_complaint_is_answered_in_writing() {
      // rule: SUR-04
      ComplaintCase c = decisions.decide(decision(routed(accepted(ComplaintSeverity.SERIOUS)),
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"), allowanceAndReturn(), ours()));
      executed(c);
      handling.recordCustomerVisit(new RecordCustomerVisit(id(), c.number(),
          sh("2026-11-09T10:00"), PersonId.of("SUP-2"), false, "Visited"));
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> closure.close(
          new CloseComplaint(id(), c.number(), sh("2026-11-10T16:00"), CustomerReply.PHONE)));
      assertEquals(RuleId.of("SUR-04"), e.ruleId());
    }

    @Test
    void an_open_case_cannot_be_closed() {
      // rule: CMP-09
      ComplaintCase c = accepted(ComplaintSeverity.GENERAL);
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> closure.close(
          new CloseComplaint(id(), c.number(), sh("2026-11-10T16:00"), CustomerReply.WRITTEN)));
      assertEquals(RuleId.of("CMP-09"), e.ruleId());
    }
  }

  @Nested
  class Rejection {

    ComplaintCase decided() {
      return decisions.decide(decision(routed(accepted(ComplaintSeverity.GENERAL)),
          ApprovalLevel.DEPUTY_GENERAL_MANAGER, cny("8000"), allowanceAndReturn(), ours()));
    }

    @Test
    void the_new_case_restarts_its_limit_by_default() {
      // rule: CMP-10, CMP-06 — rejected Wed 4 Nov 09:00: 13 working days from then end Fri 20
      // Nov 18:00 (4–6, 9–13, 16–20 November).
      ComplaintCase original = decided();
      ComplaintCase reopened = registration.reopenAfterRejection(new ReopenRejectedComplaint(
          id(), original.number(), sh("2026-11-04T09:00"), "Does not accept the allowance"));
      assertEquals(sh("2026-11-20T18:00"), reopened.routing()
          .overall(ComplaintFixtures.SEED_POLICY, sh("2026-11-04T10:00")).due());
      ComplaintCase closedOriginal = complaints.find(original.number()).orElseThrow();
      assertEquals(Optional.of(sh("2026-11-04T09:00")), closedOriginal.closedAt());
      assertEquals(Optional.of(reopened.number()), closedOriginal.rejectedBy());
    }

    @Test
    void the_new_case_continues_the_originals_limit_when_configured() {
      // rule: CMP-10, CMP-06 — from the original's acceptance Mon 2 Nov 09:00: Wed 18 Nov 18:00.
      ComplaintCase original = decided();
      ComplaintCase reopened = registration(PROCEDURE.withRejectionClock(RejectionClock.CONTINUE))
          .reopenAfterRejection(new ReopenRejectedComplaint(id(), original.number(),
              sh("2026-11-04T09:00"), "Does not accept the allowance"));
      assertEquals(sh("2026-11-18T18:00"), reopened.routing()
          .overall(ComplaintFixtures.SEED_POLICY, sh("2026-11-04T10:00")).due());
    }

    @Test
    void a_rejection_before_the_decision_is_refused_and_uses_no_serial() {
      // rule: CMP-10
      ComplaintCase original = decided();
      assertThrows(InvalidInputException.class, () -> registration.reopenAfterRejection(
          new ReopenRejectedComplaint(id(), original.number(), sh("2026-11-03T09:00"), "no")));
      assertEquals(1, complaints.size());
    }

    @Test
    void two_rejections_at_once_open_exactly_one_new_case() throws Exception {
      // rule: CMP-10 — the original's version serialises them; the loser is refused.
      ComplaintCase original = decided();
      int threads = 6;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          ReopenRejectedComplaint r = new ReopenRejectedComplaint(RequestId.of("rej-" + i),
              original.number(), sh("2026-11-04T09:00"), "rejects " + i);
          Callable<String> call = () -> {
            start.await();
            try {
              return registration.reopenAfterRejection(r).number().text();
            } catch (RuleRefusalException | ConcurrentUpdateException lost) {
              return "lost";
            }
          };
          results.add(pool.submit(call));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
          outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, outcomes.stream().filter(o -> !o.equals("lost")).count(), outcomes.toString());
        assertEquals(1, complaints.all().stream().filter(c -> c.reopenedFrom().isPresent())
            .count());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
