package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.APR;
import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.FEB;
import static org.aftersales.rules.penalty.DeductionFixtures.JAN;
import static org.aftersales.rules.penalty.DeductionFixtures.JPY;
import static org.aftersales.rules.penalty.DeductionFixtures.KWD;
import static org.aftersales.rules.penalty.DeductionFixtures.LI;
import static org.aftersales.rules.penalty.DeductionFixtures.MAR;
import static org.aftersales.rules.penalty.DeductionFixtures.MAY;
import static org.aftersales.rules.penalty.DeductionFixtures.USD;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.assessed;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.deducted;
import static org.aftersales.rules.penalty.DeductionFixtures.money;
import static org.aftersales.rules.penalty.DeductionFixtures.none;
import static org.aftersales.rules.penalty.DeductionFixtures.open;
import static org.aftersales.rules.penalty.DeductionFixtures.wangsAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Monthly deductions from the efficiency bonus: each case separately, at most half the bonus a
 * month, the rest in instalments in the following settled months, oldest case first; bad input and
 * refusals in both languages. Runs under two JVM defaults (tag jvm-defaults).
 *
 * <p>// rule: PEN-07, PEN-08, PEN-10
 */
@Tag("jvm-defaults")
class CappedDeductionTest {

  static final DeductionPolicy SEED = CappedDeduction.seed();

  @Nested
  class EachCaseSeparately {

    @Test
    void two_cases_of_march_are_deducted_in_instalments_the_larger_one_first_by_case_id() {
      // rule: PEN-07, PEN-08 — bonus 3 000.00, cap 1 500.00; cases 2 000 and 900 in March.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("3000.00"),
          List.of(assessed("2603-02", "900.00", MAR), assessed("2603-01", "2000.00", MAR)));
      MonthlyStatement m = march.statement();
      assertEquals(new MonthlyStatement(WANG, MAR, cny("3000.00"), cny("1500.00"),
          cny("2900.00"), List.of(deducted("2603-01", "1500.00")), cny("1500.00"), List.of(),
          cny("0.00"), cny("1400.00"), false), m);
      assertEquals("capped-oldest-first/2", march.algorithmVersion());
      assertEquals(march, SEED.settleMonth(march.input().accountBefore(), march.input().month(),
          march.input().bonus(), march.input().assessments()), "recomputed from the recorded input");
      assertEquals(List.of(open("2603-01", MAR, "2000.00", "1500.00"),
          open("2603-02", MAR, "900.00", "0.00")), march.account().openItems());

      Settlement april = SEED.settleMonth(march.account(), APR, cny("3000.00"), none());
      assertEquals(List.of(deducted("2603-01", "500.00"), deducted("2603-02", "900.00")),
          april.statement().deductions());
      assertEquals(cny("1400.00"), april.statement().deducted());
      assertTrue(april.statement().deducted().isLessThan(april.statement().cap()));
      assertEquals(cny("0.00"), april.statement().newlyAssessed());
      assertEquals(cny("0.00"), april.statement().outstandingAfter());
      assertEquals(List.of(), april.account().openItems());
      PenaltyAccount after = april.account();
      assertEquals(cny("2900.00"), after.totalAssessed());
      assertEquals(cny("2900.00"), after.totalDeducted());
      assertEquals(cny("0.00"), after.totalWrittenOff());
      assertEquals(Optional.of(APR), after.lastSettled());
      assertFalse(after.closed());
    }

    @Test
    void each_new_assessment_becomes_an_open_item_of_its_own() {
      // rule: PEN-07 — three cases, three items, three lines on the statement.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("10000.00"),
          List.of(assessed("2603-01", "300.00", MAR), assessed("2603-02", "300.00", MAR),
              assessed("2603-03", "300.00", MAR)));
      assertEquals(List.of(deducted("2603-01", "300.00"), deducted("2603-02", "300.00"),
          deducted("2603-03", "300.00")), march.statement().deductions());
      assertEquals(cny("900.00"), march.statement().deducted());
    }

    @Test
    void the_order_in_which_new_assessments_are_passed_does_not_matter() {
      // rule: PEN-07 — cases of one month are ordered by case ID, whatever the list order.
      List<Assessment> given = List.of(assessed("2603-03", "700.00", MAR),
          assessed("2603-01", "700.00", MAR), assessed("2603-02", "700.00", MAR));
      List<Assessment> reversed = new ArrayList<>(given);
      Collections.reverse(reversed);
      Settlement a = SEED.settleMonth(wangsAccount(), MAR, cny("2000.00"), given);
      Settlement b = SEED.settleMonth(wangsAccount(), MAR, cny("2000.00"), reversed);
      assertEquals(a.account(), b.account());
      assertEquals(a.statement(), b.statement());
      assertEquals(List.of(deducted("2603-01", "700.00"), deducted("2603-02", "300.00")),
          a.statement().deductions());
    }

    @Test
    void an_assessment_dated_in_an_earlier_month_is_new_now_and_goes_before_later_cases() {
      // rule: PEN-07, PEN-08 — a February case decided late is deducted before March's case.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("0.00"),
          List.of(assessed("2603-05", "1200.00", MAR)));
      Settlement april = SEED.settleMonth(march.account(), APR, cny("1000.00"),
          List.of(assessed("2602-09", "300.00", FEB)));
      assertEquals(cny("300.00"), april.statement().newlyAssessed());
      assertEquals(List.of(deducted("2602-09", "300.00"), deducted("2603-05", "200.00")),
          april.statement().deductions());
      assertEquals(List.of(open("2603-05", MAR, "1200.00", "200.00")),
          april.account().openItems());
    }

    @Test
    void cases_of_an_older_month_open_in_the_account_go_before_new_cases() {
      // rule: PEN-07 — oldest first: by month assessed, then in the order added.
      Settlement jan = SEED.settleMonth(wangsAccount(), JAN, cny("0.00"),
          List.of(assessed("2601-09", "400.00", JAN)));
      Settlement feb = SEED.settleMonth(jan.account(), FEB, cny("600.00"),
          List.of(assessed("2602-01", "400.00", FEB)));
      assertEquals(List.of(deducted("2601-09", "300.00")), feb.statement().deductions());
      Settlement mar = SEED.settleMonth(feb.account(), MAR, cny("600.00"), none());
      assertEquals(List.of(deducted("2601-09", "100.00"), deducted("2602-01", "200.00")),
          mar.statement().deductions());
    }
  }

  @Nested
  class MonthlyCap {

    @Test
    void a_zero_bonus_deducts_nothing_and_carries_everything() {
      // rule: PEN-08 — cap 0.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("0.00"),
          List.of(assessed("2603-01", "800.00", MAR)));
      assertEquals(cny("0.00"), march.statement().cap());
      assertEquals(cny("0.00"), march.statement().deducted());
      assertEquals(List.of(), march.statement().deductions());
      assertEquals(cny("800.00"), march.statement().outstandingAfter());
      assertEquals(Optional.of(MAR), march.account().lastSettled());
      assertEquals(cny("800.00"), march.account().outstanding());
    }

    @Test
    void a_bonus_smaller_than_the_carried_balance_deducts_only_its_cap() {
      // rule: PEN-08 — 1 400 carried, bonus 1 000: 500 deducted, 900 carried.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("0.00"),
          List.of(assessed("2603-01", "1400.00", MAR)));
      Settlement april = SEED.settleMonth(march.account(), APR, cny("1000.00"), none());
      assertEquals(cny("500.00"), april.statement().cap());
      assertEquals(List.of(deducted("2603-01", "500.00")), april.statement().deductions());
      assertEquals(cny("900.00"), april.statement().outstandingAfter());
    }

    @Test
    void months_that_are_not_settled_deduct_nothing_and_the_instalments_continue_later() {
      // rule: PEN-08 — January settled, February skipped, March settled under March's cap.
      Settlement jan = SEED.settleMonth(wangsAccount(), JAN, cny("2000.00"),
          List.of(assessed("2601-01", "2500.00", JAN)));
      assertEquals(cny("1000.00"), jan.statement().deducted());
      Settlement mar = SEED.settleMonth(jan.account(), MAR, cny("1600.00"), none());
      assertEquals(cny("800.00"), mar.statement().deducted());
      assertEquals(cny("700.00"), mar.statement().outstandingAfter());
      assertEquals(Optional.of(MAR), mar.account().lastSettled());
      Settlement may = SEED.settleMonth(mar.account(), MAY, cny("5000.00"), none());
      assertEquals(cny("700.00"), may.statement().deducted());
      assertEquals(cny("2500.00"), may.account().totalDeducted());
    }

    @Test
    void a_month_without_anything_outstanding_deducts_nothing() {
      // rule: PEN-08
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("3000.00"), none());
      assertEquals(cny("1500.00"), march.statement().cap());
      assertEquals(cny("0.00"), march.statement().deducted());
      assertEquals(List.of(), march.statement().deductions());
    }

    @Test
    void the_cap_is_rounded_down_to_the_fen() {
      // rule: PEN-08 — 50 % of CNY 3 000.01 is 1 500.005, deducted 1 500.00.
      Settlement march = SEED.settleMonth(wangsAccount(), MAR, cny("3000.01"),
          List.of(assessed("2603-01", "5000.00", MAR)));
      assertEquals(cny("1500.00"), march.statement().cap());
      assertEquals(cny("1500.00"), march.statement().deducted());
      assertEquals(cny("0.00"), CappedDeduction.seed().capOf(cny("0.01")));
    }

    @Test
    void in_yen_without_decimals_the_cap_is_rounded_down_to_whole_yen() {
      // rule: PEN-08 — JPY 3 001 × 50 % = 1 500.5 → JPY 1 500; JPY 1 → JPY 0.
      PenaltyAccount yen = PenaltyAccount.open(WANG, JPY);
      Settlement march = SEED.settleMonth(yen, MAR, money("3001", JPY),
          List.of(new Assessment("2603-01", WANG, money("2000", JPY), MAR)));
      assertEquals(money("1500", JPY), march.statement().cap());
      assertEquals(List.of(new CaseDeduction("2603-01", money("1500", JPY))),
          march.statement().deductions());
      Settlement april = SEED.settleMonth(march.account(), APR, money("1", JPY), none());
      assertEquals(money("0", JPY), april.statement().deducted());
      assertEquals(money("500", JPY), april.statement().outstandingAfter());
    }

    @Test
    void in_dinar_with_three_decimals_the_cap_keeps_three_decimals() {
      // rule: PEN-08 — KWD 1.001 × 50 % = 0.5005 → KWD 0.500.
      assertEquals(money("0.500", KWD), CappedDeduction.seed().capOf(money("1.001", KWD)));
    }

    @Test
    void a_configured_share_of_a_third_is_rounded_down() {
      // rule: PEN-08 — the 50 % is a default: 0.3333 of CNY 1 000.00 is 333.30.
      CappedDeduction third = CappedDeduction.builder().capShare(new BigDecimal("0.3333")).build();
      assertEquals(new BigDecimal("0.3333"), third.capShare());
      Settlement march = third.settleMonth(wangsAccount(), MAR, cny("1000.00"),
          List.of(assessed("2603-01", "1000.00", MAR)));
      assertEquals(cny("333.30"), march.statement().cap());
      assertEquals(cny("333.30"), march.statement().deducted());
      CappedDeduction all = CappedDeduction.builder().capShare(BigDecimal.ONE).build();
      assertEquals(cny("1000.00"), all.settleMonth(wangsAccount(), MAR, cny("1000.00"),
          List.of(assessed("2603-01", "1000.00", MAR))).statement().deducted());
    }

    @Test
    void the_seed_caps_at_half_the_bonus_and_writes_off_a_leavers_balance() {
      // rule: PEN-08
      CappedDeduction seed = CappedDeduction.seed();
      assertEquals(0, seed.capShare().compareTo(new BigDecimal("0.5")));
      assertEquals(LeaverRule.WRITE_OFF, seed.leaverRule());
      assertEquals(seed, CappedDeduction.builder().capShare(new BigDecimal("0.50")).build());
      assertEquals(seed.hashCode(),
          CappedDeduction.builder().capShare(new BigDecimal("0.50")).build().hashCode());
      assertNotEquals(seed, CappedDeduction.builder().leaverRule(LeaverRule.DEDUCT_IN_FULL).build());
      assertEquals("CappedDeduction[capShare=0.5, leaverRule=WRITE_OFF]", seed.toString());
    }

    @Test
    void a_cap_share_must_be_greater_than_zero_and_at_most_one() {
      // rule: PEN-08
      for (String share : List.of("0", "-0.5", "1.01")) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> CappedDeduction.builder().capShare(new BigDecimal(share)).build());
        assertEquals("Invalid input (1 problem(s)): capShare: must be greater than 0 and at most"
            + " 1: the share of a month's efficiency bonus that may be deducted in that month,"
            + " e.g. 0.5 for 50 % (rejected value: \"" + share + "\")",
            e.getMessage(Locale.ENGLISH));
        assertEquals("输入无效（1 个问题）： capShare：必须大于 0 且不大于 1：当月效率奖金中当月最多可罚扣的比例，"
            + "例如 0.5 表示 50%（被拒绝的值：“" + share + "”）",
            e.getMessage(Locale.SIMPLIFIED_CHINESE));
      }
    }

    @Test
    void a_negative_bonus_has_no_cap() {
      // rule: PEN-08
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> CappedDeduction.seed().capOf(cny("-0.01")));
      assertEquals("efficiencyBonus: the efficiency bonus must be zero or more (rejected value:"
          + " \"CNY -0.01\")", e.violations().get(0).render(Locale.ENGLISH));
    }
  }

  @Nested
  class Refusals {

    @Test
    void a_month_that_is_not_after_the_last_settled_month_is_refused_in_both_languages() {
      // rule: PEN-08 — months are settled once each and in order.
      PenaltyAccount afterMarch = SEED.settleMonth(wangsAccount(), MAR, cny("3000.00"),
          List.of(assessed("2603-01", "2000.00", MAR))).account();
      for (var month : List.of(MAR, FEB)) {
        RuleRefusalException e = assertThrows(RuleRefusalException.class,
            () -> SEED.settleMonth(afterMarch, month, cny("3000.00"), none()));
        assertEquals("PEN-08", e.ruleId().value());
        assertEquals("Refused by rule PEN-08: " + month + " cannot be settled for P-1001: months"
            + " are settled once each and in order, and 2026-03 is already settled",
            e.getMessage(Locale.ENGLISH));
        assertEquals("被规则 PEN-08 拒绝：不能为 P-1001 结算 " + month + "：每个月只结算一次且按顺序结算，"
            + "而 2026-03 已经结算", e.getMessage(Locale.SIMPLIFIED_CHINESE));
      }
    }

    @Test
    void bad_input_is_listed_in_full_and_sorted_in_both_languages() {
      // rule: PEN-07, PEN-08 — a negative bonus, another person, another currency, a case twice.
      List<Assessment> assessments = List.of(
          new Assessment("2603-01", LI, cny("100.00"), MAR),
          new Assessment("2603-02", WANG, money("10.00", USD), MAR),
          assessed("2603-02", "200.00", MAR));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> SEED.settleMonth(wangsAccount(), MAR, cny("-1.00"), assessments));
      assertEquals("Invalid input (4 problem(s)): efficiencyBonus: the efficiency bonus must be"
          + " zero or more (rejected value: \"CNY -1.00\"); newAssessments[0].person: belongs to"
          + " P-2002, but this is the penalty account of P-1001 (rejected value: \"P-2002\");"
          + " newAssessments[1].amount: must be in CNY, the currency of the penalty account of"
          + " P-1001 (rejected value: \"USD 10.00\"); newAssessments[2].caseId: case 2603-02 is"
          + " already assessed at newAssessments[1]; each case is assessed once (rejected value:"
          + " \"2603-02\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（4 个问题）： efficiencyBonus：效率奖金不能为负数（被拒绝的值：“CNY -1.00”）;"
          + " newAssessments[0].person：属于 P-2002，但这是 P-1001 的罚扣账户（被拒绝的值：“P-2002”）;"
          + " newAssessments[1].amount：必须以 CNY 计，即 P-1001 的罚扣账户的货币（被拒绝的值：“USD 10.00”）;"
          + " newAssessments[2].caseId：案件 2603-02 已在 newAssessments[1] 中核定；每个案件只核定一次"
          + "（被拒绝的值：“2603-02”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void a_case_still_open_in_the_account_cannot_be_assessed_again() {
      // rule: PEN-07 — each case is assessed once and then deducted in instalments.
      PenaltyAccount afterMarch = SEED.settleMonth(wangsAccount(), MAR, cny("3000.00"),
          List.of(assessed("2603-01", "2000.00", MAR))).account();
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> SEED.settleMonth(afterMarch, APR, cny("3000.00"),
              List.of(assessed("2603-01", "2000.00", APR))));
      assertEquals("newAssessments[0].caseId: case 2603-01 is already open in the account"
          + " (assessed in 2026-03, CNY 500.00 still to deduct); each case is assessed once and"
          + " deducted separately (rejected value: \"2603-01\")",
          e.violations().get(0).render(Locale.ENGLISH));
      assertEquals("newAssessments[0].caseId：案件 2603-01 已在账户中（2026-03 核定，尚有 CNY 500.00 未扣）；"
          + "每个案件只核定一次，按件分别罚扣（被拒绝的值：“2603-01”）",
          e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void an_assessment_dated_after_the_month_being_settled_is_refused() {
      // rule: PEN-08 — a case decided in April cannot be deducted from March's bonus.
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> SEED.settleMonth(wangsAccount(), MAR, cny("3000.00"),
              List.of(assessed("2604-01", "100.00", APR))));
      assertEquals("newAssessments[0].month: was assessed in 2026-04, after the month being"
          + " settled (2026-03) (rejected value: \"2026-04\")",
          e.violations().get(0).render(Locale.ENGLISH));
      assertEquals("newAssessments[0].month：核定于 2026-04，晚于正在结算的月份（2026-03）"
          + "（被拒绝的值：“2026-04”）", e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void a_bonus_in_another_currency_than_the_account_is_refused() {
      // rule: PEN-08
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> SEED.settleMonth(wangsAccount(), MAR, money("3000", JPY), none()));
      assertEquals("efficiencyBonus: must be in CNY, the currency of the penalty account of P-1001"
          + " (rejected value: \"JPY 3000\")", e.violations().get(0).render(Locale.ENGLISH));
    }

    @Test
    void input_is_checked_before_the_month_order() {
      // rule: PEN-08 — invalid input is reported first, as everywhere in the library.
      PenaltyAccount afterMarch = SEED.settleMonth(wangsAccount(), MAR, cny("0.00"), none())
          .account();
      assertThrows(InvalidInputException.class,
          () -> SEED.settleMonth(afterMarch, MAR, cny("-1.00"), none()));
    }
  }

  @Nested
  class CompanyIncome {

    @Test
    void every_deduction_goes_to_the_company_and_nothing_is_ever_credited_back() {
      // rule: PEN-10 — statements only record money taken; the account never shows a credit.
      PenaltyAccount account = wangsAccount();
      Money statementsTotal = cny("0.00");
      List<List<Assessment>> months = List.of(
          List.of(assessed("2601-01", "2000.00", JAN), assessed("2601-02", "900.00", JAN)),
          none(), List.of(assessed("2603-01", "150.00", MAR)), none(), none());
      List<String> bonuses = List.of("3000.00", "0.00", "1200.00", "3000.00", "3000.00");
      for (int i = 0; i < months.size(); i++) {
        Settlement s = SEED.settleMonth(account, JAN.plusMonths(i), cny(bonuses.get(i)),
            months.get(i));
        for (CaseDeduction d : s.statement().deductions()) {
          assertTrue(d.amount().isPositive(), d.toString());
        }
        assertFalse(s.statement().outstandingAfter().isNegative());
        assertTrue(s.account().totalDeducted().compareTo(account.totalDeducted()) >= 0);
        statementsTotal = statementsTotal.plus(s.statement().deducted());
        account = s.account();
      }
      assertEquals(cny("3050.00"), statementsTotal);
      assertEquals(statementsTotal, account.totalDeducted());
      assertEquals(account.totalAssessed(), account.totalDeducted());
      assertEquals(List.of(), account.openItems());
    }
  }
}
