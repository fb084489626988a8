package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issuing numbers: the counter key and the printed period come from one period, read in the
 * business zone; serials come from the port. Runs under two JVM defaults (tag jvm-defaults).
 *
 * <p>// rule: CMP-01
 */
@Tag("jvm-defaults")
class SequenceNumberingTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void the_serial_is_allocated_under_the_key_of_the_period_that_is_printed() {
    // rule: CMP-01 — one period per number: its key goes to the counter, its date into the text.
    FakeSequences sequences = new FakeSequences();
    NumberingScheme scheme = NumberingScheme.builder(SeriesId.COMPLAINTS, SHANGHAI)
        .pattern("{yyyy}{MM}{dd}-{serial:3}").build();
    DocumentNumbering numbering = SequenceNumbering.of(scheme, sequences);
    Instant midnight = shanghai("2026-12-01T00:00");
    List<DocumentNumber> numbers = List.of(numbering.next(midnight.minusNanos(1)),
        numbering.next(midnight), numbering.next(midnight.plusSeconds(86_399)));
    assertEquals(List.of("20261130-001", "20261201-001", "20261201-002"),
        numbers.stream().map(DocumentNumber::text).toList());
    assertEquals(List.of(new SequenceKey(SeriesId.COMPLAINTS, "2026-11-30"),
            new SequenceKey(SeriesId.COMPLAINTS, "2026-12-01"),
            new SequenceKey(SeriesId.COMPLAINTS, "2026-12-01")),
        numbers.stream().map(DocumentNumber::sequenceKey).toList());
    assertEquals(List.of("2026-11-30", "2026-12-01", "2026-12-01"),
        sequences.requestedKeys().stream().map(SequenceKey::period).toList());
    assertEquals("2026-11-30", numbering.parse("20261130-001").periodKey());
    assertEquals("2026-12-01", numbering.parse("20261201-002").periodKey());
  }

  @Test
  void a_timestamp_that_cannot_be_numbered_allocates_nothing() {
    // rule: CMP-01 — the year 2100 does not fit {yy}: refused before the counter is touched.
    FakeSequences sequences = new FakeSequences();
    DocumentNumbering numbering =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences);
    assertThrows(InvalidInputException.class, () -> numbering.next(shanghai("2100-01-01T00:00")));
    assertEquals(List.of(), sequences.requestedKeys());
    assertEquals(OptionalLong.empty(),
        sequences.lastAllocated(new SequenceKey(SeriesId.COMPLAINTS, "2100-01")));
  }

  @Test
  void concurrent_callers_get_distinct_serials_of_the_same_month() throws Exception {
    // rule: CMP-01 — uniqueness comes from the port; the policy holds no state of its own.
    FakeSequences sequences = new FakeSequences();
    DocumentNumbering numbering =
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences);
    Instant t = shanghai("2026-11-18T10:00");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> LongStream.range(0, 250).mapToObj(k -> numbering.next(t).text())
            .collect(Collectors.toList()));
      }
      Set<String> texts = new TreeSet<>();
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        texts.addAll(f.get());
      }
      assertEquals(2000, texts.size());
      assertEquals(LongStream.rangeClosed(1, 2000).mapToObj(n -> n < 10 ? "26110" + n : "2611" + n)
          .collect(Collectors.toCollection(TreeSet::new)), texts);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void the_numbering_delegates_series_and_parsing_to_its_scheme() {
    // rule: CMP-01
    NumberingScheme scheme = NumberingScheme.seed(SHANGHAI);
    SequenceNumbering numbering = SequenceNumbering.of(scheme, new FakeSequences());
    assertSame(scheme, numbering.scheme());
    assertEquals(SeriesId.COMPLAINTS, numbering.series());
    DocumentNumber parsed = numbering.parse("261107");
    assertEquals("2026-11", parsed.periodKey());
    assertEquals(7, parsed.serial());
    assertTrue(numbering.toString().startsWith("SequenceNumbering[COMPLAINT {yy}{MM}{serial:2}"));
  }

  @Test
  void an_adapter_that_returns_serial_0_breaks_its_contract() {
    // rule: CMP-01 — a programming error of the adapter, not a user's input.
    NumberSequences broken = new NumberSequences() {
      @Override
      public long next(SequenceKey key) {
        return 0;
      }

      @Override
      public OptionalLong lastAllocated(SequenceKey key) {
        return OptionalLong.empty();
      }
    };
    DocumentNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), broken);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> numbering.next(shanghai("2026-11-18T10:00")));
    assertEquals("NumberSequences adapter returned serial 0 for COMPLAINT/2026-11; serials start"
        + " at 1", e.getMessage());
  }
}
