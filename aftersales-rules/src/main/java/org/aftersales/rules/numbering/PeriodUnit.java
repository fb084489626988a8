package org.aftersales.rules.numbering;

import java.time.LocalDate;

/**
 * How long a counter runs before its serial restarts: the finest date token of a pattern.
 * Package-private; the canonical keys are documented on {@link NumberingScheme}.
 */
enum PeriodUnit {
  /** {@code {dd}}: a counter per day, key {@code yyyy-MM-dd}. */
  DAY,
  /** {@code {MM}}: a counter per month, key {@code yyyy-MM} (年月流水). */
  MONTH,
  /** {@code {yy}} or {@code {yyyy}} alone: a counter per year, key {@code yyyy}. */
  YEAR,
  /** No date token: one counter that never restarts, key {@code ALL}. */
  ALL;

  /** The key of the period that never ends. */
  static final String ALL_KEY = "ALL";

  /** The start given to the period that never ends: 1 January of the year 1. */
  static final LocalDate ALL_START = LocalDate.of(1, 1, 1);

  /** The first day of the period of this unit that contains {@code date}. */
  LocalDate startOf(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
      case ALL -> ALL_START;
    };
  }

  /**
   * The length of the slices of time a scheme's period cache is keyed by: shorter than the
   * shortest period of this unit in any zone (a day can be 23 hours, a month 28 days).
   */
  long cacheSliceSeconds() {
    return switch (this) {
      case DAY -> 12 * 3600L;
      case MONTH -> 27 * 86400L;
      case YEAR -> 364 * 86400L;
      case ALL -> Long.MAX_VALUE;
    };
  }

  /** The first day of the period after the one that starts on {@code start}; not for ALL. */
  LocalDate nextStart(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
      case ALL -> throw new IllegalStateException("the period ALL never ends");
    };
  }

  /** The canonical key of the period that starts on {@code start}; years 0000 to 9999. */
  String keyOf(LocalDate start) {
    String year = NumberText.digits(start.getYear(), 4);
    String month = NumberText.digits(start.getMonthValue(), 2);
    return switch (this) {
      case DAY -> year + "-" + month + "-" + NumberText.digits(start.getDayOfMonth(), 2);
      case MONTH -> year + "-" + month;
      case YEAR -> year;
      case ALL -> ALL_KEY;
    };
  }
}
