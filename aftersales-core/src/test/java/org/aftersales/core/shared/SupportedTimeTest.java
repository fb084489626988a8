package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The supported range: its bounds follow from the dates 1900-01-01 to 2300-12-31 and the extreme
 * offsets ±18:00, and every refusal names the field, the range and the value in both languages.
 *
 * <p>// rule: SVC-10, SVC-11, SVC-12, SVC-13, CMP-01, PEN-01, PEN-08 (every rule that computes
 * with dates and instants) — reliability (issue 9, item 3).
 */
@Tag("reliability")
class SupportedTimeTest {

  @Test
  void the_instant_bounds_are_the_first_and_last_supported_dates_at_the_extreme_offsets() {
    // Computed with java.time here, independently of the constants' text.
    assertEquals(LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(18)),
        SupportedTime.FIRST_INSTANT);
    assertEquals(LocalDateTime.of(LocalDate.of(2300, 12, 31), LocalTime.MAX)
        .toInstant(ZoneOffset.ofHours(-18)), SupportedTime.LAST_INSTANT);
    assertEquals(LocalDate.of(1900, 1, 1), SupportedTime.FIRST_DATE);
    assertEquals(LocalDate.of(2300, 12, 31), SupportedTime.LAST_DATE);
    assertEquals(YearMonth.of(1900, 1), SupportedTime.FIRST_MONTH);
    assertEquals(YearMonth.of(2300, 12), SupportedTime.LAST_MONTH);
  }

  @Test
  void the_bounds_are_inside_and_one_nanosecond_or_day_or_month_beyond_is_outside() {
    assertTrue(SupportedTime.contains(SupportedTime.FIRST_INSTANT));
    assertTrue(SupportedTime.contains(SupportedTime.LAST_INSTANT));
    assertFalse(SupportedTime.contains(SupportedTime.FIRST_INSTANT.minusNanos(1)));
    assertFalse(SupportedTime.contains(SupportedTime.LAST_INSTANT.plusNanos(1)));
    assertTrue(SupportedTime.contains(LocalDate.of(1900, 1, 1)));
    assertTrue(SupportedTime.contains(LocalDate.of(2300, 12, 31)));
    assertFalse(SupportedTime.contains(LocalDate.of(1899, 12, 31)));
    assertFalse(SupportedTime.contains(LocalDate.of(2301, 1, 1)));
    assertTrue(SupportedTime.contains(YearMonth.of(1900, 1)));
    assertTrue(SupportedTime.contains(YearMonth.of(2300, 12)));
    assertFalse(SupportedTime.contains(YearMonth.of(1899, 12)));
    assertFalse(SupportedTime.contains(YearMonth.of(2301, 1)));
  }

  @Test
  void a_start_typed_in_the_year_0026_is_refused_naming_field_range_and_value() {
    Instant typo = Instant.parse("0026-11-02T01:00:00Z");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SupportedTime.require(typo, "start"));
    assertEquals("Invalid input (1 problem(s)): start: lies outside the supported range"
        + " 1899-12-31T06:00:00Z to 2301-01-01T17:59:59.999999999Z (rejected value:"
        + " \"0026-11-02T01:00:00Z\")", e.getMessage(Locale.ENGLISH));
    assertEquals("输入无效（1 个问题）： start：超出支持的范围 1899-12-31T06:00:00Z 至"
        + " 2301-01-01T17:59:59.999999999Z（被拒绝的值：“0026-11-02T01:00:00Z”）",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void dates_and_months_outside_are_refused_naming_their_own_range() {
    InvalidInputException date = assertThrows(InvalidInputException.class,
        () -> SupportedTime.require(LocalDate.of(2301, 1, 1), "decisionDate"));
    assertEquals("decisionDate", date.violations().get(0).path());
    assertEquals("lies outside the supported range 1900-01-01 to 2300-12-31",
        date.violations().get(0).message().render(Locale.ENGLISH));
    assertEquals("2301-01-01", date.violations().get(0).rejectedValue().orElseThrow());
    InvalidInputException month = assertThrows(InvalidInputException.class,
        () -> SupportedTime.require(YearMonth.of(26, 3), "month"));
    assertEquals("超出支持的范围 1900-01 至 2300-12",
        month.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("0026-03", month.violations().get(0).rejectedValue().orElseThrow());
  }

  @Test
  void values_inside_are_returned_as_given() {
    Instant t = Instant.parse("2026-11-02T01:00:00Z");
    assertSame(t, SupportedTime.require(t, "start"));
    LocalDate d = LocalDate.of(2026, 11, 2);
    assertSame(d, SupportedTime.require(d, "date"));
    YearMonth m = YearMonth.of(2026, 11);
    assertSame(m, SupportedTime.require(m, "month"));
    assertThrows(NullPointerException.class, () -> SupportedTime.require((Instant) null, "start"));
  }

  @Test
  void a_result_outside_the_range_is_named_with_the_input_that_leads_there() {
    InvalidInputException e = SupportedTime.resultOutside("workingTime", "2300-06-01 + PT8760H");
    assertEquals("workingTime: the result would lie outside the supported range"
        + " 1899-12-31T06:00:00Z to 2301-01-01T17:59:59.999999999Z (the dates 1900-01-01 to"
        + " 2300-12-31 in every zone) (rejected value: \"2300-06-01 + PT8760H\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertEquals("workingTime：结果将超出支持的范围 1899-12-31T06:00:00Z 至"
        + " 2301-01-01T17:59:59.999999999Z（即任一时区的 1900-01-01 至 2300-12-31）"
        + "（被拒绝的值：“2300-06-01 + PT8760H”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Property(tries = 300)
  void every_instant_at_which_some_zone_is_on_a_supported_date_is_supported(
      @ForAll @LongRange(min = -18 * 3600, max = 18 * 3600) long offsetSeconds,
      @ForAll @LongRange(min = 0, max = 146_461) long day,
      @ForAll @LongRange(min = 0, max = 86_399_999_999_999L) long nanoOfDay) {
    // 1900-01-01 + 146,461 days is 2300-12-31; offsets range over ±18:00, the extremes of java.time.
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) offsetSeconds);
    LocalDate date = LocalDate.of(1900, 1, 1).plusDays(day);
    Instant t = date.atTime(LocalTime.ofNanoOfDay(nanoOfDay)).toInstant(offset);
    assertTrue(SupportedTime.contains(date));
    assertTrue(SupportedTime.contains(t), t.toString());
  }
}
