package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  final List<DomainEvent> published = new ArrayList<>();
  final ComplaintRegistration registration = new ComplaintRegistration(complaints, numbering,
      published::addAll,
      new CommandValidator(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator()),
      Clock.fixed(NOW, ZoneOffset.UTC));

  static RegisterComplaint complaint(String requestId) {
    return new RegisterComplaint(RequestId.of(requestId), RECEIVED, "Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411");
  }

  @Test
  void a_complaint_is_numbered_from_its_acceptance_stored_and_announced() {
    // rule: CMP-01
    ComplaintCase stored = registration.register(complaint("a"));
    assertEquals("261101", stored.number().text());
    assertEquals(Version.of(1), stored.version());
    assertEquals(List.of(RECEIVED), numbering.timestamps);
    assertEquals(Optional.of(stored), complaints.find(stored.number()));
    assertEquals(List.of(new ComplaintRegistered(stored.number(), RECEIVED, NOW)), published);
  }

  @Test
  void the_same_registration_again_returns_the_first_case_and_issues_no_number() {
    // rule: CMP-01
    ComplaintCase first = registration.register(complaint("same"));
    ComplaintCase again = registration.register(complaint("same"));
    assertSame(first, again);
    assertEquals(1, numbering.timestamps.size());
    assertEquals(1, published.size());
  }

  @Test
  void another_registration_under_a_used_request_id_is_refused_and_issues_no_number() {
    // rule: CMP-01
    registration.register(complaint("dup"));
    RegisterComplaint different = new RegisterComplaint(RequestId.of("dup"), RECEIVED,
        "Another customer", "Something else");
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
        new RegisterComplaint(RequestId.of("bad"), RECEIVED, " ", "x")));
    assertEquals(List.of(), numbering.timestamps);
    assertEquals(List.of(), published);
  }

  @Test
  void a_lost_race_under_one_request_id_answers_with_the_winner() {
    // rule: CMP-01 — the winner was stored between the lookup and the save.
    ComplaintCase winner = ComplaintCase.register(complaint("race"),
        DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11", LocalDate.of(2026, 11, 1),
            99), NOW).state().withVersion(Version.of(1));
    complaints.winnerOnNextSave = winner;
    assertSame(winner, registration.register(complaint("race")));
    assertEquals(List.of(), published, "the loser publishes nothing");
    assertEquals(1, numbering.timestamps.size(), "the loser's serial stays used");
  }

  @Test
  void a_lost_race_with_other_content_is_refused() {
    // rule: CMP-01
    ComplaintCase winner = ComplaintCase.register(new RegisterComplaint(RequestId.of("race"),
            RECEIVED, "Someone else", "Other"),
        DocumentNumber.of(SeriesId.COMPLAINTS, "261199", "2026-11", LocalDate.of(2026, 11, 1),
            99), NOW).state().withVersion(Version.of(1));
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
    assertEquals(List.of(), published);
  }

  @Test
  void a_rejected_decision_raises_a_new_numbered_case_linked_to_the_original() {
    // rule: CMP-10 (partial) — the original was never decided; deciding a case comes with the
    // complaint workflow, so this is evidence for the new case and its link only.
    ComplaintCase original = registration.register(complaint("o"));
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("o-2"),
        original.number(), Instant.parse("2026-11-20T01:30:00Z"), "Does not accept 5 %");
    ComplaintCase reopened = registration.reopenAfterRejection(rejection);
    assertEquals("261102", reopened.number().text());
    assertEquals(Optional.of(original.number()), reopened.reopenedFrom());
    assertEquals(List.of(RECEIVED, Instant.parse("2026-11-20T01:30:00Z")), numbering.timestamps);
    assertEquals(List.of(
            new ComplaintRegistered(original.number(), RECEIVED, NOW),
            new ComplaintRegistered(reopened.number(), Instant.parse("2026-11-20T01:30:00Z"), NOW),
            new ComplaintReopened(reopened.number(), original.number(), NOW)),
        published);
    assertSame(reopened, registration.reopenAfterRejection(rejection), "idempotent");
    ReopenRejectedComplaint otherResponse = new ReopenRejectedComplaint(RequestId.of("o-2"),
        original.number(), Instant.parse("2026-11-20T01:30:00Z"), "Another response");
    assertThrows(DuplicateRequestException.class,
        () -> registration.reopenAfterRejection(otherResponse));
    assertEquals(2, numbering.timestamps.size());
  }

  @Test
  void a_registration_id_reused_for_a_rejection_is_refused() {
    // rule: CMP-01, CMP-10 — a command of the other kind is never a repeat.
    ComplaintCase original = registration.register(complaint("mixed"));
    assertThrows(DuplicateRequestException.class, () -> registration.reopenAfterRejection(
        new ReopenRejectedComplaint(RequestId.of("mixed"), original.number(), RECEIVED, "no")));
  }

  @Test
  void a_voided_original_is_refused_before_a_number_is_issued() {
    // rule: CMP-10
    ComplaintCase original = registration.register(complaint("v"));
    registration.voidComplaint(new VoidComplaint(original.number(), "withdrawn"));
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
        () -> registration.voidComplaint(new VoidComplaint(unknown, "x")));
    assertEquals("261005", voiding.id());
    assertEquals(List.of(), numbering.timestamps);
  }

  @Test
  void voiding_stores_the_voided_case_and_announces_it() {
    // rule: CMP-01
    ComplaintCase original = registration.register(complaint("w"));
    ComplaintCase voided =
        registration.voidComplaint(new VoidComplaint(original.number(), "entered twice"));
    assertEquals(ComplaintStatus.VOIDED, voided.status());
    assertEquals(Version.of(2), voided.version());
    assertEquals(Optional.of(NOW), voided.voidedAt());
    assertEquals(Optional.of(voided), complaints.find(original.number()));
    assertEquals(new ComplaintVoided(original.number(), "entered twice", NOW),
        published.get(published.size() - 1));
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
    ComplaintCase winnerOnNextSave;
    boolean refuseNextSaveAsDuplicate;

    @Override
    public Optional<ComplaintCase> find(DocumentNumber number) {
      return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
      return Optional.ofNullable(byRequest.get(requestId)).map(byNumber::get);
    }

    @Override
    public ComplaintCase save(ComplaintCase complaint) {
      if (refuseNextSaveAsDuplicate) {
        refuseNextSaveAsDuplicate = false;
        throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
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
      return saved;
    }

    private void put(ComplaintCase c) {
      byNumber.put(c.number(), c);
      byRequest.put(c.requestId(), c.number());
    }
  }
}
