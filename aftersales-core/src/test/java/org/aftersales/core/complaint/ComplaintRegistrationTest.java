package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.intake;
import static org.aftersales.core.complaint.ComplaintSamples.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The complaint use cases with small fakes of their ports (the testkit's adapters are not
 * available to core's tests): the order of the steps, idempotency by request ID, and what a
 * refusal leaves behind. The fake numbering prints the seed's form for November 2026
 * ({@code 261101}, {@code 261102}, …).
 *
 * <p>// rule: CMP-01, CMP-10
 */
class ComplaintRegistrationTest {

  static final Instant NOW = Instant.parse("2026-11-02T03:00:00Z");
  static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00Z");

  final FakeComplaints complaints = new FakeComplaints();
  final FakeNumbering numbering = new FakeNumbering();
  final ComplaintRegistration registration = new ComplaintRegistration(complaints, numbering, ComplaintProcedure.seed(),
      new CommandValidator(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator()),
      Clock.fixed(NOW, ZoneOffset.UTC));

  static RegisterComplaint complaint(String requestId) {
    return new RegisterComplaint(RequestId.of(requestId), RECEIVED, intake("Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411"));
  }

  @Test
  void a_complaint_is_numbered_from_its_acceptance_stored_and_announced() {
    // rule: CMP-01
    ComplaintCase stored = registration.register(complaint("a"));
    assertEquals("261101", stored.number().text());
    assertEquals(Version.of(1), stored.version());
    assertEquals(List.of(RECEIVED), numbering.timestamps);
    assertEquals(Optional.of(stored), complaints.find(stored.number()));
    assertEquals(List.of(new ComplaintRegistered(stored.number(), RECEIVED, NOW)), published());
  }

  @Test
  void the_same_registration_again_returns_the_first_case_and_issues_no_number() {
    // rule: CMP-01
    ComplaintCase first = registration.register(complaint("same"));
    ComplaintCase again = registration.register(complaint("same"));
    assertSame(first, again);
    assertEquals(1, numbering.timestamps.size());
    assertEquals(1, published().size());
  }

  @Test
  void another_registration_under_a_used_request_id_is_refused_and_issues_no_number() {
    // rule: CMP-01
    registration.register(complaint("dup"));
    RegisterComplaint different = new RegisterComplaint(RequestId.of("dup"), RECEIVED, intake("Another customer", "Something else"));
    DuplicateRequestException e =
        assertThrows(DuplicateRequestException.class, () -> registration.register(different));
    assertEquals(RequestId.of("dup"), e.requestId());
    assertEquals(1, numbering.timestamps.size());
    assertEquals(1, complaints.byNumber.size());
  }

  @Test
  void an_invalid_command_is_refused_before_anything_is_numbered() {
    // rule: CMP-01
    assertThrows(InvalidInputException.class, () -> registration.register(
        new RegisterComplaint(RequestId.of("bad"), RECEIVED, intake(" ", "x"))));
    assertEquals(List.of(), numbering.timestamps);
    assertEquals(List.of(), published());
  }

  @Test
  void a_lost_race_under_one_request_id_answers_with_the_winner() {
    // rule: CMP-01 — the winner was stored between the lookup and the save.
    ComplaintCase winner = ComplaintCase.register(complaint("race"),
        DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11", LocalDate.of(2026, 11, 1),
            99), PROCEDURE, NOW).state().withVersion(Version.of(1));
    complaints.winnerOnNextSave = winner;
    assertSame(winner, registration.register(complaint("race")));
    assertEquals(List.of(), published(), "the loser publishes nothing");
    assertEquals(1, numbering.timestamps.size(), "the loser's serial stays used");
  }

  @Test
  void a_lost_race_with_other_content_is_refused() {
    // rule: CMP-01
    ComplaintCase winner = ComplaintCase.register(new RegisterComplaint(RequestId.of("race"),
            RECEIVED, intake("Someone else", "Other")),
        DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11", LocalDate.of(2026, 11, 1),
            99), PROCEDURE, NOW).state().withVersion(Version.of(1));
    complaints.winnerOnNextSave = winner;
    assertThrows(DuplicateRequestException.class, () -> registration.register(complaint("race")));
  }

  @Test
  void a_duplicate_refused_by_the_repository_without_a_stored_winner_is_passed_on() {
    // rule: CMP-01 — the adapter says the request ID is taken but finds no case for it.
    complaints.refuseNextSaveAsDuplicate = true;
    DuplicateRequestException e =
        assertThrows(DuplicateRequestException.class, () -> registration.register(complaint("x")));
    assertEquals(RequestId.of("x"), e.requestId());
    assertEquals(List.of(), published());
  }

  @Test
  void a_rejected_decision_raises_a_new_numbered_case_linked_to_the_original() {
    // rule: CMP-10 — the decided original is marked (and closed), then the new case is opened.
    ComplaintCase original = decide(registration.register(complaint("o")));
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("o-2"),
        original.number(), Instant.parse("2026-11-20T01:30:00Z"), "Does not accept 5 %");
    ComplaintCase reopened = registration.reopenAfterRejection(rejection);
    assertEquals("261102", reopened.number().text());
    assertEquals(Optional.of(original.number()), reopened.reopenedFrom());
    assertEquals(List.of(RECEIVED, Instant.parse("2026-11-20T01:30:00Z")), numbering.timestamps);
    assertEquals(List.of(
            new ComplaintRegistered(original.number(), RECEIVED, NOW),
            new ComplaintRejected(original.number(), reopened.number(),
                Instant.parse("2026-11-20T01:30:00Z"), NOW),
            new ComplaintRegistered(reopened.number(), Instant.parse("2026-11-20T01:30:00Z"), NOW),
            new ComplaintReopened(reopened.number(), original.number(), NOW)),
        published().stream().filter(e -> !(e instanceof ComplaintDecided)).toList());
    ComplaintCase marked = complaints.find(original.number()).orElseThrow();
    assertEquals(ComplaintStatus.CLOSED, marked.status());
    assertEquals(Optional.of(reopened.number()), marked.rejectedBy());
    assertSame(reopened, registration.reopenAfterRejection(rejection), "idempotent");
    ReopenRejectedComplaint otherResponse = new ReopenRejectedComplaint(RequestId.of("o-2"),
        original.number(), Instant.parse("2026-11-20T01:30:00Z"), "Another response");
    assertThrows(DuplicateRequestException.class,
        () -> registration.reopenAfterRejection(otherResponse));
    assertEquals(2, numbering.timestamps.size());
  }

  @Test
  void a_retry_after_the_original_was_marked_opens_the_new_case_under_the_number_drawn() {
    // rule: CMP-10 — the save of the new case failed after the original's mark was stored.
    ComplaintCase original = decide(registration.register(complaint("m")));
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("m-2"),
        original.number(), Instant.parse("2026-11-20T01:30:00Z"), "Does not accept 5 %");
    complaints.failNextSaveOfNewCase = true;
    assertThrows(IllegalStateException.class, () -> registration.reopenAfterRejection(rejection));
    assertEquals(2, numbering.timestamps.size());
    ComplaintCase reopened = registration.reopenAfterRejection(rejection);
    assertEquals("261102", reopened.number().text());
    assertEquals(2, numbering.timestamps.size(), "no second number");
  }

  @Test
  void an_open_case_cannot_be_rejected_and_uses_no_serial() {
    // rule: CMP-10 — only a decided case is rejected by the customer.
    ComplaintCase open = registration.register(complaint("not-decided"));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> registration.reopenAfterRejection(new ReopenRejectedComplaint(RequestId.of("nd-2"),
            open.number(), Instant.parse("2026-11-20T01:30:00Z"), "rejects")));
    assertEquals(RuleId.of("CMP-10"), e.ruleId());
    assertEquals(1, numbering.timestamps.size());
  }

  /** Decides the stored case through its transitions and stores it. */
  ComplaintCase decide(ComplaintCase stored) {
    return complaints.save(ComplaintSamples.decided(stored), List.of());
  }

  @Test
  void a_registration_id_reused_for_a_rejection_is_refused() {
    // rule: CMP-01, CMP-10 — a command of the other kind is never a repeat.
    ComplaintCase original = decide(registration.register(complaint("mixed")));
    assertThrows(DuplicateRequestException.class, () -> registration.reopenAfterRejection(
        new ReopenRejectedComplaint(RequestId.of("mixed"), original.number(),
            Instant.parse("2026-11-20T01:30:00Z"), "no")));
  }

  @Test
  void a_voided_original_is_refused_before_a_number_is_issued() {
    // rule: CMP-10
    ComplaintCase original = registration.register(complaint("v"));
    registration.voidComplaint(new VoidComplaint(RequestId.of("void-v"), original.number(), "withdrawn"));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> registration.reopenAfterRejection(new ReopenRejectedComplaint(RequestId.of("v-2"),
            original.number(), RECEIVED, "rejects")));
    assertEquals(RuleId.of("CMP-10"), e.ruleId());
    assertEquals(1, numbering.timestamps.size(), "no serial used");
  }

  @Test
  void an_unknown_original_or_case_is_not_found() {
    // rule: CMP-01, CMP-10
    DocumentNumber unknown = DocumentNumber.of(SeriesId.COMPLAINTS, "261005", "2026-10",
        LocalDate.of(2026, 10, 1), 5);
    NotFoundException reopen = assertThrows(NotFoundException.class,
        () -> registration.reopenAfterRejection(new ReopenRejectedComplaint(RequestId.of("u"),
            unknown, RECEIVED, "rejects")));
    assertEquals("261005", reopen.id());
    NotFoundException voiding = assertThrows(NotFoundException.class,
        () -> registration.voidComplaint(new VoidComplaint(RequestId.of("void-u"), unknown, "x")));
    assertEquals("261005", voiding.id());
    assertEquals(List.of(), numbering.timestamps);
  }

  @Test
  void voiding_stores_the_voided_case_and_announces_it() {
    // rule: CMP-01
    ComplaintCase original = registration.register(complaint("w"));
    ComplaintCase voided =
        registration.voidComplaint(new VoidComplaint(RequestId.of("void-w"), original.number(), "entered twice"));
    assertEquals(ComplaintStatus.VOIDED, voided.status());
    assertEquals(Version.of(2), voided.version());
    assertEquals(Optional.of(NOW), voided.voidedAt());
    assertEquals(Optional.of(voided), complaints.find(original.number()));
    assertEquals(new ComplaintVoided(original.number(), "entered twice", NOW),
        published().get(published().size() - 1));
  }

  /** The events the use cases saved into the (fake) outbox, in order. */
  List<DomainEvent> published() {
    return complaints.outbox.stream().map(OutboxEvent::event).toList();
  }

  @Test
  void the_events_of_a_change_are_saved_with_it_under_stable_ids() {
    // rule: CMP-01 — reliability: events are stored with their state (outbox), IDs from the
    // aggregate kind, series, number, stored version and position.
    ComplaintCase first = registration.register(complaint("ids"));
    registration.voidComplaint(new VoidComplaint(RequestId.of("void-ids"), first.number(),
        "entered twice"));
    assertEquals(List.of(EventId.of("complaint/COMPLAINT:261101/1/0"),
            EventId.of("complaint/COMPLAINT:261101/2/0")),
        complaints.outbox.stream().map(OutboxEvent::eventId).toList());
  }

  @Test
  void voiding_again_with_the_same_request_returns_the_voided_case_and_changes_nothing() {
    // rule: CMP-01 — reliability: the first void succeeded, its reply was lost, the retry comes.
    ComplaintCase original = registration.register(complaint("vv"));
    VoidComplaint command = new VoidComplaint(RequestId.of("void-vv"), original.number(),
        "entered twice");
    ComplaintCase voided = registration.voidComplaint(command);
    assertEquals(Optional.of(RequestId.of("void-vv")), voided.voidRequestId());
    assertSame(voided, registration.voidComplaint(command));
    assertEquals(2, published().size(), "one registration and one void event, not two voids");
    assertEquals(Version.of(2), complaints.find(original.number()).orElseThrow().version());
  }

  @Test
  void the_same_void_request_with_another_reason_is_a_duplicate_and_another_request_is_refused() {
    // rule: CMP-01
    ComplaintCase original = registration.register(complaint("vd"));
    registration.voidComplaint(new VoidComplaint(RequestId.of("void-vd"), original.number(),
        "entered twice"));
    assertThrows(DuplicateRequestException.class, () -> registration.voidComplaint(
        new VoidComplaint(RequestId.of("void-vd"), original.number(), "another reason")));
    RuleRefusalException again = assertThrows(RuleRefusalException.class,
        () -> registration.voidComplaint(new VoidComplaint(RequestId.of("void-other"),
            original.number(), "entered twice")));
    assertEquals(RuleId.of("CMP-01"), again.ruleId());
    assertEquals(2, published().size());
  }

  @Test
  void a_void_whose_save_conflicts_with_its_own_earlier_attempt_returns_that_attempt() {
    // rule: CMP-01 — reliability: two attempts of one void request race; the loser's save meets
    // the winner's version and answers with it.
    ComplaintCase original = registration.register(complaint("vr"));
    VoidComplaint command = new VoidComplaint(RequestId.of("void-vr"), original.number(),
        "entered twice");
    complaints.winnerOnNextSave = original.voided(command, NOW).state()
        .withVersion(Version.of(2));
    ComplaintCase result = registration.voidComplaint(command);
    assertEquals(Version.of(2), result.version());
    assertEquals(Optional.of(RequestId.of("void-vr")), result.voidRequestId());
  }

  @Test
  void a_void_whose_save_conflicts_with_another_change_is_refused_as_a_concurrent_update() {
    // rule: CMP-01
    ComplaintCase original = registration.register(complaint("vc"));
    complaints.winnerOnNextSave = original.voided(new VoidComplaint(RequestId.of("void-else"),
        original.number(), "someone else"), NOW).state().withVersion(Version.of(2));
    assertThrows(ConcurrentUpdateException.class, () -> registration.voidComplaint(
        new VoidComplaint(RequestId.of("void-vc"), original.number(), "entered twice")));
  }

  @Test
  void text_a_database_would_refuse_is_refused_before_a_number_is_drawn() {
    // rule: CMP-01 — reliability: NUL, other controls and bidi overrides never use up a serial.
    for (String bad : List.of("NUL \u0000 inside", "bell \u0007", "override \u202E txt",
        "lone \uD800 surrogate")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> registration.register(new RegisterComplaint(RequestId.of("t"), RECEIVED, intake("Shanghai Precision Ltd.", bad))));
      assertEquals("intake.description", e.violations().get(0).path());
      // The message names the offending character by its code point.
      assertTrue(e.violations().get(0).message().english().contains("U+"),
          e.violations().get(0).message().english());
    }
    assertEquals(List.of(), numbering.timestamps);
    // Tabs and line breaks are plain text.
    registration.register(new RegisterComplaint(RequestId.of("ok"), RECEIVED, intake("Shanghai",
        "line one\r\nline two\tend")));
    assertEquals(1, numbering.timestamps.size());
  }

  @Test
  void an_acceptance_time_outside_the_supported_range_is_refused_before_a_number_is_drawn() {
    // rule: CMP-01 — reliability: the year 0026 typed for 2026.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(new RegisterComplaint(RequestId.of("y26"),
            Instant.parse("0026-11-02T02:00:00Z"), intake("Shanghai", "x"))));
    assertEquals("receivedAt", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().english().contains("1899-12-31T06:00:00Z"),
        e.violations().get(0).message().english());
    assertEquals(List.of(), numbering.timestamps);
    registration.register(new RegisterComplaint(RequestId.of("y1900"),
        Instant.parse("1899-12-31T06:00:00Z"), intake("Shanghai", "x")));
    assertEquals(1, numbering.timestamps.size(), "the first supported instant is accepted");
  }

  @Test
  void instants_are_recorded_to_the_microsecond() {
    // rule: CMP-01 — reliability: what SQL columns store exactly.
    ComplaintRegistration nanoClock = new ComplaintRegistration(complaints, numbering, ComplaintProcedure.seed(),
        new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator()),
        Clock.fixed(Instant.parse("2026-11-02T03:00:00.123456789Z"), ZoneOffset.UTC));
    ComplaintCase c = nanoClock.register(new RegisterComplaint(RequestId.of("nano"),
        Instant.parse("2026-11-02T02:00:00.000000999Z"), intake("Shanghai", "x")));
    assertEquals(Instant.parse("2026-11-02T02:00:00Z"), c.receivedAt());
    assertEquals(new ComplaintRegistered(c.number(), Instant.parse("2026-11-02T02:00:00Z"),
        Instant.parse("2026-11-02T03:00:00.123456Z")), published().get(0));
    // The retry with the same nanoseconds is the same request.
    assertSame(c, nanoClock.register(new RegisterComplaint(RequestId.of("nano"),
        Instant.parse("2026-11-02T02:00:00.000000999Z"), intake("Shanghai", "x"))));
  }

  /** Numbers November 2026 in the seed's form, 261101, 261102, …; records what it was asked. */
  static final class FakeNumbering implements DocumentNumbering {
    final List<Instant> timestamps = new ArrayList<>();

    @Override
    public SeriesId series() {
      return SeriesId.COMPLAINTS;
    }

    @Override
    public DocumentNumber next(Instant businessTimestamp) {
      timestamps.add(businessTimestamp);
      long serial = timestamps.size();
      return DocumentNumber.of(SeriesId.COMPLAINTS, (serial < 10 ? "26110" : "2611") + serial,
          "2026-11", LocalDate.of(2026, 11, 1), serial);
    }

    @Override
    public DocumentNumber parse(CharSequence text) {
      throw new UnsupportedOperationException("not needed by the use cases");
    }
  }

  /**
   * Stores cases by number and request ID with the port's version check; can let a "winner" with
   * the same request ID be stored just before the next save, as a concurrent registration would.
   */
  static final class FakeComplaints implements Complaints {
    final Map<DocumentNumber, ComplaintCase> byNumber = new HashMap<>();
    final Map<RequestId, DocumentNumber> byRequest = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    ComplaintCase winnerOnNextSave;
    boolean refuseNextSaveAsDuplicate;
    boolean failNextSaveOfNewCase;

    @Override
    public Optional<ComplaintCase> find(DocumentNumber number) {
      return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
      return Optional.ofNullable(byRequest.get(requestId)).map(byNumber::get);
    }

    @Override
    public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
      if (refuseNextSaveAsDuplicate) {
        refuseNextSaveAsDuplicate = false;
        throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
      }
      if (failNextSaveOfNewCase && complaint.version().isInitial()) {
        failNextSaveOfNewCase = false;
        throw new IllegalStateException("connection lost");
      }
      if (winnerOnNextSave != null) {
        put(winnerOnNextSave);
        winnerOnNextSave = null;
      }
      ComplaintCase stored = byNumber.get(complaint.number());
      Version expected = stored == null ? Version.initial() : stored.version();
      if (!expected.equals(complaint.version())) {
        throw new ConcurrentUpdateException(ComplaintCase.KIND, complaint.number().text(),
            complaint.version(), stored == null ? null : stored.version());
      }
      DocumentNumber owner = byRequest.get(complaint.requestId());
      if (owner != null && !owner.equals(complaint.number())) {
        throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
      }
      ComplaintCase saved = complaint.withVersion(complaint.version().next());
      put(saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public List<ComplaintCase> inProgress(int max) {
      return byNumber.values().stream().filter(c -> c.status().inProgress()).sorted(
          java.util.Comparator.comparing(ComplaintCase::number)).limit(max).toList();
    }

    @Override
    public List<ComplaintCase> closedBetween(Instant from, Instant to) {
      return byNumber.values().stream().filter(c -> c.closedAt()
          .filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent()).toList();
    }

    private void put(ComplaintCase c) {
      byNumber.put(c.number(), c);
      byRequest.put(c.requestId(), c.number());
    }
  }
}
