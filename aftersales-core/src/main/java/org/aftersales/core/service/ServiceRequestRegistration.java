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
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that registers service requests (叫修登记), SVC-02, categorised (SVC-01) and billed
 * (SVC-15) by the unit's entitlement, with the response and arrival deadlines its
 * {@link ServiceLevelPolicy} promises at registration kept on the request (SVC-11…SVC-13).
 *
 * <h2>Failure semantics</h2>
 * The same as the complaint use cases (docs/failure-semantics.md):
 * <ul>
 *   <li><b>Safe to retry.</b> A command sent again with its request ID — after a timeout, an
 *       adapter's exception, a lost reply — returns the request the first stored attempt
 *       registered, with no second change and no second event; if none was stored, the retry does
 *       the work once. The same request ID with other content is refused
 *       ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (every constraint of the
 *       command, all reported together, before any port is called; or a service request ID
 *       another registration already uses) and {@link DuplicateRequestException} leave nothing
 *       stored.</li>
 *   <li><b>Events with their state.</b> The {@link ServiceRequestRegistered} event is saved with
 *       the request through {@link ServiceRequests#save}, into the outbox; this use case never
 *       calls a publisher.</li>
 *   <li><b>Port calls, in order</b> (the unit of work a host transaction may span):
 *       {@code ServiceRequests.findByRequestId}, {@code Entitlements.lookUp},
 *       {@code ServiceRequests.save} — and {@code ServiceRequests.findByRequestId} again only
 *       after the save met a stored request (a lost race between attempts of one request, or a
 *       used service request ID). No call needs a host transaction for correctness: the save
 *       writes the request and its event atomically and a retry is answered from the stored
 *       request.</li>
 *   <li><b>Instants.</b> The recorded time comes from the injected clock, truncated to whole
 *       microseconds ({@link TimePrecision}); the entitlement is looked up at the command's
 *       received-at, never at the clock's time.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ServiceRequestRegistration {

  private final ServiceRequests requests;
  private final Entitlements entitlements;
  private final ServiceLevelPolicy serviceLevels;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param requests the repository (which also writes the outbox)
   * @param entitlements the ERP's warranty and contract lookup
   * @param serviceLevels the service levels whose deadlines are promised to new requests; a
   *     policy without targets for a request's milestones leaves it without those deadlines
   * @param validator validates commands
   * @param clock the time recorded for registrations; its zone is not used
   */
  public ServiceRequestRegistration(ServiceRequests requests, Entitlements entitlements,
      ServiceLevelPolicy serviceLevels, CommandValidator validator, Clock clock) {
    this.requests = requireNonNull(requests, "requests");
    this.entitlements = requireNonNull(entitlements, "entitlements");
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Registers a service request (SVC-02): its category and billing follow from the unit's
   * entitlement at the command's received-at (SVC-01, SVC-15); its response and arrival
   * deadlines are those the service-level policy gives now, counted from the received-at, and are
   * kept (see {@link ServiceRequest#responseDue()}). A retry returns the stored request with the
   * deadlines it was promised, even if the policy has changed since.
   *
   * @param command the call
   * @return the stored request, or the request registered earlier with the same request ID
   * @throws InvalidInputException if the command breaks its constraints (each violation names its
   *     field), or if its service request ID belongs to another registration
   * @throws DuplicateRequestException if the request ID was used for different content
   */
  public ServiceRequest register(RegisterServiceRequest command) {
    validator.validate(requireNonNull(command, "command"));
    Optional<ServiceRequest> earlier = requests.findByRequestId(command.requestId());
    if (earlier.isPresent()) {
      return sameOrRefused(earlier.get(), command);
    }
    Entitlement entitlement = requireNonNull(entitlements.lookUp(command.productModel(),
        command.productSerial(), command.receivedAt()), "entitlement");
    Changed<ServiceRequest> created = ServiceRequest.register(command, entitlement,
        serviceLevels, now());
    try {
      return requests.save(created.state(), created.state().outboxEventsOfSave(created.events()));
    } catch (DuplicateRequestException | ConcurrentUpdateException stored) {
      // Another attempt of this request was stored first (its reply lost, and this retry raced
      // it): answer with it. Otherwise the service request ID is another registration's.
      Optional<ServiceRequest> winner = requests.findByRequestId(command.requestId());
      if (winner.isPresent()) {
        return sameOrRefused(winner.get(), command);
      }
      if (stored instanceof ConcurrentUpdateException) {
        throw InvalidInputException.of("serviceRequestId", MessageBundle.CORE.message(
            "core.service.idTaken", "id", command.serviceRequestId()),
            command.serviceRequestId().value());
      }
      throw stored;
    }
  }

  private Instant now() {
    return TimePrecision.stored(clock.instant());
  }

  /** The earlier request if {@code command} repeats the one that registered it; else refused. */
  private static ServiceRequest sameOrRefused(ServiceRequest earlier,
      RegisterServiceRequest command) {
    if (!command.equals(earlier.registeredBy())) {
      throw new DuplicateRequestException(ServiceRequest.KIND, earlier.requestId());
    }
    return earlier;
  }
}
