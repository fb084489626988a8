package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.shared.Money;

/**
 * One bonus, one month (PEN-04, PEN-07, PEN-08, PEN-11): over arbitrary mixes of administrative
 * penalties, fines and complaint cases across months, no month takes more than its bonus,
 * complaint cases no more than the cap, the kinds are taken in their order, and nothing that the
 * limits allow is left for later. The expected amounts are computed here from the rule, not read
 * from the policy.
 *
 * <p>// rule: PEN-04, PEN-07, PEN-08, PEN-11
 */
class OneBonusOneMonthProperties {

  static final CappedDeduction SEED = CappedDeduction.seed();

  /** A new item: its kind and amount in fen. */
  record NewItem(DeductionKind kind, long fen) {}

  /** A settled month: the bonus in fen and the new items. */
  record Step(long bonusFen, List<NewItem> items) {}

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<NewItem> items = Combinators.combine(Arbitraries.of(DeductionKind.class),
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(1_000L, 2_000L, 5_000L, 10_000L, 40_000L, 80_000L)),
            Tuple.of(3, Arbitraries.longs().between(1, 600_000)))).as(NewItem::new);
    Arbitrary<Long> bonuses = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(2, Arbitraries.just(300_000L)),
        Tuple.of(5, Arbitraries.longs().between(1, 800_000)));
    Arbitrary<Step> steps = Combinators.combine(bonuses, items.list().ofMaxSize(6))
        .as(Step::new);
    return steps.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 400)
  void no_month_takes_more_than_its_bonus_and_each_kind_is_taken_in_its_turn(
      @ForAll("histories") List<Step> history) {
    // rule: PEN-04, PEN-07, PEN-08, PEN-11
    PenaltyAccount account = PenaltyAccount.open(WANG, CNY);
    YearMonth month = YearMonth.of(2026, 1);
    int serial = 0;
    for (Step step : history) {
      Money bonus = Money.ofMinor(step.bonusFen(), CNY);
      List<Assessment> assessments = new ArrayList<>();
      for (NewItem item : step.items()) {
        assessments.add(new Assessment("R-" + (++serial), WANG, Money.ofMinor(item.fen(), CNY),
            month, item.kind()));
      }
      // What is owed before the month, by kind, in fen: the reference for the month's amounts.
      long[] owed = new long[DeductionKind.values().length];
      for (OpenItem open : account.openItems()) {
        owed[open.kind().ordinal()] += open.outstanding().minorUnits();
      }
      for (Assessment a : assessments) {
        owed[a.kind().ordinal()] += a.amount().minorUnits();
      }
      Settlement s = SEED.settleMonth(account, month, bonus, assessments);
      MonthlyStatement st = s.statement();
      long capFen = step.bonusFen() / 2; // half the bonus, rounded down to the fen
      long administrative = Math.min(step.bonusFen(), owed[0]);
      long fines = Math.min(step.bonusFen() - administrative, owed[1]);
      long complaints = Math.min(Math.min(capFen, owed[2]),
          step.bonusFen() - administrative - fines);
      long[] taken = new long[owed.length];
      for (CaseDeduction d : st.deductions()) {
        taken[d.kind().ordinal()] += d.amount().minorUnits();
      }
      assertEquals(administrative, taken[0], "administrative penalties taken");
      assertEquals(fines, taken[1], "fines taken");
      assertEquals(complaints, taken[2], "complaint cases taken");
      assertTrue(st.deducted().minorUnits() <= step.bonusFen(), "more than the bonus");
      assertEquals(administrative + fines + complaints, st.deducted().minorUnits());
      assertEquals(owed[0] + owed[1] + owed[2] - st.deducted().minorUnits(),
          s.account().outstanding().minorUnits(), "what is not taken is carried over");
      assertEquals(Money.ofMinor(capFen, CNY), st.cap());
      // Within the month: kinds in order (a later kind never before an earlier one).
      for (int i = 1; i < st.deductions().size(); i++) {
        assertFalse(st.deductions().get(i).kind().compareTo(
            st.deductions().get(i - 1).kind()) < 0, st.deductions()::toString);
      }
      account = s.account();
      month = month.plusMonths(1);
    }
  }

  @Property(tries = 200)
  void with_complaint_cases_alone_a_month_takes_exactly_the_cap_rule_of_pen_08(
      @ForAll("histories") List<Step> history) {
    // rule: PEN-08
    PenaltyAccount account = PenaltyAccount.open(WANG, CNY);
    YearMonth month = YearMonth.of(2026, 1);
    int serial = 0;
    for (Step step : history) {
      List<Assessment> assessments = new ArrayList<>();
      for (NewItem item : step.items()) {
        assessments.add(new Assessment("C-" + (++serial), WANG, Money.ofMinor(item.fen(), CNY),
            month));
      }
      long owed = account.outstanding().minorUnits();
      for (Assessment a : assessments) {
        owed += a.amount().minorUnits();
      }
      Money bonus = Money.ofMinor(step.bonusFen(), CNY);
      Settlement s = SEED.settleMonth(account, month, bonus, assessments);
      long cap = new BigDecimal(step.bonusFen()).multiply(new BigDecimal("0.5"))
          .setScale(0, RoundingMode.DOWN).longValueExact();
      assertEquals(Math.min(cap, owed), s.statement().deducted().minorUnits());
      account = s.account();
      month = month.plusMonths(1);
    }
  }
}
