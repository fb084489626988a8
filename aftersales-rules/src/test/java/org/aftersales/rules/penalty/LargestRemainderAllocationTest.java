package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.CNY;
import static org.aftersales.rules.penalty.AllocationFixtures.JPY;
import static org.aftersales.rules.penalty.AllocationFixtures.KWD;
import static org.aftersales.rules.penalty.AllocationFixtures.assertExactAndClose;
import static org.aftersales.rules.penalty.AllocationFixtures.assertViolation;
import static org.aftersales.rules.penalty.AllocationFixtures.cny;
import static org.aftersales.rules.penalty.AllocationFixtures.group;
import static org.aftersales.rules.penalty.AllocationFixtures.member;
import static org.aftersales.rules.penalty.AllocationFixtures.members;
import static org.aftersales.rules.penalty.AllocationFixtures.party;
import static org.aftersales.rules.penalty.AllocationFixtures.penaltyCase;
import static org.aftersales.rules.penalty.AllocationFixtures.person;
import static org.aftersales.rules.penalty.AllocationFixtures.persons;
import static org.aftersales.rules.penalty.AllocationFixtures.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The two-level largest-remainder allocation: between parties by weight (PEN-02), within a unit
 * by base points (PEN-06, PEN-09) — rounding, ties, reversals, currencies with 0 and 3 decimals,
 * amounts and weights beyond 64 bits, and the errors of zero weights. Runs under two JVM defaults
 * (tag jvm-defaults): messages are checked in English and Chinese.
 *
 * <p>// rule: PEN-02, PEN-06, PEN-09
 */
@Tag("jvm-defaults")
class LargestRemainderAllocationTest {

  static final LargestRemainderAllocation POLICY = LargestRemainderAllocation.seed();

  static OrganizationUnit trio() {
    return group("G-TRIO", member("E1003", "1"), member("E1001", "1"), member("E1002", "1"));
  }

  @Test
  void the_policy_names_its_algorithm_and_records_it_with_the_input() {
    // rule: PEN-02
    PenaltyAllocationPolicy policy = LargestRemainderAllocation.seed();
    assertEquals("largest-remainder-by-key/1", policy.algorithmVersion());
    PenaltyCase c = penaltyCase(cny("100.00"), ResponsibilityShare.whole(person("E1001")));
    PenaltyAllocation a = policy.allocate(c);
    assertEquals("largest-remainder-by-key/1", a.algorithmVersion());
    assertSame(c, a.input());
  }

  @Test
  void allocating_the_recorded_input_again_gives_an_equal_allocation() {
    // rule: PEN-02, PEN-06
    PenaltyAllocation first = POLICY.allocate(penaltyCase(cny("1234.57"),
        share(party(trio()), "2"), share(person("Q2001"), "1")));
    assertEquals(first, POLICY.allocate(first.input()));
    assertEquals(first, LargestRemainderAllocation.seed().allocate(first.input()));
  }

  @Test
  void one_person_alone_carries_the_whole_amount() {
    // rule: PEN-02
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.01"),
        ResponsibilityShare.whole(person("S3001"))));
    assertEquals(List.of("S3001=0.01"), persons(a));
    assertEquals(List.of("S3001=0.01"), members(a.parties().get(0)));
  }

  @Test
  void a_unit_of_one_member_gives_that_member_the_whole_part() {
    // rule: PEN-09
    OrganizationUnit solo = group("G-SOLO", member("E1001", "2.5"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("999.99"),
        ResponsibilityShare.whole(party(solo))));
    assertEquals(List.of("E1001=999.99"), persons(a));
  }

  @Test
  void ten_cents_over_three_equal_members_are_4_3_3_with_the_extra_cent_to_the_smallest_id() {
    // rule: PEN-06, PEN-09
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.10"),
        ResponsibilityShare.whole(party(trio()))));
    assertEquals(List.of("E1003=0.03", "E1001=0.04", "E1002=0.03"), members(a.parties().get(0)));
    assertEquals(List.of("E1001=0.04", "E1002=0.03", "E1003=0.03"), persons(a));
  }

  @Test
  void two_cents_over_three_equal_members_go_to_the_two_smallest_ids() {
    // rule: PEN-06, PEN-09
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.02"),
        ResponsibilityShare.whole(party(trio()))));
    assertEquals(List.of("E1001=0.01", "E1002=0.01", "E1003=0.00"), persons(a));
  }

  @Test
  void person_ids_are_ordered_as_text_so_e10_comes_before_e9() {
    // rule: PEN-06
    OrganizationUnit pair = group("G-PAIR", member("E9", "1"), member("E10", "1"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.01"),
        ResponsibilityShare.whole(party(pair))));
    assertEquals(List.of("E10=0.01", "E9=0.00"), persons(a));
  }

  @Test
  void ties_are_decided_by_the_whole_id_also_beyond_eight_characters_and_outside_latin_1() {
    // rule: PEN-06
    OrganizationUnit longIds = group("G-LONG", member("EMPLOYEE-0002", "1"),
        member("EMPLOYEE-0001", "1"), member("员工-0003", "1"), member("员工-0001", "1"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.06"),
        ResponsibilityShare.whole(party(longIds))));
    assertEquals(List.of("EMPLOYEE-0001=0.02", "EMPLOYEE-0002=0.02", "员工-0001=0.01",
        "员工-0003=0.01"), persons(a));
  }

  @Test
  void the_leftover_goes_to_the_largest_remainders_before_any_tie_is_considered() {
    // rule: PEN-06
    // 1.00 over 1, 1, 1, 3 base points (total 6): 0.1666… ×3 and 0.50; floors 0.16 ×3 and 0.50,
    // 2 cents left for the three remainders of 0.666… cent: the two smallest IDs.
    OrganizationUnit unit = group("G-MIX", member("E4", "3"), member("E3", "1"),
        member("E2", "1"), member("E1", "1"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("1.00"),
        ResponsibilityShare.whole(party(unit))));
    assertEquals(List.of("E1=0.17", "E2=0.17", "E3=0.16", "E4=0.50"), persons(a));
  }

  @Test
  void zero_allocates_zero_to_every_party_and_person() {
    // rule: PEN-02, PEN-09
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.00"),
        share(party(trio()), "1"), share(person("Q2001"), "2")));
    assertEquals(List.of("E1001=0.00", "E1002=0.00", "E1003=0.00", "Q2001=0.00"), persons(a));
    assertEquals(cny("0.00"), a.parties().get(0).amount());
    assertExactAndClose(a);
  }

  @Test
  void a_negative_amount_is_split_as_the_exact_negation_of_the_positive_one() {
    // rule: PEN-02, PEN-06
    PenaltyAllocation positive = POLICY.allocate(penaltyCase(cny("0.10"),
        ResponsibilityShare.whole(party(trio()))));
    PenaltyAllocation negative = POLICY.allocate(penaltyCase(cny("-0.10"),
        ResponsibilityShare.whole(party(trio()))));
    assertEquals(List.of("E1001=-0.04", "E1002=-0.03", "E1003=-0.03"), persons(negative));
    assertEquals(positive.parties().get(0).amount().negated(),
        negative.parties().get(0).amount());
  }

  @Test
  void yen_have_no_minor_unit_so_parts_are_whole_yen() {
    // rule: PEN-06
    PenaltyAllocation a = POLICY.allocate(penaltyCase(Money.of(new BigDecimal("100000"), JPY),
        ResponsibilityShare.whole(party(trio()))));
    assertEquals(List.of("E1001=33334", "E1002=33333", "E1003=33333"), persons(a));
    assertExactAndClose(a);
  }

  @Test
  void kuwaiti_dinars_have_three_decimals_so_parts_are_whole_fils() {
    // rule: PEN-06
    PenaltyAllocation a = POLICY.allocate(penaltyCase(Money.of(new BigDecimal("1.000"), KWD),
        ResponsibilityShare.whole(party(trio()))));
    assertEquals(List.of("E1001=0.334", "E1002=0.333", "E1003=0.333"), persons(a));
    assertEquals(KWD, a.persons().get(0).amount().currency());
  }

  @Test
  void base_points_with_four_decimals_are_exact() {
    // rule: PEN-06
    // 100.00 over 0.0001 and 999.9999 (total 1000): 0.00001 → 0.00, 99.99999 → 100.00.
    OrganizationUnit unit = group("G-FINE", member("E1", "0.0001"), member("E2", "999.9999"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("100.00"),
        ResponsibilityShare.whole(party(unit))));
    assertEquals(List.of("E1=0.00", "E2=100.00"), persons(a));
  }

  @Test
  void a_person_in_two_responsible_units_gets_the_sum_of_both_parts() {
    // rule: PEN-09
    OrganizationUnit a1 = group("G-A", member("E1", "1"), member("E2", "1"));
    OrganizationUnit b1 = group("G-B", member("E2", "1"), member("E3", "3"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("800.00"),
        share(party(a1), "1"), share(party(b1), "1")));
    assertEquals(List.of("E1=200.00", "E2=300.00", "E3=300.00"), persons(a));
    assertExactAndClose(a);
  }

  @Test
  void parties_come_in_the_order_of_the_shares_and_members_in_the_order_of_the_unit() {
    // rule: PEN-02
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("3.00"),
        share(person("Z9"), "1"), share(party(trio()), "2")));
    assertEquals(person("Z9"), a.parties().get(0).party());
    assertEquals(List.of("E1003=0.66", "E1001=0.67", "E1002=0.67"), members(a.parties().get(1)));
    assertEquals(List.of("E1001=0.67", "E1002=0.67", "E1003=0.66", "Z9=1.00"), persons(a));
  }

  @Test
  void the_same_people_in_another_order_get_the_same_amounts() {
    // rule: PEN-02, PEN-06
    OrganizationUnit forward = group("G-P", member("E1", "1.3"), member("E2", "0.7"),
        member("E3", "1.1"), member("E4", "0.9"));
    OrganizationUnit backward = group("G-P", member("E4", "0.9"), member("E3", "1.1"),
        member("E2", "0.7"), member("E1", "1.3"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("77.77"),
        share(party(forward), "3"), share(person("Q1"), "3"), share(person("Q0"), "1")));
    PenaltyAllocation b = POLICY.allocate(penaltyCase(cny("77.77"),
        share(person("Q0"), "1"), share(person("Q1"), "3"), share(party(backward), "3")));
    assertEquals(a.persons(), b.persons());
  }

  @Test
  void the_largest_amount_a_case_holds_is_split_exactly() {
    // rule: PEN-02, PEN-06 — 2^63 − 1 minor units; 1 : 2 between the trio and Q2001, the trio
    // 1 : 1 : 1. By hand: 9223372036854775807 ÷ 3 = 3074457345618258602 r 1, so the trio gets
    // 3074457345618258602 and Q2001 6148914691236517205 (remainders 1 and 2 of 3: Q2001 takes the
    // leftover unit); the trio's part ÷ 3 = 1024819115206086200 r 2: E1001 and E1002 get one more.
    Money largest = Money.ofMinor(Long.MAX_VALUE, CNY);
    PenaltyAllocation a = POLICY.allocate(penaltyCase(largest,
        share(party(trio()), "1"), share(person("Q2001"), "2")));
    assertEquals(List.of("E1001=10248191152060862.01", "E1002=10248191152060862.01",
        "E1003=10248191152060862.00", "Q2001=61489146912365172.05"), persons(a));
    assertExactAndClose(a);
  }

  @Test
  void a_case_of_2_to_the_63_minor_units_or_more_is_refused() {
    // rule: PEN-02 — the documented limit of a case's amount.
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> penaltyCase(
        Money.of(new BigDecimal("92233720368547758.08"), CNY), share(person("Q2001"), "1")));
    assertViolation(e, "amount", "must be less than 2^63 minor units of its currency",
        "不得达到其币种最小单位的 2^63");
  }

  @Test
  void products_of_amounts_and_weights_beyond_64_bits_fall_back_to_exact_big_integers() {
    // rule: PEN-02, PEN-06
    // 18-digit amount (fits a long) × weights of 15 digits: the products need about 110 bits.
    Money large = cny("9999999999999999.99");
    PenaltyAllocation a = POLICY.allocate(penaltyCase(large,
        share(person("P1"), "123456789012345"), share(person("P2"), "987654321098765"),
        share(party(trio()), "0.000000000000001")));
    assertExactAndClose(a);
    OrganizationUnit heavy = group("G-HEAVY", member("E1", "1000000"), member("E2", "0.0001"),
        member("E3", "999999.9999"));
    PenaltyAllocation b = POLICY.allocate(penaltyCase(large,
        ResponsibilityShare.whole(party(heavy))));
    assertExactAndClose(b);
  }

  @Test
  void weights_of_any_magnitude_count_only_by_their_ratio() {
    // rule: PEN-02
    List<String[]> sameRatio = List.of(new String[] {"60", "40"}, new String[] {"0.6", "0.4"},
        new String[] {"6E+14", "4E+14"}, new String[] {"600000000000000", "400000000000000"},
        new String[] {"0.000000000000006", "0.000000000000004"});
    for (String[] w : sameRatio) {
      PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.05"),
          share(person("Q1"), w[0]), share(person("Q2"), w[1])));
      // 0.03 and 0.02 exactly
      assertEquals(List.of("Q1=0.03", "Q2=0.02"), persons(a), () -> String.join(":", w));
    }
  }

  @Test
  void weights_too_large_or_too_precise_are_refused_so_no_input_can_stall_the_arithmetic() {
    // rule: PEN-02
    for (String w : List.of("6E+40", "1000000000000001", "0.0000000000000001", "6E-1000000")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> share(person("Q1"), w), w);
      assertEquals("weight", e.violations().get(0).path());
      assertTrue(e.getMessage(Locale.ENGLISH).contains("a responsibility weight must be at most "
          + "1000000000000000 with at most 15 decimal places"), e.getMessage(Locale.ENGLISH));
      assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("责任比例不能超过 1000000000000000"));
    }
  }

  @Test
  void the_long_and_the_big_integer_split_of_a_unit_agree_up_to_the_largest_amount() {
    // rule: PEN-06, PEN-09
    // Base points 1.25, 0.5, 2.0001, 1.25, 0.75 in ten-thousandths; the products of the larger
    // parts overflow a long, so split() falls back to the same method on BigIntegers.
    long[] weights = {12_500, 5_000, 20_001, 12_500, 7_500};
    // Members E5, E1, E3, E2, E4: by ID, E1 (1), E2 (3), E3 (2), E4 (4), E5 (0).
    int[] byIdOrder = {1, 3, 2, 4, 0};
    LargestRemainder.TieOrder byId = position -> byIdOrder[position];
    BigInteger[] wide = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      wide[i] = BigInteger.valueOf(weights[i]);
    }
    long[] parts = {0, 1, 2, 3, 4, 5, 7, 99, 100, 101, 12_345, 1_000_000_00, 999_999_999_999L,
        Long.MAX_VALUE / 100_000, Long.MAX_VALUE / 3, Long.MAX_VALUE};
    for (long part : parts) {
      long[] split = LargestRemainder.split(part, weights, byId);
      long[] reference = LargestRemainder.splitWide(part, wide, byId);
      for (int i = 0; i < split.length; i++) {
        assertEquals(reference[i], split[i], "part " + part + ", member " + i);
      }
    }
  }

  @Test
  void five_cents_over_two_equal_members_go_to_the_smaller_id_in_either_arithmetic() {
    // rule: PEN-06 — 0.05 over base points 1 and 1: 0.025 each; the tie goes to E1 (3 and 2).
    long[] weights = {10_000, 10_000};
    // Members E2, E1: by ID, E1 (1) first.
    LargestRemainder.TieOrder byId = position -> 1 - position;
    long[] expected = {2, 3};
    assertEquals(List.of(2L, 3L), List.of(LargestRemainder.split(5, weights, byId)[0],
        LargestRemainder.split(5, weights, byId)[1]));
    long[] wide = LargestRemainder.splitWide(5,
        new BigInteger[] {BigInteger.ONE, BigInteger.ONE}, byId);
    assertEquals(expected[0], wide[0]);
    assertEquals(expected[1], wide[1]);
  }

  @Test
  void a_zero_responsibility_weight_is_refused_when_the_share_is_made_in_both_languages() {
    // rule: PEN-02
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> share(person("Q2001"), "0"));
    assertViolation(e, "weight", "a responsibility weight must be greater than zero",
        "责任比例必须大于零");
    assertEquals("0", e.violations().get(0).rejectedValue().orElseThrow());
    assertThrows(InvalidInputException.class, () -> share(person("Q2001"), "-0.5"));
  }

  @Test
  void zero_base_points_are_refused_when_the_member_is_made_in_both_languages() {
    // rule: PEN-06
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> member("E1001", "0"));
    assertViolation(e, "basePoints",
        "must be greater than 0 and at most 1000000, with at most 4 decimal places",
        "必须大于 0 且不超过 1000000，小数位数不超过 4 位");
    assertThrows(InvalidInputException.class, () -> member("E1001", "0.00001"));
    assertTrue(e.getMessage().contains("basePoints"), e.getMessage());
  }

  @Test
  void a_case_without_shares_or_with_a_party_twice_is_refused_before_allocation() {
    // rule: PEN-02
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> PenaltyCase.builder().caseId("261107").amount(cny("1.00")).build());
    assertViolation(none, "shares", "a case needs at least one responsible party",
        "案件至少需要一个责任方");
    InvalidInputException twice = assertThrows(InvalidInputException.class,
        () -> penaltyCase(cny("1.00"), share(person("Q1"), "1"), share(person("Q1"), "2")));
    assertViolation(twice, "shares",
        "the same party is responsible more than once in one case",
        "同一责任方在一个案件中出现了不止一次");
  }

  @Test
  void every_allocation_records_the_amounts_in_the_cases_currency() {
    // rule: PEN-02
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("10.00"),
        ResponsibilityShare.whole(party(trio()))));
    a.persons().forEach(p -> assertEquals(CNY, p.amount().currency()));
    a.parties().forEach(p -> assertEquals(CNY, p.amount().currency()));
  }
}
