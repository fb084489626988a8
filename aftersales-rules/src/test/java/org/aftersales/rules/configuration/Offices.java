package org.aftersales.rules.configuration;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * The office the configuration tests run in, defined here rather than taken from the library:
 * Shanghai, Monday to Friday 09:00–12:00 and 13:30–18:00 (7.5 working hours a day), the National
 * Day week 1–7 October 2026 off and Saturday 10 October 2026 a make-up working day (调休) with
 * Friday's hours.
 */
final class Offices {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency USD = Currency.getInstance("USD");

  private Offices() {}

  static WorkingCalendar shanghai() {
    return WorkingCalendar.builder(SHANGHAI)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
        .holidays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"), "国庆节")
        .makeUpDay(LocalDate.parse("2026-10-10"), "国庆调休", DayOfWeek.FRIDAY)
        .workingDayLength(Duration.ofMinutes(450))
        .build();
  }

  /** The same hours in Berlin: a calendar in another zone. */
  static WorkingCalendar berlin() {
    return WorkingCalendar.builder(BERLIN)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-17:00")).build())
        .build();
  }

  /** A Shanghai wall-clock time, e.g. {@code sh("2026-11-06T16:00")}. */
  static Instant sh(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }
}
