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
 * <p><b>Range.</b> Amounts are unbounded in both directions and of either sign, with an unlimited
 * number of digits, so sums and products never overflow. Only {@link #minorUnits()} is bounded: it
 * needs the minor units to fit in a {@code long} (−9 223 372 036 854 775 808 to
 * 9 223 372 036 854 775 807 minor units, about ±92 233 720 368 547 758.07 元) and says so with an
 * {@link ArithmeticException} otherwise; {@link #minorUnitsExact()} has no bound.
 *
 * <p><b>Representation.</b> As {@link BigDecimal} keeps its {@code intCompact}, an amount whose
 * minor units fit in a {@code long} is held as that {@code long} alone, and only a larger one as a
 * {@code BigDecimal}; every operation returns the compact form whenever the result fits, and
 * falls back to {@code BigDecimal} arithmetic exactly where a {@code long} would overflow. The
 * form is canonical (one value, one form), so {@link #equals(Object)} and {@link #hashCode()}
 * compare values, and it is invisible to callers: {@link #amount()} builds the {@code BigDecimal}
 * of a compact amount when asked, afresh at every call (nothing is cached). This keeps the money of
 * everyday amounts to one small object, which is what a split among many people builds
 * (docs/performance.md).
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

  /** The amount in minor units in the compact form; 0 (and unused) in the wide form. */
  private final long minor;
  /**
   * The amount in the wide form, with the currency's scale, only for amounts whose minor units do
   * not fit in a {@code long}; {@code null} in the compact form.
   */
  private final BigDecimal wide;
  /** The currency's minor-unit digits: the scale of {@link #amount()}. */
  private final int scale;
  private final Currency currency;

  private Money(long minor, BigDecimal wide, int scale, Currency currency) {
    this.minor = minor;
    this.wide = wide;
    this.scale = scale;
    this.currency = currency;
  }

  /** Compact money; {@code scale} is the currency's. */
  private static Money compact(long minor, int scale, Currency currency) {
    return new Money(minor, null, scale, currency);
  }

  /**
   * Money of an amount already at the currency's scale, in the canonical form: compact if its
   * minor units fit in a {@code long}.
   */
  private static Money canonical(BigDecimal atScale, int scale, Currency currency) {
    BigInteger units = atScale.unscaledValue();
    return units.bitLength() < Long.SIZE
        ? compact(units.longValue(), scale, currency)
        : new Money(0, atScale, scale, currency);
  }

  /** The amount as a {@code BigDecimal} at the currency's scale, for the wide paths. */
  private BigDecimal decimal() {
    return wide != null ? wide : BigDecimal.valueOf(minor, scale);
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
      return canonical(amount.setScale(digits, RoundingMode.UNNECESSARY), digits, currency);
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
    int digits = minorDigits(currency);
    return canonical(amount.setScale(digits, rounding), digits, currency);
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
    return compact(minorUnits, minorDigits(currency), currency);
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
    Money total = zero(currency);
    for (Money m : amounts) {
      requireNonNull(m, "amounts contains null");
      total = total.plus(m);
    }
    return total;
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
        "digits", scale), RoundingMode.UNNECESSARY);
  }

  private static InvalidInputException mismatch(Currency expected, Currency actual) {
    return InvalidInputException.of("currency", MessageBundle.CORE.message(
        "core.money.currencyMismatch", "expected", expected.getCurrencyCode()),
        actual.getCurrencyCode());
  }

  /**
   * The amount in major units, with exactly the currency's scale.
   *
   * @return the amount, e.g. {@code 12.30} for {@code CNY 12.30}; for an amount whose minor units
   *     fit in a {@code long}, a new (equal) {@code BigDecimal} at every call
   */
  public BigDecimal amount() {
    return decimal();
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
    if (wide != null) {
      // The wide form holds only amounts that do not fit.
      throw new ArithmeticException("minor units out of long range: " + wide.unscaledValue());
    }
    return minor;
  }

  /**
   * The amount as an unbounded whole number of minor units.
   *
   * @return the minor units
   */
  public BigInteger minorUnitsExact() {
    return wide != null ? wide.unscaledValue() : BigInteger.valueOf(minor);
  }

  /**
   * Exact sum.
   *
   * @param other money of the same currency
   * @return {@code this + other}
   * @throws InvalidInputException if the currencies differ
   */
  public Money plus(Money other) {
    Money that = sameCurrency(other);
    if (wide == null && that.wide == null) {
      try {
        return compact(Math.addExact(minor, that.minor), scale, currency);
      } catch (ArithmeticException beyondLong) {
        // Exact below, in BigDecimal.
      }
    }
    return canonical(decimal().add(that.decimal()), scale, currency);
  }

  /**
   * Exact difference.
   *
   * @param other money of the same currency
   * @return {@code this - other}
   * @throws InvalidInputException if the currencies differ
   */
  public Money minus(Money other) {
    Money that = sameCurrency(other);
    if (wide == null && that.wide == null) {
      try {
        return compact(Math.subtractExact(minor, that.minor), scale, currency);
      } catch (ArithmeticException beyondLong) {
        // Exact below, in BigDecimal.
      }
    }
    return canonical(decimal().subtract(that.decimal()), scale, currency);
  }

  /**
   * Exact product with a whole number.
   *
   * @param factor any whole number
   * @return {@code this × factor}
   */
  public Money multipliedBy(long factor) {
    if (wide == null) {
      try {
        return compact(Math.multiplyExact(minor, factor), scale, currency);
      } catch (ArithmeticException beyondLong) {
        // Exact below, in BigDecimal.
      }
    }
    return canonical(decimal().multiply(BigDecimal.valueOf(factor)), scale, currency);
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
    BigDecimal exact = decimal().multiply(factor);
    try {
      return canonical(exact.setScale(scale, rounding), scale, currency);
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
      return canonical(decimal().divide(divisor, scale, rounding), scale, currency);
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
    if (wide == null) {
      try {
        return compact(Math.negateExact(minor), scale, currency);
      } catch (ArithmeticException beyondLong) {
        // -Long.MIN_VALUE: exact below, in BigDecimal.
      }
    }
    return canonical(decimal().negate(), scale, currency);
  }

  /**
   * The absolute value.
   *
   * @return {@code |this|}
   */
  public Money abs() {
    return signum() < 0 ? negated() : this;
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return wide != null ? wide.signum() : Long.signum(minor);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return signum() == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return signum() > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return signum() < 0;
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
    Money that = sameCurrency(other);
    if (wide == null && that.wide == null) {
      return Long.compare(minor, that.minor);
    }
    return decimal().compareTo(that.decimal());
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
    // The form is canonical: equal amounts have equal forms, so the fields can be compared.
    return other instanceof Money that
        && that.currency.equals(currency)
        && that.minor == minor
        && Objects.equals(that.wide, wide);
  }

  /**
   * A hash of the currency and the amount, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(currency, minor, wide);
  }

  /**
   * The text form, e.g. {@code "CNY 12.30"} or {@code "JPY -5"}; {@link #parse(CharSequence)}
   * reads it back.
   *
   * @return the ISO code, a space and the plain amount
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + decimal().toPlainString();
  }
}
