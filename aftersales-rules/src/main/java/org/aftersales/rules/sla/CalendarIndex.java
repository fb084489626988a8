package org.aftersales.rules.sla;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The compiled working time of a calendar over its index window: disjoint, sorted working
 * intervals with the working time before each (prefix sums), so that "working time up to t" and
 * "the instant at which w of working time has passed" are searches in sorted arrays — never a walk
 * proportional to the budget.
 *
 * <p>Each search is narrowed by a bucket table first: the window (and the total working time) is
 * cut into about as many equal buckets as there are intervals, each bucket knowing the interval
 * where it begins, so a query looks at its bucket's one or two intervals instead of binary
 * searching all of them: O(1) for calendars whose intervals are spread evenly (office hours), and
 * never worse than O(log n).
 *
 * <p>Positions are nanoseconds since {@link #windowStart}; a window of up to 200 years fits in a
 * {@code long}. Immutable and thread-safe.
 */
final class CalendarIndex {

  static final long NANOS = 1_000_000_000L;

  private final Instant windowStart;
  private final Instant windowEnd;
  private final long originSecond;
  private final int originNano;
  private final long[] starts;
  private final long[] ends;
  /** cum[i] = working nanoseconds in the window before interval i; cum[n] = the total. */
  private final long[] cum;
  /** positionBucket[b] = the last interval starting at or before b &lt;&lt; positionShift, or -1. */
  private final int positionShift;
  private final int[] positionBucket;
  /** workBucket[k] = the first interval i with cum[i + 1] ≥ k &lt;&lt; workShift. */
  private final int workShift;
  private final int[] workBucket;

  /**
   * Compiles the intervals.
   *
   * @param window the instants covered
   * @param intervals disjoint, sorted, non-empty intervals inside the window
   */
  CalendarIndex(Interval window, List<Interval> intervals) {
    this.windowStart = window.start();
    this.windowEnd = window.end();
    this.originSecond = windowStart.getEpochSecond();
    this.originNano = windowStart.getNano();
    int n = intervals.size();
    starts = new long[n];
    ends = new long[n];
    cum = new long[n + 1];
    for (int i = 0; i < n; i++) {
      starts[i] = position(intervals.get(i).start());
      ends[i] = position(intervals.get(i).end());
      cum[i + 1] = cum[i] + (ends[i] - starts[i]);
    }
    long length = position(windowEnd);
    positionShift = shiftFor(length, n);
    positionBucket = new int[(int) (length >>> positionShift) + 2];
    for (int b = 0, i = -1; b < positionBucket.length; b++) {
      long bucketStart = (long) b << positionShift;
      while (i + 1 < n && starts[i + 1] <= bucketStart) {
        i++;
      }
      positionBucket[b] = i;
    }
    workShift = shiftFor(cum[n], n);
    workBucket = new int[(int) (cum[n] >>> workShift) + 2];
    for (int k = 0, i = 0; k < workBucket.length; k++) {
      long work = (long) k << workShift;
      while (i < n - 1 && cum[i + 1] < work) {
        i++;
      }
      workBucket[k] = i;
    }
  }

  /** The bucket width (a power of two) that gives about one bucket per interval. */
  private static int shiftFor(long span, int intervals) {
    long perInterval = Math.max(1, span / Math.max(1, intervals));
    return 63 - Long.numberOfLeadingZeros(perInterval);
  }

  /** The first instant the index covers. */
  Instant start() {
    return windowStart;
  }

  /** The first instant after the index. */
  Instant end() {
    return windowEnd;
  }

  /** Whether the index covers {@code t}. */
  boolean covers(Instant t) {
    return !t.isBefore(windowStart) && t.isBefore(windowEnd);
  }

  long position(Instant t) {
    return (t.getEpochSecond() - originSecond) * NANOS + (t.getNano() - originNano);
  }

  Instant instant(long position) {
    long nanos = position + originNano;
    return Instant.ofEpochSecond(originSecond + Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  /** Working nanoseconds in the part of {@code [from, to)} the index covers; 0 if none. */
  long workedInside(Instant from, Instant to) {
    Instant a = from.isAfter(windowStart) ? from : windowStart;
    Instant b = to.isBefore(windowEnd) ? to : windowEnd;
    return a.isBefore(b) ? workedBefore(position(b)) - workedBefore(position(a)) : 0;
  }

  /** The working time in the whole window, in nanoseconds. */
  long total() {
    return cum[starts.length];
  }

  /** The index of the last interval starting at or before {@code p} (0 ≤ p ≤ length), or -1. */
  private int lastStartAtOrBefore(long p) {
    int b = (int) (p >>> positionShift);
    int i = positionBucket[b];
    int last = positionBucket[b + 1];
    if (last - i > 8) {
      int k = Arrays.binarySearch(starts, i + 1, last + 1, p);
      return k >= 0 ? k : -k - 2;
    }
    while (i < last && starts[i + 1] <= p) {
      i++;
    }
    return i;
  }

  /** Working nanoseconds in [windowStart, p), for p inside the window or at its end. */
  long workedBefore(long p) {
    int i = lastStartAtOrBefore(p);
    return i < 0 ? 0 : cum[i] + Math.min(p, ends[i]) - starts[i];
  }

  /**
   * The smallest position at which {@code target} working nanoseconds have passed since the
   * window start; {@code 0 < target ≤ total()}. A target reached exactly at a closing time gives
   * that closing time.
   */
  long positionAfterWorking(long target) {
    int b = (int) (target >>> workShift);
    int i = workBucket[b];
    int last = workBucket[b + 1];
    if (last - i > 8) {
      int k = Arrays.binarySearch(cum, i + 1, last + 2, target);
      i = k >= 0 ? k - 1 : -k - 2;
    } else {
      while (cum[i + 1] < target) {
        i++;
      }
    }
    return starts[i] + (target - cum[i]);
  }

  boolean isWorking(long p) {
    int i = lastStartAtOrBefore(p);
    return i >= 0 && p < ends[i];
  }

  /** The first working position at or after {@code p}, or -1 if none is left in the window. */
  long nextWorking(long p) {
    int i = lastStartAtOrBefore(p);
    if (i >= 0 && p < ends[i]) {
      return p;
    }
    return i + 1 < starts.length ? starts[i + 1] : -1;
  }

  int intervalCount() {
    return starts.length;
  }
}
