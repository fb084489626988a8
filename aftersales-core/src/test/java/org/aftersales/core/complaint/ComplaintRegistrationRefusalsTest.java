package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintRegistrationTest.NOW;
import static org.aftersales.core.complaint.ComplaintRegistrationTest.RECEIVED;
import static org.aftersales.core.complaint.ComplaintRegistrationTest.complaint;
import static org.aftersales.core.complaint.ComplaintUseCasesTest.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintRegistrationTest.FakeComplaints;
import org.aftersales.core.complaint.ComplaintRegistrationTest.FakeNumbering;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The registration's refusals that {@link ComplaintRegistrationTest} leaves out, and the races of
 * the rejection (CMP-10) when the original is marked.
 *
 * <p>// rule: CMP-01, CMP-02, CMP-10
 */
class ComplaintRegistrationRefusalsTest {

  static final Instant REJECTED_AT = Instant.parse("2026-11-20T01:30:00Z");
  final FakeComplaints complaints = new FakeComplaints();
  final FakeNumbering numbering = new FakeNumbering();
  final ComplaintRegistration registration = new ComplaintRegistration(complaints, numbering,
      ComplaintProcedure.seed(), VALIDATOR, Clock.fixed(NOW, ZoneOffset.UTC));

  static RegisterComplaint withIntake(long delivered, long defective, boolean causedLoss) {
    return new RegisterComplaint(RequestId.of("i"), RECEIVED, new ComplaintIntake("Shanghai", "x",
        "PO-1", "PN-1", delivered, LocalDate.of(2026, 10, 20), defective, "replace",
        DemandedReturn.none(), ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, causedLoss));
  }

  @Test
  void a_procedure_without_a_route_is_refused_when_wired() {
    // rule: CMP-05
    ComplaintProcedure empty = ComplaintProcedure.seed().withRoute(List.of());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new ComplaintRegistration(complaints, numbering, empty, VALIDATOR,
            Clock.fixed(NOW, ZoneOffset.UTC)));
    assertEquals("procedure.route", e.violations().get(0).path());
  }

  @Test
  void more_defective_than_delivered_is_refused_before_a_number_is_drawn() {
    // rule: CMP-02 — 10 delivered, 11 defective.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(withIntake(10, 11, true)));
    assertEquals("intake.defectiveQuantity", e.violations().get(0).path());
    assertEquals(List.of(), numbering.timestamps);
  }

  @Test
  void a_complaint_that_caused_no_loss_is_not_registered() {
    // rule: CMP-02
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> registration.register(withIntake(10, 1, false)));
    assertEquals(RuleId.of("CMP-02"), e.ruleId());
    assertEquals(List.of(), numbering.timestamps);
  }

  ComplaintCase decidedOriginal() {
    ComplaintCase stored = registration.register(complaint("o"));
    return complaints.save(ComplaintSamples.decided(stored), List.of());
  }

  @Test
  void a_retry_with_other_content_after_the_original_was_marked_is_a_duplicate() {
    // rule: CMP-10 — the new case was never stored; the mark names the request ID.
    ComplaintCase original = decidedOriginal();
    complaints.failNextSaveOfNewCase = true;
    assertThrows(IllegalStateException.class, () -> registration.reopenAfterRejection(
        new ReopenRejectedComplaint(RequestId.of("o-2"), original.number(), REJECTED_AT, "no")));
    DuplicateRequestException e = assertThrows(DuplicateRequestException.class,
        () -> registration.reopenAfterRejection(new ReopenRejectedComplaint(RequestId.of("o-2"),
            original.number(), REJECTED_AT, "another answer")));
    assertEquals(RequestId.of("o-2"), e.requestId());
  }

  @Test
  void a_race_on_the_mark_lost_to_this_very_rejection_continues_with_its_number() {
    // rule: CMP-10 — an earlier attempt marked the original with 261199 meanwhile.
    ComplaintCase original = decidedOriginal();
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("o-2"),
        original.number(), REJECTED_AT, "no");
    DocumentNumber earlier = DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11",
        LocalDate.of(2026, 11, 1), 99);
    complaints.winnerOnNextSave = original.rejected(rejection, earlier, NOW).state()
        .withVersion(original.version().next());
    ComplaintCase reopened = registration.reopenAfterRejection(rejection);
    assertEquals(earlier, reopened.number());
    assertEquals(Optional.of(original.number()), reopened.reopenedFrom());
  }

  @Test
  void a_race_on_the_mark_lost_to_another_change_is_a_conflict() {
    // rule: CMP-10 — the original changed otherwise (here: another rejection) meanwhile.
    ComplaintCase original = decidedOriginal();
    DocumentNumber earlier = DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11",
        LocalDate.of(2026, 11, 1), 99);
    complaints.winnerOnNextSave = original.rejected(new ReopenRejectedComplaint(
            RequestId.of("else"), original.number(), REJECTED_AT, "other"), earlier, NOW).state()
        .withVersion(original.version().next());
    ComplaintCase winner = complaints.winnerOnNextSave;
    assertThrows(ConcurrentUpdateException.class, () -> registration.reopenAfterRejection(
        new ReopenRejectedComplaint(RequestId.of("o-2"), original.number(), REJECTED_AT, "no")));
    assertSame(winner, complaints.find(original.number()).orElseThrow());
    assertEquals(Version.of(3), winner.version());
  }
}
