package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.UseCase;

/**
 * The use cases of the approval authority's decision (核决) on a complaint case: the decision
 * itself (CMP-07, CMP-08, CMP-13, CMP-14, CMP-15) and a department's formal objection to it
 * (签呈, CMP-12).
 *
 * <p>The decision is checked against the injected {@link ApprovalAuthorityPolicy}: the decider's
 * level must cover the level required for the amount and the case's severity.
 *
 * <h2>Failure semantics</h2>
 * <p>As {@link ComplaintHandling}: every command is kept on the case, so a repeat returns the
 * stored case with nothing changed, and a request ID reused on the case for other content is
 * refused ({@link DuplicateRequestException}); refusals ({@link InvalidInputException},
 * {@link NotFoundException}, {@link RuleRefusalException}, {@link DuplicateRequestException}) are
 * thrown before anything is stored; the change's events (and notices) are saved with the case into
 * the outbox; port calls: {@code Complaints.find}, {@code Complaints.save}, and {@code find} again
 * only after a {@link ConcurrentUpdateException}. Recorded instants come from the injected clock,
 * truncated to whole microseconds.
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintDecisions {

  private final ComplaintSteps steps;
  private final ApprovalAuthorityPolicy authority;

  /**
   * Wires the use cases.
   *
   * @param complaints the repository (which also writes the outbox)
   * @param authority the approval authority (e.g. the rules module's
   *     {@code AmountSeverityAuthority})
   * @param validator validates commands
   * @param clock the time recorded with each event; its zone is not used
   */
  public ComplaintDecisions(Complaints complaints, ApprovalAuthorityPolicy authority,
      CommandValidator validator, Clock clock) {
    this.steps = new ComplaintSteps(complaints, validator, clock);
    this.authority = requireNonNull(authority, "authority");
  }

  /**
   * Decides the case (CMP-07): after the route is completed, by a decider of sufficient level.
   *
   * @param command the decision
   * @return the decided case as stored
   * @throws InvalidInputException if the command breaks its constraints, is dated before the
   *     routing form's latest instant, or its outcome does not fit the claimed quantity
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-07) if the case is not open, the route is not completed or
   *     the decider's level is too low; (CMP-14) if a complaint not valid carries an amount or our
   *     responsibility; (CMP-07) if the authority has no rule for the amount's currency
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase decide(DecideComplaint command) {
    return steps.apply(command, (current, at) -> current.decided(command, authority, at));
  }

  /**
   * Files a department's formal objection to the decision (CMP-12); the general manager is
   * notified (a {@code Notice} of kind {@code OBJECTION_FILED}, saved with the case). The
   * decision stands.
   *
   * @param command the objection
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints or is dated before the
   *     decision
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-12) if the case is not decided or closed
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase fileObjection(FileObjection command) {
    return steps.progress(command);
  }
}
