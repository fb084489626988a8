package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    assertThrows(ArithmeticException.class,
        () -> Money.ofMinor(1, CNY).multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
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
}
