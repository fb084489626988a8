package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.shared.TimePrecision;

/**
 * One settled month of a person's penalty ledger (罚款台账月结): the statement, the bonus it was
 * settled with, the algorithm that settled it and the cases that entered the account in it. A
 * month settles once: settling it again with the same bonus answers this statement, with another
 * bonus is refused.
 *
 * @param statement the month's statement (its month, bonus, deductions and carry-over)
 * @param algorithmVersion the deduction policy's algorithm version
 * @param enteredCases the case IDs of the postings that entered the account in this settlement
 * @param settledAt when it was recorded (from the use case's clock), whole microseconds
 */
public record PenaltyLedgerMonth(MonthlyStatement statement, String algorithmVersion,
    List<String> enteredCases, Instant settledAt) {

  /**
   * Checks and copies the fields.
   *
   * @param statement the statement
   * @param algorithmVersion the algorithm version
   * @param enteredCases the cases that entered the account
   * @param settledAt when; truncated to whole microseconds
   */
  public PenaltyLedgerMonth {
    requireNonNull(statement, "statement");
    requireNonNull(algorithmVersion, "algorithmVersion");
    enteredCases = ImmutableList.copyOf(enteredCases);
    settledAt = TimePrecision.stored(requireNonNull(settledAt, "settledAt"));
  }
}
