package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * A make-up working day (调休上班日): a date, usually a weekend day, declared a working day with
 * its own hours — China's adjusted working days around public holidays.
 *
 * @param date the date
 * @param hours its working hours, at least one stretch, sorted by start
 * @param name a name such as "Spring Festival make-up day", possibly empty; otherwise identifier
 *     text of at most 200 code points ({@link org.aftersales.core.shared.TextRules})
 */
public record MakeUpDay(LocalDate date, List<WorkingHours> hours, String name) {

  /**
   * Checks and copies the fields.
   *
   * @param date the date
   * @param hours its working hours
   * @param name a name, possibly empty
   */
  public MakeUpDay {
    requireNonNull(date, "date");
    hours = ImmutableList.sortedCopyOf(requireNonNull(hours, "hours"));
    Names.checked("name", name);
  }
}
