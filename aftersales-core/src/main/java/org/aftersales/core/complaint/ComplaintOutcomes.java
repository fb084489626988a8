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
 * The use cases that execute a decided complaint's outcome (处理结果执行): the receivable held out
 * of the recovery bonus while the case is in progress (CMP-17), the sales allowance certificate
 * (CMP-15), return slips, receptions and the booked quantity (CMP-16), and the customer's proof
 * documents (CMP-18).
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
public final class ComplaintOutcomes {

  private final ComplaintSteps steps;

  /**
   * Wires the use cases.
   *
   * @param complaints the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded with each event; its zone is not used
   */
  public ComplaintOutcomes(Complaints complaints, CommandValidator validator, Clock clock) {
    this.steps = new ComplaintSteps(complaints, validator, clock);
  }

  /**
   * Holds the receivable under complaint out of the receivable-recovery bonus (CMP-17) until the case closes.
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws RuleRefusalException (CMP-17) if the case is not in progress
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase placeReceivableHold(PlaceReceivableHold command) {
    return steps.progress(command);
  }

  /**
   * Records the sales allowance certificate of a decided allowance or compensation (CMP-15).
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints; if the kind is
   *     not an allowance or compensation
   * @throws RuleRefusalException (CMP-15) if the case is not decided or its outcome has no such
   *     line, or the line has its certificate already
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase recordAllowanceCertificate(RecordAllowanceCertificate command) {
    return steps.progress(command);
  }

  /**
   * Records a finished-goods return slip for part of a decided return or reprocessing (CMP-15, CMP-16).
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints; if the kind is
   *     not a return or reprocessing, or the slips would exceed the approved quantity
   * @throws RuleRefusalException (CMP-16) if the case is not decided or the quantities refuse the
   *     slip
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase issueReturnSlip(IssueReturnSlip command) {
    return steps.progress(command);
  }

  /**
   * Records goods received against a return slip; receptions may be partial (CMP-16).
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints; if the slip is
   *     unknown
   * @throws RuleRefusalException (CMP-16) if the case is not decided or the quantity is already
   *     booked
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase receiveReturnedGoods(ReceiveReturnedGoods command) {
    return steps.progress(command);
  }

  /**
   * Books the actually returned quantity (CMP-16): within the over-acceptance ratio without a reason, beyond it only with the decision's reason.
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws RuleRefusalException (CMP-16) if the case is not decided, nothing was received, it
   *     is booked already, or the excess needs a decision
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase bookReturnedQuantity(BookReturnedQuantity command) {
    return steps.progress(command);
  }

  /**
   * Records the customer's stamped proof document for a return or an allowance (CMP-18).
   *
   * @param command the command
   * @return the case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws RuleRefusalException (CMP-18) if the case is not decided, the line is not there or
   *     needs no proof, or the document proves the other purpose
   * @throws NotFoundException if there is no such case
   * @throws DuplicateRequestException if the request ID was used on the case for other content
   * @throws ConcurrentUpdateException if the case changed meanwhile
   */
  public ComplaintCase recordProof(RecordProof command) {
    return steps.progress(command);
  }

}
