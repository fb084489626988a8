package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The dispatch use case (派工) against a recording fake repository: the documented port calls,
 * idempotency by request ID, refusals before and after the lookup, a lost race.
 *
 * <p>// rule: SVC-02, SVC-13 (the agreed arrival time)
 */
class ServiceRequestDispatchUseCaseTest {

  static final Instant NOW = Instant.parse("2026-11-02T03:00:00.000000789Z");
  static final Instant ASSIGNED = Instant.parse("2026-11-02T02:30:00Z");
  static final PersonId TECH = PersonId.of("tech-7");
  static final PersonId SUPERVISOR = PersonId.of("sup-1");

  final List<String> calls = new ArrayList<>();
  final FakeRequests requests = new FakeRequests();
  final ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
      new CommandValidator(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator()),
      Clock.fixed(NOW, ZoneOffset.UTC));

  ServiceRequest stored() {
    ServiceRequest r = ServiceRequestDispatchTest.registered().withVersion(Version.of(1));
    requests.byId.put(r.id(), r);
    return r;
  }

  static AssignTechnician assign(String requestId, PersonId technician) {
    return new AssignTechnician(RequestId.of(requestId), ServiceRequestId.of("SR-1"), technician,
        SUPERVISOR, ASSIGNED);
  }

  @Test
  void a_dispatch_finds_the_request_and_saves_it_with_its_event_recorded_at_the_clocks_time() {
    // rule: SVC-02
    stored();
    ServiceRequest d = dispatch.assign(assign("d-1", TECH));
    assertEquals(Version.of(2), d.version());
    assertEquals(ServiceRequestStatus.DISPATCHED, d.status());
    assertEquals(List.of("find SR-1", "save SR-1"), calls);
    assertEquals(List.of(new OutboxEvent(EventId.of("service-request/SR-1/2/0"),
        new TechnicianAssigned(ServiceRequestId.of("SR-1"), TECH, SUPERVISOR, ASSIGNED,
            Instant.parse("2026-11-02T03:00:00Z")))), requests.outbox);
  }

  @Test
  void a_repeated_dispatch_is_answered_from_the_stored_request_without_a_save() {
    // rule: SVC-02
    stored();
    ServiceRequest first = dispatch.assign(assign("d-1", TECH));
    calls.clear();
    assertSame(first, dispatch.assign(assign("d-1", TECH)));
    assertEquals(List.of("find SR-1"), calls);
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void the_dispatchs_request_id_with_another_technician_is_a_duplicate() {
    // rule: SVC-02
    stored();
    ServiceRequest first = dispatch.assign(assign("d-1", TECH));
    assertThrows(DuplicateRequestException.class,
        () -> dispatch.assign(assign("d-1", PersonId.of("tech-8"))));
    assertEquals(first, requests.byId.get(first.id()));
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void an_unknown_request_is_not_found_and_nothing_is_saved() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> dispatch.assign(assign("d-1", TECH)));
    assertEquals("SR-1", e.id());
    assertEquals(List.of("find SR-1"), calls);
  }

  @Test
  void a_command_breaking_its_constraints_is_refused_before_any_port_is_called() {
    // rule: SVC-02
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> dispatch.assign(new AssignTechnician(RequestId.of("d-1"),
            ServiceRequestId.of("SR-1"), TECH, null, null)));
    assertEquals(List.of("assignedAt", "supervisor"),
        e.violations().stream().map(Violation::path).sorted().toList());
    assertEquals(List.of(), calls);
  }

  @Test
  void the_assignment_time_is_kept_to_the_microsecond_and_a_missing_one_stays_missing() {
    assertEquals(Instant.parse("2026-11-02T02:30:00.123456Z"), new AssignTechnician(
        RequestId.of("d"), ServiceRequestId.of("S"), TECH, SUPERVISOR,
        Instant.parse("2026-11-02T02:30:00.123456789Z")).assignedAt());
    assertNull(new AssignTechnician(RequestId.of("d"), ServiceRequestId.of("S"), TECH,
        SUPERVISOR, null).assignedAt());
  }

  @Test
  void a_lost_race_against_an_earlier_attempt_of_the_same_dispatch_answers_with_it() {
    // rule: SVC-02 — the earlier attempt is stored between this attempt's lookup and its save
    ServiceRequest r = stored();
    requests.winnerOnNextSave = r.dispatched(assign("d-1", TECH), NOW).state()
        .withVersion(Version.of(2));
    ServiceRequest answer = dispatch.assign(assign("d-1", TECH));
    assertEquals(requests.byId.get(r.id()), answer);
    assertEquals(Optional.of(TECH), answer.technician());
    assertEquals(List.of("find SR-1", "save SR-1", "find SR-1"), calls);
  }

  @Test
  void a_lost_race_against_another_dispatch_is_a_conflict() {
    // rule: SVC-02
    ServiceRequest r = stored();
    requests.winnerOnNextSave = r.dispatched(assign("d-9", PersonId.of("tech-8")), NOW).state()
        .withVersion(Version.of(2));
    assertThrows(ConcurrentUpdateException.class, () -> dispatch.assign(assign("d-1", TECH)));
    assertEquals(Optional.of(PersonId.of("tech-8")), requests.byId.get(r.id()).technician());
  }

  final ServiceRequestDispatch agreeing = new ServiceRequestDispatch(requests,
      new CommandValidator(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator()),
      Clock.fixed(NOW, ZoneOffset.UTC), ServiceRequestArrivalAgreementTest.MACHINERY);

  /** Registered 2026-11-02T02:00Z under machinery service: no arrival promised yet. */
  ServiceRequest storedMachinery() {
    ServiceRequest r = ServiceRequestArrivalAgreementTest.registered(
        ServiceRequestArrivalAgreementTest.MACHINERY).withVersion(Version.of(1));
    requests.byId.put(r.id(), r);
    return r;
  }

  static final Instant WEDNESDAY = Instant.parse("2026-11-04T06:00:00Z");

  static AgreeArrivalTime agree(String requestId, Instant requested) {
    return new AgreeArrivalTime(RequestId.of(requestId), ServiceRequestId.of("SR-1"), requested,
        SUPERVISOR, ASSIGNED);
  }

  @Test
  void an_agreed_arrival_time_is_saved_with_its_event_and_becomes_the_arrival_promise() {
    // rule: SVC-13
    storedMachinery();
    ServiceRequest a = agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY));
    assertEquals(Version.of(2), a.version());
    assertEquals(Optional.of(WEDNESDAY), a.arrivalDue());
    assertEquals(List.of("find SR-1", "save SR-1"), calls);
    assertEquals(List.of(new OutboxEvent(EventId.of("service-request/SR-1/2/0"),
        new ArrivalTimeAgreed(ServiceRequestId.of("SR-1"), WEDNESDAY, WEDNESDAY, SUPERVISOR,
            ASSIGNED, Instant.parse("2026-11-02T03:00:00Z")))), requests.outbox);
  }

  @Test
  void a_repeated_agreement_is_answered_from_the_stored_request_without_a_save() {
    // rule: SVC-13
    storedMachinery();
    ServiceRequest first = agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY));
    calls.clear();
    assertSame(first, agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY)));
    assertEquals(List.of("find SR-1"), calls);
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void the_agreements_request_id_with_another_time_is_a_duplicate() {
    // rule: SVC-13
    storedMachinery();
    ServiceRequest first = agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY));
    assertThrows(DuplicateRequestException.class,
        () -> agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY.plusSeconds(3_600))));
    assertEquals(first, requests.byId.get(first.id()));
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void another_agreement_after_the_first_is_refused_under_svc_13_and_nothing_is_saved() {
    // rule: SVC-13
    storedMachinery();
    ServiceRequest first = agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> agreeing.agreeArrivalTime(agree("a-2", WEDNESDAY.plusSeconds(3_600))));
    assertEquals(RuleId.of("SVC-13"), e.ruleId());
    assertEquals(first, requests.byId.get(first.id()));
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void an_agreement_breaking_its_constraints_is_refused_before_any_port_is_called() {
    // rule: SVC-13
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> agreeing.agreeArrivalTime(new AgreeArrivalTime(RequestId.of("a-1"),
            ServiceRequestId.of("SR-1"), null, SUPERVISOR, null)));
    assertEquals(List.of("agreedAt", "requestedArrival"),
        e.violations().stream().map(Violation::path).sorted().toList());
    assertEquals(List.of(), calls);
  }

  @Test
  void an_agreement_for_an_unknown_request_is_not_found_and_saves_nothing() {
    // rule: SVC-13
    assertThrows(NotFoundException.class, () -> agreeing.agreeArrivalTime(agree("a-1",
        WEDNESDAY)));
    assertTrue(requests.byId.isEmpty());
  }

  @Test
  void a_use_case_wired_without_a_policy_cannot_agree_and_calls_no_port() {
    // rule: SVC-13
    assertThrows(IllegalStateException.class,
        () -> dispatch.agreeArrivalTime(agree("a-1", WEDNESDAY)));
    assertEquals(List.of(), calls);
  }

  @Test
  void a_lost_race_against_an_earlier_attempt_of_the_same_agreement_answers_with_it() {
    // rule: SVC-13
    ServiceRequest r = storedMachinery();
    requests.winnerOnNextSave = r.arrivalAgreed(agree("a-1", WEDNESDAY),
        ServiceRequestArrivalAgreementTest.MACHINERY, NOW).state().withVersion(Version.of(2));
    ServiceRequest answer = agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY));
    assertEquals(requests.byId.get(r.id()), answer);
    assertEquals(List.of("find SR-1", "save SR-1", "find SR-1"), calls);
  }

  @Test
  void a_lost_race_against_a_dispatch_is_a_conflict() {
    // rule: SVC-13
    ServiceRequest r = storedMachinery();
    requests.winnerOnNextSave = r.dispatched(assign("d-9", TECH), NOW).state()
        .withVersion(Version.of(2));
    assertThrows(ConcurrentUpdateException.class,
        () -> agreeing.agreeArrivalTime(agree("a-1", WEDNESDAY)));
    assertEquals(Optional.empty(), requests.byId.get(r.id()).arrivalAgreement());
  }

  /** Stores requests by ID with the version check; can store a winner just before a save. */
  final class FakeRequests implements ServiceRequests {
    final Map<ServiceRequestId, ServiceRequest> byId = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    ServiceRequest winnerOnNextSave;

    @Override
    public Optional<ServiceRequest> find(ServiceRequestId id) {
      calls.add("find " + id);
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
      throw new UnsupportedOperationException("dispatch finds by ID");
    }

    @Override
    public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
      calls.add("save " + request.id());
      if (winnerOnNextSave != null) {
        byId.put(winnerOnNextSave.id(), winnerOnNextSave);
        winnerOnNextSave = null;
      }
      ServiceRequest stored = byId.get(request.id());
      if (stored == null || !stored.version().equals(request.version())) {
        throw new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(),
            request.version(), stored == null ? null : stored.version());
      }
      ServiceRequest saved = request.withVersion(request.version().next());
      byId.put(saved.id(), saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public List<ServiceRequest> open(int max) {
      throw new UnsupportedOperationException("not a query of dispatch");
    }

    @Override
    public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
      throw new UnsupportedOperationException("not a query of dispatch");
    }

    @Override
    public List<ServiceRequest> dueBefore(Instant instant, int max) {
      throw new UnsupportedOperationException("not a query of dispatch");
    }

    @Override
    public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
        int max) {
      throw new UnsupportedOperationException("not a query of dispatch");
    }

    @Override
    public List<ServiceRequest> inWorkshop(int max) {
      throw new UnsupportedOperationException("not a query of the use cases");
    }
  }
}
