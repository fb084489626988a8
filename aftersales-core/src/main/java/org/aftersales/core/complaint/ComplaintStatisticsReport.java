package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.UseCase;

/**
 * The query use case for the month's complaint statistics (客户投诉案件统计表), CMP-11: reads the
 * cases closed in the month ({@link Complaints#closedBetween} over the month's instants in the
 * business zone), turns each into its {@link ClosedCaseFacts} — the routing form's figures at the
 * closure against the service-level policy, the responsibility from {@link ResponsibilityOf} — and
 * returns {@link ComplaintStatistics#monthly the statistics}.
 *
 * <p><b>Failure semantics.</b> Reads only: one {@code Complaints.closedBetween} call, then pure
 * work. A failure of the port or of the responsibility policy propagates and changes nothing; a
 * retry answers the same figures unless cases were closed into the month meanwhile. A case whose
 * routing form cannot be measured against the policy (a step without a budget in its market)
 * fails the whole report with {@link org.aftersales.core.shared.InvalidInputException} rather
 * than being left out silently.
 *
 * <p>Thread-safe if its port and policies are.
 */
@UseCase
public final class ComplaintStatisticsReport {

  private final Complaints complaints;
  private final ServiceLevelPolicy serviceLevels;
  private final ResponsibilityOf responsibility;
  private final ComplaintStatistics statistics;

  /**
   * Wires the use case. The responsibility policy is required: there is no default that counts
   * no responsibility.
   *
   * @param complaints the complaint cases
   * @param serviceLevels the budgets the cases were routed under (CMP-05, CMP-06)
   * @param responsibility each closed case's responsibility per department (CMP-08)
   * @param statistics the business zone and due day
   */
  public ComplaintStatisticsReport(Complaints complaints, ServiceLevelPolicy serviceLevels,
      ResponsibilityOf responsibility, ComplaintStatistics statistics) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.responsibility = requireNonNull(responsibility, "responsibility");
    this.statistics = requireNonNull(statistics, "statistics");
  }

  /**
   * The statistics of {@code month}.
   *
   * @param month the month, in the business zone
   * @return the statistics of the cases closed in it
   * @throws org.aftersales.core.shared.InvalidInputException if a case cannot be measured (see
   *     the failure semantics) or its responsibility adds up to more than 1
   */
  public MonthlyComplaintStatistics monthly(YearMonth month) {
    requireNonNull(month, "month");
    List<ComplaintCase> closed = complaints.closedBetween(statistics.monthStart(month),
        statistics.monthEnd(month));
    List<ClosedCaseFacts> facts = new ArrayList<>(closed.size());
    // One wrapper per run: each step's target is looked up once for all the month's cases.
    StatisticsServiceLevels levels = new StatisticsServiceLevels(serviceLevels);
    for (ComplaintCase c : closed) {
      facts.add(ClosedCaseFacts.read(c, levels, responsibility.ratios(c)));
    }
    return statistics.monthly(month, facts);
  }

  /**
   * The statistics a run at {@code runAt} owes: those of the month before, in the business zone
   * (a run on 5 December reports November). Whether the run meets the deadline is
   * {@link ComplaintStatistics#isInTime}'s to say.
   *
   * @param runAt when the report runs (the host's clock)
   * @return the previous month's statistics
   */
  public MonthlyComplaintStatistics previousMonth(Instant runAt) {
    return monthly(statistics.reportedMonth(requireNonNull(runAt, "runAt")));
  }
}
