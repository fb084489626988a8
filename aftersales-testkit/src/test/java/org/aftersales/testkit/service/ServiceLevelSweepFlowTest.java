package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NotifyingEventPublisher;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.SweepReport;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.notification.RecordingNotifications;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sweep end to end with the seed's dispatch levels (SVC-11: arrival within 6 working hours in
 * the city, 7 in the suburbs, office hours 09:00–12:00 and 13:30–18:00, Monday to Friday, in
 * Shanghai), the in-memory adapters, the relay and the forwarding publisher: each warning, breach
 * and escalation reaches the notification port once, and supervisors get one digest per run.
 */
@Tag("SVC-08")
@Tag("SVC-11")
class ServiceLevelSweepFlowTest {

  // rule: SVC-08, SVC-11
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static RegisterServiceRequest call(String id, ServiceZone zone, Instant received) {
    return new RegisterServiceRequest(RequestId.of("r-" + id), ServiceRequestId.of(id), received,
        "Suzhou Motors", "1 Xinghu St", "0512-6288 0000", "CNC-450", "SN-" + id, zone,
        ServiceChannel.HOTLINE, "Coolant pump leaks");
  }

  /** The use cases and adapters of one storage. */
  static final class World {
    final InMemoryDatabase database = InMemoryDatabase.create();
    final InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    final TestClock clock = TestClock.at(sh(2, 9, 0), SHANGHAI);
    final RecordingNotifications notifications = new RecordingNotifications();
    final RecordingEventPublisher others = new RecordingEventPublisher();
    final EventRelay relay = new EventRelay(log.outbox(),
        new NotifyingEventPublisher(notifications, others));

    ServiceLevelSweep sweepAt(Instant at) {
      return new ServiceLevelSweep(requests.freshInstanceOverSameStorage(),
          log.freshInstanceOverSameStorage(), ServiceLevelSweepSettings.seed(),
          TestClock.at(at, SHANGHAI));
    }
  }

  @Test
  void warnings_breaches_and_escalations_reach_the_port_once_and_supervisors_get_digests() {
    World w = new World();
    ServiceRequestRegistration registration = new ServiceRequestRegistration(w.requests,
        InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), w.clock);
    // Monday 09:00 city: 3 h to 12:00, 3 h from 13:30 → due 16:30. Suburb: 7 h → due 17:30.
    ServiceRequest city = registration.register(call("SR-A", ServiceZone.CITY, sh(2, 9, 0)));
    ServiceRequest suburb = registration.register(call("SR-B", ServiceZone.SUBURB, sh(2, 9, 0)));
    assertEquals(Optional.of(sh(2, 16, 30)), city.arrivalDue());
    assertEquals(Optional.of(sh(2, 17, 30)), suburb.arrivalDue());
    w.clock.set(sh(2, 10, 0));
    new ServiceRequestDispatch(w.requests, TestValidators.commandValidator(), w.clock)
        .assign(new AssignTechnician(RequestId.of("d-B"), suburb.id(), PersonId.of("tech-li"),
            PersonId.of("sup-zhao"), sh(2, 10, 0)));

    // 15:30: the city job's warning (16:30 − 60 min); the suburb job's falls at 16:30.
    SweepReport first = w.sweepAt(sh(2, 15, 30)).sweep();
    assertEquals(List.of("SR-A/ARRIVAL_ON_SITE.warning"), ids(first.recorded()));
    w.relay.relayAll(100, 100);
    Notice warning = w.notifications.received(NoticeKind.PRE_BREACH_WARNING).get(0);
    assertEquals(Delivery.IN_DIGEST, warning.delivery());
    List<Notice> desk = w.notifications.received(NoticeKind.SUPERVISOR_DIGEST);
    assertEquals(1, desk.size());
    assertEquals(Recipient.role(RecipientRole.SUPERVISOR), desk.get(0).recipient());
    assertEquals(warning.key().text(), desk.get(0).parameters().get("notice-000000"));

    // 16:31: the city job is breached (level 1 with it); the suburb job is in its warning.
    w.sweepAt(sh(2, 16, 31)).sweep();
    // 16:31 again, and from a "second node": nothing new.
    assertEquals(List.of(), w.sweepAt(sh(2, 16, 31)).sweep().recorded());
    // 20:31: the city job passed level 2 (16:30 + 4 h); the suburb job breached at 17:30.
    SweepReport evening = w.sweepAt(sh(2, 20, 31)).sweep();
    assertEquals(List.of("SR-A/ARRIVAL_ON_SITE.escalation-2", "SR-B/ARRIVAL_ON_SITE.breach",
        "SR-B/ARRIVAL_ON_SITE.escalation-1"), ids(evening.recorded()));
    w.relay.relayAll(100, 100);
    w.relay.relayAll(100, 100);

    assertEquals(List.of("SR-A/ARRIVAL_ON_SITE.warning", "SR-A/ARRIVAL_ON_SITE.breach",
        "SR-A/ARRIVAL_ON_SITE.escalation-1", "SR-B/ARRIVAL_ON_SITE.warning",
        "SR-A/ARRIVAL_ON_SITE.escalation-2", "SR-B/ARRIVAL_ON_SITE.breach",
        "SR-B/ARRIVAL_ON_SITE.escalation-1"),
        ids(w.notifications.received().stream()
            .filter(n -> !n.kind().equals(NoticeKind.SUPERVISOR_DIGEST)).toList()));
    assertEquals(w.notifications.deliveries(), w.notifications.received(),
        "with a working relay nothing is delivered twice");
    Notice late = w.notifications.assertReceivedOnce(evening.recorded().get(1).key());
    assertEquals(Recipient.person(PersonId.of("tech-li")), late.recipient(),
        "the breach goes to the technician holding the job");
    assertEquals(Recipient.role(RecipientRole.SERVICE_MANAGER),
        w.notifications.assertReceivedOnce(evening.recorded().get(0).key()).recipient());
    // Digests: the desk at 15:30 and 16:31; sup-zhao at 16:31 and 20:31 — one per run each.
    assertEquals(List.of("role:SUPERVISOR", "role:SUPERVISOR", "supervisor:sup-zhao",
        "supervisor:sup-zhao"), w.notifications.received(NoticeKind.SUPERVISOR_DIGEST).stream()
        .map(n -> n.recipient().text()).sorted().toList());
    assertEquals(List.of("service-request/SR-A/1/0", "service-request/SR-B/1/0",
        "service-request/SR-B/2/0"), w.others.received().stream()
        .map(e -> e.eventId().value()).toList(),
        "the requests' own events, from the same outbox, go to the host's publisher");
  }

  private static List<String> ids(List<Notice> notices) {
    return notices.stream().map(n -> n.key().sourceId() + "/" + n.key().step()).toList();
  }

  /** A stored request with an arrival promise only, registered or dispatched. */
  static ServiceRequest promised(int i, Instant due, boolean dispatched) {
    ServiceRequest.Builder b = ServiceRequest.builder();
    b.id(ServiceRequestId.of("SR-" + i)).requestId(RequestId.of("r-" + i))
        .receivedAt(due.minus(Duration.ofHours(6))).customerName("c").address("a").phone("p")
        .productModel("m").productSerial("s-" + i).zone(ServiceZone.CITY)
        .channel(ServiceChannel.PHONE).problem("x").entitlement(Entitlement.none())
        .category(Entitlement.none().category()).billing(Entitlement.none().billing())
        .responseDue(Optional.empty()).arrivalDue(due).version(Version.initial());
    if (dispatched) {
      b.status(ServiceRequestStatus.DISPATCHED).technician(PersonId.of("tech-" + i % 3))
          .supervisor(PersonId.of("sup-" + i % 2)).dispatchedAt(due.minus(Duration.ofHours(5)))
          .dispatchRequestId(RequestId.of("d-" + i));
    } else {
      b.status(ServiceRequestStatus.REGISTERED);
    }
    return b.build();
  }

  @Test
  void two_nodes_sweeping_at_once_record_every_notice_exactly_once() throws Exception {
    World w = new World();
    Instant base = Instant.parse("2026-11-02T08:00:00Z");
    // 120 requests due every 5 minutes from base − 6 h: at the sweeps' instants some are
    // warned, some breached, some past level 2, some not yet due for anything.
    Map<String, Instant> dues = new HashMap<>();
    for (int i = 0; i < 120; i++) {
      Instant due = base.minus(Duration.ofHours(6)).plus(Duration.ofMinutes(5L * i));
      w.requests.save(promised(i, due, i % 2 == 0), List.of());
      dues.put("SR-" + i, due);
    }
    List<Instant> runs = List.of(base, base.plusSeconds(60), base.plusSeconds(3_600));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> nodes = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        nodes.add(pool.submit(() -> {
          start.await();
          for (Instant at : runs) {
            w.sweepAt(at).sweep();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : nodes) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    w.relay.relayAll(500, 100);

    // Expected by hand from the definitions at the last run (base + 1 h), with what earlier
    // runs saw: a warning is recorded if some run fell in [due − 1 h, due]; a breach and
    // level 1 if the last run is after the due instant; level 2 if after due + 4 h.
    Set<String> expected = new HashSet<>();
    for (Map.Entry<String, Instant> e : dues.entrySet()) {
      Instant due = e.getValue();
      for (Instant at : runs) {
        if (!at.isBefore(due.minus(Duration.ofHours(1))) && !at.isAfter(due)) {
          expected.add(e.getKey() + "/ARRIVAL_ON_SITE.warning");
        }
      }
      Instant last = runs.get(runs.size() - 1);
      if (last.isAfter(due)) {
        expected.add(e.getKey() + "/ARRIVAL_ON_SITE.breach");
        expected.add(e.getKey() + "/ARRIVAL_ON_SITE.escalation-1");
      }
      if (last.isAfter(due.plus(Duration.ofHours(4)))) {
        expected.add(e.getKey() + "/ARRIVAL_ON_SITE.escalation-2");
      }
    }
    List<Notice> perRequest = w.log.all().stream()
        .filter(n -> !n.kind().equals(NoticeKind.SUPERVISOR_DIGEST)).toList();
    assertEquals(expected, new HashSet<>(ids(perRequest)));
    assertEquals(expected.size(), perRequest.size(), "no notice recorded twice");
    assertEquals(w.log.all().size(), w.log.outbox().all().size(),
        "each recorded notice and digest is in the outbox once");
    assertEquals(w.log.all().size(), w.notifications.received().size());
    // Every notice for a supervisor is listed by exactly one digest.
    List<Object> listed = new ArrayList<>();
    for (Notice d : w.notifications.received(NoticeKind.SUPERVISOR_DIGEST)) {
      d.parameters().forEach((k, v) -> {
        if (k.startsWith("notice-")) {
          listed.add(v);
        }
      });
    }
    List<String> forSupervisors = perRequest.stream()
        .filter(n -> n.delivery() == Delivery.IN_DIGEST).map(n -> n.key().text()).toList();
    assertEquals(new HashSet<>(forSupervisors), new HashSet<>(listed));
    assertEquals(forSupervisors.size(), listed.size(), "none listed twice");
    assertTrue(w.log.toString().endsWith("0 awaiting a digest]"));
  }
}
