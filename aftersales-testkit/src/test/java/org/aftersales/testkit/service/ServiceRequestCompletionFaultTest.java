package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Completing two jobs on site — a paid job (A) quoted first and invoiced above the limit, a
 * contract job (B) — and committing a resolution time for a third, under a fault at every port call of the
 * completion use case, with retries: no step twice, no event lost or doubled, in autocommit and
 * in a host transaction.
 * // rule: SVC-03, SVC-04, SVC-14, SVC-15, SVC-16 — tag: reliability
 */
class ServiceRequestCompletionFaultTest
    extends FaultInjectionContract<ServiceRequestCompletionFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");

  /** The use cases and the repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      ServiceRequestCompletion completion, InMemoryServiceRequests requests) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    InMemoryEntitlements erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-2026-017")));
    // Registration and dispatch are set-up here (their own fault test covers them): only the
    // completion use case's port calls are wrapped.
    Clock clock = Clock.fixed(Instant.parse("2026-11-03T08:02:03.123456789Z"), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests, erp,
        SeedPolicies.seed(SeedServiceLevels.DISPATCH), TestValidators.commandValidator(), clock);
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock);
    ServiceRequestCompletion completion = new ServiceRequestCompletion(
        faults.wrap(ServiceRequests.class, requests), OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
    return new World(registration, dispatch, completion, requests);
  }

  static Instant at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static ServiceRequestId id(String serial) {
    return ServiceRequestId.of("SR-" + serial);
  }

  /** Parts 3 × 150.00 = 450.00, travel 80.00: 530.00 due for a paid job, above 500.00. */
  static FileServiceReport report(String requestId, String serial) {
    return new FileServiceReport(RequestId.of(requestId), id(serial), PersonId.of("tech-wang"),
        new ServiceReport("coolant pump seal worn", "seal and impeller replaced",
            List.of(new ReplacedPart("PUMP-SEAL-7", 3, Money.of(new BigDecimal("150.00"), CNY))),
            45, Money.of(new BigDecimal("80.00"), CNY), "satisfied"),
        at(3, 14, 0));
  }

  /** The sales centre's quote of the paid job: parts 450.00, travel 80.00 (SVC-15). */
  static QuoteRepair quote(String requestId, String serial) {
    return new QuoteRepair(RequestId.of(requestId), id(serial),
        Money.of(new BigDecimal("450.00"), CNY), Money.of(new BigDecimal("80.00"), CNY),
        PersonId.of("sales-sun"), at(3, 11, 0));
  }

  static SignVoucher sign(String requestId, String serial) {
    return new SignVoucher(RequestId.of(requestId), id(serial), "Ms Zhou", at(3, 14, 30));
  }

  static CloseServiceRequest close(String requestId, String serial) {
    return new CloseServiceRequest(RequestId.of(requestId), id(serial), PersonId.of("clerk-liu"),
        at(3, 16, 0));
  }

  static CommitResolutionTime commit(String requestId, String serial) {
    return new CommitResolutionTime(RequestId.of(requestId), id(serial), PersonId.of("tech-li"),
        at(5, 12, 0), "spindle motor on order", at(3, 17, 0));
  }

  void setUp(World w, String serial) {
    w.registration().register(ServiceRequestRegistrationFaultTest.call("r-" + serial, serial,
        9));
    w.dispatch().assign(ServiceRequestRegistrationFaultTest.assign("d-" + serial, serial,
        "tech-wang"));
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("register and dispatch three jobs (no fault: set-up)", w -> {
          setUp(w, "SN-A");
          setUp(w, "SN-B");
          setUp(w, "SN-X");
          return null;
        }),
        new Step<>("the sales centre quotes the paid job",
            w -> w.completion().quote(quote("q-A", "SN-A"))),
        new Step<>("file the paid job's report", w -> w.completion().fileReport(
            report("rep-A", "SN-A"))),
        new Step<>("the customer signs the paid job's voucher",
            w -> w.completion().signVoucher(sign("sig-A", "SN-A"))),
        new Step<>("close the paid job: invoice due",
            w -> w.completion().close(close("cls-A", "SN-A"))),
        new Step<>("the contract job's voucher signed first",
            w -> w.completion().signVoucher(sign("sig-B", "SN-B"))),
        new Step<>("file the contract job's report",
            w -> w.completion().fileReport(report("rep-B", "SN-B"))),
        new Step<>("close the contract job", w -> w.completion().close(close("cls-B", "SN-B"))),
        new Step<>("commit a resolution time for the third job",
            w -> w.completion().commitResolutionTime(commit("cmt-X", "SN-X"))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.requests().all().stream()
        .sorted(Comparator.comparing(ServiceRequest::id)).toList(), delivered);
  }

  @Test
  void the_port_calls_of_a_completion_step_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    setUp(world, "SN-A");
    world.completion().signVoucher(sign("sig-A", "SN-A"));
    assertEquals(List.of("ServiceRequests.find", "ServiceRequests.save"), faults.calls());
    world.completion().signVoucher(sign("sig-A", "SN-A"));
    assertEquals(List.of("ServiceRequests.find", "ServiceRequests.save", "ServiceRequests.find"),
        faults.calls());
  }
}
