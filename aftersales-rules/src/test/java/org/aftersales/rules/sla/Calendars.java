package org.aftersales.rules.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Calendars shared by the SLA tests. */
final class Calendars {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static final WorkingHours MORNING = WorkingHours.parse("09:00-12:00");
  static final WorkingHours AFTERNOON = WorkingHours.parse("13:30-18:00");

  static final WeeklySchedule OFFICE = WeeklySchedule.builder()
      .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, MORNING, AFTERNOON)
      .build();

  private Calendars() {}

  /**
   * The Shanghai office, Mon–Fri 09:00–12:00 and 13:30–18:00, with the National Day week of 2026
   * (1–7 October, illustrative) and its make-up Saturday 10 October.
   */
  static WorkingCalendar shanghaiOffice() {
    return WorkingCalendar.builder(SHANGHAI)
        .weekly(OFFICE)
        .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "国庆节")
        .makeUpDay(LocalDate.of(2026, 10, 10), "国庆调休", List.of(MORNING, AFTERNOON))
        .build();
  }

  /** The same office hours in New York, which has daylight saving time. */
  static WorkingCalendar newYorkOffice() {
    return WorkingCalendar.builder(NEW_YORK).weekly(OFFICE).build();
  }
}
