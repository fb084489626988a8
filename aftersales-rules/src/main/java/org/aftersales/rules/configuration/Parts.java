package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.support.RulesMessages;

/** What the five configurations share: the zone check and the sorted rule IDs. */
final class Parts {

  private Parts() {}

  /**
   * Refuses an office calendar read in another zone than the business zone: every day, month and
   * office hour of one configuration is cut in one zone, so two zones would make a deadline and
   * the report of the same day disagree.
   *
   * @param businessZone the business zone
   * @param officeCalendar the office calendar
   * @throws InvalidInputException if the calendar's zone is not the business zone
   */
  static void requireOneZone(ZoneId businessZone, BusinessCalendar officeCalendar) {
    requireNonNull(businessZone, "businessZone");
    requireNonNull(officeCalendar, "officeCalendar");
    if (!officeCalendar.zone().equals(businessZone)) {
      throw InvalidInputException.of("officeCalendar", RulesMessages.BUNDLE.message(
          "rules.configuration.zoneMismatch", "zone", businessZone), officeCalendar.zone());
    }
  }

  /**
   * The rule IDs, sorted.
   *
   * @param ids the IDs, as the catalog writes them
   * @return an unmodifiable sorted list
   */
  static List<RuleId> ruleIds(String... ids) {
    return Arrays.stream(ids).map(RuleId::of).sorted().toList();
  }
}
