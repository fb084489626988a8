package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
import static org.aftersales.core.complaint.ComplaintSamples.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The complaint case aggregate: registering, voiding, raising a new case after a rejected
 * decision, and the commands that opened a case. Numbers are written as the seed's default prints
 * them (年度(××)月份(××)流水编号(××): {@code 261107} is the 7th complaint of November 2026).
 *
 * <p>// rule: CMP-01, CMP-10
 */
class ComplaintCaseTest {

  static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00Z");
  static final Instant RECORDED = Instant.parse("2026-11-02T02:00:05Z");
  static final DocumentNumber NUMBER = number("261107", 7);
  static final DocumentNumber NEXT = number("261108", 8);
  static final RegisterComplaint REGISTRATION = new RegisterComplaint(RequestId.of("r-1"),
      RECEIVED, intake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411"));

  static DocumentNumber number(String text, long serial) {
    return DocumentNumber.of(SeriesId.COMPLAINTS, text, "2026-11", LocalDate.of(2026, 11, 1),
        serial);
  }

  static ComplaintCase open() {
    return ComplaintCase.register(REGISTRATION, NUMBER, PROCEDURE, RECORDED).state();
  }

  static ReopenRejectedComplaint rejectionOf(DocumentNumber original) {
    return new ReopenRejectedComplaint(RequestId.of("r-2"), original,
        Instant.parse("2026-11-20T01:30:00Z"), "Customer does not accept a 5 % allowance");
  }

  @Test
  void registering_creates_an_open_unsaved_case_from_the_command_and_one_event() {
    // rule: CMP-01
    Changed<ComplaintCase> c = ComplaintCase.register(REGISTRATION, NUMBER, PROCEDURE, RECORDED);
    ComplaintCase created = c.state();
    assertEquals(NUMBER, created.number());
    assertEquals(RequestId.of("r-1"), created.requestId());
    assertEquals(RECEIVED, created.receivedAt());
    assertEquals("Shanghai Precision Ltd.", created.customerName());
    assertEquals("Solder mask peeling on batch 4411", created.description());
    assertEquals(ComplaintStatus.OPEN, created.status());
    assertEquals(Optional.empty(), created.reopenedFrom());
    assertEquals(Optional.empty(), created.voidReason());
    assertEquals(Optional.empty(), created.voidedAt());
    assertEquals(Version.initial(), created.version());
    assertEquals(List.of(new ComplaintRegistered(NUMBER, RECEIVED, RECORDED)), c.events());
  }

  @Test
  void a_registered_case_was_opened_by_its_registration() {
    // rule: CMP-01 — the command rebuilt from the case equals the one sent.
    NewCaseCommand openedBy = open().openedBy();
    assertEquals(REGISTRATION, openedBy);
    assertTrue(REGISTRATION.isRepeatOf(openedBy));
  }

  @Test
  void a_voided_case_keeps_its_number_and_cannot_be_voided_again() {
    // rule: CMP-01
    Instant at = RECEIVED.plusSeconds(60);
    Changed<ComplaintCase> change = open().voided(new VoidComplaint(RequestId.of("void"), NUMBER, "entered twice"), at);
    ComplaintCase voided = change.state();
    assertEquals(NUMBER, voided.number());
    assertEquals(ComplaintStatus.VOIDED, voided.status());
    assertEquals(Optional.of("entered twice"), voided.voidReason());
    assertEquals(Optional.of(at), voided.voidedAt());
    assertEquals("Solder mask peeling on batch 4411", voided.description());
    assertEquals(RequestId.of("r-1"), voided.requestId());
    assertEquals(List.of(new ComplaintVoided(NUMBER, "entered twice", at)), change.events());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> voided.voided(new VoidComplaint(RequestId.of("void"), NUMBER, "again"), RECEIVED));
    assertEquals(RuleId.of("CMP-01"), e.ruleId());
    assertEquals("Refused by rule CMP-01: complaint case 261107 is already voided",
        e.getMessage(Locale.ENGLISH));
  }

  @Test
  void voiding_does_not_change_the_original_value() {
    // rule: CMP-01
    ComplaintCase original = open();
    original.voided(new VoidComplaint(RequestId.of("void"), NUMBER, "x"), RECEIVED);
    assertEquals(ComplaintStatus.OPEN, original.status());
    assertEquals(Optional.empty(), original.voidReason());
  }

  @Test
  void a_void_command_for_another_case_is_refused() {
    // rule: CMP-01
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> open().voided(new VoidComplaint(RequestId.of("void"), NEXT, "x"), RECEIVED));
    assertEquals("number", e.violations().get(0).path());
    assertEquals("261108", e.violations().get(0).rejectedValue().orElseThrow());
    assertEquals("names another case than complaint case 261107, to which the command was"
        + " applied", e.violations().get(0).message().render(Locale.ENGLISH));
  }

  @Test
  void a_rejected_decision_raises_a_new_case_for_the_same_customer_linked_to_the_original() {
    // rule: CMP-10 — the decided original is marked first, then the new case is opened.
    ComplaintCase decided = ComplaintSamples.decided(open());
    ReopenRejectedComplaint rejection = rejectionOf(NUMBER);
    Changed<ComplaintCase> marked = decided.rejected(rejection, NEXT, RECORDED);
    ComplaintCase original = marked.state();
    assertEquals(ComplaintStatus.CLOSED, original.status(), "a decided case closes at rejection");
    assertEquals(Optional.of(Instant.parse("2026-11-20T01:30:00Z")), original.closedAt());
    assertEquals(Optional.of(NEXT), original.rejectedBy());
    assertEquals(List.of(new ComplaintRejected(NUMBER, NEXT, Instant.parse("2026-11-20T01:30:00Z"),
        RECORDED)), marked.events());
    Changed<ComplaintCase> change = original.reopenedAfterRejection(rejection, NEXT, PROCEDURE, RECORDED);
    ComplaintCase reopened = change.state();
    assertEquals(NEXT, reopened.number());
    assertEquals(Optional.of(NUMBER), reopened.reopenedFrom());
    assertEquals("Shanghai Precision Ltd.", reopened.customerName());
    assertEquals("Customer does not accept a 5 % allowance", reopened.description());
    assertEquals(Instant.parse("2026-11-20T01:30:00Z"), reopened.receivedAt());
    assertEquals(RequestId.of("r-2"), reopened.requestId());
    assertEquals(ComplaintStatus.OPEN, reopened.status());
    assertEquals(Version.initial(), reopened.version());
    assertEquals(List.of(
            new ComplaintRegistered(NEXT, Instant.parse("2026-11-20T01:30:00Z"), RECORDED),
            new ComplaintReopened(NEXT, NUMBER, RECORDED)),
        change.events());
    assertEquals(rejection, reopened.openedBy());
  }

  @Test
  void only_a_decided_case_not_yet_rejected_can_be_rejected() {
    // rule: CMP-10
    RuleRefusalException open = assertThrows(RuleRefusalException.class,
        () -> open().rejected(rejectionOf(NUMBER), NEXT, RECORDED));
    assertEquals(RuleId.of("CMP-10"), open.ruleId());
    ComplaintCase once = ComplaintSamples.decided(open()).rejected(rejectionOf(NUMBER), NEXT,
        RECORDED).state();
    RuleRefusalException twice = assertThrows(RuleRefusalException.class,
        () -> once.rejected(rejectionOf(NUMBER), number("261109", 9), RECORDED));
    assertEquals("Refused by rule CMP-10: complaint case 261107 was already rejected and"
        + " continues as 261108", twice.getMessage(Locale.ENGLISH));
    RuleRefusalException unmarked = assertThrows(RuleRefusalException.class,
        () -> ComplaintSamples.decided(open()).reopenedAfterRejection(rejectionOf(NUMBER), NEXT,
            PROCEDURE, RECORDED));
    assertEquals(RuleId.of("CMP-10"), unmarked.ruleId());
  }

  @Test
  void a_voided_case_cannot_be_reopened() {
    // rule: CMP-10
    ComplaintCase voided = open().voided(new VoidComplaint(RequestId.of("void"), NUMBER, "withdrawn"), RECEIVED).state();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> voided.rejected(rejectionOf(NUMBER), NEXT, RECORDED));
    assertEquals(RuleId.of("CMP-10"), e.ruleId());
    assertEquals("Refused by rule CMP-10: complaint case 261107 is voided; a voided case cannot be"
        + " reopened", e.getMessage(Locale.ENGLISH));
  }

  @Test
  void a_rejection_of_another_case_is_refused() {
    // rule: CMP-10
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ComplaintSamples.decided(open()).rejected(rejectionOf(NEXT), number("261109", 9),
            RECORDED));
    assertEquals("original", e.violations().get(0).path());
  }

  @Test
  void a_repeat_is_the_same_kind_of_command_with_equal_components() {
    // rule: CMP-01, CMP-10 — what decides whether a request ID is reused for other content.
    RegisterComplaint same = new RegisterComplaint(RequestId.of("r-1"), RECEIVED, intake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411"));
    assertTrue(same.isRepeatOf(REGISTRATION));
    // Instants count to the microsecond (TimePrecision): a nanosecond more is the same request.
    assertTrue(new RegisterComplaint(RequestId.of("r-1"), RECEIVED.plusNanos(999), intake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411")).isRepeatOf(REGISTRATION));
    for (RegisterComplaint other : List.of(
        new RegisterComplaint(RequestId.of("r-9"), RECEIVED, intake("Shanghai Precision Ltd.",
            "Solder mask peeling on batch 4411")),
        new RegisterComplaint(RequestId.of("r-1"), RECEIVED.plusNanos(1_000), intake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411")),
        new RegisterComplaint(RequestId.of("r-1"), RECEIVED, intake("Another customer",
            "Solder mask peeling on batch 4411")),
        new RegisterComplaint(RequestId.of("r-1"), RECEIVED, intake("Shanghai Precision Ltd.",
            "Something else")))) {
      assertFalse(other.isRepeatOf(REGISTRATION), other.toString());
    }
    ReopenRejectedComplaint rejection = rejectionOf(NUMBER);
    assertTrue(rejection.isRepeatOf(rejectionOf(NUMBER)));
    assertFalse(rejection.isRepeatOf(rejectionOf(NEXT)));
    assertFalse(rejection.isRepeatOf(new ReopenRejectedComplaint(RequestId.of("r-2"), NUMBER,
        Instant.parse("2026-11-20T01:30:00Z"), "another response")));
    assertFalse(rejection.isRepeatOf(REGISTRATION), "a rejection never repeats a registration");
    assertFalse(REGISTRATION.isRepeatOf(rejection), "nor the other way round");
  }

  @Test
  void no_invalid_case_can_be_built() {
    // rule: CMP-01
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComplaintCase
        .builder().number(NUMBER).requestId(RequestId.of("r")).receivedAt(RECEIVED)
        .intake(intake(" ", "")).routing(routing(RECEIVED)).status(ComplaintStatus.VOIDED)
        .version(Version.initial()).build());
    assertEquals(List.of("customerName", "description", "status"),
        e.violations().stream().map(v -> v.path()).toList());
    assertEquals("a voided case must have a void reason, time and request ID, an open case none of them",
        e.violations().get(2).message().render(Locale.ENGLISH));
  }

  @Test
  void a_case_is_voided_exactly_when_it_has_a_reason_a_time_and_a_request_id() {
    // rule: CMP-01 — each half of the invariant on its own.
    ComplaintCase.Builder openWithReason = ComplaintCase.builder().number(NUMBER)
        .requestId(RequestId.of("r")).receivedAt(RECEIVED).intake(intake("c", "d")).routing(routing(RECEIVED))
        .status(ComplaintStatus.OPEN).voidReason("why").version(Version.initial());
    assertThrows(InvalidInputException.class, openWithReason::build);
    ComplaintCase.Builder openWithTime = ComplaintCase.builder().number(NUMBER)
        .requestId(RequestId.of("r")).receivedAt(RECEIVED).intake(intake("c", "d")).routing(routing(RECEIVED))
        .status(ComplaintStatus.OPEN).voidedAt(RECEIVED).version(Version.initial());
    assertThrows(InvalidInputException.class, openWithTime::build);
    ComplaintCase.Builder voidedWithoutTime = ComplaintCase.builder().number(NUMBER)
        .requestId(RequestId.of("r")).receivedAt(RECEIVED).intake(intake("c", "d")).routing(routing(RECEIVED))
        .status(ComplaintStatus.VOIDED).voidReason("why").voidRequestId(RequestId.of("v"))
        .version(Version.initial());
    assertThrows(InvalidInputException.class, voidedWithoutTime::build);
    ComplaintCase.Builder voidedWithoutRequest = ComplaintCase.builder().number(NUMBER)
        .requestId(RequestId.of("r")).receivedAt(RECEIVED).intake(intake("c", "d")).routing(routing(RECEIVED))
        .status(ComplaintStatus.VOIDED).voidReason("why").voidedAt(RECEIVED)
        .version(Version.initial());
    assertThrows(InvalidInputException.class, voidedWithoutRequest::build);
    ComplaintCase.Builder openWithRequest = ComplaintCase.builder().number(NUMBER)
        .requestId(RequestId.of("r")).receivedAt(RECEIVED).intake(intake("c", "d")).routing(routing(RECEIVED))
        .status(ComplaintStatus.OPEN).voidRequestId(RequestId.of("v")).version(Version.initial());
    assertThrows(InvalidInputException.class, openWithRequest::build);
  }

  @Test
  void a_stored_version_is_carried_without_changing_anything_else() {
    // rule: CMP-01
    ComplaintCase original = open();
    ComplaintCase stored = original.withVersion(Version.of(3));
    assertEquals(Version.of(3), stored.version());
    assertEquals(NUMBER, stored.number());
    assertEquals(REGISTRATION, stored.openedBy());
    assertNotEquals(original, stored);
  }
}
