package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use cases that create and void complaint cases (投诉登记), CMP-01 and CMP-10.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Every command is safe to retry.</b> Each carries a request ID. Sending it again — after
 *       a timeout, an exception from an adapter, a lost reply — returns the stored outcome of the
 *       first attempt that was stored, with no second number, no second change and no second
 *       event; if no attempt was stored, the retry does the work once. The same request ID with
 *       different content is refused ({@link DuplicateRequestException}). Request IDs are scoped:
 *       registrations and reopenings share one space (a case per request ID); a void's request
 *       ID is kept on the case it voided.</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException}, {@link NotFoundException},
 *       {@link RuleRefusalException} and {@link DuplicateRequestException} are thrown before
 *       anything is stored. All validation — constraints, plain text, lengths — happens before a
 *       number is drawn, and a retry with a known request ID is answered before a number is
 *       drawn, so neither uses up a serial.</li>
 *   <li><b>Events with their state.</b> The events of a change are saved with it, through the same
 *       repository call ({@link Complaints#save}), into the outbox; the
 *       {@link org.aftersales.core.shared.EventRelay} delivers them at least once. These use
 *       cases never call a publisher, so a failing notification can never turn a stored change into
 *       a reported failure.</li>
 *   <li><b>Port calls, in order</b> (the unit of work a host transaction may span):
 *       {@code register}: {@code Complaints.findByRequestId}, {@code DocumentNumbering.next} (and
 *       through it {@code NumberSequences.next}), {@code Complaints.save};
 *       {@code reopenAfterRejection}: {@code findByRequestId}, {@code find}, {@code next},
 *       {@code save} (the original, marked), {@code save} (the new case); {@code voidComplaint}: {@code find}, {@code save} (and {@code find} again
 *       after a {@link ConcurrentUpdateException}). A host that runs the whole call in one
 *       transaction, with a numbering adapter that allocates inside it, gets gapless numbers: a
 *       failure anywhere rolls the serial back with everything else. Otherwise a failure after the
 *       number was drawn leaves a gap (never a duplicate).</li>
 *   <li><b>Instants.</b> The recorded times come from the injected clock, truncated to whole
 *       microseconds ({@link TimePrecision}); numbers come from the command's business
 *       timestamp, never from the clock.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintRegistration {

  private final Complaints complaints;
  private final DocumentNumbering numbering;
  private final ComplaintProcedure procedure;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use cases.
   *
   * @param complaints the repository (which also writes the outbox)
   * @param numbering the complaint numbering (e.g. the rules module's 年月流水 scheme)
   * @param procedure the route every new case's routing form follows (CMP-05) and the clock of a
   *     case raised by a rejection (CMP-10)
   * @param validator validates commands
   * @param clock the time recorded for registrations and voiding (not used for numbers); its
   *     zone is not used
   */
  public ComplaintRegistration(Complaints complaints, DocumentNumbering numbering,
      ComplaintProcedure procedure, CommandValidator validator, Clock clock) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.numbering = requireNonNull(numbering, "numbering");
    this.procedure = requireNonNull(procedure, "procedure");
    if (procedure.route().isEmpty()) {
      throw InvalidInputException.of("procedure.route",
          MessageBundle.CORE.message("core.routing.emptyRoute"));
    }
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Accepts a complaint (受理), numbers it (CMP-01) and starts its routing form with the route's
   * first step handed over at the acceptance (CMP-05); a serious one is reported to the deputy GM
   * in the same save (SUR-04).
   *
   * @param command the complaint with its intake form (CMP-02)
   * @return the stored case, or the case registered earlier with the same request ID
   * @throws InvalidInputException if the command breaks its constraints, or the defective or
   *     demanded return quantity exceeds the delivered one
   * @throws DuplicateRequestException if the request ID was used for different content
   * @throws RuleRefusalException (CMP-02) if the issue caused no loss (it goes on an exception
   *     sheet, 异常处理单, in the host's quality system); if the numbering refuses (serial overflow
   *     with a refusing scheme)
   */
  public ComplaintCase register(RegisterComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    command.intake().requireConsistent();
    Optional<ComplaintCase> earlier = complaints.findByRequestId(command.requestId());
    if (earlier.isPresent()) {
      return sameOrRefused(earlier.get(), command);
    }
    if (!command.intake().causedLoss()) {
      throw new RuleRefusalException(RuleId.of("CMP-02"),
          MessageBundle.CORE.message("core.complaint.noLoss"));
    }
    DocumentNumber number = numbering.next(command.receivedAt());
    return store(ComplaintCase.register(command, number, procedure, now()), command);
  }

  /**
   * The customer rejects the decision on a case (CMP-10): the original, decided or closed, is
   * marked as rejected (a decided one is closed at the rejection) and a new case with a new number,
   * linked to it, is opened with the same intake form and the customer's response as its
   * description; its routing form starts again, its closing limit restarts or continues as the
   * procedure's {@link RejectionClock} says.
   *
   * <p>Port calls: {@code findByRequestId}, {@code find} (the original), {@code next}, {@code save}
   * (the original, marked with the new number), {@code save} (the new case). The mark is stored
   * first: a retry after a failure between the two saves finds the original marked by this very
   * command and opens the new case under the number already drawn; two rejections of one case at
   * once are serialised by the original's version, and the loser is refused (CMP-10).
   *
   * @param command the rejection
   * @return the new stored case, or the case created earlier with the same request ID
   * @throws InvalidInputException if the command breaks its constraints, or its acceptance is
   *     before the original's decision
   * @throws NotFoundException if there is no case with the original number
   * @throws RuleRefusalException (CMP-10) if the original is voided, not decided, or already
   *     rejected by another request
   * @throws DuplicateRequestException if the request ID was used for different content
   * @throws ConcurrentUpdateException if the original changed meanwhile (read and decide again)
   */
  public ComplaintCase reopenAfterRejection(ReopenRejectedComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    Optional<ComplaintCase> earlier = complaints.findByRequestId(command.requestId());
    if (earlier.isPresent()) {
      return sameOrRefused(earlier.get(), command);
    }
    ComplaintCase original = complaints.find(command.original()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.original().text()));
    if (!original.rejection().equals(Optional.of(command))) {
      if (original.rejection().map(ReopenRejectedComplaint::requestId)
          .equals(Optional.of(command.requestId()))) {
        throw new DuplicateRequestException(ComplaintCase.KIND, command.requestId());
      }
      // Checked before numbering as well as by the case, so that a refusal uses up no serial.
      original.requireRejectable(command);
      DocumentNumber number = numbering.next(command.receivedAt());
      Changed<ComplaintCase> marked = original.rejected(command, number, now());
      try {
        original = complaints.save(marked.state(),
            marked.state().outboxEventsOfSave(marked.events()));
      } catch (ConcurrentUpdateException conflict) {
        // An earlier attempt of this very rejection may have marked it meanwhile: resume it.
        original = complaints.find(command.original())
            .filter(stored -> stored.rejection().equals(Optional.of(command)))
            .orElseThrow(() -> conflict);
      }
    }
    DocumentNumber number = original.rejectedBy().orElseThrow();
    return store(original.reopenedAfterRejection(command, number, procedure, now()), command);
  }

  /**
   * Voids a case; it keeps its number. Sending the same command again returns the voided case.
   *
   * @param command the request ID, the case and the reason
   * @return the voided case as stored
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-01) if it was already voided by another request
   * @throws DuplicateRequestException if the case was voided with this request ID for another
   *     reason
   * @throws ConcurrentUpdateException if the case changed while it was being voided
   */
  public ComplaintCase voidComplaint(VoidComplaint command) {
    validator.validate(requireNonNull(command, "command"));
    ComplaintCase current = complaints.find(command.number()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.number().text()));
    if (current.isVoidedBy(command)) {
      return current;
    }
    if (current.voidRequestId().equals(Optional.of(command.requestId()))) {
      throw new DuplicateRequestException(ComplaintCase.KIND, command.requestId());
    }
    Changed<ComplaintCase> voided = current.voided(command, now());
    try {
      return complaints.save(voided.state(), voided.state().outboxEventsOfSave(voided.events()));
    } catch (ConcurrentUpdateException conflict) {
      // An earlier attempt of this very request may have been stored meanwhile (its reply lost,
      // and the retry raced it): that is the outcome to return, not a conflict.
      return complaints.find(command.number()).filter(stored -> stored.isVoidedBy(command))
          .orElseThrow(() -> conflict);
    }
  }

  private ComplaintCase store(Changed<ComplaintCase> created, NewCaseCommand command) {
    try {
      return complaints.save(created.state(), created.state().outboxEventsOfSave(created.events()));
    } catch (DuplicateRequestException race) {
      // Another registration with the same request ID was stored first: answer with it.
      ComplaintCase winner = complaints.findByRequestId(created.state().requestId())
          .orElseThrow(() -> race);
      return sameOrRefused(winner, command);
    }
  }


  private Instant now() {
    return TimePrecision.stored(clock.instant());
  }

  /** The earlier case if {@code command} repeats the command that opened it; else refused. */
  private static ComplaintCase sameOrRefused(ComplaintCase earlier, NewCaseCommand command) {
    if (!command.isRepeatOf(earlier.openedBy())) {
      throw new DuplicateRequestException(ComplaintCase.KIND, earlier.requestId());
    }
    return earlier;
  }
}
