package org.aftersales.examples.postgres.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.notification.JdbcNoticeLog;
import org.aftersales.examples.postgres.service.JdbcEntitlements;
import org.aftersales.examples.postgres.service.JdbcServiceRequests;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service-level sweep (时限巡检, SVC-08, SVC-11) on several nodes at once: 300 open service
 * requests registered through the seed's registration (SVC-02: response and arrival promised on
 * the seed's Shanghai office calendar) over a day and a half, a third of them dispatched; every
 * node sweeps at the same instants, all nodes at once, as the clocks advance past the deadlines;
 * each run reads only the requests due for a check and stores their next checks (V9), the nodes'
 * check writes racing each other.
 * Every warning, breach and escalation is recorded exactly once — the same notices as the same
 * scenario on one node alone and on the in-memory adapters (the independent reference) — every
 * notice for a supervisor is listed by one digest, and each notice's event is delivered once by
 * the relays of all nodes.
 *
 * <p>// rule: SVC-08, SVC-11 (each due notice once, whichever node and run derives it)
 */
@Tag("SVC-08")
@Tag("SVC-11")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SweepOnNodesTest {

  static final ZoneId SHANGHAI = ServiceFixtures.SHANGHAI;
  static final int REQUESTS = 300;
  /** Pages of 40: a run reads eight pages, so the nodes meet inside the paging too. */
  static final ServiceLevelSweepSettings SETTINGS = ServiceLevelSweepSettings.seed()
      .withPageSize(40);
  /** Monday 2 November 2026, 08:00 in Shanghai: the first registration. */
  static final Instant FIRST = ServiceFixtures.shanghai("2026-11-02T08:00");

  static Instant receivedAt(int i) {
    // Every 7 minutes and some microseconds for 35 hours: inside and outside office hours.
    return FIRST.plus(Duration.ofMinutes(7L * i)).plusNanos(1_000L * (i % 997));
  }

  /** The sweep instants: every 90 minutes from Monday 10:00 to Thursday 02:30 (Shanghai). */
  static List<Instant> runs() {
    List<Instant> out = new ArrayList<>();
    for (Instant at = ServiceFixtures.shanghai("2026-11-02T10:00");
        !at.isAfter(ServiceFixtures.shanghai("2026-11-05T02:30"));
        at = at.plus(Duration.ofMinutes(90))) {
      out.add(at);
    }
    return out;
  }

  /** Registers (and dispatches every third of) the scenario's requests over the given ports. */
  static void register(ServiceRequests requests, Entitlements entitlements, TestClock clock) {
    for (int i = 0; i < REQUESTS; i++) {
      Instant at = receivedAt(i);
      clock.set(at);
      RegisterServiceRequest command = ServiceFixtures.registerServiceRequest()
          .requestId(RequestId.of("sweep-r-" + i))
          .serviceRequestId(ServiceRequestId.of(String.format(Locale.ROOT, "SR-%04d", i)))
          .productSerial("SN-" + i).receivedAt(at)
          .zone(i % 2 == 0 ? ServiceZone.CITY : ServiceZone.SUBURB).build();
      ServiceFixtures.seedRegistration(requests, entitlements, clock).register(command);
      if (i % 3 == 0) {
        Instant assigned = at.plus(Duration.ofMinutes(20));
        clock.set(assigned);
        ServiceFixtures.seedDispatch(requests, clock).assign(ServiceFixtures
            .assignTechnician(command.serviceRequestId()).requestId(RequestId.of("sweep-d-" + i))
            .technician(PersonId.of("tech-" + i % 5)).supervisor(PersonId.of("sup-" + i % 2))
            .assignedAt(assigned).build());
      }
    }
  }

  static ServiceLevelSweep sweep(ServiceRequests requests, NoticeLog log, Clock clock) {
    return new ServiceLevelSweep(requests, log, SETTINGS, clock);
  }

  /** The scenario on {@code count} nodes; returns every event the relays delivered. */
  static List<OutboxEvent> onNodes(int count) throws Exception {
    try (Cluster cluster = new Cluster("nodes_sweep", count, FIRST, SHANGHAI)) {
      Cluster.Node first = cluster.nodes.get(0);
      register(new JdbcServiceRequests(first.store().transactions(), first.json()),
          new JdbcEntitlements(first.store().transactions(), SHANGHAI), first.clock());
      cluster.startRelays();
      List<ServiceLevelSweep> sweeps = new ArrayList<>();
      for (Cluster.Node node : cluster.nodes) {
        sweeps.add(sweep(new JdbcServiceRequests(node.store().transactions(), node.json()),
            new JdbcNoticeLog(node.store().transactions(), node.json()), node.clock()));
      }
      for (Instant at : runs()) {
        cluster.setClocks(at);
        cluster.allAtOnce(1, (node, thread) -> sweeps.get(node.index()).sweep());
      }
      // Every node's runs stored their checks: after the last run nothing is due at its instant
      // (each check is at or after it, or never), so another run at it reads no request.
      Instant last = runs().get(runs().size() - 1);
      assertEquals(List.of(), new JdbcServiceRequests(first.store().transactions(), first.json())
          .dueForSweep(last, Integer.MAX_VALUE), "nothing due at the last run's instant");
      cluster.drainRelays();
      List<OutboxEvent> delivered = cluster.assertEveryEventDeliveredOnce();
      assertEquals(Notices.withoutDigests(delivered, NoticeKind.SUPERVISOR_DIGEST).size()
          + Notices.digests(delivered, NoticeKind.SUPERVISOR_DIGEST).size(),
          cluster.count("notice", "true"), "each recorded notice's event delivered");
      if (count > 1) {
        System.out.printf(Locale.ROOT, "[R1] sweep on %d nodes: delivered per node %s%n", count,
            cluster.deliveredByNode());
      }
      return delivered;
    }
  }

  /** The scenario on the in-memory adapters, one instance: the notices it recorded. */
  static List<Notice> inMemory() {
    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    TestClock clock = TestClock.at(FIRST, SHANGHAI);
    register(requests, InMemoryEntitlements.create(SHANGHAI), clock);
    ServiceLevelSweep sweep = sweep(requests, log, clock);
    for (Instant at : runs()) {
      clock.set(at);
      sweep.sweep();
    }
    return log.all();
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void nodes_sweeping_at_once_record_every_notice_once_as_one_node_and_the_reference_do(
      int count) throws Exception {
    long started = System.nanoTime();
    List<OutboxEvent> delivered = onNodes(count);
    long nodesMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    List<Notice> notices = Notices.withoutDigests(delivered, NoticeKind.SUPERVISOR_DIGEST);
    List<Notice> alone = Notices.withoutDigests(onNodes(1), NoticeKind.SUPERVISOR_DIGEST);
    List<Notice> reference = inMemory().stream()
        .filter(n -> !n.kind().equals(NoticeKind.SUPERVISOR_DIGEST)).toList();

    Set<NoticeKind> kinds = new HashSet<>();
    notices.forEach(n -> kinds.add(n.kind()));
    assertTrue(kinds.containsAll(Set.of(NoticeKind.PRE_BREACH_WARNING, NoticeKind.BREACH,
        NoticeKind.ESCALATION)), () -> "the scenario reaches every kind: " + kinds);
    assertEquals(notices.size(), new HashSet<>(notices.stream().map(Notice::key).toList()).size(),
        "no notice key recorded twice");
    assertEquals(new HashSet<>(reference), new HashSet<>(notices),
        "the same notices as the in-memory reference, field by field");
    assertEquals(reference.size(), notices.size());
    assertEquals(new HashSet<>(alone), new HashSet<>(notices), "the same as on one node alone");
    Notices.assertEachListedByOneDigest(delivered, NoticeKind.SUPERVISOR_DIGEST,
        ServiceLevelSweep.DIGESTED_KINDS);
    System.out.printf(Locale.ROOT, "[R1] sweep on %d nodes: %d requests, %d runs, %d notices "
        + "(%s), %d events; nodes %d ms, whole test %d ms%n", count, REQUESTS, runs().size(),
        notices.size(), kinds, delivered.size(), nodesMillis,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }
}
