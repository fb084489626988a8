package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A date-bounded change of the weekly schedule (时段作息), such as summer hours: from
 * {@code from} to {@code to}, both inclusive, the days of the week follow {@code schedule}
 * instead of the calendar's base schedule. Holidays and make-up days still take precedence.
 *
 * @param from the first date
 * @param to the last date, not before {@code from}
 * @param schedule the weekly schedule in force
 * @param name a name such as "summer hours", possibly empty; otherwise identifier text of at
 *     most 200 code points ({@link org.aftersales.core.shared.TextRules})
 */
public record SchedulePeriod(LocalDate from, LocalDate to, WeeklySchedule schedule, String name) {

  /**
   * Checks the fields are present.
   *
   * @param from the first date
   * @param to the last date
   * @param schedule the weekly schedule in force
   * @param name a name, possibly empty
   */
  public SchedulePeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(schedule, "schedule");
    Names.checked("name", name);
  }

  /**
   * Whether {@code date} lies in the period.
   *
   * @param date any date
   * @return true if {@code from ≤ date ≤ to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
