package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.sla.Applicability;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The deadlines promised at registration and kept on the request, with the seed's numbers on the
 * Shanghai office calendar (Mon–Fri 09:00–12:00, 13:30–18:00); every expected instant is worked
 * out by hand below in Shanghai time. Monday 2 November 2026 is a working day.
 *
 * <p>// rule: SVC-11, SVC-12, SVC-13 (the agreed arrival time too)
 */
class ServiceRequestPromisesTest {

  static final Instant NOW = Instant.parse("2026-11-09T02:00:00Z");

  final InMemoryServiceRequests requests = InMemoryServiceRequests.create();
  final InMemoryEntitlements erp = InMemoryEntitlements.create();

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SeedPolicies.SHANGHAI).toInstant();
  }

  ServiceRequestRegistration registrationUnder(ServiceLevelPolicy policy) {
    return new ServiceRequestRegistration(requests, erp, policy,
        TestValidators.commandValidator(), TestClock.at(NOW, SeedPolicies.SHANGHAI));
  }

  static RegisterServiceRequest call(String key, ServiceZone zone, Instant receivedAt) {
    return new RegisterServiceRequest(RequestId.of("r-" + key), ServiceRequestId.of("SR-" + key),
        receivedAt, "上海精密机械有限公司", "上海市浦东新区张江路 88 号", "021-5080 1234", "CNC-450",
        "SN-" + key, zone, ServiceChannel.PHONE, "主轴运转十分钟后停转");
  }

  @Test
  void a_city_call_on_monday_at_three_must_be_reached_by_tuesday_noon() {
    // rule: SVC-11 — 6 working hours: Mon 15:00–18:00 (3 h) + Tue 09:00–12:00 (3 h)
    ServiceRequest r = registrationUnder(SeedPolicies.seed(SeedServiceLevels.DISPATCH))
        .register(call("1", ServiceZone.CITY, sh(2, 15, 0)));
    assertEquals(Optional.of(sh(3, 12, 0)), r.arrivalDue());
    assertEquals(Optional.empty(), r.responseDue(), "the dispatch levels promise no reply time");
    assertEquals(Optional.of(sh(3, 12, 0)), requests.find(r.id()).orElseThrow().arrivalDue());
  }

  @Test
  void a_suburban_call_on_monday_at_three_must_be_reached_by_tuesday_half_past_two() {
    // rule: SVC-11 — 7 working hours: Mon 3 h + Tue morning 3 h + Tue 13:30–14:30 (1 h)
    ServiceRequest r = registrationUnder(SeedPolicies.seed(SeedServiceLevels.DISPATCH))
        .register(call("2", ServiceZone.SUBURB, sh(2, 15, 0)));
    assertEquals(Optional.of(sh(3, 14, 30)), r.arrivalDue());
  }

  @Test
  void a_machinery_message_is_answered_within_24_hours_and_arrival_waits_for_a_requested_time() {
    // rule: SVC-13 — 24 h on the wall clock; "arrives within the time the customer asked for":
    // registration carries no requested time yet, so no arrival deadline is promised
    ServiceRequest r = registrationUnder(SeedPolicies.seed(SeedServiceLevels.MACHINERY_SERVICE))
        .register(call("3", ServiceZone.CITY, sh(2, 15, 0)));
    assertEquals(Optional.of(sh(3, 15, 0)), r.responseDue());
    assertEquals(Optional.empty(), r.arrivalDue());
    assertEquals(Optional.of(sh(3, 15, 0)), r.firstDue());
  }

  ServiceRequestDispatch dispatchUnder(ServiceLevelPolicy policy) {
    return new ServiceRequestDispatch(requests, TestValidators.commandValidator(),
        TestClock.at(NOW, SeedPolicies.SHANGHAI), policy);
  }

  @Test
  void a_machinery_call_on_monday_at_ten_asked_for_wednesday_at_two_is_due_wednesday_at_two() {
    // rule: SVC-13 — P11 §三.4 "on-site service arrives within the time the customer asked
    // for": received Mon 2 Nov 10:00, the customer asks for Wed 4 Nov 14:00; the reply stays
    // Mon 10:00 + 24 h = Tue 10:00
    ServiceLevelPolicy machinery = SeedPolicies.seed(SeedServiceLevels.MACHINERY_SERVICE);
    ServiceRequest r = registrationUnder(machinery)
        .register(call("8", ServiceZone.CITY, sh(2, 10, 0)));
    ServiceRequest agreed = dispatchUnder(machinery).agreeArrivalTime(new AgreeArrivalTime(
        RequestId.of("a-8"), r.id(), sh(4, 14, 0), PersonId.of("clerk-1"), sh(2, 10, 5)));
    assertEquals(Optional.of(sh(4, 14, 0)), agreed.arrivalDue());
    assertEquals(Optional.of(sh(3, 10, 0)), agreed.responseDue());
    assertEquals(Optional.of(sh(4, 14, 0)), requests.find(r.id()).orElseThrow().arrivalDue());
  }

  @Test
  void under_the_dispatch_levels_an_agreed_time_is_recorded_and_the_budget_promise_kept() {
    // rule: SVC-13, SVC-11 — city call Mon 15:00 promised Tue 12:00 (6 working hours); the
    // customer asking for Wed 14:00 does not move it
    ServiceLevelPolicy dispatchLevels = SeedPolicies.seed(SeedServiceLevels.DISPATCH);
    ServiceRequest r = registrationUnder(dispatchLevels)
        .register(call("9", ServiceZone.CITY, sh(2, 15, 0)));
    ServiceRequest agreed = dispatchUnder(dispatchLevels).agreeArrivalTime(new AgreeArrivalTime(
        RequestId.of("a-9"), r.id(), sh(4, 14, 0), PersonId.of("clerk-1"), sh(2, 15, 5)));
    assertEquals(Optional.of(sh(3, 12, 0)), agreed.arrivalDue());
    assertEquals(Optional.of(sh(4, 14, 0)), agreed.requestedArrival());
  }

  @Test
  void an_emergency_inside_ring_road_1_on_saturday_night_is_reached_within_the_hour() {
    // rule: SVC-12 — around the clock: Sat 7 Nov 23:30 + 1 h = Sun 8 Nov 00:30
    ServiceRequest r = registrationUnder(SeedPolicies.seed(SeedServiceLevels.EMERGENCY))
        .register(call("4", ServiceZone.RING_ROAD_1, sh(7, 23, 30)));
    assertEquals(Optional.of(sh(8, 0, 30)), r.arrivalDue());
  }

  @Test
  void a_call_from_farther_away_without_a_contract_target_is_registered_without_a_deadline() {
    // rule: SVC-12 — "farther: as agreed in the contract": no target, so nothing is promised;
    // the call is still registered (the library's choice; docs/service-requests.md)
    ServiceRequest r = registrationUnder(SeedPolicies.seed(SeedServiceLevels.EMERGENCY))
        .register(call("5", ServiceZone.FARTHER, sh(7, 23, 30)));
    assertEquals(Optional.empty(), r.arrivalDue());
    assertEquals(Optional.empty(), r.responseDue());
    assertEquals(Optional.of(r), requests.find(r.id()));
  }

  @Test
  void a_later_change_of_calendar_and_policy_never_moves_a_promise_already_made() {
    // rule: SVC-11 — promised Tue 12:00 under the seed; then Tuesday becomes a holiday and the
    // city's budget 4 working hours
    RegisterServiceRequest first = call("6", ServiceZone.CITY, sh(2, 15, 0));
    ServiceRequest promised = registrationUnder(SeedPolicies.seed(SeedServiceLevels.DISPATCH))
        .register(first);
    ServiceLevels changed = ServiceLevels.seed(SeedServiceLevels.DISPATCH,
            SeedPolicies.officeBuilder().holiday(LocalDate.of(2026, 11, 3), "office closed")
                .build())
        .add(Applicability.any().inZone(ServiceZone.CITY), SeedServiceLevels.target(
            RuleId.of("SVC-11"), Milestone.ARRIVAL_ON_SITE, Budget.workingHours(4)))
        .build();
    ServiceRequestRegistration afterTheChange = registrationUnder(changed);

    assertEquals(promised, afterTheChange.register(first), "a retry answers the stored promise");
    ServiceRequest dispatched = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), TestClock.at(NOW, SeedPolicies.SHANGHAI))
        .assign(new AssignTechnician(RequestId.of("d-6"), promised.id(), PersonId.of("tech-1"),
            PersonId.of("sup-1"), sh(2, 15, 30)));
    assertEquals(Optional.of(sh(3, 12, 0)), dispatched.arrivalDue(), "dispatch keeps it too");
    // A new call at the same time is promised under the new terms: Mon 15:00–18:00 (3 h), Tue
    // closed, Wed 09:00–10:00 (1 h).
    ServiceRequest later = afterTheChange.register(call("7", ServiceZone.CITY, sh(2, 15, 0)));
    assertEquals(Optional.of(sh(4, 10, 0)), later.arrivalDue());
  }
}
