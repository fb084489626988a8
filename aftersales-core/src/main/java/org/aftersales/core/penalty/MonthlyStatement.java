package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * What happened to one person's penalties in one month (月度罚扣明细): the bonus and the cap, what
 * was newly assessed, what was deducted case by case, what was written off case by case, and what
 * is carried into the following months. All deducted amounts go to the company (PEN-10).
 *
 * @param person the person
 * @param month the month
 * @param bonus the month's efficiency bonus
 * @param cap the most that complaint cases could take this month under the monthly cap (PEN-08)
 * @param newlyAssessed the total of the cases assessed in this settlement
 * @param deductions the deductions, case by case, in the order taken (administrative penalties,
 *     fines, complaint cases; each oldest first)
 * @param deducted the total of {@code deductions}; at most the bonus, and its complaint part at
 *     most {@code cap}, unless a departure settles in full
 * @param writeOffs what was written off at a departure, case by case; empty otherwise
 * @param writtenOff the total of {@code writeOffs}
 * @param outstandingAfter what is carried into the following months
 * @param departure whether this is the settlement of a person who leaves (the account is closed)
 */
public record MonthlyStatement(PersonId person, YearMonth month, Money bonus, Money cap,
    Money newlyAssessed, List<CaseDeduction> deductions, Money deducted,
    List<CaseDeduction> writeOffs, Money writtenOff, Money outstandingAfter, boolean departure) {

  /**
   * Checks and copies the fields.
   *
   * @param person the person
   * @param month the month
   * @param bonus the bonus
   * @param cap the cap
   * @param newlyAssessed newly assessed
   * @param deductions case by case
   * @param deducted total deducted
   * @param writeOffs written off, case by case
   * @param writtenOff total written off
   * @param outstandingAfter carried over
   * @param departure whether the person leaves
   * @throws InvalidInputException if a total is not the sum of its cases, an amount is negative,
   *     currencies differ, or outside a departure more than the bonus is deducted or more than the
   *     cap from complaint cases
   */
  public MonthlyStatement {
    requireNonNull(person, "person");
    requireNonNull(month, "month");
    requireNonNull(bonus, "bonus");
    requireNonNull(cap, "cap");
    requireNonNull(newlyAssessed, "newlyAssessed");
    deductions = ImmutableList.copyOf(deductions);
    requireNonNull(deducted, "deducted");
    writeOffs = ImmutableList.copyOf(writeOffs);
    requireNonNull(writtenOff, "writtenOff");
    requireNonNull(outstandingAfter, "outstandingAfter");
    for (Money m : List.of(bonus, cap, newlyAssessed, deducted, writtenOff, outstandingAfter)) {
      PenaltyChecks.sameCurrency("statement", bonus, m);
      PenaltyChecks.notNegative("statement", m);
    }
    checkSum("deducted", deducted, deductions);
    checkSum("writtenOff", writtenOff, writeOffs);
    if (!departure) {
      Money complaints = Money.zero(bonus.currency());
      for (CaseDeduction d : deductions) {
        if (d.kind() == DeductionKind.COMPLAINT) {
          complaints = complaints.plus(d.amount());
        }
      }
      if (complaints.isGreaterThan(cap)) {
        throw InvalidInputException.of("deductions",
            PenaltyChecks.message("core.penalty.deductedBeyondCap", "cap", cap), complaints);
      }
      if (deducted.isGreaterThan(bonus)) {
        throw InvalidInputException.of("deducted",
            PenaltyChecks.message("core.penalty.deductedBeyondBonus", "bonus", bonus), deducted);
      }
    }
  }

  private static void checkSum(String path, Money total, List<CaseDeduction> parts) {
    Money sum = Money.zero(total.currency());
    for (CaseDeduction part : parts) {
      sum = sum.plus(part.amount());
    }
    if (sum.compareTo(total) != 0) {
      throw InvalidInputException.of(path,
          PenaltyChecks.message("core.penalty.notTheSum", "sum", sum), total);
    }
  }
}
