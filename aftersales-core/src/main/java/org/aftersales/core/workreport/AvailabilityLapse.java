package org.aftersales.core.workreport;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RequestId;
import org.immutables.value.Value;

/**
 * A recorded hotline or phone availability lapse (热线 / 手机失联记录), SVC-19, with the fine case it
 * produced if it fell in the service hours. Recorded once per {@link #eventId()}; never changed.
 *
 * <p>Invariants: {@code to} not before {@code from}; the fine case, if any, of the kind's
 * {@link LapseKind#fineKind() fine kind}.
 */
@Value.Immutable
@DomainValueStyle
public abstract class AvailabilityLapse {

  /** The code of this kind in event IDs: {@code availability-lapse}. */
  public static final String KIND_CODE = "availability-lapse";

  /** "availability lapse / 热线手机失联记录", for messages. */
  public static final LocalizableMessage KIND =
      MessageBundle.CORE.message("core.workreport.lapseKind");

  AvailabilityLapse() {}

  /**
   * The lapse's ID, by which it is recorded once.
   *
   * @return the ID
   */
  public abstract RequestId eventId();

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract LapseKind kind();

  /**
   * The person in charge.
   *
   * @return the person
   */
  public abstract PersonId responsible();

  /**
   * The person's group.
   *
   * @return the group
   */
  public abstract OrganizationUnit group();

  /**
   * When it began.
   *
   * @return the instant
   */
  public abstract Instant from();

  /**
   * When it ended.
   *
   * @return the instant, not before {@link #from()}
   */
  public abstract Instant to();

  /**
   * When it was recorded (the use case's clock).
   *
   * @return the instant
   */
  public abstract Instant recordedAt();

  /**
   * The violation's fine case, for the fine schedule.
   *
   * @return the case, or empty when the lapse was outside the service hours
   */
  public abstract Optional<FineCase> fineCase();

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.service.periodReversed", "from", from()), to());
    }
    if (fineCase().filter(f -> !f.kind().equals(kind().fineKind())).isPresent()) {
      throw InvalidInputException.of("fineCase", MessageBundle.CORE.message(
          "core.workreport.fineKindMismatch", "kind", kind().fineKind()));
    }
  }

  /**
   * Whether {@code command} records this lapse, sent again: the same ID and content.
   *
   * @param command a lapse
   * @return true if every field equals the stored lapse's
   */
  public boolean isRecordedBy(RecordAvailabilityLapse command) {
    return eventId().equals(command.eventId()) && kind() == command.kind()
        && responsible().equals(command.responsible()) && group().equals(command.group())
        && from().equals(command.from()) && to().equals(command.to());
  }

  /**
   * A builder; every attribute but the fine case is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AvailabilityLapse}. */
  public static final class Builder extends ImmutableAvailabilityLapse.Builder {
    Builder() {}
  }
}
