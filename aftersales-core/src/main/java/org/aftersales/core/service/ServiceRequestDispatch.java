package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that dispatches service requests (派工), SVC-02: a supervisor assigns a technician
 * to a registered request. The deadlines promised at registration are kept as they are. It also
 * records the arrival time agreed with the customer (约定到场时间, SVC-13,
 * {@link #agreeArrivalTime}), with the same failure semantics.
 *
 * <h2>Failure semantics</h2>
 * The same as the registration's (docs/failure-semantics.md):
 * <ul>
 *   <li><b>Safe to retry.</b> A command sent again with its request ID returns the request as the
 *       first stored attempt dispatched it, with no second change and no second event; the same
 *       request ID with other content on the request it dispatched is refused
 *       ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (the command's
 *       constraints, before any port is called), {@link NotFoundException},
 *       {@link RuleRefusalException} (SVC-02: the request is not
 *       {@link ServiceRequestStatus#REGISTERED} — a reassignment is not supported by this
 *       command; for an agreed arrival time SVC-13: in the workshop, closed, or already agreed)
 *       and {@link DuplicateRequestException} leave the stored request as it was.</li>
 *   <li><b>Events with their state.</b> The {@link TechnicianAssigned} (or
 *       {@link ArrivalTimeAgreed}) event is saved with the request through
 *       {@link ServiceRequests#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code ServiceRequests.find}, {@code ServiceRequests.save} —
 *       and {@code ServiceRequests.find} again only after the save met another stored version
 *       (a lost race, possibly with an earlier attempt of this very request).</li>
 *   <li><b>Instants.</b> The recorded time comes from the injected clock, truncated to whole
 *       microseconds ({@link TimePrecision}); the assignment's own time is the command's.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class ServiceRequestDispatch {

  private final ServiceRequests requests;
  private final CommandValidator validator;
  private final Clock clock;
  /** Null when wired without one (the three-argument constructor): then no agreement. */
  private final ServiceLevelPolicy policy;
  private final ServiceRequestSteps steps;

  /**
   * Wires the use case.
   *
   * @param requests the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded for dispatches; its zone is not used
   */
  public ServiceRequestDispatch(ServiceRequests requests, CommandValidator validator,
      Clock clock) {
    this.requests = requireNonNull(requests, "requests");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
    this.policy = null;
    this.steps = new ServiceRequestSteps(requests, clock);
  }

  /**
   * Wires the use case with the service levels that {@link #agreeArrivalTime} promises the
   * arrival by (SVC-13).
   *
   * @param requests the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded for dispatches and agreements; its zone is not used
   * @param policy the service levels in force, which give the arrival target
   */
  public ServiceRequestDispatch(ServiceRequests requests, CommandValidator validator,
      Clock clock, ServiceLevelPolicy policy) {
    this.requests = requireNonNull(requests, "requests");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
    this.policy = requireNonNull(policy, "policy");
    this.steps = new ServiceRequestSteps(requests, clock);
  }

  /**
   * Assigns a technician to a registered request (SVC-02).
   *
   * @param command the assignment
   * @return the dispatched request as stored, or as an earlier attempt with the same request ID
   *     stored it
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-02) if the request is not registered (already dispatched by
   *     another command, or closed)
   * @throws DuplicateRequestException if the request was dispatched with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed while it was being dispatched
   */
  public ServiceRequest assign(AssignTechnician command) {
    validator.validate(requireNonNull(command, "command"));
    ServiceRequest current = requests.find(command.serviceRequestId()).orElseThrow(
        () -> new NotFoundException(ServiceRequest.KIND, command.serviceRequestId().value()));
    Optional<ServiceRequest> repeated = sameOrRefused(current, command);
    if (repeated.isPresent()) {
      return repeated.get();
    }
    Changed<ServiceRequest> dispatched = current.dispatched(command, now());
    try {
      return requests.save(dispatched.state(), dispatched.state().outboxEventsOfSave(dispatched.events()));
    } catch (ConcurrentUpdateException conflict) {
      // An earlier attempt of this very request may have been stored meanwhile (its reply lost,
      // and the retry raced it): that is the outcome to return, not a conflict.
      return requests.find(command.serviceRequestId())
          .filter(stored -> stored.isDispatchedBy(command)).orElseThrow(() -> conflict);
    }
  }

  /**
   * Records the time the customer asked the service to arrive (约定到场时间), SVC-13, and sets the
   * arrival promise from it when the policy's arrival target is "at the requested time" (see
   * {@link ServiceRequest#arrivalAgreed}); under a budget target the registration's promise is
   * kept and the time only recorded. The failure semantics are {@link #assign}'s: safe to retry
   * with the same request ID, refusals change nothing, the {@link ArrivalTimeAgreed} event is
   * saved with the request; port calls {@code find}, {@code save} (and {@code find} after a lost
   * race).
   *
   * @param command the agreement
   * @return the request as stored with the agreement, or as an earlier attempt with the same
   *     request ID stored it
   * @throws InvalidInputException if the command breaks its constraints, or its requested time
   *     is not after the call's received-at (path {@code requestedArrival})
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-13) if the request is in the workshop or closed, or already
   *     has an agreed time
   * @throws DuplicateRequestException if the time was agreed with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed while the time was being agreed
   * @throws IllegalStateException if the use case was wired without a policy
   */
  public ServiceRequest agreeArrivalTime(AgreeArrivalTime command) {
    validator.validate(requireNonNull(command, "command"));
    if (policy == null) {
      throw new IllegalStateException(
          "ServiceRequestDispatch was wired without a ServiceLevelPolicy");
    }
    // The same find / repeat / save / lost-race handling as every later step of a request.
    return steps.apply(command.serviceRequestId(), command, AgreeArrivalTime::requestId,
        ServiceRequest::arrivalAgreement,
        (current, at) -> current.arrivalAgreed(command, policy, at));
  }

  /** The stored request if {@code command} repeats its dispatch; refused if it reuses its ID. */
  private static Optional<ServiceRequest> sameOrRefused(ServiceRequest current,
      AssignTechnician command) {
    if (current.isDispatchedBy(command)) {
      return Optional.of(current);
    }
    if (current.dispatchRequestId().equals(Optional.of(command.requestId()))) {
      throw new DuplicateRequestException(ServiceRequest.KIND, command.requestId());
    }
    return Optional.empty();
  }

  private Instant now() {
    return TimePrecision.stored(clock.instant());
  }
}
