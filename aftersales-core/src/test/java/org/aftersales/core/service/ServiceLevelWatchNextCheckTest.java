package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.notification.RecipientRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * When the sweep must look at a request again, with the default settings (a warning 60 minutes
 * before the due instant, level 1 at the breach, level 2 four hours after it). Every instant is
 * computed by hand: the arrival promise is due at 15:00 in Shanghai (07:00Z), received at 09:00
 * (01:00Z), so its warning is due from 14:00 (06:00Z) inclusive, its breach and level 1 after
 * 15:00, its level 2 after 19:00 (11:00Z); the response promise is due the next day at 09:00.
 */
@Tag("SVC-08")
class ServiceLevelWatchNextCheckTest {

  // rule: SVC-08, SVC-11, SVC-13
  static final Instant RECEIVED = ServiceLevelWatchTest.RECEIVED;
  static final ServiceLevelSweepSettings SEED = ServiceLevelSweepSettings.seed();
  static final ServiceRequest DISPATCHED = ServiceLevelWatchTest.DISPATCHED;

  private static Optional<Instant> next(ServiceRequest r, String at) {
    return ServiceLevelWatch.nextCheck(r, Instant.parse(at), SEED);
  }

  private static Optional<Instant> at(String instant) {
    return Optional.of(Instant.parse(instant));
  }

  @Test
  void before_the_warning_the_check_is_the_last_microsecond_before_it() {
    assertEquals(at("2026-11-02T05:59:59.999999Z"), next(DISPATCHED, "2026-11-02T02:00:00Z"));
    assertEquals(at("2026-11-02T05:59:59.999999Z"),
        next(DISPATCHED, "2026-11-02T05:59:59.999999Z"));
  }

  @Test
  void in_the_warning_and_at_the_due_instant_the_check_is_the_due_instant() {
    assertEquals(at("2026-11-02T07:00:00Z"), next(DISPATCHED, "2026-11-02T06:00:00Z"));
    assertEquals(at("2026-11-02T07:00:00Z"), next(DISPATCHED, "2026-11-02T07:00:00Z"));
  }

  @Test
  void after_the_breach_the_check_is_the_next_level_and_after_the_last_level_never() {
    assertEquals(at("2026-11-02T11:00:00Z"), next(DISPATCHED, "2026-11-02T07:00:00.000001Z"));
    assertEquals(at("2026-11-02T11:00:00Z"), next(DISPATCHED, "2026-11-02T11:00:00Z"));
    assertEquals(Optional.empty(), next(DISPATCHED, "2026-11-02T11:00:00.000001Z"));
  }

  @Test
  void a_registered_request_is_checked_at_the_earliest_threshold_of_its_two_promises() {
    // Response due 09:30 (01:30Z), warning from 09:00 = the call; arrival due 15:00 (07:00Z).
    ServiceRequest r = SweepFixtures.registered("SR-2", RECEIVED, RECEIVED.plusSeconds(1_800),
        Instant.parse("2026-11-02T07:00:00Z"));
    assertEquals(at("2026-11-02T01:30:00Z"), next(r, "2026-11-02T01:00:00Z"));
    // After the response's breach: its level 2 at 05:30Z, the arrival's warning from 06:00Z.
    assertEquals(at("2026-11-02T05:30:00Z"), next(r, "2026-11-02T01:30:00.000001Z"));
    assertEquals(at("2026-11-02T05:59:59.999999Z"), next(r, "2026-11-02T05:30:00.000001Z"));
  }

  @Test
  void a_promise_due_before_the_call_has_no_warning_and_is_checked_at_its_due_instant() {
    ServiceRequest r = SweepFixtures.registered("SR-3", RECEIVED, null,
        RECEIVED.minusSeconds(60));
    assertEquals(at("2026-11-02T00:59:00Z"), next(r, "2026-11-02T00:30:00Z"));
  }

  @Test
  void nothing_watched_is_never_checked() {
    assertEquals(Optional.empty(), next(SweepFixtures.registered("SR-4", RECEIVED, null, null),
        "2026-11-02T02:00:00Z"));
    assertEquals(Optional.empty(), next(SweepFixtures.closed("SR-5", RECEIVED,
        RECEIVED.plusSeconds(3_600), null, RECEIVED.plusSeconds(60)), "2026-11-02T01:00:00Z"));
  }

  @Test
  void a_ladder_without_levels_is_never_checked_after_the_breach_and_a_lead_moves_the_warning() {
    ServiceLevelSweepSettings noLadder = SEED.withLadder(new EscalationLadder(List.of()))
        .withWarningLead(Duration.ofMinutes(90));
    assertEquals(Optional.empty(), ServiceLevelWatch.nextCheck(DISPATCHED,
        Instant.parse("2026-11-02T07:00:00.000001Z"), noLadder));
    // 15:00 − 90 min = 13:30 (05:30Z).
    assertEquals(at("2026-11-02T05:29:59.999999Z"), ServiceLevelWatch.nextCheck(DISPATCHED,
        Instant.parse("2026-11-02T02:00:00Z"), noLadder));
    ServiceLevelSweepSettings threeLevels = SEED.withLadder(new EscalationLadder(List.of(
        new EscalationLevel(1, Duration.ofMinutes(30), RecipientRole.SUPERVISOR),
        new EscalationLevel(2, Duration.ofMinutes(30), RecipientRole.SERVICE_MANAGER),
        new EscalationLevel(3, Duration.ofHours(2), RecipientRole.SERVICE_MANAGER))));
    // Levels 1 and 2 at the same wait: after 07:30Z both are due, the next is level 3 at 09:00Z.
    assertEquals(at("2026-11-02T07:30:00Z"), ServiceLevelWatch.nextCheck(DISPATCHED,
        Instant.parse("2026-11-02T07:00:00.000001Z"), threeLevels));
    assertEquals(at("2026-11-02T09:00:00Z"), ServiceLevelWatch.nextCheck(DISPATCHED,
        Instant.parse("2026-11-02T07:30:00.000001Z"), threeLevels));
  }

  @Test
  void a_due_instant_finer_than_a_microsecond_is_checked_at_the_microsecond_before_it() {
    // Stored checks are whole microseconds, truncated toward the past: never after the threshold.
    ServiceRequest r = SweepFixtures.dispatched("SR-6", RECEIVED, null,
        Instant.parse("2026-11-02T07:00:00.0000005Z"), RECEIVED.plusSeconds(60));
    assertEquals(at("2026-11-02T07:00:00Z"), next(r, "2026-11-02T06:30:00Z"));
    // The warning is due from 06:00:00.0000005Z on: no whole microsecond before 06:00:00.000001Z.
    assertEquals(at("2026-11-02T06:00:00Z"), next(r, "2026-11-02T02:00:00Z"));
  }
}
