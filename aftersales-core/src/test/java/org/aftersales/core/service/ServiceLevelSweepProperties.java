package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;

/**
 * Whatever the requests and however the runs are ordered or repeated, the sweep records exactly
 * the notices the definitions call for at the runs' instants, each once, and every notice for a
 * supervisor is listed by exactly one digest. The expected notices are computed here from the
 * definitions (a warning when some run falls in [max(due − 60 min, call), due]; the breach and
 * level 1 when some run is after the due instant; level 2 when some run is more than four hours
 * after it), not by the code under test.
 */
@Tag("SVC-08")
class ServiceLevelSweepProperties {

  // rule: SVC-08, SVC-11, SVC-13
  static final Instant BASE = Instant.parse("2026-11-02T00:00:00Z");

  /** A request: call offset, promise offsets after the call (-1: none), dispatched or not. */
  record Spec(int callMinute, int responseAfter, int arrivalAfter, boolean dispatched) {}

  @Provide
  Arbitrary<List<Spec>> requests() {
    return Combinators.combine(Arbitraries.integers().between(0, 600),
        Arbitraries.integers().between(-1, 1_500), Arbitraries.integers().between(-1, 600),
        Arbitraries.of(true, false)).as(Spec::new).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Integer>> runs() {
    return Arbitraries.integers().between(0, 2_400).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void each_run_records_what_is_due_and_not_yet_recorded_and_nothing_twice(
      @ForAll("requests") List<Spec> specs, @ForAll("runs") List<Integer> runMinutes) {
    List<ServiceRequest> requests = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      Instant call = BASE.plus(Duration.ofMinutes(s.callMinute()));
      Instant response = s.responseAfter() < 0 ? null
          : call.plus(Duration.ofMinutes(s.responseAfter()));
      Instant arrival = s.arrivalAfter() < 0 ? null
          : call.plus(Duration.ofMinutes(s.arrivalAfter()));
      requests.add(s.dispatched()
          ? SweepFixtures.dispatched("SR-" + i, call, response, arrival, call.plusSeconds(1))
          : SweepFixtures.registered("SR-" + i, call, response, arrival));
    }
    SweepFakes.Requests port = new SweepFakes.Requests(requests.toArray(ServiceRequest[]::new));
    SweepFakes.Log log = new SweepFakes.Log();
    int recordedByRuns = 0;
    for (int minute : runMinutes) {
      Instant at = BASE.plus(Duration.ofMinutes(minute));
      recordedByRuns += new ServiceLevelSweep(port, log,
          ServiceLevelSweepSettings.seed().withPageSize(5), Clock.fixed(at, ZoneOffset.UTC))
          .sweep().recorded().size();
    }

    Set<String> expected = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      Instant call = BASE.plus(Duration.ofMinutes(s.callMinute()));
      List<String[]> promises = new ArrayList<>();
      if (s.responseAfter() >= 0 && !s.dispatched()) {
        promises.add(new String[] {"REPLY", String.valueOf(s.responseAfter())});
      }
      if (s.arrivalAfter() >= 0) {
        promises.add(new String[] {"ARRIVAL_ON_SITE", String.valueOf(s.arrivalAfter())});
      }
      for (String[] p : promises) {
        Instant due = call.plus(Duration.ofMinutes(Integer.parseInt(p[1])));
        Instant warnFrom = due.minus(Duration.ofMinutes(60));
        if (warnFrom.isBefore(call)) {
          warnFrom = call;
        }
        for (int minute : runMinutes) {
          Instant at = BASE.plus(Duration.ofMinutes(minute));
          if (!at.isBefore(warnFrom) && !at.isAfter(due)) {
            expected.add("SR-" + i + "/" + p[0] + ".warning");
          }
          if (at.isAfter(due)) {
            expected.add("SR-" + i + "/" + p[0] + ".breach");
            expected.add("SR-" + i + "/" + p[0] + ".escalation-1");
          }
          if (at.isAfter(due.plus(Duration.ofHours(4)))) {
            expected.add("SR-" + i + "/" + p[0] + ".escalation-2");
          }
        }
      }
    }
    List<Notice> perRequest = log.notices.values().stream()
        .filter(n -> !n.kind().equals(NoticeKind.SUPERVISOR_DIGEST)).toList();
    Set<String> recorded = new HashSet<>();
    perRequest.forEach(n -> recorded.add(n.key().sourceId() + "/" + n.key().step()));
    assertEquals(expected, recorded);
    assertEquals(perRequest.size(), recordedByRuns, "each notice recorded by one run only");
    assertEquals(log.notices.size(), log.outbox.size(), "each recorded once in the outbox");

    List<Object> listed = new ArrayList<>();
    log.notices.values().stream().filter(n -> n.kind().equals(NoticeKind.SUPERVISOR_DIGEST))
        .forEach(d -> d.parameters().forEach((k, v) -> {
          if (k.startsWith("notice-")) {
            listed.add(v);
          }
        }));
    List<String> forSupervisors = perRequest.stream()
        .filter(n -> n.delivery() == Delivery.IN_DIGEST).map(n -> n.key().text()).toList();
    assertEquals(new HashSet<>(forSupervisors), new HashSet<>(listed));
    assertEquals(forSupervisors.size(), listed.size(), "no notice listed twice");
  }
}
