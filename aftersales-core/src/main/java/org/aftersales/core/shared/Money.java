package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency (金额).
 *
 * <p><b>Units.</b> {@link #amount()} and the {@code BigDecimal} factories speak in major units
 * (元 for CNY); {@link #ofMinor(long, Currency)}, {@link #minorUnits()} and
 * {@link #minorUnitsExact()} in minor units (分 for CNY: {@code CNY 12.30} is 1230 minor units).
 *
 * <p><b>Scale.</b> The amount always has exactly the currency's minor-unit scale
 * ({@link Currency#getDefaultFractionDigits()}): 2 for CNY (元.角分), 0 for JPY, 3 for KWD.
 * Currencies without a minor unit (such as the "no currency" code or gold, {@code XAU}) are
 * refused.
 *
 * <p><b>Range.</b> Amounts are unbounded in both directions and of either sign: the amount is a
 * {@link BigDecimal} with an unlimited number of digits, so sums and products never overflow. Only
 * {@link #minorUnits()} is bounded: it needs the minor units to fit in a {@code long}
 * (±9 223 372 036 854 775 807 minor units, about ±92 233 720 368 547 758.07 元) and says so with an
 * {@link ArithmeticException} otherwise; {@link #minorUnitsExact()} has no bound.
 *
 * <p><b>Rounding.</b> Nothing rounds silently. Exact, with no rounding at all:
 * {@link #ofMinor(long, Currency)}, {@link #zero(Currency)}, {@link #plus(Money)},
 * {@link #minus(Money)}, {@link #sum(Iterable, Currency)}, {@link #negated()}, {@link #abs()},
 * {@link #multipliedBy(long)}, {@link #min(Money)}, {@link #max(Money)} and the comparisons.
 * Exact or refused: {@link #of(BigDecimal, Currency)} and {@link #parse(CharSequence)} refuse an
 * amount with more decimal places than the currency has. Rounded once, to the currency's minor
 * unit, with the {@link RoundingMode} the caller passes: {@link #of(BigDecimal, Currency,
 * RoundingMode)}, {@link #multipliedBy(BigDecimal, RoundingMode)} and both {@code dividedBy}
 * methods; the exact result is rounded, never an intermediate one. Wherever
 * {@link RoundingMode#UNNECESSARY} is passed and the exact result does not fit the minor unit, the
 * operation throws {@link InvalidInputException} (never a bare {@link ArithmeticException}).
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

  private InvalidInputException roundingNeeded() {
    return InvalidInputException.of("rounding", MessageBundle.CORE.message(
        "core.money.roundingNeeded", "currency", currency.getCurrencyCode(),
        "digits", amount.scale()), RoundingMode.UNNECESSARY);
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
   * Product with a decimal factor: the exact product is rounded once to the minor unit.
   *
   * <p>{@code CNY 0.01 × 0.5} is {@code CNY 0.01} with {@link RoundingMode#CEILING}, {@code CNY 0.00}
   * with {@link RoundingMode#HALF_EVEN}, and refused with {@link RoundingMode#UNNECESSARY}.
   *
   * @param factor the factor, any sign and scale, e.g. {@code 0.5} for half
   * @param rounding how to round the exact product to the minor unit
   * @return {@code this × factor}, rounded
   * @throws InvalidInputException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   *     (path {@code rounding})
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    requireNonNull(rounding, "rounding");
    BigDecimal exact = amount.multiply(factor);
    try {
      return new Money(exact.setScale(amount.scale(), rounding), currency);
    } catch (ArithmeticException e) {
      // Reducing the scale throws only when UNNECESSARY meets digits that would have to go.
      throw roundingNeeded();
    }
  }

  /**
   * Quotient: the exact quotient (which may have infinitely many decimals, as 1 ÷ 3) is rounded
   * once to the minor unit.
   *
   * <p>{@code CNY 100.00 ÷ 3} is {@code CNY 33.33} with {@link RoundingMode#HALF_EVEN},
   * {@code CNY 33.34} with {@link RoundingMode#CEILING}, and refused with
   * {@link RoundingMode#UNNECESSARY}; {@code CNY 100.00 ÷ 4} is {@code CNY 25.00} with any mode.
   *
   * @param divisor the divisor, any sign and scale; not zero
   * @param rounding how to round the exact quotient to the minor unit
   * @return {@code this ÷ divisor}, rounded
   * @throws InvalidInputException if {@code divisor} is zero (path {@code divisor}), or rounding is
   *     needed and {@code rounding} is {@code UNNECESSARY} (path {@code rounding})
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw InvalidInputException.of("divisor",
          MessageBundle.CORE.message("core.money.divisionByZero"), divisor);
    }
    try {
      return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
    } catch (ArithmeticException e) {
      // With a non-zero divisor and a fixed scale, divide throws only when UNNECESSARY cannot hold.
      throw roundingNeeded();
    }
  }

  /**
   * Quotient by a whole number, rounded once to the minor unit; see
   * {@link #dividedBy(BigDecimal, RoundingMode)}.
   *
   * @param divisor the divisor, any whole number but zero
   * @param rounding how to round the exact quotient to the minor unit
   * @return {@code this ÷ divisor}, rounded
   * @throws InvalidInputException if {@code divisor} is zero (path {@code divisor}), or rounding is
   *     needed and {@code rounding} is {@code UNNECESSARY} (path {@code rounding})
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
    return other instanceof Money that
        && that.currency.equals(currency)
        && that.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount);
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
