package org.aftersales.rules.penalty;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
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
 * parties by the parties' own order ({@link ResponsibleParty#compareTo}: persons before
 * units, then by ID), within a unit by the person ID (string order). So, for CNY 0.10 over three members with equal base points, each exact share is
 * 0.0333…; each gets 0.03 and the one cent left goes to the smallest person ID: 0.04, 0.03, 0.03,
 * in whatever order the members are listed. Between a person and a unit with equal remainders the
 * person comes first.
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
 * PenaltyAllocationPolicy policy = LargestRemainderAllocation.seed();
 * ResponsibleParty press = new ResponsibleParty.Unit(pressGroup); // base points 1.2, 1.0, 0.8
 * ResponsibleParty qa = new ResponsibleParty.Person(PersonId.of("Q2001"));
 * PenaltyAllocation a = policy.allocate(PenaltyCase.builder()
 *     .caseId("261107")
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
 * <p><b>Arithmetic.</b> One path: the case's amount in {@code long} minor units (a
 * {@link PenaltyCase} keeps it within 63 bits), responsibility weights scaled to whole numbers at
 * their common scale, base points in ten-thousandths ({@link BasePoints#tenThousandths()}). Only
 * when a product {@code amount × weight} or a weight at the common scale needs more than 63 bits is
 * that one split done on {@link BigInteger}s; it gives the same parts. Nothing is cached between
 * cases by the policy; a unit's members in person-ID order, for ties and for the per-person list,
 * come from the unit itself ({@link OrganizationUnit#memberInIdOrder}), which works them out once
 * per unit value. Figures in docs/performance.md.
 *
 * <p>Thread-safe; one instance may serve every thread.
 */
public final class LargestRemainderAllocation implements PenaltyAllocationPolicy {

  /** The name and version of this algorithm, recorded in every result. */
  public static final String ALGORITHM_VERSION = "largest-remainder-by-key/1";

  private static final LargestRemainderAllocation SEED = new LargestRemainderAllocation();
  private static final Comparator<PersonAmount> BY_PERSON =
      Comparator.comparing(PersonAmount::person);
  /** Responsibility weights of at most this many digits at their common scale fit a long. */
  private static final int LONG_DIGITS = 18;

  private LargestRemainderAllocation() {}

  /**
   * The policy of the seed's rules PEN-02, PEN-06 and PEN-09. It has nothing to configure and
   * keeps no state, so every call returns the same instance.
   *
   * @return the policy
   */
  public static LargestRemainderAllocation seed() {
    return SEED;
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
    Money amount = penaltyCase.amount();
    Currency currency = amount.currency();
    long minor = amount.minorUnits();
    long sign = Long.signum(minor);
    List<ResponsibilityShare> shares = penaltyCase.shares();
    int count = shares.size();
    if (count == 1) {
      return alone(penaltyCase, shares.get(0).party(), minor, sign, currency);
    }
    long[] partyParts = splitBetweenParties(Math.abs(minor), shares);
    ImmutableList.Builder<PartyAmount> parties = ImmutableList.builderWithExpectedSize(count);
    PersonAmount[] persons = new PersonAmount[peopleIn(shares)];
    int personCount = 0;
    for (int p = 0; p < count; p++) {
      ResponsibleParty party = shares.get(p).party();
      Money partMoney = Money.ofMinor(sign * partyParts[p], currency);
      if (party instanceof ResponsibleParty.Unit unit) {
        OrganizationUnit u = unit.unit();
        PersonAmount[] members = splitWithinUnit(u, partyParts[p], sign, currency);
        parties.add(new PartyAmount(party, partMoney, inOrder(members)));
        // The unit's members go in by person ID, so the merge below meets sorted runs.
        for (int k = 0; k < members.length; k++) {
          persons[personCount++] = members[u.memberInIdOrder(k)];
        }
      } else if (party instanceof ResponsibleParty.Person person) {
        PersonAmount alone = new PersonAmount(person.person(), partMoney);
        parties.add(new PartyAmount(party, partMoney, ImmutableList.of(alone)));
        persons[personCount++] = alone;
      }
    }
    return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase, parties.build(),
        byPerson(persons));
  }

  /**
   * A case with one party: it carries the whole amount, and its persons are already distinct and
   * (read in person-ID order) sorted, so there is nothing to merge.
   */
  private static PenaltyAllocation alone(PenaltyCase penaltyCase, ResponsibleParty party,
      long minor, long sign, Currency currency) {
    Money whole = penaltyCase.amount();
    if (party instanceof ResponsibleParty.Unit unit) {
      OrganizationUnit u = unit.unit();
      PersonAmount[] members = splitWithinUnit(u, Math.abs(minor), sign, currency);
      // Built to their exact size, the lists take their arrays without a copy.
      ImmutableList.Builder<PersonAmount> byId =
          ImmutableList.builderWithExpectedSize(members.length);
      for (int k = 0; k < members.length; k++) {
        byId.add(members[u.memberInIdOrder(k)]);
      }
      return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase,
          ImmutableList.of(new PartyAmount(party, whole, inOrder(members))), byId.build());
    }
    PersonAmount person = new PersonAmount(((ResponsibleParty.Person) party).person(), whole);
    ImmutableList<PersonAmount> persons = ImmutableList.of(person);
    return PenaltyAllocation.of(ALGORITHM_VERSION, penaltyCase,
        ImmutableList.of(new PartyAmount(party, whole, persons)), persons);
  }

  /** How many people the parties hold, counting a person in two parties twice. */
  private static int peopleIn(List<ResponsibilityShare> shares) {
    int people = 0;
    for (ResponsibilityShare share : shares) {
      people += share.party() instanceof ResponsibleParty.Unit unit
          ? unit.unit().members().size() : 1;
    }
    return people;
  }

  /** Level (a): the parties' parts of a non-negative amount, by their weights. */
  private static long[] splitBetweenParties(long amount, List<ResponsibilityShare> shares) {
    LargestRemainder.TieOrder ties = new PartyOrder(shares);
    long[] weights = longWeights(shares);
    return weights != null ? LargestRemainder.split(amount, weights, ties)
        : LargestRemainder.splitWide(amount, wideWeights(shares), ties);
  }

  /**
   * The weights as whole numbers at their common scale; {@code null} if one needs more than
   * {@value #LONG_DIGITS} digits.
   */
  private static long[] longWeights(List<ResponsibilityShare> shares) {
    int count = shares.size();
    int scale = 0;
    for (ResponsibilityShare share : shares) {
      scale = Math.max(scale, share.weight().scale());
    }
    long[] weights = new long[count];
    for (int i = 0; i < count; i++) {
      BigDecimal weight = shares.get(i).weight();
      if (weight.precision() - weight.scale() + scale > LONG_DIGITS) {
        return null;
      }
      weights[i] = weight.movePointRight(scale).longValueExact();
    }
    return weights;
  }

  /** The weights as whole numbers in the same ratios, of any size. */
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

  /**
   * Level (b): a unit's part among its members by base points, ties by person ID; the amounts in
   * member order.
   */
  private static PersonAmount[] splitWithinUnit(OrganizationUnit unit, long part, long sign,
      Currency currency) {
    List<Member> members = unit.members();
    int count = members.size();
    long[] weights = new long[count];
    for (int i = 0; i < count; i++) {
      weights[i] = members.get(i).basePoints().tenThousandths();
    }
    long[] parts = LargestRemainder.split(part, weights, unit::memberInIdOrder);
    PersonAmount[] amounts = new PersonAmount[count];
    for (int i = 0; i < count; i++) {
      amounts[i] = new PersonAmount(members.get(i).person(),
          Money.ofMinor(sign * parts[i], currency));
    }
    return amounts;
  }

  /** The amounts as a list in the same order, built without copying the array twice. */
  private static ImmutableList<PersonAmount> inOrder(PersonAmount[] amounts) {
    ImmutableList.Builder<PersonAmount> list =
        ImmutableList.builderWithExpectedSize(amounts.length);
    for (PersonAmount amount : amounts) {
      list.add(amount);
    }
    return list.build();
  }

  /**
   * The parties in their own order ({@link ResponsibleParty#compareTo}), sorted only if a tie
   * between parties ever needs it.
   */
  private static final class PartyOrder implements LargestRemainder.TieOrder {
    private final List<ResponsibilityShare> shares;
    private int[] order;

    PartyOrder(List<ResponsibilityShare> shares) {
      this.shares = shares;
    }

    @Override
    public int partAt(int position) {
      if (order == null) {
        Integer[] sorted = new Integer[shares.size()];
        for (int i = 0; i < sorted.length; i++) {
          sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> shares.get(a).party().compareTo(shares.get(b).party()));
        order = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
          order[i] = sorted[i];
        }
      }
      return order[position];
    }
  }

  /**
   * The per-person totals of a case with several parties, ordered by person ID: a person found in
   * several parties (individually and as a member, or in two units) gets the sum of their parts.
   * Each unit's members arrive in ID order, runs that the sort finds and keeps.
   */
  private static List<PersonAmount> byPerson(PersonAmount[] amounts) {
    int size = amounts.length;
    Arrays.sort(amounts, BY_PERSON);
    ImmutableList.Builder<PersonAmount> merged = ImmutableList.builderWithExpectedSize(size);
    int i = 0;
    while (i < size) {
      PersonId person = amounts[i].person();
      PersonAmount total = amounts[i++];
      while (i < size && amounts[i].person().equals(person)) {
        total = new PersonAmount(person, total.amount().plus(amounts[i++].amount()));
      }
      merged.add(total);
    }
    return merged.build();
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
