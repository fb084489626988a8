package org.aftersales.rules.numbering;

import java.time.LocalDate;
import org.aftersales.core.shared.SupportedTime;

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

  /**
   * The start given to the period that never ends: the first supported date, 1 January 1900 —
   * the start of every period there can be.
   */
  static final LocalDate ALL_START = SupportedTime.FIRST_DATE;

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
    // yyyy, yyyy-MM or yyyy-MM-dd, written into one exactly sized array: a key is made for every
    // number issued.
    char[] key = new char[this == YEAR ? 4 : this == MONTH ? 7 : 10];
    NumberText.putDigits(key, 0, start.getYear(), 4);
    if (this != YEAR) {
      key[4] = '-';
      NumberText.putDigits(key, 5, start.getMonthValue(), 2);
    }
    if (this == DAY) {
      key[7] = '-';
      NumberText.putDigits(key, 8, start.getDayOfMonth(), 2);
    }
    return new String(key);
  }
}
