package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.TimePrecision;

/**
 * How the use cases after dispatch apply one step to a stored request, idempotently: the
 * accepted command is kept on the request, so a repeat is answered from the stored request, a
 * reused request ID with other content is refused, and a lost race is answered with the stored
 * request if the winner was this very command. Port calls: {@code ServiceRequests.find},
 * {@code ServiceRequests.save}, and {@code find} again only after a
 * {@link ConcurrentUpdateException}.
 */
final class ServiceRequestSteps {

  private final ServiceRequests requests;
  private final Clock clock;

  ServiceRequestSteps(ServiceRequests requests, Clock clock) {
    this.requests = requireNonNull(requests, "requests");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Applies one step.
   *
   * @param id the request
   * @param command the validated command
   * @param requestIdOf the command's request ID
   * @param stored where the request keeps this step's accepted command
   * @param step the transition, given the current request and the recorded time
   * @param <C> the command type
   * @return the request as stored
   */
  <C> ServiceRequest apply(ServiceRequestId id, C command, Function<C, RequestId> requestIdOf,
      Function<ServiceRequest, Optional<C>> stored,
      BiFunction<ServiceRequest, Instant, Changed<ServiceRequest>> step) {
    ServiceRequest current = requests.find(id).orElseThrow(
        () -> new NotFoundException(ServiceRequest.KIND, id.value()));
    Optional<C> earlier = stored.apply(current);
    if (earlier.equals(Optional.of(command))) {
      return current;
    }
    if (earlier.map(requestIdOf).equals(Optional.of(requestIdOf.apply(command)))) {
      throw new DuplicateRequestException(ServiceRequest.KIND, requestIdOf.apply(command));
    }
    Changed<ServiceRequest> changed = step.apply(current,
        TimePrecision.stored(clock.instant()));
    try {
      return requests.save(changed.state(), changed.state().outboxEventsOfSave(changed.events()));
    } catch (ConcurrentUpdateException conflict) {
      // An earlier attempt of this very command may have been stored meanwhile (its reply lost,
      // and the retry raced it): that is the outcome to return, not a conflict.
      return requests.find(id).filter(s -> stored.apply(s).equals(Optional.of(command)))
          .orElseThrow(() -> conflict);
    }
  }
}
