package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of {@link Money} over all amounts and the currencies with 0, 2 and 3 decimals. The
 * reference is whole-number arithmetic on minor units with {@link BigInteger}, independent of
 * Money's own code.
 */
class MoneyProperties {

  private static final List<Currency> CURRENCIES = List.of(
      Currency.getInstance("CNY"), Currency.getInstance("JPY"), Currency.getInstance("KWD"),
      Currency.getInstance("USD"));

  /** Amounts as the test builds them: a currency and a count of minor units. */
  record Amounts(Currency currency, List<BigInteger> minorUnits) {
    Money money(int i) {
      return Money.of(new BigDecimal(minorUnits.get(i), currency.getDefaultFractionDigits()), currency);
    }

    BigInteger units(int i) {
      return minorUnits.get(i);
    }
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /** Minor units far beyond the range of long, to show nothing overflows. */
  private static Arbitrary<BigInteger> minorUnits() {
    return Arbitraries.bigIntegers()
        .between(new BigInteger("-1000000000000000000000000"), new BigInteger("1000000000000000000000000"))
        .edgeCases(c -> c.includeOnly(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate()));
  }

  @Provide
  Arbitrary<Amounts> threeAmounts() {
    return Combinators.combine(currencies(), minorUnits().list().ofSize(3)).as(Amounts::new);
  }

  /** Any decimal, with up to 8 decimal places: usually not exact in the currency. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(
                new BigInteger("-100000000000000000000"), new BigInteger("100000000000000000000")),
            Arbitraries.integers().between(0, 8))
        .as(BigDecimal::new);
  }

  @Property
  void sums_and_differences_are_the_sums_and_differences_of_the_minor_units(
      @ForAll("threeAmounts") Amounts a) {
    assertEquals(a.units(0).add(a.units(1)), a.money(0).plus(a.money(1)).minorUnitsExact());
    assertEquals(a.units(0).subtract(a.units(1)), a.money(0).minus(a.money(1)).minorUnitsExact());
    assertEquals(a.units(0).add(a.units(1)).add(a.units(2)),
        Money.sum(List.of(a.money(0), a.money(1), a.money(2)), a.currency()).minorUnitsExact());
    assertEquals(a.units(0).negate(), a.money(0).negated().minorUnitsExact());
    assertEquals(a.units(0).abs(), a.money(0).abs().minorUnitsExact());
  }

  @Property
  void addition_is_associative_and_commutative(@ForAll("threeAmounts") Amounts a) {
    assertEquals(a.money(0).plus(a.money(1)).plus(a.money(2)),
        a.money(0).plus(a.money(1).plus(a.money(2))));
    assertEquals(a.money(0).plus(a.money(1)), a.money(1).plus(a.money(0)));
  }

  @Property
  void the_scale_is_always_the_currencys_minor_unit(@ForAll("threeAmounts") Amounts a,
      @ForAll @IntRange(min = -1000, max = 1000) int factor) {
    int digits = a.currency().getDefaultFractionDigits();
    assertEquals(digits, a.money(0).plus(a.money(1)).amount().scale());
    assertEquals(digits, a.money(0).minus(a.money(1)).negated().amount().scale());
    assertEquals(digits, a.money(0).multipliedBy(factor).amount().scale());
    assertEquals(digits, a.money(0).dividedBy(7, RoundingMode.HALF_EVEN).amount().scale());
  }

  @Property
  void multiplying_by_a_whole_number_multiplies_the_minor_units(@ForAll("threeAmounts") Amounts a,
      @ForAll long times) {
    assertEquals(a.units(0).multiply(BigInteger.valueOf(times)),
        a.money(0).multipliedBy(times).minorUnitsExact());
  }

  @Property
  void equality_and_order_are_those_of_the_minor_units(@ForAll("threeAmounts") Amounts a) {
    int expected = a.units(0).compareTo(a.units(1));
    assertEquals(expected, a.money(0).compareTo(a.money(1)));
    assertEquals(expected == 0, a.money(0).equals(a.money(1)));
    assertEquals(expected > 0, a.money(0).isGreaterThan(a.money(1)));
    assertEquals(expected < 0, a.money(0).isLessThan(a.money(1)));
    assertEquals(a.units(0).signum(), a.money(0).signum());
  }

  @Property
  void the_text_form_is_the_code_and_the_plain_amount_and_reads_back(@ForAll("threeAmounts") Amounts a) {
    String text = a.currency().getCurrencyCode() + " "
        + new BigDecimal(a.units(0), a.currency().getDefaultFractionDigits()).toPlainString();
    assertEquals(text, a.money(0).toString());
    assertEquals(a.units(0), Money.parse(text).minorUnitsExact());
  }

  @Property
  void minor_units_round_trip(@ForAll("currencies") Currency c, @ForAll long minor) {
    assertEquals(minor, Money.ofMinor(minor, c).minorUnits());
  }

  @Property
  void half_even_rounding_is_within_half_a_minor_unit(@ForAll("decimals") BigDecimal x,
      @ForAll("currencies") Currency c) {
    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(c.getDefaultFractionDigits())
        .divide(BigDecimal.valueOf(2));
    Money rounded = Money.of(x, c, RoundingMode.HALF_EVEN);
    assertTrue(rounded.amount().subtract(x).abs().compareTo(halfUnit) <= 0,
        () -> x + " rounded to " + rounded);
  }

  @Property
  void floor_and_ceiling_bracket_the_exact_value_within_one_minor_unit(
      @ForAll("decimals") BigDecimal x, @ForAll("currencies") Currency c) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(c.getDefaultFractionDigits());
    BigDecimal floor = Money.of(x, c, RoundingMode.FLOOR).amount();
    BigDecimal ceiling = Money.of(x, c, RoundingMode.CEILING).amount();
    assertTrue(floor.compareTo(x) <= 0 && x.compareTo(ceiling) <= 0);
    assertTrue(ceiling.subtract(floor).compareTo(unit) <= 0);
    assertEquals(floor.compareTo(ceiling) == 0, x.stripTrailingZeros().scale() <= c.getDefaultFractionDigits());
  }

  @Property
  void exact_factory_refuses_exactly_what_would_need_rounding(@ForAll("decimals") BigDecimal x,
      @ForAll("currencies") Currency c) {
    boolean fits = x.stripTrailingZeros().scale() <= c.getDefaultFractionDigits();
    if (fits) {
      assertEquals(0, Money.of(x, c).amount().compareTo(x));
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of(x, c));
      assertEquals("amount", e.violations().get(0).path());
    }
  }

  @Property
  void division_by_a_whole_number_floors_and_ceils_like_whole_number_division(
      @ForAll("threeAmounts") Amounts a, @ForAll @IntRange(min = 1, max = 1000) int divisor) {
    BigInteger[] qr = a.units(0).divideAndRemainder(BigInteger.valueOf(divisor));
    // BigInteger division truncates towards zero; floor is one less for a negative remainder.
    BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    BigInteger ceiling = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    assertEquals(floor, a.money(0).dividedBy(divisor, RoundingMode.FLOOR).minorUnitsExact());
    assertEquals(ceiling, a.money(0).dividedBy(divisor, RoundingMode.CEILING).minorUnitsExact());
  }

  @Property
  void unnecessary_rounding_divides_exactly_or_is_refused_as_invalid_input(
      @ForAll("threeAmounts") Amounts a, @ForAll @IntRange(min = 1, max = 12) int divisor) {
    BigInteger[] qr = a.units(0).divideAndRemainder(BigInteger.valueOf(divisor));
    if (qr[1].signum() == 0) {
      assertEquals(qr[0], a.money(0).dividedBy(divisor, RoundingMode.UNNECESSARY).minorUnitsExact());
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> a.money(0).dividedBy(divisor, RoundingMode.UNNECESSARY));
      assertEquals("rounding", e.violations().get(0).path());
    }
  }

  @Property
  void unnecessary_rounding_multiplies_exactly_or_is_refused_as_invalid_input(
      @ForAll("threeAmounts") Amounts a, @ForAll @IntRange(min = -999, max = 999) int factorUnits,
      @ForAll @IntRange(min = 0, max = 3) int factorScale) {
    BigDecimal factor = BigDecimal.valueOf(factorUnits, factorScale);
    // units × factorUnits / 10^factorScale minor units: exact when 10^factorScale divides it.
    BigInteger[] qr = a.units(0).multiply(BigInteger.valueOf(factorUnits))
        .divideAndRemainder(BigInteger.TEN.pow(factorScale));
    if (qr[1].signum() == 0) {
      assertEquals(qr[0], a.money(0).multipliedBy(factor, RoundingMode.UNNECESSARY).minorUnitsExact());
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> a.money(0).multipliedBy(factor, RoundingMode.UNNECESSARY));
      assertEquals("rounding", e.violations().get(0).path());
    }
  }

  @Property
  void division_then_multiplication_is_within_one_minor_unit_times_divisor(
      @ForAll("threeAmounts") Amounts a, @ForAll @IntRange(min = 1, max = 1000) int divisor) {
    Money share = a.money(0).dividedBy(divisor, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(a.currency().getDefaultFractionDigits());
    BigDecimal error = share.multipliedBy(divisor).minus(a.money(0)).amount().abs();
    assertTrue(error.compareTo(unit.multiply(BigDecimal.valueOf(divisor))) <= 0);
  }

  /**
   * Minor units around the border of the compact form: within a thousand of Long.MIN_VALUE,
   * Long.MAX_VALUE, ±2^62 or zero, so that sums, differences and products cross the border both
   * ways.
   */
  private static Arbitrary<BigInteger> minorUnitsAtTheLongBorder() {
    Arbitrary<BigInteger> centre = Arbitraries.of(
        BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
        BigInteger.ONE.shiftLeft(62), BigInteger.ONE.shiftLeft(62).negate(), BigInteger.ZERO);
    return Combinators.combine(centre, Arbitraries.integers().between(-1000, 1000))
        .as((c, offset) -> c.add(BigInteger.valueOf(offset)));
  }

  @Provide
  Arbitrary<Amounts> amountsAtTheLongBorder() {
    return Combinators.combine(currencies(), minorUnitsAtTheLongBorder().list().ofSize(3))
        .as(Amounts::new);
  }

  @Property
  void arithmetic_across_the_long_border_is_that_of_the_minor_units(
      @ForAll("amountsAtTheLongBorder") Amounts a, @ForAll @IntRange(min = -3, max = 3) int times) {
    BigInteger sum = a.units(0).add(a.units(1));
    BigInteger difference = a.units(0).subtract(a.units(1));
    BigInteger product = a.units(0).multiply(BigInteger.valueOf(times));
    assertEquals(sum, a.money(0).plus(a.money(1)).minorUnitsExact());
    assertEquals(difference, a.money(0).minus(a.money(1)).minorUnitsExact());
    assertEquals(product, a.money(0).multipliedBy(times).minorUnitsExact());
    assertEquals(a.units(0).negate(), a.money(0).negated().minorUnitsExact());
    assertEquals(sum.add(a.units(2)),
        Money.sum(List.of(a.money(0), a.money(1), a.money(2)), a.currency()).minorUnitsExact());
    int expected = a.units(0).compareTo(a.units(1));
    assertEquals(expected, Integer.signum(a.money(0).compareTo(a.money(1))));
    assertEquals(expected == 0, a.money(0).equals(a.money(1)));
  }

  @Property
  void money_reached_through_either_form_is_equal_with_equal_hashes_and_long_minor_units_if_it_fits(
      @ForAll("amountsAtTheLongBorder") Amounts a) {
    // (x + y) - y and x must be the same value whatever form the intermediate sum took.
    Money there = a.money(0).plus(a.money(1));
    Money back = there.minus(a.money(1));
    assertEquals(a.money(0), back);
    assertEquals(a.money(0).hashCode(), back.hashCode());
    assertEquals(a.money(0).toString(), back.toString());
    BigInteger units = a.units(0).add(a.units(1));
    boolean fits = units.bitLength() < 64;
    if (fits) {
      assertEquals(units.longValueExact(), there.minorUnits());
    } else {
      assertThrows(ArithmeticException.class, there::minorUnits);
    }
    assertEquals(new BigDecimal(units, a.currency().getDefaultFractionDigits()), there.amount());
  }
}
