package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.UseCase;

/**
 * The use cases that create and void complaint cases (投诉登记), CMP-01 and CMP-10.
 *
 * <ul>
 *   <li><b>Idempotent.</b> Registering (or reopening) again with the same request ID and the same
 *       content returns the case created the first time, with its number; no second number is
 *       issued. The same request ID with different content is refused
 *       ({@link DuplicateRequestException}): the command is compared with the one that opened the
 *       stored case ({@link NewCaseCommand#isRepeatOf}, {@link ComplaintCase#openedBy()}). If two registrations with one request ID race, one
 *       case is stored and both callers get it; the loser's serial stays used (a gap, unless the
 *       numbering's adapter is gapless and transactional).</li>
 *   <li><b>Numbers never change.</b> The number is issued once, from the command's business
 *       timestamp; voiding keeps it; nothing is deleted.</li>
 *   <li><b>Order.</b> Validate, check the request ID, issue the number, save, then publish the
 *       events; a refusal at any step stores nothing.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintRegistration {

  private final Complaints complaints;
  private final DocumentNumbering numbering;
  private final DomainEventPublisher events;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use cases.
   *
   * @param complaints the repository
   * @param numbering the complaint numbering (e.g. the rules module's 年月流水 scheme)
   * @param events where the events of stored changes go
   * @param validator validates commands
   * @param clock the time recorded for registrations and voiding (not used for numbers)
   */
  public ComplaintRegistration(Complaints complaints, DocumentNumbering numbering,
      DomainEventPublisher events, CommandValidator validator, Clock clock) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.numbering = requireNonNull(numbering, "numbering");
    this.events = requireNonNull(events, "events");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Registers a complaint and numbers it (CMP-01).
   *
   * @param command the complaint
   * @return the stored case, or the case registered earlier with the same request ID
   * @throws InvalidInputException if the command breaks its constraints
   * @throws DuplicateRequestException if the request ID was used for different content
   * @throws RuleRefusalException if the numbering refuses (serial overflow with a refusing scheme)
   */
  public ComplaintCase register(RegisterComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    Optional<ComplaintCase> earlier = complaints.findByRequestId(command.requestId());
    if (earlier.isPresent()) {
      return sameOrRefused(earlier.get(), command);
    }
    DocumentNumber number = numbering.next(command.receivedAt());
    return store(ComplaintCase.register(command, number, clock.instant()), command);
  }

  /**
   * Raises a new case, with a new number, for a case whose decision the customer rejected
   * (CMP-10). The original case is left as it is; the new one links to it.
   *
   * @param command the rejection
   * @return the new stored case, or the case created earlier with the same request ID
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no case with the original number
   * @throws RuleRefusalException (CMP-10) if the original case is voided
   * @throws DuplicateRequestException if the request ID was used for different content
   */
  public ComplaintCase reopenAfterRejection(ReopenRejectedComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    Optional<ComplaintCase> earlier = complaints.findByRequestId(command.requestId());
    if (earlier.isPresent()) {
      return sameOrRefused(earlier.get(), command);
    }
    ComplaintCase original = complaints.find(command.original()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.original().text()));
    if (original.status() == ComplaintStatus.VOIDED) {
      // Checked before numbering as well as by the case, so that a refusal uses up no serial.
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.voidedCannotReopen", "number", original.number()));
    }
    DocumentNumber number = numbering.next(command.receivedAt());
    return store(original.reopenedAfterRejection(command, number, clock.instant()), command);
  }

  /**
   * Voids a case; it keeps its number.
   *
   * @param command the case and the reason
   * @return the voided case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-01) if it is already voided
   * @throws ConcurrentUpdateException if the case changed while it was being voided
   */
  public ComplaintCase voidComplaint(VoidComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    ComplaintCase current = complaints.find(command.number()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.number().text()));
    Changed<ComplaintCase> voided = current.voided(command, clock.instant());
    ComplaintCase stored = complaints.save(voided.state());
    events.publish(voided.events());
    return stored;
  }

  private ComplaintCase store(Changed<ComplaintCase> created, NewCaseCommand command) {
    ComplaintCase stored;
    try {
      stored = complaints.save(created.state());
    } catch (DuplicateRequestException race) {
      // Another registration with the same request ID was stored first: answer with it.
      ComplaintCase winner = complaints.findByRequestId(created.state().requestId())
          .orElseThrow(() -> race);
      return sameOrRefused(winner, command);
    }
    events.publish(created.events());
    return stored;
  }

  /** The earlier case if {@code command} repeats the command that opened it; else refused. */
  private static ComplaintCase sameOrRefused(ComplaintCase earlier, NewCaseCommand command) {
    if (!command.isRepeatOf(earlier.openedBy())) {
      throw new DuplicateRequestException(ComplaintCase.KIND, earlier.requestId());
    }
    return earlier;
  }
}
