package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintReopened;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Registering, voiding and reopening complaint cases through the public API, with the in-memory
 * adapters and the CMP-01 default numbering in Shanghai. // rule: CMP-01, CMP-10
 */
class ComplaintRegistrationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final InMemoryComplaints complaints = InMemoryComplaints.create();
  final InMemoryNumberSequences sequences = InMemoryNumberSequences.create();
  final RecordingEventPublisher events = new RecordingEventPublisher();
  final TestClock clock = TestClock.at(Instant.parse("2026-11-02T02:00:00Z"), SHANGHAI);
  final ComplaintRegistration registration = new ComplaintRegistration(complaints,
      SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences), ComplaintProcedure.seed(),
      TestValidators.commandValidator(), clock);

  /** The events delivered so far: the relay runs first, as the host would after each call. */
  RecordingEventPublisher relayed() {
    new EventRelay(complaints.outbox(), events).relayAll(100, 100);
    return events;
  }

  static Instant sh(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static RegisterComplaint complaint(String requestId, Instant receivedAt) {
    return new RegisterComplaint(RequestId.of(requestId), receivedAt, anIntake("Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411"));
  }

  @Test
  void complaints_are_numbered_by_year_month_and_serial_from_their_acceptance_in_shanghai() {
    assertEquals("261101", registration.register(complaint("a", sh(11, 2, 10, 0))).number().text());
    assertEquals("261102", registration.register(complaint("b", sh(11, 30, 23, 59))).number().text());
    // 1 December 00:10 in Shanghai is still 30 November in UTC: the business zone decides.
    assertEquals("261201", registration.register(complaint("c", sh(12, 1, 0, 10))).number().text());
    assertEquals(List.of("261101", "261102", "261201"),
        relayed().eventsOf(ComplaintRegistered.class).stream().map(e -> e.number().text()).toList());
  }

  @Test
  void registering_again_with_the_same_request_id_returns_the_same_case_and_number() {
    ComplaintCase first = registration.register(complaint("same", sh(11, 2, 10, 0)));
    ComplaintCase again = registration.register(complaint("same", sh(11, 2, 10, 0)));
    assertEquals(first, again);
    assertEquals(OptionalLong.of(1), sequences.lastAllocated(new SequenceKey(SeriesId.COMPLAINTS, "2026-11")),
        "no second serial was allocated");
    assertEquals(1, relayed().events().size());
    assertEquals(1, complaints.size());
  }

  @Test
  void the_same_request_id_with_different_content_is_refused_and_nothing_is_stored() {
    registration.register(complaint("dup", sh(11, 2, 10, 0)));
    RegisterComplaint different = new RegisterComplaint(RequestId.of("dup"), sh(11, 2, 10, 0), anIntake("Another customer", "Something else"));
    assertThrows(DuplicateRequestException.class, () -> registration.register(different));
    assertEquals(1, complaints.size());
    assertEquals(1, relayed().events().size());
  }

  @Test
  void an_invalid_registration_lists_every_problem_and_uses_no_number() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> registration.register(
        new RegisterComplaint(RequestId.of("bad"), null, anIntake(" ", "x".repeat(4001)))));
    assertEquals(List.of("intake.customerName", "intake.description", "receivedAt"),
        e.violations().stream().map(v -> v.path()).toList());
    assertEquals(OptionalLong.empty(), sequences.lastAllocated(new SequenceKey(SeriesId.COMPLAINTS, "2026-11")));
    assertEquals(0, complaints.size());
    assertEquals(List.of(), relayed().events());
  }

  @Test
  void a_voided_case_keeps_its_number_and_the_next_case_gets_a_new_one() {
    ComplaintCase registered = registration.register(complaint("v", sh(11, 2, 10, 0)));
    ComplaintCase voided = registration.voidComplaint(new VoidComplaint(RequestId.of("void-1"), registered.number(), "entered twice"));
    assertEquals(registered.number(), voided.number());
    assertEquals(ComplaintStatus.VOIDED, voided.status());
    assertEquals(Optional.of(clock.instant()), voided.voidedAt());
    assertEquals(Optional.of(voided), complaints.freshInstanceOverSameStorage().find(registered.number()));
    assertEquals("261102", registration.register(complaint("w", sh(11, 2, 11, 0))).number().text(),
        "a voided number is never reused");
    RuleRefusalException again = assertThrows(RuleRefusalException.class,
        () -> registration.voidComplaint(new VoidComplaint(RequestId.of("void-2"), registered.number(), "again")));
    assertEquals("CMP-01", again.ruleId().value());
    assertEquals(1, relayed().eventsOf(ComplaintVoided.class).size());
  }

  @Test
  void voiding_an_unknown_case_is_not_found() {
    ComplaintCase registered = registration.register(complaint("u", sh(11, 2, 10, 0)));
    NotFoundException e = assertThrows(NotFoundException.class, () -> registration.voidComplaint(
        new VoidComplaint(RequestId.of("void-3"), NumberingScheme.seed(SHANGHAI).parse("261199"), "x")));
    assertEquals("261199", e.id());
    assertEquals(ComplaintStatus.OPEN, complaints.find(registered.number()).orElseThrow().status());
  }

  @Test
  void a_rejected_decision_raises_a_new_case_with_a_new_number_linked_to_the_original() {
    // rule: CMP-10 — a decided case: the original is closed at the rejection and linked forward.
    ComplaintCase registered = registration.register(complaint("o", sh(11, 2, 10, 0)));
    complaints.save(ComplaintFixtures.decided(registered, sh(11, 10, 10, 0)), List.of());
    ReopenRejectedComplaint rejection = new ReopenRejectedComplaint(RequestId.of("o-rejected"),
        registered.number(), sh(11, 20, 9, 30), "Customer does not accept a 5 % allowance");
    ComplaintCase reopened = registration.reopenAfterRejection(rejection);
    assertEquals("261102", reopened.number().text());
    assertEquals(Optional.of(registered.number()), reopened.reopenedFrom());
    assertEquals("Shanghai Precision Ltd.", reopened.customerName());
    ComplaintCase original = complaints.find(registered.number()).orElseThrow();
    assertEquals(ComplaintStatus.CLOSED, original.status());
    assertEquals(Optional.of(sh(11, 20, 9, 30)), original.closedAt());
    assertEquals(Optional.of(reopened.number()), original.rejectedBy());
    assertEquals(reopened, registration.reopenAfterRejection(rejection), "idempotent");
    assertEquals(List.of(new ComplaintReopened(reopened.number(), original.number(), clock.instant())),
        relayed().eventsOf(ComplaintReopened.class));
  }

  @Test
  void a_voided_case_cannot_be_reopened_and_an_unknown_one_is_not_found() {
    // rule: CMP-10
    ComplaintCase original = registration.register(complaint("x", sh(11, 2, 10, 0)));
    registration.voidComplaint(new VoidComplaint(RequestId.of("void-4"), original.number(), "withdrawn"));
    RuleRefusalException refused = assertThrows(RuleRefusalException.class, () ->
        registration.reopenAfterRejection(new ReopenRejectedComplaint(RequestId.of("x2"),
            original.number(), sh(11, 3, 9, 0), "rejects")));
    assertEquals("CMP-10", refused.ruleId().value());
    assertThrows(NotFoundException.class, () -> registration.reopenAfterRejection(
        new ReopenRejectedComplaint(RequestId.of("x3"),
            NumberingScheme.seed(SHANGHAI).parse("261005"), sh(11, 3, 9, 0), "rejects")));
    assertEquals(1, complaints.size());
  }

  @Test
  void concurrent_registrations_with_one_request_id_store_one_case_and_all_get_it() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ComplaintCase>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return registration.register(complaint("race", sh(11, 2, 10, 0)));
        }));
      }
      start.countDown();
      HashSet<ComplaintCase> cases = new HashSet<>();
      for (Future<ComplaintCase> r : results) {
        cases.add(r.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, cases.size());
      assertEquals(1, complaints.size());
      assertEquals(1, relayed().events().size());
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }

  @Test
  void many_concurrent_registrations_get_distinct_consecutive_numbers() throws Exception {
    int threads = 8;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> numbers = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            numbers.add(registration.register(complaint("t" + thread + "-" + i, sh(11, 5, 10, 0))).number().text());
          }
          return numbers;
        }));
      }
      HashSet<String> all = new HashSet<>();
      for (Future<List<String>> r : results) {
        all.addAll(r.get(60, TimeUnit.SECONDS));
      }
      assertEquals(threads * each, all.size());
      assertTrue(all.contains("261101") && all.contains("2611400") && !all.contains("2611401"),
          "1 to 400, widened past 99");
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }
}
