package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.shared.Money;

/**
 * Everything a settlement was computed from (结算输入), recorded with it so it can be recomputed
 * identically later: {@code policy.settleMonth(in.accountBefore(), in.month(), in.bonus(),
 * in.assessments())} (or {@code settleDeparture} when {@link #departure()}) gives an equal
 * {@link Settlement} for a policy of the same algorithm version.
 *
 * @param accountBefore the account before the month
 * @param month the month settled
 * @param bonus the month's efficiency bonus
 * @param assessments the new assessments, as given
 * @param departure whether it was the settlement of a departure
 */
public record SettlementInput(PenaltyAccount accountBefore, YearMonth month, Money bonus,
    List<Assessment> assessments, boolean departure) {
  /**
   * Checks and copies the fields.
   *
   * @param accountBefore the account before the month
   * @param month the month
   * @param bonus the bonus
   * @param assessments the new assessments
   * @param departure whether it was a departure
   */
  public SettlementInput {
    requireNonNull(accountBefore, "accountBefore");
    requireNonNull(month, "month");
    requireNonNull(bonus, "bonus");
    assessments = ImmutableList.copyOf(assessments);
  }
}
