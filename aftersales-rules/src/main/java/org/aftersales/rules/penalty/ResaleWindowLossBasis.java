package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.aftersales.core.penalty.LossAssessment;
import org.aftersales.core.penalty.LossBasis;
import org.aftersales.core.penalty.LossBasisPolicy;
import org.aftersales.core.penalty.LossFacts;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.rules.support.RulesMessages;

/**
 * The loss a complaint case is charged on (损失核算), PEN-01: after responsibility is decided the
 * returned goods get a resale window — one calendar month in the seed (给予一个月的转售时间) — and
 * the case is charged on the loss against the A-grade price if they are resold within it (以A级售价
 * 损失的金额), on the actual loss if they are not (未售出时以实际损失金额).
 *
 * <h2>The window</h2>
 * The window ends on {@code decisionDate.plus(window)}, and that last day belongs to it. Month
 * arithmetic is {@code java.time}'s: a month after 15 March is 15 April; a month after 31 January
 * is 28 February (29 February in a leap year), because February has no 31st; a month after 30
 * April is 30 May. Dates are business dates: the caller turns instants into dates in the company's zone
 * before asking, so the JVM's default zone plays no part.
 *
 * <table>
 *   <caption>Outcomes (window end W)</caption>
 *   <tr><th>Goods</th><th>{@code asOf}</th><th>Assessment</th></tr>
 *   <tr><td>resold on or before W (a sale before the decision date counts as within)</td>
 *       <td>any</td><td>{@code Determined(A_GRADE_PRICE_LOSS, aGradePriceLoss, W)}</td></tr>
 *   <tr><td>resold after W</td><td>any</td>
 *       <td>{@code Determined(ACTUAL_LOSS, actualLoss, W)}</td></tr>
 *   <tr><td>not resold</td><td>after W</td>
 *       <td>{@code Determined(ACTUAL_LOSS, actualLoss, W)}</td></tr>
 *   <tr><td>not resold</td><td>on or before W</td><td>{@code Pending(W)}: the window is still
 *       open</td></tr>
 * </table>
 * {@code asOf} matters only for goods not (yet) resold: a recorded resale decides by its own date.
 * Amounts are returned as recorded in the facts, exact, in their currency; nothing is rounded.
 *
 * <p>Immutable and thread-safe. Two policies are equal if their windows are equal
 * ({@link Period#equals}: {@code P1M} and {@code P30D} differ).
 */
public final class ResaleWindowLossBasis implements LossBasisPolicy {

  /** The seed's resale window: one calendar month (PEN-01). */
  public static final Period SEED_WINDOW = Period.ofMonths(1);

  private static final ResaleWindowLossBasis SEED = new ResaleWindowLossBasis(SEED_WINDOW);

  private final Period window;

  private ResaleWindowLossBasis(Period window) {
    this.window = window;
  }

  /**
   * The seed's rule: a resale window of one calendar month (PEN-01).
   *
   * @return the policy with {@link #SEED_WINDOW}
   */
  public static ResaleWindowLossBasis seed() {
    return SEED;
  }

  /**
   * A policy with another resale window, e.g. {@code Period.ofDays(45)} or
   * {@code Period.ofMonths(2)}.
   *
   * @param window the window's length in years, months and days; positive: not zero and no part
   *     negative
   * @return the policy
   * @throws InvalidInputException (path {@code window}) if the window is zero or has a negative
   *     part
   */
  public static ResaleWindowLossBasis of(Period window) {
    requireNonNull(window, "window");
    if (window.isZero() || window.isNegative()) {
      throw InvalidInputException.of("window",
          RulesMessages.BUNDLE.message("rules.penalty.alloc.windowNotPositive"), window);
    }
    return new ResaleWindowLossBasis(window);
  }

  /**
   * The length of the resale window.
   *
   * @return the window, positive
   */
  public Period window() {
    return window;
  }

  /**
   * The last day of the resale window for a decision date: {@code decisionDate.plus(window())}.
   *
   * @param decisionDate when responsibility was decided (a business date), in the {@linkplain
   *     SupportedTime supported range}
   * @return the last day on which a resale counts as within the window
   * @throws InvalidInputException (path {@code decisionDate}) if the decision date lies outside
   *     the supported range or the window would end after its last date, 2300-12-31
   */
  public LocalDate windowEnd(LocalDate decisionDate) {
    SupportedTime.require(decisionDate, "decisionDate");
    LocalDate end;
    try {
      end = decisionDate.plus(window);
    } catch (DateTimeException | ArithmeticException e) {
      // A window of more than a billion years: past the range as surely as any other.
      end = null;
    }
    if (end == null || !SupportedTime.contains(end)) {
      throw SupportedTime.resultOutside("decisionDate", decisionDate + " + " + window);
    }
    return end;
  }

  /**
   * Assesses the loss of a case as of a business date (see the class comment for every outcome).
   *
   * @param facts the decision date, the actual loss and the resale, if any
   * @param asOf the business date of the assessment; used only when the goods were not resold
   * @return {@link LossAssessment.Determined} with the basis, the loss (as recorded, exact) and
   *     the window end, or {@link LossAssessment.Pending} with the window end while unsold goods
   *     still have time
   * @throws InvalidInputException (path {@code decisionDate}, {@code resoldOn} or {@code asOf})
   *     if a date lies outside the {@linkplain SupportedTime supported range}, or the window
   *     would end after it
   */
  @Override
  public LossAssessment assess(LossFacts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    SupportedTime.require(asOf, "asOf");
    facts.resoldOn().ifPresent(date -> SupportedTime.require(date, "resoldOn"));
    LocalDate windowEnd = windowEnd(facts.decisionDate());
    if (facts.resoldOn().isPresent()) {
      if (!facts.resoldOn().get().isAfter(windowEnd)) {
        return new LossAssessment.Determined(LossBasis.A_GRADE_PRICE_LOSS,
            facts.aGradePriceLoss().orElseThrow(), windowEnd);
      }
      return new LossAssessment.Determined(LossBasis.ACTUAL_LOSS, facts.actualLoss(), windowEnd);
    }
    if (asOf.isAfter(windowEnd)) {
      return new LossAssessment.Determined(LossBasis.ACTUAL_LOSS, facts.actualLoss(), windowEnd);
    }
    return new LossAssessment.Pending(windowEnd);
  }

  /**
   * Equal if the windows are equal.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResaleWindowLossBasis that && that.window.equals(window);
  }

  @Override
  public int hashCode() {
    return window.hashCode();
  }

  /**
   * For logs.
   *
   * @return e.g. {@code ResaleWindowLossBasis[P1M]}
   */
  @Override
  public String toString() {
    return "ResaleWindowLossBasis[" + window + "]";
  }
}
