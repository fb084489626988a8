package org.aftersales.core.complaint;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.immutables.value.Value;

/**
 * A customer complaint case (客户投诉案件, the "客户抱怨处理表"): an immutable, versioned aggregate.
 *
 * <p>Its {@link #number() number} is issued once, at registration, from the 年月流水 numbering of
 * CMP-01 and never changes; a voided case keeps it; a case the customer rejects the decision of is
 * followed by a new case with a new number that {@link #reopenedFrom() links} to it (CMP-10).
 * Cases are never deleted.
 *
 * <p>Commands ({@link #register}, {@link #reopenedAfterRejection}, {@link #voided}) take the
 * command record and return the next state and the events they caused; nothing is mutated. {@link #builder()} exists for repository adapters that rebuild a stored case; every
 * instance, however built, satisfies the invariants (a voided case has a reason, a time and the
 * voiding request's ID, an open one none of them; names and descriptions are not blank).
 */
@Value.Immutable
@DomainValueStyle
public abstract class ComplaintCase {

  /**
   * The code of this aggregate kind in {@link org.aftersales.core.shared.EventId event IDs}:
   * {@code complaint}.
   */
  public static final String KIND_CODE = "complaint";

  /** "complaint case / 投诉案件", for messages. */
  public static final LocalizableMessage KIND = MessageBundle.CORE.message("core.complaint.kind");

  ComplaintCase() {}

  /**
   * The number, e.g. {@code 261107}; the case's identity.
   *
   * @return the number
   */
  public abstract DocumentNumber number();

  /**
   * The client's request ID of the registration, which makes it idempotent.
   *
   * @return the request ID
   */
  public abstract RequestId requestId();

  /**
   * The business timestamp: when the GM office accepted the complaint (受理). The number's period
   * and the CMP-06 limit count from it.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * The intake form as sales filled it in (CMP-02); for a reopened case, the original's form with
   * the customer's response as its description.
   *
   * @return the intake
   */
  public abstract ComplaintIntake intake();

  /**
   * The complaining customer, from the {@link #intake()}.
   *
   * @return the customer's name, not blank
   */
  public String customerName() {
    return intake().customerName();
  }

  /**
   * What the customer complains about (or, for a reopened case, why they reject the decision), from
   * the {@link #intake()}.
   *
   * @return the description, not blank
   */
  public String description() {
    return intake().description();
  }

  /**
   * The routing form (流程单): the hand-overs along the procedure's route with their instants
   * (CMP-05) and the acceptance instant the closing limit counts from (CMP-06).
   *
   * @return the ledger
   */
  public abstract RoutingLedger routing();

  /**
   * Every command the case accepted after it was opened, in the order accepted: the record of
   * what happened to it, and what makes each command idempotent.
   *
   * @return the commands; unmodifiable
   */
  public abstract List<ComplaintCommand> handled();

  /**
   * The case's overall clock (CMP-06): from the acceptance to its closure once closed (by
   * {@link CloseComplaint} or by the customer's rejection), else to {@code at} — the case's clock
   * runs past its route's last step until the case is closed.
   *
   * @param policy the service levels to measure against (the closure's budget in the case's
   *     market)
   * @param at the instant an unclosed case is read at, not before the acceptance
   * @return the overall figures
   * @throws InvalidInputException if {@code at} is before the acceptance of an unclosed case, or
   *     the policy has no budget for the closure in the market
   */
  public StepFigures overallFigures(ServiceLevelPolicy policy, Instant at) {
    return routing().overallUntil(policy, closedAt().orElse(at));
  }

  /**
   * The joint site inspection (CMP-03), if recorded.
   *
   * @return the inspection
   */
  public Optional<RecordSiteInspection> siteInspection() {
    return first(RecordSiteInspection.class);
  }

  /**
   * The investigation report to the general manager (CMP-04), if filed.
   *
   * @return the report
   */
  public Optional<FileInvestigationReport> investigationReport() {
    return first(FileInvestigationReport.class);
  }

  /**
   * The visits to the customer (SUR-05), in the order recorded.
   *
   * @return the visits; unmodifiable
   */
  public List<RecordCustomerVisit> customerVisits() {
    List<RecordCustomerVisit> visits = new ArrayList<>();
    for (ComplaintCommand c : handled()) {
      if (c instanceof RecordCustomerVisit visit) {
        visits.add(visit);
      }
    }
    return List.copyOf(visits);
  }

  private <C extends ComplaintCommand> Optional<C> first(Class<C> type) {
    for (ComplaintCommand c : handled()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
    }
    return Optional.empty();
  }

  /**
   * The command this case accepted under {@code requestId}, if any.
   *
   * @param requestId a request ID of a command for this case
   * @return the stored command
   */
  public Optional<ComplaintCommand> handledUnder(RequestId requestId) {
    for (ComplaintCommand c : handled()) {
      if (c.requestId().equals(requestId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the case stands.
   *
   * @return the status
   */
  public abstract ComplaintStatus status();

  /**
   * The case whose decision the customer rejected, for a case raised under CMP-10.
   *
   * @return the original case's number, if any
   */
  public abstract Optional<DocumentNumber> reopenedFrom();

  /**
   * Why the case was voided.
   *
   * @return the reason, present exactly when the case is voided
   */
  public abstract Optional<String> voidReason();

  /**
   * The request ID of the command that voided the case, which makes voiding idempotent.
   *
   * @return the request ID, present exactly when the case is voided
   */
  public abstract Optional<RequestId> voidRequestId();

  /**
   * When the case was voided.
   *
   * @return the instant, present exactly when the case is voided
   */
  public abstract Optional<Instant> voidedAt();

  /**
   * The outcome as decided and executed so far (CMP-14, CMP-15, CMP-18): the decision's outcome
   * with the certificates, slips and proofs recorded since.
   *
   * @return the outcome, present exactly when the case was decided
   */
  public abstract Optional<ComplaintOutcome> outcome();

  /**
   * The quantity reconciliation (CMP-16): delivered, claimed, accepted and rejected, the split of
   * the accepted quantity, return slips, receptions and the booked quantity.
   *
   * @return the quantities, present exactly when the case was decided
   */
  public abstract Optional<ComplaintQuantities> quantities();

  /**
   * The rejection of this case's decision by the customer (CMP-10): the command that raised the
   * new case.
   *
   * @return the rejection, present exactly when {@link #rejectedBy()} is
   */
  public abstract Optional<ReopenRejectedComplaint> rejection();

  /**
   * The number of the case raised when the customer rejected this case's decision (CMP-10).
   *
   * @return the new case's number, present exactly when {@link #rejection()} is
   */
  public abstract Optional<DocumentNumber> rejectedBy();

  /**
   * The decision (CMP-07): the accepted {@link DecideComplaint}.
   *
   * @return the decision, present once the case was decided
   */
  public Optional<DecideComplaint> decision() {
    return first(DecideComplaint.class);
  }

  /**
   * The closure (CMP-09), if the case was closed by {@link CloseComplaint} (a case closed by the
   * customer's rejection has {@link #rejection()} instead).
   *
   * @return the closure
   */
  public Optional<CloseComplaint> closure() {
    return first(CloseComplaint.class);
  }

  /**
   * The formal objections filed against the decision (CMP-12), in the order filed.
   *
   * @return the objections; unmodifiable
   */
  public List<Objection> objections() {
    List<Objection> found = new ArrayList<>();
    for (ComplaintCommand c : handled()) {
      if (c instanceof FileObjection f) {
        found.add(f.objection());
      }
    }
    return List.copyOf(found);
  }

  /**
   * The receivables held out of the receivable-recovery bonus for this case (CMP-17): in force
   * while the case is in progress, released at {@link #closedAt()}.
   *
   * @return the holds, in the order placed; unmodifiable
   */
  public List<ReceivableHold> receivableHolds() {
    List<ReceivableHold> holds = new ArrayList<>();
    for (ComplaintCommand c : handled()) {
      if (c instanceof PlaceReceivableHold h) {
        ReceivableHold hold = ReceivableHold.of(intake().orderNumber(), intake().partNumber(),
            h.amount());
        holds.add(closedAt().map(hold::release).orElse(hold));
      }
    }
    return List.copyOf(holds);
  }

  /**
   * When the case was closed (结案), CMP-09: its clocks stop here.
   *
   * @return the instant, present exactly when the case is closed
   */
  public abstract Optional<Instant> closedAt();

  /**
   * The stored version (see {@link Version}); {@link Version#initial()} before the first save.
   *
   * @return the version
   */
  public abstract Version version();

  @Value.Check
  void check() {
    List<Violation> found = new ArrayList<>();
    if (customerName().isBlank()) {
      found.add(Violation.of("customerName", MessageBundle.CORE.message("core.identifier.blank")));
    }
    if (description().isBlank()) {
      found.add(Violation.of("description", MessageBundle.CORE.message("core.identifier.blank")));
    }
    boolean voided = status() == ComplaintStatus.VOIDED;
    if (voided != voidReason().isPresent() || voided != voidedAt().isPresent()
        || voided != voidRequestId().isPresent()) {
      found.add(Violation.of("status",
          MessageBundle.CORE.message("core.complaint.voidFields"), status()));
    }
    // A closed case was decided first: closure and rejection need a decision.
    boolean decided = status() == ComplaintStatus.DECIDED || status() == ComplaintStatus.CLOSED;
    if (decided != decision().isPresent() || decision().isPresent() != outcome().isPresent()
        || outcome().isPresent() != quantities().isPresent()) {
      found.add(Violation.of("decision",
          MessageBundle.CORE.message("core.complaint.decisionFields"), status()));
    }
    if (rejection().isPresent() != rejectedBy().isPresent()) {
      found.add(Violation.of("rejectedBy",
          MessageBundle.CORE.message("core.complaint.rejectionFields")));
    }
    if ((status() == ComplaintStatus.CLOSED) != closedAt().isPresent()) {
      found.add(Violation.of("closedAt",
          MessageBundle.CORE.message("core.complaint.closedFields"), status()));
    } else if (closedAt().filter(t -> t.isBefore(routing().latestInstant())).isPresent()) {
      // The transitions close a case only after its decision, which follows its route; a stored
      // case read back must say the same, or its clocks would be read before their last step.
      found.add(Violation.of("closedAt", MessageBundle.CORE.message("core.complaint.notBefore",
          "earliest", routing().latestInstant()), closedAt().get()));
    }
    if (!routing().market().equals(intake().market())) {
      found.add(Violation.of("routing.market",
          MessageBundle.CORE.message("core.complaint.marketMismatch", "market", intake().market()),
          routing().market()));
    }
    Set<RequestId> seen = new HashSet<>();
    for (int i = 0; i < handled().size(); i++) {
      ComplaintCommand c = handled().get(i);
      if (!c.number().equals(number()) || !seen.add(c.requestId())) {
        found.add(Violation.of("handled[" + i + "]",
            MessageBundle.CORE.message("core.complaint.handledFields"), c.requestId().value()));
      }
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /**
   * A new, open, unsaved case for a registered complaint, and the events of its registration
   * (CMP-01): the routing form is started at the acceptance, with the route's first step (the GM
   * office's registration, CMP-05) handed over then. A serious complaint is reported to the deputy
   * general manager at once (SUR-04): a {@link Notice} of kind
   * {@link NoticeKind#SERIOUS_COMPLAINT} to {@link RecipientRole#DEPUTY_GENERAL_MANAGER}, key
   * {@code complaint/<series>:<number>/SUR-04/serious/<number>}, saved into the outbox with the
   * case.
   *
   * @param command the registration: request ID, acceptance time, intake form
   * @param number the number issued for it, from the command's acceptance time
   * @param procedure the route of the routing form
   * @param recordedAt when the registration is recorded (the use case's clock)
   * @return the case at version 0, a {@link ComplaintRegistered} event and, for a serious one, the
   *     notice
   * @throws InvalidInputException if the name or description is blank, or the route is empty or
   *     names a step twice
   */
  public static Changed<ComplaintCase> register(RegisterComplaint command, DocumentNumber number,
      ComplaintProcedure procedure, Instant recordedAt) {
    RoutingLedger routing = RoutingLedger.accepted(procedure.route(), command.intake().market(),
        command.receivedAt()).handOver(procedure.route().get(0), command.receivedAt());
    ComplaintCase created = builder()
        .number(number).requestId(command.requestId()).receivedAt(command.receivedAt())
        .intake(command.intake()).routing(routing)
        .status(ComplaintStatus.OPEN).version(Version.initial())
        .build();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ComplaintRegistered(number, command.receivedAt(), recordedAt));
    created.seriousNotice(recordedAt).ifPresent(events::add);
    return new Changed<>(created, events);
  }

  private Optional<Notice> seriousNotice(Instant at) {
    if (intake().severity() != ComplaintSeverity.SERIOUS) {
      return Optional.empty();
    }
    return Optional.of(Notice.of(
        new NoticeKey(KIND_CODE, sourceId(), RuleId.of("SUR-04"), "serious", number().text()),
        NoticeKind.SERIOUS_COMPLAINT, Recipient.role(RecipientRole.DEPUTY_GENERAL_MANAGER), at,
        Map.of("complaint", number().text(), "customer", customerName(),
            "description", description(), "receivedAt", receivedAt())));
  }

  /**
   * This case's identity in notice keys and event IDs: {@code <series>:<number>}, e.g.
   * {@code COMPLAINT:261107}.
   *
   * @return the text
   */
  public String sourceId() {
    return number().series().value() + ":" + number().text();
  }

  /**
   * A new, open, unsaved case raised because the customer rejected the decision on this one
   * (CMP-10): the same intake form with the customer's response as its description, a link back
   * to this case, a new routing form whose closing limit starts at the new acceptance or, with
   * {@link RejectionClock#CONTINUE}, at this case's. This case is left as it is.
   *
   * @param command the rejection; its original must be this case's number
   * @param newNumber the number issued for the new case, from the command's acceptance time
   * @param procedure the route and the rejection clock
   * @param recordedAt when the new case is recorded (the use case's clock)
   * @return the new case at version 0, a {@link ComplaintRegistered} and a
   *     {@link ComplaintReopened} event (and the SUR-04 notice if the complaint is serious)
   * @throws RuleRefusalException (CMP-10) unless this case was first marked {@link #rejected} by
   *     this very command with {@code newNumber}
   * @throws InvalidInputException (path {@code original}) if the command names another case, or
   *     if the response is blank, or the new acceptance is before this case's
   */
  public Changed<ComplaintCase> reopenedAfterRejection(ReopenRejectedComplaint command,
      DocumentNumber newNumber, ComplaintProcedure procedure, Instant recordedAt) {
    requireSameCase("original", command.original());
    if (!rejection().equals(Optional.of(command)) || !rejectedBy().equals(Optional.of(newNumber))) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.notMarkedRejected", "number", number(), "reopenedAs", newNumber));
    }
    Instant clockStart = procedure.rejectionClock() == RejectionClock.CONTINUE
        ? routing().acceptedAt() : command.receivedAt();
    RoutingLedger routing = RoutingLedger.accepted(procedure.route(), intake().market(),
        clockStart).handOver(procedure.route().get(0), command.receivedAt());
    ComplaintIntake intake = intake();
    ComplaintCase created = builder()
        .number(newNumber).requestId(command.requestId()).receivedAt(command.receivedAt())
        .intake(new ComplaintIntake(intake.customerName(), command.customerResponse(),
            intake.orderNumber(), intake.partNumber(), intake.deliveredQuantity(),
            intake.shipDate(), intake.defectiveQuantity(), intake.demand(),
            intake.demandedReturn(), intake.market(), intake.severity(), intake.causedLoss()))
        .routing(routing)
        .status(ComplaintStatus.OPEN).reopenedFrom(number()).version(Version.initial())
        .build();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ComplaintRegistered(newNumber, command.receivedAt(), recordedAt));
    events.add(new ComplaintReopened(newNumber, number(), recordedAt));
    created.seriousNotice(recordedAt).ifPresent(events::add);
    return new Changed<>(created, events);
  }

  /**
   * The command that opened this case, rebuilt from what the case stores: a
   * {@link ReopenRejectedComplaint} for a case {@link #reopenedFrom() reopened from} another, else
   * a {@link RegisterComplaint}. The use cases compare a new command with it to tell a repeated
   * request from a different one under a used request ID.
   *
   * @return the command, equal to the one the case was opened with
   */
  public NewCaseCommand openedBy() {
    return reopenedFrom().<NewCaseCommand>map(original -> new ReopenRejectedComplaint(
            requestId(), original, receivedAt(), description()))
        .orElseGet(() -> new RegisterComplaint(requestId(), receivedAt(), intake()));
  }

  /**
   * Whether {@code command} is the command that voided this case, sent again: this case is voided
   * by its request ID, for the same reason.
   *
   * @param command a void command for this case
   * @return true if it repeats the stored void
   */
  public boolean isVoidedBy(VoidComplaint command) {
    return voidRequestId().equals(Optional.of(command.requestId()))
        && voidReason().equals(Optional.of(command.reason()))
        && number().equals(command.number());
  }

  /**
   * Voids the case (作废): it keeps its number and stays stored, but is no longer handled.
   *
   * @param command the case's number and the reason; the number must be this case's
   * @param at when (the use case's clock)
   * @return the voided case and a {@link ComplaintVoided} event
   * @throws RuleRefusalException (CMP-01) if the case is already voided
   * @throws InvalidInputException if the command names another case (path {@code number}) or the
   *     reason is blank
   */
  public Changed<ComplaintCase> voided(VoidComplaint command, Instant at) {
    requireSameCase("number", command.number());
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of("CMP-01"), MessageBundle.CORE.message(
          "core.complaint.alreadyVoided", "number", number()));
    }
    Draft next = new Draft();
    next.status = ComplaintStatus.VOIDED;
    next.voidReason = Optional.of(command.reason());
    next.voidedAt = Optional.of(at);
    next.voidRequestId = Optional.of(command.requestId());
    return Changed.of(next.build(), new ComplaintVoided(number(), command.reason(), at));
  }

  /**
   * Applies a command that records progress on this case and keeps it in {@link #handled()}:
   * while open, a hand-over to the route's next step, the completion of the open step, a return to
   * an earlier step (CMP-05); while in progress, the joint site inspection (CMP-03), the
   * investigation report (CMP-04), a visit to the customer (SUR-05), a receivable hold (CMP-17);
   * once decided, a formal objection (CMP-12, reported to the general manager) and the execution
   * of the outcome: the allowance certificate (CMP-15), return slips and receptions and the booked
   * quantity (CMP-16), the proof documents (CMP-18). The decision and the closure have their own
   * transitions ({@link #decided}, {@link #closed}).
   *
   * @param command the command; its number must be this case's and its request ID not yet used
   *     on this case
   * @param at when it is recorded (the use case's clock)
   * @return the next state and a {@link ComplaintProgressed} event (and, for an objection, a
   *     notice to the general manager)
   * @throws RuleRefusalException with the command's rule if the case is not in the status the
   *     command needs, or the routing form, the outcome or the quantities refuse it
   * @throws InvalidInputException if the command names another case, completes another step than
   *     the open one, goes back in time, or its values are refused by the outcome or quantities
   * @throws IllegalArgumentException for a {@link DecideComplaint} or {@link CloseComplaint}
   */
  public Changed<ComplaintCase> progressed(ComplaintCommand command, Instant at) {
    requireSameCase("number", command.number());
    if (command instanceof DecideComplaint || command instanceof CloseComplaint) {
      throw new IllegalArgumentException("decided(...) and closed(...) apply " + command);
    }
    Draft next = new Draft();
    List<DomainEvent> events = new ArrayList<>();
    if (command instanceof HandOverComplaint h) {
      requireStatus("CMP-05", ComplaintStatus.OPEN);
      next.routing = routing().handOver(h.step(), h.at());
    } else if (command instanceof CompleteComplaintStep c) {
      requireStatus("CMP-05", ComplaintStatus.OPEN);
      List<RoutingEntry> entries = routing().entries();
      RoutingEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      if (last != null && last.isOpen() && !c.step().equals(last.step())) {
        throw InvalidInputException.of("step", MessageBundle.CORE.message(
            "core.complaint.notOpenStep", "open", last.step().code()), c.step().code());
      }
      next.routing = routing().complete(c.at());
    } else if (command instanceof ReturnComplaintStep r) {
      requireStatus("CMP-05", ComplaintStatus.OPEN);
      next.routing = routing().returnTo(r.step(), r.at(), r.reason());
    } else if (command instanceof RecordSiteInspection) {
      requireStatus("CMP-03", ComplaintStatus.OPEN, ComplaintStatus.DECIDED);
      if (siteInspection().isPresent()) {
        throw new RuleRefusalException(RuleId.of("CMP-03"), MessageBundle.CORE.message(
            "core.complaint.inspectionRecorded", "number", number()));
      }
    } else if (command instanceof FileInvestigationReport f) {
      requireStatus("CMP-04", ComplaintStatus.OPEN, ComplaintStatus.DECIDED);
      if (investigationReport().isPresent()) {
        throw new RuleRefusalException(RuleId.of("CMP-04"), MessageBundle.CORE.message(
            "core.complaint.reportFiled", "number", number()));
      }
      requireNotBefore("filedAt", f.filedAt(), receivedAt());
    } else if (command instanceof RecordCustomerVisit) {
      requireStatus("SUR-05", ComplaintStatus.OPEN, ComplaintStatus.DECIDED);
    } else if (command instanceof PlaceReceivableHold h) {
      requireStatus("CMP-17", ComplaintStatus.OPEN, ComplaintStatus.DECIDED);
      // Refuses a non-positive amount or an order / part number a hold cannot carry.
      ReceivableHold.of(intake().orderNumber(), intake().partNumber(), h.amount());
    } else if (command instanceof FileObjection f) {
      requireStatus("CMP-12", ComplaintStatus.DECIDED, ComplaintStatus.CLOSED);
      requireNotBefore("objection.filedAt", f.objection().filedAt(),
          decision().orElseThrow().decidedAt());
      events.add(Notice.of(new NoticeKey(KIND_CODE, sourceId(), RuleId.of("CMP-12"),
              "objection", f.requestId().value()),
          NoticeKind.OBJECTION_FILED, Recipient.role(RecipientRole.GENERAL_MANAGER), at,
          Map.of("complaint", number().text(), "department", f.objection().department().value(),
              "filedBy", f.objection().filedBy().value(), "reason", f.objection().reason())));
    } else if (command instanceof RecordAllowanceCertificate r) {
      requireStatus("CMP-15", ComplaintStatus.DECIDED);
      requireKind("kind", r.kind(), RemedyKind.ALLOWANCE, RemedyKind.COMPENSATION);
      next.outcome = Optional.of(remedy("CMP-15").withDocument(r.kind(), r.certificateNumber()));
    } else if (command instanceof IssueReturnSlip r) {
      requireStatus("CMP-16", ComplaintStatus.DECIDED);
      requireKind("kind", r.kind(), RemedyKind.RETURN, RemedyKind.REPROCESSING);
      next.outcome = Optional.of(remedy("CMP-15").withDocument(r.kind(), r.slipNumber()));
      next.quantities = Optional.of(quantities().orElseThrow()
          .issueSlip(r.slipNumber(), r.quantity()));
    } else if (command instanceof ReceiveReturnedGoods r) {
      requireStatus("CMP-16", ComplaintStatus.DECIDED);
      next.quantities = Optional.of(quantities().orElseThrow()
          .receive(r.slipNumber(), r.quantity()));
    } else if (command instanceof BookReturnedQuantity b) {
      requireStatus("CMP-16", ComplaintStatus.DECIDED);
      ComplaintQuantities q = quantities().orElseThrow();
      next.quantities = Optional.of(b.reason().isBlank() ? q.book() : q.book(b.reason()));
    } else {
      RecordProof r = (RecordProof) command;
      requireStatus("CMP-18", ComplaintStatus.DECIDED);
      next.outcome = Optional.of(remedy("CMP-18").withProof(r.kind(), r.proof()));
    }
    next.handled = append(command);
    events.add(0, new ComplaintProgressed(number(), command, at));
    return new Changed<>(next.build(), events);
  }

  /**
   * Decides the case (核决), CMP-07, CMP-08, CMP-13, CMP-14, CMP-15: after every step of the route
   * is completed, by a decider whose level covers what the approval authority requires for the
   * amount and the case's severity. The quantities are reconciled from the intake's delivered and
   * defective quantities and split by the outcome (CMP-16).
   *
   * @param command the decision
   * @param authority the approval authority (CMP-07)
   * @param at when it is recorded (the use case's clock)
   * @return the decided case and a {@link ComplaintDecided} event
   * @throws RuleRefusalException (CMP-07) if the case is not open, the route is not completed, or
   *     the decider's level does not cover the required one; (CMP-14) if a complaint found not
   *     valid carries an amount or a responsibility of ours; (CMP-16) as the quantities refuse the
   *     outcome
   * @throws InvalidInputException if the command names another case, its instant is before the
   *     routing form's latest one, the amount is negative, or the outcome's quantities exceed the
   *     claim (path {@code outcome})
   */
  public Changed<ComplaintCase> decided(DecideComplaint command, ApprovalAuthorityPolicy authority,
      Instant at) {
    requireSameCase("number", command.number());
    requireStatus("CMP-07", ComplaintStatus.OPEN);
    if (!routing().isFinished()) {
      throw new RuleRefusalException(RuleId.of("CMP-07"), MessageBundle.CORE.message(
          "core.complaint.routeNotFinished", "number", number()));
    }
    requireNotBefore("decidedAt", command.decidedAt(), routing().latestInstant());
    if (command.amount().isNegative()) {
      throw InvalidInputException.of("amount", MessageBundle.CORE.message(
          "core.complaint.amountNegative"), command.amount());
    }
    if (command.outcome() instanceof ComplaintOutcome.NotValid
        && (!command.amount().isZero() || command.responsibility().isOurs())) {
      throw new RuleRefusalException(RuleId.of("CMP-14"), MessageBundle.CORE.message(
          "core.complaint.notValidCarriesNothing"));
    }
    ApprovalLevel required = authority.requiredFor(command.amount(), intake().severity());
    if (!command.authority().covers(required)) {
      throw new RuleRefusalException(RuleId.of("CMP-07"), MessageBundle.CORE.message(
          "core.complaint.authorityTooLow", "level", command.authority(), "required", required,
          "amount", command.amount()));
    }
    Draft next = new Draft();
    next.status = ComplaintStatus.DECIDED;
    next.outcome = Optional.of(command.outcome());
    next.quantities = Optional.of(ComplaintQuantities.of(intake().deliveredQuantity(),
        intake().defectiveQuantity(), command.overAcceptance()).decide(command.outcome()));
    next.handled = append(command);
    return Changed.of(next.build(), new ComplaintDecided(number(), command, at));
  }

  /**
   * Closes the decided case (结案), CMP-09: the outcome executed and proved (CMP-15, CMP-18), a
   * return booked (CMP-16), the customer visited if the procedure requires it (SUR-05), a serious
   * complaint answered in writing (SUR-04). Its clocks stop at the closing instant; its
   * receivable holds are released (CMP-17); a copy of the closed form goes to each of the
   * procedure's recipients: a {@link Notice} of kind {@link NoticeKind#COMPLAINT_CLOSED} per
   * recipient, key {@code complaint/<series>:<number>/CMP-09/closed/<ROLE>}.
   *
   * @param command the closure
   * @param procedure the recipients and whether the visit is required
   * @param policy the service-level policy the overall limit (CMP-06) is read from, for the
   *     event's on-time flag
   * @param at when it is recorded (the use case's clock)
   * @return the closed case, a {@link ComplaintClosed} event and one notice per recipient
   * @throws RuleRefusalException (CMP-09) if the case is not decided; (CMP-15, CMP-18) if the
   *     outcome lacks a document or a proof; (CMP-16) if a return is not booked; (SUR-05) if the
   *     visit is required and none is recorded; (SUR-04) if a serious complaint is answered by
   *     phone
   * @throws InvalidInputException if the command names another case, or the closing instant is
   *     before the decision
   */
  public Changed<ComplaintCase> closed(CloseComplaint command, ComplaintProcedure procedure,
      ServiceLevelPolicy policy, Instant at) {
    requireSameCase("number", command.number());
    requireStatus("CMP-09", ComplaintStatus.DECIDED);
    DecideComplaint decision = decision().orElseThrow();
    requireNotBefore("closedAt", command.closedAt(), decision.decidedAt());
    if (outcome().orElseThrow() instanceof ComplaintOutcome.Remedy remedy) {
      remedy.requireComplete();
    }
    ComplaintQuantities q = quantities().orElseThrow();
    if (q.approvedReturn() > 0 && q.booked().isEmpty()) {
      throw new RuleRefusalException(RuleId.of("CMP-16"), MessageBundle.CORE.message(
          "core.complaint.returnNotBooked", "number", number(), "approved", q.approvedReturn()));
    }
    if (procedure.visitBeforeClosure() && customerVisits().isEmpty()) {
      throw new RuleRefusalException(RuleId.of("SUR-05"), MessageBundle.CORE.message(
          "core.complaint.noVisit", "number", number()));
    }
    if (intake().severity() == ComplaintSeverity.SERIOUS
        && command.reply() != CustomerReply.WRITTEN) {
      throw new RuleRefusalException(RuleId.of("SUR-04"), MessageBundle.CORE.message(
          "core.complaint.seriousInWriting", "number", number()));
    }
    Draft next = new Draft();
    next.status = ComplaintStatus.CLOSED;
    next.closedAt = Optional.of(command.closedAt());
    next.handled = append(command);
    boolean onTime = routing().overallUntil(policy, command.closedAt()).onTime();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ComplaintClosed(number(), command.closedAt(), onTime, at));
    for (RecipientRole role : procedure.closureRecipients()) {
      events.add(Notice.of(
          new NoticeKey(KIND_CODE, sourceId(), RuleId.of("CMP-09"), "closed", role.name()),
          NoticeKind.COMPLAINT_CLOSED, Recipient.role(role), at,
          Map.of("complaint", number().text(), "customer", customerName(),
              "closedAt", command.closedAt(), "onTime", onTime,
              "amount", decision.amount().amount(),
              "currency", decision.amount().currency().getCurrencyCode())));
    }
    return new Changed<>(next.build(), events);
  }

  /**
   * Records that the customer rejected this case's decision (CMP-10) and that the case continues
   * as {@code newNumber}: a decided case is closed at the rejection (its clocks stop; its holds
   * are released), a closed case keeps its closure. Only a decided or closed case can be rejected,
   * and only once.
   *
   * @param command the rejection; its original must be this case's number
   * @param newNumber the number drawn for the new case
   * @param at when it is recorded (the use case's clock)
   * @return this case marked and a {@link ComplaintRejected} event
   * @throws RuleRefusalException (CMP-10) if the case is not decided or closed, or was already
   *     rejected
   * @throws InvalidInputException if the command names another case, or a decided case's
   *     rejection is dated before its decision
   */
  public Changed<ComplaintCase> rejected(ReopenRejectedComplaint command, DocumentNumber newNumber,
      Instant at) {
    requireRejectable(command);
    Draft next = new Draft();
    if (status() == ComplaintStatus.DECIDED) {
      next.status = ComplaintStatus.CLOSED;
      next.closedAt = Optional.of(command.receivedAt());
    }
    next.rejection = Optional.of(command);
    next.rejectedBy = Optional.of(newNumber);
    return Changed.of(next.build(),
        new ComplaintRejected(number(), newNumber, command.receivedAt(), at));
  }

  /**
   * Refuses a rejection this case cannot take: one naming another case, one of a case that is
   * neither decided nor closed or was already rejected, one dated before the decision. The use
   * case asks this before it draws the new case's number, so a refusal uses up no serial.
   *
   * @param command the rejection
   * @throws RuleRefusalException (CMP-10) if the case is voided, open or already rejected
   * @throws InvalidInputException if the command names another case (path {@code original}) or
   *     its acceptance is before the decision (path {@code receivedAt})
   */
  public void requireRejectable(ReopenRejectedComplaint command) {
    requireSameCase("original", command.original());
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.voidedCannotReopen", "number", number()));
    }
    if (status() == ComplaintStatus.OPEN) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.notDecidedCannotReopen", "number", number()));
    }
    if (rejectedBy().isPresent()) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.alreadyRejected", "number", number(), "reopenedAs",
          rejectedBy().get()));
    }
    requireNotBefore("receivedAt", command.receivedAt(), decision().orElseThrow().decidedAt());
  }

  private ComplaintOutcome.Remedy remedy(String rule) {
    if (outcome().orElseThrow() instanceof ComplaintOutcome.Remedy remedy) {
      return remedy;
    }
    throw new RuleRefusalException(RuleId.of(rule), MessageBundle.CORE.message(
        "core.complaint.notValidHasNoRemedy", "number", number()));
  }

  private static void requireKind(String path, RemedyKind kind, RemedyKind... allowed) {
    for (RemedyKind k : allowed) {
      if (k == kind) {
        return;
      }
    }
    throw InvalidInputException.of(path, MessageBundle.CORE.message(
        "core.complaint.kindNotAllowed", "allowed", List.of(allowed)), kind);
  }

  private void requireStatus(String rule, ComplaintStatus... allowed) {
    for (ComplaintStatus s : allowed) {
      if (s == status()) {
        return;
      }
    }
    throw new RuleRefusalException(RuleId.of(rule), MessageBundle.CORE.message(
        "core.complaint.wrongStatus", "number", number(), "status", status(),
        "allowed", List.of(allowed)));
  }

  private static void requireNotBefore(String path, Instant value, Instant earliest) {
    if (value.isBefore(earliest)) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.complaint.notBefore", "earliest", earliest), value);
    }
  }

  private ImmutableList<ComplaintCommand> append(ComplaintCommand command) {
    return ImmutableList.<ComplaintCommand>builderWithExpectedSize(handled().size() + 1)
        .addAll(handled()).add(command).build();
  }

  /** The next state: every attribute as it is unless the transition sets it. */
  private final class Draft {
    ComplaintStatus status = status();
    RoutingLedger routing = routing();
    List<ComplaintCommand> handled = handled();
    Optional<String> voidReason = voidReason();
    Optional<Instant> voidedAt = voidedAt();
    Optional<RequestId> voidRequestId = voidRequestId();
    Optional<Instant> closedAt = closedAt();
    Optional<ComplaintOutcome> outcome = outcome();
    Optional<ComplaintQuantities> quantities = quantities();
    Optional<ReopenRejectedComplaint> rejection = rejection();
    Optional<DocumentNumber> rejectedBy = rejectedBy();

    ComplaintCase build() {
      return builder()
          .number(number()).requestId(requestId()).receivedAt(receivedAt())
          .intake(intake()).routing(routing).addAllHandled(handled)
          .status(status).reopenedFrom(reopenedFrom())
          .voidReason(voidReason).voidedAt(voidedAt).voidRequestId(voidRequestId)
          .closedAt(closedAt).outcome(outcome).quantities(quantities)
          .rejection(rejection).rejectedBy(rejectedBy).version(version())
          .build();
    }
  }

  /** A command meant for another case is a caller's mistake: refused before anything changes. */
  private void requireSameCase(String path, DocumentNumber named) {
    if (!named.equals(number())) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.complaint.otherCase", "number", number()), named.text());
    }
  }

  /**
   * The same case as stored with {@code storedVersion}; for repository adapters. Implemented by
   * the generated value class (a copy with one attribute changed).
   *
   * @param storedVersion the version the repository stored it as
   * @return the case with that version
   */
  public abstract ComplaintCase withVersion(Version storedVersion);

  /**
   * The outbox events of saving this state (the version it stores is {@code version().next()}):
   * each event with its ID {@code complaint/<series>:<number>/<stored version>/<index>}, e.g.
   * {@code complaint/COMPLAINT:261107/2/0} (see {@link org.aftersales.core.shared.EventId}).
   *
   * @param events the events of the change, in order
   * @return the outbox events, in the same order; unmodifiable
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, sourceId(), version().next(), events);
  }

  /**
   * A builder, for repository adapters that rebuild stored cases; use cases create cases with
   * {@link #register}. All attributes but the optional ones are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplaintCase}. */
  public static final class Builder extends ImmutableComplaintCase.Builder {
    Builder() {}
  }
}
