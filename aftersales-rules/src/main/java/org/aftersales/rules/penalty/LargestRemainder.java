package org.aftersales.rules.penalty;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder method (最大余数法) on whole numbers of minor units, for both levels of
 * {@link LargestRemainderAllocation}.
 *
 * <p>For an amount {@code A ≥ 0} and weights {@code w[i] > 0} with total {@code W}, part
 * {@code i} is first {@code floor(A × w[i] ÷ W)}, with remainder {@code A × w[i] mod W}; the
 * {@code left} minor units not yet given (fewer than the number of parts) then go one each to the
 * parts with the largest remainders. All remainders share the denominator {@code W}, so comparing
 * them as whole numbers is exact. Remainders that tie across the boundary between the parts that
 * get a unit and those that do not are ordered by a {@link TieBreak} — a stable key, never the
 * input order.
 *
 * <p>One path in {@code long} arithmetic; only when a product {@code A × w[i]} or the total of the
 * weights needs more than 63 bits is the same split done on {@link BigInteger}s. Package-private;
 * no floating point; stateless.
 */
final class LargestRemainder {

  private LargestRemainder() {}

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
   * Splits {@code amount} by {@code weights}.
   *
   * @param amount the amount in minor units, zero or more
   * @param weights the weights, each greater than 0
   * @param ties orders parts whose remainders are equal
   * @return the parts, adding up exactly to {@code amount}
   */
  static long[] split(long amount, long[] weights, TieBreak ties) {
    int count = weights.length;
    long total = 0;
    for (long w : weights) {
      total += w;
      if (total < 0) {
        return splitWide(amount, wide(weights), ties);
      }
    }
    long[] parts = new long[count];
    long[] remainders = new long[count];
    long given = 0;
    for (int i = 0; i < count; i++) {
      long product = amount * weights[i];
      if (Math.multiplyHigh(amount, weights[i]) != 0 || product < 0) {
        return splitWide(amount, wide(weights), ties);
      }
      long floor = product / total;
      parts[i] = floor;
      remainders[i] = product - floor * total;
      given += floor;
    }
    award(remainders, (int) (amount - given), parts, ties);
    return parts;
  }

  /**
   * The same split with weights of any size, in {@link BigInteger} arithmetic.
   *
   * @param amount the amount in minor units, zero or more
   * @param weights the weights, each greater than 0
   * @param ties orders parts whose remainders are equal
   * @return the parts, adding up exactly to {@code amount}
   */
  static long[] splitWide(long amount, BigInteger[] weights, TieBreak ties) {
    int count = weights.length;
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weights) {
      total = total.add(w);
    }
    BigInteger a = BigInteger.valueOf(amount);
    long[] parts = new long[count];
    BigInteger[] remainders = new BigInteger[count];
    long given = 0;
    for (int i = 0; i < count; i++) {
      BigInteger[] qr = a.multiply(weights[i]).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact(); // at most the amount
      remainders[i] = qr[1];
      given += parts[i];
    }
    award(ranks(remainders), (int) (amount - given), parts, ties);
    return parts;
  }

  private static BigInteger[] wide(long[] weights) {
    BigInteger[] wide = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      wide[i] = BigInteger.valueOf(weights[i]);
    }
    return wide;
  }

  /** Replaces each value by how many values are smaller than it: same order, same ties. */
  private static long[] ranks(BigInteger[] values) {
    long[] ranks = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      for (BigInteger other : values) {
        if (other.compareTo(values[i]) < 0) {
          ranks[i]++;
        }
      }
    }
    return ranks;
  }

  /**
   * Gives the {@code left} minor units one each to the parts with the largest remainders; ties at
   * the boundary are ordered by {@code ties}.
   */
  private static void award(long[] remainders, int left, long[] parts, TieBreak ties) {
    if (left == 0) {
      return;
    }
    int[] order = byRemainderDescending(remainders);
    resolveBoundaryTie(order, remainders, left, ties);
    for (int i = 0; i < left; i++) {
      parts[order[i]]++;
    }
  }

  /**
   * The part indices by descending remainder, equal remainders in index order: a stable insertion
   * sort, quick for the few dozen parts of a case and linear when all remainders are equal.
   */
  private static int[] byRemainderDescending(long[] remainders) {
    int count = remainders.length;
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
    long tied = remainders[order[left]];
    if (remainders[order[left - 1]] != tied) {
      return;
    }
    int from = left - 1;
    while (from > 0 && remainders[order[from - 1]] == tied) {
      from--;
    }
    int to = left + 1;
    while (to < count && remainders[order[to]] == tied) {
      to++;
    }
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = order[i];
    }
    Arrays.sort(run, ties::compare);
    for (int i = from; i < to; i++) {
      order[i] = run[i - from];
    }
  }
}
