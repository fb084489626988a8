package org.aftersales.core.penalty;

import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Policy;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * What is deducted from a person's monthly efficiency bonus (罚扣上限与分期), PEN-04, PEN-07,
 * PEN-08, PEN-11: one settlement a month over everything the person owes — administrative
 * penalties in money, fines and complaint cases ({@link DeductionKind}), each deducted separately.
 * No month takes more than that month's bonus; complaint cases take at most a share of it (by
 * default 50 %, rounded down to the minor unit); what is not taken is carried into the following
 * months and deducted there in instalments under the same limits.
 */
@Policy
public interface DeductionPolicy {

  /**
   * The algorithm's name and version, recorded in every {@link Settlement}.
   *
   * @return e.g. {@code "capped-oldest-first/2"}
   */
  String algorithmVersion();

  /**
   * Settles one month.
   *
   * @param account the account before the month
   * @param month the month; after the last settled month
   * @param efficiencyBonus the month's efficiency bonus, zero or more, in the account's currency
   * @param newAssessments the cases assessed to this person in the month
   * @return the next account state and the month's statement
   * @throws InvalidInputException if an amount is negative, in another currency, or an assessment
   *     belongs to another person or repeats a case
   * @throws RuleRefusalException (PEN-08) if the month is not after the last settled one, or the
   *     account is closed
   */
  Settlement settleMonth(PenaltyAccount account, YearMonth month, Money efficiencyBonus,
      List<Assessment> newAssessments);

  /**
   * Settles the last month of a person who leaves, then closes the account: the month is settled
   * as usual, and what remains is treated as the policy's leaver rule says (written off, or
   * deducted in full from the final settlement).
   *
   * @param account the account before the month
   * @param lastMonth the last month of employment
   * @param finalBonus the last month's efficiency bonus
   * @param newAssessments the cases assessed in that month
   * @return the closed account and the month's statement
   * @throws InvalidInputException as {@link #settleMonth}
   * @throws RuleRefusalException as {@link #settleMonth}
   */
  Settlement settleDeparture(PenaltyAccount account, YearMonth lastMonth, Money finalBonus,
      List<Assessment> newAssessments);
}
