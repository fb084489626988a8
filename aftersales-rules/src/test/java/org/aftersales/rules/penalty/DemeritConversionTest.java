package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.JPY;
import static org.aftersales.rules.penalty.DeductionFixtures.USD;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.penalty.AdministrativeCause;
import org.aftersales.core.penalty.AdministrativePenalty;
import org.aftersales.core.penalty.AdministrativePenaltyPolicy;
import org.aftersales.core.penalty.DemeritKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Administrative penalties in money: a warning at least 400, a minor demerit at least 800 per base
 * point, a major demerit or worse the whole month's bonus; for every one of the fifteen causes.
 * Runs under two JVM defaults (tag jvm-defaults).
 *
 * <p>// rule: PEN-03, PEN-04
 */
@Tag("jvm-defaults")
class DemeritConversionTest {

  static final AdministrativePenaltyPolicy SEED = DemeritConversion.seed(CNY);
  static final BasePoints ONE = BasePoints.of(1);

  static AdministrativePenalty penalty(DemeritKind kind, int count) {
    return new AdministrativePenalty(WANG, AdministrativeCause.WRONG_SHIPMENT, kind, count);
  }

  /** The seed's deduction, with the decided amount when there is one. */
  static Money seedDeduction(DemeritKind kind, int count, String decided, BasePoints basePoints,
      Money bonus) {
    return decided == null ? SEED.deduction(penalty(kind, count), basePoints, bonus)
        : SEED.deduction(penalty(kind, count), basePoints, bonus, cny(decided));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "1, none, 400.00", "3, none, 1200.00", "1, 500.00, 500.00", "1, 300.00, 400.00",
      "2, 799.99, 800.00", "2, 800.01, 800.01"})
  void a_warning_costs_at_least_400_each_or_the_amount_decided_above_that(int count,
      String decided, String expected) {
    // rule: PEN-04 — 警告 at least 400 per warning.
    assertEquals(cny(expected), SEED.deduction(penalty(DemeritKind.WARNING, count), ONE,
        cny("3000.00"), (decided == null ? cny("0.00") : cny(decided))));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "1, 1, none, 800.00", "1.5, 1, none, 1200.00", "1.5, 2, none, 2400.00",
      "1.2345, 1, none, 987.60", "0.5, 1, 600.00, 600.00", "2, 1, 1000.00, 1600.00"})
  void a_minor_demerit_costs_at_least_800_per_base_point_each(String basePoints, int count,
      String decided, String expected) {
    // rule: PEN-04 — 小过 每基数罚扣800元以上: per base point, per demerit.
    assertEquals(cny(expected), SEED.deduction(penalty(DemeritKind.MINOR_DEMERIT, count),
        BasePoints.parse(basePoints), cny("3000.00"), (decided == null ? cny("0.00") : cny(decided))));
  }

  @ParameterizedTest
  @EnumSource(value = DemeritKind.class, names = {"MAJOR_DEMERIT", "MORE_SEVERE"})
  void a_major_demerit_or_worse_takes_the_whole_bonus_whatever_the_count_or_decided_amount(
      DemeritKind kind) {
    // rule: PEN-04 — 大过以上 the whole month's efficiency bonus, and never more.
    assertEquals(cny("3456.78"), SEED.deduction(penalty(kind, 1), ONE, cny("3456.78")));
    assertEquals(cny("3456.78"), SEED.deduction(penalty(kind, 3), ONE,
        cny("3456.78"), cny("99999.00")));
    assertEquals(cny("3456.78"), SEED.deduction(penalty(kind, 1), BasePoints.of(5),
        cny("3456.78"), cny("10.00")));
    assertEquals(cny("0.00"), SEED.deduction(penalty(kind, 2), ONE, cny("0.00")));
  }

  @Test
  void each_of_the_fifteen_causes_is_converted_the_same_way() {
    // rule: PEN-03 — the cause decides whether a penalty is given, not what it costs. Two of
    // each at 1.5 base points, bonus 3 000: warnings 2 × 400 = 800; minor demerits
    // 2 × 800 × 1.5 = 2 400; a major demerit or worse the bonus, 3 000.
    Map<DemeritKind, Money> expected = Map.of(DemeritKind.WARNING, cny("800.00"),
        DemeritKind.MINOR_DEMERIT, cny("2400.00"), DemeritKind.MAJOR_DEMERIT, cny("3000.00"),
        DemeritKind.MORE_SEVERE, cny("3000.00"));
    assertEquals(15, AdministrativeCause.values().length);
    for (AdministrativeCause cause : AdministrativeCause.values()) {
      for (DemeritKind kind : EnumSet.allOf(DemeritKind.class)) {
        AdministrativePenalty p = new AdministrativePenalty(WANG, cause, kind, 2);
        assertEquals(expected.get(kind),
            SEED.deduction(p, BasePoints.parse("1.5"), cny("3000.00")), cause + " " + kind);
      }
      assertFalse(cause.displayName().english().isBlank());
    }
  }

  @Test
  void a_conversion_is_not_capped_at_half_the_bonus() {
    // rule: PEN-04 — PEN-08's monthly cap belongs to the economic penalties, not to these.
    assertEquals(cny("400.00"), SEED.deduction(penalty(DemeritKind.WARNING, 1), ONE,
        cny("600.00")));
    assertEquals(cny("4800.00"), SEED.deduction(penalty(DemeritKind.MINOR_DEMERIT, 3),
        BasePoints.of(2), cny("3000.00")));
  }

  @Test
  void an_adopter_may_limit_warnings_and_minor_demerits_to_the_bonus() {
    // rule: PEN-04 — configured: never more than a major demerit would take.
    DemeritConversion limited = DemeritConversion.builder(CNY).limitedToMonthlyBonus(true).build();
    assertTrue(limited.limitedToMonthlyBonus());
    assertEquals(cny("3000.00"), limited.deduction(penalty(DemeritKind.MINOR_DEMERIT, 3),
        BasePoints.of(2), cny("3000.00")));
    assertEquals(cny("400.00"), limited.deduction(penalty(DemeritKind.WARNING, 1), ONE,
        cny("3000.00")));
  }

  @Test
  void the_amounts_are_defaults_that_can_be_configured() {
    // rule: PEN-04
    DemeritConversion own = DemeritConversion.builder(CNY).warningMinimum(cny("500.00"))
        .minorDemeritPerBasePoint(cny("1000.00")).build();
    assertEquals(cny("1000.00"), own.deduction(penalty(DemeritKind.WARNING, 2), ONE,
        cny("3000.00")));
    assertEquals(cny("2500.00"), own.deduction(penalty(DemeritKind.MINOR_DEMERIT, 1),
        BasePoints.parse("2.5"), cny("3000.00")));
    DemeritConversion seed = DemeritConversion.seed(CNY);
    assertEquals(cny("400.00"), seed.warningMinimum());
    assertEquals(cny("800.00"), seed.minorDemeritPerBasePoint());
    assertEquals(CNY, seed.currency());
    assertEquals(seed, DemeritConversion.builder(CNY).build());
    assertEquals(seed.hashCode(), DemeritConversion.builder(CNY).build().hashCode());
    assertNotEquals(seed, own);
    assertEquals("DemeritConversion[warning ≥ CNY 400.00, minor demerit ≥ CNY 800.00 per base"
        + " point, major demerit or worse = the whole bonus]", seed.toString());
  }

  @Test
  void only_a_product_finer_than_the_minor_unit_is_rounded_half_up() {
    // rule: PEN-04 — CNY 800.05 × 1.5 = 1 200.075 → 1 200.08; JPY 1 000 × 1.0005 = 1 000.5 → 1 001.
    DemeritConversion fen = DemeritConversion.builder(CNY)
        .minorDemeritPerBasePoint(cny("800.05")).build();
    assertEquals(cny("1200.08"), fen.deduction(penalty(DemeritKind.MINOR_DEMERIT, 1),
        BasePoints.parse("1.5"), cny("3000.00")));
    DemeritConversion yen = DemeritConversion.builder(JPY)
        .minorDemeritPerBasePoint(money("1000", JPY)).build();
    AdministrativePenalty minor = new AdministrativePenalty(WANG, AdministrativeCause.OTHER,
        DemeritKind.MINOR_DEMERIT, 1);
    assertEquals(money("1001", JPY), yen.deduction(minor, BasePoints.parse("1.0005"),
        money("300000", JPY)));
    assertEquals(money("800", JPY), DemeritConversion.seed(JPY).deduction(minor,
        BasePoints.parse("1.0005"), money("300000", JPY)));
    assertEquals(money("400", JPY), DemeritConversion.seed(JPY).warningMinimum());
  }

  @Test
  void a_negative_bonus_and_a_decided_amount_in_another_currency_are_listed_in_both_languages() {
    // rule: PEN-04
    AdministrativePenalty p = new AdministrativePenalty(WANG, AdministrativeCause.OTHER,
        DemeritKind.WARNING, 1);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SEED.deduction(p, ONE, cny("-1.00"), money("10.00", USD)));
    assertEquals("Invalid input (2 problem(s)): decidedAmount: must be in CNY, the currency of this"
        + " conversion (rejected value: \"USD 10.00\"); monthlyBonus: the monthly efficiency bonus"
        + " must be zero or more (rejected value: \"CNY -1.00\")",
        e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（2 个问题）： decidedAmount：必须以 CNY 计，即本折算标准的货币（被拒绝的值：“USD 10.00”）;"
        + " monthlyBonus：当月效率奖金不能为负数（被拒绝的值：“CNY -1.00”）",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_bonus_in_another_currency_is_refused() {
    // rule: PEN-04
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SEED.deduction(penalty(DemeritKind.MAJOR_DEMERIT, 1), ONE,
            money("3000.00", USD)));
    assertEquals("monthlyBonus: must be in CNY, the currency of this conversion (rejected value:"
        + " \"USD 3000.00\")", e.violations().get(0).render(Locale.ENGLISH));
  }

  @Test
  void configured_amounts_must_be_zero_or_more_in_the_conversions_currency() {
    // rule: PEN-04
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DemeritConversion.builder(CNY).warningMinimum(cny("-1.00"))
            .minorDemeritPerBasePoint(money("800.00", USD)).build());
    assertEquals("Invalid input (2 problem(s)): minorDemeritPerBasePoint: must be in CNY, the"
        + " currency of this conversion (rejected value: \"USD 800.00\"); warningMinimum: must be"
        + " zero or more (rejected value: \"CNY -1.00\")", e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（2 个问题）： minorDemeritPerBasePoint：必须以 CNY 计，即本折算标准的货币"
        + "（被拒绝的值：“USD 800.00”）; warningMinimum：不能为负数（被拒绝的值：“CNY -1.00”）",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
    Money zero = cny("0.00");
    assertEquals(zero, DemeritConversion.builder(CNY).warningMinimum(zero).build()
        .deduction(penalty(DemeritKind.WARNING, 1), ONE, cny("3000.00")));
  }
}
