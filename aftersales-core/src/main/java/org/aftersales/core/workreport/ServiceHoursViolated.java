package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.RequestId;

/**
 * A lapse fell in the service hours: a violation for the fine schedule (服务时间违规), SVC-19.
 *
 * @param eventId the lapse's ID
 * @param fineCase the case to fine
 * @param occurredAt when it was recorded
 */
public record ServiceHoursViolated(RequestId eventId, FineCase fineCase, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param eventId the ID
   * @param fineCase the case
   * @param occurredAt when it was recorded
   */
  public ServiceHoursViolated {
    requireNonNull(eventId, "eventId");
    requireNonNull(fineCase, "fineCase");
    requireNonNull(occurredAt, "occurredAt");
  }
}
