package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.RequestId;

/**
 * The audit event of a recompute that moved a request's promised deadlines (承诺时限已重算): the
 * promises before and after, who ordered it, why, and the command's request ID. Saved with the
 * request into the outbox.
 *
 * @param id the request
 * @param before the promises before, as {@link ServiceRequest#promises()} listed them
 * @param after the promises after
 * @param requestedBy who ordered the recompute
 * @param reason why
 * @param requestId the recompute command's request ID
 * @param occurredAt when it was recorded (the use case's clock)
 */
public record PromisesRecomputed(ServiceRequestId id, List<Promise> before, List<Promise> after,
    PersonId requestedBy, String reason, RequestId requestId, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks and copies the fields.
   *
   * @param id the request
   * @param before the promises before
   * @param after the promises after
   * @param requestedBy who ordered it
   * @param reason why
   * @param requestId the command's request ID
   * @param occurredAt when it was recorded
   */
  public PromisesRecomputed {
    requireNonNull(id, "id");
    before = List.copyOf(requireNonNull(before, "before"));
    after = List.copyOf(requireNonNull(after, "after"));
    requireNonNull(requestedBy, "requestedBy");
    requireNonNull(reason, "reason");
    requireNonNull(requestId, "requestId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
