package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A time during which a service-level clock stands still (暂停计时), typically while waiting for
 * the customer: from {@link #start()} (inclusive) to {@link #end()} (exclusive), or still open.
 *
 * <p>A pause is excluded in the budget's own measure: for a working-time budget only the working
 * time inside the pause is given back (a pause from Friday 17:00 to Monday 10:00 on a 09:00–18:00
 * calendar gives back two working hours, not 65 hours); for elapsed and calendar-day budgets its
 * elapsed length. Immutable and thread-safe.
 */
public final class Pause {

  private final Instant start;
  private final Instant end;

  private Pause(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A pause that has ended.
   *
   * @param start when the clock stopped
   * @param end when it started again; not before {@code start}
   * @return the pause
   * @throws InvalidInputException if {@code end} is before {@code start}
   */
  public static Pause between(Instant start, Instant end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw InvalidInputException.of("pause.end",
          MessageBundle.CORE.message("core.pause.endBeforeStart", "start", start), end);
    }
    return new Pause(start, end);
  }

  /**
   * A pause that is still going on.
   *
   * @param start when the clock stopped
   * @return the open pause
   */
  public static Pause openSince(Instant start) {
    return new Pause(requireNonNull(start, "start"), null);
  }

  /**
   * When the clock stopped (inclusive).
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * When the clock started again (exclusive).
   *
   * @return the end, or empty while the pause goes on
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the pause is still going on.
   *
   * @return true if it has no end
   */
  public boolean isOpen() {
    return end == null;
  }

  /**
   * This pause ended at {@code endInstant}.
   *
   * @param endInstant when the clock starts again; not before {@link #start()}
   * @return the closed pause
   * @throws InvalidInputException if {@code endInstant} is before the start
   */
  public Pause endedAt(Instant endInstant) {
    return between(start, endInstant);
  }

  /**
   * Whether {@code instant} is inside the pause.
   *
   * @param instant any instant
   * @return true if {@code start ≤ instant < end} (or {@code start ≤ instant} while open)
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && (end == null || instant.isBefore(end));
  }

  /**
   * Equal if start and end are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Pause that && that.start.equals(start) && Objects.equals(that.end, end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * E.g. {@code "[2026-11-02T02:00:00Z, 2026-11-02T05:00:00Z)"} or
   * {@code "[2026-11-02T02:00:00Z, open)"}.
   *
   * @return the interval
   */
  @Override
  public String toString() {
    return "[" + start + ", " + (end == null ? "open" : end.toString()) + ")";
  }
}
