package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A byte-order mark (U+FEFF), which Windows editors put before UTF-8 text, is skipped at the very
 * start of calendar text and refused, with its line and column, anywhere else.
 *
 * <p>// rule: SVC-11 (the calendar the deadlines are counted on) — reliability (issue 9, item 5).
 */
@Tag("reliability")
@Tag("SVC-11")
class ByteOrderMarkTest {

  static final String BOM = "\uFEFF";
  static final String TEXT = "zone Asia/Shanghai\n"
      + "week MON-FRI 09:00-12:00 13:30-18:00\n"
      + "holiday 2026-10-01..2026-10-07 国庆节\n";

  @Test
  void a_byte_order_mark_at_the_start_of_calendar_text_is_skipped() {
    WorkingCalendar withMark = WorkingCalendarFormat.parse(BOM + TEXT);
    assertEquals(WorkingCalendarFormat.parse(TEXT), withMark);
    assertEquals(7, withMark.holidays().size());
    assertEquals("国庆节", withMark.holidays().get(LocalDate.of(2026, 10, 1)));
  }

  @Test
  void a_byte_order_mark_at_the_start_of_a_text_with_windows_line_ends_is_skipped() {
    assertEquals(WorkingCalendarFormat.parse(TEXT),
        WorkingCalendarFormat.parse(BOM + TEXT.replace("\n", "\r\n")));
  }

  @Test
  void a_byte_order_mark_inside_a_line_is_refused_with_its_line_and_column() {
    String text = "zone Asia/Shanghai\nweek MON-FRI 09:00-12:00\nholiday 2026-10-0" + BOM + "1\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingCalendarFormat.parse(text));
    Violation v = e.violations().get(0);
    assertEquals("line 3", v.path());
    assertEquals("has a byte-order mark (U+FEFF) at line 3, column 18; one is accepted only as the"
        + " very first character of the text", v.message().render(Locale.ENGLISH));
    assertEquals("第 3 行第 18 列有字节顺序标记（U+FEFF）；只有位于文本最开头的字节顺序标记才被接受",
        v.message().render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_second_byte_order_mark_at_the_start_is_refused_at_column_2() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingCalendarFormat.parse(BOM + BOM + TEXT));
    // The zone line is refused as a whole, so the zone is missing too.
    assertEquals(List.of("line 1", "zone"), paths(e));
    assertEquals("has a byte-order mark (U+FEFF) at line 1, column 2; one is accepted only as the"
        + " very first character of the text",
        e.violations().get(0).message().render(Locale.ENGLISH));
  }

  @Test
  void a_byte_order_mark_on_a_blank_or_comment_line_is_refused_too() {
    // Texts glued together keep each file's mark at the start of a later line.
    String text = TEXT + BOM + "\n# comment " + BOM + "\n  " + BOM + "working-day 7h30m\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingCalendarFormat.parse(text));
    assertEquals(List.of("line 4", "line 5", "line 6"), paths(e));
    assertEquals("has a byte-order mark (U+FEFF) at line 5, column 11; one is accepted only as the"
        + " very first character of the text",
        e.violations().get(1).message().render(Locale.ENGLISH));
  }

  @Test
  void a_text_that_is_only_a_byte_order_mark_has_no_zone() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingCalendarFormat.parse(BOM));
    assertEquals(List.of("zone"), paths(e));
  }

  @Test
  void a_date_outside_the_supported_range_is_refused_on_its_line() {
    // reliability: the year 0026 typed for 2026 is named on its line, in both languages.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingCalendarFormat.parse(TEXT + "holiday 0026-10-01\nworkday 2301-01-01 as MON\n"
            + "period 1899-07-01..2026-09-30 MON-FRI 08:30-12:00\n"));
    assertEquals(List.of("line 4", "line 5", "line 6"), paths(e));
    assertEquals("\"0026-10-01\" lies outside the supported dates 1900-01-01 to 2300-12-31",
        e.violations().get(0).message().render(Locale.ENGLISH));
    assertEquals("“0026-10-01”超出支持的日期范围 1900-01-01 至 2300-12-31",
        e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
  }

  static List<String> paths(InvalidInputException e) {
    return e.violations().stream().map(Violation::path).toList();
  }
}
