package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that closes a decided complaint case (结案), CMP-09: checks that the outcome is
 * executed and proved, a return booked, the customer visited (SUR-05) and a serious complaint
 * answered in writing (SUR-04); stops the case's clocks; releases its receivable holds (CMP-17);
 * sends a copy of the closed form to each of the procedure's recipients through the outbox.
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
public final class ComplaintClosure {

  private final ComplaintSteps steps;
  private final ComplaintProcedure procedure;
  private final ServiceLevelPolicy policy;

  /**
   * Wires the use case.
   *
   * @param complaints the repository (which also writes the outbox)
   * @param procedure the closure recipients and whether the visit is required
   * @param policy the service-level policy whose overall limit (CMP-06) the closure is measured
   *     against
   * @param validator validates commands
   * @param clock the time recorded with each event; its zone is not used
   */
  public ComplaintClosure(Complaints complaints, ComplaintProcedure procedure,
      ServiceLevelPolicy policy, CommandValidator validator, Clock clock) {
    this.steps = new ComplaintSteps(complaints, validator, clock);
    this.procedure = requireNonNull(procedure, "procedure");
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Closes the case (CMP-09).
   *
   * @param command the closure
   * @return the closed case as stored
   * @throws InvalidInputException if the command breaks its constraints or is dated before the
   *     decision
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-09) if the case is not decided; (CMP-15, CMP-18) if the
   *     outcome lacks a document or proof; (CMP-16) if a return is not booked; (SUR-05) if the
   *     visit is missing; (SUR-04) if a serious complaint is answered by phone
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase close(CloseComplaint command) {
    return steps.apply(command,
        (current, at) -> current.closed(command, procedure, policy, at));
  }
}
