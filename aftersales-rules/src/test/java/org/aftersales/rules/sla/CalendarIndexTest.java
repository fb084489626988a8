package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compiled index against a brute-force reference, position by position, on small windows
 * whose intervals sit exactly on bucket edges, crowd more than eight into one bucket (the
 * binary-search branches) and lie at random. The window starts ten nanoseconds before a whole
 * second, so positions cross second boundaries.
 *
 * <p>// rule: SVC-11, CMP-05 (the engine under every working-time deadline)
 */
class CalendarIndexTest {

  static final Instant ORIGIN = Instant.ofEpochSecond(1_000, 999_999_990);

  /** Intervals as {start, end} offsets in nanoseconds from the origin. */
  static void check(long length, long[][] offsets) {
    List<Interval> intervals = new ArrayList<>();
    for (long[] o : offsets) {
      intervals.add(new Interval(ORIGIN.plusNanos(o[0]), ORIGIN.plusNanos(o[1])));
    }
    CalendarIndex index = new CalendarIndex(new Interval(ORIGIN, ORIGIN.plusNanos(length)), intervals);
    assertEquals(offsets.length, index.intervalCount());
    long total = 0;
    for (long[] o : offsets) {
      total += o[1] - o[0];
    }
    assertEquals(total, index.total());
    for (long p = 0; p <= length; p++) {
      Instant t = ORIGIN.plusNanos(p);
      assertEquals(p, index.position(t));
      assertEquals(t, index.instant(p));
      assertEquals(p < length, index.covers(t));
      long worked = 0;
      boolean working = false;
      for (long[] o : offsets) {
        worked += Math.max(0, Math.min(p, o[1]) - o[0]);
        working |= o[0] <= p && p < o[1];
      }
      assertEquals(worked, index.workedBefore(p), "worked before " + p);
      if (p < length) {
        assertEquals(working, index.isWorking(p), "working at " + p);
        long next = -1;
        for (long q = p; q < length && next < 0; q++) {
          for (long[] o : offsets) {
            if (o[0] <= q && q < o[1]) {
              next = q;
            }
          }
        }
        assertEquals(next, index.nextWorking(p), "next working from " + p);
      }
    }
    // The earliest position at which w has been worked, for every w.
    for (long w = 1; w <= total; w++) {
      long expected = -1;
      for (long p = 0; p <= length && expected < 0; p++) {
        if (index.workedBefore(p) == w) {
          expected = p;
        }
      }
      assertEquals(expected, index.positionAfterWorking(w), "after working " + w);
    }
    assertFalse(index.covers(ORIGIN.minusNanos(1)));
    assertTrue(index.covers(ORIGIN));
    assertEquals(ORIGIN, index.start());
    assertEquals(ORIGIN.plusNanos(length), index.end());
  }

  @Test
  void intervals_on_bucket_edges() {
    // Four intervals of 4 ns every 8 ns: buckets of 8 ns by position and 4 ns by work, so every
    // start and every prefix sum lies exactly on a bucket edge.
    check(32, new long[][] {{0, 4}, {8, 12}, {16, 20}, {24, 28}});
    check(40, new long[][] {{4, 8}, {12, 16}, {20, 24}, {28, 32}, {36, 40}});
  }

  @Test
  void more_than_eight_intervals_in_one_bucket() {
    // A long interval, then twenty of 1 ns every 2 ns: they share a bucket of position and one of
    // work, so both searches take the binary-search branch, with exact hits on prefix sums.
    long[][] offsets = new long[21][];
    offsets[0] = new long[] {0, 1000};
    for (int j = 0; j < 20; j++) {
      offsets[j + 1] = new long[] {1000 + 2L * j + 1, 1000 + 2L * j + 2};
    }
    check(2000, offsets);
    // Twenty 1-ns intervals before a long one: the first bucket has no start at its edge, so
    // the binary search runs from the very first interval and can hit it exactly.
    long[][] early = new long[21][];
    for (int j = 0; j < 20; j++) {
      early[j] = new long[] {1 + 2L * j, 2 + 2L * j};
    }
    early[20] = new long[] {100, 2000};
    check(2048, early);
  }

  @Test
  void random_layouts() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int layout = 0; layout < 30; layout++) {
      List<long[]> offsets = new ArrayList<>();
      long p = random.nextInt(3);
      long length = 300;
      while (true) {
        long start = p + random.nextInt(layout % 3 == 0 ? 40 : 4);
        long end = start + 1 + random.nextInt(layout % 2 == 0 ? 3 : 30);
        if (end >= length) {
          break;
        }
        offsets.add(new long[] {start, end});
        p = end + 1;
      }
      check(length, offsets.toArray(new long[0][]));
    }
  }
}
