package org.aftersales.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * The complaining customer.
   *
   * @return the customer's name, not blank
   */
  public abstract String customerName();

  /**
   * What the customer complains about (or, for a reopened case, why they reject the decision).
   *
   * @return the description, not blank
   */
  public abstract String description();

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
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /**
   * A new, open, unsaved case for a registered complaint, and the event of its registration
   * (CMP-01).
   *
   * @param command the registration: request ID, acceptance time, customer, description
   * @param number the number issued for it, from the command's acceptance time
   * @param recordedAt when the registration is recorded (the use case's clock)
   * @return the case at version 0 and a {@link ComplaintRegistered} event
   * @throws InvalidInputException if the name or description is blank
   */
  public static Changed<ComplaintCase> register(RegisterComplaint command, DocumentNumber number,
      Instant recordedAt) {
    ComplaintCase created = builder()
        .number(number).requestId(command.requestId()).receivedAt(command.receivedAt())
        .customerName(command.customerName()).description(command.description())
        .status(ComplaintStatus.OPEN).version(Version.initial())
        .build();
    return Changed.of(created,
        new ComplaintRegistered(number, command.receivedAt(), recordedAt));
  }

  /**
   * A new, open, unsaved case raised because the customer rejected the decision on this one
   * (CMP-10): the same customer, the customer's response as its description, a link back to this
   * case. This case is left as it is.
   *
   * @param command the rejection; its original must be this case's number
   * @param newNumber the number issued for the new case, from the command's acceptance time
   * @param recordedAt when the new case is recorded (the use case's clock)
   * @return the new case at version 0, a {@link ComplaintRegistered} and a
   *     {@link ComplaintReopened} event
   * @throws RuleRefusalException (CMP-10) if this case is voided
   * @throws InvalidInputException (path {@code original}) if the command names another case, or
   *     if the response is blank
   */
  public Changed<ComplaintCase> reopenedAfterRejection(ReopenRejectedComplaint command,
      DocumentNumber newNumber, Instant recordedAt) {
    requireSameCase("original", command.original());
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of("CMP-10"), MessageBundle.CORE.message(
          "core.complaint.voidedCannotReopen", "number", number()));
    }
    ComplaintCase created = builder()
        .number(newNumber).requestId(command.requestId()).receivedAt(command.receivedAt())
        .customerName(customerName()).description(command.customerResponse())
        .status(ComplaintStatus.OPEN).reopenedFrom(number()).version(Version.initial())
        .build();
    return new Changed<>(created, List.of(
        new ComplaintRegistered(newNumber, command.receivedAt(), recordedAt),
        new ComplaintReopened(newNumber, number(), recordedAt)));
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
        .orElseGet(() -> new RegisterComplaint(requestId(), receivedAt(), customerName(),
            description()));
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
    ComplaintCase next = builder()
        .number(number()).requestId(requestId()).receivedAt(receivedAt())
        .customerName(customerName()).description(description()).reopenedFrom(reopenedFrom())
        .status(ComplaintStatus.VOIDED).voidReason(command.reason()).voidedAt(at)
        .voidRequestId(command.requestId())
        .version(version())
        .build();
    return Changed.of(next, new ComplaintVoided(number(), command.reason(), at));
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
    return OutboxEvent.of(KIND_CODE, number().series().value() + ":" + number().text(),
        version().next(), events);
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
