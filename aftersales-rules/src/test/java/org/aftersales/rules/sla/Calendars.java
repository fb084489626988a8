package org.aftersales.rules.sla;

import java.time.ZoneId;

/**
 * Calendars shared by the SLA tests. The Shanghai office is the one {@link BenchmarkCalendars}
 * builds for the benchmarks (src/jmh is compiled with the tests), so the tests and the benchmarks
 * measure one calendar.
 */
final class Calendars {

  static final ZoneId SHANGHAI = BenchmarkCalendars.SHANGHAI;
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static final WorkingHours MORNING = BenchmarkCalendars.MORNING;
  static final WorkingHours AFTERNOON = BenchmarkCalendars.AFTERNOON;

  static final WeeklySchedule OFFICE = BenchmarkCalendars.OFFICE_HOURS;

  private Calendars() {}

  /**
   * The Shanghai office, Mon–Fri 09:00–12:00 and 13:30–18:00, with the illustrative Chinese
   * public holidays and make-up days of 2026 and 2027 — among them the National Day week
   * (1–7 October 2026) and its make-up Saturday 10 October.
   */
  static WorkingCalendar shanghaiOffice() {
    return BenchmarkCalendars.shanghaiOffice2026And2027();
  }

  /** The same office hours in New York, which has daylight saving time. */
  static WorkingCalendar newYorkOffice() {
    return WorkingCalendar.builder(NEW_YORK).weekly(OFFICE).build();
  }
}
