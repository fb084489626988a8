package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency USD = Currency.getInstance("USD");

  @Test
  void amounts_take_the_scale_of_the_currency() {
    assertEquals("CNY 12.30", Money.of(new BigDecimal("12.3"), CNY).toString());
    assertEquals("CNY 12.30", Money.of(new BigDecimal("12.300"), CNY).toString());
    assertEquals("JPY 1200", Money.of(new BigDecimal("1.2E+3"), JPY).toString());
    assertEquals("KWD 1.500", Money.of(new BigDecimal("1.5"), Currency.getInstance("KWD")).toString());
  }

  @Test
  void one_yuan_equals_one_yuan_whatever_scale_it_was_written_with() {
    assertEquals(Money.of(BigDecimal.ONE, CNY), Money.of(new BigDecimal("1.00"), CNY));
    assertEquals(Money.of(BigDecimal.ONE, CNY).hashCode(),
        Money.of(new BigDecimal("1.0"), CNY).hashCode());
    assertNotEquals(Money.of(BigDecimal.ONE, CNY), Money.of(BigDecimal.ONE, USD));
  }

  @Test
  void the_exact_factory_refuses_to_round_and_says_why_in_both_languages() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Money.of(new BigDecimal("0.125"), CNY));
    assertEquals("amount", e.violations().get(0).path());
    assertEquals("0.125", e.violations().get(0).rejectedValue().orElseThrow());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("more decimal places than CNY allows (2)"),
        e.getMessage(Locale.ENGLISH));
    assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("小数位数超过 CNY 允许的位数"),
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void rounding_happens_only_with_an_explicit_mode() {
    assertEquals(Money.ofMinor(12, CNY), Money.of(new BigDecimal("0.125"), CNY, RoundingMode.HALF_EVEN));
    assertEquals(Money.ofMinor(13, CNY), Money.of(new BigDecimal("0.125"), CNY, RoundingMode.HALF_UP));
    assertEquals(Money.ofMinor(12, CNY), Money.of(new BigDecimal("0.129"), CNY, RoundingMode.DOWN));
    assertThrows(InvalidInputException.class,
        () -> Money.of(new BigDecimal("0.125"), CNY, RoundingMode.UNNECESSARY));
  }

  @Test
  void currencies_without_a_minor_unit_are_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Money.zero(Currency.getInstance("XXX")));
    assertEquals("currency", e.violations().get(0).path());
  }

  @Test
  void amounts_of_different_currencies_cannot_be_combined_or_compared() {
    Money yuan = Money.ofMinor(100, CNY);
    Money dollar = Money.ofMinor(100, USD);
    assertThrows(InvalidInputException.class, () -> yuan.plus(dollar));
    assertThrows(InvalidInputException.class, () -> yuan.minus(dollar));
    assertThrows(InvalidInputException.class, () -> yuan.compareTo(dollar));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Money.sum(List.of(yuan, dollar), CNY));
    assertEquals("USD", e.violations().get(0).rejectedValue().orElseThrow());
  }

  @Test
  void multiplication_and_division_round_once_with_the_given_mode() {
    Money hundred = Money.ofMinor(10000, CNY);
    assertEquals(Money.ofMinor(3333, CNY), hundred.dividedBy(3, RoundingMode.HALF_EVEN));
    assertEquals(Money.ofMinor(3334, CNY), hundred.dividedBy(3, RoundingMode.CEILING));
    assertEquals(Money.ofMinor(5000, CNY), hundred.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    assertEquals(Money.ofMinor(1, CNY),
        Money.ofMinor(1, CNY).multipliedBy(new BigDecimal("0.5"), RoundingMode.CEILING));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> hundred.dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP));
    assertEquals("divisor", e.violations().get(0).path());
  }

  @Test
  void comparisons_signs_and_extremes() {
    Money a = Money.ofMinor(-250, CNY);
    Money b = Money.ofMinor(100, CNY);
    assertTrue(a.isNegative() && b.isPositive() && Money.zero(CNY).isZero());
    assertTrue(a.isLessThan(b) && b.isGreaterThan(a));
    assertEquals(a, a.min(b));
    assertEquals(b, a.max(b));
    assertEquals(Money.ofMinor(250, CNY), a.abs());
    assertEquals(-1, a.signum());
    assertEquals(-250, a.minorUnits());
    assertEquals(Money.ofMinor(-150, CNY), Money.sum(List.of(a, b), CNY));
    assertEquals(Money.zero(CNY), Money.sum(List.of(), CNY));
  }

  @Test
  void parse_reads_the_text_form_and_refuses_anything_else() {
    assertEquals(Money.ofMinor(-1230, CNY), Money.parse("CNY -12.30"));
    assertEquals(Money.ofMinor(5, JPY), Money.parse("JPY 5"));
    for (String bad : List.of("12.30", "CNY12.30", "cny 12.30", "CNY +12.30", "CNY 1,000.00",
        "CNY 1e3", "CNY  12.30", " CNY 12.30")) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(bad), bad);
      assertEquals("text", e.violations().get(0).path());
    }
    assertEquals("currency",
        assertThrows(InvalidInputException.class, () -> Money.parse("ABC 1.00")).violations().get(0).path());
    assertEquals("amount",
        assertThrows(InvalidInputException.class, () -> Money.parse("JPY 1.5")).violations().get(0).path());
  }

  @Test
  void minor_units_beyond_long_are_reported_not_truncated() {
    Money huge = Money.ofMinor(Long.MAX_VALUE, CNY).plus(Money.ofMinor(1, CNY));
    assertThrows(ArithmeticException.class, huge::minorUnits);
    assertEquals(new java.math.BigInteger("9223372036854775808"), huge.minorUnitsExact());
  }

  @Test
  void unnecessary_rounding_that_cannot_be_honoured_is_invalid_input_in_every_operation() {
    Money fen = Money.ofMinor(1, CNY);
    Money hundred = Money.ofMinor(10000, CNY);
    // 0.01 × 0.5 = 0.005 and 100.00 ÷ 3 = 33.333…, 100.00 ÷ 0.7 = 142.857…: none fits in fen.
    List<org.junit.jupiter.api.function.Executable> refused = List.of(
        () -> fen.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY),
        () -> hundred.dividedBy(3, RoundingMode.UNNECESSARY),
        () -> hundred.dividedBy(new BigDecimal("0.7"), RoundingMode.UNNECESSARY),
        () -> Money.ofMinor(1, JPY).dividedBy(2, RoundingMode.UNNECESSARY));
    for (org.junit.jupiter.api.function.Executable operation : refused) {
      InvalidInputException e = assertThrows(InvalidInputException.class, operation);
      assertEquals("rounding", e.violations().get(0).path());
      assertEquals("UNNECESSARY", e.violations().get(0).rejectedValue().orElseThrow());
    }
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> fen.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    assertEquals("Invalid input (1 problem(s)): rounding: must allow rounding: the exact result has"
        + " more decimal places than CNY allows (2); pass another RoundingMode to round it"
        + " (rejected value: \"UNNECESSARY\")", e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（1 个问题）： rounding：必须允许舍入：精确结果的小数位数超过 CNY 允许的位数（2 位）；"
        + "如需舍入请传入其他 RoundingMode（被拒绝的值：“UNNECESSARY”）",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
    InvalidInputException yen = assertThrows(InvalidInputException.class,
        () -> Money.ofMinor(1, JPY).dividedBy(2, RoundingMode.UNNECESSARY));
    assertTrue(yen.getMessage(Locale.ENGLISH).contains("than JPY allows (0)"), yen.getMessage());
  }

  @Test
  void unnecessary_rounding_is_fine_wherever_the_exact_result_fits() {
    Money hundred = Money.ofMinor(10000, CNY);
    assertEquals(Money.ofMinor(2500, CNY), hundred.dividedBy(4, RoundingMode.UNNECESSARY));
    assertEquals(Money.ofMinor(-40000, CNY),
        hundred.dividedBy(new BigDecimal("-0.25"), RoundingMode.UNNECESSARY));
    assertEquals(Money.ofMinor(12, CNY),
        Money.ofMinor(1, CNY).multipliedBy(new BigDecimal("12.000"), RoundingMode.UNNECESSARY));
    assertEquals(Money.ofMinor(300000, CNY),
        Money.ofMinor(3, CNY).multipliedBy(new BigDecimal("1E+3"), RoundingMode.UNNECESSARY)
            .multipliedBy(100));
    assertEquals(Money.ofMinor(1230, CNY),
        Money.of(new BigDecimal("12.3"), CNY, RoundingMode.UNNECESSARY));
  }

  @Test
  void division_and_multiplication_round_the_exact_result_in_the_direction_asked() {
    Money one = Money.ofMinor(100, CNY);
    // 1.00 ÷ 3 = 0.3333…; 1.00 ÷ -3 = -0.3333…; 1.00 × 0.125 = 0.125
    assertEquals(Money.ofMinor(33, CNY), one.dividedBy(3, RoundingMode.HALF_UP));
    assertEquals(Money.ofMinor(34, CNY), one.dividedBy(3, RoundingMode.UP));
    assertEquals(Money.ofMinor(-33, CNY), one.dividedBy(-3, RoundingMode.HALF_UP));
    assertEquals(Money.ofMinor(-34, CNY), one.dividedBy(-3, RoundingMode.FLOOR));
    assertEquals(Money.ofMinor(12, CNY), one.multipliedBy(new BigDecimal("0.125"), RoundingMode.HALF_EVEN));
    assertEquals(Money.ofMinor(13, CNY), one.multipliedBy(new BigDecimal("0.125"), RoundingMode.HALF_UP));
    assertEquals(Money.ofMinor(-13, CNY), one.multipliedBy(new BigDecimal("-0.125"), RoundingMode.UP));
    // JPY has no decimals: 10 ÷ 4 = 2.5
    assertEquals(Money.ofMinor(2, JPY), Money.ofMinor(10, JPY).dividedBy(4, RoundingMode.HALF_EVEN));
    assertEquals(Money.ofMinor(3, JPY), Money.ofMinor(10, JPY).dividedBy(4, RoundingMode.HALF_UP));
    InvalidInputException zero = assertThrows(InvalidInputException.class,
        () -> one.dividedBy(0, RoundingMode.HALF_UP));
    assertEquals("0", zero.violations().get(0).rejectedValue().orElseThrow());
    assertTrue(zero.getMessage(Locale.ENGLISH).endsWith("divisor: must not be zero (rejected value: \"0\")"),
        zero.getMessage(Locale.ENGLISH));
  }

  @Test
  void comparisons_at_equality_are_neither_greater_nor_less_and_min_max_keep_this() {
    Money a = Money.ofMinor(100, CNY);
    Money b = Money.of(BigDecimal.ONE, CNY);
    assertFalse(a.isGreaterThan(b));
    assertFalse(a.isLessThan(b));
    assertEquals(0, a.compareTo(b));
    assertSame(a, a.min(b));
    assertSame(a, a.max(b));
    assertSame(b, b.min(a));
    Money more = Money.ofMinor(101, CNY);
    assertSame(a, more.min(a));
    assertSame(more, a.max(more));
    assertTrue(more.compareTo(a) > 0);
    assertTrue(a.compareTo(more) < 0);
  }

  @Test
  void zero_is_neither_positive_nor_negative_and_one_fen_is_not_zero() {
    Money zero = Money.zero(CNY);
    Money fen = Money.ofMinor(1, CNY);
    Money minusFen = Money.ofMinor(-1, CNY);
    assertFalse(zero.isPositive());
    assertFalse(zero.isNegative());
    assertEquals(0, zero.signum());
    assertFalse(fen.isZero());
    assertFalse(fen.isNegative());
    assertFalse(minusFen.isZero());
    assertFalse(minusFen.isPositive());
    assertEquals(1, fen.signum());
    assertSame(fen, fen.abs());
    assertSame(zero, zero.abs());
    assertEquals(fen, minusFen.abs());
    assertEquals(minusFen, fen.negated());
    assertEquals("CNY 0.00", zero.toString());
  }

  @Test
  void money_differing_in_amount_or_currency_is_not_equal() {
    Money yuan = Money.ofMinor(100, CNY);
    assertNotEquals(yuan, Money.ofMinor(101, CNY));
    assertNotEquals(yuan, Money.ofMinor(100, USD));
    assertNotEquals(yuan, Money.ofMinor(10000, JPY));
    assertNotEquals(yuan, null);
    assertNotEquals(yuan, (Object) "CNY 1.00");
    assertEquals(yuan, Money.parse("CNY 1.00"));
    assertEquals(yuan.hashCode(), Money.parse("CNY 1").hashCode());
    assertNotEquals(yuan.hashCode(), Money.ofMinor(200, CNY).hashCode());
  }

  @Test
  void units_minor_units_and_scales_agree() {
    assertEquals(new BigDecimal("12.30"), Money.ofMinor(1230, CNY).amount());
    assertEquals(new BigDecimal("-5"), Money.ofMinor(-5, JPY).amount());
    assertEquals(new BigDecimal("0.007"), Money.ofMinor(7, Currency.getInstance("KWD")).amount());
    assertEquals(CNY, Money.ofMinor(1, CNY).currency());
    assertEquals(1230, Money.of(new BigDecimal("12.3"), CNY).minorUnits());
    assertEquals(new java.math.BigInteger("-1230"), Money.parse("CNY -12.30").minorUnitsExact());
    assertEquals("JPY -5", Money.ofMinor(-5, JPY).toString());
    assertEquals(Money.ofMinor(1200, CNY), Money.parse("CNY 12"));
    assertEquals(Money.ofMinor(1500, Currency.getInstance("KWD")), Money.parse("KWD 1.5"));
    assertEquals(Long.MIN_VALUE, Money.ofMinor(Long.MIN_VALUE, CNY).minorUnits());
  }

  @Test
  void sums_add_every_amount_and_keep_the_currency() {
    Money sum = Money.sum(List.of(Money.ofMinor(1, USD), Money.ofMinor(20, USD), Money.ofMinor(300, USD)), USD);
    assertEquals(Money.ofMinor(321, USD), sum);
    assertEquals(USD, Money.sum(List.of(), USD).currency());
    assertEquals(2, Money.sum(List.of(), USD).amount().scale());
    assertEquals(0, Money.sum(List.of(), JPY).amount().scale());
    assertThrows(NullPointerException.class,
        () -> Money.sum(java.util.Arrays.asList(Money.ofMinor(1, USD), null), USD));
  }

  @Test
  void currency_problems_name_the_currency_in_both_languages() {
    InvalidInputException mismatch = assertThrows(InvalidInputException.class,
        () -> Money.ofMinor(1, CNY).plus(Money.ofMinor(1, USD)));
    assertEquals("Invalid input (1 problem(s)): currency: must be in CNY; amounts of different"
        + " currencies cannot be combined or compared (rejected value: \"USD\")",
        mismatch.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（1 个问题）： currency：必须是 CNY；不同货币的金额不能相加或比较（被拒绝的值：“USD”）",
        mismatch.getMessage(Locale.SIMPLIFIED_CHINESE));
    InvalidInputException gold = assertThrows(InvalidInputException.class,
        () -> Money.ofMinor(1, Currency.getInstance("XAU")));
    assertEquals("XAU", gold.violations().get(0).rejectedValue().orElseThrow());
    assertEquals("currency: the currency has no minor unit, so it cannot be used for money"
        + " (rejected value: \"XAU\")", gold.violations().get(0).render(Locale.ENGLISH));
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> Money.parse("ABC 1.00"));
    assertEquals("ABC", unknown.violations().get(0).rejectedValue().orElseThrow());
    assertEquals("currency：不是 ISO 4217 货币代码（被拒绝的值：“ABC”）",
        unknown.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
    InvalidInputException malformed = assertThrows(InvalidInputException.class,
        () -> Money.parse("CNY 1,00"));
    assertEquals("CNY 1,00", malformed.violations().get(0).rejectedValue().orElseThrow());
    assertEquals("core.money.malformed", malformed.violations().get(0).message().key());
  }

  // The compact form (a long of minor units) and the wide form (a BigDecimal) at their border:
  // expected values are written out or computed with BigInteger, never with Money.

  private static final java.math.BigInteger TWO_TO_63 = java.math.BigInteger.TWO.pow(63);

  @Test
  void the_largest_and_smallest_long_minor_units_are_exact_and_read_back() {
    Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
    Money min = Money.ofMinor(Long.MIN_VALUE, CNY);
    assertEquals(Long.MAX_VALUE, max.minorUnits());
    assertEquals(Long.MIN_VALUE, min.minorUnits());
    assertEquals(new BigDecimal("92233720368547758.07"), max.amount());
    assertEquals(new BigDecimal("-92233720368547758.08"), min.amount());
    assertEquals("CNY 92233720368547758.07", max.toString());
    assertEquals("CNY -92233720368547758.08", min.toString());
    assertEquals(max, Money.parse("CNY 92233720368547758.07"));
    assertEquals(min, Money.of(new BigDecimal("-92233720368547758.08"), CNY));
    assertEquals(java.math.BigInteger.valueOf(Long.MIN_VALUE), min.minorUnitsExact());
  }

  @Test
  void sums_and_differences_past_the_long_range_are_exact_and_come_back_equal() {
    Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
    Money min = Money.ofMinor(Long.MIN_VALUE, CNY);
    Money fen = Money.ofMinor(1, CNY);
    Money above = max.plus(fen);
    assertEquals(TWO_TO_63, above.minorUnitsExact());
    assertEquals(new BigDecimal("92233720368547758.08"), above.amount());
    assertEquals(Money.parse("CNY 92233720368547758.08"), above);
    assertEquals(Money.parse("CNY 92233720368547758.08").hashCode(), above.hashCode());
    Money below = min.minus(fen);
    assertEquals(TWO_TO_63.negate().subtract(java.math.BigInteger.ONE), below.minorUnitsExact());
    assertThrows(ArithmeticException.class, below::minorUnits);
    assertEquals(TWO_TO_63.shiftLeft(1).negate(), min.plus(min).minorUnitsExact());
    assertEquals(TWO_TO_63.shiftLeft(1).subtract(java.math.BigInteger.ONE),
        max.minus(min).minorUnitsExact());
    // Back into the long range: equal, with equal hashes, to the same amount built directly.
    Money back = above.minus(fen);
    assertEquals(max, back);
    assertEquals(max.hashCode(), back.hashCode());
    assertEquals(Long.MAX_VALUE, back.minorUnits());
    assertEquals(min, below.plus(fen));
    assertEquals(Long.MIN_VALUE, below.plus(fen).minorUnits());
    assertEquals(Money.zero(CNY), above.minus(above));
    assertEquals(Money.ofMinor(-1, CNY), min.plus(max));
    assertEquals(Money.ofMinor(1, CNY), Money.sum(List.of(max, fen, min, fen), CNY));
    assertEquals(TWO_TO_63.add(java.math.BigInteger.ONE),
        Money.sum(List.of(max, fen, fen), CNY).minorUnitsExact());
  }

  @Test
  void products_and_negations_past_the_long_range_are_exact() {
    Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
    Money min = Money.ofMinor(Long.MIN_VALUE, CNY);
    assertEquals(TWO_TO_63, min.negated().minorUnitsExact());
    assertEquals(TWO_TO_63, min.abs().minorUnitsExact());
    assertEquals(min, min.negated().negated());
    assertEquals(Long.MIN_VALUE + 1, max.negated().minorUnits());
    assertEquals(TWO_TO_63, min.multipliedBy(-1).minorUnitsExact());
    assertEquals(java.math.BigInteger.valueOf(Long.MAX_VALUE).multiply(java.math.BigInteger.TWO),
        max.multipliedBy(2).minorUnitsExact());
    assertEquals(TWO_TO_63, Money.ofMinor(1L << 62, CNY).multipliedBy(2).minorUnitsExact());
    // -2^62 × 2 is exactly the smallest long: still compact.
    assertEquals(Long.MIN_VALUE, Money.ofMinor(-(1L << 62), CNY).multipliedBy(2).minorUnits());
    assertEquals(Long.MIN_VALUE, Money.ofMinor(Long.MIN_VALUE, CNY).multipliedBy(1).minorUnits());
    assertEquals(java.math.BigInteger.valueOf(Long.MIN_VALUE).pow(2),
        min.multipliedBy(Long.MIN_VALUE).minorUnitsExact());
    // 3 037 000 500² is just above 2^63: the square of a long that looks harmless overflows.
    assertEquals(java.math.BigInteger.valueOf(3_037_000_500L).pow(2),
        Money.ofMinor(3_037_000_500L, CNY).multipliedBy(3_037_000_500L).minorUnitsExact());
    Money wide = max.multipliedBy(4);
    assertEquals(max, wide.dividedBy(4, RoundingMode.UNNECESSARY));
    assertEquals(max.hashCode(), wide.dividedBy(4, RoundingMode.UNNECESSARY).hashCode());
    assertEquals(max, wide.multipliedBy(new BigDecimal("0.25"), RoundingMode.UNNECESSARY));
    assertEquals(Money.zero(CNY), wide.multipliedBy(0));
  }

  @Test
  void amounts_beyond_the_long_range_compare_beyond_every_long_amount() {
    Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
    Money min = Money.ofMinor(Long.MIN_VALUE, CNY);
    Money fen = Money.ofMinor(1, CNY);
    Money above = max.plus(fen);
    Money below = min.minus(fen);
    assertTrue(above.isGreaterThan(max) && max.isLessThan(above));
    assertTrue(below.isLessThan(min) && min.isGreaterThan(below));
    assertTrue(below.isLessThan(above));
    assertEquals(0, above.compareTo(max.plus(fen)));
    assertEquals(1, above.signum());
    assertEquals(-1, below.signum());
    assertTrue(above.isPositive() && below.isNegative() && !above.isZero());
    assertSame(above, above.abs());
    assertEquals(above.plus(fen), below.abs());
    assertNotEquals(max, above);
    assertNotEquals(above, above.negated());
    assertSame(above, above.max(max));
    assertSame(below, below.min(min));
  }
}
