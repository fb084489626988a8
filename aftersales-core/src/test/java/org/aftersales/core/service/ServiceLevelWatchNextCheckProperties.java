package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.RecipientRole;

/**
 * The invariant the scheduled sweep rests on, over random requests, settings and instants: for
 * all {@code a < b}, if the watch answers at {@code b} a notice key it does not answer at
 * {@code a}, then the check computed at {@code a} is strictly before {@code b} (so a run at
 * {@code b} finds the request due); and the check is tight — a run one microsecond after it finds
 * something new — so a check is never earlier than it needs to be. Instants are whole
 * microseconds (the sweep truncates its instant so), drawn around the thresholds (minutes, ± one
 * microsecond).
 */
@Tag("SVC-08")
class ServiceLevelWatchNextCheckProperties {

  // rule: SVC-08, SVC-11, SVC-13
  static final Instant BASE = Instant.parse("2026-11-02T00:00:00Z");

  /** A request: call offset, promise offsets after the call (-1: none), dispatched or not. */
  record Spec(int callMinute, int responseAfter, int arrivalAfter, boolean dispatched) {

    ServiceRequest request() {
      Instant call = BASE.plus(Duration.ofMinutes(callMinute));
      Instant response = responseAfter < 0 ? null : call.plus(Duration.ofMinutes(responseAfter));
      Instant arrival = arrivalAfter < 0 ? null : call.plus(Duration.ofMinutes(arrivalAfter));
      return dispatched
          ? SweepFixtures.dispatched("SR-1", call, response, arrival, call.plusSeconds(1))
          : SweepFixtures.registered("SR-1", call, response, arrival);
    }
  }

  @Provide
  Arbitrary<Spec> requests() {
    return Combinators.combine(Arbitraries.integers().between(0, 600),
        Arbitraries.integers().between(-1, 1_500), Arbitraries.integers().between(-1, 600),
        Arbitraries.of(true, false)).as(Spec::new);
  }

  @Provide
  Arbitrary<ServiceLevelSweepSettings> settings() {
    Arbitrary<List<Integer>> waits = Arbitraries.integers().between(0, 600).list().ofMaxSize(3)
        .map(l -> l.stream().sorted().toList());
    return Combinators.combine(Arbitraries.integers().between(1, 180), waits).as((lead, w) -> {
      List<EscalationLevel> levels = new ArrayList<>();
      for (int i = 0; i < w.size(); i++) {
        levels.add(new EscalationLevel(i + 1, Duration.ofMinutes(w.get(i)),
            RecipientRole.SUPERVISOR));
      }
      return ServiceLevelSweepSettings.seed().withWarningLead(Duration.ofMinutes(lead))
          .withLadder(new EscalationLadder(levels));
    });
  }

  /** An instant around a whole minute of the first two days: minute, then −1, 0 or +1 µs. */
  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(Arbitraries.integers().between(0, 2_400),
        Arbitraries.integers().between(-1, 1)).as((minute, micro) ->
            BASE.plus(Duration.ofMinutes(minute)).plusNanos(1_000L * micro));
  }

  private static Set<NoticeKey> keys(ServiceRequest r, Instant at, ServiceLevelSweepSettings s) {
    Set<NoticeKey> out = new HashSet<>();
    ServiceLevelWatch.candidates(r, at, s).forEach(c -> out.add(c.key()));
    return out;
  }

  private static boolean somethingNew(ServiceRequest r, Instant a, Instant b,
      ServiceLevelSweepSettings s) {
    Set<NoticeKey> later = keys(r, b, s);
    later.removeAll(keys(r, a, s));
    return !later.isEmpty();
  }

  @Property(tries = 2_000)
  void whatever_becomes_due_after_a_run_becomes_due_strictly_after_its_check(
      @ForAll("requests") Spec spec, @ForAll("settings") ServiceLevelSweepSettings settings,
      @ForAll("instants") Instant x, @ForAll("instants") Instant y) {
    Instant a = x.isBefore(y) ? x : y;
    Instant b = x.isBefore(y) ? y : x.plusNanos(1_000);
    ServiceRequest r = spec.request();
    Optional<Instant> next = ServiceLevelWatch.nextCheck(r, a, settings);
    boolean fresh = somethingNew(r, a, b, settings);
    Statistics.label("something new at b").collect(fresh);
    if (fresh) {
      assertTrue(next.isPresent() && next.get().isBefore(b),
          () -> "new at " + b + " after a run at " + a + ", check " + next);
    }
    next.ifPresent(n -> assertFalse(n.isBefore(a), () -> "check " + n + " before the run " + a));
  }

  @Property(tries = 2_000)
  void a_run_one_microsecond_after_the_check_finds_something_new(
      @ForAll("requests") Spec spec, @ForAll("settings") ServiceLevelSweepSettings settings,
      @ForAll("instants") Instant a) {
    ServiceRequest r = spec.request();
    Optional<Instant> next = ServiceLevelWatch.nextCheck(r, a, settings);
    Statistics.label("never").collect(next.isEmpty());
    if (next.isPresent()) {
      assertTrue(somethingNew(r, a, next.get().plusNanos(1_000), settings),
          () -> "nothing new just after the check " + next.get() + " of a run at " + a);
    } else {
      // Never: nothing new at any later instant (the last level passed, or nothing watched).
      Instant far = a.plus(Duration.ofDays(30));
      assertFalse(somethingNew(r, a, far, settings), "never, yet something new later");
    }
  }
}
