package org.aftersales.examples.postgres.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.PromiseRecompute;
import org.aftersales.core.service.RecomputePromises;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepPaging;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.faults.PostgresUnitOfWork;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The testkit's fault-injection suite over PostgreSQL for the promise recompute (承诺时限重算,
 * SVC-11): three open requests registered on the office calendar, then the National Day holidays
 * added and every open request's promises recomputed — read in keyset pages of two through
 * {@link JdbcServiceRequests#open} and {@link JdbcServiceRequests#openAfter} — with a fault
 * before, during (rolled back) and after every call, in autocommit and in the host's
 * transaction: each changed request saved once with its one audit event, the unchanged one
 * untouched. The scenario is the testkit's own {@code PromiseRecomputeFaultTest}'s. Storage:
 * {@link ServiceFaultSuiteOnPostgres}. // rule: SVC-11 — tag: reliability
 */
class PromiseRecomputeOnPostgresFaultTest
    extends ServiceFaultSuiteOnPostgres<PromiseRecomputeOnPostgresFaultTest.World> {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ServiceLevelPolicy WITH_HOLIDAYS = ServiceLevels.seed(
      SeedServiceLevels.DISPATCH, ServiceFixtures.seedCalendarBuilder()
          .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "国庆节").build())
      .build();
  private static final RecomputePromises COMMAND = new RecomputePromises(
      RequestId.of("rc-2026-10"), PersonId.of("mgr-qian"), "国庆节放假安排加入办公日历");

  /** The recompute over a wrapped repository, and the repository to observe. */
  record World(PromiseRecompute recompute, JdbcServiceRequests requests) {}

  private static Instant sh(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  private static RegisterServiceRequest call(String id, ServiceZone zone, Instant received) {
    return new RegisterServiceRequest(RequestId.of("r-" + id), ServiceRequestId.of(id), received,
        "苏州电机厂", "苏州市星湖街1号", "0512-6288 0000", "CNC-450", "SN-" + id, zone,
        ServiceChannel.HOTLINE, "冷却泵漏水");
  }

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcServiceRequests requests = new JdbcServiceRequests(storage.connections(), JSON);
    // Registered under the calendar without the holidays (set-up: not wrapped).
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        new JdbcEntitlements(storage.connections(), SHANGHAI),
        ServiceFixtures.seedServiceLevels(), TestValidators.commandValidator(),
        Clock.fixed(sh(9, 30, 16, 0), SHANGHAI));
    registration.register(call("SR-CITY", ServiceZone.CITY, sh(9, 30, 16, 0)));
    registration.register(call("SR-SUBURB", ServiceZone.SUBURB, sh(9, 30, 16, 0)));
    registration.register(call("SR-EARLY", ServiceZone.CITY, sh(9, 29, 9, 0)));
    // The suite's relay delivers every stored event; mark the registrations' delivered so that
    // the scenario's events are the recompute's.
    JdbcOutbox setUp = new JdbcOutbox(storage.connections(), JSON, "p2-fault-set-up");
    setUp.undelivered(Integer.MAX_VALUE).forEach(e -> setUp.markDelivered(e.eventId()));
    return new World(new PromiseRecompute(faults.wrap(ServiceRequests.class, requests),
        TestValidators.commandValidator(), Clock.fixed(sh(9, 30, 17, 0), SHANGHAI),
        new SweepPaging(2)), requests);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(new Step<>("recompute after the holidays were added",
        w -> w.recompute().recompute(COMMAND, WITH_HOLIDAYS)));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    return storedRequests(world.requests());
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(storedRequests(world.requests()), delivered);
  }
}
