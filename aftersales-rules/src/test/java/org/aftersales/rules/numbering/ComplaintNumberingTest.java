package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The complaint numbers of CMP-01 (年月流水): two-digit year, two-digit month, a serial that
 * restarts every month. Runs under two JVM defaults (tag jvm-defaults: en_US/UTC, then
 * zh_CN/Pacific/Kiritimati): every number is written out literally and must not move with the JVM's
 * default zone or locale.
 *
 * <p>// rule: CMP-01
 */
@Tag("jvm-defaults")
class ComplaintNumberingTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final SequenceKey NOVEMBER = new SequenceKey(SeriesId.COMPLAINTS, "2026-11");

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static List<String> texts(DocumentNumbering numbering, Instant... timestamps) {
    return Stream.of(timestamps).map(numbering::next).map(DocumentNumber::text).toList();
  }

  @Test
  void the_seventh_complaint_of_november_2026_in_shanghai_is_261107() {
    // rule: CMP-01
    FakeSequences sequences = new FakeSequences().startingAfter(NOVEMBER, 6);
    DocumentNumbering complaints =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences);
    DocumentNumber number = complaints.next(shanghai("2026-11-18T10:15"));
    assertEquals("261107", number.text());
    assertEquals(SeriesId.COMPLAINTS, number.series());
    assertEquals("2026-11", number.periodKey());
    assertEquals(LocalDate.of(2026, 11, 1), number.periodStart());
    assertEquals(7, number.serial());
    assertEquals(NOVEMBER, number.sequenceKey());
    assertEquals(List.of(NOVEMBER), sequences.requestedKeys());
    assertEquals(number, complaints.parse("261107"));
  }

  @Test
  void the_seed_writes_year_month_and_serial_one_after_the_other() {
    // rule: CMP-01 — 年度(××)月份(××)流水编号(××): 26, 11, 07 with nothing between them.
    NumberingScheme seed = NumberingScheme.seed(SHANGHAI);
    assertEquals("261107", seed.number(shanghai("2026-11-18T10:15"), 7).text());
    assertEquals("270301", seed.number(shanghai("2027-03-01T08:00"), 1).text());
    assertEquals("261299", seed.number(shanghai("2026-12-31T23:59"), 99).text());
  }

  @Test
  void a_serial_past_99_widens_and_still_reads_back_and_sorts_after_99() {
    // rule: CMP-01 — year and month have a fixed width, so the serial is whatever follows them.
    NumberingScheme seed = NumberingScheme.seed(SHANGHAI);
    assertEquals("2611100", seed.number(shanghai("2026-11-18T10:15"), 100).text());
    DocumentNumber hundredth = seed.parse("2611100");
    assertEquals("2026-11", hundredth.periodKey());
    assertEquals(100, hundredth.serial());
    DocumentNumber ninetyNinth = seed.parse("261199");
    assertEquals(99, ninetyNinth.serial());
    // Text order would put "2611100" before "261199" ('1' < '9'); the chronological order does not.
    assertTrue("2611100".compareTo("261199") < 0);
    List<String> numbers = new ArrayList<>(List.of("261201", "2611100", "261199", "261101"));
    numbers.sort(seed.chronologicalOrder());
    assertEquals(List.of("261101", "261199", "2611100", "261201"), numbers);
    assertTrue(ninetyNinth.compareTo(hundredth) < 0);
  }

  @Test
  void the_hyphenated_form_stays_available_as_a_configured_pattern() {
    // rule: CMP-01 — every setting is a default; a separator is a matter of the form's layout.
    NumberingScheme hyphenated = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .pattern("{yy}{MM}-{serial:2}").build();
    assertEquals("2611-07", hyphenated.number(shanghai("2026-11-18T10:15"), 7).text());
    assertEquals("2611-100", hyphenated.number(shanghai("2026-11-18T10:15"), 100).text());
    assertEquals(7, hyphenated.parse("2611-07").serial());
  }

  @Test
  void the_first_complaints_of_a_month_are_01_02_03() {
    // rule: CMP-01
    DocumentNumbering complaints =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), new FakeSequences());
    assertEquals(List.of("261101", "261102", "261103"), texts(complaints,
        shanghai("2026-11-01T00:00"), shanghai("2026-11-15T12:00"), shanghai("2026-11-30T23:59")));
  }

  @Test
  void the_default_scheme_is_the_complaint_series_with_its_pattern_and_widening() {
    // rule: CMP-01
    NumberingScheme scheme = NumberingScheme.seed(SHANGHAI);
    assertEquals(SeriesId.COMPLAINTS, scheme.series());
    assertEquals(SHANGHAI, scheme.businessZone());
    assertEquals("{yy}{MM}{serial:2}", scheme.pattern());
    assertEquals(Overflow.WIDEN, scheme.overflow());
    assertEquals(2000, scheme.twoDigitYearBase());
    assertEquals(2, scheme.serialWidth());
    assertEquals(scheme, NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI).build());
    assertEquals("COMPLAINT {yy}{MM}{serial:2} Asia/Shanghai WIDEN yy=2000-2099",
        scheme.toString());
  }

  @Test
  void in_shanghai_east_of_utc_2026_11_30T16_30Z_is_already_december() {
    // rule: CMP-01 — 00:30 on 1 December in Shanghai (UTC+8), still November in UTC.
    Instant t = Instant.parse("2026-11-30T16:30:00Z");
    assertEquals("261201", NumberingScheme.seed(SHANGHAI).number(t, 1).text());
    assertEquals("2026-12", NumberingScheme.seed(SHANGHAI).periodKeyOf(t));
    assertEquals("261101", NumberingScheme.seed(ZoneOffset.UTC).number(t, 1).text());
    FakeSequences sequences = new FakeSequences().startingAfter(NOVEMBER, 41);
    DocumentNumber number =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences).next(t);
    assertEquals("261201", number.text(), "December's counter, not November's 42nd");
    assertEquals(List.of(new SequenceKey(SeriesId.COMPLAINTS, "2026-12")),
        sequences.requestedKeys());
  }

  @Test
  void in_los_angeles_west_of_utc_2026_12_01T05_00Z_is_still_november() {
    // rule: CMP-01 — 21:00 on 30 November in Los Angeles (UTC-8), already December in UTC.
    Instant t = Instant.parse("2026-12-01T05:00:00Z");
    FakeSequences sequences = new FakeSequences().startingAfter(NOVEMBER, 12);
    DocumentNumber number =
        SequenceNumbering.of(NumberingScheme.seed(LOS_ANGELES), sequences).next(t);
    assertEquals("261113", number.text());
    assertEquals("2026-11", number.periodKey());
    assertEquals(List.of(NOVEMBER), sequences.requestedKeys());
    assertEquals("261201", NumberingScheme.seed(ZoneOffset.UTC).number(t, 1).text());
  }

  @Test
  void the_last_nanosecond_of_a_month_and_the_first_of_the_next_use_their_own_counters() {
    // rule: CMP-01 — midnight of 1 December in Shanghai is 2026-11-30T16:00Z.
    FakeSequences sequences = new FakeSequences().startingAfter(NOVEMBER, 99);
    DocumentNumbering complaints =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences);
    Instant midnight = Instant.parse("2026-11-30T16:00:00Z");
    assertEquals(List.of("2611100", "261201", "2611101", "261202"), texts(complaints,
        midnight.minusNanos(1), midnight, midnight.minusNanos(1), midnight));
    SequenceKey december = new SequenceKey(SeriesId.COMPLAINTS, "2026-12");
    assertEquals(List.of(NOVEMBER, december, NOVEMBER, december), sequences.requestedKeys());
  }

  @Test
  void the_serial_restarts_at_01_in_january_of_the_next_year() {
    // rule: CMP-01
    DocumentNumbering complaints =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), new FakeSequences());
    assertEquals(List.of("261201", "261202", "270101", "270102", "261203"), texts(complaints,
        shanghai("2026-12-31T09:00"), shanghai("2026-12-31T23:59:59.999999999"),
        shanghai("2027-01-01T00:00"), shanghai("2027-01-02T08:00"),
        shanghai("2026-12-31T18:00")));
    assertEquals("2027-01", complaints.parse("270102").periodKey());
  }

  @Test
  void the_hundredth_complaint_of_a_month_widens_to_three_digits() {
    // rule: CMP-01 — "at least 2 digits": 261199, 2611100, 2611101.
    DocumentNumbering complaints = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
        new FakeSequences().startingAfter(NOVEMBER, 98));
    Instant t = shanghai("2026-11-20T10:00");
    assertEquals(List.of("261199", "2611100", "2611101"), texts(complaints, t, t, t));
    assertEquals(100, complaints.parse("2611100").serial());
  }

  @Test
  void patterns_with_prefixes_print_company_site_and_series() {
    // rule: CMP-01 — same rule, other forms of the number.
    Instant t = shanghai("2026-11-18T10:15");
    NumberingScheme site = NumberingScheme.builder(SeriesId.of("PCB"), SHANGHAI)
        .pattern("PCB-SH-{yyyy}{MM}-{serial:3}").build();
    assertEquals("PCB-SH-202611-007", site.number(t, 7).text());
    assertEquals("2026-11", site.number(t, 7).periodKey());
    NumberingScheme daily = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .pattern("{series}/{yy}{MM}{dd}/{serial:4}").build();
    DocumentNumber number = daily.number(t, 7);
    assertEquals("COMPLAINT/261118/0007", number.text());
    assertEquals("2026-11-18", number.periodKey());
    assertEquals(LocalDate.of(2026, 11, 18), number.periodStart());
    assertEquals(number, daily.parse("COMPLAINT/261118/0007"));
  }

  @Test
  void the_refusal_of_an_overflowing_serial_reads_the_same_whatever_the_jvm_locale() {
    // rule: CMP-01
    NumberingScheme fixedWidth = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .overflow(Overflow.REFUSE).build();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> fixedWidth.number(shanghai("2026-11-20T10:00"), 100));
    assertEquals("CMP-01", e.ruleId().value());
    assertEquals("Refused by rule CMP-01: serial 100 of series COMPLAINT in period 2026-11 does not"
        + " fit the 2 digit(s) of the pattern, and the scheme is set to refuse rather than widen"
        + " (the largest serial it prints is 99); serial 100 is used up, and so is every later"
        + " serial of this period", e.getMessage(Locale.ENGLISH));
    assertEquals("被规则 CMP-01 拒绝：序列 COMPLAINT 在期间 2026-11 的流水号 100 超出了格式的 2 位，"
        + "而此编号规则设为拒绝而非加宽（它能打印的最大流水号为 99）；流水号 100 已被占用，"
        + "此期间之后的每个流水号也同样如此", e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }
}
