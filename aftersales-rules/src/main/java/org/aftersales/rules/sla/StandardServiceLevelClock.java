package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelStatus;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.Warning;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The clock of {@link ServiceLevels}: due instant and warnings are computed once, when the clock
 * is created. Immutable and thread-safe.
 */
final class StandardServiceLevelClock implements ServiceLevelClock {

  private final BusinessCalendar calendar;
  private final ServiceLevelTarget target;
  private final Instant start;
  private final ImmutableList<Pause> pauses;
  private final Instant requested;
  private final Instant committed;

  /** The budget in force (the rule's, or a fallback), or null for a fixed due instant. */
  private final Budget budget;
  private final TimeMeasure measure;
  private final Duration amount;
  private final Optional<Instant> due;
  private final ImmutableList<Warning> warnings;

  StandardServiceLevelClock(BusinessCalendar calendar, ServiceLevelTarget target, Instant start,
      List<Pause> pauses, Instant requested, Instant committed) {
    this.calendar = calendar;
    this.target = target;
    this.start = start;
    this.pauses = ImmutableList.copyOf(pauses);
    this.requested = requested;
    this.committed = committed;

    Instant fixed = null;
    Budget inForce = null;
    DeadlineRule rule = target.rule();
    if (rule instanceof DeadlineRule.WithinBudget) {
      inForce = ((DeadlineRule.WithinBudget) rule).budget();
    } else if (rule instanceof DeadlineRule.ByEndOfWorkingDay) {
      fixed = committed != null ? committed : calendar.endOfWorkingDay(start);
    } else {
      fixed = requested;
      inForce = requested == null
          ? ((DeadlineRule.AtRequestedTime) rule).fallback().orElse(null) : null;
    }
    this.budget = inForce;
    if (inForce != null) {
      this.measure = TimeMeasure.of(inForce, calendar);
      this.amount = TimeMeasure.amount(inForce, calendar, start);
      this.due = measure.due(start, amount, this.pauses);
    } else {
      this.measure = TimeMeasure.ELAPSED;
      this.amount = fixed == null ? Duration.ZERO : Duration.between(start, fixed);
      this.due = Optional.ofNullable(fixed);
    }
    this.warnings = computeWarnings();
  }

  private ImmutableList<Warning> computeWarnings() {
    if (due.isPresent() && !due.get().isAfter(start) || amount.isNegative() || amount.isZero()) {
      return ImmutableList.of();
    }
    List<Warning> result = new ArrayList<>();
    for (BigDecimal fraction : target.warningFractions()) {
      Duration part = Duration.ofNanos(new BigDecimal(amount.toNanos()).multiply(fraction)
          .setScale(0, RoundingMode.DOWN).longValueExact());
      Optional<Instant> at = budget != null
          ? measure.due(start, part, pauses) : Optional.of(start.plus(part));
      if (at.isEmpty()) {
        break;
      }
      Instant when = at.get();
      if (!measure.isWorkingTime() && target.warningsInWorkingTime()) {
        when = calendar.nextWorkingMoment(when);
        if (due.isPresent() && !when.isBefore(due.get())) {
          continue;
        }
      }
      result.add(new Warning(fraction, when));
    }
    return ImmutableList.copyOf(result);
  }

  @Override
  public ServiceLevelTarget target() {
    return target;
  }

  @Override
  public Instant start() {
    return start;
  }

  @Override
  public List<Pause> pauses() {
    return pauses;
  }

  @Override
  public Optional<Instant> requestedTime() {
    return Optional.ofNullable(requested);
  }

  @Override
  public Optional<Instant> committedTime() {
    return Optional.ofNullable(committed);
  }

  private Optional<Pause> openPause() {
    return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()
        ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
  }

  @Override
  public ServiceLevelClock pausedAt(Instant at) {
    requireNonNull(at, "at");
    Optional<Pause> open = openPause();
    if (open.isPresent()) {
      throw InvalidInputException.of("pause", MessageBundle.CORE.message(
          "core.servicelevel.alreadyPaused", "since", open.get().start()), at);
    }
    List<Pause> next = new ArrayList<>(pauses);
    next.add(Pause.openSince(at));
    return new StandardServiceLevelClock(calendar, target, start, checked(start, next), requested,
        committed);
  }

  @Override
  public ServiceLevelClock resumedAt(Instant at) {
    requireNonNull(at, "at");
    Pause open = openPause().orElseThrow(() -> InvalidInputException.of("resume",
        MessageBundle.CORE.message("core.servicelevel.notPaused"), at));
    List<Pause> next = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
    next.add(open.endedAt(at));
    return new StandardServiceLevelClock(calendar, target, start, next, requested, committed);
  }

  @Override
  public ServiceLevelClock withRequestedTime(Instant requestedTime) {
    return new StandardServiceLevelClock(calendar, target, start, pauses,
        requireNonNull(requestedTime, "requestedTime"), committed);
  }

  @Override
  public ServiceLevelClock withCommittedTime(Instant committedTime) {
    return new StandardServiceLevelClock(calendar, target, start, pauses, requested,
        requireNonNull(committedTime, "committedTime"));
  }

  @Override
  public Optional<Instant> due() {
    return due;
  }

  @Override
  public List<Warning> warnings() {
    return warnings;
  }

  @Override
  public Duration usedAt(Instant at) {
    requireNonNull(at, "at");
    return budget != null ? measure.used(start, at, pauses)
        : at.isAfter(start) ? Duration.between(start, at) : Duration.ZERO;
  }

  @Override
  public ServiceLevelStatus statusAt(Instant at) {
    requireNonNull(at, "at");
    if (due.isPresent() && at.isAfter(due.get())) {
      return ServiceLevelStatus.OVERDUE;
    }
    for (Warning w : warnings) {
      if (!at.isBefore(w.at())) {
        return ServiceLevelStatus.AT_RISK;
      }
    }
    return ServiceLevelStatus.ON_TRACK;
  }

  @Override
  public boolean isMetBy(Instant completedAt) {
    requireNonNull(completedAt, "completedAt");
    return due.isEmpty() || !completedAt.isAfter(due.get());
  }

  /**
   * Checks that pauses are in order: none before the start, each starting at or after the end of
   * the previous one, only the last one open.
   */
  static List<Pause> checked(Instant start, List<Pause> pauses) {
    Instant previousEnd = start;
    for (int i = 0; i < pauses.size(); i++) {
      Pause p = requireNonNull(pauses.get(i), "pause");
      String path = "pauses[" + i + "]";
      if (p.start().isBefore(start)) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.beforeStart", "start", start), p.start());
      }
      if (p.start().isBefore(previousEnd)) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.beforeLastPause", "end", previousEnd), p.start());
      }
      if (p.isOpen() && i < pauses.size() - 1) {
        throw InvalidInputException.of(path, MessageBundle.CORE.message(
            "core.servicelevel.alreadyPaused", "since", p.start()), pauses.get(i + 1).start());
      }
      previousEnd = p.end().orElse(p.start());
    }
    return pauses;
  }

  @Override
  public String toString() {
    return "ServiceLevelClock[" + target.ruleId() + " " + target.milestone() + ", start " + start
        + ", due " + due.map(Instant::toString).orElse("open") + ", pauses " + pauses + "]";
  }
}
