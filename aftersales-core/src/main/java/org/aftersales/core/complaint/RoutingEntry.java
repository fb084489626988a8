package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.servicelevel.Milestone;

/**
 * One line of a complaint's routing form (流程单的一栏): a step (传递) from the moment the case was
 * handed over to its department until the step was completed or returned (退回) to an earlier
 * department, or still open. A small value with optional parts, so a final class rather than a
 * record (decision 0010). Immutable and thread-safe.
 */
public final class RoutingEntry {

  /** How an entry ended. */
  public enum Ending {
    /** The department is still working on the step. */
    OPEN,
    /** The department finished its step (完成). */
    COMPLETED,
    /** The step was sent back to an earlier department with a reason (退回). */
    RETURNED
  }

  private final Milestone step;
  private final Instant handedOverAt;
  /** When the step was completed or returned; null while open. */
  private final Instant endedAt;
  private final Ending ending;
  /** Why the step was returned; null unless returned. */
  private final String returnReason;

  private RoutingEntry(Milestone step, Instant handedOverAt, Instant endedAt, Ending ending,
      String returnReason) {
    this.step = step;
    this.handedOverAt = handedOverAt;
    this.endedAt = endedAt;
    this.ending = ending;
    this.returnReason = returnReason;
  }

  static RoutingEntry open(Milestone step, Instant handedOverAt) {
    return new RoutingEntry(requireNonNull(step, "step"), requireNonNull(handedOverAt, "at"),
        null, Ending.OPEN, null);
  }

  RoutingEntry completedAt(Instant at) {
    return new RoutingEntry(step, handedOverAt, at, Ending.COMPLETED, null);
  }

  RoutingEntry returnedAt(Instant at, String reason) {
    return new RoutingEntry(step, handedOverAt, at, Ending.RETURNED, reason);
  }

  /**
   * The step of the route this entry is for.
   *
   * @return the step
   */
  public Milestone step() {
    return step;
  }

  /**
   * When the case was handed to the step's department; the step's clock starts here (CMP-05).
   *
   * @return the hand-over instant
   */
  public Instant handedOverAt() {
    return handedOverAt;
  }

  /**
   * When the step was completed or returned.
   *
   * @return the end, empty while the step is open
   */
  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  /**
   * How the entry ended so far.
   *
   * @return open, completed or returned
   */
  public Ending ending() {
    return ending;
  }

  /**
   * Whether the department is still working on the step.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return ending == Ending.OPEN;
  }

  /**
   * Why the step was returned to an earlier department.
   *
   * @return the reason, empty unless the entry was returned
   */
  public Optional<String> returnReason() {
    return Optional.ofNullable(returnReason);
  }

  /**
   * Equal if step, hand-over, end, ending and reason are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RoutingEntry that && step.equals(that.step)
        && handedOverAt.equals(that.handedOverAt) && Objects.equals(endedAt, that.endedAt)
        && ending == that.ending && Objects.equals(returnReason, that.returnReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, handedOverAt, endedAt, ending, returnReason);
  }

  /**
   * E.g. {@code "RoutingEntry[QA_ANALYSIS 2026-11-02T06:00:00Z .. 2026-11-03T06:00:00Z
   * COMPLETED]"}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "RoutingEntry[" + step.code() + " " + handedOverAt + " .. "
        + (endedAt == null ? "open" : endedAt.toString()) + " " + ending
        + (returnReason == null ? "" : " (" + returnReason + ")") + "]";
  }
}
