package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of the recoverability window without a backup for longer than the backup interval
 * (备份缺口, CON-08): from a backup (or the window's start) to the next backup (or the time of the
 * question), half-open {@code [from, to)}. Immutable and thread-safe.
 *
 * @param from the last backup before the gap, or the window's start
 * @param to the next backup, or the time of the question
 */
public record BackupGap(Instant from, Instant to) {

  /**
   * Checks the order.
   *
   * @param from the start
   * @param to the end
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public BackupGap {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("a gap ends after it starts: " + from + " " + to);
    }
  }

  /**
   * How long the gap lasts.
   *
   * @return {@code to − from}, positive
   */
  public Duration length() {
    return Duration.between(from, to);
  }

  /**
   * Whether {@code instant} lies in the gap.
   *
   * @param instant the instant
   * @return {@code true} if {@code from ≤ instant < to}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }
}
