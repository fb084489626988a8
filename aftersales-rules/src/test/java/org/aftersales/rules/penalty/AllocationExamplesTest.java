package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.assertExactAndClose;
import static org.aftersales.rules.penalty.AllocationFixtures.cny;
import static org.aftersales.rules.penalty.AllocationFixtures.group;
import static org.aftersales.rules.penalty.AllocationFixtures.member;
import static org.aftersales.rules.penalty.AllocationFixtures.members;
import static org.aftersales.rules.penalty.AllocationFixtures.party;
import static org.aftersales.rules.penalty.AllocationFixtures.penaltyCase;
import static org.aftersales.rules.penalty.AllocationFixtures.person;
import static org.aftersales.rules.penalty.AllocationFixtures.persons;
import static org.aftersales.rules.penalty.AllocationFixtures.share;
import static org.aftersales.rules.penalty.AllocationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.FaultReport;
import org.aftersales.core.penalty.LossAssessment;
import org.aftersales.core.penalty.LossBasis;
import org.aftersales.core.penalty.LossFacts;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the penalty rules with realistic numbers, from the loss basis through
 * attribution to the split among people: the numbers docs/penalty.md shows. Every amount is written
 * out literally. Runs under two JVM defaults (tag jvm-defaults: en_US/UTC, then
 * zh_CN/Pacific/Kiritimati): nothing may move with the default locale or zone.
 *
 * <p>// rule: PEN-01, PEN-02, PEN-05, PEN-06, PEN-09
 */
@Tag("jvm-defaults")
class AllocationExamplesTest {

  static final LargestRemainderAllocation POLICY = LargestRemainderAllocation.seed();

  /** The press group: three members with base points 1.2, 1.0 and 0.8 (total 3.0). */
  static final OrganizationUnit PRESS_GROUP = group("G-PRESS",
      member("E1001", "1.2"), member("E1002", "1.0"), member("E1003", "0.8"));

  /** The press section: seven members with base points from 0.8 to 1.5 (total 7.5). */
  static final OrganizationUnit PRESS_SECTION = unit("S-PRESS", UnitLevel.SECTION,
      DepartmentKind.MANUFACTURING,
      member("E1007", "0.8"), member("E1001", "1.5"), member("E1004", "1.0"),
      member("E1002", "1.2"), member("E1006", "0.8"), member("E1003", "1.2"),
      member("E1005", "1.0"));

  @Test
  void a_loss_of_10000_split_60_40_between_the_press_group_and_a_qa_inspector() {
    // rule: PEN-02, PEN-06, PEN-09
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("10000.00"),
        share(party(PRESS_GROUP), "60"), share(person("Q2001"), "40")));
    assertEquals(cny("6000.00"), a.parties().get(0).amount());
    assertEquals(List.of("E1001=2400.00", "E1002=2000.00", "E1003=1600.00"),
        members(a.parties().get(0)));
    assertEquals(cny("4000.00"), a.parties().get(1).amount());
    assertEquals(List.of("E1001=2400.00", "E1002=2000.00", "E1003=1600.00", "Q2001=4000.00"),
        persons(a));
    assertEquals(LargestRemainderAllocation.ALGORITHM_VERSION, a.algorithmVersion());
    assertExactAndClose(a);
  }

  @Test
  void ratios_count_not_their_scale_so_60_40_and_0_6_0_4_and_3_2_give_the_same_split() {
    // rule: PEN-02
    for (String[] weights : List.of(new String[] {"60", "40"}, new String[] {"0.6", "0.4"},
        new String[] {"3", "2"})) {
      PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("10000.00"),
          share(party(PRESS_GROUP), weights[0]), share(person("Q2001"), weights[1])));
      assertEquals(List.of("E1001=2400.00", "E1002=2000.00", "E1003=1600.00", "Q2001=4000.00"),
          persons(a));
    }
  }

  @Test
  void the_seed_formula_loss_divided_by_the_units_total_base_points_times_the_persons() {
    // rule: PEN-06
    // 5 000.00 ÷ (1.0 + 1.25 + 1.5 + 1.25 = 5.0) = 1 000.00 per base point.
    OrganizationUnit assembly = group("G-ASSEMBLY", member("E2001", "1.0"),
        member("E2002", "1.25"), member("E2003", "1.5"), member("E2004", "1.25"));
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("5000.00"),
        ResponsibilityShare.whole(party(assembly))));
    assertEquals(List.of("E2001=1000.00", "E2002=1250.00", "E2003=1500.00", "E2004=1250.00"),
        persons(a));
  }

  @Test
  void a_fault_of_the_whole_section_is_shared_by_every_member_of_the_section() {
    // rule: PEN-05, PEN-09
    // No group could be named: the fault goes to the section. 3 333.33 ÷ 7.5 = 444.444 per base
    // point; the floors add up to 3 333.30, and the 3 cents left go to the largest remainders:
    // 1.5 → 666.666 (0.6 cent), 0.8 → 355.5552 (0.52 cent, twice); 1.0 → 0.4 and 1.2 → 0.28 miss.
    ResponsibleParty responsible = DepartmentAttribution.seed().attribute(FaultReport.builder().kind(DepartmentKind.MANUFACTURING).wholeUnit(PRESS_SECTION).build());
    assertEquals(party(PRESS_SECTION), responsible);
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("3333.33"),
        ResponsibilityShare.whole(responsible)));
    assertEquals(List.of("E1007=355.56", "E1001=666.67", "E1004=444.44", "E1002=533.33",
        "E1006=355.56", "E1003=533.33", "E1005=444.44"), members(a.parties().get(0)));
    assertEquals(List.of("E1001=666.67", "E1002=533.33", "E1003=533.33", "E1004=444.44",
        "E1005=444.44", "E1006=355.56", "E1007=355.56"), persons(a));
    assertExactAndClose(a);
  }

  @Test
  void a_manufacturing_fault_traced_to_a_group_stays_in_the_group_even_if_a_person_is_named() {
    // rule: PEN-05, PEN-09
    ResponsibleParty responsible = DepartmentAttribution.seed().attribute(FaultReport.builder().kind(DepartmentKind.MANUFACTURING).person(PersonId.of("E1002")).group(PRESS_GROUP).wholeUnit(PRESS_SECTION).build());
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("900.00"),
        ResponsibilityShare.whole(responsible)));
    assertEquals(List.of("E1001=360.00", "E1002=300.00", "E1003=240.00"), persons(a));
  }

  @Test
  void an_individual_fault_in_sales_goes_whole_to_the_salesperson() {
    // rule: PEN-02, PEN-05
    OrganizationUnit sales = unit("D-SALES", UnitLevel.DEPARTMENT, DepartmentKind.SALES,
        member("S3001", "1.0"), member("S3002", "1.5"));
    ResponsibleParty responsible = DepartmentAttribution.seed().attribute(FaultReport.builder().kind(DepartmentKind.SALES).person(PersonId.of("S3001")).wholeUnit(sales).build());
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("2480.50"),
        ResponsibilityShare.whole(responsible)));
    assertEquals(List.of("S3001=2480.50"), persons(a));
  }

  @Test
  void a_service_fault_without_a_named_technician_is_shared_by_the_service_department() {
    // rule: PEN-05, PEN-09 (service departments follow the same scheme)
    OrganizationUnit service = unit("D-SERVICE", UnitLevel.DEPARTMENT, DepartmentKind.SERVICE,
        member("T4001", "1.0"), member("T4002", "1.0"), member("T4003", "2.0"));
    ResponsibleParty responsible = DepartmentAttribution.seed().attribute(FaultReport.builder().kind(DepartmentKind.SERVICE).wholeUnit(service).build());
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("1000.00"),
        ResponsibilityShare.whole(responsible)));
    assertEquals(List.of("T4001=250.00", "T4002=250.00", "T4003=500.00"), persons(a));
  }

  @Test
  void ties_go_to_the_smallest_person_id_whatever_the_order_of_the_members() {
    // rule: PEN-06, PEN-09
    // 0.10 over three equal members: 0.0333… each; the cent left goes to E1001.
    List<List<String>> orders = List.of(List.of("E1003", "E1001", "E1002"),
        List.of("E1001", "E1002", "E1003"), List.of("E1002", "E1003", "E1001"));
    for (List<String> order : orders) {
      OrganizationUnit trio = group("G-TRIO", member(order.get(0), "1"),
          member(order.get(1), "1"), member(order.get(2), "1"));
      PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.10"),
          ResponsibilityShare.whole(party(trio))));
      assertEquals(List.of("E1001=0.04", "E1002=0.03", "E1003=0.03"), persons(a), order::toString);
    }
  }

  @Test
  void a_tie_between_parties_goes_by_the_party_key_so_a_person_before_a_unit() {
    // rule: PEN-02
    // One cent between two equal shares: keys "P:Q2001" < "U:G-PRESS".
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("0.01"),
        share(party(PRESS_GROUP), "1"), share(person("Q2001"), "1")));
    assertEquals(cny("0.00"), a.parties().get(0).amount());
    assertEquals(cny("0.01"), a.parties().get(1).amount());
  }

  @Test
  void a_reversal_is_the_exact_negation_of_the_original_allocation() {
    // rule: PEN-06, PEN-09
    PenaltyAllocation original = POLICY.allocate(penaltyCase(cny("3333.33"),
        ResponsibilityShare.whole(party(PRESS_SECTION))));
    PenaltyAllocation reversal = POLICY.allocate(penaltyCase(cny("-3333.33"),
        ResponsibilityShare.whole(party(PRESS_SECTION))));
    assertEquals(List.of("E1001=-666.67", "E1002=-533.33", "E1003=-533.33", "E1004=-444.44",
        "E1005=-444.44", "E1006=-355.56", "E1007=-355.56"), persons(reversal));
    for (int i = 0; i < original.persons().size(); i++) {
      assertEquals(original.persons().get(i).amount().negated(),
          reversal.persons().get(i).amount());
    }
    assertExactAndClose(reversal);
  }

  @Test
  void someone_responsible_alone_and_as_a_group_member_carries_both_parts() {
    // rule: PEN-02, PEN-09
    // E1002 is named individually (30) and is a member of the press group (70):
    // 7 000.00 → 2 800.00 / 2 333.33 / 1 866.67 in the group; 3 000.00 alone.
    PenaltyAllocation a = POLICY.allocate(penaltyCase(cny("10000.00"),
        share(party(PRESS_GROUP), "70"), share(person("E1002"), "30")));
    assertEquals(List.of("E1001=2800.00", "E1002=2333.33", "E1003=1866.67"),
        members(a.parties().get(0)));
    assertEquals(List.of("E1001=2800.00", "E1002=5333.33", "E1003=1866.67"), persons(a));
    assertEquals(cny("5333.33"), a.amountFor(PersonId.of("E1002")));
    assertEquals(cny("0.00"), a.amountFor(PersonId.of("E9999")));
    assertExactAndClose(a);
  }

  @Test
  void resold_within_the_month_the_a_grade_price_loss_is_allocated_not_the_actual_loss() {
    // rule: PEN-01, PEN-02
    // Decided 18 Nov 2026; the window ends 18 Dec 2026; resold 10 Dec: the A-grade price loss.
    LossFacts facts = LossFacts.builder().decisionDate(LocalDate.of(2026, 11, 18))
        .actualLoss(cny("4800.00")).resoldOn(LocalDate.of(2026, 12, 10))
        .aGradePriceLoss(cny("1200.00")).build();
    LossAssessment assessed =
        ResaleWindowLossBasis.seed().assess(facts, LocalDate.of(2026, 12, 20));
    assertEquals(new LossAssessment.Determined(LossBasis.A_GRADE_PRICE_LOSS, cny("1200.00"),
        LocalDate.of(2026, 12, 18)), assessed);
    Money loss = ((LossAssessment.Determined) assessed).amount();
    PenaltyAllocation a = POLICY.allocate(penaltyCase(loss,
        share(party(PRESS_GROUP), "60"), share(person("Q2001"), "40")));
    assertEquals(List.of("E1001=288.00", "E1002=240.00", "E1003=192.00", "Q2001=480.00"),
        persons(a));
  }

  @Test
  void not_resold_within_the_month_the_actual_loss_is_allocated_once_the_window_has_passed() {
    // rule: PEN-01
    LossFacts unsold = LossFacts.builder().decisionDate(LocalDate.of(2026, 11, 18))
        .actualLoss(cny("4800.00")).build();
    assertEquals(new LossAssessment.Pending(LocalDate.of(2026, 12, 18)),
        ResaleWindowLossBasis.seed().assess(unsold, LocalDate.of(2026, 12, 18)));
    assertEquals(new LossAssessment.Determined(LossBasis.ACTUAL_LOSS, cny("4800.00"),
        LocalDate.of(2026, 12, 18)),
        ResaleWindowLossBasis.seed().assess(unsold, LocalDate.of(2026, 12, 19)));
  }
}
