package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.penalty.AdministrativeCause;
import org.aftersales.core.penalty.AdministrativePenalty;
import org.aftersales.core.penalty.Aggravation;
import org.aftersales.core.penalty.DemeritKind;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/**
 * The configurable penalty policies compare, hash and describe themselves by their settings, and
 * every setting takes effect (PEN-01, PEN-04, PEN-08, PEN-11, PEN-12, CMP-20).
 *
 * <p>// rule: PEN-01, PEN-04, PEN-08, PEN-11, PEN-12, CMP-20
 */
class PenaltyPolicyConfigurationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void policies_with_other_settings_are_unequal_and_hash_differently() {
    // rule: PEN-01, PEN-04, PEN-08, PEN-11
    DemeritConversion demerits = DemeritConversion.seed(CNY);
    DemeritConversion limited = DemeritConversion.builder(CNY).limitedToMonthlyBonus(true).build();
    assertEquals(demerits, DemeritConversion.builder(CNY).build());
    assertEquals(demerits.hashCode(), DemeritConversion.builder(CNY).build().hashCode());
    assertNotEquals(demerits, limited);
    assertNotEquals(demerits.hashCode(), limited.hashCode());
    assertNotEquals(demerits, "DemeritConversion");
    assertFalse(demerits.limitedToMonthlyBonus());
    assertTrue(limited.limitedToMonthlyBonus());
    assertTrue(limited.toString().endsWith(", limited to the bonus]"), limited::toString);
    assertFalse(demerits.toString().contains("limited"), demerits::toString);

    CappedDeduction half = CappedDeduction.seed();
    CappedDeduction third = CappedDeduction.builder().capShare(new BigDecimal("0.3")).build();
    assertEquals(half.hashCode(), CappedDeduction.builder().capShare(new BigDecimal("0.50"))
        .build().hashCode());
    assertNotEquals(half.hashCode(), third.hashCode());
    assertNotEquals(half, "CappedDeduction");
    assertEquals("capped-oldest-first/2", half.algorithmVersion());

    ResaleWindowLossBasis month = ResaleWindowLossBasis.seed();
    assertEquals(month.hashCode(), ResaleWindowLossBasis.of(Period.ofMonths(1)).hashCode());
    assertNotEquals(month.hashCode(), ResaleWindowLossBasis.of(Period.ofDays(45)).hashCode());

    FineSchedule fines = FineSchedule.seed(CNY, SHANGHAI);
    FineSchedule compounding = FineSchedule.builder(CNY, SHANGHAI).compoundRepeats(true).build();
    assertNotEquals(fines.hashCode(), compounding.hashCode());
    assertTrue(compounding.toString().contains("repeat ×2 compounding"), compounding::toString);
    assertTrue(compounding.compoundsRepeats());
  }

  @Test
  void a_decided_amount_below_zero_is_refused() {
    // rule: PEN-04
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DemeritConversion.seed(CNY).deduction(new AdministrativePenalty(WANG,
            AdministrativeCause.OTHER, DemeritKind.WARNING, 1), BasePoints.of(1), cny("3000.00"),
            cny("-0.01")));
    assertEquals("decidedAmount", e.violations().get(0).path());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("must be zero or more"));
  }

  @Test
  void the_schedule_answers_what_it_decides() {
    // rule: PEN-11, PEN-12
    FineSchedule fines = FineSchedule.seed(CNY, SHANGHAI);
    assertFalse(fines.punishedByMajorDemerit(FineKind.PHONE_OFF));
    assertFalse(fines.punishedByMajorDemerit(FineKind.of("NIGHT_CALL", "night call", "夜间呼叫")));
    assertTrue(fines.punishedByMajorDemerit(FineKind.REPEAT_REPAIR));
    FineSchedule withheld = FineSchedule.builder(CNY, SHANGHAI)
        .allowanceWithheldFor(Set.of(FineKind.PHONE_OFF)).build();
    assertEquals(Set.of(FineKind.PHONE_OFF), withheld.allowanceWithheldFor());
    FineSchedule chained = FineSchedule.builder(CNY, SHANGHAI).clear()
        .majorDemerit(FineKind.DISOBEYING_HQ, RuleId.of("PEN-11"))
        .fine(FineKind.PHONE_OFF, cny("10.00"), RuleId.of("PEN-11")).build();
    assertEquals(Set.of(FineKind.DISOBEYING_HQ, FineKind.PHONE_OFF), chained.kinds());
  }

  @Test
  void an_aggravation_alone_names_cmp_20_beside_the_entrys_rule_and_its_factor_is_configurable() {
    // rule: CMP-20, PEN-12 — hotline escalated, first report, one aggravation: 50 × 3.
    FineSchedule own = FineSchedule.builder(CNY, SHANGHAI)
        .escalatedKinds(Set.of(FineKind.HOTLINE_UNANSWERED))
        .aggravationFactor(BigDecimal.valueOf(3)).build();
    FineDecision d = own.decide(FineScheduleTest.fineCase(FineKind.HOTLINE_UNANSWERED, 1, WANG, 1,
        Set.of(Aggravation.SKIPPED_BACKUP)).build());
    assertEquals(new FineDecision.Fine(WANG, false, cny("150.00"), new BigDecimal("3"),
        List.of(RuleId.of("PEN-12"), RuleId.of("CMP-20"))), d);
    assertEquals(new BigDecimal("3"), own.aggravationFactor());
  }

  @Test
  void factors_of_exactly_one_are_accepted_and_below_one_refused() {
    // rule: CMP-20
    FineSchedule ones = FineSchedule.builder(CNY, SHANGHAI).repeatFactor(BigDecimal.ONE)
        .aggravationFactor(new BigDecimal("1.00")).build();
    assertEquals(BigDecimal.ONE, ones.aggravationFactor());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> FineSchedule.builder(CNY, SHANGHAI).aggravationFactor(new BigDecimal("0.99"))
            .build());
    assertEquals("aggravationFactor", e.violations().get(0).path());
  }

  @Test
  void a_total_of_weights_beyond_a_long_is_split_on_big_integers() {
    // rule: PEN-02 — (2^63 − 2) + 2 overflows; 1000 splits 1000 × w ÷ 2^63 ≈ 1000 and 0.
    long[] weights = {Long.MAX_VALUE - 1, 2};
    long[] parts = LargestRemainder.split(1000, weights, position -> position);
    long[] reference = LargestRemainder.splitWide(1000, new BigInteger[] {
        BigInteger.valueOf(Long.MAX_VALUE - 1), BigInteger.TWO}, position -> position);
    assertEquals(1000, parts[0]);
    assertEquals(0, parts[1]);
    assertEquals(reference[0], parts[0]);
  }

  @Test
  void a_total_just_below_2_to_the_64_is_not_mistaken_for_a_small_negative_one() {
    // rule: PEN-02 — weights 2^63 − 1 and 2^63 − 10 add up to 2^64 − 11, which wraps to −11 in a
    // long; every product with an amount of 1 fits. One minor unit: both exact shares are just
    // below 1/2, the larger goes to part 0.
    long[] parts = LargestRemainder.split(1, new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 9},
        position -> position);
    assertEquals(List.of(1L, 0L), List.of(parts[0], parts[1]));
  }

  @Test
  void the_allocation_policy_names_its_version_for_logs() {
    // rule: PEN-02
    assertEquals("LargestRemainderAllocation[largest-remainder-by-key/1]",
        LargestRemainderAllocation.seed().toString());
  }

  @Test
  void a_larger_remainder_outside_the_tie_keeps_its_unit_whatever_its_key() {
    // rule: PEN-06 — amount 2 over weights 4, 3, 3 (total 10): exact 0.8, 0.6, 0.6; floors 0, 0,
    // 0, two units left: part 0 (0.8) gets one, and of the tied 0.6s the one first by key (2).
    long[] parts = LargestRemainder.split(2, new long[] {4, 3, 3}, position -> 2 - position);
    assertEquals(List.of(1L, 0L, 1L), List.of(parts[0], parts[1], parts[2]));
  }
}
