package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The audited recompute of promised deadlines (重新计算承诺时限), {@link RecomputePromises}: for
 * every open request, the response and arrival deadlines are computed again from its call with
 * the policy now in force, exactly as registration computed them (the arrival with the time the
 * customer asked for, if one was agreed: SVC-13, never dropped); a request whose promises
 * change is saved with a {@link PromisesRecomputed} audit event (old, new, who, why). Requests
 * whose promises are unchanged are not touched. Without this command a change of policy or
 * calendar never moves a promise.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry.</b> Each request is saved on its own (state and audit event together,
 *       through {@link ServiceRequests#save}); a repeat of the command with the same policy finds
 *       the requests already changed equal to what it computes and leaves them, so it records
 *       no second event. A failure part-way leaves the requests before it changed and the rest
 *       unchanged; the retry changes the rest.</li>
 *   <li><b>Races.</b> A request that changed while it was recomputed (a dispatch) is read again
 *       and recomputed once more.</li>
 *   <li><b>Port calls, in order:</b> {@code ServiceRequests.open}, then per page each changed
 *       request's {@code ServiceRequests.save} (→ {@code ServiceRequests.find} and a second
 *       {@code save} only after a {@link ConcurrentUpdateException}), then
 *       {@code ServiceRequests.openAfter} for the next page.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class PromiseRecompute {

  private final ServiceRequests requests;
  private final CommandValidator validator;
  private final Clock clock;
  private final SweepPaging paging;

  /**
   * Wires the use case.
   *
   * @param requests the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded in audit events; its zone is not used
   * @param paging how many open requests one read fetches
   */
  public PromiseRecompute(ServiceRequests requests, CommandValidator validator, Clock clock,
      SweepPaging paging) {
    this.requests = requireNonNull(requests, "requests");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
    this.paging = requireNonNull(paging, "paging");
  }

  /**
   * Recomputes the promises of every open request with {@code policy}.
   *
   * @param command who, why, and the request ID
   * @param policy the service levels now in force
   * @return how many requests were examined and the changes made by this call
   * @throws InvalidInputException if the command breaks its constraints (before any port call)
   */
  public RecomputeReport recompute(RecomputePromises command, ServiceLevelPolicy policy) {
    validator.validate(requireNonNull(command, "command"));
    requireNonNull(policy, "policy");
    Instant at = TimePrecision.stored(clock.instant());
    PromiseRecomputation run = PromiseRecomputation.with(policy);
    List<PromisesRecomputed> changed = new ArrayList<>();
    int examined = 0;
    List<ServiceRequest> page = requests.open(paging.pageSize());
    while (true) {
      for (ServiceRequest request : page) {
        examined++;
        apply(request, command, run, at).ifPresent(changed::add);
      }
      if (page.size() < paging.pageSize()) {
        return new RecomputeReport(examined, changed);
      }
      ServiceRequest last = page.get(page.size() - 1);
      page = requests.openAfter(last.receivedAt(), last.id(), paging.pageSize());
    }
  }

  private Optional<PromisesRecomputed> apply(ServiceRequest request, RecomputePromises command,
      PromiseRecomputation run, Instant at) {
    Optional<Changed<ServiceRequest>> change = run.recomputed(request, command, at);
    if (change.isEmpty()) {
      return Optional.empty();
    }
    Changed<ServiceRequest> c = change.get();
    try {
      requests.save(c.state(), c.state().outboxEventsOfSave(c.events()));
      return Optional.of((PromisesRecomputed) c.events().get(0));
    } catch (ConcurrentUpdateException conflict) {
      // Changed meanwhile (a dispatch, or this very command's earlier attempt): read it again.
      Optional<ServiceRequest> now = requests.find(request.id()).filter(ServiceRequest::isOpen);
      if (now.isEmpty()) {
        return Optional.empty();
      }
      Optional<Changed<ServiceRequest>> again = run.recomputed(now.get(), command, at);
      if (again.isEmpty()) {
        return Optional.empty();
      }
      requests.save(again.get().state(),
          again.get().state().outboxEventsOfSave(again.get().events()));
      return Optional.of((PromisesRecomputed) again.get().events().get(0));
    }
  }

  /**
   * The domain part, a pure function: the request with its promises recomputed by
   * {@code policy} and the audit event, or empty if the promises are unchanged. (A run over many
   * requests uses one {@link PromiseRecomputation}, which looks each target up once.)
   *
   * @param request an open request
   * @param policy the service levels now in force
   * @param command who, why, and the request ID
   * @param at when the change is recorded
   * @return the changed request (same version, to be saved) and its {@link PromisesRecomputed},
   *     or empty
   */
  public static Optional<Changed<ServiceRequest>> recomputed(ServiceRequest request,
      ServiceLevelPolicy policy, RecomputePromises command, Instant at) {
    return PromiseRecomputation.with(policy).recomputed(request, command, at);
  }
}
