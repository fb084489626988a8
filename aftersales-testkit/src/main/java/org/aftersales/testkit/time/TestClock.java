package org.aftersales.testkit.time;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} for tests and simulations that stands still until it is moved: it shows the
 * instant it was last {@link #set(Instant) set} to or {@link #advance(Duration) advanced} to.
 * Inject it wherever the library takes a {@code Clock}.
 *
 * <p>The clock never moves backwards by itself; {@link #set(Instant)} may move it backwards on
 * purpose (to replay a scenario). Clocks derived with {@link #withZone(ZoneId)} share the same
 * instant: moving one moves all. Thread-safe.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> instant;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code start}, in {@code zone}.
   *
   * @param start the instant the clock shows
   * @param zone the clock's zone (used by {@code LocalDate.now(clock)} and the like)
   * @return the clock
   */
  public static TestClock at(Instant start, ZoneId zone) {
    return new TestClock(new AtomicReference<>(requireNonNull(start, "start")),
        requireNonNull(zone, "zone"));
  }

  /**
   * Moves the clock to {@code newInstant}, forwards or backwards.
   *
   * @param newInstant the instant the clock shows from now on
   * @return this clock
   */
  public TestClock set(Instant newInstant) {
    instant.set(requireNonNull(newInstant, "newInstant"));
    return this;
  }

  /**
   * Moves the clock forwards by {@code amount}.
   *
   * @param amount a duration of zero or more
   * @return the instant the clock shows afterwards
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a test clock only advances; use set() to go back, was "
          + amount);
    }
    return instant.updateAndGet(i -> i.plus(amount));
  }

  /**
   * The clock's zone.
   *
   * @return the zone given at creation or to {@link #withZone(ZoneId)}
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A clock in another zone that shares this clock's instant (moving either moves both).
   *
   * @param newZone the zone
   * @return the clock in {@code newZone}
   */
  @Override
  public TestClock withZone(ZoneId newZone) {
    return new TestClock(instant, requireNonNull(newZone, "newZone"));
  }

  /**
   * The instant the clock currently shows.
   *
   * @return the instant
   */
  @Override
  public Instant instant() {
    return instant.get();
  }

  /**
   * The current instant and zone.
   *
   * @return e.g. {@code TestClock[2026-11-02T01:00:00Z, Asia/Shanghai]}
   */
  @Override
  public String toString() {
    return "TestClock[" + instant.get() + ", " + zone + "]";
  }
}
