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

  /** The canonical key of the period that starts on {@code start}; years 0000 to 9999. */
  String keyOf(LocalDate start) {
    if (this == ALL) {
      return ALL_KEY;
    }
    StringBuilder key = NumberText.appendDigits(new StringBuilder(10), start.getYear(), 4);
    if (this != YEAR) {
      NumberText.appendDigits(key.append('-'), start.getMonthValue(), 2);
    }
    if (this == DAY) {
      NumberText.appendDigits(key.append('-'), start.getDayOfMonth(), 2);
    }
    return key.toString();
  }
}
