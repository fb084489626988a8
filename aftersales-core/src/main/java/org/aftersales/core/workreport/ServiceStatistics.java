package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;

/**
 * Builds the monthly service statistics (月度统计), SVC-18, from service jobs: a job belongs to the
 * month, cut in the business zone, in which it {@link ServiceJob#startedAt() started}.
 *
 * <p>Stateless and thread-safe; pure (no ports); exact money, no rounding.
 */
public final class ServiceStatistics {

  private final ZoneId businessZone;

  /**
   * Statistics whose months are cut in {@code businessZone}.
   *
   * @param businessZone the business zone (never the system's)
   */
  public ServiceStatistics(ZoneId businessZone) {
    this.businessZone = requireNonNull(businessZone, "businessZone");
  }

  /**
   * The statistics of {@code month}.
   *
   * @param month the month, from its first day's start (inclusive) to the next month's
   *     (exclusive) in the business zone
   * @param currency the currency of the amounts (the jobs' currency; used for an empty month)
   * @param jobs any jobs; those of other months are ignored
   * @return the statistics
   * @throws org.aftersales.core.shared.InvalidInputException if a job's currency is not
   *     {@code currency}
   */
  public MonthlyServiceStatistics monthly(YearMonth month, Currency currency,
      Collection<ServiceJob> jobs) {
    requireNonNull(month, "month");
    requireNonNull(currency, "currency");
    Instant from = month.atDay(1).atStartOfDay(businessZone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(businessZone).toInstant();
    List<ServiceJob> inMonth = jobs.stream()
        .filter(j -> !j.startedAt().isBefore(from) && j.startedAt().isBefore(to)).toList();
    Money material = Money.zero(currency);
    Money transport = Money.zero(currency);
    Money other = Money.zero(currency);
    for (ServiceJob job : inMonth) {
      material = material.plus(job.materialCost());
      transport = transport.plus(job.transportCost());
      other = other.plus(job.otherCost());
    }
    return new MonthlyServiceStatistics(month,
        line(WorkKind.INSTALLATION_COMMISSIONING, currency, inMonth),
        line(WorkKind.SERVICE_DISPATCH, currency, inMonth), material, transport, other);
  }

  private StatisticsLine line(WorkKind kind, Currency currency, List<ServiceJob> jobs) {
    int times = 0;
    Set<PersonDay> days = new HashSet<>();
    Money cost = Money.zero(currency);
    for (ServiceJob job : jobs) {
      if (job.kind() == kind) {
        times++;
        days.add(new PersonDay(job.technician(),
            LocalDate.ofInstant(job.startedAt(), businessZone)));
        cost = cost.plus(job.serviceCost());
      }
    }
    return new StatisticsLine(kind, times, days.size(), cost);
  }

  /** A technician's business day. */
  private record PersonDay(PersonId technician, LocalDate day) {}
}
