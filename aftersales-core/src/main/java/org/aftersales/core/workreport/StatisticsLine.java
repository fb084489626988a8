package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;

/**
 * One line of the monthly statistics for a kind of work (人、次/天及费用), SVC-18, P11 §五.6:
 * person-times, person-days and cost.
 *
 * <p><b>Counting.</b> A person-time (人次) is one technician on one job; a person-day (人天) is one
 * technician working on at least one job of the kind on one business day (so two jobs of one
 * technician on one day are two person-times and one person-day). The cost is the jobs'
 * {@link ServiceJob#serviceCost() service cost}, exact.
 *
 * @param kind the kind of work
 * @param personTimes the person-times (人次), 0 or more
 * @param personDays the person-days (人天), 0 or more, at most {@code personTimes}
 * @param cost the cost of the people sent
 */
public record StatisticsLine(WorkKind kind, int personTimes, int personDays, Money cost) {

  /**
   * Checks the fields.
   *
   * @param kind the kind
   * @param personTimes the person-times
   * @param personDays the person-days
   * @param cost the cost
   * @throws InvalidInputException if a count is negative or there are more days than times
   */
  public StatisticsLine {
    requireNonNull(kind, "kind");
    requireNonNull(cost, "cost");
    if (personTimes < 0 || personDays < 0 || personDays > personTimes) {
      throw InvalidInputException.of("personDays", MessageBundle.CORE.message(
          "core.workreport.countsInvalid", "personTimes", personTimes), personDays);
    }
  }
}
