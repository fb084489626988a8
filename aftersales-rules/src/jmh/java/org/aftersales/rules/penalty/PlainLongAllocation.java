package org.aftersales.rules.penalty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;

/**
 * A plain largest-remainder allocation over {@code long} minor units, written from the rule as a
 * first version would be: the yardstick of {@link AllocationBenchmark}'s general workload. It
 * handles what the benchmark gives it — whole responsibility weights, amounts and products within a
 * {@code long} — and nothing more: no overflow check, no fallback.
 *
 * <p>At each level the parts are {@code floor(amount × weight ÷ total)}, the indices are sorted by
 * remainder (largest first, ties by the party's order or the person ID) with
 * {@link Arrays#sort(Object[], Comparator)}, and the leftover minor units go to the first ones. The
 * result is built with {@link ArrayList}s and the per-person totals merged in a {@link TreeMap}.
 * {@link #parts(PenaltyCase)} stops after the first level and returns bare {@code long}s: the
 * arithmetic alone, without any result object.
 */
final class PlainLongAllocation implements PenaltyAllocationPolicy {

  @Override
  public String algorithmVersion() {
    return LargestRemainderAllocation.ALGORITHM_VERSION;
  }

  /** Only the parties' parts in minor units, from the case's amount and weights. */
  static long[] parts(PenaltyCase penaltyCase) {
    int count = penaltyCase.shares().size();
    long[] weights = new long[count];
    for (int i = 0; i < count; i++) {
      weights[i] = penaltyCase.shares().get(i).weight().longValueExact();
    }
    return split(Math.abs(penaltyCase.amount().minorUnits()), weights,
        (a, b) -> penaltyCase.shares().get(a).party().compareTo(penaltyCase.shares().get(b).party()));
  }

  @Override
  public PenaltyAllocation allocate(PenaltyCase penaltyCase) {
    Money amount = penaltyCase.amount();
    long sign = amount.isNegative() ? -1 : 1;
    long[] partyParts = parts(penaltyCase);
    List<PartyAmount> parties = new ArrayList<>();
    Map<PersonId, Money> perPerson = new TreeMap<>();
    for (int p = 0; p < partyParts.length; p++) {
      ResponsibleParty party = penaltyCase.shares().get(p).party();
      Money part = Money.ofMinor(sign * partyParts[p], amount.currency());
      List<PersonAmount> members = new ArrayList<>();
      if (party instanceof ResponsibleParty.Person person) {
        members.add(new PersonAmount(person.person(), part));
      } else {
        List<Member> unit = ((ResponsibleParty.Unit) party).unit().members();
        long[] weights = new long[unit.size()];
        for (int m = 0; m < weights.length; m++) {
          weights[m] = unit.get(m).basePoints().tenThousandths();
        }
        long[] memberParts = split(partyParts[p], weights,
            (a, b) -> unit.get(a).person().compareTo(unit.get(b).person()));
        for (int m = 0; m < weights.length; m++) {
          members.add(new PersonAmount(unit.get(m).person(),
              Money.ofMinor(sign * memberParts[m], amount.currency())));
        }
      }
      for (PersonAmount pa : members) {
        perPerson.merge(pa.person(), pa.amount(), Money::plus);
      }
      parties.add(new PartyAmount(party, part, members));
    }
    List<PersonAmount> persons = new ArrayList<>();
    perPerson.forEach((person, money) -> persons.add(new PersonAmount(person, money)));
    return PenaltyAllocation.of(algorithmVersion(), penaltyCase, parties, persons);
  }

  private static long[] split(long amount, long[] weights, Comparator<Integer> ties) {
    long total = 0;
    for (long w : weights) {
      total += w;
    }
    long[] parts = new long[weights.length];
    long[] remainders = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      parts[i] = amount * weights[i] / total;
      remainders[i] = amount * weights[i] % total;
      given += parts[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -remainders[i]).thenComparing(ties));
    for (int i = 0; i < amount - given; i++) {
      parts[order[i]]++;
    }
    return parts;
  }
}
