package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Violation;
import org.immutables.value.Value;

/**
 * What the monthly complaint statistics (客户投诉案件统计表, CMP-11, PCB §9.10) need of one closed
 * case (结案案件): its number, closing instant and market, the case it was reopened from (CMP-10),
 * the routing form's figures read at the closure — each entry's step, budget, elapsed time and
 * whether it was on time (CMP-05), and the overall clock (CMP-06) — and the responsibility per
 * department with exact ratios (CMP-08).
 *
 * <p>A wide value with an optional attribute and collections, so an Immutables value (decision
 * 0010): {@link #of} reads it from a closed {@link ComplaintCase}; {@link #builder()} exists for
 * hosts and tests that hold the facts already. Every instance, however built, satisfies the
 * invariants: the overall figures are those of {@link Milestone#COMPLAINT_CLOSURE}, no step
 * figure is, each department appears at most once and the ratios add up to at most 1.
 */
@Value.Immutable
@DomainValueStyle
public abstract class ClosedCaseFacts {

  ClosedCaseFacts() {}

  /**
   * The case's number.
   *
   * @return the number
   */
  public abstract DocumentNumber number();

  /**
   * When the case was closed (结案); the month it counts in is cut from this in the business zone.
   *
   * @return the instant
   */
  public abstract Instant closedAt();

  /**
   * The market of the complaint (domestic / overseas), from the intake form.
   *
   * @return the market
   */
  public abstract ServiceZone market();

  /**
   * The case whose decision the customer rejected, for a case raised under CMP-10.
   *
   * @return the original case's number, if any
   */
  public abstract Optional<DocumentNumber> reopenedFrom();

  /**
   * One figure per entry of the routing form, in its order, read at the closure: a step returned
   * and handed over again has two entries.
   *
   * @return the figures; unmodifiable
   */
  public abstract List<StepFigures> steps();

  /**
   * The case's overall clock from the acceptance (CMP-06), step
   * {@link Milestone#COMPLAINT_CLOSURE}.
   *
   * @return the figures
   */
  public abstract StepFigures overall();

  /**
   * The responsible departments and their exact ratios (CMP-08), one line per department.
   *
   * @return the lines; empty for a case found not valid or not the company's responsibility
   */
  public abstract List<DepartmentRatio> responsibility();

  @Value.Check
  void check() {
    List<Violation> found = new ArrayList<>();
    if (!overall().step().equals(Milestone.COMPLAINT_CLOSURE)) {
      found.add(Violation.of("overall", MessageBundle.CORE.message(
          "core.complaintstats.overallStep", "step", Milestone.COMPLAINT_CLOSURE.code()),
          overall().step().code()));
    }
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).step().equals(Milestone.COMPLAINT_CLOSURE)) {
        found.add(Violation.of("steps[" + i + "]", MessageBundle.CORE.message(
            "core.complaintstats.closureAsStep"), Milestone.COMPLAINT_CLOSURE.code()));
      }
    }
    Set<UnitId> departments = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < responsibility().size(); i++) {
      DepartmentRatio line = responsibility().get(i);
      if (!departments.add(line.department())) {
        found.add(Violation.of("responsibility[" + i + "]", MessageBundle.CORE.message(
            "core.complaintstats.departmentTwice"), line.department().value()));
      }
      total = total.add(line.ratio());
    }
    if (total.compareTo(BigDecimal.ONE) > 0) {
      found.add(Violation.of("responsibility", MessageBundle.CORE.message(
          "core.complaintstats.ratioTotal", "total", total), total));
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /**
   * The facts of a closed case: the routing form's {@link RoutingLedger#stepFigures figures} and
   * {@link RoutingLedger#overall overall clock} read at {@link ComplaintCase#closedAt()} against
   * {@code policy} (its targets' warnings are not read: the facts have none), and
   * {@code responsibility} with the lines of one department added up (exact) into one line, in
   * the order each department first appears.
   *
   * @param closed a closed case
   * @param policy the service levels the case was routed under (budgets per step and market)
   * @param responsibility the responsibility per department of the case's decision; empty for a
   *     case found not valid or not the company's responsibility
   * @return the facts
   * @throws InvalidInputException (path {@code closed}) if the case is not closed; if the ratios
   *     add up to more than 1; if the routing form has an instant after the closure or the policy
   *     has no budget for one of its steps in the case's market
   */
  public static ClosedCaseFacts of(ComplaintCase closed, ServiceLevelPolicy policy,
      List<DepartmentRatio> responsibility) {
    requireNonNull(closed, "closed");
    requireNonNull(policy, "policy");
    requireNonNull(responsibility, "responsibility");
    return read(closed, new StatisticsServiceLevels(policy), responsibility);
  }

  /**
   * {@link #of} with the policy already wrapped for a report run, so that its targets are looked
   * up once for all the run's cases.
   */
  static ClosedCaseFacts read(ComplaintCase closed, StatisticsServiceLevels policy,
      List<DepartmentRatio> responsibility) {
    requireNonNull(responsibility, "responsibility");
    Instant at = closed.closedAt().orElseThrow(() -> InvalidInputException.of("closed",
        MessageBundle.CORE.message("core.complaintstats.notClosed", "number", closed.number()),
        closed.status()));
    RoutingLedger routing = closed.routing();
    ServiceZone market = closed.intake().market();
    Builder facts = builder();
    facts.number(closed.number()).closedAt(at).market(market)
        .reopenedFrom(closed.reopenedFrom());
    for (StepFigures f : routing.stepFigures(policy, at)) {
      facts.addSteps(configured(f, policy, market));
    }
    return facts.overall(configured(closed.overallFigures(policy, at), policy, market))
        .addAllResponsibility(perDepartment(responsibility)).build();
  }

  /** {@code f} with the budget as the policy configures it rather than as it was counted. */
  private static StepFigures configured(StepFigures f, StatisticsServiceLevels policy,
      ServiceZone market) {
    Budget budget = policy.budgetOf(f.step(), market, f.budget());
    return budget.equals(f.budget()) ? f : new StepFigures(f.step(), f.start(), budget, f.due(),
        f.elapsed(), f.remaining(), f.onTime());
  }

  private static List<DepartmentRatio> perDepartment(List<DepartmentRatio> lines) {
    Map<UnitId, BigDecimal> sums = new LinkedHashMap<>();
    for (DepartmentRatio line : lines) {
      sums.merge(line.department(), line.ratio(), BigDecimal::add);
    }
    List<DepartmentRatio> merged = new ArrayList<>(sums.size());
    // A sum above 1 cannot be a DepartmentRatio; the check reports the case's total instead.
    BigDecimal total = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("responsibility", MessageBundle.CORE.message(
          "core.complaintstats.ratioTotal", "total", total), total);
    }
    sums.forEach((department, ratio) -> merged.add(new DepartmentRatio(department, ratio)));
    return merged;
  }

  /**
   * A builder, for hosts and tests that hold the facts already; {@link #of} reads them from a
   * case. All attributes but {@link #reopenedFrom()} are required; the lists may be empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClosedCaseFacts}. */
  public static final class Builder extends ImmutableClosedCaseFacts.Builder {
    Builder() {}
  }
}
