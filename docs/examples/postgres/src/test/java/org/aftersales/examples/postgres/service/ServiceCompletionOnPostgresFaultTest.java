package org.aftersales.examples.postgres.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.faults.PostgresUnitOfWork;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The testkit's fault-injection suite over PostgreSQL for completing jobs on site (现场结案): a
 * paid job quoted, reported, signed and closed with its invoice due, a contract job (its
 * entitlement read by {@link JdbcEntitlements}) signed before its report and closed, a third
 * job's resolution time committed (SVC-14) — a fault before, during (rolled back) and after every
 * {@link ServiceRequests} call of each step, in autocommit and in the host's transaction, and the
 * relay failed at each call: every step once, its events and notices once, the settlement as the
 * first attempt computed it. The scenario is the testkit's own
 * {@code ServiceRequestCompletionFaultTest}'s. Storage: {@link ServiceFaultSuiteOnPostgres}.
 * // rule: SVC-03, SVC-04, SVC-14, SVC-15, SVC-16 — tag: reliability
 */
class ServiceCompletionOnPostgresFaultTest
    extends ServiceFaultSuiteOnPostgres<ServiceCompletionOnPostgresFaultTest.World> {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Currency CNY = Currency.getInstance("CNY");

  /** The use cases and the (unwrapped) repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      ServiceRequestCompletion completion, JdbcServiceRequests requests) {}

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    // Registration and dispatch are set-up here (their own suite covers them): only the
    // completion use case's port calls are wrapped.
    Clock clock = Clock.fixed(Instant.parse("2026-11-03T08:02:03.123456789Z"), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        new JdbcEntitlements(storage.connections(), SHANGHAI),
        ServiceFixtures.seedServiceLevels(), TestValidators.commandValidator(), clock);
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock);
    ServiceRequestCompletion completion = new ServiceRequestCompletion(
        faults.wrap(ServiceRequests.class, requests), OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
    return new World(registration, dispatch, completion, requests);
  }

  private static Instant at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  private static ServiceRequestId id(String serial) {
    return ServiceRequestId.of("SR-" + serial);
  }

  /** Parts 3 × 150.00 = 450.00, travel 80.00: 530.00 due for a paid job, above 500.00. */
  private static FileServiceReport report(String requestId, String serial) {
    return new FileServiceReport(RequestId.of(requestId), id(serial), PersonId.of("tech-wang"),
        new ServiceReport("冷却泵密封磨损", "更换密封和叶轮",
            List.of(new ReplacedPart("PUMP-SEAL-7", 3, Money.of(new BigDecimal("150.00"), CNY))),
            45, Money.of(new BigDecimal("80.00"), CNY), "满意"),
        at(3, 14, 0));
  }

  /** The sales centre's quote of the paid job: parts 450.00, travel 80.00 (SVC-15). */
  private static QuoteRepair quote(String requestId, String serial) {
    return new QuoteRepair(RequestId.of(requestId), id(serial),
        Money.of(new BigDecimal("450.00"), CNY), Money.of(new BigDecimal("80.00"), CNY),
        PersonId.of("sales-sun"), at(3, 11, 0));
  }

  private static SignVoucher sign(String requestId, String serial) {
    return new SignVoucher(RequestId.of(requestId), id(serial), "周女士", at(3, 14, 30));
  }

  private static CloseServiceRequest close(String requestId, String serial) {
    return new CloseServiceRequest(RequestId.of(requestId), id(serial), PersonId.of("clerk-liu"),
        at(3, 16, 0));
  }

  private static CommitResolutionTime commit(String requestId, String serial) {
    return new CommitResolutionTime(RequestId.of(requestId), id(serial), PersonId.of("tech-li"),
        at(5, 12, 0), "主轴电机订货中", at(3, 17, 0));
  }

  private static void setUp(World w, String serial) {
    w.registration().register(ServiceRequestsOnPostgresFaultTest.call("r-" + serial, serial, 9));
    w.dispatch().assign(ServiceRequestsOnPostgresFaultTest.assign("d-" + serial, serial,
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
    return List.of(storedRequests(world.requests()), delivered);
  }
}
