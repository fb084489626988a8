package org.aftersales.rules.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of allocating one penalty case (PEN-02, PEN-06, PEN-09) with
 * {@link LargestRemainderAllocation}, against a plain {@code long} version
 * ({@link PlainLongAllocation}) and the straightforward {@link BigDecimal} version
 * ({@link AllocationBaseline}).
 *
 * <ul>
 *   <li>{@code libraryGeneral} / {@code plainLongGeneral} / {@code plainLongPartsGeneral}: the
 *       general workload — {@value #GENERAL_CASES} cases of 2 to 20 persons, each with a new
 *       vector of whole weights from 1 to 10 000 and an amount of CNY 0.01 to CNY 1 000 000.00;
 *       every invocation takes the next case, so no weight vector repeats within 100 000
 *       operations. {@code plainLongPartsGeneral} computes the parties' parts only, as bare
 *       {@code long}s, without any result object.</li>
 *   <li>{@code plainLong} / {@code plainLongThreeParties}: the plain {@code long} version on the
 *       seed's shapes below.</li>
 *   <li>{@code library} / {@code baseline}: one unit of {@code persons} members (2, 5, 20, 50)
 *       carries the whole case; base points drawn at random from 0.5 to 3 with 1 to 4 decimals,
 *       person IDs {@code E} and five digits, listed in random order.</li>
 *   <li>{@code libraryThreeParties} / {@code baselineThreeParties}: 20 persons in three parties —
 *       a group of 12, a group of 7 and one person (not in either group) — with weights 50, 30
 *       and 20.</li>
 * </ul>
 *
 * <p>Every invocation takes the next of 1 024 cases precomputed from a fixed seed, with amounts
 * from CNY 0.01 to CNY 1 000 000.00 (the number of digits drawn first, then the digits, so that
 * small and large amounts are equally common). The units are the same objects in every case, as
 * when base points change rarely. Run with the command in docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {

  /** How many different cases the invocations cycle through; a power of two. */
  static final int CASES = 1024;
  private static final long SEED = 0x5EED_0A11L;
  static final Currency CNY = Currency.getInstance("CNY");

  /** The policies and the precomputed cases. */
  abstract static class Prepared {

    LargestRemainderAllocation library;
    AllocationBaseline baseline;
    PlainLongAllocation plainLong;
    PenaltyCase[] cases;
    private int next;

    void prepare(List<ResponsibilityShare> shares, long seed) {
      library = LargestRemainderAllocation.seed();
      baseline = new AllocationBaseline();
      plainLong = new PlainLongAllocation();
      SplittableRandom random = new SplittableRandom(seed);
      cases = new PenaltyCase[CASES];
      for (int i = 0; i < CASES; i++) {
        cases[i] = PenaltyCase.builder()
            .caseId("2611-" + (i + 1))
            .amount(Money.ofMinor(randomAmount(random), CNY))
            .addAllShares(shares)
            .build();
      }
    }

    /** The next case. */
    final PenaltyCase next() {
      int i = next;
      next = (i + 1) & (CASES - 1);
      return cases[i];
    }
  }

  /** One unit of N members carries each case. */
  @State(Scope.Thread)
  public static class OneUnit extends Prepared {

    @Param({"2", "5", "20", "50"})
    public int persons;

    @Setup
    public void setUp() {
      SplittableRandom random = new SplittableRandom(SEED + persons);
      OrganizationUnit unit = randomUnit("G-PRESS", persons, random);
      prepare(List.of(ResponsibilityShare.whole(new ResponsibleParty.Unit(unit))), SEED);
    }
  }

  /** Three parties of 20 persons in all: a group of 12, a group of 7 and one person. */
  @State(Scope.Thread)
  public static class ThreeParties extends Prepared {

    @Setup
    public void setUp() {
      SplittableRandom random = new SplittableRandom(SEED + 3);
      List<OrganizationUnit> units = randomUnits(random, 12, 7);
      prepare(List.of(
          new ResponsibilityShare(new ResponsibleParty.Unit(units.get(0)), new BigDecimal("50")),
          new ResponsibilityShare(new ResponsibleParty.Unit(units.get(1)), new BigDecimal("30")),
          new ResponsibilityShare(new ResponsibleParty.Person(PersonId.of("E00001")),
              new BigDecimal("20"))), SEED);
    }
  }

  /** How many cases the general workload cycles through. */
  static final int GENERAL_CASES = 100_000;

  /** The general workload: 2 to 20 persons, new whole weights 1..10 000 each case. */
  @State(Scope.Thread)
  public static class General {

    LargestRemainderAllocation library;
    PlainLongAllocation plainLong;
    PenaltyCase[] cases;
    private int next;

    @Setup
    public void setUp() {
      library = LargestRemainderAllocation.seed();
      plainLong = new PlainLongAllocation();
      cases = generalCases(GENERAL_CASES, SEED);
    }

    /** The next case. */
    final PenaltyCase next() {
      int i = next;
      next = i + 1 == GENERAL_CASES ? 0 : i + 1;
      return cases[i];
    }
  }

  /** {@code count} cases of the general workload, from a fixed seed. */
  static PenaltyCase[] generalCases(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PersonId[] people = new PersonId[1000];
    for (int i = 0; i < people.length; i++) {
      people[i] = PersonId.of("E" + (10_000 + 89 * i));
    }
    PenaltyCase[] cases = new PenaltyCase[count];
    for (int c = 0; c < count; c++) {
      int parties = 2 + random.nextInt(19);
      int first = random.nextInt(people.length);
      PenaltyCase.Builder b = PenaltyCase.builder()
          .caseId("F-" + c)
          .amount(Money.ofMinor(randomAmount(random), CNY));
      for (int p = 0; p < parties; p++) {
        // Consecutive people from a random start: distinct within the case.
        b.addShares(new ResponsibilityShare(
            new ResponsibleParty.Person(people[(first + p) % people.length]),
            BigDecimal.valueOf(1 + random.nextInt(10_000))));
      }
      cases[c] = b.build();
    }
    return cases;
  }

  /** From 1 to 100 000 000 minor units: the number of digits first, then the digits. */
  static long randomAmount(SplittableRandom random) {
    int digits = 1 + random.nextInt(9);
    long low = digits == 1 ? 1 : pow10(digits - 1);
    long high = digits == 9 ? pow10(8) : pow10(digits) - 1;
    return random.nextLong(low, high + 1);
  }

  static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** Base points from 0.5 to 3 with 1 to 4 decimal places. */
  static BasePoints randomBasePoints(SplittableRandom random) {
    int decimals = 1 + random.nextInt(4);
    long scale = pow10(decimals);
    long unscaled = random.nextLong(scale / 2, 3 * scale + 1);
    return BasePoints.of(BigDecimal.valueOf(unscaled, decimals));
  }

  /** A unit of {@code size} members, distinct IDs of {@code E} and five digits, random order. */
  static OrganizationUnit randomUnit(String id, int size, SplittableRandom random) {
    return unit(id, members(random, size));
  }

  /** Units of the given sizes whose members are all different people. */
  static List<OrganizationUnit> randomUnits(SplittableRandom random, int... sizes) {
    int all = 0;
    for (int size : sizes) {
      all += size;
    }
    List<Member> members = members(random, all);
    List<OrganizationUnit> units = new ArrayList<>();
    int from = 0;
    for (int u = 0; u < sizes.length; u++) {
      units.add(unit("G-" + (u + 1), members.subList(from, from + sizes[u])));
      from += sizes[u];
    }
    return units;
  }

  private static List<Member> members(SplittableRandom random, int size) {
    // Distinct five-digit numbers: one from each of `size` equal stretches of 10000..99998.
    int stretch = 89_999 / size;
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      numbers.add(10_000 + i * stretch + random.nextInt(stretch));
    }
    Collections.shuffle(numbers, new Random(random.nextLong()));
    List<Member> members = new ArrayList<>();
    for (int number : numbers) {
      members.add(new Member(PersonId.of("E" + number), randomBasePoints(random)));
    }
    return members;
  }

  static OrganizationUnit unit(String id, List<Member> members) {
    return OrganizationUnit.builder()
        .id(UnitId.of(id))
        .level(UnitLevel.GROUP)
        .kind(DepartmentKind.MANUFACTURING)
        .addAllMembers(members)
        .build();
  }

  @Benchmark
  public PenaltyAllocation library(OneUnit s) {
    return s.library.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation baseline(OneUnit s) {
    return s.baseline.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation plainLong(OneUnit s) {
    return s.plainLong.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation libraryThreeParties(ThreeParties s) {
    return s.library.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation baselineThreeParties(ThreeParties s) {
    return s.baseline.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation plainLongThreeParties(ThreeParties s) {
    return s.plainLong.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation libraryGeneral(General s) {
    return s.library.allocate(s.next());
  }

  @Benchmark
  public PenaltyAllocation plainLongGeneral(General s) {
    return s.plainLong.allocate(s.next());
  }

  @Benchmark
  public long[] plainLongPartsGeneral(General s) {
    return PlainLongAllocation.parts(s.next());
  }
}
