package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.aftersales.core.servicelevel.OfficeCalendar;
import org.junit.jupiter.api.Test;

/**
 * The day arithmetic of the overdue rule on the office calendar (Monday to Friday, Shanghai): a
 * day's working day, and how far a scan reaches back over a closure. Dates worked out by hand:
 * 28 Nov 2026 is a Saturday, 1 Feb 2027 a Monday, 6 Mar 2028 a Monday.
 *
 * <p>// rule: CON-01, CON-03, CON-04 (the overdue reminders count from the working day)
 */
class NoticeWindowTest {

  static final OfficeCalendar OFFICE = new OfficeCalendar();

  @Test
  void the_working_day_of_a_weekend_or_holiday_day_is_the_next_day_with_working_time() {
    assertEquals(LocalDate.of(2026, 11, 30),
        NoticeWindow.workingDay(OFFICE, LocalDate.of(2026, 11, 28)));
    assertEquals(LocalDate.of(2026, 11, 30),
        NoticeWindow.workingDay(OFFICE, LocalDate.of(2026, 11, 29)));
    assertEquals(LocalDate.of(2026, 11, 30),
        NoticeWindow.workingDay(OFFICE, LocalDate.of(2026, 11, 30)));
    // Mon 30 Nov a holiday: Sat 28 → Tue 1 Dec.
    OfficeCalendar holiday = new OfficeCalendar(Set.of(LocalDate.of(2026, 11, 30)));
    assertEquals(LocalDate.of(2026, 12, 1),
        NoticeWindow.workingDay(holiday, LocalDate.of(2026, 11, 28)));
  }

  @Test
  void the_scan_reaches_back_over_the_days_whose_working_day_is_not_before_its_start() {
    // Sun 31 Jan and Sat 30 Jan 2027 have the working day Mon 1 Feb; Fri 29 Jan its own.
    assertEquals(LocalDate.of(2027, 1, 30),
        NoticeWindow.firstDayWorkingFrom(OFFICE, LocalDate.of(2027, 2, 1)));
    assertEquals(LocalDate.of(2027, 1, 30),
        NoticeWindow.firstDayWorkingFrom(OFFICE, LocalDate.of(2027, 1, 31)));
    // Mon 1 Feb is its own working day, before Tue 2 Feb: no reach back.
    assertEquals(LocalDate.of(2027, 2, 2),
        NoticeWindow.firstDayWorkingFrom(OFFICE, LocalDate.of(2027, 2, 2)));
    assertEquals(LocalDate.of(2027, 1, 29),
        NoticeWindow.firstDayWorkingFrom(OFFICE, LocalDate.of(2027, 1, 29)));
  }

  @Test
  void over_a_closure_longer_than_400_days_both_walks_stop_after_400_days() {
    // Closed from 1 Jan 2027 to Sun 5 Mar 2028: Mon 6 Mar 2028 − 400 days = 31 Jan 2027 (6 Mar
    // 2028 − 6 = 29 Feb, − 29 = 31 Jan 2028, − 365 = 31 Jan 2027).
    Set<LocalDate> closure = ObligationRemindersTest.days(LocalDate.of(2027, 1, 1),
        LocalDate.of(2028, 3, 6));
    OfficeCalendar closed = new OfficeCalendar(closure);
    assertEquals(LocalDate.of(2027, 1, 31),
        NoticeWindow.firstDayWorkingFrom(closed, LocalDate.of(2028, 3, 6)));
    // Tue 7 Mar: Mon 6 Mar is its own working day, before it: no reach back at all.
    assertEquals(LocalDate.of(2028, 3, 7),
        NoticeWindow.firstDayWorkingFrom(closed, LocalDate.of(2028, 3, 7)));
    // A window at the reopening: every closed day issues then; its first day is 400 days back.
    Instant reopening = sh("2028-03-06T09:00");
    assertEquals(LocalDate.of(2027, 1, 31), NoticeWindow.of(closed, reopening,
        reopening.plusNanos(1_000), reopening).firstDay());
    // Inside the closure's first 400 days both walks reach its start, 1 Jan 2027 (31 Dec 2026
    // is a working Thursday).
    assertEquals(LocalDate.of(2027, 1, 1),
        NoticeWindow.firstDayWorkingFrom(closed, LocalDate.of(2027, 6, 1)));
  }
}
