package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.penaltyCase;
import static org.aftersales.rules.penalty.AllocationFixtures.randomAmount;
import static org.aftersales.rules.penalty.AllocationFixtures.randomShares;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The baseline of {@code AllocationBenchmark} computes exactly what the library computes, so the
 * speed-up it reports is against a correct answer (decision 0007): the benchmark's own cases, and
 * many random ones — ties, shared people, 0, 2 and 3 decimals, amounts up to 25 digits, reversals.
 *
 * <p>// rule: PEN-02, PEN-06, PEN-09
 */
class AllocationBaselineAgreesTest {

  static final LargestRemainderAllocation LIBRARY = LargestRemainderAllocation.seed();
  static final AllocationBaseline BASELINE = new AllocationBaseline();
  static final List<Currency> CURRENCIES = List.of(Currency.getInstance("CNY"),
      Currency.getInstance("JPY"), Currency.getInstance("KWD"));

  @Test
  void the_baseline_gives_the_librarys_answers_for_the_benchmarks_cases() {
    // rule: PEN-06, PEN-09
    for (int persons : new int[] {2, 5, 20, 50}) {
      AllocationBenchmark.OneUnit oneUnit = new AllocationBenchmark.OneUnit();
      oneUnit.persons = persons;
      oneUnit.setUp();
      for (PenaltyCase c : oneUnit.cases) {
        assertEquals(BASELINE.allocate(c), LIBRARY.allocate(c), c::toString);
      }
    }
    AllocationBenchmark.ThreeParties three = new AllocationBenchmark.ThreeParties();
    three.setUp();
    for (PenaltyCase c : three.cases) {
      assertEquals(BASELINE.allocate(c), LIBRARY.allocate(c), c::toString);
    }
  }

  @Test
  void the_baseline_gives_the_librarys_answers_for_many_random_cases() {
    // rule: PEN-02, PEN-06, PEN-09
    SplittableRandom random = new SplittableRandom(20_261_118L);
    for (int i = 0; i < 5_000; i++) {
      Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      Money amount = randomAmount(random, currency);
      if (random.nextInt(5) == 0) {
        amount = amount.negated();
      }
      List<ResponsibilityShare> shares = randomShares(random, 1 + random.nextInt(50));
      PenaltyCase c = penaltyCase(amount, shares);
      assertEquals(BASELINE.allocate(c), LIBRARY.allocate(c), c::toString);
    }
  }

  @Test
  void the_plain_long_version_gives_the_librarys_answers_on_the_general_workload() {
    // rule: PEN-02 — the yardstick of the benchmark computes the same allocation.
    PlainLongAllocation plain = new PlainLongAllocation();
    for (PenaltyCase c : AllocationBenchmark.generalCases(3_000, 7)) {
      assertEquals(plain.allocate(c), LIBRARY.allocate(c), c::toString);
    }
    AllocationBenchmark.ThreeParties three = new AllocationBenchmark.ThreeParties();
    three.setUp();
    for (PenaltyCase c : three.cases) {
      assertEquals(plain.allocate(c), LIBRARY.allocate(c), c::toString);
    }
  }
}
