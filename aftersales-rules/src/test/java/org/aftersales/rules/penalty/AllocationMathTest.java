package org.aftersales.rules.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic behind the fast path of the allocation (PEN-06, PEN-09): the threshold that
 * selects the members who get a leftover minor unit, the identifier keys that order person IDs
 * without comparing texts, the exact division by multiplication.
 *
 * <p>// rule: PEN-06, PEN-09
 */
class AllocationMathTest {

  /** The threshold by sorting: the {@code wanted}-th largest value. */
  static long sortedThreshold(long[] values, int wanted) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length - wanted];
  }

  static long[] distinct(SplittableRandom random, int count, long bound) {
    TreeSet<Long> set = new TreeSet<>();
    while (set.size() < count) {
      set.add(random.nextLong(bound));
    }
    long[] values = set.stream().mapToLong(Long::longValue).toArray();
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    return values;
  }

  static long threshold(long[] values, int wanted) {
    long smallest = Arrays.stream(values).min().orElseThrow();
    long largest = Arrays.stream(values).max().orElseThrow();
    return AllocationMath.thresholdOfLargest(values, values.length, wanted, smallest, largest,
        Long.MAX_VALUE / values.length);
  }

  @Test
  void the_threshold_selects_exactly_the_wanted_largest_values_however_they_are_spread() {
    // rule: PEN-06
    SplittableRandom random = new SplittableRandom(61);
    for (int round = 0; round < 3_000; round++) {
      int count = 2 + random.nextInt(60);
      long[] values;
      switch (round % 4) {
        case 0: // spread evenly
          values = distinct(random, count, Long.MAX_VALUE - 1);
          break;
        case 1: // consecutive, as equal remainders packed with ranks
          long base = random.nextLong(1L << 40);
          values = new long[count];
          for (int i = 0; i < count; i++) {
            values[i] = base + (i * 7L) % count;
          }
          values = Arrays.stream(values).distinct().toArray();
          break;
        case 2: // two clusters far apart: the interpolation misses by many
          values = distinct(random, count, 1000);
          for (int i = 0; i < values.length; i += 2) {
            values[i] += 1L << 50;
          }
          break;
        default: // small values
          values = distinct(random, count, count * 3L);
      }
      if (values.length < 2) {
        continue;
      }
      for (int wanted = 1; wanted < values.length; wanted++) {
        long t = threshold(values, wanted);
        int above = 0;
        for (long v : values) {
          above += v >= t ? 1 : 0;
        }
        assertEquals(wanted, above, "round " + round + ", wanted " + wanted);
        assertTrue(t <= sortedThreshold(values, wanted), "at most the wanted-th largest value");
      }
    }
  }

  @Test
  void at_least_is_one_exactly_from_the_threshold_up() {
    // rule: PEN-06
    assertEquals(1, AllocationMath.atLeast(5, 5));
    assertEquals(1, AllocationMath.atLeast(6, 5));
    assertEquals(0, AllocationMath.atLeast(4, 5));
    assertEquals(1, AllocationMath.atLeast(0, 0));
    assertEquals(0, AllocationMath.atLeast(Long.MAX_VALUE - 1, Long.MAX_VALUE));
  }

  @Test
  void id_keys_order_person_ids_as_their_texts() {
    // rule: PEN-06
    List<String> ids = List.of("E1", "E10", "E9", "E1001", "E10010", "EMPLOYEE-000001",
        "EMPLOYEE-000002", "EMPLOYEE-0000010", "EMPLOYEE", "EMPLOYEE-", "员工07", "员工08", "E员工",
        "Zz", "a", "A", "ÿ", "é1", "é", "~", " x", "x y");
    for (String a : ids) {
      for (String b : ids) {
        int expected = Integer.signum(a.compareTo(b));
        int actual = Integer.signum(AllocationMath.compareIds(AllocationMath.idKey(a), a,
            AllocationMath.idKey(b), b));
        assertEquals(expected, actual, a + " vs " + b);
      }
    }
    assertEquals(0, AllocationMath.idKey("员工07"));
  }

  @Test
  void the_inverse_of_an_odd_number_divides_exactly_by_multiplication() {
    // rule: PEN-06
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long odd = random.nextLong(1L << 40) | 1;
      long quotient = random.nextLong((1L << 62) / odd + 1);
      long inverse = AllocationMath.inverseOfOdd(odd);
      assertEquals(1, odd * inverse);
      assertEquals(quotient, (quotient * odd) * inverse);
    }
  }
}
