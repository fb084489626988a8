package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PenaltyLedgerMonth;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.penalty.ReversePosting;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Invariants of the penalty ledger over arbitrary mixes of decided cases, repeated and
 * concurrently retried postings, reversals before and after settlements and month-end runs with
 * arbitrary bonuses: no money is lost or made between the decisions and the ledgers, and no month
 * takes more than its cap or its bonus.
 * // rule: PEN-07, PEN-08
 */
class PenaltyLedgerProperties {

  static final Currency CNY = Currency.getInstance("CNY");
  static final PenaltyArbitraries GEN = PenaltyArbitraries.in(CNY);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

  /**
   * One decided case and what happens to it.
   *
   * @param penaltyCase the case (its amount made positive)
   * @param mode 0: posted once; 1: posted, then the same command again; 2: the same command from
   *     two threads at once
   * @param reverse whether the first person carrying something has the posting reversed
   * @param settleBeforeReversal whether a month-end run comes between the posting and the
   *     reversal (else after both)
   * @param bonuses the month's bonus of persons E1 … E10, by index
   */
  record Step(PenaltyCase penaltyCase, int mode, boolean reverse, boolean settleBeforeReversal,
      List<Money> bonuses) {}

  @Provide
  Arbitrary<List<Step>> scenarios() {
    Arbitrary<Step> step = Combinators.combine(GEN.cases(), Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, false), Arbitraries.of(true, false),
        GEN.bonuses().list().ofSize(GEN.personPool())).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 120)
  void the_ledgers_hold_exactly_the_allocations_not_reversed_and_no_month_takes_more_than_its_cap(
      @ForAll("scenarios") List<Step> steps) throws Exception {
    InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
    PenaltyPosting posting = new PenaltyPosting(accounts, TestValidators.commandValidator(),
        CLOCK);
    PenaltySettlement settlement = new PenaltySettlement(accounts, CappedDeduction.seed(), CLOCK);
    YearMonth month = YearMonth.of(2026, 1);
    // The reference: every (case, person) share of every allocation, minus the reversed ones.
    long expectedMinor = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      String caseId = "C" + i;
      PenaltyCase positive = PenaltyCase.builder().caseId(caseId)
          .amount(s.penaltyCase().amount().abs()).addAllShares(s.penaltyCase().shares()).build();
      PenaltyAllocation split = LargestRemainderAllocation.seed().allocate(positive);
      PostPenalty command = PostPenalty.of(RequestId.of("decide-" + caseId), split, month);
      switch (s.mode()) {
        case 1 -> {
          posting.post(command);
          posting.post(command);
        }
        case 2 -> twoThreads(() -> posting.post(command));
        default -> posting.post(command);
      }
      List<PersonAmount> carrying = split.persons().stream()
          .filter(p -> p.amount().isPositive()).toList();
      for (PersonAmount p : carrying) {
        expectedMinor += p.amount().minorUnits();
      }
      Map<PersonId, Money> bonuses = new HashMap<>();
      for (int k = 0; k < s.bonuses().size(); k++) {
        bonuses.put(PersonId.of("E" + (k + 1)), s.bonuses().get(k));
      }
      if (s.settleBeforeReversal()) {
        settlement.settle(month, bonuses);
      }
      if (s.reverse() && !carrying.isEmpty()) {
        PersonAmount first = carrying.get(0);
        posting.reverse(new ReversePosting(RequestId.of("rev-" + caseId), first.person(), caseId,
            PersonId.of("hr-zhao"), "decision withdrawn"));
        expectedMinor -= first.amount().minorUnits();
      }
      if (!s.settleBeforeReversal()) {
        settlement.settle(month, bonuses);
      }
      month = month.plusMonths(1);
    }
    long postedMinor = 0;
    for (PersonPenaltyLedger ledger : accounts.all()) {
      postedMinor += ledger.postedTotal().minorUnits();
      long pendingMinor = 0;
      for (var p : ledger.pending()) {
        pendingMinor += p.amount().minorUnits();
      }
      // What the ledger holds = what the account was assessed + what waits for a settlement.
      assertEquals(ledger.postedTotal().minorUnits(),
          ledger.account().totalAssessed().minorUnits() + pendingMinor, ledger.person().value());
      for (PenaltyLedgerMonth m : ledger.months()) {
        assertWithinCapAndBonus(m.statement());
      }
    }
    assertEquals(expectedMinor, postedMinor, "postings minus reversals, in fen");
  }

  /** The seed's cap computed independently: half the bonus in fen, rounded down. */
  static void assertWithinCapAndBonus(MonthlyStatement statement) {
    long bonus = statement.bonus().minorUnits();
    long cap = bonus / 2;
    long complaints = 0;
    long all = 0;
    for (CaseDeduction d : statement.deductions()) {
      all += d.amount().minorUnits();
      if (d.kind() == DeductionKind.COMPLAINT) {
        complaints += d.amount().minorUnits();
      }
    }
    assertTrue(complaints <= cap, "complaint deductions above the cap");
    assertTrue(all <= bonus, "deductions above the bonus");
  }

  private static void twoThreads(java.util.concurrent.Callable<?> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      for (Future<?> r : results) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
