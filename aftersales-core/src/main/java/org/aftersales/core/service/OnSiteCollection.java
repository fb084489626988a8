package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;

/**
 * What a paid job (有费服务, category A) is charged and how it is settled (SVC-04, P2 §10):
 * "其费用较低者，应由技术人员当场向客户收费 … 否则应于当天凭服务凭证至会计员处开具发票".
 *
 * <p><b>Amount due</b> = the parts (each line's quantity × unit price) + the labour (the report's
 * minutes × {@link #labourRatePerHour()} ÷ 60, rounded half-up to the currency's minor unit) + the
 * travel cost, all exact. An amount at or below {@link #limit()} is collected on site; above it,
 * an invoice is due the same business day.
 *
 * <p><b>Seed-silent defaults</b> ({@link #seed()}): the seed gives no figure for "较低" (a low
 * fee), and its quote for jobs outside the warranty names parts and travel only (P11 §二.2:
 * "报价（包括零配件，人员出差等）"), no labour. The library therefore chooses a limit of
 * CNY 500.00 and a labour rate of CNY 0.00 per hour; both are configuration, to be set by each
 * service department.
 *
 * @param limit the largest amount collected on site (inclusive), not negative
 * @param labourRatePerHour what one hour of labour costs, not negative, in the limit's currency
 */
public record OnSiteCollection(Money limit, Money labourRatePerHour) {

  /** The seed-silent default limit: CNY 500.00 (a choice, see the class comment). */
  public static final Money SEED_LIMIT = Money.of(new BigDecimal("500.00"),
      Currency.getInstance("CNY"));

  /**
   * Checks the configuration.
   *
   * @param limit the collection limit
   * @param labourRatePerHour the labour rate
   * @throws InvalidInputException if an amount is negative or the currencies differ
   */
  public OnSiteCollection {
    requireNonNull(limit, "limit");
    requireNonNull(labourRatePerHour, "labourRatePerHour");
    if (limit.isNegative()) {
      throw InvalidInputException.of("limit",
          MessageBundle.CORE.message("core.lifecycle.negativeAmount"), limit);
    }
    if (!labourRatePerHour.currency().equals(limit.currency())) {
      throw InvalidInputException.of("labourRatePerHour", MessageBundle.CORE.message(
          "core.lifecycle.currency", "currency", limit.currency().getCurrencyCode()),
          labourRatePerHour);
    }
    if (labourRatePerHour.isNegative()) {
      throw InvalidInputException.of("labourRatePerHour",
          MessageBundle.CORE.message("core.lifecycle.negativeAmount"), labourRatePerHour);
    }
  }

  /**
   * The seed-silent defaults: collect up to CNY 500.00 on site, labour free (CNY 0.00 an hour).
   *
   * @return the configuration
   */
  public static OnSiteCollection seed() {
    return new OnSiteCollection(SEED_LIMIT, Money.zero(SEED_LIMIT.currency()));
  }

  /**
   * The currency every amount of a job is in.
   *
   * @return the limit's currency
   */
  public Currency currency() {
    return limit.currency();
  }

  /**
   * The labour's price for {@code minutes}: rate × minutes ÷ 60, rounded half-up to the
   * currency's minor unit.
   *
   * @param minutes whole minutes, 0 or more
   * @return the amount, in {@link #currency()}
   */
  public Money labour(int minutes) {
    return labourRatePerHour.multipliedBy(minutes).dividedBy(60, RoundingMode.HALF_UP);
  }

  /**
   * The amount due for a report: parts + labour + travel.
   *
   * @param report the service report, its amounts in {@link #currency()}
   * @return the amount, exact but for the labour's rounding
   */
  public Money amountDue(ServiceReport report) {
    return report.partsAmount(currency()).plus(labour(report.labourMinutes()))
        .plus(report.travelCost());
  }

  /**
   * Whether {@code amount} is collected on site: at or below the limit.
   *
   * @param amount the amount due
   * @return true if collected on site, false if invoiced
   */
  public boolean collectsOnSite(Money amount) {
    return !amount.isGreaterThan(limit);
  }
}
