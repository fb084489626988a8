package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.shared.Changed;

/**
 * One recompute run's domain work (承诺时限重算): the promised deadlines of requests computed again
 * with one policy, as registration computes them — the policy's target for the milestone,
 * category, zone and contract, counted from the call on the policy's calendar for that target.
 *
 * <p>Within a run, the target and calendar of each (milestone, category, zone, contract) are
 * looked up once, and only the due instant is computed (the warnings, which a recompute does not
 * keep, are left out) — per the {@link ServiceLevelPolicy} contract the deadline arithmetic is
 * {@link ServiceLevelClock}'s for every policy. Not thread-safe: one instance per run and thread.
 */
public final class PromiseRecomputation {

  /** A target without warnings and the calendar it is counted on. */
  private record Counting(ServiceLevelTarget target, BusinessCalendar calendar) {

    Optional<Instant> due(Instant start, Optional<Instant> requested) {
      ServiceLevelClock clock = ServiceLevelClock.of(target, calendar, start);
      return requested.map(clock::withRequestedTime).orElse(clock).due();
    }
  }

  private final ServiceLevelPolicy policy;
  private final Map<ServiceLevelKey, Optional<Counting>> targets = new HashMap<>();

  private PromiseRecomputation(ServiceLevelPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * A run with {@code policy}.
   *
   * @param policy the service levels now in force
   * @return the run
   */
  public static PromiseRecomputation with(ServiceLevelPolicy policy) {
    return new PromiseRecomputation(policy);
  }

  /**
   * The request with its promises recomputed and the audit event, or empty if the promises are
   * unchanged (see {@link PromiseRecompute#recomputed}).
   *
   * @param request an open request
   * @param command who, why, and the request ID
   * @param at when the change is recorded
   * @return the changed request (same version, to be saved) and its {@link PromisesRecomputed},
   *     or empty
   */
  public Optional<Changed<ServiceRequest>> recomputed(ServiceRequest request,
      RecomputePromises command, Instant at) {
    Optional<Instant> response = promised(Milestone.REPLY, request);
    Optional<Instant> arrival = promised(Milestone.ARRIVAL_ON_SITE, request);
    if (response.equals(request.responseDue()) && arrival.equals(request.arrivalDue())) {
      return Optional.empty();
    }
    // Every ServiceRequest is an ImmutableServiceRequest (the only subclass, generated); its
    // with-copies keep every other attribute, those added later included, and check the
    // invariants.
    ServiceRequest next = ((ImmutableServiceRequest) request).withResponseDue(response)
        .withArrivalDue(arrival);
    return Optional.of(Changed.of(next, new PromisesRecomputed(request.id(), request.promises(),
        next.promises(), command.requestedBy(), command.reason(), command.requestId(), at)));
  }

  /**
   * The due instant the policy promises for {@code milestone}, counted from the call, with the
   * request's agreed arrival time ({@link ServiceRequest#requestedArrival()}, SVC-13) for the
   * arrival.
   *
   * @param milestone the milestone
   * @param request the request
   * @return the due instant, or empty if the policy promises none
   */
  public Optional<Instant> promised(Milestone milestone, ServiceRequest request) {
    ServiceLevelKey key = ServiceLevelKey.builder().milestone(milestone)
        .category(request.category()).zone(request.zone())
        .contract(request.entitlement().contract()).build();
    Optional<Counting> counting = targets.computeIfAbsent(key, k -> counting(policy, k));
    // The time the customer asked for (SVC-13) is part of the request, not of the policy: a
    // recompute counts with it, so it never drops an agreed arrival time.
    Optional<Instant> requested = milestone.equals(Milestone.ARRIVAL_ON_SITE)
        ? request.requestedArrival() : Optional.empty();
    return counting.flatMap(c -> c.due(request.receivedAt(), requested));
  }

  /**
   * The due instant {@code policy} promises for {@code key} counted from {@code start}, with the
   * time the customer asked for if any: what registration and an agreed arrival time store and
   * what a recompute compares with — one computation for all three, so that a recompute with an
   * unchanged policy changes nothing.
   *
   * @param policy the service levels
   * @param key the milestone, category, zone and contract
   * @param start the call's received-at
   * @param requested the time the customer asked for (SVC-13), or empty
   * @return the due instant, or empty if the policy promises none
   */
  static Optional<Instant> promisedOnce(ServiceLevelPolicy policy, ServiceLevelKey key,
      Instant start, Optional<Instant> requested) {
    return counting(policy, key).flatMap(c -> c.due(start, requested));
  }

  private static Optional<Counting> counting(ServiceLevelPolicy policy, ServiceLevelKey key) {
    return policy.targetFor(key).map(t -> new Counting(withoutWarnings(t), policy.calendarFor(t)));
  }

  private static ServiceLevelTarget withoutWarnings(ServiceLevelTarget t) {
    return ServiceLevelTarget.builder().ruleId(t.ruleId()).milestone(t.milestone())
        .rule(t.rule()).warningsInWorkingTime(t.warningsInWorkingTime()).build();
  }
}
