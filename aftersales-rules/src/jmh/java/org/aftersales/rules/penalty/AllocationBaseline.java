package org.aftersales.rules.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.aftersales.core.shared.Money;

/**
 * The straightforward way to write the allocation of {@link LargestRemainderAllocation}, in
 * {@link BigDecimal} major units, written from the rule rather than from the library's code: the
 * yardstick of {@link AllocationBenchmark}, and checked by {@code AllocationBaselineAgreesTest} to
 * give exactly the library's answers (decision 0007).
 *
 * <p>At each level: the exact share {@code amount × weight ÷ total weight} is computed by
 * {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} to {@value #DECIMALS} decimal places,
 * rounded down; it is rounded down to the currency's minor unit; the remainder is the difference;
 * the minor units left over go one each to the largest remainders, ties by the party's key or the
 * person ID. A fixed number of decimal places (not a fixed {@code MathContext} precision) keeps
 * equal remainders equal when the shares differ in size; {@value #DECIMALS} places distinguish any
 * two different remainders of the amounts and weights the benchmark and the test use.
 */
final class AllocationBaseline implements PenaltyAllocationPolicy {

  /** Decimal places of the exact shares. */
  static final int DECIMALS = 40;

  @Override
  public String algorithmVersion() {
    return LargestRemainderAllocation.ALGORITHM_VERSION;
  }

  @Override
  public PenaltyAllocation allocate(PenaltyCase penaltyCase) {
    Money amount = penaltyCase.amount();
    boolean negative = amount.isNegative();
    List<ResponsibilityShare> shares = penaltyCase.shares();

    List<BigDecimal> weights = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (ResponsibilityShare s : shares) {
      weights.add(s.weight());
      // Persons before units, then by ID: the library's tie order, written independently.
      keys.add(s.party() instanceof ResponsibleParty.Person person ? "P:" + person.person().value()
          : "U:" + ((ResponsibleParty.Unit) s.party()).unit().id().value());
    }
    List<BigDecimal> partyParts = split(amount.abs().amount(), weights, keys);

    List<PartyAmount> parties = new ArrayList<>();
    Map<PersonId, Money> perPerson = new TreeMap<>();
    for (int p = 0; p < shares.size(); p++) {
      ResponsibleParty party = shares.get(p).party();
      Money part = money(partyParts.get(p), negative, amount);
      List<PersonAmount> members = new ArrayList<>();
      if (party instanceof ResponsibleParty.Person) {
        members.add(new PersonAmount(((ResponsibleParty.Person) party).person(), part));
      } else {
        OrganizationUnit unit = ((ResponsibleParty.Unit) party).unit();
        List<BigDecimal> basePoints = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Member m : unit.members()) {
          basePoints.add(m.basePoints().value());
          ids.add(m.person().value());
        }
        List<BigDecimal> memberParts = split(partyParts.get(p), basePoints, ids);
        for (int m = 0; m < memberParts.size(); m++) {
          members.add(new PersonAmount(unit.members().get(m).person(),
              money(memberParts.get(m), negative, amount)));
        }
      }
      for (PersonAmount pa : members) {
        perPerson.merge(pa.person(), pa.amount(), Money::plus);
      }
      parties.add(new PartyAmount(party, part, members));
    }
    PenaltyAllocation.Builder result = PenaltyAllocation.builder()
        .algorithmVersion(algorithmVersion())
        .input(penaltyCase)
        .addAllParties(parties);
    perPerson.forEach((person, money) -> result.addPerson(new PersonAmount(person, money)));
    return result.build();
  }

  private static Money money(BigDecimal positive, boolean negative, Money like) {
    return Money.of(negative ? positive.negate() : positive, like.currency());
  }

  /**
   * Splits a non-negative amount (major units, with the currency's scale) by weights; ties by key.
   */
  static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights, List<String> keys) {
    int scale = amount.scale();
    BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      total = total.add(w);
    }
    List<BigDecimal> parts = new ArrayList<>();
    List<BigDecimal> remainders = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      BigDecimal exact = amount.multiply(w).divide(total, DECIMALS, RoundingMode.FLOOR);
      BigDecimal floor = exact.setScale(scale, RoundingMode.FLOOR);
      parts.add(floor);
      remainders.add(exact.subtract(floor));
      given = given.add(floor);
    }
    int left = amount.subtract(given).divide(minorUnit).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, BigDecimal>comparing(remainders::get).reversed()
        .thenComparing(keys::get));
    for (int i = 0; i < left; i++) {
      int winner = order.get(i);
      parts.set(winner, parts.get(winner).add(minorUnit));
    }
    return parts;
  }
}
