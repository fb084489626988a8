package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.SupportedTime;

/**
 * The routing form of one complaint case (客户抱怨处理表的流程单): the acceptance by the GM
 * office, which starts the overall clock (CMP-06), the market (内销 domestic / 外销 overseas,
 * modelled by {@link ServiceZone#DOMESTIC} and {@link ServiceZone#OVERSEAS}), and one
 * {@link RoutingEntry} per hand-over (传递) along the configured route (CMP-05), including the
 * steps returned (退回) to an earlier department.
 *
 * <p>The ledger records only instants. Budgets, elapsed and remaining time are computed on demand
 * by {@link #stepFigures} and {@link #overall} with the {@link ServiceLevelPolicy} passed in, so a
 * changed policy applies to the ledger as it stands. Each step's clock starts at its own
 * hand-over: a department that receives the case late keeps its whole budget.
 *
 * <p>Operations return a new ledger. Instants never go back: every instant given must be at or
 * after the latest one on the form. A return closes the open step with its reason and its time
 * spent kept, and opens a new entry for the earlier step starting at the return; the route then
 * continues from that earlier step. Immutable and thread-safe.
 *
 * <pre>{@code
 * RoutingLedger ledger = RoutingLedger.accepted(SeedServiceLevels.COMPLAINT_STEPS,
 *         ServiceZone.DOMESTIC, acceptedAt)
 *     .handOver(Milestone.COMPLAINT_REGISTRATION, acceptedAt)
 *     .complete(registered)
 *     .handOver(Milestone.QA_ANALYSIS, toQa);
 * List<StepFigures> steps = ledger.stepFigures(policy, now);
 * }</pre>
 */
public final class RoutingLedger {

  private static final RuleId CMP_05 = RuleId.of("CMP-05");

  private final ImmutableList<Milestone> route;
  private final ServiceZone market;
  private final Instant acceptedAt;
  private final ImmutableList<RoutingEntry> entries;

  private RoutingLedger(ImmutableList<Milestone> route, ServiceZone market, Instant acceptedAt,
      ImmutableList<RoutingEntry> entries) {
    this.route = route;
    this.market = market;
    this.acceptedAt = acceptedAt;
    this.entries = entries;
  }

  /**
   * The empty routing form of a case accepted at {@code acceptedAt}; the first hand-over is to the
   * route's first step.
   *
   * @param route the steps in order, each once (the seed's is
   *     {@code SeedServiceLevels.COMPLAINT_STEPS} in the rules module)
   * @param market where the customer is; the policy's targets are looked up in this zone
   * @param acceptedAt when the GM office accepted the case, in the supported range
   * @return the ledger without entries
   * @throws InvalidInputException if the route is empty or names a step twice, or the instant lies
   *     outside the supported range
   */
  public static RoutingLedger accepted(List<Milestone> route, ServiceZone market,
      Instant acceptedAt) {
    ImmutableList<Milestone> steps = ImmutableList.copyOf(requireNonNull(route, "route"));
    requireNonNull(market, "market");
    SupportedTime.require(acceptedAt, "acceptedAt");
    if (steps.isEmpty()) {
      throw InvalidInputException.of("route", message("core.routing.emptyRoute"));
    }
    Set<Milestone> seen = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!seen.add(steps.get(i))) {
        throw InvalidInputException.of("route[" + i + "]",
            message("core.routing.duplicateStep", "step", steps.get(i).code()), steps.get(i));
      }
    }
    return new RoutingLedger(steps, market, acceptedAt, ImmutableList.of());
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return MessageBundle.CORE.message(key, namesAndValues);
  }

  /**
   * The configured steps, in order.
   *
   * @return the route, unmodifiable
   */
  public List<Milestone> route() {
    return route;
  }

  /**
   * The customer's market, the zone targets are looked up in.
   *
   * @return domestic or overseas (or an adopter's zone)
   */
  public ServiceZone market() {
    return market;
  }

  /**
   * When the GM office accepted the case; the overall clock starts here (CMP-06).
   *
   * @return the acceptance instant
   */
  public Instant acceptedAt() {
    return acceptedAt;
  }

  /**
   * The entries in the order they were opened; they never overlap, and only the last may be open.
   *
   * @return the entries, unmodifiable
   */
  public List<RoutingEntry> entries() {
    return entries;
  }

  /**
   * Whether the route's last step has been completed.
   *
   * @return true if the routing is finished
   */
  public boolean isFinished() {
    return !entries.isEmpty() && last().ending() == RoutingEntry.Ending.COMPLETED
        && route.indexOf(last().step()) == route.size() - 1;
  }

  /**
   * Hands the case to the department of {@code step} at {@code at}, opening its entry; the step's
   * clock starts here.
   *
   * @param step the next step of the route: the first step on an empty form, else the step after
   *     the last completed one
   * @param at when the department received the case; not before the latest instant on the form
   * @return the new ledger
   * @throws InvalidInputException if the step is not on the route or {@code at} goes back or lies
   *     outside the supported range
   * @throws RuleRefusalException (CMP-05) if a step is still open, the route is finished, or the
   *     step is not the next one (an earlier step is reached by {@link #returnTo})
   */
  public RoutingLedger handOver(Milestone step, Instant at) {
    int index = indexOnRoute(step);
    checkInstant(at);
    if (!entries.isEmpty() && last().isOpen()) {
      throw new RuleRefusalException(CMP_05,
          message("core.routing.stepOpen", "step", last().step().code()));
    }
    if (isFinished()) {
      throw new RuleRefusalException(CMP_05, message("core.routing.routeDone"));
    }
    int next = entries.isEmpty() ? 0 : route.indexOf(last().step()) + 1;
    if (index != next) {
      throw new RuleRefusalException(CMP_05, message("core.routing.notNext",
          "next", route.get(next).code(), "step", step.code()));
    }
    List<RoutingEntry> copy = new ArrayList<>(entries);
    copy.add(RoutingEntry.open(step, at));
    return with(copy);
  }

  /**
   * Completes the open step at {@code at}; its clock stops here.
   *
   * @param at when the department finished; not before the latest instant on the form
   * @return the new ledger
   * @throws InvalidInputException if {@code at} goes back or lies outside the supported range
   * @throws RuleRefusalException (CMP-05) if no step is open
   */
  public RoutingLedger complete(Instant at) {
    checkInstant(at);
    RoutingEntry open = openEntry();
    List<RoutingEntry> copy = new ArrayList<>(entries.subList(0, entries.size() - 1));
    copy.add(open.completedAt(at));
    return with(copy);
  }

  /**
   * Returns the case from the open step to the earlier {@code step} at {@code at}: the open
   * entry ends there as returned, with its time spent kept, and a new entry for {@code step}
   * opens at the same instant. The route then continues from {@code step}.
   *
   * @param step a step of the route before the open one
   * @param at when the case was sent back; not before the latest instant on the form
   * @param reason why, not blank
   * @return the new ledger
   * @throws InvalidInputException if the step is not on the route, the reason is blank, or
   *     {@code at} goes back or lies outside the supported range
   * @throws RuleRefusalException (CMP-05) if no step is open or {@code step} is not before it
   */
  public RoutingLedger returnTo(Milestone step, Instant at, String reason) {
    int index = indexOnRoute(step);
    checkInstant(at);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", message("core.routing.noReason"), reason);
    }
    RoutingEntry open = openEntry();
    if (index >= route.indexOf(open.step())) {
      throw new RuleRefusalException(CMP_05, message("core.routing.notEarlier",
          "open", open.step().code(), "step", step.code()));
    }
    List<RoutingEntry> copy = new ArrayList<>(entries.subList(0, entries.size() - 1));
    copy.add(open.returnedAt(at, reason.strip()));
    copy.add(RoutingEntry.open(step, at));
    return with(copy);
  }

  /**
   * Each entry's figures at {@code at}, in the order of {@link #entries()}: its budget from the
   * policy (looked up by the step and the market), its clock started at its own hand-over and
   * read at its end, or at {@code at} while open.
   *
   * @param policy the service levels to measure against
   * @param at the instant open steps are read at; not before the latest instant on the form
   * @return one figure per entry
   * @throws InvalidInputException if {@code at} goes back, or the policy has no budget
   *     ({@link DeadlineRule.WithinBudget}) for a step in the market
   */
  public List<StepFigures> stepFigures(ServiceLevelPolicy policy, Instant at) {
    requireNonNull(policy, "policy");
    checkInstant(at);
    List<StepFigures> result = new ArrayList<>(entries.size());
    for (RoutingEntry e : entries) {
      result.add(figures(policy, e.step(), e.handedOverAt(), e.endedAt().orElse(at)));
    }
    return List.copyOf(result);
  }

  /**
   * The case's overall clock at {@code at} (CMP-06): from the acceptance against the policy's
   * {@link Milestone#COMPLAINT_CLOSURE} budget in the market (seed 13 working days domestic, 17
   * overseas), read at the completion of the route's last step once finished, else at
   * {@code at}.
   *
   * @param policy the service levels to measure against
   * @param at the instant an unfinished case is read at; not before the latest instant on the
   *     form
   * @return the overall figures
   * @throws InvalidInputException if {@code at} goes back, or the policy has no budget for the
   *     closure in the market
   */
  public StepFigures overall(ServiceLevelPolicy policy, Instant at) {
    requireNonNull(policy, "policy");
    checkInstant(at);
    Instant end = isFinished() ? last().endedAt().orElseThrow() : at;
    return figures(policy, Milestone.COMPLAINT_CLOSURE, acceptedAt, end);
  }

  /**
   * The case's overall clock (CMP-06) from the acceptance to {@code end}, whatever the route's
   * state: for a case whose clock runs beyond its route — decided, its outcome executed, closed
   * at {@code end} — or read at an instant of the caller's choosing.
   * {@link ComplaintCase#overallFigures} reads a case with it.
   *
   * @param policy the service levels to measure against
   * @param end where the clock is read (e.g. the closure), not before the acceptance
   * @return the overall figures
   * @throws InvalidInputException if {@code end} is before the acceptance or outside the supported
   *     range, or the policy has no budget for the closure in the market
   */
  public StepFigures overallUntil(ServiceLevelPolicy policy, Instant end) {
    requireNonNull(policy, "policy");
    SupportedTime.require(end, "end");
    if (end.isBefore(acceptedAt)) {
      throw InvalidInputException.of("end", message("core.routing.backwards", "latest",
          acceptedAt), end);
    }
    return figures(policy, Milestone.COMPLAINT_CLOSURE, acceptedAt, end);
  }

  private StepFigures figures(ServiceLevelPolicy policy, Milestone step, Instant start,
      Instant end) {
    ServiceLevelTarget target = policy.targetFor(ServiceLevelKey.of(step, market))
        .filter(t -> t.rule() instanceof DeadlineRule.WithinBudget)
        .orElseThrow(() -> InvalidInputException.of("policy", message("core.routing.noBudget",
            "step", step.code(), "market", market.code())));
    Budget budget = ((DeadlineRule.WithinBudget) target.rule()).budget();
    ServiceLevelClock clock = policy.startClock(target, start);
    // Without pauses a budget's clock always has a due instant.
    Instant due = clock.due().orElseThrow();
    Duration elapsed = clock.usedAt(end);
    // The allowed amount in the budget's measure is what is used by the due instant.
    Duration remaining = clock.usedAt(due).minus(elapsed);
    return new StepFigures(step, start, budget, due, elapsed, remaining, clock.isMetBy(end));
  }

  private int indexOnRoute(Milestone step) {
    requireNonNull(step, "step");
    int index = route.indexOf(step);
    if (index < 0) {
      throw InvalidInputException.of("step", message("core.routing.notOnRoute",
          "step", step.code(), "route", route.stream().map(Milestone::code).toList()), step);
    }
    return index;
  }

  private RoutingEntry last() {
    return entries.get(entries.size() - 1);
  }

  private RoutingEntry openEntry() {
    if (entries.isEmpty() || !last().isOpen()) {
      throw new RuleRefusalException(CMP_05, message("core.routing.nothingOpen"));
    }
    return last();
  }

  /**
   * The latest instant on the form: the acceptance, or the last hand-over or end. Every instant
   * given to the form must be at or after it.
   *
   * @return the instant
   */
  public Instant latestInstant() {
    return latest();
  }

  /** The latest instant on the form: the acceptance, or the last hand-over or end. */
  private Instant latest() {
    if (entries.isEmpty()) {
      return acceptedAt;
    }
    RoutingEntry e = last();
    return e.endedAt().orElse(e.handedOverAt());
  }

  private void checkInstant(Instant at) {
    SupportedTime.require(at, "at");
    Instant latest = latest();
    if (at.isBefore(latest)) {
      throw InvalidInputException.of("at",
          message("core.routing.backwards", "latest", latest), at);
    }
  }

  private RoutingLedger with(List<RoutingEntry> next) {
    return new RoutingLedger(route, market, acceptedAt, ImmutableList.copyOf(next));
  }

  /**
   * Equal if route, market, acceptance and entries are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RoutingLedger that && route.equals(that.route)
        && market.equals(that.market) && acceptedAt.equals(that.acceptedAt)
        && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(route, market, acceptedAt, entries);
  }

  /**
   * E.g. {@code "RoutingLedger[DOMESTIC, accepted 2026-11-02T01:00:00Z, entries [...]]"}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "RoutingLedger[" + market.code() + ", accepted " + acceptedAt + ", entries " + entries
        + "]";
  }
}
