package org.aftersales.core.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Base points and units as the penalty rules need them (PEN-06, PEN-09): exact values, and no
 * invalid one can be built.
 *
 * <p>// rule: PEN-06, PEN-09
 */
class OrganizationValuesTest {

  static final PersonId WANG = PersonId.of("P-1001");
  static final PersonId LI = PersonId.of("P-2002");

  static void assertInvalid(String path, String english, Runnable build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::run);
    assertEquals(path, e.violations().get(0).path());
    assertTrue(e.getMessage(Locale.ENGLISH).contains(english), e.getMessage(Locale.ENGLISH));
  }

  @Test
  void base_points_are_exact_in_ten_thousandths_and_equal_by_value() {
    // rule: PEN-06 — 1.25 is 12 500 ten-thousandths; 1.0 equals 1.
    assertEquals(12_500, BasePoints.parse("1.25").tenThousandths());
    assertEquals(new BigDecimal("1.25"), BasePoints.parse("1.25").value());
    assertEquals(BasePoints.of(1), BasePoints.parse("1.0"));
    assertEquals(BasePoints.of(1), BasePoints.of(new BigDecimal("1.0000")));
    assertEquals(BigDecimal.ONE, BasePoints.parse("1.000").value());
    assertEquals(0, BasePoints.parse("1.000").value().scale());
    assertEquals(new BigDecimal("10"), BasePoints.of(10).value());
    assertEquals("10", BasePoints.of(10).toString());
    assertEquals("0.0001", BasePoints.parse("0.0001").toString());
    assertEquals(1, BasePoints.parse("0.0001").tenThousandths());
    assertEquals(10_000_000_000L, BasePoints.of(1_000_000).tenThousandths());
    assertTrue(BasePoints.parse("1.5").compareTo(BasePoints.of(2)) < 0);
    assertTrue(BasePoints.of(2).compareTo(BasePoints.parse("1.9999")) > 0);
    assertEquals(0, BasePoints.parse("2.0").compareTo(BasePoints.of(2)));
    assertNotEquals(BasePoints.of(2), BasePoints.parse("2.0001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "0.00001", "1000000.0001", "1000001", "1e7", "abc", "",
      "1e2147483647", "-1e2147483647", "1E-2147483648", "1e-2147483647"})
  void base_points_out_of_range_too_precise_or_not_a_number_are_refused(String text) {
    // rule: PEN-06 — greater than 0, at most 1 000 000, at most four decimals.
    assertInvalid("basePoints", "must be greater than 0 and at most 1000000, with at most 4"
        + " decimal places", () -> BasePoints.parse(text));
  }

  @Test
  void whole_base_points_and_ten_thousandths_have_the_same_range() {
    // rule: PEN-06
    assertInvalid("basePoints", "at most 1000000", () -> BasePoints.of(0));
    assertInvalid("basePoints", "at most 1000000", () -> BasePoints.of(1_000_001));
    assertInvalid("basePoints", "at most 1000000", () -> BasePoints.of(-3));
    assertInvalid("basePoints", "at most 1000000", () -> new BasePoints(0));
    assertInvalid("basePoints", "at most 1000000", () -> new BasePoints(10_000_000_001L));
    assertEquals(BasePoints.of(1_000_000), new BasePoints(10_000_000_000L));
    assertEquals(new BasePoints(10_000_000_000L), BasePoints.parse("1000000.0000"), "the largest, as text");
    // A refused text is shown as written, not as the number the library would have made of it.
    assertEquals("0.00", assertThrows(InvalidInputException.class, () -> BasePoints.parse("0.00"))
        .violations().get(0).rejectedValue().orElseThrow());
    assertEquals(BasePoints.of(1), new BasePoints(10_000));
    // (1 ± 2^60) × 10 000 wraps around to 10 000 in a long: refused, not taken for 1.
    assertInvalid("basePoints", "at most 1000000", () -> BasePoints.of(1 + (1L << 60)));
    assertInvalid("basePoints", "at most 1000000", () -> BasePoints.of(1 - (1L << 60)));
  }

  static OrganizationUnit.Builder group() {
    return OrganizationUnit.builder().id(UnitId.of("G-1")).level(UnitLevel.GROUP)
        .kind(DepartmentKind.MANUFACTURING);
  }

  @Test
  void a_unit_sums_its_members_base_points() {
    // rule: PEN-06 — 1.25 + 0.75 + 3 = 5.
    OrganizationUnit unit = group().addMember(new Member(WANG, BasePoints.parse("1.25")))
        .addMember(new Member(LI, BasePoints.parse("0.75")))
        .addMember(new Member(PersonId.of("P-3"), BasePoints.of(3))).lead(LI).build();
    assertEquals(0, new BigDecimal("5").compareTo(unit.totalBasePoints()));
    assertEquals(LI, unit.lead().orElseThrow());
  }

  @Test
  void a_unit_needs_members_each_once_and_a_lead_among_them() {
    // rule: PEN-09
    assertInvalid("members", "unit G-1 has no members", () -> group().build());
    assertInvalid("members", "is a member of unit G-1 more than once", () -> group()
        .addMember(new Member(WANG, BasePoints.of(1)))
        .addMember(new Member(WANG, BasePoints.of(2))).build());
    assertInvalid("lead", "the lead of unit G-1 must be one of its members", () -> group()
        .addMember(new Member(WANG, BasePoints.of(1))).lead(LI).build());
  }

  @Test
  void a_unit_ranks_its_members_by_person_id_in_string_order_and_keeps_their_given_order() {
    // rule: PEN-06 — the person ID breaks rounding ties; E3, E10, E1, E2 listed in that order are,
    // by ID in string order, E1 (index 2), E10 (1), E2 (3), E3 (0).
    OrganizationUnit unit = group()
        .addMember(new Member(PersonId.of("E3"), BasePoints.of(1)))
        .addMember(new Member(PersonId.of("E10"), BasePoints.of(2)))
        .addMember(new Member(PersonId.of("E1"), BasePoints.of(3)))
        .addMember(new Member(PersonId.of("E2"), BasePoints.of(4)))
        .build();
    assertEquals(2, unit.memberInIdOrder(0));
    assertEquals(1, unit.memberInIdOrder(1));
    assertEquals(3, unit.memberInIdOrder(2));
    assertEquals(0, unit.memberInIdOrder(3));
    assertEquals(PersonId.of("E3"), unit.members().get(0).person());
    assertThrows(IndexOutOfBoundsException.class, () -> unit.memberInIdOrder(4));
  }

  @Test
  void the_id_order_is_derived_and_does_not_change_equality() {
    // rule: PEN-09 — two units with the same members are equal whether or not one was ranked.
    OrganizationUnit ranked = group().addMember(new Member(LI, BasePoints.of(1)))
        .addMember(new Member(WANG, BasePoints.of(1))).build();
    OrganizationUnit fresh = group().addMember(new Member(LI, BasePoints.of(1)))
        .addMember(new Member(WANG, BasePoints.of(1))).build();
    assertEquals(1, ranked.memberInIdOrder(0)); // P-1001 (WANG) before P-2002 (LI)
    assertEquals(fresh, ranked);
    assertEquals(fresh.hashCode(), ranked.hashCode());
    assertEquals(fresh.toString(), ranked.toString());
  }
}
