package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sweep use case over fakes of its ports: each due notice recorded once however often it
 * runs, a skipped run caught up, one digest per supervisor per run listing what awaits them, pages
 * read to the end, and the documented port calls.
 */
@Tag("SVC-08")
@Tag("SVC-11")
@Tag("SVC-13")
class ServiceLevelSweepTest {

  // rule: SVC-08, SVC-11, SVC-13
  static final Instant RECEIVED = Instant.parse("2026-11-02T01:00:00Z");
  static final Instant ARRIVAL = Instant.parse("2026-11-02T07:00:00Z");
  static final Instant RESPONSE = Instant.parse("2026-11-03T01:00:00Z");

  static ServiceLevelSweep sweepAt(SweepFakes.Requests requests, SweepFakes.Log log, Instant at,
      int pageSize) {
    return new ServiceLevelSweep(requests, log,
        ServiceLevelSweepSettings.seed().withPageSize(pageSize), Clock.fixed(at, ZoneOffset.UTC));
  }

  private static List<String> texts(List<Notice> notices) {
    return notices.stream().map(n -> n.key().text()).toList();
  }

  @Test
  void a_warning_is_recorded_once_and_a_second_run_records_nothing_and_sends_no_second_digest() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL),
        SweepFixtures.dispatched("SR-2", RECEIVED.plusSeconds(60), RESPONSE, ARRIVAL,
            RECEIVED.plusSeconds(120)),
        SweepFixtures.registered("SR-3", RECEIVED.plusSeconds(120), RESPONSE,
            ARRIVAL.plusSeconds(7_200)));
    SweepFakes.Log log = new SweepFakes.Log();
    Instant at = Instant.parse("2026-11-02T06:30:00Z");
    SweepReport first = sweepAt(requests, log, at, 500).sweep();
    assertEquals(List.of(
        "service-request/SR-1/SVC-08/ARRIVAL_ON_SITE.warning/2026-11-02T07:00:00Z",
        "service-request/SR-2/SVC-08/ARRIVAL_ON_SITE.warning/2026-11-02T07:00:00Z"),
        texts(first.recorded()));
    // Two supervisors: the desk (SR-1, undispatched) and sup-zhao (SR-2), one digest each,
    // ordered by recipient text ("role:…" before "supervisor:…").
    assertEquals(List.of(Recipient.role(RecipientRole.SUPERVISOR),
        Recipient.supervisorPerson(SweepFixtures.SUPERVISOR)),
        first.digests().stream().map(Notice::recipient).toList());
    Notice desk = first.digests().get(0);
    assertEquals(NoticeKind.SUPERVISOR_DIGEST, desk.kind());
    assertEquals(Delivery.IMMEDIATE, desk.delivery());
    assertEquals(new TreeMap<>(Map.of("count", 1L, "notice-000000",
        "service-request/SR-1/SVC-08/ARRIVAL_ON_SITE.warning/2026-11-02T07:00:00Z")),
        desk.parameters());
    assertEquals("supervisor-digest/role:SUPERVISOR/SVC-08/digest/"
        + first.recorded().get(0).key().digest(), desk.key().text());
    assertEquals(at, first.at());

    log.calls.clear();
    SweepReport again = sweepAt(requests, log, at.plusSeconds(60), 500).sweep();
    assertEquals(List.of("recordedAmong", "awaitingDigest"), log.calls,
        "keys already recorded are not offered again");
    assertEquals(List.of(), again.recorded());
    assertEquals(List.of(), again.digests(), "nothing new, no digest");
    assertEquals(4, log.outbox.size(), "two notices and two digests, each once");
  }

  @Test
  void a_skipped_run_is_caught_up_by_the_next_and_every_level_fires_once() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL));
    SweepFakes.Log log = new SweepFakes.Log();
    // No run between 06:00 and the next morning: the next run records everything passed.
    SweepReport late = sweepAt(requests, log, Instant.parse("2026-11-03T02:00:00Z"), 500).sweep();
    assertEquals(List.of("REPLY.breach", "REPLY.escalation-1", "ARRIVAL_ON_SITE.breach",
        "ARRIVAL_ON_SITE.escalation-1", "ARRIVAL_ON_SITE.escalation-2"),
        late.recorded().stream().map(n -> n.key().step()).toList());
    assertEquals(1, late.digests().size(), "one digest for the desk");
    assertEquals(4L, late.digests().get(0).parameters().get("count"),
        "two breaches and two level-1 escalations for the desk; level 2 goes to the manager");
    // The response breached at 01:00 the next day: its level 2 falls at 05:00, later.
    assertEquals(List.of("REPLY.escalation-2"), sweepAt(requests, log,
        Instant.parse("2026-11-04T02:00:00Z"), 500).sweep().recorded().stream()
        .map(n -> n.key().step()).toList());
    assertEquals(List.of(), sweepAt(requests, log, Instant.parse("2026-11-05T02:00:00Z"), 500)
        .sweep().recorded());
  }

  @Test
  void every_page_of_open_requests_is_read_and_closed_ones_are_never_watched() {
    SweepFakes.Requests requests = new SweepFakes.Requests();
    for (int i = 0; i < 7; i++) {
      ServiceRequest r = i == 3
          ? SweepFixtures.closed("SR-" + i, RECEIVED.plusSeconds(i), null, ARRIVAL, ARRIVAL)
          : SweepFixtures.registered("SR-" + i, RECEIVED.plusSeconds(i), null, ARRIVAL);
      requests.byId.put(r.id(), r);
    }
    SweepFakes.Log log = new SweepFakes.Log();
    SweepReport report = sweepAt(requests, log, ARRIVAL.minusSeconds(1), 2).sweep();
    assertEquals(List.of("SR-0", "SR-1", "SR-2", "SR-4", "SR-5", "SR-6"),
        report.recorded().stream().map(n -> n.key().sourceId()).toList());
    // 6 open requests in pages of 2: open, openAfter ×3 (the last page is empty).
    assertEquals(List.of("open", "openAfter", "openAfter", "openAfter"), requests.calls);
  }

  @Test
  void the_port_calls_are_the_documented_ones_and_a_page_with_nothing_due_calls_no_log() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL),
        SweepFixtures.registered("SR-2", RECEIVED.plusSeconds(1), RESPONSE, ARRIVAL));
    SweepFakes.Log log = new SweepFakes.Log();
    sweepAt(requests, log, RECEIVED, 500).sweep();
    assertEquals(List.of("awaitingDigest"), log.calls, "nothing due: only the digest read");
    log.calls.clear();
    sweepAt(requests, log, ARRIVAL, 500).sweep();
    assertEquals(List.of("recordedAmong", "recordIfAbsent", "recordIfAbsent", "awaitingDigest",
        "recordDigest"), log.calls);
  }

  @Test
  void notices_a_failed_run_recorded_before_its_digest_are_listed_by_the_next_runs_digest() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL));
    SweepFakes.Log log = new SweepFakes.Log();
    Instant at = ARRIVAL.minusSeconds(60);
    // The first run "failed" after recording: its notice is in the log, no digest lists it.
    log.recordIfAbsent(ServiceLevelWatch.noticesDue(requests.byId.values().iterator().next(), at,
        ServiceLevelSweepSettings.seed()).get(0));
    SweepReport next = sweepAt(requests, log, at.plusSeconds(30), 500).sweep();
    assertEquals(List.of(), next.recorded());
    assertEquals(1, next.digests().size());
    assertEquals(1L, next.digests().get(0).parameters().get("count"));
    assertTrue(log.digested.containsAll(log.notices.keySet().stream()
        .filter(k -> k.sourceKind().equals("service-request")).toList()));
  }

  @Test
  void a_digest_refused_because_another_node_listed_part_of_it_is_followed_by_one_for_the_rest() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL),
        SweepFixtures.registered("SR-2", RECEIVED.plusSeconds(1), RESPONSE, ARRIVAL));
    Instant at = ARRIVAL.minusSeconds(60);
    SweepFakes.Log log = new SweepFakes.Log() {
      boolean raced;

      @Override
      public boolean recordDigest(Notice digest, List<org.aftersales.core.notification.NoticeKey>
          listed) {
        if (!raced) {
          raced = true;
          // Another node read the awaiting notices when only SR-1's was there, and wins.
          super.recordDigest(ServiceLevelSweep.digestOf(digest.recipient(),
              List.of(notices.get(listed.get(0))), at), listed.subList(0, 1));
        }
        return super.recordDigest(digest, listed);
      }
    };
    SweepReport report = sweepAt(requests, log, at, 500).sweep();
    assertEquals(2, report.recorded().size());
    assertEquals(1, report.digests().size(), "this run's one digest for the desk");
    assertEquals(1L, report.digests().get(0).parameters().get("count"));
    assertEquals(report.recorded().get(1).key().text(),
        report.digests().get(0).parameters().get("notice-000000"), "the rest: SR-2's warning");
    assertEquals(List.of("recordedAmong", "recordIfAbsent", "recordIfAbsent", "awaitingDigest",
        "recordDigest", "recordDigest", "awaitingDigest", "recordDigest"), log.calls);
    assertEquals(List.of(), log.awaitingDigest(10), "nothing left awaiting");
  }

  @Test
  void a_run_gives_up_listing_after_three_refused_rounds() {
    SweepFakes.Requests requests = new SweepFakes.Requests(
        SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL));
    SweepFakes.Log log = new SweepFakes.Log() {
      @Override
      public boolean recordDigest(Notice digest, List<org.aftersales.core.notification.NoticeKey>
          listed) {
        calls.add("recordDigest");
        return false; // always beaten
      }
    };
    SweepReport report = sweepAt(requests, log, ARRIVAL.minusSeconds(60), 500).sweep();
    assertEquals(List.of(), report.digests());
    assertEquals(3, log.calls.stream().filter("awaitingDigest"::equals).count());
  }
}
