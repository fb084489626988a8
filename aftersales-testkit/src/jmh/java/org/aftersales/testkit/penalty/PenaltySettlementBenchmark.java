package org.aftersales.testkit.penalty;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.penalty.CappedDeduction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The month-end penalty settlement for 10 000 people with 3 postings each (issue 11: ≤ 100 ms).
 * The inputs vary person by person (seeded, so every run measures the same ones): three postings
 * of 0.01 to 5 000.00 each, mostly complaint cases, some fines and administrative penalties;
 * bonuses from 0 to 10 000.00; about half the people carry an open case from October, settled
 * then under its own bonus.
 *
 * <ul>
 *   <li>{@link #domainWork()}: {@link PersonPenaltyLedger#settledMonth} for every ledger — the
 *       policy's settlement, the statement and the next ledger state, with its event — what the
 *       run computes, without the port;</li>
 *   <li>{@link #runOverInMemoryStore()}: {@link PenaltySettlement#settle} over the testkit's
 *       {@link InMemoryPenaltyAccounts} — paging, the domain work and 10 000 saves with their
 *       outbox events into a fresh store each invocation (its filling is not measured).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PenaltySettlementBenchmark {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
  private static final int PEOPLE = 10_000;

  private final DeductionPolicy policy = CappedDeduction.seed();
  private List<PersonPenaltyLedger> ledgers;
  private Map<PersonId, Money> bonuses;

  /** 10 000 ledgers with three pending postings each, about half with an open October case. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261130L);
    ledgers = new ArrayList<>(PEOPLE);
    bonuses = new HashMap<>();
    for (int i = 0; i < PEOPLE; i++) {
      PersonId person = PersonId.of(String.format("E%05d", i));
      PersonPenaltyLedger ledger = PersonPenaltyLedger.open(person, CNY);
      if (random.nextBoolean()) {
        ledger = ledger.posted(posting("O" + i, OCTOBER, DeductionKind.COMPLAINT, random), AT)
            .state();
        ledger = ledger.settledMonth(policy, OCTOBER,
            Money.ofMinor(random.nextLong(0, 1_000_001), CNY), AT).state();
      }
      for (int k = 0; k < 3; k++) {
        int kind = random.nextInt(10);
        DeductionKind deductionKind = kind < 7 ? DeductionKind.COMPLAINT
            : kind < 9 ? DeductionKind.FINE : DeductionKind.ADMINISTRATIVE;
        ledger = ledger.posted(posting("N" + i + "-" + k, NOVEMBER, deductionKind, random), AT)
            .state();
      }
      ledgers.add(ledger);
      bonuses.put(person, Money.ofMinor(random.nextLong(0, 1_000_001), CNY));
    }
  }

  private static PenaltyLedgerPosting posting(String caseId, YearMonth month, DeductionKind kind,
      SplittableRandom random) {
    return new PenaltyLedgerPosting(caseId, month, Money.ofMinor(random.nextLong(1, 500_001), CNY),
        kind, RequestId.of("r-" + caseId), AT);
  }

  /** A fresh store holding the 10 000 ledgers, for each run of {@link #runOverInMemoryStore}. */
  @State(Scope.Thread)
  public static class Store {
    private PenaltySettlement run;

    /**
     * Fills a new store.
     *
     * @param workload the ledgers
     */
    @Setup(Level.Invocation)
    public void fill(PenaltySettlementBenchmark workload) {
      InMemoryPenaltyAccounts store = InMemoryPenaltyAccounts.create();
      for (PersonPenaltyLedger ledger : workload.ledgers) {
        store.save(ledger, List.of());
      }
      run = new PenaltySettlement(store, workload.policy, Clock.fixed(AT, ZoneOffset.UTC));
    }
  }

  /**
   * The domain work of November's run over every ledger.
   *
   * @return the total deducted, in fen (so the work is not optimised away)
   */
  @Benchmark
  public long domainWork() {
    long deducted = 0;
    for (PersonPenaltyLedger ledger : ledgers) {
      Money bonus = bonuses.get(ledger.person());
      PersonPenaltyLedger next = ledger.settledMonth(policy, NOVEMBER, bonus, AT).state();
      deducted += next.account().totalDeducted().minorUnits();
    }
    return deducted;
  }

  /**
   * November's run through the use case and the in-memory store.
   *
   * @param store a store filled with the ledgers
   * @return how many statements
   */
  @Benchmark
  public int runOverInMemoryStore(Store store) {
    return store.run.settle(NOVEMBER, bonuses).statements().size();
  }
}
