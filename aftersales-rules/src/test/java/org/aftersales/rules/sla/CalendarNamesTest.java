package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Names of holidays, make-up days and schedule periods are identifier text (or empty): a bidi
 * override or a zero-width character in a configured name is refused with the field and the code
 * point. // rule: SVC-10 — tag: reliability
 */
class CalendarNamesTest {

  static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);

  @Test
  void ordinary_names_in_any_script_and_empty_names_are_kept() {
    WorkingCalendar.Builder b = WorkingCalendar.builder(java.time.ZoneId.of("Asia/Shanghai"));
    b.holiday(NATIONAL_DAY, "国庆节 National Day");
    b.holiday(NATIONAL_DAY.plusDays(1), "");
    b.makeUpDay(LocalDate.of(2026, 10, 10), "国庆调休", DayOfWeek.MONDAY);
  }

  @Test
  void a_holiday_name_with_a_bidi_override_or_a_zero_width_space_is_refused() {
    for (String bad : List.of("National\u202EDay", "Nat\u200Bional", " padded", "tab\tname")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> WorkingCalendar.builder(java.time.ZoneId.of("Asia/Shanghai")).holiday(NATIONAL_DAY, bad));
      assertEquals("name", e.violations().get(0).path());
      assertTrue(e.getMessage().contains("name"), e.getMessage());
    }
  }

  @Test
  void make_up_day_and_period_names_are_checked_the_same_way() {
    assertThrows(InvalidInputException.class,
        () -> new MakeUpDay(LocalDate.of(2026, 10, 10), List.of(), "调休\u2066"));
    assertThrows(InvalidInputException.class, () -> new SchedulePeriod(NATIONAL_DAY,
        NATIONAL_DAY.plusDays(6), WeeklySchedule.twentyFourSeven(), "\u0000golden week"));
  }
}
