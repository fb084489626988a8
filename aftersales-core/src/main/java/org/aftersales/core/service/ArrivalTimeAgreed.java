package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * The time the customer asked the service to arrive (约定到场时间) was agreed, SVC-13.
 *
 * <p>A record for a small value; the arrival promise, which a policy may not give, is therefore
 * kept as a nullable component behind {@link #arrivalPromise()}.
 *
 * @param id the request's identity
 * @param requestedArrival the time the customer asked for
 * @param arrivalDue the arrival deadline the request promises now, or {@code null} if it promises
 *     none (read it with {@link #arrivalPromise()})
 * @param agreedBy who agreed the time
 * @param agreedAt when it was agreed (business timestamp)
 * @param occurredAt when the agreement was recorded
 */
public record ArrivalTimeAgreed(ServiceRequestId id, Instant requestedArrival, Instant arrivalDue,
    PersonId agreedBy, Instant agreedAt, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields; {@code arrivalDue} may be null (no arrival promise).
   *
   * @param id the request's identity
   * @param requestedArrival the time the customer asked for
   * @param arrivalDue the arrival deadline now, or null
   * @param agreedBy who agreed it
   * @param agreedAt the business timestamp
   * @param occurredAt when it was recorded
   */
  public ArrivalTimeAgreed {
    requireNonNull(id, "id");
    requireNonNull(requestedArrival, "requestedArrival");
    requireNonNull(agreedBy, "agreedBy");
    requireNonNull(agreedAt, "agreedAt");
    requireNonNull(occurredAt, "occurredAt");
  }

  /**
   * The arrival deadline the request promises after the agreement.
   *
   * @return the instant, or empty if none is promised
   */
  public Optional<Instant> arrivalPromise() {
    return Optional.ofNullable(arrivalDue);
  }
}
