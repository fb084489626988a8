package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.TechnicianAssigned;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Dispatching registered calls through the public API with the in-memory adapters: 由服务主管派工
 * (P2 §8, SVC-02) — a supervisor assigns a technician, once; a dispatched call is not assigned
 * again by another dispatch, and every refusal leaves the stored request as it was.
 *
 * <p>// rule: SVC-02
 */
class ServiceRequestDispatchTest {

  static final Instant NOW = Instant.parse("2026-11-02T07:31:00.123456789Z");
  static final PersonId WANG = PersonId.of("tech-wang");
  static final PersonId LI = PersonId.of("tech-li");
  static final PersonId ZHAO = PersonId.of("sup-zhao");

  final InMemoryServiceRequests requests = InMemoryServiceRequests.create();
  final ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
      InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
      TestValidators.commandValidator(), TestClock.at(NOW, SeedPolicies.SHANGHAI));
  final ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
      TestValidators.commandValidator(), TestClock.at(NOW, SeedPolicies.SHANGHAI));

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SeedPolicies.SHANGHAI).toInstant();
  }

  ServiceRequest registered(String key) {
    return registration.register(new RegisterServiceRequest(RequestId.of("r-" + key),
        ServiceRequestId.of("SR-" + key), sh(2, 15, 0), "上海精密机械有限公司", "上海市浦东新区张江路 88 号",
        "021-5080 1234", "CNC-450", "SN-" + key, ServiceZone.CITY, ServiceChannel.PHONE,
        "主轴运转十分钟后停转"));
  }

  static AssignTechnician assign(String requestId, ServiceRequest r, PersonId technician) {
    return new AssignTechnician(RequestId.of(requestId), r.id(), technician, ZHAO, sh(2, 15, 30));
  }

  List<DomainEvent> relayed() {
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    new EventRelay(requests.outbox(), publisher).relayAll(100, 100);
    return publisher.events();
  }

  @Test
  void the_supervisor_assigns_a_technician_and_the_dispatch_is_published_with_the_request() {
    // rule: SVC-02
    ServiceRequest r = registered("1");
    ServiceRequest d = dispatch.assign(assign("d-1", r, WANG));
    assertEquals(ServiceRequestStatus.DISPATCHED, d.status());
    assertEquals(Version.of(2), d.version());
    assertEquals(Optional.of(WANG), d.technician());
    assertEquals(Optional.of(ZHAO), d.supervisor());
    assertEquals(Optional.of(sh(2, 15, 30)), d.dispatchedAt());
    assertEquals(Optional.of(d), requests.find(r.id()));
    List<DomainEvent> events = relayed();
    assertEquals(2, events.size());
    // Recorded at the clock's time, to the microsecond.
    assertEquals(new TechnicianAssigned(r.id(), WANG, ZHAO, sh(2, 15, 30),
        Instant.parse("2026-11-02T07:31:00.123456Z")), events.get(1));
  }

  @Test
  void a_repeated_dispatch_returns_the_stored_one_with_no_second_change_or_event() {
    // rule: SVC-02
    ServiceRequest r = registered("2");
    ServiceRequest first = dispatch.assign(assign("d-2", r, WANG));
    assertSame(first, dispatch.assign(assign("d-2", r, WANG)));
    assertEquals(Version.of(2), requests.find(r.id()).orElseThrow().version());
    assertEquals(2, relayed().size());
  }

  @Test
  void the_request_id_of_a_dispatch_with_other_content_is_a_duplicate_and_changes_nothing() {
    // rule: SVC-02
    ServiceRequest r = registered("3");
    ServiceRequest first = dispatch.assign(assign("d-3", r, WANG));
    assertThrows(DuplicateRequestException.class, () -> dispatch.assign(assign("d-3", r, LI)));
    assertEquals(Optional.of(first), requests.find(r.id()));
  }

  @Test
  void a_dispatched_request_is_not_reassigned_and_stays_as_it_was() {
    // rule: SVC-02 — reassignment is not this command's; refused with the rule ID
    ServiceRequest r = registered("4");
    ServiceRequest first = dispatch.assign(assign("d-4", r, WANG));
    assertEquals(2, relayed().size());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> dispatch.assign(assign("d-5", r, LI)));
    assertEquals(RuleId.of("SVC-02"), e.ruleId());
    assertEquals(Optional.of(first), requests.find(r.id()));
    assertEquals(0, relayed().size(), "no new event");
    String english = e.getMessage(Locale.ENGLISH);
    String chinese = e.getMessage(Locale.SIMPLIFIED_CHINESE);
    assertTrue(english.contains("SR-4") && english.contains("DISPATCHED"), english);
    assertTrue(chinese.contains("改派"), chinese);
  }

  @Test
  void an_unknown_request_is_not_found() {
    // rule: SVC-02
    ServiceRequest phantom = ServiceRequest.builder().id(ServiceRequestId.of("SR-none"))
        .requestId(RequestId.of("x")).receivedAt(sh(2, 15, 0)).customerName("c").address("a")
        .phone("p").productModel("m").productSerial("s").zone(ServiceZone.CITY)
        .channel(ServiceChannel.PHONE).problem("x")
        .entitlement(Entitlement.none())
        .category(ServiceCategory.A)
        .billing(Billing.PAID_AFTER_QUOTE)
        .status(ServiceRequestStatus.REGISTERED).version(Version.initial()).build();
    assertThrows(NotFoundException.class, () -> dispatch.assign(assign("d-6", phantom, WANG)));
    assertEquals(0, requests.size());
  }

  @Test
  void a_dispatch_without_a_technician_is_refused_naming_the_field_before_anything_is_read() {
    // rule: SVC-02
    ServiceRequest r = registered("7");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> dispatch.assign(new AssignTechnician(RequestId.of("d-7"), r.id(), null, ZHAO,
            sh(2, 15, 30))));
    assertEquals(List.of("technician"), e.violations().stream().map(Violation::path).toList());
    assertEquals(Optional.of(r), requests.find(r.id()));
  }

  @Test
  void a_dispatched_request_is_no_longer_due_and_shows_on_the_technicians_day() {
    // rule: SVC-11, SVC-09 — promised Tue 3 Nov 12:00 (Mon 15:00 + 6 working hours)
    ServiceRequest waiting = registered("8");
    ServiceRequest sent = registered("9");
    dispatch.assign(assign("d-9", sent, WANG));
    assertEquals(List.of(waiting.id()), requests.dueBefore(sh(3, 12, 1), 10).stream()
        .map(ServiceRequest::id).toList());
    assertEquals(List.of(), requests.dueBefore(sh(3, 12, 0), 10), "due at 12:00, not before");
    assertEquals(List.of(sent.id()), requests.byTechnician(WANG, LocalDate.of(2026, 11, 2),
        SeedPolicies.SHANGHAI, 10).stream().map(ServiceRequest::id).toList());
  }
}
