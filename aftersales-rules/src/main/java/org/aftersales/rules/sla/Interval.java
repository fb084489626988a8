package org.aftersales.rules.sla;

import java.time.Instant;

/**
 * A stretch of working time in real time, {@code [start, end)}: what a calendar's stretches of
 * local hours become on a particular date, and what the index is compiled from.
 *
 * @param start the first instant inside
 * @param end the first instant after it; after {@code start}
 */
record Interval(Instant start, Instant end) {

  /** Whether {@code t} lies inside: {@code start ≤ t < end}. */
  boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** The length in nanoseconds. */
  long nanos() {
    return java.time.Duration.between(start, end).toNanos();
  }
}
