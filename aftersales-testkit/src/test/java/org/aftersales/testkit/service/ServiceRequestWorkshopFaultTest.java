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
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.TakeItemToWorkshop;
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
 * A paid job through the workshop — taken in, quoted, repair card, repair, inspection, report,
 * return with the invoice — under a fault at every port call of the workshop use case (and of the
 * quote's and the report's filing), with retries: no step twice, no event lost or doubled, in autocommit and in a
 * host transaction.
 * // rule: SVC-05, SVC-06, SVC-07, SVC-15 — tag: reliability
 */
class ServiceRequestWorkshopFaultTest
    extends FaultInjectionContract<ServiceRequestWorkshopFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  static final ServiceRequestId SR = ServiceRequestId.of("SR-SN-A");

  /** The use cases and the repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      ServiceRequestCompletion completion, ServiceRequestWorkshop workshop,
      InMemoryServiceRequests requests) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    Clock clock = Clock.fixed(Instant.parse("2026-11-04T08:02:03.123456789Z"), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), clock);
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock);
    ServiceRequests wrapped = faults.wrap(ServiceRequests.class, requests);
    return new World(registration, dispatch,
        new ServiceRequestCompletion(wrapped, OnSiteCollection.seed(), SHANGHAI,
            TestValidators.commandValidator(), clock),
        new ServiceRequestWorkshop(wrapped, OnSiteCollection.seed(), SHANGHAI,
            TestValidators.commandValidator(), clock),
        requests);
  }

  static Instant at(int day, int hour) {
    return ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  static TakeItemToWorkshop takeIn() {
    return new TakeItemToWorkshop(RequestId.of("w-1"), SR, "RC-0042", "Ms Zhou", at(2, 15));
  }

  @Override
  protected List<Step<World>> scenario() {
    Money motor = Money.of(new BigDecimal("880.00"), CNY);
    return List.of(
        new Step<>("register and dispatch a paid job (no fault: set-up)", w -> {
          w.registration().register(ServiceRequestRegistrationFaultTest.call("r-1", "SN-A", 9));
          return w.dispatch().assign(ServiceRequestRegistrationFaultTest.assign("d-1", "SN-A",
              "tech-wang"));
        }),
        new Step<>("take the item to the workshop", w -> w.workshop().takeIn(takeIn())),
        new Step<>("the sales centre quotes the repair", w -> w.completion().quote(
            new QuoteRepair(RequestId.of("q-1"), SR, motor,
                Money.of(new BigDecimal("40.00"), CNY), PersonId.of("sales-sun"), at(2, 17)))),
        new Step<>("open its repair card", w -> w.workshop().openRepairCard(new OpenRepairCard(
            RequestId.of("o-1"), SR, "CARD-7", PersonId.of("tech-wang"), at(4, 17), at(2, 16)))),
        new Step<>("record the repair", w -> w.workshop().recordRepair(new RecordRepair(
            RequestId.of("p-1"), SR, 150, List.of(new ReplacedPart("MOTOR-3", 1, motor)),
            at(3, 11)))),
        new Step<>("inspect it", w -> w.workshop().inspect(new InspectRepair(
            RequestId.of("i-1"), SR, PersonId.of("sup-zhao"), at(3, 14)))),
        new Step<>("file the report", w -> w.completion().fileReport(new FileServiceReport(
            RequestId.of("rep-1"), SR, PersonId.of("tech-wang"), new ServiceReport(
                "motor burnt out", "motor replaced", List.of(new ReplacedPart("MOTOR-3", 1,
                    motor)), 150, Money.of(new BigDecimal("40.00"), CNY), "satisfied"),
            at(3, 14)))),
        new Step<>("return it: closed and invoiced", w -> w.workshop().returnItem(new ReturnItem(
            RequestId.of("t-1"), SR, "RC-0042", "Ms Zhou", PersonId.of("clerk-liu"),
            at(4, 10)))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.requests().all().stream()
        .sorted(Comparator.comparing(ServiceRequest::id)).toList(), delivered);
  }

  @Test
  void the_port_calls_of_a_workshop_step_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    scenario().get(0).action().apply(world);
    world.workshop().takeIn(takeIn());
    world.workshop().takeIn(takeIn());
    assertEquals(List.of("ServiceRequests.find", "ServiceRequests.save", "ServiceRequests.find"),
        faults.calls());
  }
}
