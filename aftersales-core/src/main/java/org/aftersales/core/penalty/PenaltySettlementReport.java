package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.organization.PersonId;

/**
 * What a month-end run of the penalty ledgers did (罚款月结报告): the statement of every person
 * settled (or settled already by an earlier run with the same bonus), and the persons with work
 * for the month but no bonus given, who were not settled.
 *
 * @param month the month
 * @param statements one statement per person settled, by person ID
 * @param withoutBonus the persons not settled for want of a bonus, by person ID
 */
public record PenaltySettlementReport(YearMonth month, List<MonthlyStatement> statements,
    List<PersonId> withoutBonus) {

  /**
   * Checks and copies the fields.
   *
   * @param month the month
   * @param statements the statements
   * @param withoutBonus the persons without a bonus
   */
  public PenaltySettlementReport {
    requireNonNull(month, "month");
    statements = ImmutableList.copyOf(statements);
    withoutBonus = ImmutableList.copyOf(withoutBonus);
  }
}
