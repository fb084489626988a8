package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency (金额).
 *
 * <p><b>Scale.</b> The amount always has exactly the currency's minor-unit scale
 * ({@link Currency#getDefaultFractionDigits()}): 2 for CNY (元.角分), 0 for JPY, 3 for KWD.
 * Currencies without a minor unit (such as the "no currency" code or gold, {@code XAU}) are
 * refused.
 *
 * <p><b>Rounding.</b> Nothing rounds silently. {@link #of(BigDecimal, Currency)} refuses an amount
 * with more decimal places than the currency has; every operation that can produce such an amount
 * ({@link #of(BigDecimal, Currency, RoundingMode)}, {@link #multipliedBy(BigDecimal, RoundingMode)},
 * {@link #dividedBy(BigDecimal, RoundingMode)}) takes an explicit {@link RoundingMode}. Addition,
 * subtraction, negation and multiplication by a whole number are exact.
 *
 * <p><b>Comparison.</b> Because the scale is fixed by the currency, {@link #equals(Object)} is
 * consistent with {@link #compareTo(Money)}: two amounts of one currency are equal exactly when they
 * compare as equal ({@code CNY 1.00} equals {@code Money.of(new BigDecimal("1"), CNY)}). Comparing
 * or combining amounts of different currencies throws {@link InvalidInputException}; there is no
 * conversion. Money of different currencies is never equal.
 *
 * <p>Text form: {@code "CNY 12.30"} — the ISO 4217 code, one space, the amount in plain notation
 * with the currency's scale; {@link #parse(CharSequence)} reads it back.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Exact money: {@code amount} must not have more decimal places than {@code currency} allows
   * (trailing zeros beyond the scale are fine: {@code 12.300} CNY is {@code CNY 12.30}).
   *
   * @param amount the amount in major units (元 for CNY)
   * @param currency the currency; must have a minor unit
   * @return the money, scaled to the currency's minor unit
   * @throws InvalidInputException if the currency has no minor unit or rounding would be needed
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    int digits = minorDigits(currency);
    try {
      return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("amount", MessageBundle.CORE.message("core.money.tooPrecise",
          "currency", currency.getCurrencyCode(), "digits", digits), amount);
    }
  }

  /**
   * Money rounded to the currency's minor unit with {@code rounding}.
   *
   * @param amount the amount in major units
   * @param currency the currency; must have a minor unit
   * @param rounding how to round to the minor unit; {@link RoundingMode#UNNECESSARY} behaves like
   *     {@link #of(BigDecimal, Currency)}
   * @return the rounded money
   * @throws InvalidInputException if the currency has no minor unit, or rounding is needed but
   *     {@code rounding} is {@code UNNECESSARY}
   */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      return of(amount, currency);
    }
    return new Money(amount.setScale(minorDigits(currency), rounding), currency);
  }

  /**
   * Money from a count of minor units: {@code ofMinor(1230, CNY)} is {@code CNY 12.30}.
   *
   * @param minorUnits the amount in minor units (分 for CNY)
   * @param currency the currency; must have a minor unit
   * @return the money
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the currency; must have a minor unit
   * @return zero, with the currency's scale
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * Reads the text form {@code "CNY 12.30"}: an ISO 4217 code, one space, an optional minus sign,
   * digits, and optionally a point and digits (no grouping, no exponent, no plus sign). The amount
   * must be exact in the currency's scale.
   *
   * @param text the text
   * @return the money
   * @throws InvalidInputException if the text is not of that form, names an unknown currency or
   *     has more decimal places than the currency allows
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw InvalidInputException.of("text",
          MessageBundle.CORE.message("core.money.malformed"), text);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(1));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("currency",
          MessageBundle.CORE.message("core.money.unknownCurrency"), m.group(1));
    }
    return of(new BigDecimal(m.group(2)), currency);
  }

  /**
   * The sum of {@code amounts}, exact.
   *
   * @param amounts the amounts, all in {@code currency}; may be empty
   * @param currency the currency of the result
   * @return the sum; zero if {@code amounts} is empty
   * @throws InvalidInputException if an amount is in another currency
   */
  public static Money sum(Iterable<Money> amounts, Currency currency) {
    requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.valueOf(0, minorDigits(currency));
    for (Money m : amounts) {
      requireNonNull(m, "amounts contains null");
      if (!m.currency.equals(currency)) {
        throw mismatch(currency, m.currency);
      }
      total = total.add(m.amount);
    }
    return new Money(total, currency);
  }

  private static int minorDigits(Currency currency) {
    requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw InvalidInputException.of("currency",
          MessageBundle.CORE.message("core.money.noMinorUnit"), currency.getCurrencyCode());
    }
    return digits;
  }

  private static InvalidInputException mismatch(Currency expected, Currency actual) {
    return InvalidInputException.of("currency", MessageBundle.CORE.message(
        "core.money.currencyMismatch", "expected", expected.getCurrencyCode()),
        actual.getCurrencyCode());
  }

  /**
   * The amount in major units, with exactly the currency's scale.
   *
   * @return the amount, e.g. {@code 12.30} for {@code CNY 12.30}
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The amount as a whole number of minor units: {@code 1230} for {@code CNY 12.30}.
   *
   * @return the minor units
   * @throws ArithmeticException if the amount does not fit in a {@code long}
   */
  public long minorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  /**
   * The amount as an unbounded whole number of minor units.
   *
   * @return the minor units
   */
  public BigInteger minorUnitsExact() {
    return amount.unscaledValue();
  }

  /**
   * Exact sum.
   *
   * @param other money of the same currency
   * @return {@code this + other}
   * @throws InvalidInputException if the currencies differ
   */
  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  /**
   * Exact difference.
   *
   * @param other money of the same currency
   * @return {@code this - other}
   * @throws InvalidInputException if the currencies differ
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /**
   * Exact product with a whole number.
   *
   * @param factor any whole number
   * @return {@code this × factor}
   */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Product with a decimal factor, rounded once to the minor unit.
   *
   * @param factor the factor, e.g. {@code 0.5} for half
   * @param rounding how to round the exact product to the minor unit
   * @return {@code this × factor}, rounded
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    requireNonNull(rounding, "rounding");
    return new Money(amount.multiply(factor).setScale(amount.scale(), rounding), currency);
  }

  /**
   * Quotient, rounded once to the minor unit.
   *
   * @param divisor the divisor; not zero
   * @param rounding how to round the exact quotient to the minor unit
   * @return {@code this ÷ divisor}, rounded
   * @throws InvalidInputException if {@code divisor} is zero
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw InvalidInputException.of("divisor",
          MessageBundle.CORE.message("core.money.divisionByZero"), divisor);
    }
    return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
  }

  /**
   * Quotient by a whole number, rounded once to the minor unit.
   *
   * @param divisor the divisor; not zero
   * @param rounding how to round the exact quotient to the minor unit
   * @return {@code this ÷ divisor}, rounded
   * @throws InvalidInputException if {@code divisor} is zero
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    return dividedBy(BigDecimal.valueOf(divisor), rounding);
  }

  /**
   * The same amount with the opposite sign.
   *
   * @return {@code -this}
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * The absolute value.
   *
   * @return {@code |this|}
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Whether this is more than {@code other}.
   *
   * @param other money of the same currency
   * @return {@code this > other}
   * @throws InvalidInputException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this is less than {@code other}.
   *
   * @param other money of the same currency
   * @return {@code this < other}
   * @throws InvalidInputException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * The smaller of this and {@code other}; this one if they are equal.
   *
   * @param other money of the same currency
   * @return the minimum
   * @throws InvalidInputException if the currencies differ
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of this and {@code other}; this one if they are equal.
   *
   * @param other money of the same currency
   * @return the maximum
   * @throws InvalidInputException if the currencies differ
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  private Money sameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw mismatch(currency, other.currency);
    }
    return other;
  }

  /**
   * Compares amounts of the same currency by value.
   *
   * @param other money of the same currency
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   * @throws InvalidInputException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  /**
   * Equal if the currency and the amount are equal; consistent with {@link #compareTo(Money)}
   * because the scale is fixed by the currency.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && ((Money) other).currency.equals(currency)
        && ((Money) other).amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * The text form, e.g. {@code "CNY 12.30"} or {@code "JPY -5"}; {@link #parse(CharSequence)}
   * reads it back.
   *
   * @return the ISO code, a space and the plain amount
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount.toPlainString();
  }
}
