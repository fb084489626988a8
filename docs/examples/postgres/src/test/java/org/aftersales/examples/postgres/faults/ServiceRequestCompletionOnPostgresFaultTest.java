package org.aftersales.examples.postgres.faults;

import static org.aftersales.examples.postgres.faults.ServiceRequestRegistrationOnPostgresFaultTest.SHANGHAI;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
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
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.examples.postgres.service.JdbcEntitlements;
import org.aftersales.examples.postgres.service.JdbcServiceRequests;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Completing two jobs on site — a paid job (A) quoted first and invoiced above the limit, a
 * contract job (B) — and committing a resolution time for a third (X): the testkit's
 * ServiceRequestCompletionFaultTest scenario on {@link JdbcServiceRequests} and the JDBC outbox,
 * under a fault at every port call of the completion use case, with retries: no step twice, no
 * event lost or doubled, in autocommit and in a host transaction. Registration and dispatch are
 * the set-up, unwrapped (their own suite fails them).
 * // rule: SVC-03, SVC-04, SVC-14, SVC-15, SVC-16 — tag: reliability
 */
class ServiceRequestCompletionOnPostgresFaultTest
    extends OnPostgresFaultContract<ServiceRequestCompletionOnPostgresFaultTest.World> {

  static final Currency CNY = Currency.getInstance("CNY");
  static final List<String> SERIALS = List.of("SN-A", "SN-B", "SN-X");

  /** The use cases, the unwrapped adapter and the storage. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      ServiceRequestCompletion completion, JdbcServiceRequests requests,
      PostgresUnitOfWork storage) {

    /** The stored requests by ID, those not (yet) stored left out. */
    List<ServiceRequest> all() {
      return SERIALS.stream().map(s -> requests.find(id(s))).flatMap(Optional::stream).toList();
    }
  }

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    ServiceRequestRegistrationOnPostgresFaultTest.grantEntitlements(storage.connections());
    Clock clock = Clock.fixed(Instant.parse("2026-11-03T08:02:03.123456789Z"), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        new JdbcEntitlements(storage.connections(), SHANGHAI),
        ServiceRequestRegistrationOnPostgresFaultTest.seedPolicy(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), clock);
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock);
    ServiceRequestCompletion completion = new ServiceRequestCompletion(
        faults.wrap(ServiceRequests.class, requests), OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
    return new World(registration, dispatch, completion, requests, storage);
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
        new ServiceReport("冷却泵密封件磨损", "更换密封件和叶轮",
            List.of(new ReplacedPart("PUMP-SEAL-7", 3, Money.of(new BigDecimal("150.00"), CNY))),
            45, Money.of(new BigDecimal("80.00"), CNY), "满意"),
        at(3, 14, 0));
  }

  /** The sales centre's quote of the paid job: parts 450.00, travel 80.00 (SVC-15). */
  static QuoteRepair quote(String requestId, String serial) {
    return new QuoteRepair(RequestId.of(requestId), id(serial),
        Money.of(new BigDecimal("450.00"), CNY), Money.of(new BigDecimal("80.00"), CNY),
        PersonId.of("sales-sun"), at(3, 11, 0));
  }

  static SignVoucher sign(String requestId, String serial) {
    return new SignVoucher(RequestId.of(requestId), id(serial), "周女士", at(3, 14, 30));
  }

  static CloseServiceRequest close(String requestId, String serial) {
    return new CloseServiceRequest(RequestId.of(requestId), id(serial), PersonId.of("clerk-liu"),
        at(3, 16, 0));
  }

  static CommitResolutionTime commit(String requestId, String serial) {
    return new CommitResolutionTime(RequestId.of(requestId), id(serial), PersonId.of("tech-li"),
        at(5, 12, 0), "spindle motor on order", at(3, 17, 0));
  }

  static void setUp(World w, String serial) {
    w.registration().register(ServiceRequestRegistrationOnPostgresFaultTest.call("r-" + serial,
        serial, 9));
    w.dispatch().assign(ServiceRequestRegistrationOnPostgresFaultTest.assign("d-" + serial,
        serial, "tech-wang"));
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
    return List.of(world.all(), world.storage().rowCounts(), delivered);
  }
}
