package org.aftersales.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.junit.jupiter.api.Test;

/**
 * The README's first example, line for line, so that what a newcomer copies compiles and does
 * what the README says. Expected values are worked out by hand in the comments.
 */
class ReadmeExampleTest {

  @Test
  void the_readme_example_numbers_a_complaint_and_splits_its_cost_by_base_points() {
    // rule: CMP-01, PEN-06, PEN-09
    // --- README begins ---
    NumberingScheme complaints = NumberingScheme.seed(ZoneId.of("Asia/Shanghai"));
    DocumentNumber number = complaints.number(Instant.parse("2026-11-18T02:15:00Z"), 7); // 261107

    OrganizationUnit press = OrganizationUnit.builder()
        .id(UnitId.of("PRESS-2")).level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING)
        .addMembers(new Member(PersonId.of("E1001"), BasePoints.parse("1.5")),
            new Member(PersonId.of("E1002"), BasePoints.parse("1.0")),
            new Member(PersonId.of("E1003"), BasePoints.parse("0.5")))
        .build();
    PenaltyAllocation split = LargestRemainderAllocation.seed().allocate(PenaltyCase.builder()
        .caseId(number).amount(Money.parse("CNY 1000.00"))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Unit(press), BigDecimal.ONE))
        .build());
    // E1001 CNY 500.00, E1002 CNY 333.33, E1003 CNY 166.67 — exact to the fen, adds up to the whole
    // --- README ends ---

    // 年月流水: 2026-11-18 10:15 in Shanghai, 7th of the month → 26 11 07.
    assertEquals("261107", number.text());
    // 1000.00 × 1.5/3 = 500.00; × 1.0/3 = 333.333…; × 0.5/3 = 166.666…; the one fen left over
    // goes to the largest remainder (0.66… fen, E1003).
    assertEquals(Money.parse("CNY 500.00"), split.amountFor(PersonId.of("E1001")));
    assertEquals(Money.parse("CNY 333.33"), split.amountFor(PersonId.of("E1002")));
    assertEquals(Money.parse("CNY 166.67"), split.amountFor(PersonId.of("E1003")));
  }
}
