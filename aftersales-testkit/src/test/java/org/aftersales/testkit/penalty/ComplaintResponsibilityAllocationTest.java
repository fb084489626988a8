package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.junit.jupiter.api.Test;

/**
 * A complaint's responsibility (CMP-08) becomes a penalty case that the rules' largest-remainder
 * allocation splits to the fen: a person's line to that person alone (PEN-02), a department-only
 * line among the department's members by base points — loss ÷ the unit's total base points × the
 * person's base points (PEN-06, PEN-09). Expected amounts are worked out by hand in the comments.
 */
class ComplaintResponsibilityAllocationTest {

  static final DocumentNumber NUMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "261107",
      "2026-11", LocalDate.of(2026, 11, 1), 7);
  static final UnitId PRESS = UnitId.of("G-PRESS");
  static final UnitId QA = UnitId.of("D-QA");
  static final UnitId SALES = UnitId.of("D-SALES");

  static OrganizationUnit unit(UnitId id, UnitLevel level, String... personColonPoints) {
    OrganizationUnit.Builder b = OrganizationUnit.builder().id(id).level(level)
        .kind(DepartmentKind.MANUFACTURING);
    for (String p : personColonPoints) {
      String[] parts = p.split(":");
      b.addMember(new Member(PersonId.of(parts[0]), BasePoints.parse(parts[1])));
    }
    return b.build();
  }

  static PersonAmount of(String person, String amount) {
    return new PersonAmount(PersonId.of(person), Money.parse(amount));
  }

  @Test
  void sixty_percent_on_the_press_group_by_base_points_and_forty_on_the_qa_inspector() {
    // rule: CMP-08, PEN-02, PEN-06, PEN-09 — loss CNY 10 000.00.
    // QA inspector Q2001 personally 0.4: 10 000 × 0.4 = 4 000.00.
    // Press group 0.6 = 6 000.00 over base points 1.2 + 1.0 + 0.8 = 3.0:
    //   E100 6 000 ÷ 3.0 × 1.2 = 2 400.00, E101 × 1.0 = 2 000.00, E102 × 0.8 = 1 600.00.
    OrganizationUnit press = unit(PRESS, UnitLevel.GROUP, "E100:1.2", "E101:1", "E102:0.8");
    Responsibility.Ours responsibility = Responsibility.ours(FaultCause.MANUFACTURING,
        "Re-train the press line; plating thickness checked every lot", true,
        ResponsibilityLine.of(PRESS, new BigDecimal("0.6")),
        ResponsibilityLine.of(QA, PersonId.of("Q2001"), new BigDecimal("0.4")));

    PenaltyAllocation a = LargestRemainderAllocation.seed().allocate(
        responsibility.toPenaltyCase(NUMBER, Money.parse("CNY 10000.00"), List.of(press)));

    assertEquals("261107", a.input().caseId());
    assertEquals(List.of(of("E100", "CNY 2400.00"), of("E101", "CNY 2000.00"),
        of("E102", "CNY 1600.00"), of("Q2001", "CNY 4000.00")), a.persons());
  }

  @Test
  void three_lines_with_remainders_are_split_to_the_fen_and_add_up_to_the_loss() {
    // rule: CMP-08, PEN-02, PEN-06, PEN-09 — loss CNY 1 000.00.
    // Press section 0.5 = 500.00 over base points 1 + 1 + 1: exact 166.666…, floors 166.66 × 3
    //   = 499.98, the two fen left to the smallest person IDs: E100 166.67, E101 166.67,
    //   E102 166.66.
    // Sales person S300 0.25 = 250.00.
    // QA group 0.25 = 250.00 over base points 2 + 1: exact 166.666… and 83.333…, floors 166.66
    //   + 83.33 = 249.99, the fen left to the larger remainder (0.666… > 0.333…): Q200 166.67,
    //   Q201 83.33.
    // Total 500.00 + 250.00 + 250.00 = 1 000.00.
    OrganizationUnit press = unit(PRESS, UnitLevel.SECTION, "E100:1", "E101:1", "E102:1");
    OrganizationUnit qa = unit(QA, UnitLevel.GROUP, "Q200:2", "Q201:1");
    Responsibility.Ours responsibility = Responsibility.ours(FaultCause.DESIGN,
        "Revise the drilling programme", false,
        ResponsibilityLine.of(PRESS, new BigDecimal("0.5")),
        ResponsibilityLine.of(SALES, PersonId.of("S300"), new BigDecimal("0.25")),
        ResponsibilityLine.of(QA, new BigDecimal("0.25")));

    PenaltyAllocation a = LargestRemainderAllocation.seed().allocate(
        responsibility.toPenaltyCase(NUMBER, Money.parse("CNY 1000.00"), List.of(qa, press)));

    assertEquals(List.of(of("E100", "CNY 166.67"), of("E101", "CNY 166.67"),
        of("E102", "CNY 166.66"), of("Q200", "CNY 166.67"), of("Q201", "CNY 83.33"),
        of("S300", "CNY 250.00")), a.persons());
  }

  @Test
  void an_individual_fault_puts_the_whole_loss_on_that_person() {
    // rule: CMP-08, PEN-02 — 个人过失: ratio 1, CNY 3 456.78 to the salesman alone.
    Responsibility.Ours responsibility = Responsibility.ours(FaultCause.HUMAN_NEGLIGENCE,
        "Warned; order entry checked by a second person", false,
        ResponsibilityLine.of(SALES, PersonId.of("S300"), BigDecimal.ONE));

    PenaltyAllocation a = LargestRemainderAllocation.seed().allocate(
        responsibility.toPenaltyCase(NUMBER, Money.parse("CNY 3456.78"), List.of()));

    assertEquals(List.of(of("S300", "CNY 3456.78")), a.persons());
  }
}
