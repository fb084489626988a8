package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Registering three service requests — a paid job (A), a contract job (B) and a job in warranty
 * (C) — and dispatching two of them, under a fault at every port call, the ERP's entitlement
 * lookup included, with retries: no request twice, no dispatch twice, no event lost or doubled,
 * the promised deadlines as the first attempt computed them, in autocommit and in a host
 * transaction.
 * // rule: SVC-01, SVC-02, SVC-11, SVC-13, SVC-15 — tag: reliability
 */
class ServiceRequestRegistrationFaultTest
    extends FaultInjectionContract<ServiceRequestRegistrationFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The use cases and the repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      InMemoryServiceRequests requests) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    InMemoryEntitlements erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-2026-017")))
        .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)));
    ServiceRequestRegistration registration = new ServiceRequestRegistration(
        faults.wrap(ServiceRequests.class, requests), faults.wrap(Entitlements.class, erp),
        SeedPolicies.seed(SeedServiceLevels.DISPATCH), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:02:03.123456789Z"), SHANGHAI));
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(
        faults.wrap(ServiceRequests.class, requests), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:05:00.654321987Z"), SHANGHAI),
        SeedPolicies.seed(SeedServiceLevels.DISPATCH));
    return new World(registration, dispatch, requests);
  }

  static RegisterServiceRequest call(String requestId, String serial, int hour) {
    return new RegisterServiceRequest(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        ZonedDateTime.of(2026, 11, 2, hour, 0, 0, 0, SHANGHAI).toInstant(), "Suzhou Motors",
        "1 Xinghu St, Suzhou", "0512-6288 0000", "CNC-450", serial, ServiceZone.SUBURB,
        ServiceChannel.HOTLINE, "Coolant pump leaks");
  }

  static AssignTechnician assign(String requestId, String serial, String technician) {
    return new AssignTechnician(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        PersonId.of(technician), PersonId.of("sup-zhao"),
        ZonedDateTime.of(2026, 11, 3, 9, 5, 0, 0, SHANGHAI).toInstant());
  }

  /** The customer asks for Wed 4 Nov 14:00, agreed by the supervisor on Tue 3 Nov 09:10. */
  static AgreeArrivalTime agree(String requestId, String serial) {
    return new AgreeArrivalTime(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        ZonedDateTime.of(2026, 11, 4, 14, 0, 0, 0, SHANGHAI).toInstant(), PersonId.of("sup-zhao"),
        ZonedDateTime.of(2026, 11, 3, 9, 10, 0, 0, SHANGHAI).toInstant());
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("register a paid job (A)", w -> w.registration().register(call("r-1", "SN-A", 9))),
        new Step<>("register a contract job (B)",
            w -> w.registration().register(call("r-2", "SN-B", 10))),
        new Step<>("register a job in warranty (C)",
            w -> w.registration().register(call("r-3", "SN-C", 11))),
        new Step<>("dispatch the paid job",
            w -> w.dispatch().assign(assign("d-1", "SN-A", "tech-wang"))),
        new Step<>("dispatch the job in warranty",
            w -> w.dispatch().assign(assign("d-2", "SN-C", "tech-li"))),
        new Step<>("the contract job's customer asks for Wednesday 14:00 (SVC-13)",
            w -> w.dispatch().agreeArrivalTime(agree("a-1", "SN-B"))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    // No numbers are drawn, so the outcome is the same exactly, retries or not.
    return List.of(world.requests().all().stream()
        .sorted(Comparator.comparing(ServiceRequest::id)).toList(), delivered);
  }

  @Test
  void the_port_calls_of_a_dispatch_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.registration().register(call("calls", "SN-C", 9));
    int before = faults.calls().size();
    world.dispatch().assign(assign("d-calls", "SN-C", "tech-li"));
    assertEquals(List.of("ServiceRequests.find", "ServiceRequests.save"),
        faults.calls().subList(before, faults.calls().size()));
    // A retry is answered from the stored request: no second save.
    world.dispatch().assign(assign("d-calls", "SN-C", "tech-li"));
    assertEquals(List.of("ServiceRequests.find", "ServiceRequests.save", "ServiceRequests.find"),
        faults.calls().subList(before, faults.calls().size()));
  }

  @Test
  void the_port_calls_of_a_registration_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.registration().register(call("calls", "SN-C", 9));
    assertEquals(List.of("ServiceRequests.findByRequestId", "Entitlements.lookUp",
        "ServiceRequests.save"), faults.calls());
    // A retry is answered by the repository alone: no second lookup, no save.
    world.registration().register(call("calls", "SN-C", 9));
    assertEquals(Map.of("ServiceRequests.findByRequestId", 2L, "Entitlements.lookUp", 1L,
        "ServiceRequests.save", 1L), faults.calls().stream().collect(
            java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting())));
  }
}
