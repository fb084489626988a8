package org.aftersales.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Document numbers, counter keys and series: what a number is made of, when two are equal, how
 * they sort, and the values refused. Numbers are written as the seed prints complaint numbers
 * (年度(××)月份(××)流水编号(××): {@code 261107}, widened {@code 2611100}).
 *
 * <p>// rule: CMP-01
 */
class DocumentNumberTest {

  static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
  static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

  static DocumentNumber november(String text, long serial) {
    return DocumentNumber.of(SeriesId.COMPLAINTS, text, "2026-11", NOVEMBER, serial);
  }

  @Test
  void a_number_carries_its_text_series_period_and_serial() {
    // rule: CMP-01
    DocumentNumber n = november("261107", 7);
    assertEquals("261107", n.text());
    assertEquals("261107", n.toString());
    assertEquals(SeriesId.COMPLAINTS, n.series());
    assertEquals("2026-11", n.periodKey());
    assertEquals(NOVEMBER, n.periodStart());
    assertEquals(7, n.serial());
    assertEquals(new SequenceKey(SeriesId.COMPLAINTS, "2026-11"), n.sequenceKey());
    assertEquals(n, DocumentNumber.of(new SequenceKey(SeriesId.COMPLAINTS, "2026-11"), "261107",
        NOVEMBER, 7));
  }

  @Test
  void numbers_are_equal_when_series_and_text_are() {
    // rule: CMP-01
    DocumentNumber n = november("261107", 7);
    DocumentNumber same = november("261107", 7);
    assertEquals(n, same);
    assertEquals(n.hashCode(), same.hashCode());
    assertNotEquals(n, november("261108", 8));
    assertNotEquals(n, DocumentNumber.of(SeriesId.of("SVC"), "261107", "2026-11", NOVEMBER, 7));
    assertNotEquals(n.hashCode(),
        DocumentNumber.of(SeriesId.of("SVC"), "261107", "2026-11", NOVEMBER, 7).hashCode());
    assertNotEquals(n, "261107");
  }

  @Test
  void numbers_sort_by_series_period_serial_as_a_number_then_text() {
    // rule: CMP-01 — text order would put 2611100 before 261199.
    DocumentNumber first = november("261101", 1);
    DocumentNumber ninetyNinth = november("261199", 99);
    DocumentNumber hundredth = november("2611100", 100);
    DocumentNumber december = DocumentNumber.of(SeriesId.COMPLAINTS, "261201", "2026-12",
        DECEMBER, 1);
    DocumentNumber otherSeries = DocumentNumber.of(SeriesId.of("AAA"), "261250", "2026-12",
        DECEMBER, 50);
    DocumentNumber sameSerialOtherText = november("2611-99", 99);
    List<DocumentNumber> numbers = new ArrayList<>(List.of(december, hundredth, first,
        sameSerialOtherText, ninetyNinth, otherSeries));
    Collections.shuffle(numbers, new Random(7));
    Collections.sort(numbers);
    assertEquals(List.of(otherSeries, first, sameSerialOtherText, ninetyNinth, hundredth,
        december), numbers);
    assertTrue(hundredth.text().compareTo(ninetyNinth.text()) < 0);
    assertTrue(ninetyNinth.compareTo(hundredth) < 0);
    assertEquals(0, first.compareTo(november("261101", 1)));
  }

  @Test
  void a_blank_text_or_a_serial_below_1_is_refused() {
    // rule: CMP-01
    InvalidInputException blank = assertThrows(InvalidInputException.class,
        () -> november(" ", 7));
    assertEquals("text", blank.violations().get(0).path());
    for (long serial : new long[] {0, -1}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> november("261100", serial));
      assertEquals("serial", e.violations().get(0).path());
      assertEquals("must be 1 or more", e.violations().get(0).message().render(Locale.ENGLISH));
      assertEquals("必须大于或等于 1",
          e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    }
    assertEquals(1, november("261101", 1).serial());
  }

  @Test
  void a_period_key_is_1_to_32_letters_digits_or_hyphens() {
    // rule: CMP-01
    for (String ok : List.of("2026-11", "ALL", "a", "Z9-z0", "x".repeat(32))) {
      assertEquals(ok, new SequenceKey(SeriesId.COMPLAINTS, ok).period());
    }
    for (String bad : List.of("", "x".repeat(33), "2026/11", "2026 11", "2026_11", "年月",
        "2026:11", "@", "[", "`", "{")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> new SequenceKey(SeriesId.COMPLAINTS, bad), bad);
      assertEquals("period", e.violations().get(0).path());
      assertEquals("must be 1 to 32 letters, digits or \"-\"",
          e.violations().get(0).message().render(Locale.ENGLISH));
    }
    assertThrows(InvalidInputException.class,
        () -> DocumentNumber.of(SeriesId.COMPLAINTS, "261107", "2026/11", NOVEMBER, 7));
  }

  @Test
  void an_adapter_is_gapless_only_when_it_says_so() {
    // rule: CMP-01 — the port's default promises no more than uniqueness.
    NumberSequences plain = new NumberSequences() {
      @Override
      public long next(SequenceKey key) {
        return 1;
      }

      @Override
      public OptionalLong lastAllocated(SequenceKey key) {
        return OptionalLong.empty();
      }
    };
    assertFalse(plain.isGapless());
  }

  @Test
  void a_counter_key_reads_series_slash_period() {
    // rule: CMP-01
    assertEquals("COMPLAINT/2026-11", new SequenceKey(SeriesId.COMPLAINTS, "2026-11").toString());
    assertEquals("COMPLAINT", SeriesId.COMPLAINTS.value());
    assertEquals(SeriesId.of("COMPLAINT"), SeriesId.COMPLAINTS);
  }
}
