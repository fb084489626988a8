package org.aftersales.examples.postgres.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.aftersales.examples.postgres.faults.PostgresUnitOfWork;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The testkit's fault-injection suite over PostgreSQL for a paid job's workshop life (携回修护):
 * intake, quote, repair card, repair with a replaced motor, inspection, report and return — closed
 * and invoiced — with a fault before, during (rolled back) and after every
 * {@link ServiceRequests} call of each step, in autocommit and inside the host's transaction,
 * and the relay failed at each of its calls: every step once, its events once, the settlement
 * as the first attempt computed it. The scenario is the testkit's own
 * {@code ServiceRequestWorkshopFaultTest}'s. Storage: {@link ServiceFaultSuiteOnPostgres}.
 * // rule: SVC-05, SVC-06, SVC-07, SVC-15, SVC-16 — tag: reliability
 */
class ServiceWorkshopOnPostgresFaultTest
    extends ServiceFaultSuiteOnPostgres<ServiceWorkshopOnPostgresFaultTest.World> {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final ServiceRequestId SR = ServiceRequestId.of("SR-SN-A");

  /** The use cases and the (unwrapped) repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      ServiceRequestCompletion completion, ServiceRequestWorkshop workshop,
      JdbcServiceRequests requests) {}

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    Clock clock = Clock.fixed(Instant.parse("2026-11-04T08:02:03.123456789Z"), SHANGHAI);
    // The set-up step's use cases are not wrapped: the suite fails the workshop's calls.
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        new JdbcEntitlements(storage.connections(), SHANGHAI),
        ServiceFixtures.seedServiceLevels(), TestValidators.commandValidator(), clock);
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

  private static Instant at(int day, int hour) {
    return ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  private static TakeItemToWorkshop takeIn() {
    return new TakeItemToWorkshop(RequestId.of("w-1"), SR, "RC-0042", "周女士", at(2, 15));
  }

  @Override
  protected List<Step<World>> scenario() {
    Money motor = Money.of(new BigDecimal("880.00"), CNY);
    Money travel = Money.of(new BigDecimal("40.00"), CNY);
    return List.of(
        new Step<>("register and dispatch a paid job (no fault: set-up)", w -> {
          w.registration().register(ServiceRequestsOnPostgresFaultTest.call("r-1", "SN-A", 9));
          return w.dispatch().assign(ServiceRequestsOnPostgresFaultTest.assign("d-1", "SN-A",
              "tech-wang"));
        }),
        new Step<>("take the item to the workshop", w -> w.workshop().takeIn(takeIn())),
        new Step<>("the sales centre quotes the repair", w -> w.completion().quote(
            new QuoteRepair(RequestId.of("q-1"), SR, motor, travel, PersonId.of("sales-sun"),
                at(2, 17)))),
        new Step<>("open its repair card", w -> w.workshop().openRepairCard(new OpenRepairCard(
            RequestId.of("o-1"), SR, "CARD-7", PersonId.of("tech-wang"), at(4, 17), at(2, 16)))),
        new Step<>("record the repair", w -> w.workshop().recordRepair(new RecordRepair(
            RequestId.of("p-1"), SR, 150, List.of(new ReplacedPart("MOTOR-3", 1, motor)),
            at(3, 11)))),
        new Step<>("inspect it", w -> w.workshop().inspect(new InspectRepair(
            RequestId.of("i-1"), SR, PersonId.of("sup-zhao"), at(3, 14)))),
        new Step<>("file the report", w -> w.completion().fileReport(new FileServiceReport(
            RequestId.of("rep-1"), SR, PersonId.of("tech-wang"), new ServiceReport(
                "电机烧毁", "更换电机", List.of(new ReplacedPart("MOTOR-3", 1, motor)), 150,
                travel, "满意"),
            at(3, 14)))),
        new Step<>("return it: closed and invoiced", w -> w.workshop().returnItem(new ReturnItem(
            RequestId.of("t-1"), SR, "RC-0042", "周女士", PersonId.of("clerk-liu"),
            at(4, 10)))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(storedRequests(world.requests()), delivered);
  }
}
