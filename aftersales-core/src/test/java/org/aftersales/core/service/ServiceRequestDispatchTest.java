package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The promises kept on a request and its dispatch (派工), on the aggregate alone, with an
 * adopter's round-the-clock policy: in the city a reply within 24 hours and arrival within 4;
 * elsewhere nothing promised.
 *
 * <p>// rule: SVC-02, SVC-12, SVC-13
 */
class ServiceRequestDispatchTest {

  static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00Z");
  static final Instant RECORDED = Instant.parse("2026-11-02T02:00:05Z");
  static final Instant ASSIGNED = Instant.parse("2026-11-02T02:30:00Z");
  static final Instant DISPATCH_RECORDED = Instant.parse("2026-11-02T02:30:01Z");
  static final PersonId TECH = PersonId.of("tech-7");
  static final PersonId SUPERVISOR = PersonId.of("sup-1");

  /** Every instant is working time: elapsed budgets on the wall clock. */
  static final BusinessCalendar ROUND_THE_CLOCK = new BusinessCalendar() {
    @Override
    public ZoneId zone() {
      return ZoneOffset.UTC;
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
      return true;
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
      return instant;
    }

    @Override
    public Instant endOfWorkingDay(Instant instant) {
      return instant;
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
      return start.plus(workingTime);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      return Duration.between(from, to);
    }

    @Override
    public Duration workingDayLength() {
      return Duration.ofHours(24);
    }
  };

  static final ServiceLevelTarget REPLY_24H = ServiceLevelTarget.builder()
      .ruleId(RuleId.of("SVC-13")).milestone(Milestone.REPLY)
      .rule(DeadlineRule.within(Budget.elapsedHours(24))).build();
  static final ServiceLevelTarget ARRIVAL_4H = ServiceLevelTarget.builder()
      .ruleId(RuleId.of("SVC-12")).milestone(Milestone.ARRIVAL_ON_SITE)
      .rule(DeadlineRule.within(Budget.elapsedHours(4))).build();

  static final ServiceLevelPolicy CITY_ONLY = new ServiceLevelPolicy() {
    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      if (!key.zone().equals(Optional.of(ServiceZone.CITY))) {
        return Optional.empty();
      }
      return Optional.of(key.milestone().equals(Milestone.REPLY) ? REPLY_24H : ARRIVAL_4H);
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      return ROUND_THE_CLOCK;
    }
  };

  static RegisterServiceRequest call(ServiceZone zone) {
    return new RegisterServiceRequest(RequestId.of("r-1"), ServiceRequestId.of("SR-1"), RECEIVED,
        "Shanghai Precision Ltd.", "88 Zhangjiang Rd", "021-5080 1234", "CNC-450", "SN-1", zone,
        ServiceChannel.HOTLINE, "Spindle stops");
  }

  static ServiceRequest registered() {
    return ServiceRequest.register(call(ServiceZone.CITY), Entitlement.none(), CITY_ONLY, RECORDED)
        .state();
  }

  static AssignTechnician assign(String requestId) {
    return new AssignTechnician(RequestId.of(requestId), ServiceRequestId.of("SR-1"), TECH,
        SUPERVISOR, ASSIGNED);
  }

  @Test
  void a_city_call_is_promised_a_reply_in_24_hours_and_arrival_in_4_counted_from_the_call() {
    // rule: SVC-13, SVC-12 — 02:00Z + 24 h and + 4 h
    ServiceRequest r = registered();
    assertEquals(Optional.of(Instant.parse("2026-11-03T02:00:00Z")), r.responseDue());
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")), r.arrivalDue());
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")), r.firstDue());
  }

  @Test
  void a_call_the_policy_has_no_target_for_is_stored_without_deadlines() {
    // rule: SVC-12 — "farther: as agreed in the contract", and no contract target
    ServiceRequest r = ServiceRequest.register(call(ServiceZone.FARTHER), Entitlement.none(),
        CITY_ONLY, RECORDED).state();
    assertEquals(Optional.empty(), r.responseDue());
    assertEquals(Optional.empty(), r.arrivalDue());
    assertEquals(Optional.empty(), r.firstDue());
  }

  @Test
  void the_first_deadline_is_the_response_when_it_comes_first() {
    ServiceRequest r = ((ImmutableServiceRequest) registered())
        .withResponseDue(Instant.parse("2026-11-02T03:00:00Z"));
    assertEquals(Optional.of(Instant.parse("2026-11-02T03:00:00Z")), r.firstDue());
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")),
        ((ImmutableServiceRequest) r).withResponseDue(Optional.empty()).firstDue());
  }

  @Test
  void a_supervisor_dispatches_a_registered_request_to_a_technician_keeping_its_promises() {
    // rule: SVC-02 — 由服务主管派工
    ServiceRequest before = registered();
    Changed<ServiceRequest> c = before.dispatched(assign("d-1"), DISPATCH_RECORDED);
    ServiceRequest r = c.state();
    assertEquals(ServiceRequestStatus.DISPATCHED, r.status());
    assertTrue(r.isOpen());
    assertEquals(Optional.of(TECH), r.technician());
    assertEquals(Optional.of(SUPERVISOR), r.supervisor());
    assertEquals(Optional.of(ASSIGNED), r.dispatchedAt());
    assertEquals(Optional.of(RequestId.of("d-1")), r.dispatchRequestId());
    assertEquals(Optional.of(Instant.parse("2026-11-03T02:00:00Z")), r.responseDue());
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")), r.arrivalDue());
    assertEquals(Version.initial(), r.version());
    assertEquals(before.registeredBy(), r.registeredBy());
    assertEquals(List.of(new TechnicianAssigned(ServiceRequestId.of("SR-1"), TECH, SUPERVISOR,
        ASSIGNED, DISPATCH_RECORDED)), c.events());
    assertTrue(r.isDispatchedBy(assign("d-1")));
  }

  @Test
  void a_repeated_dispatch_is_recognised_only_if_every_field_is_the_same() {
    // rule: SVC-02
    ServiceRequest r = registered().dispatched(assign("d-1"), DISPATCH_RECORDED).state();
    ServiceRequestId id = ServiceRequestId.of("SR-1");
    assertFalse(r.isDispatchedBy(assign("d-2")));
    assertFalse(r.isDispatchedBy(new AssignTechnician(RequestId.of("d-1"),
        ServiceRequestId.of("SR-2"), TECH, SUPERVISOR, ASSIGNED)));
    assertFalse(r.isDispatchedBy(new AssignTechnician(RequestId.of("d-1"), id,
        PersonId.of("tech-8"), SUPERVISOR, ASSIGNED)));
    assertFalse(r.isDispatchedBy(new AssignTechnician(RequestId.of("d-1"), id, TECH,
        PersonId.of("sup-2"), ASSIGNED)));
    assertFalse(r.isDispatchedBy(new AssignTechnician(RequestId.of("d-1"), id, TECH, SUPERVISOR,
        ASSIGNED.plusSeconds(1))));
    assertFalse(registered().isDispatchedBy(assign("d-1")));
  }

  @Test
  void a_dispatched_request_is_not_reassigned_by_another_dispatch() {
    // rule: SVC-02
    ServiceRequest r = registered().dispatched(assign("d-1"), DISPATCH_RECORDED).state();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> r.dispatched(assign("d-2"), DISPATCH_RECORDED));
    assertEquals(RuleId.of("SVC-02"), e.ruleId());
  }

  @Test
  void a_closed_request_is_not_dispatched() {
    // rule: SVC-02
    ServiceRequest closed = closed(registered());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> closed.dispatched(assign("d-1"), DISPATCH_RECORDED));
    assertEquals(RuleId.of("SVC-02"), e.ruleId());
  }

  @Test
  void a_dispatch_naming_another_request_is_refused_as_bad_input() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registered().dispatched(new AssignTechnician(RequestId.of("d-1"),
            ServiceRequestId.of("SR-2"), TECH, SUPERVISOR, ASSIGNED), DISPATCH_RECORDED));
    assertEquals(List.of("serviceRequestId"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_request_has_all_of_its_assignment_or_none_and_all_once_dispatched() {
    // rule: SVC-02 — each of the four attributes alone breaks the invariant
    ImmutableServiceRequest r = (ImmutableServiceRequest) registered();
    assertThrows(InvalidInputException.class,
        () -> r.withStatus(ServiceRequestStatus.DISPATCHED));
    assertThrows(InvalidInputException.class, () -> r.withTechnician(TECH));
    assertThrows(InvalidInputException.class, () -> r.withSupervisor(SUPERVISOR));
    assertThrows(InvalidInputException.class, () -> r.withDispatchedAt(ASSIGNED));
    assertThrows(InvalidInputException.class,
        () -> r.withDispatchRequestId(RequestId.of("d-1")));
    ImmutableServiceRequest d = (ImmutableServiceRequest) r.dispatched(assign("d-1"),
        DISPATCH_RECORDED).state();
    assertThrows(InvalidInputException.class,
        () -> d.withDispatchRequestId(Optional.empty()));
    assertThrows(InvalidInputException.class, () -> d.withStatus(ServiceRequestStatus.REGISTERED));
    assertEquals(ServiceRequestStatus.CLOSED, closed(d).status(),
        "closed after dispatch, the assignment kept");
    assertThrows(InvalidInputException.class, () -> r.withStatus(ServiceRequestStatus.CLOSED)
        .withClosedAt(ASSIGNED), "never closed without dispatch");
    assertThrows(InvalidInputException.class,
        () -> ((ImmutableServiceRequest) closed(d)).withTechnician(Optional.empty()));
  }

  @Test
  void a_request_has_a_closing_time_exactly_when_closed() {
    ImmutableServiceRequest r = (ImmutableServiceRequest) registered();
    assertThrows(InvalidInputException.class, () -> r.withStatus(ServiceRequestStatus.CLOSED));
    assertThrows(InvalidInputException.class, () -> r.withClosedAt(ASSIGNED));
    assertEquals(Optional.of(ASSIGNED), closed(r).closedAt());
  }

  /** {@code r} closed on site at {@code ASSIGNED} through its own transitions. */
  private static ServiceRequest closed(ServiceRequest r) {
    return ServiceRequestFixtures.closed(r, ASSIGNED);
  }
}
