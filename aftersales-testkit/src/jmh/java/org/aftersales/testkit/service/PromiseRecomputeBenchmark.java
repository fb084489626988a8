package org.aftersales.testkit.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.PromiseRecompute;
import org.aftersales.core.service.PromiseRecomputation;
import org.aftersales.core.service.RecomputePromises;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.RequestId;
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
 * Recomputing 1 000 000 stored promises after a holiday is added (issue 10: ≤ 1 s on one core):
 * the domain part of the audited {@link PromiseRecompute} (one {@link PromiseRecomputation} per
 * run, as the use case uses it) over 500 000
 * requests with two promises each (a 24-hour reply, SVC-13, and the seed's SVC-11 arrival of 6 or
 * 7 working hours), called at random minutes of September and October 2026 and registered on the
 * office calendar without the National Day holidays; the recompute runs with the calendar that has
 * them, so the arrival promises of calls from 30 September on move and the rest are compared and
 * left. One thread. The saves (a port call per changed request) are not measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class PromiseRecomputeBenchmark {

  private static final RecomputePromises COMMAND = new RecomputePromises(
      RequestId.of("rc-2026-10"), PersonId.of("mgr-qian"), "National Day holidays added");
  private static final Instant AT = Instant.parse("2026-09-25T02:00:00Z");

  private List<ServiceRequest> stored;
  private ServiceLevelPolicy withHolidays;

  /** 500 000 requests promised under the calendar without the holidays. */
  @Setup(Level.Trial)
  public void setUp() {
    stored = ServiceRequestWorkload.requests(500_000, Instant.parse("2026-09-01T00:00:00Z"),
        61 * 24 * 60, ServiceRequestWorkload.policy(ServiceRequestWorkload.office(false)),
        20261001L);
    withHolidays = ServiceRequestWorkload.policy(ServiceRequestWorkload.office(true));
  }

  /**
   * Recomputes every stored promise.
   *
   * @return how many requests changed
   */
  @Benchmark
  public int recomputeOneMillionPromises() {
    int changed = 0;
    PromiseRecomputation run = PromiseRecomputation.with(withHolidays);
    for (ServiceRequest r : stored) {
      if (run.recomputed(r, COMMAND, AT).isPresent()) {
        changed++;
      }
    }
    return changed;
  }
}
