package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The precision of every instant the library stores (存储时间精度): whole microseconds.
 *
 * <p>SQL databases store timestamps to the microsecond at best (PostgreSQL {@code timestamptz},
 * H2 and most others by default); a {@link java.time.Clock} may give nanoseconds. An instant with
 * nanoseconds would come back from such a column different from what was saved, so a stored
 * aggregate would not read back equal, and a retried command would not compare equal with the one
 * stored. The library therefore truncates every instant it records — from its injected clock and
 * from commands (business timestamps such as a complaint's acceptance time) — to whole
 * microseconds, toward the past ({@link Instant#truncatedTo}), before it is used or stored. An
 * adapter whose columns keep microseconds or more stores every such instant exactly.
 */
public final class TimePrecision {

  /** The unit every stored instant is a whole number of: {@link ChronoUnit#MICROS}. */
  public static final ChronoUnit STORED_UNIT = ChronoUnit.MICROS;

  private TimePrecision() {}

  /**
   * {@code instant} truncated to whole microseconds (toward the past on the time-line).
   *
   * @param instant any instant
   * @return the instant as the library stores it
   */
  public static Instant stored(Instant instant) {
    return requireNonNull(instant, "instant").truncatedTo(STORED_UNIT);
  }

  /**
   * Whether {@code instant} is already a whole number of microseconds.
   *
   * @param instant any instant
   * @return true if {@link #stored(Instant)} would return it unchanged
   */
  public static boolean isStoredPrecision(Instant instant) {
    return requireNonNull(instant, "instant").getNano() % 1_000 == 0;
  }
}
