package org.aftersales.core.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The penalty values refuse every invalid state (PEN-01 … PEN-12, CMP-20): each invariant is shown
 * to hold by a value that breaks it.
 *
 * <p>// rule: PEN-01, PEN-02, PEN-05, PEN-07, PEN-08, PEN-11, CMP-20
 */
class PenaltyValuesTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency USD = Currency.getInstance("USD");
  static final PersonId WANG = PersonId.of("P-1001");
  static final PersonId LI = PersonId.of("P-2002");
  static final PersonId ZHAO = PersonId.of("P-3003");
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final OrganizationUnit GROUP = unit("G-1", UnitLevel.GROUP, WANG);
  static final OrganizationUnit SECTION = unit("S-1", UnitLevel.SECTION, WANG, LI);

  static OrganizationUnit unit(String id, UnitLevel level, PersonId... people) {
    OrganizationUnit.Builder b = OrganizationUnit.builder().id(UnitId.of(id)).level(level)
        .kind(DepartmentKind.MANUFACTURING);
    for (PersonId p : people) {
      b.addMember(new Member(p, BasePoints.of(1)));
    }
    return b.build();
  }

  @Test
  void every_case_reference_is_identifier_text_so_no_invisible_character_reaches_a_statement() {
    // rule: issue 9 item 5 — case references are identifiers: no control, bidi or zero-width
    // characters, no white space at the ends, not blank.
    List<Runnable> withBadReference = List.of(
        () -> new CaseDeduction("2611\u202E07", cny("1.00")),
        () -> new OpenItem("261107\u0000", JAN, cny("1.00"), cny("0.00")),
        () -> new Assessment("\u200B261107", WANG, cny("1.00"), JAN),
        () -> PenaltyCase.builder().caseId(" 261107").amount(cny("1.00"))
            .addShare(new ResponsibilityShare(new ResponsibleParty.Person(WANG), BigDecimal.ONE))
            .build(),
        () -> new CaseDeduction("", cny("1.00")));
    for (Runnable bad : withBadReference) {
      InvalidInputException e = assertThrows(InvalidInputException.class, bad::run);
      assertEquals("caseId", e.violations().get(0).path());
    }
    assertEquals("must not contain a bidi control character (U+202E, character 5)",
        assertThrows(InvalidInputException.class, withBadReference.get(0)::run)
            .violations().get(0).message().english());
    assertEquals("2611-07", new CaseDeduction("2611-07", cny("1.00")).caseId());
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static void assertInvalid(String path, String english, Runnable build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build::run);
    assertEquals(path, e.violations().get(0).path(), e.getMessage(Locale.ENGLISH));
    assertTrue(e.getMessage(Locale.ENGLISH).contains(english), e.getMessage(Locale.ENGLISH));
  }

  @Nested
  class Allocation {

    static PenaltyCase.Builder caseOf(String amount) {
      return PenaltyCase.builder().caseId("261107").amount(cny(amount));
    }

    @Test
    void a_case_needs_a_reference_a_share_and_each_party_once() {
      // rule: PEN-02
      ResponsibleParty wang = new ResponsibleParty.Person(WANG);
      assertInvalid("caseId", "blank", () -> PenaltyCase.builder().caseId(" ")
          .amount(cny("1.00")).addShare(ResponsibilityShare.whole(wang)).build());
      assertInvalid("shares", "a case needs at least one responsible party",
          () -> caseOf("1.00").build());
      assertInvalid("shares", "the same party is responsible more than once", () -> caseOf("1.00")
          .addShare(ResponsibilityShare.whole(wang))
          .addShare(new ResponsibilityShare(new ResponsibleParty.Person(WANG), BigDecimal.TEN))
          .build());
      // Units with the same ID are the same party, even with other members.
      assertInvalid("shares", "the same party is responsible more than once", () -> caseOf("1.00")
          .addShare(ResponsibilityShare.whole(new ResponsibleParty.Unit(GROUP)))
          .addShare(ResponsibilityShare.whole(new ResponsibleParty.Unit(
              unit("G-1", UnitLevel.GROUP, LI)))).build());
      PenaltyCase ok = caseOf("1.00").addShare(ResponsibilityShare.whole(wang))
          .addShare(ResponsibilityShare.whole(new ResponsibleParty.Unit(GROUP))).build();
      assertEquals(2, ok.shares().size());
    }

    @Test
    void a_case_amount_is_below_2_to_the_63_minor_units() {
      // rule: PEN-02 — 92 233 720 368 547 758.07 is the largest, one fen more is refused.
      ResponsibilityShare whole = ResponsibilityShare.whole(new ResponsibleParty.Person(WANG));
      assertEquals(Long.MAX_VALUE, caseOf("92233720368547758.07").addShare(whole).build()
          .amount().minorUnits());
      assertEquals(-Long.MAX_VALUE, caseOf("-92233720368547758.07").addShare(whole).build()
          .amount().minorUnits());
      assertInvalid("amount", "must be less than 2^63 minor units",
          () -> caseOf("92233720368547758.08").addShare(whole).build());
      assertInvalid("amount", "must be less than 2^63 minor units",
          () -> caseOf("-92233720368547758.08").addShare(whole).build());
    }

    @Test
    void a_complaint_number_gives_the_case_its_reference() {
      // rule: PEN-07 — the number's text, e.g. 261107.
      DocumentNumber number = DocumentNumber.of(SeriesId.COMPLAINTS, "261107", "2026-11",
          LocalDate.of(2026, 11, 1), 7);
      PenaltyCase c = PenaltyCase.builder().caseId(number).amount(cny("1.00"))
          .addShare(ResponsibilityShare.whole(new ResponsibleParty.Person(WANG))).build();
      assertEquals("261107", c.caseId());
    }

    @Test
    void a_weight_is_positive_at_most_ten_to_the_15_with_at_most_15_decimals() {
      // rule: PEN-02
      ResponsibleParty wang = new ResponsibleParty.Person(WANG);
      assertInvalid("weight", "a responsibility weight must be greater than zero",
          () -> new ResponsibilityShare(wang, BigDecimal.ZERO));
      assertInvalid("weight", "a responsibility weight must be greater than zero",
          () -> new ResponsibilityShare(wang, new BigDecimal("-0.1")));
      assertInvalid("weight", "at most 1000000000000000 with at most 15 decimal places",
          () -> new ResponsibilityShare(wang, new BigDecimal("1000000000000000.1")));
      assertInvalid("weight", "at most 1000000000000000 with at most 15 decimal places",
          () -> new ResponsibilityShare(wang, new BigDecimal("0.0000000000000001")));
      assertEquals(new BigDecimal("1000000000000000"), new ResponsibilityShare(wang,
          new BigDecimal("1000000000000000")).weight());
      assertEquals(new BigDecimal("0.100000000000000000"), new ResponsibilityShare(wang,
          new BigDecimal("0.100000000000000000")).weight());
      assertEquals(BigDecimal.ONE, ResponsibilityShare.whole(wang).weight());
      assertEquals(new BigDecimal("0.000000000000001"), new ResponsibilityShare(wang,
          new BigDecimal("0.000000000000001")).weight());
    }

    @Test
    void parties_are_ordered_persons_first_then_by_id() {
      // rule: PEN-02 — the tie-break order, independent of the input.
      ResponsibleParty li = new ResponsibleParty.Person(LI);
      ResponsibleParty wang = new ResponsibleParty.Person(WANG);
      ResponsibleParty group = new ResponsibleParty.Unit(GROUP);
      ResponsibleParty section = new ResponsibleParty.Unit(SECTION);
      assertTrue(wang.compareTo(li) < 0);
      assertTrue(li.compareTo(wang) > 0);
      assertTrue(li.compareTo(group) < 0);
      assertTrue(group.compareTo(li) > 0);
      assertTrue(group.compareTo(section) < 0);
      assertTrue(section.compareTo(group) > 0);
      assertEquals(0, group.compareTo(new ResponsibleParty.Unit(unit("G-1", UnitLevel.GROUP, LI))));
      assertEquals("person P-1001", wang.toString());
      assertEquals("unit G-1", group.toString());
    }

    @Test
    void an_allocation_answers_each_persons_total_and_zero_for_others() {
      // rule: PEN-06
      PenaltyCase c = caseOf("10.00")
          .addShare(ResponsibilityShare.whole(new ResponsibleParty.Person(WANG))).build();
      PersonAmount wang = new PersonAmount(WANG, cny("10.00"));
      PenaltyAllocation a = PenaltyAllocation.of("test/1", c,
          List.of(new PartyAmount(new ResponsibleParty.Person(WANG), cny("10.00"), List.of(wang))),
          List.of(wang));
      assertEquals(cny("10.00"), a.amountFor(WANG));
      assertEquals(cny("0.00"), a.amountFor(LI));
      assertEquals(a, PenaltyAllocation.builder().algorithmVersion("test/1").input(c)
          .addAllParties(a.parties()).addAllPersons(a.persons()).build());
      assertNotEquals(new PersonAmount(WANG, cny("10.00")), new PersonAmount(LI, cny("10.00")));
      assertNotEquals(new PersonAmount(WANG, cny("10.00")), new PersonAmount(WANG, cny("10.01")));
    }
  }

  @Nested
  class Deductions {

    @Test
    void an_assessment_has_a_reference_and_a_positive_amount_and_is_a_complaint_by_default() {
      // rule: PEN-07
      assertEquals(DeductionKind.COMPLAINT, new Assessment("261107", WANG, cny("1.00"), JAN).kind());
      assertEquals(DeductionKind.FINE,
          new Assessment("F-1", WANG, cny("1.00"), JAN, DeductionKind.FINE).kind());
      assertInvalid("caseId", "blank", () -> new Assessment(" ", WANG, cny("1.00"), JAN));
      assertInvalid("amount", "must be greater than zero",
          () -> new Assessment("261107", WANG, cny("0.00"), JAN));
      assertInvalid("amount", "must be greater than zero",
          () -> new Assessment("261107", WANG, cny("-1.00"), JAN));
    }

    @Test
    void an_open_item_owes_between_nothing_and_everything() {
      // rule: PEN-08
      assertEquals(cny("0.01"), new OpenItem("261107", JAN, cny("1.00"), cny("0.99")).outstanding());
      assertEquals(DeductionKind.COMPLAINT,
          new OpenItem("261107", JAN, cny("1.00"), cny("0.00")).kind());
      assertInvalid("assessed", "must be greater than zero",
          () -> new OpenItem("261107", JAN, cny("0.00"), cny("0.00")));
      assertInvalid("deducted", "must not be negative",
          () -> new OpenItem("261107", JAN, cny("1.00"), cny("-0.01")));
      assertInvalid("deducted", "must not exceed the assessed amount CNY 1.00",
          () -> new OpenItem("261107", JAN, cny("1.00"), cny("1.01")));
      assertEquals(cny("0.00"), new OpenItem("261107", JAN, cny("1.00"), cny("1.00")).outstanding());
      assertInvalid("amount", "must be greater than zero", () -> new CaseDeduction("261107",
          cny("0.00")));
      assertEquals(DeductionKind.COMPLAINT, new CaseDeduction("261107", cny("1.00")).kind());
    }

    static MonthlyStatement statement(String bonus, String cap, List<CaseDeduction> deductions,
        String deducted, boolean departure) {
      return new MonthlyStatement(WANG, JAN, cny(bonus), cny(cap), cny("0.00"), deductions,
          cny(deducted), List.of(), cny("0.00"), cny("0.00"), departure);
    }

    @Test
    void a_statement_adds_up_and_keeps_to_the_bonus_and_the_cap() {
      // rule: PEN-07, PEN-08 — bonus 3 000, cap 1 500.
      CaseDeduction fine = new CaseDeduction("F-1", cny("1400.00"), DeductionKind.FINE);
      CaseDeduction complaint = new CaseDeduction("261107", cny("1500.00"));
      assertEquals(cny("2900.00"), statement("3000.00", "1500.00", List.of(fine, complaint),
          "2900.00", false).deducted());
      assertInvalid("deducted", "must be the sum of its cases, CNY 2900.00",
          () -> statement("3000.00", "1500.00", List.of(fine, complaint), "2900.01", false));
      assertInvalid("deductions", "complaint cases must not take more than the month's cap CNY"
          + " 1500.00", () -> statement("3000.00", "1500.00",
          List.of(new CaseDeduction("261107", cny("1500.01"))), "1500.01", false));
      assertInvalid("deducted", "must not exceed the month's bonus CNY 3000.00",
          () -> statement("3000.00", "1500.00", List.of(new CaseDeduction("F-1", cny("1500.01"),
              DeductionKind.FINE), complaint), "3000.01", false));
      // A departure that settles in full may exceed both.
      assertEquals(cny("5000.00"), statement("3000.00", "1500.00",
          List.of(new CaseDeduction("261107", cny("5000.00"))), "5000.00", true).deducted());
      assertInvalid("writtenOff", "must be the sum of its cases", () -> new MonthlyStatement(
          WANG, JAN, cny("10.00"), cny("5.00"), cny("0.00"), List.of(), cny("0.00"),
          List.of(new CaseDeduction("261107", cny("1.00"))), cny("2.00"), cny("0.00"), true));
      assertInvalid("statement", "must not be negative", () -> new MonthlyStatement(WANG, JAN,
          cny("10.00"), cny("5.00"), cny("0.00"), List.of(), cny("0.00"), List.of(),
          cny("0.00"), cny("-1.00"), false));
      assertInvalid("statement", "CNY", () -> new MonthlyStatement(WANG, JAN, cny("10.00"),
          Money.zero(USD), cny("0.00"), List.of(), cny("0.00"), List.of(), cny("0.00"),
          cny("0.00"), false));
    }

    static PenaltyAccount.Builder account(String assessed, String deducted, String writtenOff) {
      return PenaltyAccount.builder().person(WANG).currency(CNY).totalAssessed(cny(assessed))
          .totalDeducted(cny(deducted)).totalWrittenOff(cny(writtenOff));
    }

    @Test
    void an_account_balances_and_holds_each_open_case_once() {
      // rule: PEN-08 — assessed = deducted + written off + outstanding.
      OpenItem open = new OpenItem("261107", JAN, cny("100.00"), cny("40.00"));
      PenaltyAccount ok = account("150.00", "80.00", "10.00").addOpenItem(open).build();
      assertEquals(cny("60.00"), ok.outstanding());
      assertFalse(ok.closed());
      assertEquals(PenaltyAccount.open(WANG, CNY), account("0.00", "0.00", "0.00").build());
      assertInvalid("totalAssessed", "must equal deducted + written off + outstanding = CNY"
          + " 150.00", () -> account("150.01", "80.00", "10.00").addOpenItem(open).build());
      assertInvalid("openItems", "the same case appears more than once in the account",
          () -> account("200.00", "80.00", "0.00").addOpenItem(open).addOpenItem(open).build());
      assertInvalid("openItems", "an open item must have something outstanding",
          () -> account("100.00", "100.00", "0.00")
              .addOpenItem(new OpenItem("261107", JAN, cny("100.00"), cny("100.00"))).build());
      assertInvalid("openItems", "a closed account must not have open items",
          () -> account("150.00", "80.00", "10.00").addOpenItem(open).closed(true).build());
      assertInvalid("openItems", "CNY", () -> account("0.00", "0.00", "0.00")
          .addOpenItem(new OpenItem("X", JAN, Money.of(BigDecimal.ONE, USD), Money.zero(USD)))
          .build());
      assertInvalid("totalDeducted", "must not be negative",
          () -> account("0.00", "-1.00", "1.00").build());
      assertInvalid("totalWrittenOff", "must not be negative",
          () -> account("0.00", "1.00", "-1.00").build());
      assertInvalid("totalAssessed", "must not be negative",
          () -> account("-1.00", "0.00", "-1.00").build());
    }
  }

  @Nested
  class FinesAndFaults {

    static FineCase.Builder fine() {
      return FineCase.builder().kind(FineKind.PHONE_OFF).occurredAt(Instant.EPOCH).group(GROUP);
    }

    @Test
    void a_fine_case_counts_from_one_and_its_person_belongs_to_the_group() {
      // rule: PEN-11, CMP-20
      FineCase c = fine().build();
      assertEquals(1, c.occurrences());
      assertEquals(1, c.report());
      assertFalse(c.verifiedComplaint());
      assertEquals(Set.of(), c.aggravations());
      assertEquals(WANG, fine().responsible(WANG).build().responsible().orElseThrow());
      assertInvalid("occurrences", "must be 1 or more", () -> fine().occurrences(0).build());
      assertInvalid("report", "must be 1 or more", () -> fine().report(0).build());
      assertInvalid("responsible", "must be a member of group G-1",
          () -> fine().responsible(LI).build());
    }

    @Test
    void a_fault_report_keeps_its_person_and_group_inside_the_whole_unit() {
      // rule: PEN-05
      FaultReport ok = FaultReport.builder().kind(DepartmentKind.MANUFACTURING).person(LI)
          .group(GROUP).wholeUnit(SECTION).build();
      assertEquals(GROUP, ok.group().orElseThrow());
      assertInvalid("person", "must be a member of unit G-1", () -> FaultReport.builder()
          .kind(DepartmentKind.SALES).person(LI).wholeUnit(GROUP).build());
      assertInvalid("group", "must lie inside unit G-1: P-2002 is not a member of it",
          () -> FaultReport.builder().kind(DepartmentKind.MANUFACTURING).group(SECTION)
              .wholeUnit(GROUP).build());
    }

    @Test
    void loss_facts_are_not_negative_in_one_currency_and_a_resale_comes_with_its_loss() {
      // rule: PEN-01
      LossFacts.Builder decided = LossFacts.builder().decisionDate(LocalDate.of(2026, 11, 18));
      assertEquals(cny("0.00"), LossFacts.builder().decisionDate(LocalDate.of(2026, 11, 18))
          .actualLoss(cny("0.00")).build().actualLoss());
      assertInvalid("actualLoss", "must not be negative",
          () -> decided.actualLoss(cny("-1.00")).build());
      assertInvalid("aGradePriceLoss", "must not be negative", () -> LossFacts.builder()
          .decisionDate(LocalDate.of(2026, 11, 18)).actualLoss(cny("1.00"))
          .resoldOn(LocalDate.of(2026, 12, 1)).aGradePriceLoss(cny("-1.00")).build());
      assertInvalid("aGradePriceLoss", "must be given together", () -> LossFacts.builder()
          .decisionDate(LocalDate.of(2026, 11, 18)).actualLoss(cny("1.00"))
          .aGradePriceLoss(cny("1.00")).build());
      assertInvalid("aGradePriceLoss", "must be given together", () -> LossFacts.builder()
          .decisionDate(LocalDate.of(2026, 11, 18)).actualLoss(cny("1.00"))
          .resoldOn(LocalDate.of(2026, 12, 1)).build());
      assertInvalid("aGradePriceLoss", "CNY", () -> LossFacts.builder()
          .decisionDate(LocalDate.of(2026, 11, 18)).actualLoss(cny("1.00"))
          .resoldOn(LocalDate.of(2026, 12, 1)).aGradePriceLoss(Money.zero(USD)).build());
    }

    @Test
    void an_administrative_penalty_counts_from_one() {
      // rule: PEN-04
      assertEquals(2, new AdministrativePenalty(WANG, AdministrativeCause.OTHER,
          DemeritKind.WARNING, 2).count());
      assertInvalid("count", "must be 1 or more", () -> new AdministrativePenalty(WANG,
          AdministrativeCause.OTHER, DemeritKind.WARNING, 0));
    }

    @Test
    void the_policy_without_a_decided_amount_asks_for_the_minimum() {
      // rule: PEN-04 — the default overload passes a zero decided amount in the bonus's currency.
      AdministrativePenaltyPolicy echo = (penalty, basePoints, bonus, decided) -> decided;
      assertEquals(cny("0.00"), echo.deduction(new AdministrativePenalty(WANG,
          AdministrativeCause.OTHER, DemeritKind.WARNING, 1), BasePoints.of(1), cny("3000.00")));
    }

    @Test
    void decisions_name_their_rules_and_copy_them() {
      // rule: PEN-11, CMP-20
      List<RuleId> rules = List.of(RuleId.of("PEN-11"));
      FineDecision fine = new FineDecision.Fine(WANG, false, cny("10.00"), BigDecimal.ONE, rules);
      FineDecision demerit = new FineDecision.MajorDemerit(WANG, true, rules);
      FineDecision allowance = new FineDecision.AllowanceWithheld(ZHAO, false, 2, rules);
      assertEquals(rules, fine.ruleIds());
      assertEquals(WANG, demerit.payer());
      assertTrue(demerit.paidByLead());
      assertFalse(allowance.paidByLead());
      assertEquals(2, ((FineDecision.AllowanceWithheld) allowance).occurrences());
    }
  }

  @Nested
  class Names {

    @Test
    void the_fifteen_administrative_causes_are_the_seeds_list_in_its_order() {
      // rule: PEN-03 — 客戶投訴行政處分判定項目補充說明 1–15, in the seed's words.
      String[][] seed = {
          {"因票據錯誤或附樣等資料錯誤遭客戶投訴者", "票据错误或附样等资料错误"},
          {"因財務錯誤遭客戶投訴者", "财务错误"},
          {"未依\"制作規范\"予以備料、用料遭致客戶投訴者", "未依制作规范备料、用料"},
          {"經剔除的不合格產品混入正常品繳庫遭致客戶投訴者", "不合格产品混入正常品缴库"},
          {"成品交運超出應收范圍未經客戶同意遭客戶投訴者", "交运超出应收范围未经客户同意"},
          {"擅自減少有關生產資料者", "擅自减少有关生产资料"},
          {"業務人員對于特殊質量要求，未反映給有關部門遭客戶投訴者", "特殊质量要求未反映给有关部门"},
          {"訂單誤記造成錯誤者", "订单误记"},
          {"交貨延遲者", "交货延迟"},
          {"裝運錯誤者", "装运错误"},
          {"交貨單誤記交運錯誤者", "交货单误记交运错误"},
          {"倉儲保管不當及運輸上出問題者", "仓储保管不当及运输问题"},
          {"外觀標示不符規格者", "外观标示不符规格"},
          {"檢驗資料不符", "检验资料不符"},
          {"其他", "其他"}};
      AdministrativeCause[] causes = AdministrativeCause.values();
      assertEquals(seed.length, causes.length);
      for (int i = 0; i < seed.length; i++) {
        assertEquals(seed[i][1], causes[i].displayName().chinese(),
            (i + 1) + ". " + seed[i][0]);
      }
      assertEquals("wrong shipment", AdministrativeCause.WRONG_SHIPMENT.displayName().english());
    }

    @Test
    void demerits_fines_and_deduction_kinds_have_their_names_and_order() {
      // rule: PEN-04, PEN-11
      assertEquals("小过", DemeritKind.MINOR_DEMERIT.displayName().chinese());
      assertEquals("major demerit", DemeritKind.MAJOR_DEMERIT.displayName().english());
      assertEquals("服务时间拒接电话",
          FineKind.PHONE_CALL_REFUSED.displayName().chinese());
      assertEquals(FineKind.PHONE_OFF, FineKind.of("PHONE_OFF", "x", "y"));
      assertEquals(List.of(DeductionKind.ADMINISTRATIVE, DeductionKind.FINE,
          DeductionKind.COMPLAINT), List.of(DeductionKind.values()));
    }
  }
}
