package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.PromiseRecompute;
import org.aftersales.core.service.PromisesRecomputed;
import org.aftersales.core.service.RecomputePromises;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepPaging;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The audited recompute after the National Day holidays (1–7 October 2026) were added to the
 * office calendar, with the seed's SVC-11 levels (6 working hours in the city, 7 in the
 * suburbs; 09:00–12:00 and 13:30–18:00, Monday to Friday): registered before the holidays were
 * known, the promises ran into 1 October; recomputed, they run into 8 October. Under a fault at
 * every port call, with retries, each request is changed once, with one audit event.
 * // rule: SVC-11 — tag: reliability
 */
class PromiseRecomputeFaultTest extends FaultInjectionContract<PromiseRecomputeFaultTest.World> {

  static final ServiceLevelPolicy WITH_HOLIDAYS = ServiceLevels.seed(SeedServiceLevels.DISPATCH,
      SeedPolicies.officeBuilder().holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7),
          "National Day").build()).build();
  static final RecomputePromises COMMAND = new RecomputePromises(RequestId.of("rc-2026-10"),
      PersonId.of("mgr-qian"), "National Day holidays added to the office calendar");

  /** The recompute over a wrapped repository, and the repository to observe. */
  record World(PromiseRecompute recompute, InMemoryServiceRequests requests) {}

  static Instant sh(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SeedPolicies.SHANGHAI)
        .toInstant();
  }

  static RegisterServiceRequest call(String id, ServiceZone zone, Instant received) {
    return new RegisterServiceRequest(RequestId.of("r-" + id), ServiceRequestId.of(id), received,
        "Suzhou Motors", "1 Xinghu St", "0512-6288 0000", "CNC-450", "SN-" + id, zone,
        ServiceChannel.HOTLINE, "Coolant pump leaks");
  }

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    // Registered under the calendar without the holidays.
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), Clock.fixed(sh(9, 30, 16, 0), SeedPolicies.SHANGHAI));
    registration.register(call("SR-CITY", ServiceZone.CITY, sh(9, 30, 16, 0)));
    registration.register(call("SR-SUBURB", ServiceZone.SUBURB, sh(9, 30, 16, 0)));
    registration.register(call("SR-EARLY", ServiceZone.CITY, sh(9, 29, 9, 0)));
    // The relay of the contract delivers the registrations' events too; mark them delivered so
    // that the scenario's events are the recompute's.
    requests.outbox().all().forEach(e -> requests.outbox().markDelivered(e.eventId()));
    return new World(new PromiseRecompute(faults.wrap(ServiceRequests.class, requests),
        TestValidators.commandValidator(), Clock.fixed(sh(9, 30, 17, 0), SeedPolicies.SHANGHAI),
        new SweepPaging(2)), requests);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(new Step<>("recompute after the holidays were added",
        w -> w.recompute().recompute(COMMAND, WITH_HOLIDAYS)));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    return stored(world);
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(stored(world), delivered);
  }

  private static List<ServiceRequest> stored(World world) {
    return world.requests().all().stream().sorted(Comparator.comparing(ServiceRequest::id))
        .toList();
  }

  @Test
  void promises_made_before_the_holidays_were_known_move_past_them_once_with_an_audit_event() {
    InMemoryDatabase database = InMemoryDatabase.create();
    World w = newWorld(database, FaultInjector.over(database));
    // Wed 30 Sep 16:00, city: 2 h to 18:00, then 3 h on the next working day's morning and 1 h
    // from 13:30 → Thu 1 Oct 14:30 before; Thu 8 Oct 14:30 with the holidays. Suburb: one hour
    // more → 15:30. SR-EARLY (Tue 29 Sep 09:00 + 6 h → 16:30 the same day) is unaffected.
    assertEquals(Optional.of(sh(10, 1, 14, 30)), find(w, "SR-CITY").arrivalDue());
    assertEquals(Optional.of(sh(10, 1, 15, 30)), find(w, "SR-SUBURB").arrivalDue());
    List<PromisesRecomputed> changed = w.recompute().recompute(COMMAND, WITH_HOLIDAYS).changed();
    assertEquals(Optional.of(sh(10, 8, 14, 30)), find(w, "SR-CITY").arrivalDue());
    assertEquals(Optional.of(sh(10, 8, 15, 30)), find(w, "SR-SUBURB").arrivalDue());
    assertEquals(Optional.of(sh(9, 29, 16, 30)), find(w, "SR-EARLY").arrivalDue());
    assertEquals(List.of("SR-CITY", "SR-SUBURB"),
        changed.stream().map(e -> e.id().value()).toList());
    assertEquals(PersonId.of("mgr-qian"), changed.get(0).requestedBy());
    assertEquals(List.of(), w.recompute().recompute(COMMAND, WITH_HOLIDAYS).changed(),
        "a repeat changes nothing");
  }

  private static ServiceRequest find(World w, String id) {
    return w.requests().find(ServiceRequestId.of(id)).orElseThrow();
  }
}
