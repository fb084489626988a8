package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;

/**
 * The service supervisor's daily report (服务主任日报表), SVC-09, P2 §16: the team's service of the
 * day by category and time, from the technicians' daily reports.
 *
 * @param supervisor the supervisor
 * @param day the business day
 * @param technicians each technician's report, by person ID; unmodifiable
 * @param byCategory the team's jobs and minutes by category, counted from the jobs themselves
 *     (every category present); unmodifiable
 */
public record TeamDailyReport(PersonId supervisor, LocalDate day,
    List<TechnicianDailyReport> technicians, Map<ServiceCategory, CategoryTime> byCategory) {

  /**
   * Checks and copies the fields.
   *
   * @param supervisor the supervisor
   * @param day the day
   * @param technicians the technicians' reports
   * @param byCategory the team's totals
   */
  public TeamDailyReport {
    requireNonNull(supervisor, "supervisor");
    requireNonNull(day, "day");
    technicians = List.copyOf(technicians);
    byCategory = Map.copyOf(byCategory);
  }

  /**
   * The team's labour minutes of the day.
   *
   * @return the sum over the categories
   */
  public long totalMinutes() {
    long total = 0;
    for (CategoryTime line : byCategory.values()) {
      total = Math.addExact(total, line.minutes());
    }
    return total;
  }
}
