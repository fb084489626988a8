package org.aftersales.testkit.penalty;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.PropertyDefaults;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.LeaverRule;
import org.aftersales.testkit.penalty.PenaltyArbitraries.BonusHistory;

/**
 * The deduction properties against another configuration, as an adopter binds them to its own: a
 * 30 % cap, leavers' balances deducted in full, amounts in a currency with three decimals (KWD)
 * and longer histories (24 months, up to 4 cases a month). Its longer histories take longer, so it
 * runs 300 tries per property instead of the build's {@code jqwik.tries.default}.
 */
@PropertyDefaults(tries = 300)
class ThirtyPercentCapDeductionProperties extends DeductionProperties {

  private static final BigDecimal CAP_SHARE = new BigDecimal("0.3");

  @Override
  protected DeductionPolicy policy() {
    return CappedDeduction.builder().capShare(CAP_SHARE).leaverRule(LeaverRule.DEDUCT_IN_FULL)
        .build();
  }

  @Override
  protected BigDecimal capShare() {
    return CAP_SHARE;
  }

  @Override
  protected Arbitrary<BonusHistory> histories() {
    return PenaltyArbitraries.builder().currency(Currency.getInstance("KWD")).maxMonths(24)
        .maxAssessmentsPerMonth(4).build().histories();
  }
}
