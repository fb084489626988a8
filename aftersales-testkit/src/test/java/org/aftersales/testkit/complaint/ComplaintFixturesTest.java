package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.ProofDocument;
import org.aftersales.core.complaint.RemedyKind;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The complaint fixtures' defaults are accepted by the real use cases (wired over the in-memory
 * adapters and the test validator), and a case goes through its whole life on those defaults and
 * the previous step's number alone. Expected values are worked out by hand from the defaults.
 */
class ComplaintFixturesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  @Test
  void a_case_lives_from_registration_to_closure_on_the_defaults_alone() {
    // rule: CMP-01, CMP-05, CMP-07, CMP-09, CMP-15, CMP-16, CMP-18, SUR-05 — received Mon 2 Nov
    // 2026 10:00 in Shanghai: the first complaint of November 2026 is 261101.
    ComplaintCase open = desk.registration().register(ComplaintFixtures.registerComplaint()
        .build());
    DocumentNumber n = open.number();
    assertEquals("261101", n.text());
    assertEquals(ComplaintStatus.OPEN, open.status());
    desk.handling().completeStep(ComplaintFixtures.completeStep(n).build());
    desk.handling().handOver(ComplaintFixtures.handOver(n).build());
    desk.handling().recordSiteInspection(ComplaintFixtures.recordSiteInspection(n).build());
    desk.handling().fileInvestigationReport(ComplaintFixtures.fileInvestigationReport(n)
        .build());
    desk.outcomes().placeReceivableHold(ComplaintFixtures.placeReceivableHold(n).build());
    ComplaintCase routed = desk.routed(desk.complaints().find(n).orElseThrow());
    assertTrue(routed.routing().isFinished());
    ComplaintCase decided = desk.decisions().decide(ComplaintFixtures.decide(n).build());
    assertEquals(ComplaintStatus.DECIDED, decided.status());
    desk.decisions().fileObjection(ComplaintFixtures.fileObjection(n).build());
    desk.outcomes().recordAllowanceCertificate(ComplaintFixtures.recordAllowanceCertificate(n)
        .build());
    desk.outcomes().issueReturnSlip(ComplaintFixtures.issueReturnSlip(n).build());
    desk.outcomes().receiveReturnedGoods(ComplaintFixtures.receiveReturnedGoods(n).build());
    desk.outcomes().bookReturnedQuantity(ComplaintFixtures.bookReturnedQuantity(n).build());
    desk.outcomes().recordProof(ComplaintFixtures.recordProof(n).build());
    desk.outcomes().recordProof(ComplaintFixtures.recordProof(n).kind(RemedyKind.ALLOWANCE)
        .proof(ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE).build());
    desk.handling().recordCustomerVisit(ComplaintFixtures.recordCustomerVisit(n).build());
    ComplaintCase closed = desk.closure().close(ComplaintFixtures.closeComplaint(n).build());
    assertEquals(ComplaintStatus.CLOSED, closed.status());
    assertEquals(Optional.of(sh("2026-11-10T16:00")), closed.closedAt());
    // 70 taken back, 70 received, booked without a reason.
    assertEquals(70, closed.quantities().orElseThrow().booked().getAsLong());
    assertEquals(1, closed.objections().size());
    assertTrue(closed.siteInspection().isPresent());
    assertTrue(closed.investigationReport().isPresent());
    assertTrue(closed.receivableHolds().get(0).releasedAt().isPresent(), "released at closure");
  }

  @Test
  void the_return_default_sends_the_case_back_from_the_quality_department() {
    // rule: CMP-05 — QA_ANALYSIS is open after the hand-over; registration comes before it.
    ComplaintCase c = desk.inProgress();
    ComplaintCase returned = desk.handling().returnStep(ComplaintFixtures.returnStep(c.number())
        .build());
    assertEquals(Milestone.COMPLAINT_REGISTRATION, returned.routing().entries()
        .get(returned.routing().entries().size() - 1).step());
  }

  @Test
  void each_state_helper_reaches_its_state_through_the_use_cases() {
    // rule: CMP-01, CMP-09, CMP-10
    assertEquals(ComplaintStatus.OPEN, desk.registered().status());
    assertEquals(Milestone.QA_ANALYSIS, desk.inProgress().routing().entries().get(1).step());
    assertTrue(desk.routed().routing().isFinished());
    assertEquals(ComplaintStatus.DECIDED, desk.decided().status());
    assertEquals(ComplaintStatus.DECIDED, desk.executed().status());
    assertEquals(ComplaintStatus.CLOSED, desk.closed().status());
    assertEquals(ComplaintStatus.VOIDED, desk.voided().status());
    ComplaintCase reopened = desk.reopened();
    DocumentNumber original = reopened.reopenedFrom().orElseThrow();
    assertEquals(Optional.of(reopened.number()),
        desk.complaints().find(original).orElseThrow().rejectedBy());
  }

  @Test
  void the_default_penalty_posting_is_the_worked_case_of_the_penalty_docs() {
    // rule: CMP-08, PEN-02, PEN-09 — CNY 10 000.00: Q2001 personally 0.4 = 4 000.00; the press
    // group 0.6 = 6 000.00 over base points 1.2 + 1.0 + 0.8 = 3.0: 2 400.00, 2 000.00, 1 600.00.
    // Decided Wed 4 Nov 2026 in Shanghai: November.
    List<PersonPenaltyLedger> ledgers = desk.penaltyPosted();
    assertEquals(4, ledgers.size());
    assertEquals(Money.parse("CNY 2400.00"), posted("E1001"));
    assertEquals(Money.parse("CNY 2000.00"), posted("E1002"));
    assertEquals(Money.parse("CNY 1600.00"), posted("E1003"));
    assertEquals(Money.parse("CNY 4000.00"), posted("Q2001"));
    assertEquals(YearMonth.of(2026, 11), ledgers.get(0).postings().get(0).month());
  }

  @Test
  void default_request_ids_never_repeat_so_tests_sharing_storage_do_not_collide() {
    // rule: CMP-01 — two default registrations are two cases with consecutive numbers.
    ComplaintCase first = desk.registered();
    ComplaintCase second = desk.registered();
    assertNotEquals(first.number(), second.number());
    assertNotEquals(ComplaintFixtures.registerComplaint().build().requestId(),
        ComplaintFixtures.registerComplaint().build().requestId());
  }

  @Test
  void an_overseas_complaint_with_an_undetermined_return_is_accepted() {
    // rule: CMP-02 — the demanded return may be undetermined (客户加工中未确定).
    ComplaintCase c = desk.registration().register(ComplaintFixtures.registerComplaint()
        .intake(ComplaintFixtures.intake().market(ServiceZone.OVERSEAS)
            .demandedReturn(DemandedReturn.undeterminedYet())
            .build())
        .build());
    assertEquals(ServiceZone.OVERSEAS, c.intake().market());
  }

  Money posted(String person) {
    return desk.accounts().find(PersonId.of(person)).orElseThrow().postedTotal();
  }
}
