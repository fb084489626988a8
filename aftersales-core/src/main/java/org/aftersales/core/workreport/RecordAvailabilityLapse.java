package org.aftersales.core.workreport;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: record a hotline or phone availability lapse (登记热线 / 手机失联), SVC-19. Every field is
 * required.
 *
 * @param eventId the ID of the lapse as the telephone system or the host knows it (e.g. the call
 *     record's ID); recording it again returns the stored lapse, so each lapse is fined once
 * @param kind what happened
 * @param responsible the person in charge of the hotline (电话负责人) or whose phone it was
 * @param group the person's group, whose lead pays if the schedule says so
 * @param from when it began; for an unanswered or refused call, the call's time; truncated to
 *     whole microseconds
 * @param to when it ended, not before {@code from}; equal to {@code from} for a call; truncated
 *     to whole microseconds
 */
public record RecordAvailabilityLapse(
    @NotNull RequestId eventId,
    @NotNull LapseKind kind,
    @NotNull PersonId responsible,
    @NotNull OrganizationUnit group,
    @NotNull @SupportedInstant Instant from,
    @NotNull @SupportedInstant Instant to) {

  /**
   * Truncates the instants to the stored precision; every field is validated at the use case's
   * boundary.
   *
   * @param eventId the lapse's ID
   * @param kind the kind
   * @param responsible the person
   * @param group the group
   * @param from the start
   * @param to the end
   */
  public RecordAvailabilityLapse {
    from = from == null ? null : TimePrecision.stored(from);
    to = to == null ? null : TimePrecision.stored(to);
  }
}
