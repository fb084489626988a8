package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.LossAssessment;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.penalty.DepartmentAttribution;
import org.aftersales.rules.penalty.FineSchedule;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.rules.penalty.ResaleWindowLossBasis;
import org.junit.jupiter.api.Test;

/**
 * The penalty fixtures' defaults are valid values that the seed's policies and the real use cases
 * accept, and they reproduce docs/penalty.md's worked cases. Expected amounts are worked out by
 * hand in the comments.
 */
class PenaltyFixturesTest {

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  @Test
  void the_worked_case_splits_ten_thousand_sixty_forty_and_the_group_by_base_points() {
    // rule: PEN-02, PEN-06, PEN-09 — 10 000.00 × 60/100 = 6 000.00 over 1.2 + 1.0 + 0.8 = 3.0:
    // 2 400.00, 2 000.00, 1 600.00; Q2001 10 000.00 × 40/100 = 4 000.00.
    PenaltyAllocation a = LargestRemainderAllocation.seed().allocate(
        PenaltyFixtures.workedExample());
    assertEquals(cny("2400.00"), a.amountFor(PersonId.of("E1001")));
    assertEquals(cny("2000.00"), a.amountFor(PersonId.of("E1002")));
    assertEquals(cny("1600.00"), a.amountFor(PersonId.of("E1003")));
    assertEquals(cny("4000.00"), a.amountFor(PersonId.of("Q2001")));
  }

  @Test
  void the_remainder_example_gives_the_three_fen_left_to_the_largest_remainders() {
    // rule: PEN-05, PEN-09 — 3 333.33 over 7.5 base points: floors add up to 3 333.30; the
    // remainders 0.6 (E1001), 0.52 (E1006, E1007) get one fen each.
    PenaltyAllocation a = LargestRemainderAllocation.seed().allocate(
        PenaltyFixtures.remainderExample());
    assertEquals(cny("666.67"), a.amountFor(PersonId.of("E1001")));
    assertEquals(cny("533.33"), a.amountFor(PersonId.of("E1002")));
    assertEquals(cny("533.33"), a.amountFor(PersonId.of("E1003")));
    assertEquals(cny("444.44"), a.amountFor(PersonId.of("E1004")));
    assertEquals(cny("444.44"), a.amountFor(PersonId.of("E1005")));
    assertEquals(cny("355.56"), a.amountFor(PersonId.of("E1006")));
    assertEquals(cny("355.56"), a.amountFor(PersonId.of("E1007")));
  }

  @Test
  void the_units_hold_the_documented_members_and_base_points() {
    // rule: PEN-09 — base points 1.2 + 1.0 + 0.8 = 3.0 and 1.5 + 2×1.2 + 2×1.0 + 2×0.8 = 7.5.
    assertEquals(0, new BigDecimal("3.0").compareTo(PenaltyFixtures.pressGroup()
        .totalBasePoints()));
    assertEquals(0, new BigDecimal("7.5").compareTo(PenaltyFixtures.pressSection()
        .totalBasePoints()));
    assertEquals(2, PenaltyFixtures.serviceGroup().members().size());
    assertTrue(PenaltyFixtures.unit().build().lead().isEmpty());
    assertEquals(PersonId.of("E1002"), PenaltyFixtures.unit().lead(PersonId.of("E1002")).build()
        .lead().orElseThrow());
  }

  @Test
  void the_default_fine_is_the_seeds_ten_yuan_for_a_phone_switched_off() {
    // rule: PEN-11 — the phone off at 09:30 (within 08:00–22:00), first occurrence: CNY 10.
    FineDecision d = FineSchedule.seed(PenaltyFixtures.CNY, PenaltyFixtures.SHANGHAI)
        .decide(PenaltyFixtures.fineCase().build());
    FineDecision.Fine fine = assertInstanceOf(FineDecision.Fine.class, d);
    assertEquals(cny("10.00"), fine.amount());
    assertEquals(PenaltyFixtures.E3001, fine.payer());
  }

  @Test
  void a_fine_without_a_known_person_or_with_a_stranger_is_built_or_refused() {
    // rule: PEN-11 — the responsible person must belong to the group.
    assertTrue(PenaltyFixtures.fineCase().noResponsible().build().responsible().isEmpty());
    assertThrows(InvalidInputException.class,
        () -> PenaltyFixtures.fineCase().responsible(PersonId.of("X9")).build());
  }

  @Test
  void the_default_manufacturing_fault_goes_to_the_press_group_or_else_the_section() {
    // rule: PEN-05 — a manufacturing fault is carried by its group, if known; else the section.
    ResponsibleParty party = DepartmentAttribution.seed().attribute(
        PenaltyFixtures.faultReport().build());
    assertEquals(PenaltyFixtures.PRESS_GROUP,
        assertInstanceOf(ResponsibleParty.Unit.class, party).unit().id());
    ResponsibleParty section = DepartmentAttribution.seed().attribute(
        PenaltyFixtures.faultReport().noGroup().build());
    assertEquals(PenaltyFixtures.PRESS_SECTION,
        assertInstanceOf(ResponsibleParty.Unit.class, section).unit().id());
  }

  @Test
  void the_default_loss_facts_are_the_actual_loss_once_the_window_has_passed() {
    // rule: PEN-01 — not resold: the actual loss of CNY 10 000.00 applies once the window ends.
    LossAssessment a = ResaleWindowLossBasis.seed().assess(PenaltyFixtures.lossFacts().build(),
        LocalDate.of(2027, 6, 30));
    assertEquals(cny("10000.00"),
        assertInstanceOf(LossAssessment.Determined.class, a).amount());
    assertThrows(InvalidInputException.class, () -> PenaltyFixtures.lossFacts()
        .resoldOn(LocalDate.of(2026, 11, 20)).build(), "a resale needs its A-grade loss");
  }

  @Test
  void the_default_posting_is_accepted_and_its_case_ids_never_repeat() {
    // rule: PEN-07 — four persons, the worked case's shares, in November 2026.
    PenaltyFixtures.Ledgers ledgers = PenaltyFixtures.ledgers();
    PersonPenaltyLedger e1001 = ledgers.posted();
    assertEquals(cny("2400.00"), e1001.postedTotal());
    assertEquals(4, ledgers.accounts().all().size());
    assertEquals(YearMonth.of(2026, 11), e1001.postings().get(0).month());
    assertNotEquals(PenaltyFixtures.postPenalty().build().caseId(),
        PenaltyFixtures.postPenalty().build().caseId());
  }

  @Test
  void a_reversal_leaves_nothing_outstanding() {
    // rule: PEN-07 — posted 2 400.00 and reversed: 0.00 outstanding.
    PersonPenaltyLedger reversed = PenaltyFixtures.ledgers().reversed();
    assertEquals(1, reversed.reversals().size());
    assertEquals(cny("0.00"), reversed.account().outstanding());
  }

  @Test
  void a_settled_month_deducts_at_most_half_the_bonus_and_carries_the_rest() {
    // rule: PEN-08 — bonus 3 000.00, cap 50 % = 1 500.00 of 2 400.00; 900.00 carried.
    PersonPenaltyLedger settled = PenaltyFixtures.ledgers().settled();
    assertEquals(cny("1500.00"), settled.account().totalDeducted());
    assertEquals(cny("900.00"), settled.account().outstanding());
    assertEquals(YearMonth.of(2026, 11), settled.account().lastSettled().orElseThrow());
  }

  @Test
  void the_empty_ledger_is_e1001s_in_cny() {
    // rule: PEN-07
    PersonPenaltyLedger l = PenaltyFixtures.aLedger();
    assertEquals(PenaltyFixtures.E1001, l.person());
    assertEquals(List.of(), l.postings());
  }
}
