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
import org.aftersales.core.servicelevel.Milestone;
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
    if ((status() == ComplaintStatus.CLOSED) != closedAt().isPresent()) {
      found.add(Violation.of("closedAt",
          MessageBundle.CORE.message("core.complaint.closedFields"), status()));
    }
    if (routing().market() != intake().market()) {
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
   * @throws RuleRefusalException (CMP-10) if this case is voided
   * @throws InvalidInputException (path {@code original}) if the command names another case, or
   *     if the response is blank, or the new acceptance is before this case's
   */
  public Changed<ComplaintCase> reopenedAfterRejection(ReopenRejectedComplaint command,
      DocumentNumber newNumber, ComplaintProcedure procedure, Instant recordedAt) {
    requireSameCase("original", command.original());
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.voidedCannotReopen", "number", number()));
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
   * Applies a routing or progress command (CMP-03, CMP-04, CMP-05, SUR-05) to this case and keeps
   * it in {@link #handled()}: a hand-over to the route's next step, the completion of the open
   * step, a return to an earlier step, the joint site inspection, the investigation report, a
   * visit to the customer.
   *
   * @param command the command; its number must be this case's and its request ID not yet used
   *     on this case
   * @param at when it is recorded (the use case's clock)
   * @return the next state and a {@link ComplaintProgressed} event
   * @throws RuleRefusalException (CMP-05) if the case is voided, or (CMP-05) the routing form
   *     refuses the step; (CMP-03, CMP-04) if the inspection or the report is already recorded
   * @throws InvalidInputException if the command names another case, completes another step than
   *     the open one, or its instant goes back before the routing form's latest instant, or the
   *     report is dated before the acceptance
   * @throws org.aftersales.core.shared.DuplicateRequestException never: a repeated request ID is
   *     the use case's to answer before calling this
   */
  public Changed<ComplaintCase> progressed(ComplaintCommand command, Instant at) {
    requireSameCase("number", command.number());
    Draft next = new Draft();
    if (command instanceof HandOverComplaint h) {
      requireNotVoided("CMP-05");
      next.routing = routing().handOver(h.step(), h.at());
    } else if (command instanceof CompleteComplaintStep c) {
      requireNotVoided("CMP-05");
      List<RoutingEntry> entries = routing().entries();
      RoutingEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      if (last != null && last.isOpen() && !c.step().equals(last.step())) {
        throw InvalidInputException.of("step", MessageBundle.CORE.message(
            "core.complaint.notOpenStep", "open", last.step().code()), c.step().code());
      }
      next.routing = routing().complete(c.at());
    } else if (command instanceof ReturnComplaintStep r) {
      requireNotVoided("CMP-05");
      next.routing = routing().returnTo(r.step(), r.at(), r.reason());
    } else if (command instanceof RecordSiteInspection) {
      requireNotVoided("CMP-03");
      if (siteInspection().isPresent()) {
        throw new RuleRefusalException(RuleId.of("CMP-03"), MessageBundle.CORE.message(
            "core.complaint.inspectionRecorded", "number", number()));
      }
    } else if (command instanceof FileInvestigationReport f) {
      requireNotVoided("CMP-04");
      if (investigationReport().isPresent()) {
        throw new RuleRefusalException(RuleId.of("CMP-04"), MessageBundle.CORE.message(
            "core.complaint.reportFiled", "number", number()));
      }
      if (f.filedAt().isBefore(receivedAt())) {
        throw InvalidInputException.of("filedAt", MessageBundle.CORE.message(
            "core.complaint.beforeAcceptance", "receivedAt", receivedAt()), f.filedAt());
      }
    } else {
      // RecordCustomerVisit (SUR-05): any number of visits.
      requireNotVoided("SUR-05");
    }
    next.handled = append(command);
    return Changed.of(next.build(), new ComplaintProgressed(number(), command, at));
  }

  private ImmutableList<ComplaintCommand> append(ComplaintCommand command) {
    return ImmutableList.<ComplaintCommand>builderWithExpectedSize(handled().size() + 1)
        .addAll(handled()).add(command).build();
  }

  private void requireNotVoided(String rule) {
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of(rule), MessageBundle.CORE.message(
          "core.complaint.voidedCannotProgress", "number", number()));
    }
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

    ComplaintCase build() {
      return builder()
          .number(number()).requestId(requestId()).receivedAt(receivedAt())
          .intake(intake()).routing(routing).addAllHandled(handled)
          .status(status).reopenedFrom(reopenedFrom())
          .voidReason(voidReason).voidedAt(voidedAt).voidRequestId(voidRequestId)
          .closedAt(closedAt).version(version())
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
