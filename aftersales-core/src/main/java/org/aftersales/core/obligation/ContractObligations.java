package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.InspectionReported;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The contract commands (合同义务登记): register a contract, record an obligation fulfilled (who,
 * when, the document), carry a missed or moved obligation over to another day or write it off,
 * and assign the follow-up of an expiry notice (CON-01) or free-period report (CON-02). Each
 * command names the obligation by its {@link Obligation#key()}, as the reminders' notices carry
 * it ({@code obligation} parameter); the obligation must be one the {@link ObligationSchedule}
 * creates for the contract.
 *
 * <h2>Notices saved with the change</h2>
 * <ul>
 *   <li>The free-period report fulfilled (CON-02): {@link NoticeKind#FREE_PERIOD_REPORTED} to the
 *       sales director (the written report, its document), who then assigns the sales
 *       follow-up.</li>
 *   <li>A follow-up assigned: {@link NoticeKind#FOLLOW_UP_ASSIGNED} to the assignee.</li>
 * </ul>
 * They are events of the same save ({@link Contracts#save}), so they reach the outbox exactly
 * when the change is stored.
 *
 * <h2>Failure semantics</h2>
 * Every command is idempotent by content: the same fulfilment, disposition or assignment again
 * changes nothing and answers the stored file. Nothing is written on a refusal. A save that loses
 * a race ({@link ConcurrentUpdateException}) reads the file again and applies the command again —
 * commands on different obligations of one contract both land — up to {@value #ATTEMPTS}
 * attempts. Port calls: {@code Contracts.find}, {@code Contracts.save}, and both again per
 * further attempt. Recorded instants come from the injected clock, whole microseconds.
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ContractObligations {

  /** How many times a command is applied at most when saves keep losing races. */
  public static final int ATTEMPTS = 3;

  private final Contracts contracts;
  private final ObligationSchedule schedule;
  private final InspectionChecklists checklists;
  private final ObligationSettings settings;
  private final Clock clock;

  /**
   * Wires the commands.
   *
   * @param contracts the stored contract files
   * @param schedule the obligation schedule, which the obligations named must come from
   * @param checklists the monthly inspection's checklist per system category (CON-04)
   * @param settings who receives the written free-period report (CON-02)
   * @param clock the recorded instant; its zone is not used
   */
  public ContractObligations(Contracts contracts, ObligationSchedule schedule,
      InspectionChecklists checklists, ObligationSettings settings, Clock clock) {
    this.contracts = requireNonNull(contracts, "contracts");
    this.schedule = requireNonNull(schedule, "schedule");
    this.checklists = requireNonNull(checklists, "checklists");
    this.settings = requireNonNull(settings, "settings");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Registers a contract (or a free maintenance period). Registering an equal contract again
   * answers the stored file.
   *
   * @param contract the contract
   * @return the stored file
   * @throws InvalidInputException if another contract is registered under its ID
   */
  public ContractFile register(ServiceContract contract) {
    requireNonNull(contract, "contract");
    return StoredSteps.create(() -> contracts.find(contract.id()),
        stored -> stored.contract().equals(contract),
        () -> InvalidInputException.of("contract.id",
            MessageBundle.CORE.message("core.contract.otherContract"), contract.id()),
        () -> contracts.save(ContractFile.open(contract), List.of()));
  }

  /**
   * Records an obligation fulfilled. For the free-period report (CON-02) the written report
   * goes to the sales director with the change. A monthly inspection is fulfilled with its report
   * instead ({@link #fulfilInspection}).
   *
   * @param contract the contract
   * @param obligation the obligation's key, {@link Obligation#key()}
   * @param fulfilment who, when, the document
   * @return the stored file
   * @throws NotFoundException if the contract is not registered or has no such obligation
   * @throws RuleRefusalException (the obligation's rule) if it was fulfilled otherwise or written
   *     off, or (CON-04) if it is a monthly inspection
   * @throws ConcurrentUpdateException if the file kept changing through every attempt
   */
  public ContractFile fulfil(ContractId contract, String obligation,
      ObligationFulfilment fulfilment) {
    requireNonNull(fulfilment, "fulfilment");
    return apply(contract, obligation, (file, o) -> {
      if (o.kind() == ObligationKind.MONTHLY_INSPECTION) {
        throw new RuleRefusalException(InspectionReport.RULE, MessageBundle.CORE.message(
            "core.contract.inspectionNeedsReport", "obligation", o.key()));
      }
      Instant at = now();
      Changed<ContractFile> changed = file.fulfil(o, fulfilment, at);
      if (changed.events().isEmpty() || o.kind() != ObligationKind.FREE_PERIOD_END_REPORT) {
        return changed;
      }
      var parameters = ImmutableSortedMap.<String, Object>naturalOrder()
          .putAll(ObligationNotices.parameters(file.contract(), o, file.effectiveDue(o)))
          .put("document", fulfilment.document()).put("reportedBy", fulfilment.by().value())
          .build();
      List<DomainEvent> events = new ArrayList<>(changed.events());
      for (Recipient who : settings.freePeriodReportTo()) {
        events.add(Notice.of(ObligationNotices.key(o, "reported", who, file.effectiveDue(o)),
            NoticeKind.FREE_PERIOD_REPORTED, who, at, parameters));
      }
      return new Changed<>(changed.state(), events);
    });
  }

  /**
   * Records a monthly inspection (CON-04) fulfilled by its report: for the inspected system and
   * month, covering every area of the checklist of the contract's system category (the four areas
   * of a security system by the seed); the report is kept on the file and published
   * ({@link InspectionReported}) with the fulfilment.
   *
   * @param contract the contract
   * @param obligation the inspection's key, {@link Obligation#key()}
   * @param report the monthly inspection report
   * @return the stored file
   * @throws NotFoundException if the contract is not registered or has no such obligation
   * @throws RuleRefusalException (CON-04) naming the areas the report misses, or if the
   *     inspection is fulfilled otherwise or written off
   * @throws InvalidInputException if the obligation is not an inspection or the report is for
   *     another system or month
   * @throws ConcurrentUpdateException if the file kept changing through every attempt
   */
  public ContractFile fulfilInspection(ContractId contract, String obligation,
      InspectionReport report) {
    requireNonNull(report, "report");
    return apply(contract, obligation, (file, o) -> file.fulfilInspection(o, report,
        checklists.checklistFor(file.contract().category()), now()));
  }

  /**
   * Carries an obligation over to another day inside the contract (顺延): it is due, reminded
   * and counted as missed for that day.
   *
   * @param contract the contract
   * @param obligation the obligation's key
   * @param to the new due day, inside the contract (a calendar date of the business's zone)
   * @param reason why, 1 to {@value ObligationDisposition#MAX_REASON_LENGTH} code points
   * @param by who decided
   * @return the stored file
   * @throws NotFoundException if the contract is not registered or has no such obligation
   * @throws RuleRefusalException if it is fulfilled or written off
   * @throws InvalidInputException if the day is outside the contract or the reason is blank
   * @throws ConcurrentUpdateException if the file kept changing through every attempt
   */
  public ContractFile carryOver(ContractId contract, String obligation, LocalDate to,
      String reason, PersonId by) {
    requireNonNull(to, "to");
    return apply(contract, obligation, (file, o) -> {
      ObligationDisposition existing = file.disposition(o).orElse(null);
      if (existing != null && existing.kind() == DispositionKind.CARRIED_OVER
          && existing.due().equals(to) && existing.reason().equals(reason)
          && existing.by().equals(by)) {
        // The same carry-over again (a retry at a later instant): nothing to change.
        return new Changed<>(file, List.of());
      }
      Instant at = now();
      return file.dispose(o,
          new ObligationDisposition(DispositionKind.CARRIED_OVER, to, reason, by, at), at);
    });
  }

  /**
   * Writes an obligation off (注销): it will not be done; reported as written off.
   *
   * @param contract the contract
   * @param obligation the obligation's key
   * @param reason why, 1 to {@value ObligationDisposition#MAX_REASON_LENGTH} code points
   * @param by who decided
   * @return the stored file
   * @throws NotFoundException if the contract is not registered or has no such obligation
   * @throws RuleRefusalException if it is fulfilled or already written off
   * @throws InvalidInputException if the reason is blank
   * @throws ConcurrentUpdateException if the file kept changing through every attempt
   */
  public ContractFile writeOff(ContractId contract, String obligation, String reason,
      PersonId by) {
    return apply(contract, obligation, (file, o) -> {
      ObligationDisposition existing = file.disposition(o).orElse(null);
      if (existing != null && existing.kind() == DispositionKind.WRITTEN_OFF
          && existing.reason().equals(reason) && existing.by().equals(by)) {
        // The same write-off again (a retry at a later instant): nothing to change.
        return new Changed<>(file, List.of());
      }
      Instant at = now();
      return file.dispose(o, new ObligationDisposition(DispositionKind.WRITTEN_OFF,
          file.effectiveDue(o), reason, by, at), at);
    });
  }

  /**
   * Assigns someone to follow up an expiry notice (CON-01: pursue the renewal, 派员争取续约) or a
   * free-period report (CON-02: the sales director's sales follow-up); the assignee is notified
   * with the change. The same assignee again changes nothing.
   *
   * @param contract the contract
   * @param obligation the key of the expiry notice or free-period report
   * @param assignee who follows up
   * @param by who assigns
   * @return the stored file
   * @throws NotFoundException if the contract is not registered or has no such obligation
   * @throws RuleRefusalException if the obligation is written off
   * @throws InvalidInputException if the obligation is of another kind
   * @throws ConcurrentUpdateException if the file kept changing through every attempt
   */
  public ContractFile assignFollowUp(ContractId contract, String obligation, PersonId assignee,
      PersonId by) {
    requireNonNull(assignee, "assignee");
    requireNonNull(by, "by");
    return apply(contract, obligation, (file, o) -> {
      FollowUpAssignment existing = file.followUp(o).orElse(null);
      if (existing != null && existing.assignee().equals(assignee) && existing.by().equals(by)) {
        return new Changed<>(file, List.of());
      }
      Instant at = now();
      Changed<ContractFile> changed =
          file.assignFollowUp(o, FollowUpAssignment.of(assignee, by, at), at);
      Recipient who = Recipient.person(assignee);
      var parameters = ImmutableSortedMap.<String, Object>naturalOrder()
          .putAll(ObligationNotices.parameters(file.contract(), o, file.effectiveDue(o)))
          .put("assignedBy", by.value()).build();
      // One key per assignment instant: a reassignment notifies the new assignee.
      Notice notice = Notice.of(new NoticeKey(
          ObligationNotices.SOURCE, o.contract().value(), o.rule(),
          NoticeKey.part(o.kind().name() + ".followUp." + who.text()),
          NoticeKey.part(o.occurrence() + "@" + at)),
          NoticeKind.FOLLOW_UP_ASSIGNED, who, at, parameters);
      return withNotice(changed, notice);
    });
  }

  private ContractFile apply(ContractId contract, String obligation,
      BiFunction<ContractFile, Obligation, Changed<ContractFile>> step) {
    requireNonNull(contract, "contract");
    requireNonNull(obligation, "obligation");
    for (int attempt = 1; ; attempt++) {
      ContractFile file = contracts.find(contract).orElseThrow(
          () -> new NotFoundException(ContractFile.KIND, contract.value()));
      Obligation o = file.obligation(schedule, obligation).orElseThrow(() -> new NotFoundException(
          MessageBundle.CORE.message("core.contract.obligationKind"), obligation));
      Changed<ContractFile> changed = step.apply(file, o);
      if (changed.events().isEmpty()) {
        return file;
      }
      try {
        return contracts.save(changed.state(),
            changed.state().outboxEventsOfSave(changed.events()));
      } catch (ConcurrentUpdateException conflict) {
        if (attempt >= ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  private static Changed<ContractFile> withNotice(Changed<ContractFile> changed, Notice notice) {
    List<DomainEvent> events = new ArrayList<>(changed.events());
    events.add(notice);
    return new Changed<>(changed.state(), events);
  }

  private Instant now() {
    return TimePrecision.stored(clock.instant());
  }
}
