package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.penalty.AdministrativeCause;
import org.aftersales.core.penalty.AdministrativePenalty;
import org.aftersales.core.penalty.AdministrativePenaltyPolicy;
import org.aftersales.core.penalty.DemeritKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The conversion of administrative penalties into money (行政处分折算罚扣), PEN-03 and PEN-04,
 * with the seed's defaults:
 *
 * <table>
 *   <caption>Seed conversion</caption>
 *   <tr><th>Kind</th><th>Amount</th></tr>
 *   <tr><td>{@link DemeritKind#WARNING} (警告)</td><td>at least 400 per warning:
 *       {@code max(400 × count, decided amount)}</td></tr>
 *   <tr><td>{@link DemeritKind#MINOR_DEMERIT} (小过)</td><td>at least 800 per base point per
 *       demerit (每基数罚扣800元以上): {@code max(800 × base points × count, decided amount)}</td></tr>
 *   <tr><td>{@link DemeritKind#MAJOR_DEMERIT} (大过), {@link DemeritKind#MORE_SEVERE}
 *       (大过以上)</td><td>the whole month's efficiency bonus</td></tr>
 * </table>
 *
 * <p>The amounts are in the currency given to {@link #seed(Currency)} or
 * {@link #builder(Currency)}, in whole major units (CNY 400.00, JPY 400); the monthly bonus must be
 * in the same currency.
 *
 * <p><b>Causes (PEN-03).</b> Every one of the fifteen {@link AdministrativeCause}s is converted the
 * same way: the cause decides whether a penalty is given, not what it costs.
 *
 * <p><b>"At least".</b> The source sets minimums. A decided amount above the minimum
 * (the {@code decidedAmount} of
 * {@link #deduction(AdministrativePenalty, BasePoints, Money, Money)}) is taken as it is; one below the minimum is
 * raised to it. For a major demerit or worse the whole bonus is both the minimum and the most that
 * can be taken from the bonus, so neither the count nor a decided amount changes it (two major
 * demerits in one month still take one whole bonus, and a zero bonus gives zero).
 *
 * <p><b>Rounding.</b> Base points have at most four decimals, so {@code 800 × 1.2345 × count} may
 * have more decimals than the currency; only then is the product rounded, once,
 * {@link RoundingMode#HALF_UP} to the minor unit (JPY 800 × 1.0005 = JPY 800.4 → JPY 800). With
 * whole base points nothing is rounded.
 *
 * <p><b>Not capped by PEN-08.</b> Administrative penalties follow another regulation (行政处罚准则)
 * than the complaint deductions (经济处罚准则), whose monthly cap ({@link CappedDeduction}) does
 * not apply to them; the amount is not added to a penalty account. A warning or minor demerit can
 * therefore cost more than the month's bonus (three minor demerits at 2 base points: 4 800), and
 * more than a major demerit; the source says nothing about that. An adopter who wants the
 * amount never to exceed the month's bonus sets {@link Builder#limitedToMonthlyBonus(boolean)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DemeritConversion implements AdministrativePenaltyPolicy {

  /** The seed's minimum per warning, in major units of the currency: 400. */
  public static final long SEED_WARNING_MINIMUM = 400;
  /** The seed's minimum per base point per minor demerit, in major units: 800. */
  public static final long SEED_MINOR_DEMERIT_PER_BASE_POINT = 800;

  private final Currency currency;
  private final Money warningMinimum;
  private final Money minorDemeritPerBasePoint;
  private final boolean limitedToMonthlyBonus;

  private DemeritConversion(Builder b) {
    this.currency = b.currency;
    this.warningMinimum = b.warningMinimum;
    this.minorDemeritPerBasePoint = b.minorDemeritPerBasePoint;
    this.limitedToMonthlyBonus = b.limitedToMonthlyBonus;
  }

  /**
   * The seed's conversion: a warning at least 400 each, a minor demerit at least 800 per base
   * point each, a major demerit or worse the whole month's bonus; amounts not limited to the
   * bonus.
   *
   * @param currency the currency of the amounts and of the bonuses; must have a minor unit
   * @return the conversion
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static DemeritConversion seed(Currency currency) {
    return builder(currency).build();
  }

  /**
   * A builder starting from the seed's amounts (400 and 800 in whole major units of
   * {@code currency}), not limited to the bonus.
   *
   * @param currency the currency of the amounts and of the bonuses; must have a minor unit
   * @return a new builder
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
  }

  /**
   * The currency of the amounts and of the bonuses this conversion accepts.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The least amount per warning.
   *
   * @return the amount, zero or more (seed: 400)
   */
  public Money warningMinimum() {
    return warningMinimum;
  }

  /**
   * The least amount per base point per minor demerit.
   *
   * @return the amount, zero or more (seed: 800)
   */
  public Money minorDemeritPerBasePoint() {
    return minorDemeritPerBasePoint;
  }

  /**
   * Whether a warning's or a minor demerit's amount is limited to the month's bonus.
   *
   * @return false by default
   */
  public boolean limitedToMonthlyBonus() {
    return limitedToMonthlyBonus;
  }

  /**
   * The amount to deduct for an administrative penalty (see the class comment): a warning
   * {@code max(warningMinimum × count, decided)}, a minor demerit
   * {@code max(minorDemeritPerBasePoint × basePoints × count, decided)} (rounded once,
   * {@link RoundingMode#HALF_UP}, to the minor unit when base points with decimals make it
   * necessary), a major demerit or worse the whole {@code monthlyBonus}. With
   * {@link Builder#limitedToMonthlyBonus(boolean)} the first two are at most the bonus.
   *
   * @param penalty the penalty; any of the fifteen causes
   * @param basePoints the person's base points (used for a minor demerit only)
   * @param monthlyBonus the month's efficiency bonus, zero or more, in this conversion's currency
   * @return the amount, zero or more, in the bonus's currency
   * @throws InvalidInputException if the bonus is negative or in another currency (path
   *     {@code monthlyBonus}; every problem listed)
   */
  @Override
  public Money deduction(AdministrativePenalty penalty, BasePoints basePoints,
      Money monthlyBonus) {
    return deduction(penalty, basePoints, monthlyBonus, Money.zero(currency));
  }

  /**
   * The amount to deduct, when an amount above the minimum was decided (see the class comment).
   *
   * @param penalty the penalty; any of the fifteen causes
   * @param basePoints the person's base points (used for a minor demerit only)
   * @param monthlyBonus the month's efficiency bonus, zero or more, in this conversion's currency
   * @param decidedAmount an amount decided above the minimum, zero or more, in this conversion's
   *     currency; one below the minimum is raised to it
   * @return the amount, zero or more, in the bonus's currency
   * @throws InvalidInputException if the bonus or the decided amount is negative, or in another
   *     currency (paths {@code monthlyBonus}, {@code decidedAmount}; every problem listed)
   */
  @Override
  public Money deduction(AdministrativePenalty penalty, BasePoints basePoints,
      Money monthlyBonus, Money decidedAmount) {
    requireNonNull(penalty, "penalty");
    requireNonNull(basePoints, "basePoints");
    requireNonNull(monthlyBonus, "monthlyBonus");
    requireNonNull(decidedAmount, "decidedAmount");
    List<Violation> violations = new ArrayList<>();
    if (monthlyBonus.isNegative()) {
      violations.add(Violation.of("monthlyBonus",
          message("rules.penalty.demerit.bonusNegative"), monthlyBonus));
    }
    if (!monthlyBonus.currency().equals(currency)) {
      violations.add(Violation.of("monthlyBonus", currencyMessage(), monthlyBonus));
    }
    if (decidedAmount.isNegative()) {
      violations.add(Violation.of("decidedAmount",
          message("rules.penalty.demerit.amountNegative"), decidedAmount));
    }
    if (!decidedAmount.currency().equals(currency)) {
      violations.add(Violation.of("decidedAmount", currencyMessage(), decidedAmount));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Money minimum;
    switch (penalty.kind()) {
      case WARNING:
        minimum = warningMinimum.multipliedBy(penalty.count());
        break;
      case MINOR_DEMERIT:
        minimum = minorDemeritPerBasePoint.multipliedBy(
            basePoints.value().multiply(BigDecimal.valueOf(penalty.count())),
            RoundingMode.HALF_UP);
        break;
      default:
        return monthlyBonus;
    }
    Money amount = minimum.max(decidedAmount);
    return limitedToMonthlyBonus ? amount.min(monthlyBonus) : amount;
  }

  private LocalizableMessage currencyMessage() {
    return message("rules.penalty.demerit.currency", "expected", currency.getCurrencyCode());
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  /**
   * Equal if currency, amounts and the limit setting are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DemeritConversion that && that.currency.equals(currency) && that.warningMinimum.equals(warningMinimum)
        && that.minorDemeritPerBasePoint.equals(minorDemeritPerBasePoint)
        && that.limitedToMonthlyBonus == limitedToMonthlyBonus;
  }

  @Override
  public int hashCode() {
    return Objects.hash(warningMinimum, minorDemeritPerBasePoint, limitedToMonthlyBonus);
  }

  /**
   * For logs.
   *
   * @return e.g. {@code DemeritConversion[warning ≥ CNY 400.00, minor demerit ≥ CNY 800.00 per
   *     base point, major demerit or worse = the whole bonus]}
   */
  @Override
  public String toString() {
    return "DemeritConversion[warning ≥ " + warningMinimum + ", minor demerit ≥ "
        + minorDemeritPerBasePoint + " per base point, major demerit or worse = the whole bonus"
        + (limitedToMonthlyBonus ? ", limited to the bonus" : "") + "]";
  }

  /**
   * Builds a {@link DemeritConversion}; starts from the seed's amounts. Not thread-safe; the
   * conversion it builds is.
   */
  public static final class Builder {

    private final Currency currency;
    private Money warningMinimum;
    private Money minorDemeritPerBasePoint;
    private boolean limitedToMonthlyBonus;

    private Builder(Currency currency) {
      this.currency = requireNonNull(currency, "currency");
      this.warningMinimum = Money.of(BigDecimal.valueOf(SEED_WARNING_MINIMUM), currency);
      this.minorDemeritPerBasePoint =
          Money.of(BigDecimal.valueOf(SEED_MINOR_DEMERIT_PER_BASE_POINT), currency);
    }

    /**
     * The least amount per warning; checked by {@link #build()}.
     *
     * @param amount zero or more, in the builder's currency; default 400 major units
     * @return this builder
     */
    public Builder warningMinimum(Money amount) {
      this.warningMinimum = requireNonNull(amount, "amount");
      return this;
    }

    /**
     * The least amount per base point per minor demerit; checked by {@link #build()}.
     *
     * @param amount zero or more, in the builder's currency; default 800 major units
     * @return this builder
     */
    public Builder minorDemeritPerBasePoint(Money amount) {
      this.minorDemeritPerBasePoint = requireNonNull(amount, "amount");
      return this;
    }

    /**
     * Whether a warning's or a minor demerit's amount is limited to the month's bonus, so that
     * it never costs more than a major demerit. The source does not say so; default {@code false}.
     *
     * @param limited true to take at most the whole bonus
     * @return this builder
     */
    public Builder limitedToMonthlyBonus(boolean limited) {
      this.limitedToMonthlyBonus = limited;
      return this;
    }

    /**
     * Checks the amounts and builds the conversion.
     *
     * @return the conversion
     * @throws InvalidInputException listing every amount that is negative or in another currency
     *     (paths {@code warningMinimum}, {@code minorDemeritPerBasePoint})
     */
    public DemeritConversion build() {
      List<Violation> violations = new ArrayList<>();
      check("warningMinimum", warningMinimum, violations);
      check("minorDemeritPerBasePoint", minorDemeritPerBasePoint, violations);
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new DemeritConversion(this);
    }

    private void check(String path, Money amount, List<Violation> violations) {
      if (amount.isNegative()) {
        violations.add(Violation.of(path, message("rules.penalty.demerit.amountNegative"), amount));
      }
      if (!amount.currency().equals(currency)) {
        violations.add(Violation.of(path, message("rules.penalty.demerit.currency",
            "expected", currency.getCurrencyCode()), amount));
      }
    }
  }
}
