package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.RequestId;

/**
 * A hotline or phone availability lapse was recorded (已登记失联), SVC-19, in or out of the hours.
 *
 * @param eventId the lapse's ID
 * @param kind what happened
 * @param responsible the person in charge
 * @param from when it began
 * @param to when it ended
 * @param occurredAt when it was recorded
 */
public record AvailabilityLapseRecorded(RequestId eventId, LapseKind kind, PersonId responsible,
    Instant from, Instant to, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param eventId the ID
   * @param kind the kind
   * @param responsible the person
   * @param from the start
   * @param to the end
   * @param occurredAt when it was recorded
   */
  public AvailabilityLapseRecorded {
    requireNonNull(eventId, "eventId");
    requireNonNull(kind, "kind");
    requireNonNull(responsible, "responsible");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
