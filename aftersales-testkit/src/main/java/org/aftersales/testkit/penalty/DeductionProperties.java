package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.shared.AftersalesException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.testkit.penalty.PenaltyArbitraries.BonusHistory;
import org.aftersales.testkit.penalty.PenaltyArbitraries.BonusMonth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

/**
 * The properties every correct {@link DeductionPolicy} has (罚扣上限与分期的性质), PEN-07 and
 * PEN-08, as jqwik properties over random histories of one person's months — bonuses (zero
 * included) and assessed cases — to run against your own policy and configuration: extend this
 * class in your test sources, return your policy and the cap share you configured.
 *
 * <pre>{@code
 * class OurDeductionProperties extends DeductionProperties {
 *   @Override
 *   protected DeductionPolicy policy() {
 *     return CappedDeduction.builder().capShare(new BigDecimal("0.3")).build();
 *   }
 *
 *   @Override
 *   protected BigDecimal capShare() {
 *     return new BigDecimal("0.3");
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked, month after month from a new account:
 * <ul>
 *   <li>the cap: each month's statement shows {@code floor(bonus × capShare())} to the minor unit
 *       as its cap, and deducts no more (a month without bonus deducts nothing);</li>
 *   <li>instalments: each month deducts what is owed — carried over plus newly assessed — up to
 *       the cap, and carries exactly the rest;</li>
 *   <li>the ledger: at every month, assessed = deducted + written off + outstanding, in the
 *       account's totals and against the sums of the statements, with nothing negative, and
 *       every statement agreeing with its month;</li>
 *   <li>each case separately: no case is deducted beyond its assessment, the open items are
 *       exactly the cases not yet fully deducted with what was deducted from them, oldest
 *       first, and the statement lists its deductions oldest case first;</li>
 *   <li>oldest case first: a case assessed in a later month is never deducted while one
 *       assessed in an earlier month still has an amount outstanding (an assumption, see
 *       below);</li>
 *   <li>refusals: a month that is not after the last settled one, and any month of a closed
 *       account, with a {@link RuleRefusalException} of rule PEN-08; negative bonuses, amounts in
 *       another currency, another person's assessments and a repeated case with an
 *       {@link InvalidInputException};</li>
 *   <li>departure ({@link DeductionPolicy#settleDeparture}), only what holds under any leaver
 *       rule: the account is closed with nothing outstanding, everything owed is either deducted
 *       or written off, and either all of it was deducted (deduct in full) or the month was
 *       settled as usual under the cap (write off the rest).</li>
 * </ul>
 *
 * <p><b>Assumption</b> an adopter can switch off: the core Javadoc lists each month's deductions
 * and the open items oldest first, but does not say which case an instalment pays. These
 * properties assume the oldest case is paid first; a policy that spreads instalments otherwise
 * overrides {@link #deductsOldestCaseFirst()} to return false. Within one month's assessments no
 * order is assumed.
 *
 * <p><b>Tries.</b> The properties fix no number of tries: jqwik's configuration parameter
 * {@code jqwik.tries.default} decides, or {@code @PropertyDefaults(tries = …)} on your subclass.
 */
public abstract class DeductionProperties {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final String PEN_08 = "PEN-08";

  /** For subclasses. */
  protected DeductionProperties() {}

  /**
   * The policy under test, configured as in production. Called at least once per try; it may
   * return a new instance each time or one shared instance.
   *
   * @return the policy
   */
  protected abstract DeductionPolicy policy();

  /**
   * The share of the monthly bonus that the policy under test deducts at most, as configured.
   *
   * @return by default {@code 0.5} (PEN-08's 50 %)
   */
  protected BigDecimal capShare() {
    return new BigDecimal("0.5");
  }

  /**
   * The histories to settle. By default {@link PenaltyArbitraries#histories()} in CNY with the
   * default bounds; override for another currency or other bounds.
   *
   * @return the arbitrary of histories
   */
  protected Arbitrary<BonusHistory> histories() {
    return PenaltyArbitraries.in(CNY).histories();
  }

  /**
   * Whether the policy pays the oldest open case first, which the property
   * {@code older_cases_are_deducted_before_newer_ones} checks. The core Javadoc does not promise
   * it; override to return false for a policy that spreads instalments otherwise.
   *
   * @return true by default
   */
  protected boolean deductsOldestCaseFirst() {
    return true;
  }

  @Provide
  Arbitrary<BonusHistory> bonusHistories() {
    return histories();
  }

  // rule: PEN-08
  /**
   * No month deducts more than its cap: each statement shows {@code floor(bonus × capShare())},
   * rounded down to the minor unit, as its cap, and its deductions add up to no more.
   *
   * @param history a generated history
   */
  @Property
  void no_month_deducts_more_than_its_share_of_the_bonus(
      @ForAll("bonusHistories") BonusHistory history) {
    for (Step step : settle(history)) {
      MonthlyStatement statement = step.statement();
      Money cap = cap(step.input().bonus());
      assertEquals(cap, statement.cap(), () -> "the cap of " + step);
      assertFalse(statement.deducted().isGreaterThan(cap),
          () -> "deducted more than the cap " + cap + ": " + step);
    }
  }

  // rule: PEN-08
  /**
   * Instalments under the cap: each month deducts what is owed — the amount carried over plus
   * the month's new assessments — up to the cap, and carries exactly the rest into the following
   * months.
   *
   * @param history a generated history
   */
  @Property
  void each_month_deducts_what_is_owed_up_to_the_cap_and_carries_the_rest(
      @ForAll("bonusHistories") BonusHistory history) {
    for (Step step : settle(history)) {
      Money owed = step.owed();
      Money expected = cap(step.input().bonus()).min(owed);
      assertEquals(expected, step.statement().deducted(),
          () -> "owed " + owed + ", expected min(cap, owed) to be deducted: " + step);
      assertEquals(owed.minus(expected), step.statement().outstandingAfter(),
          () -> "carried over: " + step);
    }
  }

  // rule: PEN-07, PEN-08
  /**
   * The ledger balances at every month: total assessed = total deducted + total written off +
   * outstanding, both in the account and against the sums of the statements and assessments so
   * far; no amount is negative; nothing is written off outside a departure; the account stays
   * open with the month as its last settled; and each statement agrees with its month (person,
   * month, bonus, newly assessed, deductions adding up to the deducted total, outstanding after).
   *
   * @param history a generated history
   */
  @Property
  void the_ledger_balances_after_every_month(@ForAll("bonusHistories") BonusHistory history) {
    Money zero = Money.zero(history.currency());
    Money assessed = zero;
    Money deducted = zero;
    Money writtenOff = zero;
    for (Step step : settle(history)) {
      MonthlyStatement statement = step.statement();
      PenaltyAccount account = step.after();
      assessed = assessed.plus(step.input().assessed());
      deducted = deducted.plus(statement.deducted());
      writtenOff = writtenOff.plus(statement.writtenOff());

      assertStatementMatches(history, step);
      assertEquals(zero, statement.writtenOff(), () -> "written off outside a departure: " + step);
      assertFalse(account.closed(), () -> "closed by settleMonth: " + step);
      assertEquals(Optional.of(step.input().month()), account.lastSettled(),
          () -> "last settled month: " + step);
      assertEquals(assessed, account.totalAssessed(), () -> "total assessed: " + step);
      assertEquals(deducted, account.totalDeducted(), () -> "total deducted: " + step);
      assertEquals(writtenOff, account.totalWrittenOff(), () -> "total written off: " + step);
      assertEquals(assessed, deducted.plus(writtenOff).plus(account.outstanding()),
          () -> "assessed != deducted + written off + outstanding: " + step);
      assertFalse(account.outstanding().isNegative(), () -> "negative balance: " + step);
      assertEquals(account.outstanding(), statement.outstandingAfter(),
          () -> "the statement's outstanding differs from the account's: " + step);
    }
  }

  // rule: PEN-07
  /**
   * Each case is deducted separately and never beyond its assessment: every deduction names a
   * case assessed so far, once per month, with a positive amount; the deductions of a case never
   * add up to more than its assessment; the open items are exactly the cases not fully deducted,
   * with their assessment and what was deducted from them, oldest first; and each statement lists
   * its deductions oldest case first.
   *
   * @param history a generated history
   */
  @Property
  void no_case_is_deducted_beyond_its_assessment(@ForAll("bonusHistories") BonusHistory history) {
    Map<String, Assessment> cases = new HashMap<>();
    Map<String, Money> deducted = new HashMap<>();
    Money zero = Money.zero(history.currency());
    for (Step step : settle(history)) {
      for (Assessment a : step.input().assessments()) {
        cases.put(a.caseId(), a);
      }
      Set<String> seen = new LinkedHashSet<>();
      YearMonth previous = null;
      for (CaseDeduction d : step.statement().deductions()) {
        Assessment a = cases.get(d.caseId());
        assertTrue(a != null, () -> "deducted for an unknown case " + d.caseId() + ": " + step);
        assertTrue(seen.add(d.caseId()), () -> "case " + d.caseId() + " twice in " + step);
        assertTrue(d.amount().isPositive(), () -> "a deduction of zero or less: " + step);
        if (previous != null && a.month().isBefore(previous)) {
          fail("the deductions are not listed oldest case first: " + step);
        }
        previous = a.month();
        Money total = deducted.merge(d.caseId(), d.amount(), Money::plus);
        assertFalse(total.isGreaterThan(a.amount()),
            () -> "case " + d.caseId() + " deducted " + total + " of " + a.amount() + ": " + step);
      }
      Set<String> open = new LinkedHashSet<>();
      YearMonth older = null;
      for (OpenItem item : step.after().openItems()) {
        Assessment a = cases.get(item.caseId());
        assertTrue(a != null, () -> "an open item for an unknown case: " + item);
        assertTrue(open.add(item.caseId()), () -> "case twice in the open items: " + item);
        assertEquals(a.amount(), item.assessed(), () -> "assessed amount of " + item);
        assertEquals(a.month(), item.assessedIn(), () -> "month assessed of " + item);
        assertEquals(deducted.getOrDefault(item.caseId(), zero), item.deducted(),
            () -> "deducted so far of " + item + " (from the statements)");
        assertTrue(item.outstanding().isPositive(), () -> "a fully deducted open item: " + item);
        if (older != null && item.assessedIn().isBefore(older)) {
          fail("the open items are not oldest first: " + step.after().openItems());
        }
        older = item.assessedIn();
      }
      for (Assessment a : cases.values()) {
        boolean paid = deducted.getOrDefault(a.caseId(), zero).equals(a.amount());
        assertEquals(!paid, open.contains(a.caseId()),
            () -> "case " + a.caseId() + " is " + (paid ? "paid but open" : "unpaid but not open")
                + " after " + step);
      }
    }
  }

  // rule: PEN-07, PEN-08
  /**
   * Oldest case first: after every month, no case assessed in a later month has received a
   * deduction in that month while a case assessed in an earlier month still has an amount
   * outstanding. Aborted (reported as skipped, never as passed) if
   * {@link #deductsOldestCaseFirst()} is false.
   *
   * @param history a generated history
   */
  @Property
  void older_cases_are_deducted_before_newer_ones(@ForAll("bonusHistories") BonusHistory history) {
    Assumptions.assumeTrue(deductsOldestCaseFirst(),
        "the policy under test does not deduct the oldest case first");
    Map<String, YearMonth> assessedIn = new HashMap<>();
    for (Step step : settle(history)) {
      for (Assessment a : step.input().assessments()) {
        assessedIn.put(a.caseId(), a.month());
      }
      for (CaseDeduction d : step.statement().deductions()) {
        YearMonth month = assessedIn.get(d.caseId());
        for (OpenItem item : step.after().openItems()) {
          if (item.assessedIn().isBefore(month)) {
            fail("case " + d.caseId() + " of " + month + " was deducted while the older case "
                + item.caseId() + " of " + item.assessedIn() + " still has "
                + item.outstanding() + " outstanding: " + step);
          }
        }
      }
    }
  }

  // rule: PEN-08
  /**
   * A month without bonus deducts nothing: its cap is zero, it lists no deduction, and
   * everything owed is carried over — for every such month of the history and for one more month
   * without bonus after it, with a new case assessed.
   *
   * @param history a generated history
   */
  @Property
  void a_month_without_bonus_deducts_nothing(@ForAll("bonusHistories") BonusHistory history) {
    Money zero = Money.zero(history.currency());
    List<Step> steps = settle(history);
    for (Step step : steps) {
      if (step.input().bonus().isZero()) {
        assertNothingDeducted(step, zero);
      }
    }
    PenaltyAccount account = steps.get(steps.size() - 1).after();
    YearMonth next = history.lastMonth().plusMonths(1);
    BonusMonth input = new BonusMonth(next, zero, List.of(new Assessment("zero-bonus-case",
        history.person(), Money.ofMinor(1, history.currency()), next)));
    Settlement settlement = policy().settleMonth(account, next, zero, input.assessments());
    assertNothingDeducted(new Step(account, input, settlement), zero);
  }

  // rule: PEN-08
  /**
   * A month that is not after the last settled one — the same month or any earlier one — is
   * refused by {@code settleMonth} and {@code settleDeparture} with a
   * {@link RuleRefusalException} of rule PEN-08, in English and Chinese.
   *
   * @param history a generated history
   * @param monthsBack how far before the last settled month (0: the same month)
   */
  @Property
  void a_month_not_after_the_last_settled_one_is_refused(
      @ForAll("bonusHistories") BonusHistory history,
      @ForAll @IntRange(min = 0, max = 36) int monthsBack) {
    DeductionPolicy policy = policy();
    List<Step> steps = settle(policy, history, history.months().size());
    PenaltyAccount account = steps.get(steps.size() - 1).after();
    YearMonth month = history.lastMonth().minusMonths(monthsBack);
    Money bonus = Money.ofMinor(100_000, history.currency());
    List<Assessment> assessments = List.of(new Assessment("late-case", history.person(),
        Money.ofMinor(1, history.currency()), month));

    assertRefusedByPen08(() -> policy.settleMonth(account, month, bonus, assessments));
    assertRefusedByPen08(() -> policy.settleDeparture(account, month, bonus, assessments));
  }

  // rule: PEN-07, PEN-08
  /**
   * Wrong inputs are refused with an {@link InvalidInputException} in English and Chinese, by
   * both {@code settleMonth} and {@code settleDeparture}: a negative bonus, a bonus or an
   * assessment in another currency, another person's assessment, the same case twice in one
   * month, and a case that is still open in the account.
   *
   * @param history a generated history, settled before the wrong month
   */
  @Property
  void wrong_inputs_are_refused(@ForAll("bonusHistories") BonusHistory history) {
    DeductionPolicy policy = policy();
    List<Step> steps = settle(policy, history, history.months().size());
    PenaltyAccount account = steps.get(steps.size() - 1).after();
    YearMonth next = history.lastMonth().plusMonths(1);
    Currency currency = history.currency();
    Currency other = Currency.getInstance(currency.getCurrencyCode().equals("USD") ? "EUR" : "USD");
    Money bonus = Money.ofMinor(10_000, currency);
    PersonId stranger = PersonId.of(history.person().value() + "-other");
    Assessment fine = new Assessment("new-case", history.person(), Money.ofMinor(5, currency), next);

    Map<String, Settler> settlers = Map.of(
        "settleMonth", (m, b, as) -> policy.settleMonth(account, m, b, as),
        "settleDeparture", (m, b, as) -> policy.settleDeparture(account, m, b, as));
    for (Map.Entry<String, Settler> entry : settlers.entrySet()) {
      Settler settler = entry.getValue();
      String how = entry.getKey();
      assertInvalid(how + " with a negative bonus",
          () -> settler.settle(next, Money.ofMinor(-1, currency), List.of(fine)));
      assertInvalid(how + " with a bonus in " + other,
          () -> settler.settle(next, Money.ofMinor(10_000, other), List.of(fine)));
      assertInvalid(how + " with an assessment in " + other, () -> settler.settle(next, bonus,
          List.of(new Assessment("new-case", history.person(), Money.ofMinor(5, other), next))));
      assertInvalid(how + " with another person's assessment", () -> settler.settle(next, bonus,
          List.of(new Assessment("new-case", stranger, Money.ofMinor(5, currency), next))));
      assertInvalid(how + " with a case twice", () -> settler.settle(next, bonus, List.of(fine,
          new Assessment("new-case", history.person(), Money.ofMinor(7, currency), next))));
      for (OpenItem item : account.openItems()) {
        assertInvalid(how + " with the open case " + item.caseId() + " again",
            () -> settler.settle(next, Money.zero(currency), List.of(new Assessment(
                item.caseId(), history.person(), Money.ofMinor(3, currency), next))));
      }
    }
  }

  // rule: PEN-08
  /**
   * A departure settles what remains and closes the account, under any leaver rule: the last
   * month is settled after the history; afterwards nothing is outstanding, the account is closed
   * with that month as its last, everything owed is either deducted or written off, and either
   * all of it was deducted (deduct in full) or the month was settled as usual — {@code min(cap,
   * owed)} deducted — and the rest written off. The ledger still balances, no case is deducted
   * beyond its assessment, and a closed account settles no further month (PEN-08 refusal).
   *
   * @param history a generated history; its last month is the month of departure
   */
  @Property
  void a_departure_settles_what_remains_and_closes_the_account(
      @ForAll("bonusHistories") BonusHistory history) {
    DeductionPolicy policy = policy();
    int regular = history.months().size() - 1;
    List<Step> steps = settle(policy, history, regular);
    PenaltyAccount before = steps.isEmpty()
        ? PenaltyAccount.open(history.person(), history.currency())
        : steps.get(steps.size() - 1).after();
    BonusMonth last = history.months().get(regular);
    Settlement settlement =
        policy.settleDeparture(before, last.month(), last.bonus(), last.assessments());
    Step step = new Step(before, last, settlement);
    MonthlyStatement statement = settlement.statement();
    PenaltyAccount account = settlement.account();
    Money zero = Money.zero(history.currency());
    Money owed = step.owed();

    assertStatementMatches(history, step);
    assertTrue(account.closed(), () -> "not closed at departure: " + step);
    assertEquals(Optional.of(last.month()), account.lastSettled(), "last settled");
    assertTrue(account.openItems().isEmpty(), () -> "open items after departure: " + step);
    assertEquals(zero, statement.outstandingAfter(), () -> "outstanding after departure: " + step);
    assertFalse(statement.deducted().isNegative(), () -> "negative deduction: " + step);
    assertFalse(statement.writtenOff().isNegative(), () -> "negative write-off: " + step);
    assertEquals(owed, statement.deducted().plus(statement.writtenOff()),
        () -> "deducted + written off != owed " + owed + ": " + step);
    boolean inFull = statement.deducted().equals(owed) && statement.writtenOff().isZero();
    boolean settledAsUsual = statement.deducted().equals(cap(last.bonus()).min(owed));
    assertTrue(inFull || settledAsUsual,
        () -> "neither deducted in full nor settled as usual with the rest written off: " + step);
    assertEquals(before.totalAssessed().plus(last.assessed()), account.totalAssessed(),
        "total assessed");
    assertEquals(before.totalDeducted().plus(statement.deducted()), account.totalDeducted(),
        "total deducted");
    assertEquals(before.totalWrittenOff().plus(statement.writtenOff()), account.totalWrittenOff(),
        "total written off");
    assertEquals(account.totalAssessed(), account.totalDeducted().plus(account.totalWrittenOff()),
        "assessed != deducted + written off after departure");
    Map<String, Money> remaining = new HashMap<>();
    for (OpenItem item : before.openItems()) {
      remaining.put(item.caseId(), item.outstanding());
    }
    for (Assessment a : last.assessments()) {
      remaining.put(a.caseId(), a.amount());
    }
    for (CaseDeduction d : statement.deductions()) {
      Money left = remaining.get(d.caseId());
      assertTrue(left != null, () -> "deducted for a case not owed: " + d + " in " + step);
      assertFalse(d.amount().isGreaterThan(left),
          () -> "deducted " + d.amount() + " of " + left + " from " + d.caseId() + ": " + step);
    }

    YearMonth later = last.month().plusMonths(1);
    Money bonus = Money.ofMinor(100_000, history.currency());
    assertRefusedByPen08(() -> policy.settleMonth(account, later, bonus, List.of()));
    assertRefusedByPen08(() -> policy.settleDeparture(account, later, bonus, List.of()));
  }

  // --- helpers --------------------------------------------------------------------------------

  /** One settled month: the account before, the month's input and the result. */
  private record Step(PenaltyAccount before, BonusMonth input, Settlement settlement) {
    MonthlyStatement statement() {
      return settlement.statement();
    }

    PenaltyAccount after() {
      return settlement.account();
    }

    /** What is owed in the month: carried over plus newly assessed. */
    Money owed() {
      return before.outstanding().plus(input.assessed());
    }

    @Override
    public String toString() {
      return input.month() + " (bonus " + input.bonus() + ", assessed " + input.assessments()
          + ", carried in " + before.outstanding() + "): " + statement();
    }
  }

  /** Settles one month, as {@code settleMonth} or {@code settleDeparture}. */
  @FunctionalInterface
  private interface Settler {
    Settlement settle(YearMonth month, Money bonus, List<Assessment> assessments);
  }

  private List<Step> settle(BonusHistory history) {
    return settle(policy(), history, history.months().size());
  }

  /** Settles the first {@code count} months of the history with {@code settleMonth}. */
  private static List<Step> settle(DeductionPolicy policy, BonusHistory history, int count) {
    List<Step> steps = new ArrayList<>(count);
    PenaltyAccount account = PenaltyAccount.open(history.person(), history.currency());
    for (BonusMonth month : history.months().subList(0, count)) {
      Settlement settlement =
          policy.settleMonth(account, month.month(), month.bonus(), month.assessments());
      steps.add(new Step(account, month, settlement));
      account = settlement.account();
    }
    return steps;
  }

  /** The most a month may deduct: the bonus times {@link #capShare()}, rounded down. */
  private Money cap(Money bonus) {
    BigDecimal minor = new BigDecimal(bonus.minorUnitsExact()).multiply(capShare())
        .setScale(0, RoundingMode.FLOOR);
    return Money.ofMinor(minor.longValueExact(), bonus.currency());
  }

  private static void assertStatementMatches(BonusHistory history, Step step) {
    MonthlyStatement statement = step.statement();
    assertEquals(history.person(), statement.person(), () -> "person: " + step);
    assertEquals(step.input().month(), statement.month(), () -> "month: " + step);
    assertEquals(step.input().bonus(), statement.bonus(), () -> "bonus: " + step);
    assertEquals(step.input().assessed(), statement.newlyAssessed(),
        () -> "newly assessed: " + step);
    Money listed = Money.zero(history.currency());
    for (CaseDeduction d : statement.deductions()) {
      listed = listed.plus(d.amount());
    }
    Money sum = listed;
    assertEquals(sum, statement.deducted(),
        () -> "the deductions add up to " + sum + ", not to the deducted total: " + step);
    assertEquals(history.person(), step.after().person(), () -> "account's person: " + step);
    assertEquals(history.currency(), step.after().currency(), () -> "account's currency: " + step);
  }

  private static void assertNothingDeducted(Step step, Money zero) {
    MonthlyStatement statement = step.statement();
    assertEquals(zero, statement.cap(), () -> "the cap of a month without bonus: " + step);
    assertEquals(zero, statement.deducted(), () -> "deducted without bonus: " + step);
    assertTrue(statement.deductions().isEmpty(), () -> "deductions without bonus: " + step);
    assertEquals(step.owed(), statement.outstandingAfter(), () -> "not all carried: " + step);
  }

  private static void assertRefusedByPen08(Executable settle) {
    RuleRefusalException e = assertThrows(RuleRefusalException.class, settle);
    assertEquals(PEN_08, e.ruleId().value(), "the refusing rule");
    assertBilingual(e);
  }

  private static void assertInvalid(String what, Executable settle) {
    InvalidInputException e = assertThrows(InvalidInputException.class, settle,
        () -> what + " must be refused with an InvalidInputException");
    assertFalse(e.violations().isEmpty(), () -> what + ": no violation");
    assertBilingual(e);
  }

  private static void assertBilingual(AftersalesException e) {
    String english = e.getMessage(Locale.ENGLISH);
    String chinese = e.getMessage(Locale.SIMPLIFIED_CHINESE);
    assertFalse(english.isBlank(), "the English message is blank");
    assertFalse(chinese.isBlank(), "the Chinese message is blank");
    assertNotEquals(english, chinese, "the Chinese message is the English one");
  }
}
