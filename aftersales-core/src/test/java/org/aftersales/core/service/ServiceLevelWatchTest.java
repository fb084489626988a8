package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Which promises are watched and which notices fall due when, with the default settings (a
 * warning 60 minutes before the due instant, level 1 at the breach to the supervisor, level 2
 * four hours after it to the service manager). Every instant below is computed by hand from the
 * request's promised deadlines.
 */
@Tag("SVC-08")
@Tag("SVC-11")
@Tag("SVC-13")
class ServiceLevelWatchTest {

  // rule: SVC-08, SVC-11, SVC-13
  static final Instant RECEIVED = Instant.parse("2026-11-02T01:00:00Z"); // 09:00 in Shanghai
  static final Instant ARRIVAL = Instant.parse("2026-11-02T07:00:00Z"); // 6 working hours, SVC-11
  static final Instant RESPONSE = Instant.parse("2026-11-03T01:00:00Z"); // 24 hours, SVC-13
  static final ServiceLevelSweepSettings SEED = ServiceLevelSweepSettings.seed();

  static final ServiceRequest REGISTERED =
      SweepFixtures.registered("SR-1", RECEIVED, RESPONSE, ARRIVAL);
  static final ServiceRequest DISPATCHED = SweepFixtures.dispatched("SR-1", RECEIVED, RESPONSE,
      ARRIVAL, RECEIVED.plusSeconds(600));

  private static List<String> steps(List<Notice> notices) {
    return notices.stream().map(n -> n.key().step()).toList();
  }

  @Test
  void a_registered_request_watches_both_promises_a_dispatched_one_only_arrival_a_closed_none() {
    assertEquals(List.of(new Promise(Milestone.REPLY, RESPONSE),
        new Promise(Milestone.ARRIVAL_ON_SITE, ARRIVAL)), ServiceLevelWatch.watched(REGISTERED));
    assertEquals(List.of(new Promise(Milestone.ARRIVAL_ON_SITE, ARRIVAL)),
        ServiceLevelWatch.watched(DISPATCHED));
    assertEquals(List.of(), ServiceLevelWatch.watched(SweepFixtures.closed("SR-1", RECEIVED,
        RESPONSE, ARRIVAL, RECEIVED.plusSeconds(60))));
    assertEquals(List.of(), ServiceLevelWatch.watched(
        SweepFixtures.registered("SR-2", RECEIVED, null, null)));
  }

  /**
   * {@link #DISPATCHED}, quoted (a paid job, SVC-15), with the item taken to the workshop, a card
   * promising {@code by}.
   */
  static ServiceRequest inWorkshopPromising(Instant by) {
    Instant at = RECEIVED.plusSeconds(3_600);
    return ServiceRequestFixtures.quoted(DISPATCHED, at).takenToWorkshop(new TakeItemToWorkshop(
        org.aftersales.core.shared.RequestId.of("w"), DISPATCHED.id(), "RC-1", "Mr Chen", at), at)
        .state().repairCardOpened(new OpenRepairCard(org.aftersales.core.shared.RequestId.of("o"),
            DISPATCHED.id(), "CARD-1", SweepFixtures.TECH, by, at), at).state();
  }

  @Test
  void the_arrival_is_met_by_any_step_on_site_and_the_workshop_watches_the_repairs_promise() {
    // rule: SVC-08 — a repair that will miss its promised time is escalated to the supervisor
    Instant promised = Instant.parse("2026-11-04T09:00:00Z");
    ServiceRequest carded = inWorkshopPromising(promised);
    assertEquals(List.of(new Promise(Milestone.RESOLUTION, promised)),
        ServiceLevelWatch.watched(carded), "the arrival is met once the item was taken in");
    ServiceRequest signed = DISPATCHED.voucherSigned(new SignVoucher(
        org.aftersales.core.shared.RequestId.of("s"), DISPATCHED.id(), "Mr Chen",
        RECEIVED.plusSeconds(900)), RECEIVED.plusSeconds(900)).state();
    assertEquals(List.of(), ServiceLevelWatch.watched(signed), "a signed voucher meets arrival");

    // 09:00Z − 60 min: the warning; one microsecond after 09:00Z: the breach and level 1 to the
    // request's supervisor by name.
    assertEquals(List.of("RESOLUTION.warning"), steps(ServiceLevelWatch.noticesDue(carded,
        Instant.parse("2026-11-04T08:00:00Z"), SEED)));
    List<Notice> late = ServiceLevelWatch.noticesDue(carded, promised.plusNanos(1_000), SEED);
    assertEquals(List.of("RESOLUTION.breach", "RESOLUTION.escalation-1"), steps(late));
    assertEquals(Recipient.supervisorPerson(SweepFixtures.SUPERVISOR), late.get(1).recipient());

    Instant repairedAt = Instant.parse("2026-11-04T08:30:00Z");
    ServiceRequest repaired = carded.repairRecorded(new RecordRepair(
        org.aftersales.core.shared.RequestId.of("p"), DISPATCHED.id(), 60, List.of(),
        repairedAt), repairedAt).state();
    assertEquals(List.of(), ServiceLevelWatch.watched(repaired), "a recorded repair kept it");
    assertEquals(List.of(), ServiceLevelWatch.noticesDue(repaired, promised.plusSeconds(3_600),
        SEED));
  }

  @Test
  void nothing_is_due_before_the_warning_and_the_warning_falls_sixty_minutes_before_the_due() {
    // 07:00Z − 60 min = 06:00Z
    assertEquals(List.of(), ServiceLevelWatch.noticesDue(REGISTERED,
        Instant.parse("2026-11-02T05:59:59.999999Z"), SEED));
    List<Notice> atWarning = ServiceLevelWatch.noticesDue(REGISTERED,
        Instant.parse("2026-11-02T06:00:00Z"), SEED);
    assertEquals(List.of("ARRIVAL_ON_SITE.warning"), steps(atWarning));
    Notice warning = atWarning.get(0);
    assertEquals(NoticeKind.PRE_BREACH_WARNING, warning.kind());
    assertEquals(Recipient.role(RecipientRole.SUPERVISOR), warning.recipient());
    assertEquals(Delivery.IN_DIGEST, warning.delivery());
    assertEquals("service-request/SR-1/SVC-08/ARRIVAL_ON_SITE.warning/2026-11-02T07:00:00Z",
        warning.key().text());
    assertEquals(new TreeMap<>(Map.of("serviceRequest", "SR-1", "milestone", "ARRIVAL_ON_SITE",
        "due", ARRIVAL)), warning.parameters());
    assertEquals(Instant.parse("2026-11-02T06:00:00Z"), warning.occurredAt());
  }

  @Test
  void at_the_due_instant_the_promise_is_still_kept_and_after_it_breached_and_escalated() {
    assertEquals(List.of("ARRIVAL_ON_SITE.warning"),
        steps(ServiceLevelWatch.noticesDue(REGISTERED, ARRIVAL, SEED)));
    List<Notice> after = ServiceLevelWatch.noticesDue(REGISTERED, ARRIVAL.plusNanos(1000), SEED);
    assertEquals(List.of("ARRIVAL_ON_SITE.breach", "ARRIVAL_ON_SITE.escalation-1"), steps(after));
    assertEquals(NoticeKind.BREACH, after.get(0).kind());
    assertEquals(Recipient.role(RecipientRole.SUPERVISOR), after.get(0).recipient());
    assertEquals(NoticeKind.ESCALATION, after.get(1).kind());
    assertEquals(1L, after.get(1).parameters().get("level"));
  }

  @Test
  void level_two_fires_after_four_hours_past_the_breach_and_a_skipped_sweep_catches_up() {
    Instant fourHoursLater = Instant.parse("2026-11-02T11:00:00Z");
    assertEquals(List.of("ARRIVAL_ON_SITE.breach", "ARRIVAL_ON_SITE.escalation-1"),
        steps(ServiceLevelWatch.noticesDue(REGISTERED, fourHoursLater, SEED)));
    // The next day, after the response deadline too: everything passed is due at once, and the
    // response's warning is superseded by its breach.
    List<Notice> nextDay = ServiceLevelWatch.noticesDue(REGISTERED,
        Instant.parse("2026-11-03T01:00:01Z"), SEED);
    assertEquals(List.of("REPLY.breach", "REPLY.escalation-1", "ARRIVAL_ON_SITE.breach",
        "ARRIVAL_ON_SITE.escalation-1", "ARRIVAL_ON_SITE.escalation-2"), steps(nextDay));
    Notice manager = nextDay.get(4);
    assertEquals(Recipient.role(RecipientRole.SERVICE_MANAGER), manager.recipient());
    assertEquals(Delivery.IMMEDIATE, manager.delivery());
    assertEquals(2L, manager.parameters().get("level"));
  }

  @Test
  void once_dispatched_the_supervisor_and_technician_are_addressed_by_name() {
    List<Notice> late = ServiceLevelWatch.noticesDue(DISPATCHED,
        Instant.parse("2026-11-02T12:00:00Z"), SEED);
    assertEquals(List.of("ARRIVAL_ON_SITE.breach", "ARRIVAL_ON_SITE.escalation-1",
        "ARRIVAL_ON_SITE.escalation-2"), steps(late));
    assertEquals(Recipient.person(SweepFixtures.TECH), late.get(0).recipient());
    assertEquals(Delivery.IMMEDIATE, late.get(0).delivery());
    assertEquals(Recipient.supervisorPerson(SweepFixtures.SUPERVISOR), late.get(1).recipient());
    assertEquals(Delivery.IN_DIGEST, late.get(1).delivery());
    assertEquals(Recipient.supervisorPerson(SweepFixtures.SUPERVISOR), ServiceLevelWatch
        .noticesDue(DISPATCHED, ARRIVAL.minusSeconds(1), SEED).get(0).recipient());
  }

  @Test
  void a_lead_longer_than_the_promise_warns_from_the_call_on() {
    ServiceLevelSweepSettings longLead = SEED.withWarningLead(Duration.ofHours(8));
    assertEquals(List.of(), ServiceLevelWatch.noticesDue(DISPATCHED,
        RECEIVED.minusNanos(1000), longLead));
    assertEquals(List.of("ARRIVAL_ON_SITE.warning"),
        steps(ServiceLevelWatch.noticesDue(DISPATCHED, RECEIVED, longLead)));
  }

  @Test
  void the_earliest_breach_is_the_earliest_watched_deadline_before_the_instant() {
    assertEquals(Optional.empty(), ServiceLevelWatch.earliestBreach(REGISTERED, ARRIVAL));
    assertEquals(Optional.of(ARRIVAL),
        ServiceLevelWatch.earliestBreach(REGISTERED, ARRIVAL.plusNanos(1)));
    ServiceRequest responseFirst = SweepFixtures.registered("SR-3", RECEIVED,
        RECEIVED.plusSeconds(60), ARRIVAL);
    assertEquals(Optional.of(RECEIVED.plusSeconds(60)),
        ServiceLevelWatch.earliestBreach(responseFirst, RESPONSE));
    ServiceRequest arrivalFirst = SweepFixtures.registered("SR-4", RECEIVED,
        ARRIVAL.plusSeconds(60), ARRIVAL);
    assertEquals(Optional.of(ARRIVAL), ServiceLevelWatch.earliestBreach(arrivalFirst, RESPONSE),
        "the arrival, listed second, is the earlier");
    assertEquals(Optional.of(ARRIVAL), ServiceLevelWatch.earliestBreach(
        SweepFixtures.dispatched("SR-3", RECEIVED, RECEIVED.plusSeconds(60), ARRIVAL,
            RECEIVED.plusSeconds(30)), RESPONSE));
  }

  @Test
  void a_ladder_is_numbered_in_order_and_never_comes_earlier_and_settings_are_checked() {
    EscalationLadder seed = EscalationLadder.seed();
    assertEquals(List.of(new EscalationLevel(1, Duration.ZERO, RecipientRole.SUPERVISOR),
        new EscalationLevel(2, Duration.ofHours(4), RecipientRole.SERVICE_MANAGER)),
        seed.levels());
    InvalidInputException gap = assertThrows(InvalidInputException.class, () ->
        new EscalationLadder(List.of(new EscalationLevel(1, Duration.ZERO,
            RecipientRole.SUPERVISOR), new EscalationLevel(3, Duration.ZERO,
            RecipientRole.SUPERVISOR))));
    assertEquals("levels[1]", gap.violations().get(0).path());
    assertTrue(gap.violations().get(0).message().english().startsWith("must be level 2"),
        gap.violations().get(0).message().english());
    assertEquals(1, new SweepPaging(1).pageSize());
    assertEquals("levels[1]", assertThrows(InvalidInputException.class, () ->
        new EscalationLadder(List.of(new EscalationLevel(1, Duration.ofHours(2),
            RecipientRole.SUPERVISOR), new EscalationLevel(2, Duration.ofHours(1),
            RecipientRole.SERVICE_MANAGER)))).violations().get(0).path());
    new EscalationLadder(List.of(new EscalationLevel(1, Duration.ofHours(1),
        RecipientRole.SUPERVISOR), new EscalationLevel(2, Duration.ofHours(1),
        RecipientRole.SERVICE_MANAGER)));
    assertEquals("level", assertThrows(InvalidInputException.class,
        () -> new EscalationLevel(0, Duration.ZERO, RecipientRole.SUPERVISOR))
        .violations().get(0).path());
    assertEquals("afterBreach", assertThrows(InvalidInputException.class,
        () -> new EscalationLevel(1, Duration.ofNanos(-1), RecipientRole.SUPERVISOR))
        .violations().get(0).path());
    assertEquals("warningLead", assertThrows(InvalidInputException.class,
        () -> SEED.withWarningLead(Duration.ZERO)).violations().get(0).path());
    assertEquals("warningLead", assertThrows(InvalidInputException.class,
        () -> SEED.withWarningLead(Duration.ofNanos(-1))).violations().get(0).path());
    assertEquals("pageSize", assertThrows(InvalidInputException.class,
        () -> SEED.withPageSize(0)).violations().get(0).path());
    assertEquals("digestBatch", assertThrows(InvalidInputException.class,
        () -> new ServiceLevelSweepSettings(Duration.ofMinutes(1), seed, 1, 0))
        .violations().get(0).path());
    assertEquals(new ServiceLevelSweepSettings(Duration.ofMinutes(60), seed, 500, 10_000), SEED);
    assertEquals(1, SEED.withPageSize(1).pageSize());
    assertEquals(List.of(), SEED.withLadder(new EscalationLadder(List.of())).ladder().levels());
  }

  @Test
  void an_empty_ladder_records_the_breach_alone() {
    ServiceLevelSweepSettings noLadder = SEED.withLadder(new EscalationLadder(List.of()));
    assertEquals(List.of("ARRIVAL_ON_SITE.breach"), steps(ServiceLevelWatch.noticesDue(DISPATCHED,
        Instant.parse("2026-11-09T00:00:00Z"), noLadder)));
  }

  @Test
  void key_instants_read_exactly_as_iso_8601_whatever_the_instant() {
    // The JDK's own Instant.toString is the independent reference.
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    List<Instant> samples = new java.util.ArrayList<>(List.of(
        Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("1000-01-01T00:00:00Z").minusSeconds(1),
        Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"),
        Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("1970-01-01T00:00:00Z"),
        Instant.parse("2026-11-02T07:00:00.000001Z"), Instant.parse("2028-02-29T12:34:56Z")));
    for (int i = 0; i < 20_000; i++) {
      samples.add(Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 260_000_000_000L)));
    }
    for (Instant t : samples) {
      assertEquals(t.toString(), ServiceLevelWatch.isoText(t));
    }
  }
}
