package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.testkit.notification.InMemoryNoticeLog;

/**
 * THE invariant of the scheduled sweep (SVC-08): a schedule is never later than an unrecorded due
 * notice. Random lives of requests ({@link ServiceArbitraries#lifecycles()}: registered,
 * dispatched, reported, taken to the workshop with a repair card's promise, closed…) advance by
 * random steps between runs at a random increasing sequence of instants; each run of the sweep
 * that reads only the requests due for a check (the in-memory adapter keeps the checks) records
 * exactly the notices that a run of the full scan records — the same sweep over the same
 * requests through a view of the port that keeps no checks (the port's defaults: every open
 * request read every run), into a notice log of its own. The expected notices are thus computed
 * by the old, independent path, not by the schedule under test.
 */
@Tag("SVC-08")
class ServiceLevelSweepScheduleProperties {

  // rule: SVC-08, SVC-11, SVC-13, SVC-14
  /** After every life's commands: the use cases accept them against this clock. */
  static final Clock COMMANDS = Clock.fixed(Instant.parse("2028-06-01T00:00:00Z"), ZoneOffset.UTC);

  /** A run: near which life (its index), how long after its call (minutes), how far to advance. */
  record Run(int life, int minutesAfterCall, List<Integer> advances) {}

  @Provide
  Arbitrary<List<ServiceArbitraries.Lifecycle>> lives() {
    return ServiceArbitraries.lifecycles().list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Run>> runs() {
    // Up to four days after a call (the seed's promises are hours to a day after it), often
    // near the arrival deadlines; a life mostly waits, sometimes takes one step or more.
    Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 4 * 24 * 60)),
        Tuple.of(2, Arbitraries.integers().between(5 * 60, 9 * 60)));
    Arbitrary<Integer> advance = Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(3, 1),
        Tuple.of(1, 2), Tuple.of(1, 3));
    return Combinators.combine(Arbitraries.integers().between(0, 4), minutes,
        advance.list().ofSize(5)).as(Run::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void each_run_over_the_due_requests_records_what_the_full_scan_records(
      @ForAll("lives") List<ServiceArbitraries.Lifecycle> lives, @ForAll("runs") List<Run> runs,
      @ForAll("pageSizes") int pageSize) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    InMemoryEntitlements erp = InMemoryEntitlements.create(ServiceFixtures.SHANGHAI);
    lives.forEach(life -> life.grantTo(erp));
    ServiceRequestRegistration registration =
        ServiceFixtures.seedRegistration(requests, erp, COMMANDS);
    ServiceRequestDispatch dispatch = ServiceFixtures.seedDispatch(requests, COMMANDS);
    ServiceRequestCompletion completion = ServiceFixtures.seedCompletion(requests, COMMANDS);
    ServiceRequestWorkshop workshop = ServiceFixtures.seedWorkshop(requests, COMMANDS);

    // Run instants: near one life's call each, in increasing order (a schedule assumes time
    // moves forward); the advances are applied in that order too.
    List<Run> ordered = new ArrayList<>(runs);
    ordered.sort(Comparator.comparing((Run r) -> instantOf(r, lives)));
    ServiceLevelSweepSettings settings = ServiceLevelSweepSettings.seed().withPageSize(pageSize);
    InMemoryNoticeLog scheduledLog = InMemoryNoticeLog.create();
    InMemoryNoticeLog fullLog = InMemoryNoticeLog.create();
    ServiceRequests fullScan = FullScanServiceRequests.over(requests);
    // 0: not registered; k: registered and k − 1 steps. A life is registered before the first
    // run near its call (lives' calls may be months apart), so every run has a request to see.
    int[] progress = new int[lives.size()];
    int readByFullScan = 0;
    int readByScheduled = 0;
    for (Run run : ordered) {
      for (int i = 0; i < lives.size(); i++) {
        ServiceArbitraries.Lifecycle life = lives.get(i);
        int target = Math.min(Math.max(progress[i] + run.advances().get(i), i == run.life() % lives.size() ? 1 : 0),
            life.steps().size() + 1);
        if (target > progress[i]) {
          progress[i] = target;
          // Earlier commands repeat (answered as repeats by request ID); the new ones apply.
          new ServiceArbitraries.Lifecycle(life.entitlement(), life.registration(), life.path(),
              life.steps().subList(0, target - 1)).runOn(registration, dispatch, completion,
              workshop);
        }
      }
      Instant at = instantOf(run, lives);
      Clock clock = Clock.fixed(at, ZoneOffset.UTC);
      readByScheduled += requests.dueForSweep(at, Integer.MAX_VALUE).size();
      readByFullScan += requests.open(Integer.MAX_VALUE).size();
      List<Notice> scheduled = new ServiceLevelSweep(requests, scheduledLog, settings, clock)
          .sweep().recorded();
      List<Notice> full = new ServiceLevelSweep(fullScan, fullLog, settings, clock).sweep()
          .recorded();
      assertEquals(sorted(full), sorted(scheduled), () -> "run at " + at);
    }
    assertEquals(sorted(fullLog.all()), sorted(scheduledLog.all()));
    Statistics.label("notices recorded").collect(fullLog.all().isEmpty() ? "none" : "some");
    Statistics.label("notices recorded").coverage(c -> c.check("some").percentage(p -> p >= 30));
    Statistics.label("reads saved").collect(readByScheduled < readByFullScan ? "some" : "none");
    Statistics.label("reads saved").coverage(c -> c.check("some").percentage(p -> p >= 40));
  }

  @Provide
  Arbitrary<Integer> pageSizes() {
    return Arbitraries.integers().between(1, 4);
  }

  private static Instant instantOf(Run run, List<ServiceArbitraries.Lifecycle> lives) {
    ServiceArbitraries.Lifecycle life = lives.get(run.life() % lives.size());
    return life.registration().receivedAt().plus(Duration.ofMinutes(run.minutesAfterCall()));
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }
}
