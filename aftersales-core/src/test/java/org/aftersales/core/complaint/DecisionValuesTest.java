package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The decision values of a complaint (CMP-07, CMP-08, CMP-12, CMP-13) hold their invariants: each
 * refusal is shown by a value that breaks it, with the field it names.
 */
class DecisionValuesTest {

  static final UnitId QA = UnitId.of("D-QA");
  static final UnitId MFG = UnitId.of("D-MFG");
  static final UnitId SALES = UnitId.of("D-SALES");
  static final PersonId WANG = PersonId.of("P-1001");
  static final PersonId LI = PersonId.of("P-2002");
  static final DocumentNumber NUMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "261107",
      "2026-11", LocalDate.of(2026, 11, 1), 7);

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  static Violation refused(Executable bad) {
    InvalidInputException e = assertThrows(InvalidInputException.class, bad);
    assertEquals(1, e.violations().size(), e.violations()::toString);
    return e.violations().get(0);
  }

  @Nested
  class ApprovalLevels {

    @Test
    void a_level_covers_itself_and_every_lower_level_and_nothing_higher() {
      // rule: CMP-07 — sales manager < deputy GM < GM; written out pair by pair.
      ApprovalLevel sm = ApprovalLevel.SALES_MANAGER;
      ApprovalLevel dgm = ApprovalLevel.DEPUTY_GENERAL_MANAGER;
      ApprovalLevel gm = ApprovalLevel.GENERAL_MANAGER;
      assertTrue(sm.covers(sm));
      assertFalse(sm.covers(dgm));
      assertFalse(sm.covers(gm));
      assertTrue(dgm.covers(sm));
      assertTrue(dgm.covers(dgm));
      assertFalse(dgm.covers(gm));
      assertTrue(gm.covers(sm));
      assertTrue(gm.covers(dgm));
      assertTrue(gm.covers(gm));
    }

    @Test
    void only_human_negligence_may_not_be_tracked() {
      // rule: CMP-08 — 人为疏忽免列案追踪.
      for (FaultCause c : FaultCause.values()) {
        assertEquals(c != FaultCause.HUMAN_NEGLIGENCE, c.mayBeTracked(), c::name);
      }
    }
  }

  @Nested
  class Lines {

    @Test
    void a_ratio_is_a_fraction_greater_than_zero_and_at_most_one() {
      // rule: CMP-08
      for (String bad : List.of("0", "0.0000", "-0.1", "1.0001", "2")) {
        Violation v = refused(() -> ResponsibilityLine.of(QA, d(bad)));
        assertEquals("ratio", v.path());
        assertEquals("must be greater than 0 and at most 1: the share of the responsibility as a"
            + " fraction, e.g. 0.6 for 60 %", v.message().english());
      }
      assertEquals(d("1"), ResponsibilityLine.of(QA, d("1.0000")).ratio());
      assertEquals(d("0.0001"), ResponsibilityLine.of(QA, WANG, d("0.0001")).ratio());
    }

    @Test
    void a_ratio_has_at_most_four_decimals_and_trailing_zeros_do_not_count() {
      // rule: CMP-08
      Violation v = refused(() -> ResponsibilityLine.of(QA, d("0.33333")));
      assertEquals("ratio", v.path());
      assertEquals("must have at most 4 decimal places", v.message().english());
      assertEquals("小数位数不能超过 4 位", v.message().chinese());
      assertEquals(d("0.6"), ResponsibilityLine.of(QA, d("0.600000")).ratio());
    }

    @Test
    void equal_shares_are_equal_values_whatever_the_written_scale() {
      // rule: CMP-08
      ResponsibilityLine a = ResponsibilityLine.of(QA, WANG, d("0.60"));
      ResponsibilityLine b = ResponsibilityLine.of(QA, WANG, d("0.6"));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a.hashCode(), ResponsibilityLine.of(QA, d("0.6")).hashCode());
      assertNotEquals(a, ResponsibilityLine.of(QA, d("0.6")));
      assertNotEquals(a, ResponsibilityLine.of(MFG, WANG, d("0.6")));
      assertNotEquals(a, ResponsibilityLine.of(QA, LI, d("0.6")));
      assertNotEquals(a, ResponsibilityLine.of(QA, WANG, d("0.5")));
      assertNotEquals(a, "D-QA/P-1001 0.6");
      assertEquals("D-QA/P-1001 0.6", a.toString());
      assertEquals("D-MFG 0.4", ResponsibilityLine.of(MFG, d("0.40")).toString());
      assertEquals(Optional.of(WANG), a.person());
      assertEquals(Optional.empty(), ResponsibilityLine.of(QA, d("1")).person());
      assertEquals(QA, a.department());
    }
  }

  @Nested
  class Ours {

    final ResponsibilityLine qaWang = ResponsibilityLine.of(QA, WANG, d("0.6"));
    final ResponsibilityLine mfg = ResponsibilityLine.of(MFG, d("0.4"));

    @Test
    void a_joint_fault_sixty_forty_is_accepted_with_its_remedy_and_tracking() {
      // rule: CMP-08 — two departments, 60 % and 40 %, improvement tracked for a process fault.
      Responsibility.Ours r = Responsibility.ours(FaultCause.MANUFACTURING,
          "Re-train the press line; add a plating thickness check", true, qaWang, mfg);
      assertTrue(r.isOurs());
      assertEquals(List.of(qaWang, mfg), r.lines());
      assertEquals(FaultCause.MANUFACTURING, r.cause());
      assertTrue(r.improvementTracked());
      assertEquals(r, Responsibility.ours(List.of(qaWang, mfg), FaultCause.MANUFACTURING,
          "Re-train the press line; add a plating thickness check", true));
    }

    @Test
    void the_ratios_must_add_up_to_exactly_one_and_the_message_names_the_sum() {
      // rule: CMP-08
      Violation under = refused(() -> Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(QA, d("0.6")), ResponsibilityLine.of(MFG, d("0.3"))));
      assertEquals("lines", under.path());
      assertEquals("the ratios add up to 0.9; they must add up to exactly 1",
          under.message().english());
      assertEquals("责任比率合计为 0.9，必须恰好等于 1", under.message().chinese());
      Violation over = refused(() -> Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(QA, d("0.6")), ResponsibilityLine.of(MFG, d("0.4001"))));
      assertEquals("the ratios add up to 1.0001; they must add up to exactly 1",
          over.message().english());
      // Thirds written to four decimals add up to 0.9999, not 1.
      Violation thirds = refused(() -> Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(QA, d("0.3333")), ResponsibilityLine.of(MFG, d("0.3333")),
          ResponsibilityLine.of(SALES, d("0.3333"))));
      assertEquals("the ratios add up to 0.9999; they must add up to exactly 1",
          thirds.message().english());
    }

    @Test
    void at_least_one_line_is_required() {
      // rule: CMP-08
      Violation v = refused(() -> Responsibility.ours(List.of(), FaultCause.DESIGN, "fix", false));
      assertEquals("lines", v.path());
      assertEquals("must name at least one responsible department or person",
          v.message().english());
    }

    @Test
    void the_same_department_alone_or_the_same_person_may_not_appear_twice() {
      // rule: CMP-08 — a person carries one share, even when named in two departments.
      Violation department = refused(() -> Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(MFG, d("0.5")), ResponsibilityLine.of(MFG, d("0.5"))));
      assertEquals("lines", department.path());
      assertEquals(Optional.of("D-MFG 0.5"), department.rejectedValue());
      Violation person = refused(() -> Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(QA, WANG, d("0.5")), ResponsibilityLine.of(MFG, WANG, d("0.5"))));
      assertEquals(Optional.of("D-MFG/P-1001 0.5"), person.rejectedValue());
      // Two people of one department, and the department itself beside them, are three shares.
      Responsibility.Ours three = Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(MFG, WANG, d("0.25")), ResponsibilityLine.of(MFG, LI, d("0.25")),
          ResponsibilityLine.of(MFG, d("0.5")));
      assertEquals(3, three.lines().size());
    }

    @Test
    void human_negligence_is_never_tracked_and_other_causes_are_as_the_decider_says() {
      // rule: CMP-08 — 人为疏忽免列案追踪: tracking it is refused, naming the field.
      Violation v = refused(() -> Responsibility.ours(FaultCause.HUMAN_NEGLIGENCE, "warn", true,
          qaWang, mfg));
      assertEquals("improvementTracked", v.path());
      assertEquals("must be false for human negligence, which is never tracked for improvement"
          + " (CMP-08)", v.message().english());
      assertFalse(Responsibility.ours(FaultCause.HUMAN_NEGLIGENCE, "warn", false, qaWang, mfg)
          .improvementTracked());
      assertFalse(Responsibility.ours(FaultCause.MATERIAL, "swap lot", false, qaWang, mfg)
          .improvementTracked());
      assertTrue(Responsibility.ours(FaultCause.MATERIAL, "swap lot", true, qaWang, mfg)
          .improvementTracked());
    }

    @Test
    void the_remedy_is_plain_text_that_says_something() {
      // rule: CMP-08 — 处理对策.
      Violation blank = refused(() -> Responsibility.ours(FaultCause.DESIGN, " \n", false,
          qaWang, mfg));
      assertEquals("remedy", blank.path());
      assertEquals("must not be blank", blank.message().english());
      assertEquals("不能为空", blank.message().chinese());
      assertEquals("remedy", refused(() -> Responsibility.ours(FaultCause.DESIGN,
          "fix\u202Enow", false, qaWang, mfg)).path());
      assertEquals("remedy", refused(() -> Responsibility.ours(FaultCause.DESIGN,
          "x".repeat(2001), false, qaWang, mfg)).path());
      assertEquals(2000, Responsibility.ours(FaultCause.DESIGN, "x".repeat(2000), false, qaWang,
          mfg).remedy().length());
    }

    @Test
    void a_departments_share_is_its_own_line_and_its_peoples_lines_added_up() {
      // rule: CMP-08 (for the statistics' ratios per department, CMP-11) — QA: Wang 0.25 + the
      // department 0.15 = 0.4; manufacturing 0.6; listed in the order of first appearance.
      Responsibility r = Responsibility.ours(FaultCause.DESIGN, "fix", false,
          ResponsibilityLine.of(QA, WANG, d("0.25")), ResponsibilityLine.of(MFG, d("0.6")),
          ResponsibilityLine.of(QA, d("0.15")));
      assertEquals(List.of(QA, MFG), List.copyOf(r.ratiosByDepartment().keySet()));
      assertEquals(d("0.4"), r.ratiosByDepartment().get(QA));
      assertEquals(d("0.6"), r.ratiosByDepartment().get(MFG));
      assertEquals(Map.of(), Responsibility.none("customer's storage").ratiosByDepartment());
      assertThrows(UnsupportedOperationException.class, () -> r.ratiosByDepartment().clear());
    }

    @Test
    void the_lines_are_copied_so_a_later_change_of_the_callers_list_changes_nothing() {
      // rule: CMP-08
      List<ResponsibilityLine> lines = new ArrayList<>(List.of(qaWang, mfg));
      Responsibility.Ours r = Responsibility.ours(lines, FaultCause.DESIGN, "fix", false);
      lines.clear();
      assertEquals(List.of(qaWang, mfg), r.lines());
      assertThrows(UnsupportedOperationException.class, () -> r.lines().clear());
    }
  }

  @Nested
  class NotOurs {

    @Test
    void a_valid_complaint_whose_fault_is_not_ours_has_no_lines() {
      // rule: CMP-08 — only a fault of ours is split and penalised.
      Responsibility r = Responsibility.none("Customer stored the boards in a humid warehouse");
      assertFalse(r.isOurs());
      assertEquals(List.of(), r.lines());
      assertEquals(new Responsibility.NotOurs("Customer stored the boards in a humid warehouse"),
          r);
      assertEquals("reason", refused(() -> Responsibility.none("")).path());
    }
  }

  @Nested
  class ToPenaltyCase {

    final OrganizationUnit mfgUnit = OrganizationUnit.builder().id(MFG)
        .level(UnitLevel.SECTION).kind(DepartmentKind.MANUFACTURING)
        .addMember(new Member(PersonId.of("P-3003"), BasePoints.of(1)))
        .addMember(new Member(PersonId.of("P-3004"), BasePoints.of(2))).build();
    final OrganizationUnit qaUnit = OrganizationUnit.builder().id(QA)
        .level(UnitLevel.DEPARTMENT).kind(DepartmentKind.OTHER)
        .addMember(new Member(WANG, BasePoints.of(1))).build();
    final Responsibility.Ours sixtyForty = Responsibility.ours(FaultCause.MANUFACTURING, "fix",
        true, ResponsibilityLine.of(QA, WANG, d("0.6")), ResponsibilityLine.of(MFG, d("0.4")));

    @Test
    void a_person_line_is_a_person_party_and_a_department_line_a_unit_party_weighted_by_ratio() {
      // rule: CMP-08, PEN-02, PEN-09
      PenaltyCase c = sixtyForty.toPenaltyCase(NUMBER, Money.parse("CNY 10000.00"),
          List.of(qaUnit, mfgUnit));
      PenaltyCase expected = PenaltyCase.builder().caseId("261107")
          .amount(Money.parse("CNY 10000.00"))
          .addShare(new ResponsibilityShare(new ResponsibleParty.Person(WANG), d("0.6")))
          .addShare(new ResponsibilityShare(new ResponsibleParty.Unit(mfgUnit), d("0.4")))
          .build();
      assertEquals(expected, c);
    }

    @Test
    void a_department_line_needs_its_unit_and_a_unit_is_given_once() {
      // rule: CMP-08, PEN-09
      Violation missing = refused(() -> sixtyForty.toPenaltyCase(NUMBER,
          Money.parse("CNY 1.00"), List.of(qaUnit)));
      assertEquals("units", missing.path());
      assertEquals("must hold department D-MFG, which carries a share without a named person",
          missing.message().english());
      assertEquals("units", refused(() -> sixtyForty.toPenaltyCase(NUMBER,
          Money.parse("CNY 1.00"), List.of(mfgUnit, qaUnit, mfgUnit))).path());
    }

    @Test
    void the_loss_is_zero_or_more() {
      // rule: CMP-08 — a reversal is the penalty ledger's business, not a decision's.
      Violation v = refused(() -> sixtyForty.toPenaltyCase(NUMBER, Money.parse("CNY -0.01"),
          List.of(mfgUnit)));
      assertEquals("loss", v.path());
      assertEquals(Money.parse("CNY 0.00"), sixtyForty.toPenaltyCase(NUMBER,
          Money.parse("CNY 0.00"), List.of(mfgUnit)).amount());
    }
  }

  @Nested
  class Objections {

    @Test
    void an_objection_keeps_its_instant_in_whole_microseconds() {
      // rule: CMP-12 — 签呈, filed by a department that disagrees.
      Objection o = new Objection(MFG, LI, Instant.parse("2026-11-20T02:03:04.123456789Z"),
          "The plating fault came from the supplier's copper foil");
      assertEquals(Instant.parse("2026-11-20T02:03:04.123456Z"), o.filedAt());
      assertEquals(o, new Objection(MFG, LI, Instant.parse("2026-11-20T02:03:04.123456Z"),
          "The plating fault came from the supplier's copper foil"));
    }

    @Test
    void an_objection_outside_the_supported_range_or_without_a_reason_is_refused() {
      // rule: CMP-12
      assertEquals("filedAt", refused(() -> new Objection(MFG, LI,
          Instant.parse("0026-11-20T00:00:00Z"), "why")).path());
      assertEquals("reason", refused(() -> new Objection(MFG, LI,
          Instant.parse("2026-11-20T00:00:00Z"), "   ")).path());
      assertEquals("reason", refused(() -> new Objection(MFG, LI,
          Instant.parse("2026-11-20T00:00:00Z"), "a\u0000b")).path());
    }
  }

  @Nested
  class Suppliers {

    @Test
    void a_supplier_is_named_and_what_is_handled_jointly_is_said() {
      // rule: CMP-13 — handled jointly with a supplier or another company.
      SupplierInvolvement s = new SupplierInvolvement("Kingboard Copper Foil Co.",
          "Supplied the copper foil of lot 2611; joint failure analysis");
      assertEquals("Kingboard Copper Foil Co.", s.company());
      assertEquals("company", refused(() -> new SupplierInvolvement(" Kingboard", "foil"))
          .path());
      assertEquals("company", refused(() -> new SupplierInvolvement("", "foil")).path());
      assertEquals("company", refused(() -> new SupplierInvolvement("K".repeat(201), "foil"))
          .path());
      assertEquals("role", refused(() -> new SupplierInvolvement("Kingboard", "")).path());
    }
  }
}
