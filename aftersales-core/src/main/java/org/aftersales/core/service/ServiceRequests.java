package org.aftersales.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;
import org.aftersales.core.shared.RequestId;

/**
 * The stored service requests (叫修登记簿 / 服务请求库): the repository port the host application
 * implements over its database. The testkit has an in-memory adapter and an abstract contract
 * test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a request only if the stored version is the one the request carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a request never stored — so a
 *       new request whose ID is already stored is refused), and stores it as the next version;
 *       otherwise it throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li>Request IDs are unique across requests: storing a new request whose request ID another
 *       request already has throws {@link DuplicateRequestException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction as the request:
 *       after it returns both are stored; after it throws, either both are or neither is.</li>
 *   <li>Requests are never deleted; a saved request reads back equal through any adapter instance
 *       over the same storage — every attribute, instants to the microsecond.</li>
 *   <li>Service request IDs and request IDs are compared exactly (case-sensitive, full Unicode).
 *       </li>
 *   <li>{@link #open(int)} answers the open requests, oldest received first;
 *       {@link #dueBefore(Instant, int)} the undispatched requests whose first promised deadline
 *       falls before an instant, earliest deadline first; {@link #byTechnician} a technician's
 *       dispatches of one day; {@link #closedBetween} the requests closed in a period;
 *       {@link #inWorkshop} the items in the workshop's custody; {@link #openAfter} the open
 *       requests after a position of {@code open}'s order (keyset paging for the sweep);
 *       {@link #breached} the open requests with a watched promise due before an instant,
 *       earliest breached deadline first. Every query sees the latest stored version of each
 *       request.</li>
 *   <li>{@link #openAfter} and {@link #breached} have default implementations over
 *       {@link #open(int)}: correct for any adapter, but they read every open request; an
 *       adapter over a database overrides them with indexed queries.</li>
 *   <li><b>Sweep checks</b> (SVC-08). Beside each request the adapter keeps a next check instant
 *       for the {@link ServiceLevelSweep} — not part of the request, not bumping its version:
 *       every {@link #save} resets it to "check at once"; {@link #scheduleSweepChecks} sets it,
 *       but only while the stored version is the one the check names (otherwise the check is
 *       ignored silently: the changed request is due anyway); {@link #resetSweepChecks} sets every
 *       request's to "check at once". {@link #dueForSweep} and {@link #dueForSweepAfter} answer
 *       the open requests due for a check at an instant: never checked since their last save, or
 *       whose check instant is strictly before it ({@link SweepCheck#isDueAt}); a "never" check is
 *       never due. The default implementations keep no checks: every open request is always due
 *       (the full scan of {@link #open(int)}) — correct, but a run then reads every open
 *       request; an adapter over a database overrides all four with a check column and a
 *       partial index.</li>
 * </ul>
 */
@Port
public interface ServiceRequests {

  /**
   * The request with this ID.
   *
   * @param id the request's identity
   * @return the stored request, or empty
   */
  Optional<ServiceRequest> find(ServiceRequestId id);

  /**
   * The request registered with this request ID.
   *
   * @param requestId the registration's request ID
   * @return the stored request, or empty
   */
  Optional<ServiceRequest> findByRequestId(RequestId requestId);

  /**
   * Stores {@code request}, expecting the stored version to be {@code request.version()}, and
   * appends {@code events} to the outbox, atomically.
   *
   * @param request the request to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return the request as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new request); nothing is written
   * @throws DuplicateRequestException if a new request's request ID belongs to another request;
   *     nothing is written
   */
  ServiceRequest save(ServiceRequest request, List<OutboxEvent> events);

  /**
   * The open requests ({@link ServiceRequest#isOpen()}), oldest {@link ServiceRequest#receivedAt()
   * received} first, requests received at the same instant by {@link ServiceRequestId} order;
   * at most {@code max} of them (the first {@code max} of that order).
   *
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  List<ServiceRequest> open(int max);

  /**
   * The requests still waiting for dispatch ({@link ServiceRequestStatus#REGISTERED}) whose
   * {@link ServiceRequest#firstDue() first promised deadline} (the earlier of the response and
   * arrival deadlines kept on the request) is strictly before {@code instant}: earliest deadline
   * first, requests with the same deadline by {@link ServiceRequestId} order; at most {@code max}
   * of them. Requests promised no deadline are never due; dispatched and closed requests are not
   * answered.
   *
   * @param instant the instant the deadlines are compared with (exclusive)
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  List<ServiceRequest> dueBefore(Instant instant, int max);

  /**
   * The requests dispatched to {@code technician} whose {@link ServiceRequest#dispatchedAt()
   * assignment time} falls on {@code day} as cut in {@code zone} (from its start of day,
   * inclusive, to the next day's start, exclusive), whatever their state now: earliest assignment
   * first, then by {@link ServiceRequestId} order; at most {@code max} of them.
   *
   * @param technician the technician
   * @param day the day, in {@code zone}
   * @param zone the zone the day is cut in (the business zone; never the system's)
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone, int max);

  /**
   * The closed requests whose {@link ServiceRequest#closedAt() closing time} falls in
   * {@code [from, to)}: earliest closed first, requests closed at the same instant by
   * {@link ServiceRequestId} order; at most {@code max} of them. Surveys (SUR-01) and reports
   * (SVC-09, SVC-18) read a day's or a month's closed calls through it, the period cut by the
   * caller in the business zone.
   *
   * @param from the start of the period (inclusive)
   * @param to the end of the period (exclusive); not before {@code from}
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before {@code from}
   */
  List<ServiceRequest> closedBetween(Instant from, Instant to, int max);

  /**
   * The items in the workshop's custody (客户商品进出登记簿, SVC-05): the requests
   * {@link ServiceRequestStatus#IN_WORKSHOP in the workshop} (taken in, not yet returned),
   * earliest {@link TakeItemToWorkshop#takenAt() taken in} first, ties by
   * {@link ServiceRequestId} order; at most {@code max} of them.
   *
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  List<ServiceRequest> inWorkshop(int max);

  /**
   * The open requests after a position of {@link #open(int)}'s order: received after
   * {@code receivedAt}, or at it with an ID after {@code id}; in that order, at most {@code max} —
   * the next page of a sweep over every open request (keyset paging: a request stored meanwhile
   * before the position is met by the next sweep, none is answered twice in one sweep).
   *
   * <p>The default implementation reads every open request through {@link #open(int)} and
   * filters them: correct for any adapter, slow for many; an adapter over a database overrides it
   * with an indexed query (status, received-at, ID).
   *
   * @param receivedAt the received-at of the last request of the previous page
   * @param id the ID of the last request of the previous page
   * @param max how many at most, 0 or more
   * @return the requests, oldest received first
   * @throws InvalidInputException if {@code max} is negative
   */
  default List<ServiceRequest> openAfter(Instant receivedAt, ServiceRequestId id, int max) {
    java.util.Objects.requireNonNull(receivedAt, "receivedAt");
    java.util.Objects.requireNonNull(id, "id");
    // open(...) refuses a negative max as this method must.
    return open(max < 0 ? max : Integer.MAX_VALUE).stream().filter(r -> {
      int c = r.receivedAt().compareTo(receivedAt);
      return c > 0 || c == 0 && r.id().compareTo(id) > 0;
    }).limit(max).toList();
  }

  /**
   * The open requests with a {@linkplain ServiceLevelWatch#watched(ServiceRequest) watched}
   * promise due strictly before {@code instant} (breached at it): registered requests whose
   * response or arrival deadline, dispatched ones whose arrival deadline, is before it. Earliest
   * breached deadline first (the earliest watched deadline before {@code instant}), then by
   * {@link ServiceRequestId} order; at most {@code max} of them.
   *
   * <p>The default implementation reads every open request through {@link #open(int)} and
   * filters them with {@link ServiceLevelWatch#earliestBreach}: correct for any adapter, slow for
   * many; an adapter over a database overrides it with an indexed query.
   *
   * @param instant the instant the deadlines are compared with (exclusive)
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  default List<ServiceRequest> breached(Instant instant, int max) {
    java.util.Objects.requireNonNull(instant, "instant");
    return open(max < 0 ? max : Integer.MAX_VALUE).stream()
        .filter(r -> ServiceLevelWatch.earliestBreach(r, instant).isPresent())
        .sorted(java.util.Comparator.comparing(
            (ServiceRequest r) -> ServiceLevelWatch.earliestBreach(r, instant).orElseThrow())
            .thenComparing(ServiceRequest::id))
        .limit(max).toList();
  }

  /**
   * The open requests due for a sweep check at {@code at} (see the class comment: never checked
   * since their last save, or checked at an instant strictly before {@code at}), in the order of
   * {@link #open(int)} (oldest received first, ties by {@link ServiceRequestId}); at most
   * {@code max} of them.
   *
   * <p>The default implementation keeps no checks: it answers {@link #open(int)}, every open
   * request (correct for any adapter, since a request read when nothing is due only costs time).
   *
   * @param at the sweep's instant
   * @param max how many at most, 0 or more
   * @return the requests, in that order
   * @throws InvalidInputException if {@code max} is negative
   */
  default List<ServiceRequest> dueForSweep(Instant at, int max) {
    java.util.Objects.requireNonNull(at, "at");
    return open(max);
  }

  /**
   * The open requests due for a sweep check at {@code at} after a position of
   * {@link #dueForSweep}'s order: received after {@code receivedAt}, or at it with an ID after
   * {@code id} — the same order and keyset as {@link #openAfter}; at most {@code max}.
   *
   * <p>The default implementation answers {@link #openAfter}.
   *
   * @param at the sweep's instant
   * @param receivedAt the received-at of the last request of the previous page
   * @param id the ID of the last request of the previous page
   * @param max how many at most, 0 or more
   * @return the requests, oldest received first
   * @throws InvalidInputException if {@code max} is negative
   */
  default List<ServiceRequest> dueForSweepAfter(Instant at, Instant receivedAt,
      ServiceRequestId id, int max) {
    java.util.Objects.requireNonNull(at, "at");
    return openAfter(receivedAt, id, max);
  }

  /**
   * Stores each check's instant beside its request, if the request's stored version is still
   * the check's {@link SweepCheck#version()}; a check naming another version (the request was
   * saved meanwhile) or an unknown request is ignored silently. Checks of different requests are
   * independent: an adapter may store them in one statement or several, atomically or not.
   *
   * <p>The default implementation stores nothing (every open request stays due).
   *
   * @param checks the checks, at most one per request
   */
  default void scheduleSweepChecks(List<SweepCheck> checks) {
    java.util.Objects.requireNonNull(checks, "checks");
  }

  /**
   * Makes every stored request due for a check at once, as if each had just been saved: after a
   * change of policy, calendar or settings that brings a due instant earlier
   * ({@link ServiceLevelSweep#recheckAll()}).
   *
   * <p>The default implementation does nothing (it keeps no checks).
   */
  default void resetSweepChecks() {
    // No checks kept: every open request is always due.
  }
}
