package org.aftersales.rules.penalty;

import java.math.BigInteger;

/**
 * The largest-remainder method (最大余数法) on whole numbers of minor units, for both levels of
 * {@link LargestRemainderAllocation}.
 *
 * <p>For an amount {@code A ≥ 0} and weights {@code w[i] > 0} with total {@code W}, part
 * {@code i} is first {@code floor(A × w[i] ÷ W)}, with remainder {@code A × w[i] mod W}; the
 * {@code left} minor units not yet given (fewer than the number of parts) then go one each to the
 * parts with the largest remainders. All remainders share the denominator {@code W}, so comparing
 * them as whole numbers is exact. Remainders that tie across the boundary between the parts that
 * get a unit and those that do not are ordered by a {@link TieOrder} — a stable key, never the
 * input order.
 *
 * <p>One path in {@code long} arithmetic; only when a product {@code A × w[i]} or the total of the
 * weights needs more than 63 bits is the same split done on {@link BigInteger}s. Package-private;
 * no floating point; stateless.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * The order in which parts with equal remainders get a minor unit: a stable key, never the input
   * order. Asked only when a tie crosses the boundary between the parts that get a unit and those
   * that do not.
   */
  interface TieOrder {
    /**
     * The part at {@code position} in the tie order; positions 0 to count − 1 name every part once.
     *
     * @param position a position, from 0
     * @return a part index
     */
    int partAt(int position);
  }

  /**
   * Splits {@code amount} by {@code weights}.
   *
   * @param amount the amount in minor units, zero or more
   * @param weights the weights, each greater than 0
   * @param ties orders parts whose remainders are equal
   * @return the parts, adding up exactly to {@code amount}
   */
  static long[] split(long amount, long[] weights, TieOrder ties) {
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
  static long[] splitWide(long amount, BigInteger[] weights, TieOrder ties) {
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
   * the boundary are ordered by {@code ties}. Primitive selection: the {@code left}-th largest
   * remainder is the threshold; every part above it gets a unit, and the units still left go to
   * the parts at the threshold, first in {@code ties} order.
   */
  private static void award(long[] remainders, int left, long[] parts, TieOrder ties) {
    if (left == 0) {
      return;
    }
    int count = remainders.length;
    long threshold = largest(remainders, left);
    int above = 0;
    int tied = 0;
    for (int i = 0; i < count; i++) {
      long r = remainders[i];
      if (r > threshold) {
        parts[i]++;
        above++;
      } else if (r == threshold) {
        tied++;
      }
    }
    int need = left - above;
    if (need == tied) {
      // Every part at the threshold gets a unit: the order among them does not matter.
      for (int i = 0; i < count; i++) {
        if (remainders[i] == threshold) {
          parts[i]++;
        }
      }
      return;
    }
    for (int position = 0; need > 0; position++) {
      int i = ties.partAt(position);
      if (remainders[i] == threshold) {
        parts[i]++;
        need--;
      }
    }
  }

  /**
   * The {@code k}-th largest of {@code values} (1 ≤ k ≤ length), counting equal values apart:
   * a quickselect (Hoare's partition) on a copy, linear on average, where a sort of the copy would
   * cost {@code n log n} or, for the few dozen parts of a unit, an insertion sort's {@code n²}.
   */
  private static long largest(long[] values, int k) {
    long[] a = values.clone();
    int target = a.length - k; // its index in ascending order
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      long pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long swap = a[i];
          a[i++] = a[j];
          a[j--] = swap;
        }
      }
      // Now a[lo..j] ≤ pivot ≤ a[i..hi], and everything between j and i equals the pivot.
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }
}
