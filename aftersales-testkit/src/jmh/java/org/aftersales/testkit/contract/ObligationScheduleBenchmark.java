package org.aftersales.testkit.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.rules.contract.SeedObligationSchedule;
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
 * A year of obligations (CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06) for 10 000 varied
 * contracts: {@code SeedObligationSchedule.due} over the window [2026-01-01, 2027-01-01) for each
 * contract. The contracts, drawn once from a fixed seed, start on any day from 2024 to 2026
 * (some on month ends), run from one day to five years (so some end inside the year, some start
 * inside it, some miss it), are paid or free (2 : 1) and cover one to five systems. See
 * docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ObligationScheduleBenchmark {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2027, 1, 1);

  private ObligationSchedule schedule;
  private List<ServiceContract> contracts;

  /** 10 000 contracts and the seed's schedule. */
  @Setup(Level.Trial)
  public void setUp() {
    schedule = SeedObligationSchedule.seed();
    contracts = contracts(10_000, 20261130L);
  }

  static List<ServiceContract> contracts(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2024, 1, 1);
    List<ServiceContract> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate start = first.plusDays(random.nextInt(3 * 365));
      if (random.nextInt(5) == 0) {
        start = start.withDayOfMonth(start.lengthOfMonth());
      }
      LocalDate end = start.plusDays(random.nextInt(5 * 365));
      int systemCount = 1 + random.nextInt(5);
      List<SystemId> systems = new ArrayList<>(systemCount);
      for (int s = 0; s < systemCount; s++) {
        systems.add(SystemId.of("SYS-" + i + "-" + s));
      }
      out.add(ServiceContract.of(ContractId.of("HT-" + i), CustomerId.of("CUST-" + (i % 3000)),
          random.nextInt(3) == 0 ? ContractKind.FREE_MAINTENANCE : ContractKind.MAINTENANCE,
          random.nextBoolean() ? SystemCategory.SECURITY : SystemCategory.GENERAL, systems, start,
          end));
    }
    return out;
  }

  /**
   * A year of obligations for every contract.
   *
   * @return how many obligations fall due (so the work is not optimised away)
   */
  @Benchmark
  public int yearOfObligationsForTenThousandContracts() {
    int due = 0;
    for (ServiceContract contract : contracts) {
      due += schedule.due(contract, FROM, TO).size();
    }
    return due;
  }
}
