package org.aftersales.testkit.service;

import static org.aftersales.testkit.service.ServiceLevelSweepFlowTest.promised;
import static org.aftersales.testkit.service.ServiceLevelSweepFlowTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepReport;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Three sweep runs over four open requests — one in its warning, then breaches, escalations and
 * digests for two supervisors — under a fault at every port call, the sweep's check writes
 * included, with retries: no notice lost, none recorded twice, every supervisor's notice in
 * exactly one digest, every request's next check the one of the fault-free runs, in autocommit
 * and in a host transaction; the relay delivers every notice at least once.
 * // rule: SVC-08, SVC-11 — tag: reliability
 */
class ServiceLevelSweepFaultTest
    extends FaultInjectionContract<ServiceLevelSweepFaultTest.World> {

  /** The sweeps of three instants, wired to wrapped ports, and the log and store to observe. */
  record World(ServiceLevelSweep early, ServiceLevelSweep breach, ServiceLevelSweep late,
      InMemoryNoticeLog log, InMemoryServiceRequests requests) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    // Arrival due 16:30 and 17:30 on Monday, two registered, two dispatched (to sup-0, sup-1).
    requests.save(promised(1, sh(2, 16, 30), false), List.of());
    requests.save(promised(2, sh(2, 17, 30), false), List.of());
    requests.save(promised(3, sh(2, 16, 30), true), List.of());
    requests.save(promised(4, sh(2, 17, 30), true), List.of());
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    ServiceRequests wrappedRequests = faults.wrap(ServiceRequests.class, requests);
    NoticeLog wrappedLog = faults.wrap(NoticeLog.class, log);
    ServiceLevelSweepSettings pagesOfThree = ServiceLevelSweepSettings.seed().withPageSize(3);
    return new World(
        new ServiceLevelSweep(wrappedRequests, wrappedLog, pagesOfThree,
            TestClock.at(sh(2, 15, 45), ServiceLevelSweepFlowTest.SHANGHAI)),
        new ServiceLevelSweep(wrappedRequests, wrappedLog, pagesOfThree,
            TestClock.at(sh(2, 16, 45), ServiceLevelSweepFlowTest.SHANGHAI)),
        new ServiceLevelSweep(wrappedRequests, wrappedLog, pagesOfThree,
            TestClock.at(sh(2, 21, 45), ServiceLevelSweepFlowTest.SHANGHAI)),
        log, requests);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("sweep at 15:45 (warnings)", w -> w.early().sweep()),
        new Step<>("sweep at 16:45 (breaches, warnings)", w -> w.breach().sweep()),
        new Step<>("sweep at 21:45 (level 2, breaches)", w -> w.late().sweep()));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // What a run records depends on what a failed attempt recorded before it; the log after
    // the run does not.
    return result instanceof SweepReport ? sorted(world.log().all()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    // The checks too: a retry stores the checks the fault-free run stores (a fault before the
    // schedule write leaves the page due; after it, the retry finds nothing due and keeps them).
    return List.of(sorted(world.log().all()), delivered.stream()
        .sorted(Comparator.comparing(e -> e.eventId().value())).toList(),
        world.requests().all().stream().map(r -> world.requests().sweepCheck(r.id())).toList());
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }

  @Test
  void the_port_calls_of_a_run_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.early().sweep();
    // Four requests due (never checked) in pages of three; 15:45 is in every 16:30 warning, 2
    // notices, both for supervisors (the desk, sup-1): two digests. Each page's checks are
    // written after its notices.
    assertEquals(List.of("ServiceRequests.dueForSweep", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "ServiceRequests.scheduleSweepChecks", "ServiceRequests.dueForSweepAfter",
        "ServiceRequests.scheduleSweepChecks", "NoticeLog.awaitingDigest",
        "NoticeLog.recordDigest", "NoticeLog.recordDigest"),
        faults.calls());
  }

  @Test
  void a_second_run_before_any_check_comes_reads_no_request_and_writes_nothing() {
    // rule: SVC-08 — a run costs the requests due, not every open request
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.early().sweep();
    int before = faults.calls().size();
    // Again at 15:45: the checks are 16:30 (breaches) and 16:29:59.999999 (17:30's warnings).
    world.early().sweep();
    assertEquals(List.of("ServiceRequests.dueForSweep", "NoticeLog.awaitingDigest"),
        faults.calls().subList(before, faults.calls().size()));
  }
}
