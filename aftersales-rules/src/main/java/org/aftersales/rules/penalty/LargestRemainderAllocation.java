package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * Splits a case's amount among the responsible, exactly to the currency's minor unit, with the
 * largest-remainder method (最大余数法) at two levels (PEN-02, PEN-06, PEN-09):
 *
 * <ol>
 *   <li><b>Between the parties</b> by their responsibility weights (PEN-02): a person at fault
 *       alone carries the whole amount; a joint fault is split by the ratios of the shares (60 and
 *       40, 0.6 and 0.4, 2 and 1: only the ratios count).</li>
 *   <li><b>Within a unit</b> among its members by base points (PEN-06, PEN-09): a member's part is
 *       the unit's part ÷ the unit's total base points × the member's base points. A person party
 *       gets its part whole.</li>
 * </ol>
 *
 * <h2>Rounding: largest remainder, ties by a stable key</h2>
 * At each level every part first gets the exact share rounded down to the minor unit (分 for CNY,
 * 1 yen for JPY, 1 fils for KWD); the minor units left over — always fewer than the number of
 * parts — go one each to the parts whose exact shares had the largest remainders. Parts whose
 * remainders are equal are ordered by a stable key, never by their position in the input: between
 * parties by {@link ResponsibleParty#key()} (string order), within a unit by the person ID
 * (string order). So, for CNY 0.10 over three members with equal base points, each exact share is
 * 0.0333…; each gets 0.03 and the one cent left goes to the smallest person ID: 0.04, 0.03, 0.03,
 * in whatever order the members are listed. Between a person and a unit with equal remainders the
 * person comes first ({@code "P:…"} sorts before {@code "U:…"}).
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Exact</b>: the parties' parts add up to the case's amount, and each unit's members'
 *       parts add up to the unit's part; all arithmetic is on whole numbers of minor units — no
 *       floating point, no intermediate rounding.</li>
 *   <li><b>Close</b>: every part is within one minor unit of its exact proportional share at its
 *       level ({@code |part − exact| < 1} minor unit); for a positive amount no part is negative.
 *       A member's part is within one minor unit of its share of the unit's (already rounded)
 *       part, and so within two minor units of the single-step share
 *       {@code amount × weight ÷ total weight × base points ÷ total base points}.</li>
 *   <li><b>Order-independent</b>: permuting the shares or a unit's members permutes the result
 *       identically; {@link PenaltyAllocation#parties()} follows the order of the shares and each
 *       party's members the unit's member order.</li>
 *   <li><b>Reversals</b>: a negative amount (the reversal of an earlier allocation) is split as the
 *       exact negation of the positive amount, so a case and its reversal cancel person by person;
 *       a zero amount gives every party and person zero.</li>
 *   <li><b>Per person</b>: {@link PenaltyAllocation#persons()} adds up each person's parts over all
 *       parties (someone may be responsible individually and as a member of a unit, or belong to
 *       two responsible units), ordered by person ID; every person of every party is listed, even
 *       with zero.</li>
 *   <li><b>Recomputable</b>: the result records {@link #ALGORITHM_VERSION} and the case; allocating
 *       the recorded case again gives an equal allocation.</li>
 * </ul>
 *
 * <pre>{@code
 * PenaltyAllocationPolicy policy = LargestRemainderAllocation.create();
 * ResponsibleParty press = new ResponsibleParty.Unit(pressGroup); // base points 1.2, 1.0, 0.8
 * ResponsibleParty qa = new ResponsibleParty.Person(PersonId.of("Q2001"));
 * PenaltyAllocation a = policy.allocate(PenaltyCase.builder()
 *     .caseId("2611-07")
 *     .amount(Money.parse("CNY 10000.00"))
 *     .addShares(new ResponsibilityShare(press, new BigDecimal("60")))
 *     .addShares(new ResponsibilityShare(qa, new BigDecimal("40")))
 *     .build());
 * // press group 6000.00: 2400.00, 2000.00, 1600.00 (6000.00 ÷ 3.0 × base points); QA 4000.00
 * }</pre>
 *
 * <p>Invalid weights and base points cannot reach the policy: a responsibility weight must be
 * greater than zero ({@link ResponsibilityShare}) and so must base points
 * ({@link org.aftersales.core.organization.BasePoints}); a case has at least one share and no party
 * twice, a unit at least one member and no person twice ({@link PenaltyCase},
 * {@link org.aftersales.core.organization.OrganizationUnit}).
 *
 * <p><b>Speed.</b> Amounts of up to 18 digits in minor units are split in {@code long} arithmetic
 * (weights scaled to whole numbers at a common scale), with an exact {@link BigInteger} fallback
 * when an amount × weight product does not fit in 64 bits; all paths give the same parts. A
 * policy keeps what it prepares per unit (the base points as whole numbers, their total, the
 * members in person-ID order) for the last 64 units it saw, by
 * identity; the result never depends on it. About 0.35 µs for a unit of 20 members, most of it
 * creating the 20 × 3 result objects and the result's lists (see docs/performance.md).
 *
 * <p>Thread-safe; one instance may serve every thread.
 */
public final class LargestRemainderAllocation implements PenaltyAllocationPolicy {

  /** The name and version of this algorithm, recorded in every result. */
  public static final String ALGORITHM_VERSION = "largest-remainder-by-key/1";

  /** Amounts and scaled weights of at most this many digits are handled as {@code long}s. */
  private static final int COMPACT_DIGITS = 18;

  private final AllocationUnitCache units = new AllocationUnitCache();

  private LargestRemainderAllocation() {}

  /**
   * A new policy (with its own cache of prepared units).
   *
   * @return the policy
   */
  public static LargestRemainderAllocation create() {
    return new LargestRemainderAllocation();
  }

  /**
   * The algorithm's name and version.
   *
   * @return {@value #ALGORITHM_VERSION}
   */
  @Override
  public String algorithmVersion() {
    return ALGORITHM_VERSION;
  }

  /**
   * Allocates one case: the amount between the parties by their weights, then each unit's part
   * among its members by base points, each level exact to the minor unit of the amount's currency
   * by the largest-remainder method (see the class comment).
   *
   * @param penaltyCase the case; its amount may be negative (a reversal) or zero
   * @return the allocation, with this policy's {@link #algorithmVersion()} and the case as input;
   *     amounts in the case's currency
   * @throws InvalidInputException not thrown by this policy (the interface allows it): every case
   *     that the core value types accept can be allocated
   */
  @Override
  public PenaltyAllocation allocate(PenaltyCase penaltyCase) {
    requireNonNull(penaltyCase, "penaltyCase");
    Money amount = penaltyCase.amount();
    List<ResponsibilityShare> shares = penaltyCase.shares();
    int count = shares.size();
    boolean compact = amount.amount().precision() <= COMPACT_DIGITS;
    if (compact && count == 1) {
      return allocateWhole(penaltyCase, amount, shares.get(0).party());
    }
    PartyAmount[] parties = new PartyAmount[count];
    PersonAmount[][] runs = new PersonAmount[count][];
    long[][] runKeys = new long[count][];
    if (compact) {
      allocateCompact(amount, shares, parties, runs, runKeys);
    } else {
      allocateWide(amount, shares, parties, runs, runKeys);
    }
    return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase, ImmutableList.copyOf(parties),
        ImmutableList.copyOf(perPerson(runs, runKeys)));
  }

  /** One party carries the whole amount, of at most 18 digits (the most frequent case). */
  private PenaltyAllocation allocateWhole(PenaltyCase penaltyCase, Money amount,
      ResponsibleParty party) {
    if (party instanceof ResponsibleParty.Unit) {
      AllocationUnitWeights unit = units.weightsOf(((ResponsibleParty.Unit) party).unit());
      long minor = compactMinorUnits(amount);
      ImmutableList<PersonAmount> members = unit.amounts(Math.abs(minor), amount);
      return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase,
          ImmutableList.of(new PartyAmount(party, amount, members)),
          personOrderList(members, unit.byPerson));
    }
    PersonAmount only = new PersonAmount(((ResponsibleParty.Person) party).person(), amount);
    ImmutableList<PersonAmount> persons = ImmutableList.of(only);
    return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase,
        ImmutableList.of(new PartyAmount(party, amount, persons)), persons);
  }

  /** The minor units of an amount of at most 18 digits, without creating a {@link BigInteger}. */
  private static long compactMinorUnits(Money amount) {
    BigDecimal value = amount.amount();
    return value.scale() == 0
        ? value.longValue()
        : value.scaleByPowerOfTen(value.scale()).longValue();
  }

  /** Both levels in {@code long} minor units (the amount has at most 18 digits). */
  private void allocateCompact(Money amount, List<ResponsibilityShare> shares,
      PartyAmount[] parties, PersonAmount[][] runs, long[][] runKeys) {
    Currency currency = amount.currency();
    long minor = compactMinorUnits(amount);
    long sign = minor < 0 ? -1 : 1;
    long[] partyParts = partyParts(Math.abs(minor), shares);
    for (int p = 0; p < parties.length; p++) {
      ResponsibleParty party = shares.get(p).party();
      Money partMoney = Money.ofMinor(sign * partyParts[p], currency);
      if (party instanceof ResponsibleParty.Unit) {
        AllocationUnitWeights unit = units.weightsOf(((ResponsibleParty.Unit) party).unit());
        ImmutableList<PersonAmount> members = unit.amounts(partyParts[p], partMoney);
        parties[p] = new PartyAmount(party, partMoney, members);
        runs[p] = inPersonOrder(members, unit.byPerson);
        runKeys[p] = unit.idKeysByPerson;
      } else {
        personParty(p, (ResponsibleParty.Person) party, partMoney, parties, runs, runKeys);
      }
    }
  }

  /** Level (a) in {@code long}s, with the {@link BigInteger} fallback on overflow. */
  private static long[] partyParts(long amount, List<ResponsibilityShare> shares) {
    int count = shares.size();
    long[] parts = new long[count];
    if (count == 1) {
      parts[0] = amount;
      return parts;
    }
    if (amount == 0) {
      return parts;
    }
    long[] weights = compactWeights(shares);
    if (weights != null) {
      long[] remainders = new long[count];
      long left =
          AllocationMath.floors(amount, weights, count, weights[count], parts, remainders);
      if (left >= 0) {
        AllocationMath.awardLeftover(remainders, count, (int) left, parts, keyTies(shares));
        return parts;
      }
    }
    BigInteger[] wide = AllocationMath.splitWide(BigInteger.valueOf(amount),
        wideWeights(shares), keyTies(shares));
    for (int i = 0; i < count; i++) {
      parts[i] = wide[i].longValueExact();
    }
    return parts;
  }

  /**
   * The weights as whole numbers at their common scale, their total in the last slot; or
   * {@code null} if a weight or the total needs more than 18 digits.
   */
  private static long[] compactWeights(List<ResponsibilityShare> shares) {
    int count = shares.size();
    int scale = commonScale(shares);
    long[] weights = new long[count + 1];
    long total = 0;
    for (int i = 0; i < count; i++) {
      BigDecimal weight = shares.get(i).weight();
      if (weight.precision() - weight.scale() + scale > COMPACT_DIGITS) {
        return null;
      }
      long w = weight.movePointRight(scale).longValue();
      total += w;
      if (total < 0) {
        return null;
      }
      weights[i] = w;
    }
    weights[count] = total;
    return weights;
  }

  /** The largest scale of the weights, at least 0. */
  private static int commonScale(List<ResponsibilityShare> shares) {
    int scale = 0;
    for (ResponsibilityShare share : shares) {
      scale = Math.max(scale, share.weight().scale());
    }
    return scale;
  }

  /** The weights as whole numbers in the same ratios. */
  private static BigInteger[] wideWeights(List<ResponsibilityShare> shares) {
    // Without trailing zeros and at the largest of their own scales, which may be negative: the
    // same ratios (every weight is multiplied by one power of ten), and 6E+40 and 4E+40 stay 6 and
    // 4 instead of becoming 41-digit numbers.
    int count = shares.size();
    BigDecimal[] stripped = new BigDecimal[count];
    int scale = Integer.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      stripped[i] = shares.get(i).weight().stripTrailingZeros();
      scale = Math.max(scale, stripped[i].scale());
    }
    BigInteger[] weights = new BigInteger[count];
    for (int i = 0; i < count; i++) {
      weights[i] = stripped[i].unscaledValue()
          .multiply(BigInteger.TEN.pow(scale - stripped[i].scale()));
    }
    return weights;
  }

  /** Orders parties with equal remainders by {@link ResponsibleParty#key()}, computed on demand. */
  private static AllocationMath.TieBreak keyTies(List<ResponsibilityShare> shares) {
    String[] keys = new String[shares.size()];
    return (a, b) -> key(keys, shares, a).compareTo(key(keys, shares, b));
  }

  private static String key(String[] keys, List<ResponsibilityShare> shares, int i) {
    if (keys[i] == null) {
      keys[i] = shares.get(i).party().key();
    }
    return keys[i];
  }

  /** Both levels in {@link BigInteger} minor units, for amounts of more than 18 digits. */
  private void allocateWide(Money amount, List<ResponsibilityShare> shares,
      PartyAmount[] parties, PersonAmount[][] runs, long[][] runKeys) {
    Currency currency = amount.currency();
    int scale = amount.amount().scale();
    BigInteger minor = amount.minorUnitsExact();
    boolean negative = minor.signum() < 0;
    BigInteger[] partyParts = parties.length == 1
        ? new BigInteger[] {minor.abs()}
        : AllocationMath.splitWide(minor.abs(), wideWeights(shares), keyTies(shares));
    for (int p = 0; p < parties.length; p++) {
      ResponsibleParty party = shares.get(p).party();
      Money partMoney = money(partyParts[p], negative, scale, currency);
      if (party instanceof ResponsibleParty.Unit) {
        AllocationUnitWeights unit = units.weightsOf(((ResponsibleParty.Unit) party).unit());
        BigInteger[] memberParts = unit.splitWide(partyParts[p]);
        PersonAmount[] members = new PersonAmount[memberParts.length];
        for (int m = 0; m < members.length; m++) {
          members[m] = new PersonAmount(unit.persons[m],
              money(memberParts[m], negative, scale, currency));
        }
        parties[p] = new PartyAmount(party, partMoney, ImmutableList.copyOf(members));
        runs[p] = inPersonOrder(parties[p].members(), unit.byPerson);
        runKeys[p] = unit.idKeysByPerson;
      } else {
        personParty(p, (ResponsibleParty.Person) party, partMoney, parties, runs, runKeys);
      }
    }
  }

  /** A person party carries its part whole: one member, one run of one person. */
  private static void personParty(int p, ResponsibleParty.Person party, Money partMoney,
      PartyAmount[] parties, PersonAmount[][] runs, long[][] runKeys) {
    PersonAmount only = new PersonAmount(party.person(), partMoney);
    parties[p] = new PartyAmount(party, partMoney, ImmutableList.of(only));
    runs[p] = new PersonAmount[] {only};
    runKeys[p] = new long[] {AllocationMath.idKey(only.person().value())};
  }

  private static Money money(BigInteger minor, boolean negative, int scale, Currency currency) {
    return Money.of(new BigDecimal(negative ? minor.negate() : minor, scale), currency);
  }

  /** The members in person-ID order, as an immutable list built without a second copy. */
  private static ImmutableList<PersonAmount> personOrderList(List<PersonAmount> members,
      int[] byPerson) {
    ImmutableList.Builder<PersonAmount> ordered = ImmutableList.builderWithExpectedSize(byPerson.length);
    for (int index : byPerson) {
      ordered.add(members.get(index));
    }
    return ordered.build();
  }

  private static PersonAmount[] inPersonOrder(List<PersonAmount> members, int[] byPerson) {
    PersonAmount[] ordered = new PersonAmount[byPerson.length];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = members.get(byPerson[i]);
    }
    return ordered;
  }

  /**
   * The per-person totals: the parties' people, each run already in person-ID order, merged; a
   * person found in several parties gets the sum of their parts.
   */
  private static PersonAmount[] perPerson(PersonAmount[][] runs, long[][] runKeys) {
    PersonAmount[] merged = runs[0];
    long[] mergedKeys = runKeys[0];
    int size = merged.length;
    for (int r = 1; r < runs.length; r++) {
      PersonAmount[] b = runs[r];
      long[] bKeys = runKeys[r];
      PersonAmount[] out = new PersonAmount[size + b.length];
      long[] outKeys = new long[out.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < size && j < b.length) {
        int c = AllocationMath.compareIds(mergedKeys[i], merged[i].person().value(), bKeys[j],
            b[j].person().value());
        if (c < 0) {
          outKeys[n] = mergedKeys[i];
          out[n++] = merged[i++];
        } else if (c > 0) {
          outKeys[n] = bKeys[j];
          out[n++] = b[j++];
        } else {
          outKeys[n] = mergedKeys[i];
          out[n++] = new PersonAmount(merged[i].person(), merged[i].amount().plus(b[j].amount()));
          i++;
          j++;
        }
      }
      while (i < size) {
        outKeys[n] = mergedKeys[i];
        out[n++] = merged[i++];
      }
      while (j < b.length) {
        outKeys[n] = bKeys[j];
        out[n++] = b[j++];
      }
      merged = out;
      mergedKeys = outKeys;
      size = n;
    }
    return size == merged.length ? merged : Arrays.copyOf(merged, size);
  }

  /**
   * For logs.
   *
   * @return the algorithm version
   */
  @Override
  public String toString() {
    return "LargestRemainderAllocation[" + ALGORITHM_VERSION + "]";
  }
}
