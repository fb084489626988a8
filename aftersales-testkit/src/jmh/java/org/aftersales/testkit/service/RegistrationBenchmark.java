package org.aftersales.testkit.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
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
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.CommandValidator;
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
 * Registering a service request (SVC-02) through {@code ServiceRequestRegistration.register},
 * and registering then dispatching it ({@code ServiceRequestDispatch.assign}), with the in-memory
 * adapters: Jakarta validation of each command (Hibernate Validator, as {@code TestValidators}
 * sets it up), the repeat check, the entitlement lookup, the promised deadlines (the seed's
 * SVC-11 levels on a Shanghai office calendar), the aggregate and its event, the save with the
 * outbox. Issue 10's target: register + dispatch ≤ 10 µs.
 *
 * <p><b>Bounded store, varied inputs.</b> A ring of {@value #RING} commands is generated once
 * from a fixed seed — city and suburb zones, four entitlements (categories A to D), calls at
 * random minutes of the working and non-working hours of 2026 and 2027, so each deadline is
 * counted from a different place in the week. The benchmark walks the ring; every time it comes
 * round, it starts over on a new, empty in-memory store (the cost of creating it is included,
 * amortised over {@value #RING} operations), so the store never holds more than {@value #RING}
 * requests and the collector's work per operation does not grow with the iteration's length.
 * See docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RegistrationBenchmark {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Requests per store before it is replaced. */
  static final int RING = 4_096;
  private static final String[] SERIALS = {"SN-A", "SN-B", "SN-C", "SN-D"};
  private static final PersonId SUPERVISOR = PersonId.of("sup-zhao");

  private InMemoryEntitlements erp;
  private ServiceLevelPolicy policy;
  private CommandValidator validator;
  private RegisterServiceRequest[] registrations;
  private AssignTechnician[] dispatches;
  private ServiceRequestRegistration registration;
  private ServiceRequestDispatch dispatch;
  private int next;

  /** The ERP, the policy and the ring of commands, once. */
  @Setup(Level.Trial)
  public void setUp() {
    erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-2026-017")))
        .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)))
        .grant("CNC-450", "SN-D", Entitlement.internal());
    WorkingCalendar office = WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
        .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
            WorkingHours.parse("13:30-18:00"))
        .build()).build();
    policy = ServiceLevels.seed(SeedServiceLevels.DISPATCH, office).build();
    validator = TestValidators.commandValidator();
    SplittableRandom random = new SplittableRandom(20261130L);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    registrations = new RegisterServiceRequest[RING];
    dispatches = new AssignTechnician[RING];
    for (int i = 0; i < RING; i++) {
      Instant received = from.plusSeconds(60L * random.nextInt(2 * 365 * 24 * 60));
      String key = Integer.toString(i);
      ServiceRequestId id = ServiceRequestId.of("SR-" + key);
      registrations[i] = new RegisterServiceRequest(RequestId.of("r-" + key), id, received,
          "Shanghai Precision Ltd.", "88 Zhangjiang Rd, Pudong", "021-5080 1234", "CNC-450",
          SERIALS[random.nextInt(4)], random.nextBoolean() ? ServiceZone.CITY : ServiceZone.SUBURB,
          ServiceChannel.PHONE, "Spindle stops after 10 minutes");
      dispatches[i] = new AssignTechnician(RequestId.of("d-" + key), id,
          PersonId.of("tech-" + random.nextInt(12)), SUPERVISOR,
          received.plusSeconds(60L * (1 + random.nextInt(240))));
    }
    newStore();
  }

  /** Starts over on an empty store (and the same ring). */
  private void newStore() {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    Instant now = Instant.parse("2028-01-01T00:00:00Z");
    registration = new ServiceRequestRegistration(requests, erp, policy, validator,
        TestClock.at(now, SHANGHAI));
    dispatch = new ServiceRequestDispatch(requests, validator, TestClock.at(now, SHANGHAI));
    next = 0;
  }

  private int take() {
    if (next == RING) {
      newStore();
    }
    return next++;
  }

  /**
   * One new request.
   *
   * @return the registered request
   */
  @Benchmark
  public ServiceRequest register() {
    return registration.register(registrations[take()]);
  }

  /**
   * One new request registered, then dispatched: both use cases, both validations, two saves
   * (issue 10's target: at most 10 µs for the pair).
   *
   * @return the dispatched request
   */
  @Benchmark
  public ServiceRequest registerAndDispatch() {
    int i = take();
    registration.register(registrations[i]);
    return dispatch.assign(dispatches[i]);
  }
}
