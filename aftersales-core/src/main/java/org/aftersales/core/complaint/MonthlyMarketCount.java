package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The cases and complaints of one market (domestic / overseas, 内销 / 外销) closed in a month,
 * CMP-11: a case reopened after a rejection (CMP-10) and its original closed in the same month are
 * two cases and one complaint.
 *
 * @param market the market
 * @param cases the cases closed, 1 or more
 * @param complaints the distinct complaints among them, 0 to {@code cases}
 */
public record MonthlyMarketCount(ServiceZone market, int cases, int complaints) {

  /**
   * Checks the counts.
   *
   * @param market the market
   * @param cases the cases closed
   * @param complaints the distinct complaints
   * @throws InvalidInputException (path {@code complaints}) if a count is out of range
   */
  public MonthlyMarketCount {
    requireNonNull(market, "market");
    if (cases < 1 || complaints < 0 || complaints > cases) {
      throw InvalidInputException.of("complaints", MessageBundle.CORE.message(
          "core.complaintstats.complaintCounts", "cases", cases), complaints);
    }
  }
}
