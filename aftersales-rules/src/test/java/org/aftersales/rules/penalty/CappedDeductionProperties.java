package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.JPY;
import static org.aftersales.rules.penalty.DeductionFixtures.KWD;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.shared.Money;

/**
 * The ledger's invariants over random histories: up to 18 settled months with gaps of up to two
 * unsettled months, bonuses from zero (often) to several thousand, zero to four new cases a month
 * (some dated up to two months earlier), currencies with 0, 2 and 3 decimals, and cap shares from
 * 0.0001 to 1.
 *
 * <p>// rule: PEN-07, PEN-08, PEN-10
 */
class CappedDeductionProperties {

  static final YearMonth START = YearMonth.of(2026, 1);

  /** A new case: its amount in minor units and how many months before the settlement it dates. */
  record NewCase(long minor, int monthsEarlier) {}

  /** A settled month: months since the previous settlement, the bonus, the new cases. */
  record Step(int gap, long bonusMinor, List<NewCase> cases) {}

  /** A random history for one person. */
  record History(Currency currency, BigDecimal capShare, List<Step> steps) {

    CappedDeduction policy(LeaverRule rule) {
      return CappedDeduction.builder().capShare(capShare).leaverRule(rule).build();
    }
  }

  /** The inputs of one month, replayed from a history. */
  record Month(YearMonth month, Money bonus, List<Assessment> assessments) {}

  @Provide
  Arbitrary<History> histories() {
    Arbitrary<BigDecimal> shares = Arbitraries.oneOf(
        Arbitraries.of(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("0.3333")),
        Arbitraries.integers().between(1, 10_000).map(n -> BigDecimal.valueOf(n, 4)));
    Arbitrary<Long> bonuses = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.longs().between(1, 100)),
        Tuple.of(6, Arbitraries.longs().between(0, 800_000)));
    Arbitrary<NewCase> cases = Combinators.combine(Arbitraries.longs().between(1, 400_000),
        Arbitraries.integers().between(0, 2)).as(NewCase::new);
    Arbitrary<Step> steps = Combinators.combine(Arbitraries.integers().between(1, 3), bonuses,
        cases.list().ofMaxSize(4)).as(Step::new);
    return Combinators.combine(Arbitraries.of(CNY, JPY, KWD), shares,
        steps.list().ofMinSize(1).ofMaxSize(18)).as(History::new);
  }

  /** Turns a history into the months' inputs, with case IDs unique over the history. */
  static List<Month> months(History h) {
    List<Month> months = new ArrayList<>();
    YearMonth month = START.minusMonths(1);
    int caseNumber = 0;
    for (Step step : h.steps()) {
      month = month.plusMonths(step.gap());
      List<Assessment> assessments = new ArrayList<>();
      for (NewCase c : step.cases()) {
        caseNumber++;
        assessments.add(new Assessment(String.format(Locale.ROOT, "C-%03d",
            caseNumber), WANG, Money.ofMinor(c.minor(), h.currency()),
            month.minusMonths(c.monthsEarlier())));
      }
      months.add(new Month(month, Money.ofMinor(step.bonusMinor(), h.currency()), assessments));
    }
    return months;
  }

  static Money sum(List<Assessment> assessments, Currency currency) {
    Money total = Money.zero(currency);
    for (Assessment a : assessments) {
      total = total.plus(a.amount());
    }
    return total;
  }

  @Property(tries = 300)
  void every_month_deducts_all_it_may_but_never_more_than_its_cap(
      @ForAll("histories") History h) {
    // rule: PEN-08 — deducted = min(floor(bonus × share), everything outstanding).
    CappedDeduction policy = h.policy(LeaverRule.WRITE_OFF);
    PenaltyAccount account = PenaltyAccount.open(WANG, h.currency());
    for (Month m : months(h)) {
      Money before = account.outstanding().plus(sum(m.assessments(), h.currency()));
      Settlement settled = policy.settleMonth(account, m.month(), m.bonus(), m.assessments());
      MonthlyStatement s = settled.statement();
      BigInteger expectedCap = m.bonus().amount().multiply(h.capShare())
          .movePointRight(h.currency().getDefaultFractionDigits()).toBigInteger();
      assertEquals(expectedCap, s.cap().minorUnitsExact());
      assertFalse(s.deducted().isGreaterThan(s.cap()));
      assertEquals(s.cap().min(before), s.deducted());
      assertEquals(before.minus(s.deducted()), s.outstandingAfter());
      account = settled.account();
    }
  }

  @Property(tries = 300)
  void everything_assessed_is_deducted_written_off_or_outstanding_at_every_month(
      @ForAll("histories") History h, @ForAll boolean leaveAtTheEnd,
      @ForAll LeaverRule leaverRule) {
    // rule: PEN-07, PEN-08, PEN-10 — and no amount is ever negative.
    CappedDeduction policy = h.policy(leaverRule);
    PenaltyAccount account = PenaltyAccount.open(WANG, h.currency());
    Money zero = Money.zero(h.currency());
    Money assessed = zero;
    Money deducted = zero;
    Money writtenOff = zero;
    List<Month> months = months(h);
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      boolean last = leaveAtTheEnd && i == months.size() - 1;
      Settlement s = last
          ? policy.settleDeparture(account, m.month(), m.bonus(), m.assessments())
          : policy.settleMonth(account, m.month(), m.bonus(), m.assessments());
      MonthlyStatement st = s.statement();
      assessed = assessed.plus(st.newlyAssessed());
      deducted = deducted.plus(st.deducted());
      writtenOff = writtenOff.plus(st.writtenOff());
      account = s.account();
      assertEquals(assessed, account.totalAssessed());
      assertEquals(deducted, account.totalDeducted());
      assertEquals(writtenOff, account.totalWrittenOff());
      assertEquals(assessed, deducted.plus(writtenOff).plus(account.outstanding()));
      assertEquals(st.outstandingAfter(), account.outstanding());
      assertEquals(st.deducted(),
          Money.sum(st.deductions().stream().map(CaseDeduction::amount).toList(), h.currency()));
      for (CaseDeduction d : st.deductions()) {
        assertTrue(d.amount().isPositive());
      }
      for (OpenItem item : account.openItems()) {
        assertTrue(item.outstanding().isPositive());
      }
      for (Money amount : List.of(st.cap(), st.deducted(), st.writtenOff(), st.outstandingAfter())) {
        assertFalse(amount.isNegative());
      }
      if (last) {
        assertTrue(account.closed());
        assertEquals(zero, account.outstanding());
        if (leaverRule == LeaverRule.DEDUCT_IN_FULL) {
          assertEquals(zero, st.writtenOff());
        } else {
          assertFalse(st.deducted().isGreaterThan(st.cap()));
        }
      } else {
        assertEquals(zero, st.writtenOff());
        assertFalse(st.deducted().isGreaterThan(st.cap()));
      }
    }
  }

  @Property(tries = 300)
  void the_oldest_cases_are_paid_first_and_only_the_last_one_paid_is_paid_in_part(
      @ForAll("histories") History h) {
    // rule: PEN-07, PEN-08 — no case is left open while a case of a later month is paid.
    CappedDeduction policy = h.policy(LeaverRule.WRITE_OFF);
    PenaltyAccount account = PenaltyAccount.open(WANG, h.currency());
    for (Month m : months(h)) {
      Map<String, YearMonth> assessedIn = new HashMap<>();
      account.openItems().forEach(o -> assessedIn.put(o.caseId(), o.assessedIn()));
      m.assessments().forEach(a -> assessedIn.put(a.caseId(), a.month()));
      Settlement s = policy.settleMonth(account, m.month(), m.bonus(), m.assessments());
      List<CaseDeduction> deductions = s.statement().deductions();
      Map<String, OpenItem> stillOpen = new HashMap<>();
      s.account().openItems().forEach(o -> stillOpen.put(o.caseId(), o));
      for (int i = 0; i < deductions.size(); i++) {
        String caseId = deductions.get(i).caseId();
        if (i < deductions.size() - 1) {
          assertFalse(stillOpen.containsKey(caseId), caseId + " paid in part before others");
        }
        if (i > 0) {
          YearMonth previous = assessedIn.get(deductions.get(i - 1).caseId());
          assertFalse(assessedIn.get(caseId).isBefore(previous), "not oldest first");
        }
        for (OpenItem open : s.account().openItems()) {
          if (!open.caseId().equals(caseId)) {
            assertFalse(open.assessedIn().isBefore(assessedIn.get(caseId)),
                open.caseId() + " left open while newer " + caseId + " was paid");
          }
        }
      }
      List<OpenItem> items = s.account().openItems();
      for (int i = 1; i < items.size(); i++) {
        assertFalse(items.get(i).assessedIn().isBefore(items.get(i - 1).assessedIn()));
      }
      account = s.account();
    }
  }

  @Property(tries = 200)
  void the_order_of_the_new_assessments_does_not_change_the_settlement(
      @ForAll("histories") History h, @ForAll long shuffleSeed) {
    // rule: PEN-07
    CappedDeduction policy = h.policy(LeaverRule.WRITE_OFF);
    PenaltyAccount account = PenaltyAccount.open(WANG, h.currency());
    Random random = new Random(shuffleSeed);
    for (Month m : months(h)) {
      List<Assessment> shuffled = new ArrayList<>(m.assessments());
      Collections.shuffle(shuffled, random);
      Settlement given = policy.settleMonth(account, m.month(), m.bonus(), m.assessments());
      Settlement reordered = policy.settleMonth(account, m.month(), m.bonus(), shuffled);
      // The recorded input keeps the order given; what is computed does not depend on it.
      assertEquals(given.account(), reordered.account());
      assertEquals(given.statement(), reordered.statement());
      account = given.account();
    }
  }
}
