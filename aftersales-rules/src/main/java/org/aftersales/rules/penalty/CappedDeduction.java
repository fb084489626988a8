package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.DeductionPolicy;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.aftersales.core.penalty.SettlementInput;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * The monthly settlement of everything deducted from a person's efficiency bonus (按件分别罚扣,
 * 逐月分期罚扣), PEN-04, PEN-07, PEN-08 and PEN-11, with the seed's defaults: administrative
 * penalties in money, fines and complaint cases, each an item of its own; no month takes more than
 * its bonus, and complaint cases at most 50 % of it; what is not taken is carried into the
 * following months and taken there in the same order under the same limits.
 *
 * <pre>{@code
 * DeductionPolicy policy = CappedDeduction.seed();
 * PenaltyAccount account = PenaltyAccount.open(person, CNY);
 * Settlement march = policy.settleMonth(account, YearMonth.of(2026, 3), bonus, assessments);
 * march.statement().deducted();   // at most half of the bonus
 * account = march.account();      // store it; the open items carry into April
 * }</pre>
 *
 * <h2>A month</h2>
 * {@link #settleMonth} and {@link #settleDeparture} work in this order:
 * <ol>
 *   <li>The input is checked, and every problem is listed in one {@link InvalidInputException},
 *       sorted: a negative bonus or one in another currency than the account's (path
 *       {@code efficiencyBonus} or {@code finalBonus}); an assessment of another person
 *       ({@code newAssessments[i].person}), in another currency ({@code .amount}), dated after the
 *       month being settled ({@code .month}), for a case still open in the account or given twice
 *       in the call ({@code .caseId}).</li>
 *   <li>The rule PEN-08 refuses ({@link RuleRefusalException}) a closed account, and a month that
 *       is not after the last settled month: months are settled once each, in order.</li>
 *   <li>Each new assessment becomes an open item of its own (PEN-07). Assessments dated in an
 *       earlier month are accepted; they are new in this settlement and take their place among the
 *       open items by the month they were assessed in.</li>
 *   <li>The cap is {@code bonus × capShare}, rounded <b>down</b> to the currency's minor unit
 *       (the bonus is never negative, so down is towards zero): 50 % of CNY 3 000.01 is
 *       CNY 1 500.00, of JPY 3 001 is JPY 1 500.</li>
 *   <li>The items are taken <b>by kind</b>, in the order of {@link DeductionKind}: first
 *       administrative penalties (a major demerit is the whole bonus, PEN-04), then fines (per
 *       occurrence, PEN-11), then complaint cases (PEN-07); within a kind <b>oldest first</b>: by
 *       the month assessed, then in the order they were added to the account (items already open
 *       before the new ones; new items of one call by case ID, so the order of the list passed does
 *       not matter). Each item is paid as far as the limits allow before the next one gets
 *       anything: all items together at most the <b>bonus</b>, complaint cases in addition at most
 *       the <b>cap</b>. The statement lists the deduction of each item ({@link CaseDeduction}, with
 *       its kind). Items paid in full leave the account; the others carry their balance into the
 *       next settled month, where they are taken in the same order.</li>
 * </ol>
 * The month therefore deducts {@code min(bonus, A + F + min(cap, C, bonus − A − F))} for
 * outstanding administrative amounts {@code A}, fines {@code F} and complaint amounts {@code C}:
 * nothing that could be taken under the limits is left for later, and no month takes more than its
 * bonus (one bonus, one month). The seed is silent on the order; this one takes first what the seed
 * defines in terms of the bonus (a major demerit is "the whole month's bonus") and last what it caps
 * (PEN-08 caps complaint deductions only). With complaint cases alone it is exactly the cap rule of
 * {@code capped-oldest-first/1}.
 *
 * <p>Months that are not settled deduct nothing: if February is skipped, the instalments simply
 * continue in the next month that is settled (March), under March's cap. A zero bonus gives a zero
 * cap: nothing is deducted, everything is carried over.
 *
 * <h2>Departure</h2>
 * {@link #settleDeparture} settles the last month as above and then closes the account; what is
 * still outstanding is treated as the {@link LeaverRule} says: written off (the seed's default,
 * {@link LeaverRule#WRITE_OFF}), or deducted in full from the final settlement beyond the cap
 * ({@link LeaverRule#DEDUCT_IN_FULL}; the adopter must check that a deduction of that size is
 * lawful for them).
 *
 * <h2>Guarantees</h2>
 * After every settlement: total assessed = total deducted + total written off + outstanding (the
 * account checks it on construction); no amount is negative; the month's deduction is at most the
 * cap (except the final month under {@code DEDUCT_IN_FULL}). Deducted amounts belong to the company
 * (PEN-10): no value credits them to the person, and the statements are the company's record of
 * that income.
 *
 * <p>Immutable and thread-safe; the policy holds no state between calls. Two policies are equal if
 * their cap shares are numerically equal and their leaver rules are the same.
 */
public final class CappedDeduction implements DeductionPolicy {

  /** The seed's cap: 50 % of the month's efficiency bonus (PEN-08). */
  public static final BigDecimal SEED_CAP_SHARE = new BigDecimal("0.5");

  /** The name and version of this algorithm, recorded in every settlement. */
  public static final String ALGORITHM_VERSION = "capped-oldest-first/2";

  private final BigDecimal capShare;
  private final LeaverRule leaverRule;

  private CappedDeduction(BigDecimal capShare, LeaverRule leaverRule) {
    this.capShare = capShare;
    this.leaverRule = leaverRule;
  }

  /**
   * The seed's policy: a month's deductions capped at 50 % of that month's efficiency bonus
   * (rounded down to the minor unit), the rest carried over; the balance of a leaver written off
   * ({@link LeaverRule#WRITE_OFF}).
   *
   * @return the policy
   */
  public static CappedDeduction seed() {
    return builder().build();
  }

  /**
   * A builder starting from the seed's settings (cap share {@code 0.5},
   * {@link LeaverRule#WRITE_OFF}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The share of a month's efficiency bonus that may be deducted in that month.
   *
   * @return greater than 0 and at most 1, as configured (e.g. {@code 0.5})
   */
  public BigDecimal capShare() {
    return capShare;
  }

  /**
   * What happens to a leaver's balance.
   *
   * @return the leaver rule
   */
  public LeaverRule leaverRule() {
    return leaverRule;
  }

  /**
   * The most that can be deducted in a month with this bonus: {@code bonus × capShare}, rounded
   * down ({@link RoundingMode#DOWN}) to the currency's minor unit.
   *
   * @param efficiencyBonus the month's efficiency bonus, zero or more, in any currency
   * @return the cap, in the bonus's currency, from zero to the bonus
   * @throws InvalidInputException if the bonus is negative (path {@code efficiencyBonus})
   */
  public Money capOf(Money efficiencyBonus) {
    requireNonNull(efficiencyBonus, "efficiencyBonus");
    if (efficiencyBonus.isNegative()) {
      throw InvalidInputException.of("efficiencyBonus",
          DeductionLedger.message("rules.penalty.deduction.bonusNegative"), efficiencyBonus);
    }
    return efficiencyBonus.multipliedBy(capShare, RoundingMode.DOWN);
  }

  /**
   * Settles one month (see the class comment): the new assessments become open items, and up to
   * the cap ({@code bonus × capShare}, rounded down to the minor unit) is deducted from the open
   * items, oldest first, case by case.
   *
   * @param account the account before the month; not closed
   * @param month the month; after the account's last settled month
   * @param efficiencyBonus the month's efficiency bonus, zero or more, in the account's currency
   * @param newAssessments the cases assessed to this person since the last settlement, in any
   *     order; each of the account's person and currency, dated in this month or earlier, for a
   *     case not open in the account and not given twice; may be empty
   * @return the account after the month (last settled = {@code month}) and the month's statement
   *     ({@code writtenOff} zero)
   * @throws InvalidInputException listing every problem of the bonus and the assessments, and a
   *     month (the settled one or an assessment's) outside the {@linkplain
   *     org.aftersales.core.shared.SupportedTime supported range} 1900-01 to 2300-12
   * @throws RuleRefusalException (PEN-08) if the account is closed or the month is not after the
   *     last settled month
   */
  @Override
  public Settlement settleMonth(PenaltyAccount account, YearMonth month, Money efficiencyBonus,
      List<Assessment> newAssessments) {
    return settle(account, month, "efficiencyBonus", efficiencyBonus, newAssessments, false);
  }

  /**
   * Settles the last month of a person who leaves and closes the account. The month is settled as
   * {@link #settleMonth} does; then, with {@link LeaverRule#WRITE_OFF}, whatever is still
   * outstanding is written off ({@code writtenOff} in the statement, added to the account's total
   * written off); with {@link LeaverRule#DEDUCT_IN_FULL} it is deducted in full, oldest case first,
   * so the statement's {@code deducted} may exceed its {@code cap} and even the final bonus. Either
   * way the closed account has no open items and nothing outstanding, and no month can be settled
   * after it.
   *
   * @param account the account before the month; not closed
   * @param lastMonth the last month of employment; after the account's last settled month
   * @param finalBonus the last month's efficiency bonus, zero or more, in the account's currency
   * @param newAssessments the cases assessed in that month, as for {@link #settleMonth}
   * @return the closed account and the month's statement ({@code outstandingAfter} zero)
   * @throws InvalidInputException as {@link #settleMonth} (the bonus's path is
   *     {@code finalBonus})
   * @throws RuleRefusalException (PEN-08) as {@link #settleMonth}
   */
  @Override
  public Settlement settleDeparture(PenaltyAccount account, YearMonth lastMonth, Money finalBonus,
      List<Assessment> newAssessments) {
    return settle(account, lastMonth, "finalBonus", finalBonus, newAssessments, true);
  }

  private Settlement settle(PenaltyAccount account, YearMonth month, String bonusPath,
      Money bonus, List<Assessment> newAssessments, boolean departure) {
    requireNonNull(account, "account");
    requireNonNull(month, "month");
    requireNonNull(bonus, bonusPath);
    List<Assessment> assessments = List.copyOf(requireNonNull(newAssessments, "newAssessments"));
    DeductionLedger.checkInput(account, month, bonusPath, bonus, assessments);
    DeductionLedger.checkSettleable(account, month);

    Money zero = Money.zero(account.currency());
    Money cap = bonus.multipliedBy(capShare, RoundingMode.DOWN);
    Money newlyAssessed = zero;
    for (Assessment a : assessments) {
      newlyAssessed = newlyAssessed.plus(a.amount());
    }
    List<OpenItem> items = DeductionLedger.oldestFirst(account, assessments);
    boolean inFull = departure && leaverRule == LeaverRule.DEDUCT_IN_FULL;
    Money everything = DeductionLedger.outstanding(items, zero);
    DeductionLedger.Pass pass = inFull ? DeductionLedger.deduct(items, everything, everything)
        : DeductionLedger.deduct(items, bonus, cap);
    List<OpenItem> remaining = pass.remaining();
    Money writtenOff = zero;
    List<CaseDeduction> writeOffs = new ArrayList<>();
    if (departure) {
      for (OpenItem item : remaining) {
        writeOffs.add(new CaseDeduction(item.caseId(), item.outstanding(), item.kind()));
      }
      writtenOff = DeductionLedger.outstanding(remaining, zero);
      remaining = List.of();
    }
    PenaltyAccount next = PenaltyAccount.builder()
        .person(account.person())
        .currency(account.currency())
        .addAllOpenItems(remaining)
        .totalAssessed(account.totalAssessed().plus(newlyAssessed))
        .totalDeducted(account.totalDeducted().plus(pass.deducted()))
        .totalWrittenOff(account.totalWrittenOff().plus(writtenOff))
        .lastSettled(month)
        .closed(departure)
        .build();
    MonthlyStatement statement = new MonthlyStatement(account.person(), month, bonus, cap,
        newlyAssessed, pass.deductions(), pass.deducted(), writeOffs, writtenOff,
        next.outstanding(), departure);
    return new Settlement(next, statement, ALGORITHM_VERSION,
        new SettlementInput(account, month, bonus, assessments, departure));
  }

  /**
   * The algorithm's name and version: {@value #ALGORITHM_VERSION}.
   *
   * @return the version recorded in every settlement
   */
  @Override
  public String algorithmVersion() {
    return ALGORITHM_VERSION;
  }

  /**
   * Equal if the cap shares are numerically equal ({@code 0.5} equals {@code 0.50}) and the
   * leaver rules are the same.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof CappedDeduction that && that.capShare.compareTo(capShare) == 0
        && that.leaverRule == leaverRule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(capShare.stripTrailingZeros(), leaverRule);
  }

  /**
   * For logs.
   *
   * @return e.g. {@code CappedDeduction[capShare=0.5, leaverRule=WRITE_OFF]}
   */
  @Override
  public String toString() {
    return "CappedDeduction[capShare=" + capShare.toPlainString() + ", leaverRule=" + leaverRule
        + "]";
  }

  /**
   * Builds a {@link CappedDeduction}; starts from the seed's settings. Not thread-safe; the
   * policy it builds is.
   */
  public static final class Builder {

    private BigDecimal capShare = SEED_CAP_SHARE;
    private LeaverRule leaverRule = LeaverRule.WRITE_OFF;

    private Builder() {}

    /**
     * The share of a month's efficiency bonus that may be deducted in that month; checked by
     * {@link #build()}.
     *
     * @param share greater than 0 and at most 1, any number of decimals (e.g. {@code 0.5} for
     *     50 %, {@code 0.3333}); default {@code 0.5}. The cap is {@code bonus × share} rounded
     *     down to the minor unit.
     * @return this builder
     */
    public Builder capShare(BigDecimal share) {
      this.capShare = requireNonNull(share, "share");
      return this;
    }

    /**
     * What happens to a leaver's balance.
     *
     * @param rule {@link LeaverRule#WRITE_OFF} (default) or {@link LeaverRule#DEDUCT_IN_FULL}
     * @return this builder
     */
    public Builder leaverRule(LeaverRule rule) {
      this.leaverRule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Checks the settings and builds the policy.
     *
     * @return the policy
     * @throws InvalidInputException if the cap share is not greater than 0 and at most 1 (path
     *     {@code capShare})
     */
    public CappedDeduction build() {
      if (capShare.signum() <= 0 || capShare.compareTo(BigDecimal.ONE) > 0) {
        throw InvalidInputException.of("capShare",
            DeductionLedger.message("rules.penalty.deduction.capShare"), capShare);
      }
      return new CappedDeduction(capShare, leaverRule);
    }
  }
}
