package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Contract months are counted by keeping the day of the month and clamping it to the last day of a
 * shorter month, in leap and non-leap years alike.
 *
 * <p>// rule: CON-01, CON-02 (the month offsets before a contract's end)
 */
class ContractMonthsTest {

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void the_thirty_first_of_january_plus_one_month_is_the_last_day_of_february() {
    assertEquals(d(2026, 2, 28), ContractMonths.monthsAfter(d(2026, 1, 31), 1));
    assertEquals(d(2028, 2, 29), ContractMonths.monthsAfter(d(2028, 1, 31), 1));
    assertEquals(d(2026, 4, 30), ContractMonths.monthsAfter(d(2026, 3, 31), 1));
    assertEquals(d(2026, 1, 31), ContractMonths.monthsAfter(d(2026, 1, 31), 0));
  }

  @Test
  void one_month_before_the_thirty_first_of_march_is_the_last_day_of_february() {
    assertEquals(d(2026, 2, 28), ContractMonths.monthsBefore(d(2026, 3, 31), 1));
    assertEquals(d(2028, 2, 29), ContractMonths.monthsBefore(d(2028, 3, 31), 1));
    assertEquals(d(2026, 3, 30), ContractMonths.monthsBefore(d(2026, 4, 30), 1));
    assertEquals(d(2026, 11, 30), ContractMonths.monthsBefore(d(2026, 12, 31), 1));
  }

  @Test
  void a_contract_ending_on_the_twenty_ninth_of_february_is_announced_on_the_twenty_ninth() {
    // rule: CON-01 (one month) and CON-02 (three months) before 29 February 2028
    assertEquals(d(2028, 1, 29), ContractMonths.monthsBefore(d(2028, 2, 29), 1));
    assertEquals(d(2027, 11, 29), ContractMonths.monthsBefore(d(2028, 2, 29), 3));
    assertEquals(d(2029, 2, 28), ContractMonths.monthsAfter(d(2028, 2, 29), 12));
  }

  @Test
  void clamping_is_not_reversible_so_series_are_counted_from_the_start() {
    LocalDate there = ContractMonths.monthsAfter(d(2026, 1, 31), 1);
    assertEquals(d(2026, 1, 28), ContractMonths.monthsBefore(there, 1));
    // two steps of one month lose the 31st; two months from the start keep it
    assertEquals(d(2026, 3, 28), ContractMonths.monthsAfter(there, 1));
    assertEquals(d(2026, 3, 31), ContractMonths.monthsAfter(d(2026, 1, 31), 2));
  }

  @Test
  void month_and_quarter_ends_follow_the_calendar() {
    assertEquals(d(2026, 2, 28), ContractMonths.monthEnd(d(2026, 2, 1)));
    assertEquals(d(2028, 2, 29), ContractMonths.monthEnd(d(2028, 2, 14)));
    assertEquals(d(2026, 1, 1), ContractMonths.quarterStart(d(2026, 3, 31)));
    assertEquals(d(2026, 4, 1), ContractMonths.quarterStart(d(2026, 4, 1)));
    assertEquals(d(2026, 7, 1), ContractMonths.quarterStart(d(2026, 9, 30)));
    assertEquals(d(2026, 10, 1), ContractMonths.quarterStart(d(2026, 12, 31)));
    assertEquals(d(2026, 3, 31), ContractMonths.quarterEnd(d(2026, 1, 1)));
    assertEquals(d(2026, 6, 30), ContractMonths.quarterEnd(d(2026, 5, 15)));
    assertEquals(d(2026, 9, 30), ContractMonths.quarterEnd(d(2026, 7, 1)));
    assertEquals(d(2026, 12, 31), ContractMonths.quarterEnd(d(2026, 10, 31)));
    assertEquals("2026-Q1", ContractMonths.quarterLabel(d(2026, 3, 31)));
    assertEquals("2026-Q2", ContractMonths.quarterLabel(d(2026, 4, 1)));
    assertEquals("2026-Q3", ContractMonths.quarterLabel(d(2026, 9, 30)));
    assertEquals("2026-Q4", ContractMonths.quarterLabel(d(2026, 10, 1)));
    assertEquals("0999-Q4", ContractMonths.quarterLabel(d(999, 12, 31)));
  }

  @Test
  void a_negative_number_of_months_is_refused() {
    InvalidInputException before = assertThrows(InvalidInputException.class,
        () -> ContractMonths.monthsBefore(d(2026, 1, 31), -1));
    assertEquals("months: the number of months must not be negative (rejected value: \"-1\")",
        before.violations().get(0).render(Locale.ENGLISH));
    InvalidInputException after = assertThrows(InvalidInputException.class,
        () -> ContractMonths.monthsAfter(d(2026, 1, 31), -1));
    assertEquals("months", after.violations().get(0).path());
  }
}
