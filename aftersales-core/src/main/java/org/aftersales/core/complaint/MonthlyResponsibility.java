package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * One department's responsibility in the monthly complaint statistics (部门责任比率), CMP-11: the
 * exact sum of its ratios over the month's complaints (CMP-08) and its share of the month's
 * responsibility.
 *
 * <p>Example: quality assurance responsible 0.6 for one case and 1 for another, manufacturing
 * 0.4 for the first: {@code ratioSum} 1.6 and 0.4 of a total 2; shares {@code 0.8000} and
 * {@code 0.2000}.
 *
 * @param department the department
 * @param ratioSum the sum of its ratios, exact (a number of "whole complaints"), more than 0
 * @param share {@code ratioSum} divided by the month's total, rounded half-even to
 *     {@value ComplaintStatistics#SHARE_SCALE} decimal places; so the shares of a month add up to
 *     1 within half a unit of the last place per department
 */
public record MonthlyResponsibility(UnitId department, BigDecimal ratioSum, BigDecimal share) {

  /**
   * Checks the numbers.
   *
   * @param department the department
   * @param ratioSum the sum of its ratios
   * @param share its share of the month
   * @throws InvalidInputException (path {@code ratioSum}) if the sum is not positive or the share
   *     is outside 0 to 1
   */
  public MonthlyResponsibility {
    requireNonNull(department, "department");
    requireNonNull(ratioSum, "ratioSum");
    requireNonNull(share, "share");
    if (ratioSum.signum() <= 0 || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("ratioSum",
          MessageBundle.CORE.message("core.complaintstats.shareRange", "share", share), ratioSum);
    }
  }
}
