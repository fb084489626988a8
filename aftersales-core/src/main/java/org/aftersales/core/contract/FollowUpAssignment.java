package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TimePrecision;

/**
 * The assignment of someone to pursue a contract's renewal (派员争取续约, CON-01) or the sales
 * follow-up of an ending free maintenance period (安排销售人员跟进, CON-02). Immutable and
 * thread-safe.
 *
 * @param assignee who pursues it
 * @param by who assigned them (the service centre's manager for CON-01, the sales director for
 *     CON-02)
 * @param at when, truncated to the microsecond
 */
public record FollowUpAssignment(PersonId assignee, PersonId by, Instant at) {

  /**
   * Validates the assignment and truncates the instant to the microsecond.
   *
   * @param assignee who pursues it
   * @param by who assigned them
   * @param at when
   * @throws InvalidInputException if {@code at} is outside the supported range
   */
  public FollowUpAssignment {
    requireNonNull(assignee, "assignee");
    requireNonNull(by, "by");
    at = TimePrecision.stored(SupportedTime.require(at, "at"));
  }

  /**
   * The assignment with the given values; see the canonical constructor.
   *
   * @param assignee who pursues it
   * @param by who assigned them
   * @param at when
   * @return the assignment
   * @throws InvalidInputException as the canonical constructor
   */
  public static FollowUpAssignment of(PersonId assignee, PersonId by, Instant at) {
    return new FollowUpAssignment(assignee, by, at);
  }
}
