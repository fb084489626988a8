package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Invariants of {@link Money} over all amounts and the currencies with 0, 2 and 3 decimals. */
class MoneyProperties {

  private static final List<Currency> CURRENCIES = List.of(
      Currency.getInstance("CNY"), Currency.getInstance("JPY"), Currency.getInstance("KWD"),
      Currency.getInstance("USD"));

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
  Arbitrary<List<Money>> threeAmountsOfOneCurrency() {
    return currencies().flatMap(c -> minorUnits()
        .map(u -> Money.of(new BigDecimal(u, c.getDefaultFractionDigits()), c))
        .list().ofSize(3));
  }

  @Provide
  Arbitrary<Money> money() {
    return Combinators.combine(currencies(), minorUnits())
        .as((c, u) -> Money.of(new BigDecimal(u, c.getDefaultFractionDigits()), c));
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
  void addition_is_associative(@ForAll("threeAmountsOfOneCurrency") List<Money> m) {
    assertEquals(m.get(0).plus(m.get(1)).plus(m.get(2)), m.get(0).plus(m.get(1).plus(m.get(2))));
  }

  @Property
  void addition_is_commutative(@ForAll("threeAmountsOfOneCurrency") List<Money> m) {
    assertEquals(m.get(0).plus(m.get(1)), m.get(1).plus(m.get(0)));
  }

  @Property
  void addition_is_exact_subtracting_gives_back_the_original(
      @ForAll("threeAmountsOfOneCurrency") List<Money> m) {
    assertEquals(m.get(0), m.get(0).plus(m.get(1)).minus(m.get(1)));
    assertEquals(0, m.get(0).plus(m.get(1)).amount()
        .compareTo(m.get(0).amount().add(m.get(1).amount())));
  }

  @Property
  void the_scale_is_always_the_currencys_minor_unit(@ForAll("threeAmountsOfOneCurrency") List<Money> m,
      @ForAll @IntRange(min = -1000, max = 1000) int factor) {
    int digits = m.get(0).currency().getDefaultFractionDigits();
    assertEquals(digits, m.get(0).plus(m.get(1)).amount().scale());
    assertEquals(digits, m.get(0).minus(m.get(1)).negated().amount().scale());
    assertEquals(digits, m.get(0).multipliedBy(factor).amount().scale());
  }

  @Property
  void multiplying_by_a_whole_number_is_repeated_addition(@ForAll("money") Money m,
      @ForAll @IntRange(min = 0, max = 50) int times) {
    Money sum = Money.zero(m.currency());
    for (int i = 0; i < times; i++) {
      sum = sum.plus(m);
    }
    assertEquals(sum, m.multipliedBy(times));
  }

  @Property
  void equals_agrees_with_compareTo(@ForAll("threeAmountsOfOneCurrency") List<Money> m) {
    assertEquals(m.get(0).equals(m.get(1)), m.get(0).compareTo(m.get(1)) == 0);
  }

  @Property
  void text_form_round_trips(@ForAll("money") Money m) {
    assertEquals(m, Money.parse(m.toString()));
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
    try {
      Money m = Money.of(x, c);
      assertTrue(fits);
      assertEquals(0, m.amount().compareTo(x));
    } catch (InvalidInputException e) {
      assertTrue(!fits);
      assertEquals("amount", e.violations().get(0).path());
    }
  }

  @Property
  void division_then_multiplication_is_within_one_minor_unit_times_divisor(@ForAll("money") Money m,
      @ForAll @IntRange(min = 1, max = 1000) int divisor) {
    Money share = m.dividedBy(divisor, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(m.currency().getDefaultFractionDigits());
    BigDecimal error = share.multipliedBy(divisor).minus(m).amount().abs();
    assertTrue(error.compareTo(unit.multiply(BigDecimal.valueOf(divisor))) <= 0);
  }
}
