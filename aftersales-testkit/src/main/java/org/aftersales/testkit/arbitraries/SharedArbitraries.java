package org.aftersales.testkit.arbitraries;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/**
 * jqwik arbitraries for the shared kernel: money and identifiers.
 *
 * <p>Edge cases (zero, one minor unit, its negative, the bounds) are generated often, as jqwik
 * does for numbers; shrinking moves amounts towards zero.
 */
public final class SharedArbitraries {

  /** Currencies with 0 (JPY), 2 (CNY, USD) and 3 (KWD) decimal places. */
  public static final List<Currency> CURRENCIES = List.of(
      Currency.getInstance("CNY"), Currency.getInstance("USD"), Currency.getInstance("JPY"),
      Currency.getInstance("KWD"));

  private SharedArbitraries() {}

  /**
   * Amounts of {@code currency} between {@code min} and {@code max} minor units, inclusive.
   *
   * @param currency the currency; must have a minor unit
   * @param minMinorUnits the smallest amount, in minor units (分 for CNY)
   * @param maxMinorUnits the largest amount, in minor units
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Arbitrary<Money> money(Currency currency, long minMinorUnits, long maxMinorUnits) {
    requireNonNull(currency, "currency");
    if (minMinorUnits > maxMinorUnits) {
      throw new IllegalArgumentException("min " + minMinorUnits + " > max " + maxMinorUnits);
    }
    return Arbitraries.bigIntegers()
        .between(BigInteger.valueOf(minMinorUnits), BigInteger.valueOf(maxMinorUnits))
        .map(units -> Money.ofMinor(units.longValueExact(), currency));
  }

  /**
   * Positive amounts of {@code currency} from one minor unit up to {@code maxMinorUnits}.
   *
   * @param currency the currency; must have a minor unit
   * @param maxMinorUnits the largest amount, in minor units; at least 1
   * @return the arbitrary
   */
  public static Arbitrary<Money> positiveMoney(Currency currency, long maxMinorUnits) {
    return money(currency, 1, maxMinorUnits);
  }

  /**
   * Any of {@link #CURRENCIES}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /**
   * Request IDs: 1 to 36 letters, digits and hyphens.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RequestId> requestIds() {
    return Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(36)
        .map(RequestId::of);
  }
}
