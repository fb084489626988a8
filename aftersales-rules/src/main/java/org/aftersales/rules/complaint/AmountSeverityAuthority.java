package org.aftersales.rules.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.core.complaint.ApprovalAuthorityPolicy;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.support.RulesMessages;

/**
 * The approval authority by amount bands and severity (核决权限), CMP-07: the level that decides a
 * complaint's synthesis is the higher of the level of the amount's band and the severity's
 * minimum level.
 *
 * <p><b>Bands, per currency.</b> For each configured currency two inclusive upper bounds: an amount
 * up to and including the sales manager's bound is the sales manager's (业务经理); above it, up to
 * and including the deputy general manager's bound, the deputy general manager's (副总经理); above
 * that, the general manager's (总经理). The amount is the loss or compensation the company bears,
 * in its own currency; there is no conversion, and an amount in a currency that is not configured
 * is refused (CMP-07), so that a case is never decided at a level nobody chose for it.
 *
 * <p><b>Severity minimums.</b> A serious case (重大) goes at once to the deputy general manager
 * (SUR-04, P2 §26), so its minimum is {@link ApprovalLevel#DEPUTY_GENERAL_MANAGER}; a general one
 * has none beyond the lowest level. Both are configurable.
 *
 * <p><b>The seed's default.</b> The seed names the three levels but no amounts.
 * {@link #seed(Currency)} assumes {@value #SEED_SALES_MANAGER_UP_TO} and
 * {@value #SEED_DEPUTY_UP_TO} major units (CNY 5 000 and CNY 50 000 for 元): up to 5 000 the sales
 * manager, up to 50 000 the deputy general manager, above the general manager. These are
 * assumptions to be replaced by the adopter's own authority table ({@link #builder()}).
 *
 * <pre>{@code
 * ApprovalAuthorityPolicy authority = AmountSeverityAuthority.builder()
 *     .bands(Money.parse("CNY 5000.00"), Money.parse("CNY 50000.00"))
 *     .bands(Money.parse("USD 700.00"), Money.parse("USD 7000.00"))
 *     .minimum(ComplaintSeverity.SERIOUS, ApprovalLevel.DEPUTY_GENERAL_MANAGER)
 *     .build();
 * authority.requiredFor(Money.parse("CNY 5000.01"), ComplaintSeverity.GENERAL);
 *     // DEPUTY_GENERAL_MANAGER
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AmountSeverityAuthority implements ApprovalAuthorityPolicy {

  /** The rule this policy implements. */
  public static final RuleId RULE = RuleId.of("CMP-07");
  /** The seed's assumed upper bound of the sales manager's band, in major units: 5 000. */
  public static final long SEED_SALES_MANAGER_UP_TO = 5_000;
  /** The seed's assumed upper bound of the deputy general manager's band, in major units: 50 000. */
  public static final long SEED_DEPUTY_UP_TO = 50_000;

  /** By currency code, so that {@link #toString()} lists the currencies in a stable order. */
  private final Map<String, Bands> bands;
  private final Map<ComplaintSeverity, ApprovalLevel> minimums;

  private AmountSeverityAuthority(Map<String, Bands> bands,
      Map<ComplaintSeverity, ApprovalLevel> minimums) {
    this.bands = bands;
    this.minimums = minimums;
  }

  /**
   * The seed's authority for one currency: bands up to {@value #SEED_SALES_MANAGER_UP_TO} (sales
   * manager) and {@value #SEED_DEPUTY_UP_TO} (deputy general manager) major units of
   * {@code currency}, both inclusive, the general manager above; a serious case at least to the
   * deputy general manager (SUR-04). The amounts are assumptions (the seed names none).
   *
   * @param currency the one currency configured, e.g. CNY
   * @return the policy
   * @throws InvalidInputException if the currency has no minor unit (as {@link Money})
   */
  public static AmountSeverityAuthority seed(Currency currency) {
    return builder()
        .bands(Money.of(BigDecimal.valueOf(SEED_SALES_MANAGER_UP_TO), currency),
            Money.of(BigDecimal.valueOf(SEED_DEPUTY_UP_TO), currency))
        .build();
  }

  /**
   * A builder with the seed's severity minimums (general: the sales manager; serious: the deputy
   * general manager) and no bands; at least one currency's bands are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ApprovalLevel requiredFor(Money amount, ComplaintSeverity severity) {
    requireNonNull(amount, "amount");
    requireNonNull(severity, "severity");
    if (amount.isNegative()) {
      throw InvalidInputException.of("amount", RulesMessages.BUNDLE.message(
          "rules.decision.amountNegative"), amount);
    }
    Bands b = bands.get(amount.currency().getCurrencyCode());
    if (b == null) {
      throw new RuleRefusalException(RULE, RulesMessages.BUNDLE.message(
          "rules.decision.currencyNotConfigured", "currency", amount.currency().getCurrencyCode(),
          "configured", String.join(", ", bands.keySet())));
    }
    ApprovalLevel byAmount = !amount.isGreaterThan(b.salesManagerUpTo())
        ? ApprovalLevel.SALES_MANAGER
        : !amount.isGreaterThan(b.deputyUpTo())
            ? ApprovalLevel.DEPUTY_GENERAL_MANAGER
            : ApprovalLevel.GENERAL_MANAGER;
    ApprovalLevel minimum = minimums.get(severity);
    return byAmount.covers(minimum) ? byAmount : minimum;
  }

  /**
   * Equal if the bands of every currency and the severity minimums are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AmountSeverityAuthority that && bands.equals(that.bands)
        && minimums.equals(that.minimums);
  }

  /**
   * Consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(bands, minimums);
  }

  /**
   * E.g. {@code AmountSeverityAuthority[CNY ≤ 5000.00 / ≤ 50000.00, minimums {GENERAL=SALES_MANAGER,
   * SERIOUS=DEPUTY_GENERAL_MANAGER}]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AmountSeverityAuthority[");
    for (Bands b : bands.values()) {
      s.append(b.salesManagerUpTo().currency().getCurrencyCode()).append(" ≤ ")
          .append(b.salesManagerUpTo().amount().toPlainString()).append(" / ≤ ")
          .append(b.deputyUpTo().amount().toPlainString()).append(", ");
    }
    return s.append("minimums ").append(minimums).append(']').toString();
  }

  /** The two inclusive upper bounds of one currency. */
  private record Bands(Money salesManagerUpTo, Money deputyUpTo) {}

  /**
   * Builds an {@link AmountSeverityAuthority}: {@link #bands} once per currency, {@link #minimum}
   * to change a severity's minimum level. Not thread-safe.
   */
  public static final class Builder {

    private final Map<String, Bands> bands = new TreeMap<>();
    private final Map<ComplaintSeverity, ApprovalLevel> minimums =
        new EnumMap<>(ComplaintSeverity.class);

    private Builder() {
      minimums.put(ComplaintSeverity.GENERAL, ApprovalLevel.SALES_MANAGER);
      minimums.put(ComplaintSeverity.SERIOUS, ApprovalLevel.DEPUTY_GENERAL_MANAGER);
    }

    /**
     * The bands of one currency, both bounds inclusive: up to {@code salesManagerUpTo} the sales
     * manager, up to {@code deputyUpTo} the deputy general manager, above it the general manager.
     * Equal bounds leave the deputy general manager no band of amounts (only the severity minimum
     * sends a case there).
     *
     * @param salesManagerUpTo the highest amount the sales manager decides, 0 or more
     * @param deputyUpTo the highest amount the deputy general manager decides, at least
     *     {@code salesManagerUpTo}, in the same currency
     * @return this builder
     * @throws InvalidInputException (path {@code salesManagerUpTo}) if it is negative; (path
     *     {@code deputyUpTo}) if it is in another currency or below {@code salesManagerUpTo};
     *     (path {@code bands}) if the currency's bands are already configured
     */
    public Builder bands(Money salesManagerUpTo, Money deputyUpTo) {
      requireNonNull(salesManagerUpTo, "salesManagerUpTo");
      requireNonNull(deputyUpTo, "deputyUpTo");
      if (salesManagerUpTo.isNegative()) {
        throw InvalidInputException.of("salesManagerUpTo", RulesMessages.BUNDLE.message(
            "rules.decision.amountNegative"), salesManagerUpTo);
      }
      if (!deputyUpTo.currency().equals(salesManagerUpTo.currency())) {
        throw InvalidInputException.of("deputyUpTo", RulesMessages.BUNDLE.message(
            "rules.decision.bandCurrency", "currency", salesManagerUpTo.currency()), deputyUpTo);
      }
      if (deputyUpTo.isLessThan(salesManagerUpTo)) {
        throw InvalidInputException.of("deputyUpTo", RulesMessages.BUNDLE.message(
            "rules.decision.bandOrder", "salesManagerUpTo", salesManagerUpTo), deputyUpTo);
      }
      String code = salesManagerUpTo.currency().getCurrencyCode();
      if (bands.containsKey(code)) {
        throw InvalidInputException.of("bands", RulesMessages.BUNDLE.message(
            "rules.decision.currencyTwice", "currency", code), code);
      }
      bands.put(code, new Bands(salesManagerUpTo, deputyUpTo));
      return this;
    }

    /**
     * The lowest level that decides a case of this severity, whatever its amount.
     *
     * @param severity the severity
     * @param level its minimum level
     * @return this builder
     */
    public Builder minimum(ComplaintSeverity severity, ApprovalLevel level) {
      minimums.put(requireNonNull(severity, "severity"), requireNonNull(level, "level"));
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     * @throws InvalidInputException (path {@code bands}) if no currency's bands are configured
     */
    public AmountSeverityAuthority build() {
      if (bands.isEmpty()) {
        throw InvalidInputException.of("bands", RulesMessages.BUNDLE.message(
            "rules.decision.noBands"));
      }
      return new AmountSeverityAuthority(Collections.unmodifiableMap(new TreeMap<>(bands)),
          Collections.unmodifiableMap(new EnumMap<>(minimums)));
    }
  }
}
