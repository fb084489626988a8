package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * Month arithmetic of contracts (合同月份计算), defined once so that every rule counts months alike.
 *
 * <p><b>Semantics (those of {@link LocalDate#plusMonths(long)}, made explicit).</b> Adding or
 * subtracting {@code n} months keeps the day of the month and moves the month; when the target
 * month is too short for that day, the result is CLAMPED to the target month's last day. So:
 * <ul>
 *   <li>31 January + 1 month = 28 February (29 February in a leap year);</li>
 *   <li>one month before 31 March = 28 (29) February; one month before 30 April = 30 March;</li>
 *   <li>one month before a contract ending on 29 February 2028 = 29 January 2028; three months
 *       before = 29 November 2027; one year (12 months) after 29 February 2028 = 28 February
 *       2029.</li>
 * </ul>
 * Clamping makes the arithmetic not reversible: 31 January + 1 month − 1 month = 28 January. A
 * series of dates n, 2n, 3n … months after a start is therefore always computed FROM THE START
 * ({@link #monthsAfter(LocalDate, long)} with {@code k·n}), never step by step, so that a start on
 * the 31st comes back to the 31st in every long-enough month.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContractMonths {

  private ContractMonths() {}

  /**
   * The date {@code months} months after {@code date}, clamped to the target month's last day.
   *
   * @param date a calendar date
   * @param months a number of months, 0 or more
   * @return the date {@code months} months later
   * @throws InvalidInputException if {@code months} is negative
   */
  public static LocalDate monthsAfter(LocalDate date, long months) {
    requireNonNull(date, "date");
    requireNonNegative(months);
    return date.plusMonths(months);
  }

  /**
   * The date {@code months} months before {@code date}, clamped to the target month's last day,
   * e.g. one month before 31 March 2026 is 28 February 2026.
   *
   * @param date a calendar date
   * @param months a number of months, 0 or more
   * @return the date {@code months} months earlier
   * @throws InvalidInputException if {@code months} is negative
   */
  public static LocalDate monthsBefore(LocalDate date, long months) {
    requireNonNull(date, "date");
    requireNonNegative(months);
    return date.minusMonths(months);
  }

  private static void requireNonNegative(long months) {
    if (months < 0) {
      throw InvalidInputException.of("months",
          MessageBundle.CORE.message("core.contract.monthsNegative"), months);
    }
  }

  /**
   * The last day of the date's month (月底), e.g. 29 February 2028 for any day of February 2028.
   *
   * @param date a calendar date
   * @return the last day of its month
   */
  public static LocalDate monthEnd(LocalDate date) {
    return YearMonth.from(date).atEndOfMonth();
  }

  /**
   * The first day of the date's calendar quarter (January, April, July or October 1st).
   *
   * @param date a calendar date
   * @return the first day of its quarter
   */
  public static LocalDate quarterStart(LocalDate date) {
    int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
    return LocalDate.of(date.getYear(), firstMonth, 1);
  }

  /**
   * The last day of the date's calendar quarter (31 March, 30 June, 30 September or 31
   * December).
   *
   * @param date a calendar date
   * @return the last day of its quarter
   */
  public static LocalDate quarterEnd(LocalDate date) {
    return monthEnd(quarterStart(date).plusMonths(2));
  }

  /**
   * The quarter's label, e.g. {@code 2026-Q4} for any day from 1 October to 31 December 2026.
   *
   * @param date a calendar date (years 0 to 9999 print with four digits)
   * @return the label
   */
  public static String quarterLabel(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%04d-Q%d", date.getYear(),
        (date.getMonthValue() - 1) / 3 + 1);
  }
}
