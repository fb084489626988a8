package org.aftersales.rules.penalty;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.shared.Money;

/**
 * What the split of a unit's part among its members needs, computed once per unit (PEN-06,
 * PEN-09), and the split itself.
 *
 * <p>Prepared: the members' base points as whole numbers at a common scale, divided by their
 * greatest common divisor (which changes neither the floors nor the order of the remainders,
 * because every product and the total are divided by the same number); their total {@code W};
 * constants to divide by {@code W} with multiplications; the members in person-ID order for ties
 * and for the per-person totals.
 *
 * <p>The fast path, for parts whose products with the weights fit in a {@code long}: one pass
 * computes each floor {@code part × w ÷ W} (multiplying by a reciprocal of {@code W}, exact after
 * one correction) and packs its remainder with the member's rank in person-ID order into one
 * distinct {@code long} — larger remainder first, then smaller person ID; the leftover minor units
 * go to the packed values at or above a threshold ({@link AllocationMath#thresholdOfLargest});
 * each part is then recovered from its packed value by an exact division (a multiplication by the
 * inverse of {@code W}'s odd factor). Larger parts take the checked {@code long} path or
 * {@link BigInteger}s; all paths give the same parts.
 *
 * <p>A pure function of the unit: a {@link LargestRemainderAllocation} may keep it for a unit it
 * sees again, and computes the same parts with or without it. Immutable; package-private.
 */
final class AllocationUnitWeights {

  /** The unit these weights were computed from (compared by identity by the cache). */
  final OrganizationUnit unit;
  /** The members' persons, in member order. */
  final PersonId[] persons;
  /** The members' base points as reduced whole numbers, in member order; each greater than 0. */
  final long[] weights;
  /** The sum of {@link #weights}, or {@code -1} if it does not fit in a {@code long}. */
  final long total;
  /**
   * The largest part that the fast path splits: its product with every weight fits in a
   * {@code long}, and the remainders can be packed with the ranks; {@code -1} if none.
   */
  final long largestFastPart;
  /** Member indices in person-ID order. */
  final int[] byPerson;
  /** For each member index, its position in person-ID order. */
  final int[] personRank;
  /** {@link AllocationMath#idKey} of each person, in person-ID order. */
  final long[] idKeysByPerson;
  /** Orders tied remainders by person ID. */
  final AllocationMath.TieBreak ties;
  /** {@code floor((2^(64 + shift) - 1) / total)}, as an unsigned number. */
  private final long reciprocal;
  /** {@code floor(log2(total))}. */
  private final int shift;
  /** The number of trailing zero bits of {@code total}. */
  private final int totalTwos;
  /** The inverse of {@code total >> totalTwos} (odd) modulo 2^64. */
  private final long oddInverse;
  /** How many low bits of a packed remainder hold the rank. */
  private final int rankBits;
  /** {@code Long.MAX_VALUE / count}. */
  private final long countReciprocal;

  private AllocationUnitWeights(OrganizationUnit unit, PersonId[] persons, long[] weights,
      long total, int[] byPerson, int[] personRank) {
    this.unit = unit;
    this.persons = persons;
    this.weights = weights;
    this.total = total;
    this.byPerson = byPerson;
    this.personRank = personRank;
    this.ties = (a, b) -> personRank[a] - personRank[b];
    int count = weights.length;
    this.idKeysByPerson = new long[count];
    long largestWeight = 0;
    for (int i = 0; i < count; i++) {
      idKeysByPerson[i] = AllocationMath.idKey(persons[byPerson[i]].value());
      largestWeight = Math.max(largestWeight, weights[i]);
    }
    this.rankBits = 64 - Long.numberOfLeadingZeros(count - 1);
    this.countReciprocal = Long.MAX_VALUE / count;
    // Packed values stay below Long.MAX_VALUE, as AllocationMath.thresholdOfLargest needs.
    boolean packable = total > 0 && total - 1 < (Long.MAX_VALUE >>> rankBits);
    this.largestFastPart = packable ? Long.MAX_VALUE / largestWeight : -1;
    this.shift = total > 0 ? 63 - Long.numberOfLeadingZeros(total) : 0;
    this.reciprocal = total > 0
        ? BigInteger.ONE.shiftLeft(64 + shift).subtract(BigInteger.ONE)
            .divide(BigInteger.valueOf(total)).longValue()
        : 0;
    this.totalTwos = total > 0 ? Long.numberOfTrailingZeros(total) : 0;
    this.oddInverse = total > 0 ? AllocationMath.inverseOfOdd(total >> totalTwos) : 0;
  }

  /**
   * Computes the weights of a unit.
   *
   * @param unit the unit
   * @return its weights
   */
  static AllocationUnitWeights of(OrganizationUnit unit) {
    List<Member> members = unit.members();
    int count = members.size();
    PersonId[] persons = new PersonId[count];
    int scale = 0;
    for (int i = 0; i < count; i++) {
      Member m = members.get(i);
      persons[i] = m.person();
      scale = Math.max(scale, m.basePoints().value().scale());
    }
    // Base points have at most 4 decimals and are at most 1 000 000: scaled, at most 10^10.
    long[] weights = new long[count];
    long divisor = 0;
    for (int i = 0; i < count; i++) {
      BigDecimal value = members.get(i).basePoints().value();
      weights[i] = value.movePointRight(scale).longValueExact();
      divisor = divisor == 0 ? weights[i] : AllocationMath.gcd(divisor, weights[i]);
    }
    long total = 0;
    for (int i = 0; i < count; i++) {
      weights[i] /= divisor;
      total = total < 0 || total + weights[i] < 0 ? -1 : total + weights[i];
    }
    Integer[] sorted = new Integer[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, (a, b) -> persons[a].compareTo(persons[b]));
    int[] byPerson = new int[count];
    int[] personRank = new int[count];
    for (int position = 0; position < count; position++) {
      byPerson[position] = sorted[position];
      personRank[sorted[position]] = position;
    }
    return new AllocationUnitWeights(unit, persons, weights, total, byPerson, personRank);
  }

  /**
   * Splits a part among the members: floors of {@code part × weight / total} and the leftover
   * minor units one each to the largest remainders, ties by person ID.
   *
   * @param part the unit's part in minor units, zero or more
   * @return the members' parts in member order, adding up exactly to {@code part}
   */
  long[] split(long part) {
    int count = weights.length;
    if (part != 0 && part <= largestFastPart) {
      long[] packed = packedFast(part);
      long threshold = packed[count];
      long[] parts = new long[count];
      for (int i = 0; i < count; i++) {
        parts[i] = partOf(i, part, packed[i], threshold);
      }
      return parts;
    }
    return splitChecked(part);
  }

  /**
   * The split as money, in member order: the members' parts with the sign and currency of
   * {@code partMoney}; members whose part equals the one before share one {@link Money} (values
   * are immutable), and a part equal to the whole is {@code partMoney} itself.
   *
   * @param part the unit's part in minor units, zero or more
   * @param partMoney the same part as money, with the sign of the case
   * @return the members' amounts in member order
   */
  ImmutableList<PersonAmount> amounts(long part, Money partMoney) {
    int count = weights.length;
    ImmutableList.Builder<PersonAmount> members = ImmutableList.builderWithExpectedSize(count);
    Currency currency = partMoney.currency();
    long sign = partMoney.isNegative() ? -1 : 1;
    if (part != 0 && part <= largestFastPart) {
      long[] packed = packedFast(part);
      long threshold = packed[count];
      for (int i = 0; i < count; i++) {
        long p = partOf(i, part, packed[i], threshold);
        members.add(PersonAmount.ofMinorUnits(persons[i], sign * p, currency));
      }
    } else {
      long[] parts = splitChecked(part);
      for (int i = 0; i < count; i++) {
        members.add(PersonAmount.ofMinorUnits(persons[i], sign * parts[i], currency));
      }
    }
    return members.build();
  }


  /**
   * The fast path's first pass: the packed remainders in member order, and in the last slot the
   * threshold from which a packed value gets a leftover minor unit ({@code Long.MAX_VALUE} if none
   * is left over).
   *
   * @param part from 1 to {@link #largestFastPart}
   */
  private long[] packedFast(long part) {
    int count = weights.length;
    long[] packed = new long[count + 1];
    long lastRank = count - 1;
    long given = 0;
    long smallest = Long.MAX_VALUE;
    long largest = 0;
    for (int i = 0; i < count; i++) {
      long product = part * weights[i];
      long floor = (Math.multiplyHigh(product, reciprocal) + ((reciprocal >> 63) & product))
          >>> shift;
      long remainder = product - floor * total;
      if (remainder >= total) {
        floor++;
        remainder -= total;
      }
      given += floor;
      long key = (remainder << rankBits) | (lastRank - personRank[i]);
      packed[i] = key;
      smallest = Math.min(smallest, key);
      largest = Math.max(largest, key);
    }
    int left = (int) (part - given);
    packed[count] = left == 0 ? Long.MAX_VALUE
        : AllocationMath.thresholdOfLargest(packed, count, left, smallest, largest,
            countReciprocal);
    return packed;
  }

  /**
   * Member {@code i}'s part from its packed remainder: the floor {@code (part × w − r) ÷ W} (an
   * exact division, done as a shift and a multiplication by the inverse of {@code W}'s odd factor)
   * and 1 if the packed value reaches the threshold.
   */
  private long partOf(int i, long part, long packed, long threshold) {
    long exact = part * weights[i] - (packed >>> rankBits);
    return (exact >> totalTwos) * oddInverse + AllocationMath.atLeast(packed, threshold);
  }

  /**
   * The split without the fast path: in {@code long}s with every product checked for overflow,
   * else in {@link BigInteger}s (for parts beyond {@link #largestFastPart}; tests compare it with
   * the fast path).
   *
   * @param part the unit's part in minor units, zero or more
   * @return the members' parts in member order
   */
  long[] splitChecked(long part) {
    int count = weights.length;
    long[] parts = new long[count];
    if (part == 0) {
      return parts;
    }
    if (total > 0) {
      long[] remainders = new long[count];
      long left = AllocationMath.floors(part, weights, count, total, parts, remainders);
      if (left >= 0) {
        AllocationMath.awardLeftover(remainders, count, (int) left, parts, ties);
        return parts;
      }
    }
    BigInteger[] wide = splitWide(BigInteger.valueOf(part));
    for (int i = 0; i < count; i++) {
      parts[i] = wide[i].longValueExact();
    }
    return parts;
  }

  /**
   * The same split for any part, in {@link BigInteger} arithmetic.
   *
   * @param part the unit's part in minor units, zero or more
   * @return the members' parts in member order
   */
  BigInteger[] splitWide(BigInteger part) {
    BigInteger[] wide = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      wide[i] = BigInteger.valueOf(weights[i]);
    }
    return AllocationMath.splitWide(part, wide, ties);
  }
}
