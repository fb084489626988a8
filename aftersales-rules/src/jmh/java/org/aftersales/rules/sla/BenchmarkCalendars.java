package org.aftersales.rules.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the deadline benchmark measures, shared with the test that checks the benchmark's
 * baselines: the Shanghai office, Monday to Friday 09:00–12:00 and 13:30–18:00, with the Chinese
 * public-holiday pattern for 2026 and 2027 (32 and 30 holiday dates, 6 make-up days a year).
 *
 * <p>The dates are illustrative: they follow the usual pattern (New Year, Spring Festival,
 * Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day, with make-up Saturdays and Sundays
 * around them) but are not the official State Council schedule. The index range is the default
 * one (2020-01-01 to 2035-12-31).
 */
final class BenchmarkCalendars {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final WorkingHours MORNING = WorkingHours.parse("09:00-12:00");
  static final WorkingHours AFTERNOON = WorkingHours.parse("13:30-18:00");

  static final WeeklySchedule OFFICE_HOURS = WeeklySchedule.builder()
      .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, MORNING, AFTERNOON)
      .build();

  private BenchmarkCalendars() {}

  /**
   * The Shanghai office with the holidays and make-up days of 2026 and 2027.
   *
   * @return a new calendar (default index range)
   */
  static WorkingCalendar shanghaiOffice2026And2027() {
    WorkingCalendar.Builder b = WorkingCalendar.builder(SHANGHAI).weekly(OFFICE_HOURS);
    // 2026: 32 holiday dates, 6 make-up days.
    b.holidays(d("2026-01-01"), d("2026-01-03"), "元旦")
        .makeUpDay(d("2026-01-04"), "元旦调休", DayOfWeek.MONDAY)
        .makeUpDay(d("2026-02-14"), "春节调休", DayOfWeek.MONDAY)
        .holidays(d("2026-02-15"), d("2026-02-22"), "春节")
        .makeUpDay(d("2026-02-28"), "春节调休", DayOfWeek.MONDAY)
        .holidays(d("2026-04-04"), d("2026-04-06"), "清明节")
        .holidays(d("2026-05-01"), d("2026-05-05"), "劳动节")
        .makeUpDay(d("2026-05-09"), "劳动节调休", DayOfWeek.MONDAY)
        .holidays(d("2026-06-19"), d("2026-06-21"), "端午节")
        .makeUpDay(d("2026-09-20"), "国庆调休", DayOfWeek.MONDAY)
        .holidays(d("2026-09-25"), d("2026-09-27"), "中秋节")
        .holidays(d("2026-10-01"), d("2026-10-07"), "国庆节")
        .makeUpDay(d("2026-10-10"), "国庆调休", DayOfWeek.MONDAY);
    // 2027: 30 holiday dates, 6 make-up days.
    b.holidays(d("2027-01-01"), d("2027-01-03"), "元旦")
        .makeUpDay(d("2027-01-31"), "春节调休", DayOfWeek.MONDAY)
        .holidays(d("2027-02-05"), d("2027-02-12"), "春节")
        .makeUpDay(d("2027-02-20"), "春节调休", DayOfWeek.MONDAY)
        .holidays(d("2027-04-03"), d("2027-04-05"), "清明节")
        .makeUpDay(d("2027-04-25"), "劳动节调休", DayOfWeek.MONDAY)
        .holidays(d("2027-05-01"), d("2027-05-05"), "劳动节")
        .makeUpDay(d("2027-05-08"), "劳动节调休", DayOfWeek.MONDAY)
        .holiday(d("2027-06-09"), "端午节")
        .holidays(d("2027-09-15"), d("2027-09-17"), "中秋节")
        .makeUpDay(d("2027-09-26"), "国庆调休", DayOfWeek.MONDAY)
        .holidays(d("2027-10-01"), d("2027-10-07"), "国庆节")
        .makeUpDay(d("2027-10-09"), "国庆调休", DayOfWeek.MONDAY);
    return b.build();
  }

  private static LocalDate d(String isoDate) {
    return LocalDate.parse(isoDate);
  }
}
