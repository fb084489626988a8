package org.aftersales.examples.postgres.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
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
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.service.JdbcEntitlements;
import org.aftersales.examples.postgres.service.JdbcServiceRequests;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Registering three service requests — a paid job (A), a contract job (B) and a job in warranty
 * (C), entitled by the ERP's rows read through {@link JdbcEntitlements} — dispatching two of them
 * and agreeing the third's arrival time: the testkit's ServiceRequestRegistrationFaultTest
 * scenario on {@link JdbcServiceRequests} and the JDBC outbox, under a fault at every port call,
 * the entitlement lookup included, with retries: no request twice, no dispatch twice, no event
 * lost or doubled, the promised deadlines as the first attempt computed them, in autocommit and
 * in a host transaction.
 * // rule: SVC-01, SVC-02, SVC-11, SVC-13, SVC-15 — tag: reliability
 */
class ServiceRequestRegistrationOnPostgresFaultTest
    extends OnPostgresFaultContract<ServiceRequestRegistrationOnPostgresFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final List<String> SERIALS = List.of("SN-A", "SN-B", "SN-C");

  /** The use cases, the unwrapped adapter and the storage. */
  record World(ServiceRequestRegistration registration, ServiceRequestDispatch dispatch,
      JdbcServiceRequests requests, PostgresUnitOfWork storage) {

    /** The stored requests by ID, those not (yet) stored left out. */
    List<ServiceRequest> all() {
      return SERIALS.stream().map(s -> requests.find(ServiceRequestId.of("SR-" + s)))
          .flatMap(Optional::stream).toList();
    }
  }

  /**
   * The seed's service levels on a Shanghai office calendar: Monday to Friday 09:00–12:00 and
   * 13:30–18:00, no holidays (as the testkit's service scenarios configure them).
   */
  static ServiceLevels seedPolicy(SeedServiceLevels seed) {
    return ServiceLevels.seed(seed, WorkingCalendar.builder(SHANGHAI).weekly(
        WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
        .build()).build();
  }

  /**
   * The ERP's rows (the test stands in for the ERP, unwrapped): SN-B under contract MC-2026-017
   * for 2026, SN-C in warranty until 31 March 2027; SN-A has none (a paid job).
   */
  static void grantEntitlements(ConnectionSource connections) {
    connections.atomically("the ERP's rows", c -> {
      try (var s = c.prepareStatement("""
          INSERT INTO entitlement (product_model, product_serial, kind, contract_id, first_day,
              last_day) VALUES (?, ?, ?, ?, ?, ?)""")) {
        s.setString(1, "CNC-450");
        s.setString(2, "SN-B");
        s.setString(3, "CONTRACT");
        s.setString(4, "MC-2026-017");
        s.setObject(5, LocalDate.of(2026, 1, 1));
        s.setObject(6, LocalDate.of(2026, 12, 31));
        s.executeUpdate();
        s.setString(2, "SN-C");
        s.setString(3, "WARRANTY");
        s.setString(4, null);
        s.setObject(5, null);
        s.setObject(6, LocalDate.of(2027, 3, 31));
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    grantEntitlements(storage.connections());
    Entitlements erp = new JdbcEntitlements(storage.connections(), SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(
        faults.wrap(ServiceRequests.class, requests), faults.wrap(Entitlements.class, erp),
        seedPolicy(SeedServiceLevels.DISPATCH), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:02:03.123456789Z"), SHANGHAI));
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(
        faults.wrap(ServiceRequests.class, requests), TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:05:00.654321987Z"), SHANGHAI),
        seedPolicy(SeedServiceLevels.DISPATCH));
    return new World(registration, dispatch, requests, storage);
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
  static AgreeArrivalTime agree(String requestId, String serial) {
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
    return List.of(world.all(), world.storage().rowCounts(), delivered);
  }

  @Test
  void the_scenario_entitles_its_jobs_from_the_erp_rows_a_paid_one_a_contract_one_a_warranty_one() {
    PostgresUnitOfWork storage = newStorage();
    World world = newWorld(storage, FaultInjector.over(storage));
    scenario().forEach(step -> step.action().apply(world));
    assertEquals(List.of(Entitlement.none(),
        Entitlement.underContract(ContractId.of("MC-2026-017")),
        Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31))),
        world.all().stream().map(ServiceRequest::entitlement).toList());
  }
}
