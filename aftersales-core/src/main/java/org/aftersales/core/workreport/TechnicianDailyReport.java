package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;

/**
 * The technician's daily report (技术员工作日报表), SVC-09, P2 §15: each job of the day with its
 * category and time, and the day's totals by category — a value a host renders and the
 * supervisor reviews.
 *
 * @param technician the technician
 * @param day the business day
 * @param jobs the day's jobs, earliest started first; unmodifiable
 */
public record TechnicianDailyReport(PersonId technician, LocalDate day, List<JobLine> jobs) {

  /**
   * Checks and copies the fields.
   *
   * @param technician the technician
   * @param day the day
   * @param jobs the jobs
   */
  public TechnicianDailyReport {
    requireNonNull(technician, "technician");
    requireNonNull(day, "day");
    jobs = List.copyOf(jobs);
  }

  /**
   * The day's jobs and minutes by category, every category present (zero when none).
   *
   * @return the totals, in category order A–D; unmodifiable
   */
  public Map<ServiceCategory, CategoryTime> byCategory() {
    Map<ServiceCategory, CategoryTime> totals = WorkReports.noCategories();
    for (JobLine job : jobs) {
      totals.put(job.category(), totals.get(job.category()).plusJob(job.labourMinutes()));
    }
    return java.util.Collections.unmodifiableMap(new EnumMap<>(totals));
  }

  /**
   * The day's labour minutes.
   *
   * @return the sum of the jobs' minutes
   */
  public long totalMinutes() {
    long total = 0;
    for (JobLine job : jobs) {
      total = Math.addExact(total, job.labourMinutes());
    }
    return total;
  }
}
