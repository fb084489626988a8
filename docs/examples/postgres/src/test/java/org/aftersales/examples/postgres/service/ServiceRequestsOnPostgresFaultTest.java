package org.aftersales.examples.postgres.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.faults.PostgresUnitOfWork;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The testkit's fault-injection suite over PostgreSQL: registering a paid job (A), a contract job
 * (B) and a job in warranty (C) — the ERP's answers read by {@link JdbcEntitlements} — then
 * dispatching two and agreeing an arrival time, with a fault before, during (rolled back) and
 * after every port call, in autocommit and inside the host's transaction ({@link Transactions},
 * nested calls behind savepoints), the relay ({@link JdbcOutbox}) failed at each of its calls
 * too: no request twice, no dispatch twice, no event lost or doubled. The scenario is the
 * testkit's own {@code ServiceRequestRegistrationFaultTest}'s, with the seed's dispatch levels.
 *
 * <p>Storage: {@link ServiceFaultSuiteOnPostgres}.
 * // rule: SVC-01, SVC-02, SVC-11, SVC-13, SVC-15 — tag: reliability
 */
class ServiceRequestsOnPostgresFaultTest
    extends ServiceFaultSuiteOnPostgres<ServiceRequestsOnPostgresFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The use cases and the (unwrapped) repository they store in. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      JdbcServiceRequests requests) {}

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    Entitlements erp = new JdbcEntitlements(storage.connections(), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(
        faults.wrap(ServiceRequests.class, requests), faults.wrap(Entitlements.class, erp),
        ServiceFixtures.seedServiceLevels(), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:02:03.123456789Z"), SHANGHAI));
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(
        faults.wrap(ServiceRequests.class, requests), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:05:00.654321987Z"), SHANGHAI),
        ServiceFixtures.seedServiceLevels());
    return new World(registration, dispatch, requests);
  }

  static RegisterServiceRequest call(String requestId, String serial, int hour) {
    return new RegisterServiceRequest(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        ZonedDateTime.of(2026, 11, 2, hour, 0, 0, 0, SHANGHAI).toInstant(), "苏州电机厂",
        "苏州市星湖街1号", "0512-6288 0000", "CNC-450", serial, ServiceZone.SUBURB,
        ServiceChannel.HOTLINE, "冷却泵漏水");
  }

  static AssignTechnician assign(String requestId, String serial, String technician) {
    return new AssignTechnician(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        PersonId.of(technician), PersonId.of("sup-zhao"),
        ZonedDateTime.of(2026, 11, 3, 9, 5, 0, 0, SHANGHAI).toInstant());
  }

  /** The customer asks for Wed 4 Nov 14:00, agreed by the supervisor on Tue 3 Nov 09:10. */
  private static AgreeArrivalTime agree(String requestId, String serial) {
    return new AgreeArrivalTime(RequestId.of(requestId), ServiceRequestId.of("SR-" + serial),
        ZonedDateTime.of(2026, 11, 4, 14, 0, 0, 0, SHANGHAI).toInstant(), PersonId.of("sup-zhao"),
        ZonedDateTime.of(2026, 11, 3, 9, 10, 0, 0, SHANGHAI).toInstant());
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("register a paid job (A)",
            w -> w.registration().register(call("r-1", "SN-A", 9))),
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
    return List.of(storedRequests(world.requests()), delivered);
  }
}
