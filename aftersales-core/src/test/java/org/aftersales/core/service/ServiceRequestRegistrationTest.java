package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The registration use case with small fakes of its ports (the testkit's adapters are not
 * available to core's tests): the order of the port calls, idempotency by request ID, races
 * between attempts, and what a refusal leaves behind.
 *
 * <p>// rule: SVC-01, SVC-02, SVC-15
 */
class ServiceRequestRegistrationTest {

  static final Instant NOW = Instant.parse("2026-11-02T03:00:00.000000789Z");
  static final Instant RECEIVED = Instant.parse("2026-11-02T01:30:00Z");

  final List<String> calls = new ArrayList<>();
  final FakeRequests requests = new FakeRequests();
  final Entitlements erp = (model, serial, at) -> {
    calls.add("lookUp " + model + " " + serial + " " + at);
    return serial.equals("SN-B") ? Entitlement.underContract(ContractId.of("MC-1"))
        : Entitlement.none();
  };
  final ServiceRequestRegistration registration = new ServiceRequestRegistration(requests, erp,
      ServiceRequestTest.NO_PROMISES,
      new CommandValidator(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory().getValidator()),
      Clock.fixed(NOW, ZoneOffset.UTC));

  static RegisterServiceRequest call(String requestId, String id, String serial) {
    return new RegisterServiceRequest(RequestId.of(requestId), ServiceRequestId.of(id), RECEIVED,
        "Shanghai Precision Ltd.", "88 Zhangjiang Rd", "021-5080 1234", "CNC-450", serial,
        ServiceZone.CITY, ServiceChannel.PHONE, "Spindle stops");
  }

  @Test
  void a_call_is_looked_up_at_its_received_time_categorised_stored_and_its_event_saved_with_it() {
    // rule: SVC-02, SVC-01
    ServiceRequest stored = registration.register(call("r-1", "SR-1", "SN-B"));
    assertEquals(List.of("findByRequestId r-1", "lookUp CNC-450 SN-B 2026-11-02T01:30:00Z",
        "save SR-1"), calls);
    assertEquals(Version.of(1), stored.version());
    assertEquals(ServiceCategory.B, stored.category());
    assertEquals(List.of(new OutboxEvent(EventId.of("service-request/SR-1/1/0"),
        new ServiceRequestRegistered(ServiceRequestId.of("SR-1"), ServiceCategory.B,
            Billing.CONTRACT, ServiceZone.CITY, RECEIVED,
            Instant.parse("2026-11-02T03:00:00Z")))), requests.outbox);
  }

  @Test
  void the_same_call_again_returns_the_stored_request_without_a_lookup_or_a_save() {
    // rule: SVC-02
    ServiceRequest first = registration.register(call("r-1", "SR-1", "SN-A"));
    calls.clear();
    assertSame(first, registration.register(call("r-1", "SR-1", "SN-A")));
    assertEquals(List.of("findByRequestId r-1"), calls);
  }

  @Test
  void the_same_request_id_with_other_content_is_refused() {
    // rule: SVC-02
    registration.register(call("r-1", "SR-1", "SN-A"));
    assertThrows(DuplicateRequestException.class,
        () -> registration.register(call("r-1", "SR-1", "SN-B")));
    assertEquals(1, requests.byId.size());
  }

  @Test
  void an_invalid_call_calls_no_port() {
    // rule: SVC-02
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(call("r-1", "SR-1", " ")));
    assertEquals(List.of("productSerial"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(), calls);
  }

  @Test
  void a_missing_received_time_is_reported_as_a_violation_not_a_crash() {
    // rule: SVC-02
    RegisterServiceRequest c = call("r-1", "SR-1", "SN-A");
    RegisterServiceRequest noTime = new RegisterServiceRequest(c.requestId(), c.serviceRequestId(),
        null, c.customerName(), c.address(), c.phone(), c.productModel(), c.productSerial(),
        c.zone(), c.channel(), c.problem());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(noTime));
    assertEquals(List.of("receivedAt"), e.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(), calls);
  }

  @Test
  void a_service_request_id_of_another_registration_is_refused_naming_the_field() {
    // rule: SVC-02
    registration.register(call("r-1", "SR-1", "SN-A"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(call("r-2", "SR-1", "SN-A")));
    assertEquals("serviceRequestId", e.violations().get(0).path());
    assertEquals(1, requests.byId.size());
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void a_lost_race_under_one_request_id_answers_with_the_winner() {
    // rule: SVC-02 — the winner is stored between this attempt's lookup and its save
    requests.winnerOnNextSave = ServiceRequest.register(call("r-1", "SR-1", "SN-A"),
        Entitlement.none(), ServiceRequestTest.NO_PROMISES, NOW).state();
    ServiceRequest answer = registration.register(call("r-1", "SR-1", "SN-A"));
    assertEquals(Version.of(1), answer.version());
    assertEquals(List.of("findByRequestId r-1", "lookUp CNC-450 SN-A 2026-11-02T01:30:00Z",
        "save SR-1", "findByRequestId r-1"), calls);
  }

  @Test
  void a_lost_race_against_other_content_under_the_request_id_is_a_duplicate() {
    // rule: SVC-02
    requests.winnerOnNextSave = ServiceRequest.register(call("r-1", "SR-9", "SN-A"),
        Entitlement.none(), ServiceRequestTest.NO_PROMISES, NOW).state();
    assertThrows(DuplicateRequestException.class,
        () -> registration.register(call("r-1", "SR-1", "SN-A")));
  }

  @Test
  void a_duplicate_reported_by_the_repository_without_a_stored_winner_is_passed_on() {
    requests.refuseNextSaveAsDuplicate = true;
    assertThrows(DuplicateRequestException.class,
        () -> registration.register(call("r-1", "SR-1", "SN-A")));
    assertEquals(0, requests.byId.size());
  }

  /** Stores requests by ID and request ID with the port's checks; can simulate a race. */
  final class FakeRequests implements ServiceRequests {
    final Map<ServiceRequestId, ServiceRequest> byId = new HashMap<>();
    final Map<RequestId, ServiceRequestId> byRequest = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    ServiceRequest winnerOnNextSave;
    boolean refuseNextSaveAsDuplicate;

    @Override
    public Optional<ServiceRequest> find(ServiceRequestId id) {
      calls.add("find " + id);
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
      calls.add("findByRequestId " + requestId);
      return Optional.ofNullable(byRequest.get(requestId)).map(byId::get);
    }

    @Override
    public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
      calls.add("save " + request.id());
      if (refuseNextSaveAsDuplicate) {
        refuseNextSaveAsDuplicate = false;
        throw new DuplicateRequestException(ServiceRequest.KIND, request.requestId());
      }
      if (winnerOnNextSave != null) {
        put(winnerOnNextSave.withVersion(Version.of(1)));
        winnerOnNextSave = null;
      }
      ServiceRequest stored = byId.get(request.id());
      Version expected = stored == null ? Version.initial() : stored.version();
      if (!expected.equals(request.version())) {
        throw new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(),
            request.version(), stored == null ? null : stored.version());
      }
      ServiceRequestId owner = byRequest.get(request.requestId());
      if (owner != null && !owner.equals(request.id())) {
        throw new DuplicateRequestException(ServiceRequest.KIND, request.requestId());
      }
      ServiceRequest saved = request.withVersion(expected.next());
      put(saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public List<ServiceRequest> dueBefore(Instant instant, int max) {
      throw new UnsupportedOperationException("not a query of registration");
    }

    @Override
    public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
      throw new UnsupportedOperationException("not a query of registration");
    }

    @Override
    public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
        int max) {
      throw new UnsupportedOperationException("not a query of registration");
    }

    @Override
    public List<ServiceRequest> inWorkshop(int max) {
      throw new UnsupportedOperationException("not a query of registration");
    }

    private void put(ServiceRequest r) {
      byId.put(r.id(), r);
      byRequest.put(r.requestId(), r.id());
    }

    @Override
    public List<ServiceRequest> open(int max) {
      throw new UnsupportedOperationException("not needed by registration");
    }
  }
}
