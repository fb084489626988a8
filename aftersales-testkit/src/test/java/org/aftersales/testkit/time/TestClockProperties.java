package org.aftersales.testkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class TestClockProperties {

  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Property
  void advancing_by_a_then_b_equals_advancing_by_a_plus_b(
      @ForAll @LongRange(min = 0, max = 10_000_000) long a,
      @ForAll @LongRange(min = 0, max = 10_000_000) long b) {
    TestClock stepwise = TestClock.at(START, SHANGHAI);
    stepwise.advance(Duration.ofSeconds(a));
    stepwise.advance(Duration.ofSeconds(b));
    TestClock once = TestClock.at(START, SHANGHAI);
    once.advance(Duration.ofSeconds(a + b));
    assertEquals(once.instant(), stepwise.instant());
  }

  @Property
  void advancing_never_goes_backwards(@ForAll @LongRange(min = 0, max = 10_000_000) long a) {
    TestClock clock = TestClock.at(START, SHANGHAI);
    Instant before = clock.instant();
    assertFalse(clock.advance(Duration.ofMillis(a)).isBefore(before));
  }

  @Example
  void clocks_in_other_zones_share_the_instant_and_dates_follow_the_zone() {
    TestClock shanghai = TestClock.at(Instant.parse("2026-10-31T16:30:00Z"), SHANGHAI);
    TestClock utc = shanghai.withZone(ZoneId.of("UTC"));
    assertEquals(LocalDate.of(2026, 11, 1), LocalDate.now(shanghai));
    assertEquals(LocalDate.of(2026, 10, 31), LocalDate.now(utc));
    utc.advance(Duration.ofHours(8));
    assertEquals(Instant.parse("2026-11-01T00:30:00Z"), shanghai.instant());
    assertEquals(START, shanghai.set(START).instant());
    assertThrows(IllegalArgumentException.class, () -> shanghai.advance(Duration.ofSeconds(-1)));
  }
}
