package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.APR;
import static org.aftersales.rules.penalty.DeductionFixtures.MAR;
import static org.aftersales.rules.penalty.DeductionFixtures.MAY;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.assessed;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.deducted;
import static org.aftersales.rules.penalty.DeductionFixtures.none;
import static org.aftersales.rules.penalty.DeductionFixtures.wangsAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A person who leaves: the last month is settled under the cap, then the rest is written off (the
 * seed) or deducted in full (configured); the account is closed. Runs under two JVM defaults (tag
 * jvm-defaults).
 *
 * <p>// rule: PEN-08, PEN-10
 */
@Tag("jvm-defaults")
class CappedDeductionDepartureTest {

  static final CappedDeduction WRITE_OFF = CappedDeduction.seed();
  static final CappedDeduction IN_FULL =
      CappedDeduction.builder().leaverRule(LeaverRule.DEDUCT_IN_FULL).build();

  /** After March: 2603-01 has 500.00 left of 2 000.00, 2603-02 all of its 900.00. */
  PenaltyAccount afterMarch;

  @BeforeEach
  void march() {
    afterMarch = WRITE_OFF.settleMonth(wangsAccount(), MAR, cny("3000.00"),
        List.of(assessed("2603-01", "2000.00", MAR), assessed("2603-02", "900.00", MAR)))
        .account();
  }

  @Test
  void the_seed_writes_off_what_the_cap_of_the_last_month_leaves() {
    // rule: PEN-08 — bonus 2 000.00, cap 1 000.00: 500 + 500 deducted, 400 written off.
    Settlement april = WRITE_OFF.settleDeparture(afterMarch, APR, cny("2000.00"), none());
    assertEquals(new MonthlyStatement(WANG, APR, cny("2000.00"), cny("1000.00"), cny("0.00"),
        List.of(deducted("2603-01", "500.00"), deducted("2603-02", "500.00")), cny("1000.00"),
        List.of(deducted("2603-02", "400.00")), cny("400.00"), cny("0.00"), true),
        april.statement());
    PenaltyAccount closed = april.account();
    assertTrue(closed.closed());
    assertEquals(List.of(), closed.openItems());
    assertEquals(cny("2900.00"), closed.totalAssessed());
    assertEquals(cny("2500.00"), closed.totalDeducted());
    assertEquals(cny("400.00"), closed.totalWrittenOff());
    assertEquals(Optional.of(APR), closed.lastSettled());
  }

  @Test
  void deducting_in_full_takes_the_whole_balance_beyond_the_cap_oldest_case_first() {
    // rule: PEN-08 — configured leaver rule; 1 400 deducted against a cap of 1 000.
    Settlement april = IN_FULL.settleDeparture(afterMarch, APR, cny("2000.00"), none());
    MonthlyStatement s = april.statement();
    assertEquals(cny("1000.00"), s.cap());
    assertEquals(List.of(deducted("2603-01", "500.00"), deducted("2603-02", "900.00")),
        s.deductions());
    assertEquals(cny("1400.00"), s.deducted());
    assertEquals(cny("0.00"), s.writtenOff());
    assertEquals(cny("0.00"), s.outstandingAfter());
    assertTrue(april.account().closed());
    assertEquals(cny("2900.00"), april.account().totalDeducted());
    assertEquals(cny("0.00"), april.account().totalWrittenOff());
  }

  @Test
  void deducting_in_full_may_take_more_than_the_final_bonus() {
    // rule: PEN-08 — a zero final bonus: the cap is zero, the whole balance is still deducted.
    Settlement april = IN_FULL.settleDeparture(afterMarch, APR, cny("0.00"),
        List.of(assessed("2604-01", "100.00", APR)));
    assertEquals(cny("0.00"), april.statement().cap());
    assertEquals(List.of(deducted("2603-01", "500.00"), deducted("2603-02", "900.00"),
        deducted("2604-01", "100.00")), april.statement().deductions());
    assertEquals(cny("1500.00"), april.statement().deducted());
  }

  @Test
  void cases_assessed_in_the_last_month_are_settled_then_written_off() {
    // rule: PEN-08 — the new case takes its place after March's cases.
    Settlement april = WRITE_OFF.settleDeparture(afterMarch, APR, cny("4000.00"),
        List.of(assessed("2604-01", "700.00", APR)));
    assertEquals(List.of(deducted("2603-01", "500.00"), deducted("2603-02", "900.00"),
        deducted("2604-01", "600.00")), april.statement().deductions());
    assertEquals(cny("100.00"), april.statement().writtenOff());
    assertEquals(cny("700.00"), april.statement().newlyAssessed());
  }

  @Test
  void a_leaver_without_a_balance_is_closed_with_nothing_written_off() {
    // rule: PEN-08
    Settlement april = WRITE_OFF.settleDeparture(wangsAccount(), APR, cny("3000.00"), none());
    assertEquals(cny("0.00"), april.statement().deducted());
    assertEquals(cny("0.00"), april.statement().writtenOff());
    assertTrue(april.account().closed());
  }

  @Test
  void nothing_can_be_settled_after_the_departure_in_both_languages() {
    // rule: PEN-08
    PenaltyAccount closed = WRITE_OFF.settleDeparture(afterMarch, APR, cny("2000.00"), none())
        .account();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> WRITE_OFF.settleMonth(closed, MAY, cny("3000.00"), none()));
    assertEquals("PEN-08", e.ruleId().value());
    assertEquals("Refused by rule PEN-08: the penalty account of P-1001 was closed when they left;"
        + " no further month can be settled", e.getMessage(Locale.ENGLISH));
    assertEquals("被规则 PEN-08 拒绝：P-1001 的罚扣账户已在其离职时关闭，不能再结算任何月份",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertThrows(RuleRefusalException.class,
        () -> IN_FULL.settleDeparture(closed, MAY, cny("3000.00"), none()));
  }

  @Test
  void the_last_month_must_come_after_the_last_settled_month() {
    // rule: PEN-08
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> WRITE_OFF.settleDeparture(afterMarch, MAR, cny("2000.00"), none()));
    assertEquals("PEN-08", e.ruleId().value());
  }

  @Test
  void a_negative_final_bonus_is_named_by_its_own_path() {
    // rule: PEN-08
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WRITE_OFF.settleDeparture(afterMarch, APR, cny("-5.00"), none()));
    assertEquals("finalBonus：效率奖金不能为负数（被拒绝的值：“CNY -5.00”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
  }
}
