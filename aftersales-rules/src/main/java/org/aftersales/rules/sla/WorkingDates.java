package org.aftersales.rules.sla;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The working dates of a calendar over its index range, compiled for date-level arithmetic: for
 * each date the number of working dates up to it (prefix counts), and the working dates in order,
 * so that "how many working dates in {@code (a, b]}" and "the n-th working date after {@code d}"
 * are two array reads — no walk over the days in between.
 *
 * <p>Dates are stored as offsets from the first date of the range ({@code int}: a range is at
 * most 100 years). Immutable and thread-safe.
 */
final class WorkingDates {

  private final long firstDay;
  private final long lastDay;
  /** upTo[i] = the working dates in [first, first + i - 1]; upTo[0] = 0 (the day before first). */
  private final int[] upTo;
  /** The offsets of the working dates, ascending. */
  private final int[] dates;

  WorkingDates(LocalDate first, LocalDate last, Predicate<LocalDate> isWorking) {
    this.firstDay = first.toEpochDay();
    this.lastDay = last.toEpochDay();
    int n = (int) (lastDay - firstDay + 1);
    upTo = new int[n + 1];
    int[] found = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (isWorking.test(LocalDate.ofEpochDay(firstDay + i))) {
        found[count++] = i;
      }
      upTo[i + 1] = count;
    }
    dates = java.util.Arrays.copyOf(found, count);
  }

  /** The day before the first indexed date: the earliest date the arithmetic can start from. */
  LocalDate dayBefore() {
    return LocalDate.ofEpochDay(firstDay - 1);
  }

  /** The last indexed date. */
  LocalDate last() {
    return LocalDate.ofEpochDay(lastDay);
  }

  /** The working dates from the first indexed date up to {@code date}, for a covered date. */
  private int upTo(long epochDay) {
    return upTo[(int) (epochDay - firstDay + 1)];
  }

  /**
   * The number of working dates in {@code (from, to]}, for {@code from ≤ to}, both between
   * {@link #dayBefore()} and {@link #last()}.
   */
  int between(LocalDate from, LocalDate to) {
    return upTo(to.toEpochDay()) - upTo(from.toEpochDay());
  }

  /**
   * The {@code n}-th working date after {@code date} ({@code n ≥ 1}, {@code date} between
   * {@link #dayBefore()} and {@link #last()}), or null if it lies after the last indexed date.
   */
  LocalDate plus(LocalDate date, long n) {
    if (n > dates.length) {
      // Past the last indexed working date whatever the start; also keeps the sum below from
      // overflowing into a negative array index for a huge n.
      return null;
    }
    long k = upTo(date.toEpochDay()) + n - 1;
    return k < dates.length ? LocalDate.ofEpochDay(firstDay + dates[(int) k]) : null;
  }
}
