package org.aftersales.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.Changed;
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
 * <p>Commands ({@link #voided}) return the next state and the events they caused; nothing is
 * mutated. {@link #builder()} exists for repository adapters that rebuild a stored case; every
 * instance, however built, satisfies the invariants (a voided case has a reason and a time, an
 * open one has neither; names and descriptions are not blank).
 */
@Value.Immutable(copy = true)
@DomainValueStyle
public abstract class ComplaintCase {

  /** "complaint case / 投诉案件", for messages. */
  public static final LocalizableMessage KIND = MessageBundle.CORE.message("core.complaint.kind");

  ComplaintCase() {}

  /**
   * The number, e.g. {@code 2611-07}; the case's identity.
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
    if (voided != voidReason().isPresent() || voided != voidedAt().isPresent()) {
      found.add(Violation.of("status",
          MessageBundle.CORE.message("core.complaint.voidFields"), status()));
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /**
   * A new, open, unsaved case and the event of its registration.
   *
   * @param number the number issued for it
   * @param requestId the registration's request ID
   * @param receivedAt the business timestamp
   * @param customerName the customer
   * @param description the complaint
   * @param reopenedFrom the original case for CMP-10, or empty
   * @param recordedAt when the registration is recorded (the use case's clock)
   * @return the case at version 0 and a {@link ComplaintRegistered} event
   * @throws InvalidInputException if the name or description is blank
   */
  public static Changed<ComplaintCase> register(DocumentNumber number, RequestId requestId,
      Instant receivedAt, String customerName, String description,
      Optional<DocumentNumber> reopenedFrom, Instant recordedAt) {
    ComplaintCase created = builder()
        .number(number).requestId(requestId).receivedAt(receivedAt)
        .customerName(customerName).description(description)
        .status(ComplaintStatus.OPEN).reopenedFrom(reopenedFrom)
        .version(Version.initial())
        .build();
    return Changed.of(created,
        new ComplaintRegistered(number, receivedAt, reopenedFrom, recordedAt));
  }

  /**
   * Voids the case (作废): it keeps its number and stays stored, but is no longer handled.
   *
   * @param reason why; not blank
   * @param at when (the use case's clock)
   * @return the voided case and a {@link ComplaintVoided} event
   * @throws RuleRefusalException (CMP-01) if the case is already voided
   * @throws InvalidInputException if the reason is blank
   */
  public Changed<ComplaintCase> voided(String reason, Instant at) {
    if (status() == ComplaintStatus.VOIDED) {
      throw new RuleRefusalException(RuleId.of("CMP-01"), MessageBundle.CORE.message(
          "core.complaint.alreadyVoided", "number", number()));
    }
    ComplaintCase next = builder()
        .number(number()).requestId(requestId()).receivedAt(receivedAt())
        .customerName(customerName()).description(description()).reopenedFrom(reopenedFrom())
        .status(ComplaintStatus.VOIDED).voidReason(reason).voidedAt(at)
        .version(version())
        .build();
    return Changed.of(next, new ComplaintVoided(number(), reason, at));
  }

  /**
   * The same case as stored with {@code storedVersion}; for repository adapters.
   *
   * @param storedVersion the version the repository stored it as
   * @return the case with that version
   */
  public ComplaintCase withVersion(Version storedVersion) {
    return generated().withVersion(storedVersion);
  }

  /** Every instance is the generated implementation (the constructor is package-private). */
  private ImmutableComplaintCase generated() {
    return (ImmutableComplaintCase) ImmutableComplaintCase.copyOf(this);
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
