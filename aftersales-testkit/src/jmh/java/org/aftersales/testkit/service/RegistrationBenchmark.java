package org.aftersales.testkit.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Registering a service request (SVC-02) through {@code ServiceRequestRegistration.register}
 * with the in-memory adapters: Jakarta validation of the command (Hibernate Validator, as
 * {@code TestValidators} sets it up), the repeat check, the entitlement lookup, the aggregate and
 * its event, the save with the outbox. Every operation is a new request (a new request ID and
 * service request ID); the storage is new at every iteration, so memory stays bounded. Issue 10's
 * target is register + dispatch ≤ 10 µs; dispatch does not exist yet, so this measures the
 * registration alone. See docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RegistrationBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant RECEIVED = Instant.parse("2026-11-02T01:30:00Z");
  private static final String[] SERIALS = {"SN-A", "SN-B", "SN-C", "SN-D"};

  private static final PersonId TECHNICIAN = PersonId.of("tech-wang");
  private static final PersonId SUPERVISOR = PersonId.of("sup-zhao");

  private ServiceRequestRegistration registration;
  private ServiceRequestDispatch dispatch;
  private long counter;

  /** A new, empty storage and ERP at every iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    InMemoryEntitlements erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-2026-017")))
        .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)))
        .grant("CNC-450", "SN-D", Entitlement.internal());
    // The seed's dispatch levels (SVC-11) on the Shanghai office calendar: every registration
    // computes and keeps its arrival deadline.
    WorkingCalendar office = WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
        .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
            WorkingHours.parse("13:30-18:00"))
        .build()).build();
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    dispatch = new ServiceRequestDispatch(requests, TestValidators.commandValidator(),
        TestClock.at(RECEIVED.plusSeconds(120), SHANGHAI));
    registration = new ServiceRequestRegistration(requests, erp,
        ServiceLevels.seed(SeedServiceLevels.DISPATCH, office).build(), TestValidators.commandValidator(), TestClock.at(RECEIVED.plusSeconds(60), SHANGHAI));
  }

  /** One new request, categories A, B, C, D in turn. */
  @Benchmark
  public ServiceRequest register() {
    long n = counter++;
    String key = Long.toString(n);
    return registration.register(new RegisterServiceRequest(RequestId.of("r-" + key),
        ServiceRequestId.of("SR-" + key), RECEIVED, "Shanghai Precision Ltd.",
        "88 Zhangjiang Rd, Pudong", "021-5080 1234", "CNC-450", SERIALS[(int) (n & 3)],
        ServiceZone.CITY, ServiceChannel.PHONE, "Spindle stops after 10 minutes"));
  }

  /**
   * One new request registered, then dispatched: both use cases, both validations, two saves
   * (issue 10's target: at most 10 µs for the pair).
   *
   * @return the dispatched request
   */
  @Benchmark
  public ServiceRequest registerAndDispatch() {
    ServiceRequest registered = register();
    return dispatch.assign(new AssignTechnician(RequestId.of("d-" + registered.id().value()),
        registered.id(), TECHNICIAN, SUPERVISOR, RECEIVED.plusSeconds(90)));
  }
}
