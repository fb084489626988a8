package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.DomainEvent;

/**
 * A month of a person's penalty ledger was settled (罚款月结完成), PEN-07, PEN-08: the statement
 * says what was deducted from that month's efficiency bonus, case by case, and what is carried
 * over.
 *
 * @param statement the month's statement (person, month, bonus, cap, deductions, carry-over)
 * @param occurredAt when it was recorded
 */
public record MonthSettled(MonthlyStatement statement, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param statement the statement
   * @param occurredAt when it was recorded
   */
  public MonthSettled {
    requireNonNull(statement, "statement");
    requireNonNull(occurredAt, "occurredAt");
  }
}
