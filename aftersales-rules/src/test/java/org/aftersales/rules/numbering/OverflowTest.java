package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A serial that outgrows the width of its token ("at least 2 digits"): widened or refused, exactly
 * at the boundary, for widths 1, 2 and 3.
 *
 * <p>// rule: CMP-01
 */
class OverflowTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOV_18 =
      LocalDateTime.parse("2026-11-18T10:15").atZone(SHANGHAI).toInstant();
  static final SequenceKey NOVEMBER = new SequenceKey(SeriesId.COMPLAINTS, "2026-11");

  static NumberingScheme scheme(int width, Overflow overflow) {
    return NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .pattern("{yy}{MM}-{serial:" + width + "}").overflow(overflow).build();
  }

  @ParameterizedTest
  @CsvSource({"1, 9, 2611-1", "2, 99, 2611-01", "3, 999, 2611-001"})
  void widening_prints_the_largest_serial_of_the_width_then_one_digit_more(int width, long max,
      String first) {
    // rule: CMP-01
    NumberingScheme scheme = scheme(width, Overflow.WIDEN);
    assertEquals(first, scheme.number(NOV_18, 1).text());
    assertEquals("2611-" + max, scheme.number(NOV_18, max).text());
    assertEquals("2611-" + (max + 1), scheme.number(NOV_18, max + 1).text());
    assertEquals(max, scheme.parse("2611-" + max).serial());
    assertEquals(max + 1, scheme.parse("2611-" + (max + 1)).serial());
    assertEquals(width, scheme.serialWidth());
  }

  @ParameterizedTest
  @CsvSource({"1, 9", "2, 99", "3, 999"})
  void refusing_prints_the_largest_serial_of_the_width_and_refuses_the_next(int width, long max) {
    // rule: CMP-01
    NumberingScheme scheme = scheme(width, Overflow.REFUSE);
    assertEquals("2611-" + max, scheme.number(NOV_18, max).text());
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> scheme.number(NOV_18, max + 1));
    assertEquals("CMP-01", e.ruleId().value());
    assertEquals("Refused by rule CMP-01: serial " + (max + 1) + " of series COMPLAINT in period"
        + " 2026-11 does not fit the " + width + " digit(s) of the pattern, and the scheme is set"
        + " to refuse rather than widen (the largest serial it prints is " + max + "); serial "
        + (max + 1) + " is used up, and so is every later serial of this period",
        e.getMessage(Locale.ENGLISH));
    assertThrows(RuleRefusalException.class, () -> scheme.number(NOV_18, Long.MAX_VALUE));
  }

  @ParameterizedTest
  @CsvSource({"1, 10", "2, 100", "3, 1000"})
  void a_refusing_scheme_reads_back_exactly_its_width(int width, long tooLarge) {
    // rule: CMP-01 — such a scheme never prints a wider serial.
    NumberingScheme scheme = scheme(width, Overflow.REFUSE);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> scheme.parse("2611-" + tooLarge));
    assertEquals("the serial \"" + tooLarge + "\" at position 6 has " + (width + 1) + " digits,"
        + " but this scheme prints exactly " + width + " and refuses larger serials",
        e.violations().get(0).message().english());
    assertEquals("第 6 个字符处的流水号“" + tooLarge + "”有 " + (width + 1) + " 位，而此编号规则只打印恰好 "
        + width + " 位，并拒绝更大的流水号", e.violations().get(0).message().chinese());
  }

  @ParameterizedTest
  @CsvSource({"1, 9, 26119", "2, 99, 261199", "3, 999, 2611999", "2, 10, 261110"})
  void a_refusing_scheme_reads_back_a_serial_of_exactly_its_width(int width, long serial,
      String text) {
    // rule: CMP-01 — with the seed's pattern, widths 1 to 3: exactly N digits are accepted.
    NumberingScheme scheme = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .pattern("{yy}{MM}{serial:" + width + "}").overflow(Overflow.REFUSE).build();
    assertEquals(serial, scheme.parse(text).serial());
    assertEquals(text, scheme.number(NOV_18, serial).text());
  }

  @Test
  void a_refused_serial_is_used_up_and_so_is_every_later_one_of_the_period() {
    // rule: CMP-01 — the port never takes a serial back.
    FakeSequences sequences = new FakeSequences().startingAfter(NOVEMBER, 98);
    DocumentNumbering numbering = SequenceNumbering.of(scheme(2, Overflow.REFUSE), sequences);
    assertEquals("2611-99", numbering.next(NOV_18).text());
    assertThrows(RuleRefusalException.class, () -> numbering.next(NOV_18));
    assertEquals(OptionalLong.of(100), sequences.lastAllocated(NOVEMBER));
    RuleRefusalException later =
        assertThrows(RuleRefusalException.class, () -> numbering.next(NOV_18));
    assertEquals("101", later.localizableMessage().arguments().get("serial"));
    assertEquals(OptionalLong.of(101), sequences.lastAllocated(NOVEMBER));
    Instant december = LocalDateTime.parse("2026-12-01T08:00").atZone(SHANGHAI).toInstant();
    assertEquals("2612-01", numbering.next(december).text(), "the next month starts afresh");
    assertEquals(List.of(NOVEMBER, NOVEMBER, NOVEMBER,
        new SequenceKey(SeriesId.COMPLAINTS, "2026-12")), sequences.requestedKeys());
  }

  @Test
  void the_widest_serial_token_holds_18_digits() {
    // rule: CMP-01
    NumberingScheme widest = scheme(18, Overflow.REFUSE);
    assertEquals("2611-999999999999999999", widest.number(NOV_18, 999_999_999_999_999_999L).text());
    assertThrows(RuleRefusalException.class,
        () -> widest.number(NOV_18, 1_000_000_000_000_000_000L));
    assertEquals("2611-1000000000000000000",
        scheme(18, Overflow.WIDEN).number(NOV_18, 1_000_000_000_000_000_000L).text());
  }
}
