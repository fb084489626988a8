package org.aftersales.core.servicelevel;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.immutables.value.Value;

/**
 * A service level (服务时限目标): for one milestone, how its deadline is set and when to warn
 * before it is missed. Immutable and thread-safe.
 *
 * <p><b>Warnings</b> are given at fractions of the time allowed (e.g. 0.7 and 0.9 for 70 % and
 * 90 %), counted in the deadline's own measure: for a working-time budget, 70 % of the working
 * time, so the warning falls inside working time by construction. For wall-clock deadlines
 * (elapsed time, calendar days, fixed instants) a warning that falls outside the office calendar's
 * working time is moved forward to its next working moment when
 * {@link #warningsInWorkingTime()} is true, and dropped if that is not before the due instant.
 *
 * <pre>{@code
 * ServiceLevelTarget target = ServiceLevelTarget.builder()
 *     .ruleId(RuleId.of("SVC-11"))
 *     .milestone(Milestone.ARRIVAL_ON_SITE)
 *     .rule(DeadlineRule.within(Budget.workingHours(6)))
 *     .addWarningFractions(new BigDecimal("0.7"), new BigDecimal("0.9"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainValueStyle
public abstract class ServiceLevelTarget {

  ServiceLevelTarget() {}

  /**
   * The rule in the catalog this target implements (e.g. {@code SVC-11}), or a rule ID of the
   * adopter's own of the same form; used in messages and reports.
   *
   * @return the rule ID
   */
  public abstract RuleId ruleId();

  /**
   * What is measured.
   *
   * @return the milestone
   */
  public abstract Milestone milestone();

  /**
   * How the deadline is set.
   *
   * @return the rule
   */
  public abstract DeadlineRule rule();

  /**
   * The fractions of the allowed time at which to warn, strictly ascending, each greater than 0
   * and less than 1.
   *
   * @return the fractions; may be empty
   */
  public abstract List<BigDecimal> warningFractions();

  /**
   * Whether warnings of wall-clock deadlines are moved into the office calendar's working time
   * (see the class comment). True unless set otherwise, e.g. for a 24×7 emergency team.
   *
   * @return true to keep warnings inside working time
   */
  @Value.Default
  public boolean warningsInWorkingTime() {
    return true;
  }

  /**
   * This target without warning fractions: for callers that need the due instant only, since a
   * clock computes each warning (a product and a calendar query) when it starts.
   *
   * @return the target with no warnings; this one if it has none
   */
  public ServiceLevelTarget withoutWarnings() {
    if (warningFractions().isEmpty()) {
      return this;
    }
    return builder().ruleId(ruleId()).milestone(milestone()).rule(rule())
        .warningsInWorkingTime(warningsInWorkingTime()).build();
  }

  @Value.Check
  void check() {
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < warningFractions().size(); i++) {
      BigDecimal f = warningFractions().get(i);
      if (f.compareTo(previous) <= 0 || f.compareTo(BigDecimal.ONE) >= 0) {
        throw InvalidInputException.of("warningFractions[" + i + "]",
            MessageBundle.CORE.message("core.servicelevel.warningFraction"), f);
      }
      previous = f;
    }
  }

  /**
   * A builder; {@code ruleId}, {@code milestone} and {@code rule} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceLevelTarget}. */
  public static final class Builder extends ImmutableServiceLevelTarget.Builder {
    Builder() {}
  }
}
