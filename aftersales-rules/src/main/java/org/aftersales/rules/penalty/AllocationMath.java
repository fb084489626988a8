package org.aftersales.rules.penalty;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder method on whole numbers of minor units, shared by both levels of
 * {@link LargestRemainderAllocation}: in {@code long} arithmetic with overflow detection (the fast
 * path) and in {@link BigInteger} arithmetic (the fallback for amounts × weights beyond 64 bits).
 * Both compute exactly the same parts.
 *
 * <p>For a non-negative amount {@code A} and positive weights {@code w[i]} with total {@code W},
 * part {@code i} is first {@code floor(A × w[i] / W)} with remainder {@code A × w[i] mod W}; the
 * {@code left} minor units not yet given (fewer than the number of parts) then go one each to the
 * parts with the largest remainders. All remainders share the denominator {@code W}, so comparing
 * them as whole numbers is exact. Remainders that tie across the boundary between the parts that
 * get a unit and those that do not are ordered by a {@link TieBreak} — a stable key, never the
 * input order. The fast path of a unit's split ({@link AllocationUnitWeights}) packs remainder and
 * rank into one {@code long} and selects with {@link #thresholdOfLargest} instead of sorting.
 *
 * <p>Package-private; no floating point; stateless.
 */
final class AllocationMath {

  /** Threshold corrections after which {@link #thresholdOfLargest} sorts instead. */
  private static final int MAX_CORRECTIONS = 8;

  private AllocationMath() {}

  /** Orders two parts whose remainders are equal. */
  interface TieBreak {
    /**
     * Compares parts {@code a} and {@code b}.
     *
     * @param a a part index
     * @param b another part index
     * @return negative if {@code a} gets the extra minor unit first
     */
    int compare(int a, int b);
  }

  /**
   * The floors and remainders of {@code amount × weights[i] / total}, in {@code long}s.
   *
   * @param amount the amount in minor units, zero or more
   * @param weights the weights, each greater than 0
   * @param count how many weights to use (from index 0)
   * @param total their sum, greater than 0
   * @param parts receives the floors
   * @param remainders receives the remainders, each from 0 to {@code total - 1}
   * @return how many minor units are left to give (from 0 to {@code count - 1}), or {@code -1} if a
   *     product {@code amount × weight} does not fit in a {@code long}; the arrays then hold
   *     nothing useful
   */
  static long floors(long amount, long[] weights, int count, long total, long[] parts,
      long[] remainders) {
    long given = 0;
    for (int i = 0; i < count; i++) {
      long weight = weights[i];
      long product = amount * weight;
      if (Math.multiplyHigh(amount, weight) != 0 || product < 0) {
        return -1;
      }
      long floor = product / total;
      parts[i] = floor;
      remainders[i] = product - floor * total;
      given += floor;
    }
    return amount - given;
  }

  /**
   * Gives the {@code left} minor units one each to the parts with the largest remainders; ties at
   * the boundary are ordered by {@code ties}.
   *
   * @param remainders the remainders of the parts
   * @param count how many parts
   * @param left how many units to give, from 0 to {@code count - 1}
   * @param parts the floors; the winners are incremented
   * @param ties orders parts whose remainders are equal
   */
  static void awardLeftover(long[] remainders, int count, int left, long[] parts, TieBreak ties) {
    if (left == 0) {
      return;
    }
    int[] order = byRemainderDescending(remainders, count);
    resolveBoundaryTie(order, remainders, left, ties);
    for (int i = 0; i < left; i++) {
      parts[order[i]]++;
    }
  }

  /**
   * The part indices by descending remainder; equal remainders in index order (a stable insertion
   * sort, quick for the few dozen parts of a case).
   */
  private static int[] byRemainderDescending(long[] remainders, int count) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      long r = remainders[i];
      int j = i - 1;
      while (j >= 0 && remainders[order[j]] < r) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
    return order;
  }

  /**
   * If the parts at positions {@code left - 1} and {@code left} of {@code order} have equal
   * remainders, the tie decides who gets a unit: the run of that remainder is re-ordered by
   * {@code ties}. Ties elsewhere do not matter (all of the run get a unit, or none).
   */
  private static void resolveBoundaryTie(int[] order, long[] remainders, int left,
      TieBreak ties) {
    int count = order.length;
    if (left >= count || remainders[order[left - 1]] != remainders[order[left]]) {
      return;
    }
    long tied = remainders[order[left]];
    int from = left - 1;
    while (from > 0 && remainders[order[from - 1]] == tied) {
      from--;
    }
    int to = left + 1;
    while (to < count && remainders[order[to]] == tied) {
      to++;
    }
    for (int i = from + 1; i < to; i++) {
      int x = order[i];
      int j = i - 1;
      while (j >= from && ties.compare(order[j], x) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
  }

  /**
   * The same split in {@link BigInteger} arithmetic, for any amount and weights.
   *
   * @param amount the amount in minor units, zero or more
   * @param weights the weights, each greater than 0
   * @param ties orders parts whose remainders are equal
   * @return the parts, adding up exactly to {@code amount}
   */
  static BigInteger[] splitWide(BigInteger amount, BigInteger[] weights, TieBreak ties) {
    int count = weights.length;
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weights) {
      total = total.add(w);
    }
    BigInteger[] parts = new BigInteger[count];
    BigInteger[] remainders = new BigInteger[count];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < count; i++) {
      BigInteger[] qr = amount.multiply(weights[i]).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = amount.subtract(given).intValueExact();
    if (left > 0) {
      // Replace the remainders by their ranks so that the long code can order them.
      long[] ranks = ranks(remainders);
      int[] order = byRemainderDescending(ranks, count);
      resolveBoundaryTie(order, ranks, left, ties);
      for (int i = 0; i < left; i++) {
        parts[order[i]] = parts[order[i]].add(BigInteger.ONE);
      }
    }
    return parts;
  }

  /** Replaces each value by how many values are smaller than it: same order, same ties. */
  private static long[] ranks(BigInteger[] values) {
    long[] ranks = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      int smaller = 0;
      for (BigInteger other : values) {
        if (other.compareTo(values[i]) < 0) {
          smaller++;
        }
      }
      ranks[i] = smaller;
    }
    return ranks;
  }

  /**
   * The threshold that separates the {@code wanted} largest of distinct non-negative values from
   * the others: exactly {@code wanted} values are {@code >=} the result. A guess by linear
   * interpolation between the smallest and the largest value (exact when the values are spread
   * evenly), corrected by one pass over the values per value too many or too few; after
   * {@value #MAX_CORRECTIONS} corrections a sorted copy decides. The passes have no
   * data-dependent branches, which makes this several times faster than sorting a few dozen
   * values.
   *
   * @param values distinct values, each from 0 to {@code Long.MAX_VALUE - 1}, from index 0
   * @param count how many values
   * @param wanted how many of them, from 1 to {@code count - 1}
   * @param smallest the smallest value
   * @param largest the largest value
   * @param countReciprocal {@code Long.MAX_VALUE / count}
   * @return the threshold
   */
  static long thresholdOfLargest(long[] values, int count, int wanted, long smallest,
      long largest, long countReciprocal) {
    // largest − (largest − smallest) × wanted / count, approximately: a guess needs no division.
    long threshold = largest
        - (Math.multiplyHigh(largest - smallest, wanted * countReciprocal) << 1);
    int above = countAtLeast(values, count, threshold);
    int corrections = 0;
    while (above != wanted) {
      if (++corrections > MAX_CORRECTIONS) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[count - wanted];
      }
      if (above > wanted) {
        threshold = smallestAtLeast(values, count, threshold) + 1;
        above--;
      } else {
        threshold = largestBelow(values, count, threshold);
        above++;
      }
    }
    return threshold;
  }

  /** The smallest value {@code >= threshold}; there is one. Two chains for speed. */
  private static long smallestAtLeast(long[] values, int count, long threshold) {
    long a = Long.MAX_VALUE;
    long b = Long.MAX_VALUE;
    int i = 0;
    for (; i + 1 < count; i += 2) {
      // v, or Long.MAX_VALUE if v is below the threshold
      long v = values[i];
      long w = values[i + 1];
      a = min(a, v | (((v - threshold) >> 63) >>> 1));
      b = min(b, w | (((w - threshold) >> 63) >>> 1));
    }
    if (i < count) {
      long v = values[i];
      a = min(a, v | (((v - threshold) >> 63) >>> 1));
    }
    return min(a, b);
  }

  /** The largest value {@code < threshold}; there is one. Two chains for speed. */
  private static long largestBelow(long[] values, int count, long threshold) {
    long a = -1;
    long b = -1;
    int i = 0;
    for (; i + 1 < count; i += 2) {
      // v, or -1 if v is at or above the threshold
      long v = values[i];
      long w = values[i + 1];
      a = max(a, v | ~((v - threshold) >> 63));
      b = max(b, w | ~((w - threshold) >> 63));
    }
    if (i < count) {
      long v = values[i];
      a = max(a, v | ~((v - threshold) >> 63));
    }
    return max(a, b);
  }

  private static int countAtLeast(long[] values, int count, long threshold) {
    int above = 0;
    for (int i = 0; i < count; i++) {
      above += (int) atLeast(values[i], threshold);
    }
    return above;
  }

  /**
   * 1 if {@code value >= threshold}, else 0, without a branch.
   *
   * @param value a value, from 0 to {@code Long.MAX_VALUE - 1}
   * @param threshold a threshold, 0 or more
   * @return 1 or 0
   */
  static long atLeast(long value, long threshold) {
    return (threshold - 1 - value) >>> 63;
  }

  /** The smaller of two numbers whose difference fits in a {@code long}, without a branch. */
  private static long min(long a, long b) {
    long d = a - b;
    return b + (d & (d >> 63));
  }

  /** The larger of two numbers whose difference fits in a {@code long}, without a branch. */
  private static long max(long a, long b) {
    long d = a - b;
    return a - (d & (d >> 63));
  }

  /**
   * A number that orders identifiers as {@link String#compareTo(String)} does, as far as it can
   * tell them apart: the first eight characters as bytes (shorter texts padded with zero bytes,
   * which no identifier contains), compared unsigned. Zero if one of those characters does not fit
   * in a byte; then, and whenever two keys are equal, the texts themselves must be compared (see
   * {@link #compareIds}).
   *
   * @param id an identifier's text, not empty, without control characters
   * @return the key, or 0
   */
  static long idKey(String id) {
    int length = Math.min(id.length(), 8);
    long key = 0;
    for (int i = 0; i < 8; i++) {
      int c = i < length ? id.charAt(i) : 0;
      if (c > 0xFF) {
        return 0;
      }
      key = (key << 8) | c;
    }
    return key;
  }

  /**
   * Compares two identifiers in {@link String#compareTo(String)} order, by their
   * {@link #idKey} when these tell them apart.
   *
   * @param keyA the key of {@code a}
   * @param a an identifier's text
   * @param keyB the key of {@code b}
   * @param b another identifier's text
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int compareIds(long keyA, String a, long keyB, String b) {
    if (keyA != keyB && keyA != 0 && keyB != 0) {
      return Long.compareUnsigned(keyA, keyB);
    }
    return a.compareTo(b);
  }

  /**
   * The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the number
   * of correct low bits, starting from 3): {@code odd × inverse == 1} in {@code long} arithmetic,
   * so that {@code x * inverse} is {@code x / odd} for every {@code x} that {@code odd} divides.
   *
   * @param odd an odd number
   * @return its inverse
   */
  static long inverseOfOdd(long odd) {
    long inverse = odd;
    for (int i = 0; i < 5; i++) {
      inverse *= 2 - odd * inverse;
    }
    return inverse;
  }

  /**
   * The greatest common divisor of two positive numbers.
   *
   * @param a greater than 0
   * @param b greater than 0
   * @return their gcd
   */
  static long gcd(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
}
