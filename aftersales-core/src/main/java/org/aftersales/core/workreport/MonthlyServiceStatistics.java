package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;

/**
 * The monthly after-sales statistics (每月统计售后服务数据), SVC-18, P11 §五.6, due by the 4th of
 * the next month: 1) installation and commissioning (person-times, days, cost), 2) dispatches
 * (person-times, days, cost), 3) material, 4) transport, 5) the total — all amounts exact.
 *
 * @param month the month, in the business zone
 * @param installation line 1, {@link WorkKind#INSTALLATION_COMMISSIONING}
 * @param dispatch line 2, {@link WorkKind#SERVICE_DISPATCH}
 * @param material line 3, the material cost (材料费用)
 * @param transport line 4, the transport cost (运输费用)
 * @param other the other costs of the jobs (其他费用), not a line of the seed's form but part of
 *     the total
 */
public record MonthlyServiceStatistics(YearMonth month, StatisticsLine installation,
    StatisticsLine dispatch, Money material, Money transport, Money other) {

  /**
   * Checks the fields.
   *
   * @param month the month
   * @param installation line 1
   * @param dispatch line 2
   * @param material line 3
   * @param transport line 4
   * @param other the other costs
   * @throws InvalidInputException if a line is of the wrong kind or the amounts' currencies
   *     differ
   */
  public MonthlyServiceStatistics {
    requireNonNull(month, "month");
    requireNonNull(material, "material");
    requireNonNull(transport, "transport");
    requireNonNull(other, "other");
    if (installation.kind() != WorkKind.INSTALLATION_COMMISSIONING
        || dispatch.kind() != WorkKind.SERVICE_DISPATCH) {
      throw InvalidInputException.of("installation",
          MessageBundle.CORE.message("core.workreport.lineKind"));
    }
    // plus() refuses a currency mismatch with the library's own exception.
    installation.cost().plus(dispatch.cost()).plus(material).plus(transport).plus(other);
  }

  /**
   * Line 5, the total after-sales cost (售后总费用): the sum of the other lines' amounts.
   *
   * @return installation cost + dispatch cost + material + transport + other, exact
   */
  public Money total() {
    return Money.sum(List.of(installation.cost(), dispatch.cost(), material, transport, other),
        material.currency());
  }
}
