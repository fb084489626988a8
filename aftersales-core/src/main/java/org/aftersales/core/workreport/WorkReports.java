package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;

/**
 * Builds the daily reports (日报表), SVC-09, from service jobs: the technician's report (P2 §15) and
 * the supervisor's team report (P2 §16). A job belongs to the business day on which it
 * {@link ServiceJob#startedAt() started}, the day cut in the business zone (start inclusive, next
 * day's start exclusive); a job across midnight counts once, on the day it started.
 *
 * <p>Stateless and thread-safe; pure (no ports).
 */
public final class WorkReports {

  /** The order of jobs on a report: earliest started first, then by service request ID. */
  static final Comparator<ServiceJob> EARLIEST_FIRST = Comparator
      .comparing(ServiceJob::startedAt).thenComparing(ServiceJob::serviceRequestId);

  private final ZoneId businessZone;

  /**
   * Reports whose days are cut in {@code businessZone}.
   *
   * @param businessZone the business zone (never the system's)
   */
  public WorkReports(ZoneId businessZone) {
    this.businessZone = requireNonNull(businessZone, "businessZone");
  }

  /**
   * The business zone the days are cut in.
   *
   * @return the zone
   */
  public ZoneId businessZone() {
    return businessZone;
  }

  /**
   * The technician's daily report (技术员工作日报表): the jobs of {@code technician} started on
   * {@code day}.
   *
   * @param technician the technician
   * @param day the business day
   * @param jobs any jobs; those of other technicians or days are ignored
   * @return the report, its jobs earliest started first
   */
  public TechnicianDailyReport technicianDay(PersonId technician, LocalDate day,
      Collection<ServiceJob> jobs) {
    requireNonNull(technician, "technician");
    List<JobLine> lines = onDay(day, jobs).stream()
        .filter(j -> j.technician().equals(technician)).map(JobLine::of).toList();
    return new TechnicianDailyReport(technician, day, lines);
  }

  /**
   * The supervisor's team daily report (服务主任日报表): the jobs supervised by {@code supervisor}
   * started on {@code day}, by technician and by category.
   *
   * @param supervisor the supervisor
   * @param day the business day
   * @param jobs any jobs; those of other supervisors or days are ignored
   * @return the report; the technicians by person ID
   */
  public TeamDailyReport teamDay(PersonId supervisor, LocalDate day,
      Collection<ServiceJob> jobs) {
    requireNonNull(supervisor, "supervisor");
    Map<PersonId, List<JobLine>> byTechnician = new TreeMap<>();
    Map<ServiceCategory, CategoryTime> totals = noCategories();
    for (ServiceJob job : onDay(day, jobs)) {
      if (job.supervisor().equals(supervisor)) {
        byTechnician.computeIfAbsent(job.technician(), t -> new ArrayList<>())
            .add(JobLine.of(job));
        totals.put(job.category(), totals.get(job.category()).plusJob(job.labourMinutes()));
      }
    }
    List<TechnicianDailyReport> reports = new ArrayList<>();
    byTechnician.forEach((t, lines) -> reports.add(new TechnicianDailyReport(t, day, lines)));
    return new TeamDailyReport(supervisor, day, reports, totals);
  }

  /** The jobs started on {@code day} in the business zone, earliest first. */
  private List<ServiceJob> onDay(LocalDate day, Collection<ServiceJob> jobs) {
    requireNonNull(day, "day");
    Instant from = day.atStartOfDay(businessZone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(businessZone).toInstant();
    return jobs.stream()
        .filter(j -> !j.startedAt().isBefore(from) && j.startedAt().isBefore(to))
        .sorted(EARLIEST_FIRST).toList();
  }

  /** Every category with zero jobs, in a mutable map. */
  static Map<ServiceCategory, CategoryTime> noCategories() {
    Map<ServiceCategory, CategoryTime> totals = new EnumMap<>(ServiceCategory.class);
    for (ServiceCategory c : ServiceCategory.values()) {
      totals.put(c, CategoryTime.none(c));
    }
    return totals;
  }
}
