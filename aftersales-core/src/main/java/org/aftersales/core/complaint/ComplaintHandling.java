package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use cases that move an accepted complaint case along its routing form (投诉流转) and record
 * what happens on the way: hand-over to the next department, completion of a step, return to an
 * earlier department (CMP-05), the joint site inspection (CMP-03), the investigation report to the
 * general manager (CMP-04), the supervisor's visit to the customer (SUR-05).
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Every command is safe to retry.</b> The case keeps every command it accepted
 *       ({@link ComplaintCase#handled()}); the same command sent again returns the stored case
 *       with nothing changed and no second event; the same request ID with other content on the
 *       same case is refused ({@link DuplicateRequestException}). Request IDs are scoped to their
 *       case.</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException}, {@link NotFoundException},
 *       {@link RuleRefusalException} and {@link DuplicateRequestException} are thrown before
 *       anything is stored.</li>
 *   <li><b>Events with their state.</b> A {@link ComplaintProgressed} event is saved with the case
 *       through {@link Complaints#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code Complaints.find}, {@code Complaints.save}, and
 *       {@code find} again only after a {@link ConcurrentUpdateException} (if the stored case
 *       then holds this very command — an earlier attempt whose reply was lost — it is returned;
 *       otherwise the conflict is thrown and the caller reads and decides again).</li>
 *   <li><b>Instants.</b> The business instants come from the commands (the department's own time
 *       of hand-over or completion); the recorded time of the event from the injected clock,
 *       truncated to whole microseconds ({@link TimePrecision}).</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintHandling {

  private final ComplaintSteps steps;

  /**
   * Wires the use cases.
   *
   * @param complaints the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded with each event; its zone is not used
   */
  public ComplaintHandling(Complaints complaints, CommandValidator validator, Clock clock) {
    this.steps = new ComplaintSteps(complaints, validator, clock);
  }

  /**
   * Hands the case to the route's next department (CMP-05); that step's clock starts at the
   * command's instant.
   *
   * @param command the hand-over
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints, or its instant is before
   *     the routing form's latest instant
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-05) if the step is not the route's next, the open step is
   *     not completed, the route is done, or the case is voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase handOver(HandOverComplaint command) {
    return steps.progress(command);
  }

  /**
   * Completes the open step (CMP-05).
   *
   * @param command the completion, naming the open step
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints, names another step than
   *     the open one, or its instant is before the step's hand-over
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-05) if no step is open or the case is voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase completeStep(CompleteComplaintStep command) {
    return steps.progress(command);
  }

  /**
   * Returns the case to an earlier department with a reason (CMP-05); the open step's time is
   * kept.
   *
   * @param command the return
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints, or its instant goes back
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-05) if the step is not before the open one, no step is open,
   *     or the case is voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase returnStep(ReturnComplaintStep command) {
    return steps.progress(command);
  }

  /**
   * Records the joint site inspection (CMP-03), once per case.
   *
   * @param command the inspection
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-03) if an inspection is already recorded or the case is
   *     voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase recordSiteInspection(RecordSiteInspection command) {
    return steps.progress(command);
  }

  /**
   * Records that the investigation report reached the general manager (CMP-04), once per case.
   * Whether it was within its 3 working days is read from the service-level policy's
   * {@code INVESTIGATION_REPORT} target.
   *
   * @param command the report
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints or is dated before the
   *     acceptance
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-04) if a report is already filed or the case is voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase fileInvestigationReport(FileInvestigationReport command) {
    return steps.progress(command);
  }

  /**
   * Records a visit to the complaining customer (SUR-05).
   *
   * @param command the visit
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (SUR-05) if the case is voided
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase recordCustomerVisit(RecordCustomerVisit command) {
    return steps.progress(command);
  }

}
