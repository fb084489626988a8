package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The month's complaint statistics (客户投诉案件统计表), CMP-11, PCB §9.10: the cases closed in the
 * month (cut in the business zone), the distinct complaints among them, the counts per market,
 * the responsibility per department with exact ratios and shares, and the on-time rate per step
 * and overall. Values only: the host renders them (no text, no formatting).
 *
 * <p>How each figure counts a case reopened after a rejection (CMP-10) is explained on
 * {@link ComplaintStatistics}.
 *
 * @param month the month, in the business zone
 * @param casesClosed the cases closed in the month (结案件数)
 * @param complaints the distinct complaints among them (投诉件数): a reopened case and its original
 *     closed in the same month count once
 * @param reopenedCases the cases closed in the month that were raised by a rejection (CMP-10)
 * @param markets the counts per market with at least one case, in market-code order
 * @param responsibility one line per department with responsibility, in department-ID order
 * @param totalResponsibility the exact sum of every department's ratios; 0 if none
 * @param steps the on-time rate per step with at least one entry, in step-code order
 * @param overall the overall on-time rate (CMP-06): step {@link Milestone#COMPLAINT_CLOSURE}, one
 *     entry per case closed
 */
public record MonthlyComplaintStatistics(YearMonth month, int casesClosed, int complaints,
    int reopenedCases, List<MonthlyMarketCount> markets,
    List<MonthlyResponsibility> responsibility, BigDecimal totalResponsibility,
    List<MonthlyOnTime> steps, MonthlyOnTime overall) {

  /**
   * Checks the counts and copies the lists.
   *
   * @param month the month
   * @param casesClosed the cases closed
   * @param complaints the distinct complaints
   * @param reopenedCases the reopened cases
   * @param markets the counts per market
   * @param responsibility the responsibility per department
   * @param totalResponsibility the sum of the ratios
   * @param steps the on-time rate per step
   * @param overall the overall on-time rate
   * @throws InvalidInputException (path {@code complaints}) if the counts contradict each other
   */
  public MonthlyComplaintStatistics {
    requireNonNull(month, "month");
    requireNonNull(totalResponsibility, "totalResponsibility");
    requireNonNull(overall, "overall");
    markets = List.copyOf(markets);
    responsibility = List.copyOf(responsibility);
    steps = List.copyOf(steps);
    if (complaints < 0 || complaints > casesClosed || reopenedCases < 0
        || reopenedCases > casesClosed || overall.entries() != casesClosed
        || !overall.step().equals(Milestone.COMPLAINT_CLOSURE)) {
      throw InvalidInputException.of("complaints", MessageBundle.CORE.message(
          "core.complaintstats.complaintCounts", "cases", casesClosed), complaints);
    }
  }
}
