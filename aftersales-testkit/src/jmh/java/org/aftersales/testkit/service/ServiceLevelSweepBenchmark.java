package org.aftersales.testkit.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceLevelWatch;
import org.aftersales.core.service.ServiceRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The breach sweep's domain work over 100 000 open requests (issue 10: ≤ 50 ms):
 * {@link ServiceLevelWatch#candidates} for every request at one instant — which promises are
 * watched, and the warnings, breaches and escalation levels due, with their keys — what every run
 * computes; and {@link ServiceLevelWatch#noticesDue}, the same with every candidate built into a
 * notice (what a first run, with nothing recorded yet, builds). The requests (see {@link ServiceRequestWorkload}) were called at random minutes of
 * the {@code days} days before the sweep's instant, so with {@code days = 3} some are not yet due
 * for anything, some are in their warning, most are breached and many past level 2 (the catch-up
 * case: every run re-derives the notices of every breached open request, and the port's
 * {@code recordedAmong} filters them); {@code days = 1} is a fresher queue. The port calls are not
 * measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ServiceLevelSweepBenchmark {

  /** Over how many days before the sweep the calls are spread. */
  @Param({"1", "3"})
  public int days;

  private static final Instant AT = Instant.parse("2026-11-18T06:00:00Z");
  private List<ServiceRequest> open;
  private final ServiceLevelSweepSettings settings = ServiceLevelSweepSettings.seed();

  /** 100 000 open requests. */
  @Setup(Level.Trial)
  public void setUp() {
    open = ServiceRequestWorkload.requests(100_000, AT.minusSeconds(days * 86_400L),
        days * 24 * 60, ServiceRequestWorkload.policy(ServiceRequestWorkload.office(false)),
        20261118L);
  }

  /**
   * One sweep's domain work over every request.
   *
   * @return how many notices are due (so the work is not optimised away)
   */
  @Benchmark
  public int noticesDueOverAllOpenRequests() {
    int due = 0;
    for (ServiceRequest r : open) {
      due += ServiceLevelWatch.noticesDue(r, AT, settings).size();
    }
    return due;
  }

  /**
   * What a sweep run computes for every open request: the due candidates with their keys (the
   * port then answers which keys are recorded; only the rest become notices).
   *
   * @return how many candidates are due
   */
  @Benchmark
  public int candidatesOverAllOpenRequests() {
    int due = 0;
    for (ServiceRequest r : open) {
      due += ServiceLevelWatch.candidates(r, AT, settings).size();
    }
    return due;
  }
}
