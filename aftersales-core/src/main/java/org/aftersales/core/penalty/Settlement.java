package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

/**
 * The result of settling a month (月度结算): the account's next state and the month's statement,
 * with the algorithm version and the inputs, so the settlement can be recomputed identically later.
 *
 * @param account the account after the month
 * @param statement what happened in the month
 * @param algorithmVersion the name and version of the policy's algorithm
 * @param input what the settlement was computed from
 */
public record Settlement(PenaltyAccount account, MonthlyStatement statement,
    String algorithmVersion, SettlementInput input) {
  /**
   * Checks the fields.
   *
   * @param account the account after the month
   * @param statement what happened in the month
   * @param algorithmVersion the policy's algorithm version
   * @param input what it was computed from
   */
  public Settlement {
    requireNonNull(account, "account");
    requireNonNull(statement, "statement");
    requireNonNull(algorithmVersion, "algorithmVersion");
    requireNonNull(input, "input");
  }
}
