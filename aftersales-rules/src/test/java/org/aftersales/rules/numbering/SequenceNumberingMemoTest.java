package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The numbering's memo of the last business date never changes a result: every number issued
 * through one long-lived {@link SequenceNumbering} — timestamps repeated, moving by nanoseconds
 * to days, crossing midnights, month ends, daylight-saving changes, legislated offset changes and
 * a skipped day — has the period, key and text that the business date of its timestamp alone
 * gives, worked out here with {@link java.time.ZonedDateTime} (never with the code under test),
 * and equals the number the scheme prints for that timestamp and serial without any memo.
 *
 * <p>// rule: CMP-01
 */
class SequenceNumberingMemoTest {

  /** A day, a month, a year and a never-ending period; serial last, so widening cannot clash. */
  private enum Unit {
    DAY("D{yyyy}{MM}{dd}-{serial:2}"),
    MONTH("M{yyyy}{MM}-{serial:2}"),
    YEAR("Y{yyyy}-{serial:2}"),
    ALL("A-{serial:2}");

    final String pattern;

    Unit(String pattern) {
      this.pattern = pattern;
    }

    /** The expected key, from the business date. */
    String key(LocalDate date) {
      return switch (this) {
        case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d",
            date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
        case ALL -> "ALL";
      };
    }

    /** The expected text, from the business date and the serial. */
    String text(LocalDate date, long serial) {
      String serialText = String.format(Locale.ROOT, "%02d", serial);
      return switch (this) {
        case DAY -> String.format(Locale.ROOT, "D%04d%02d%02d-", date.getYear(),
            date.getMonthValue(), date.getDayOfMonth()) + serialText;
        case MONTH -> String.format(Locale.ROOT, "M%04d%02d-", date.getYear(),
            date.getMonthValue()) + serialText;
        case YEAR -> String.format(Locale.ROOT, "Y%04d-", date.getYear()) + serialText;
        case ALL -> "A-" + serialText;
      };
    }

    /** The expected first day of the period. */
    LocalDate start(LocalDate date) {
      return switch (this) {
        case DAY -> date;
        case MONTH -> date.withDayOfMonth(1);
        case YEAR -> date.withDayOfYear(1);
        case ALL -> LocalDate.of(1900, 1, 1); // the first supported date (docs/supported-ranges.md)
      };
    }
  }

  /**
   * Issues a number for each timestamp through one numbering and checks each against the business
   * date worked out by java.time and a serial counted here, and against the scheme alone.
   */
  private static void issueAndCheck(ZoneId zone, Unit unit, List<Instant> timestamps) {
    NumberingScheme scheme = NumberingScheme.builder(SeriesId.COMPLAINTS, zone)
        .pattern(unit.pattern).build();
    SequenceNumbering numbering = SequenceNumbering.of(scheme, new FakeSequences());
    Map<String, Long> serials = new HashMap<>();
    for (Instant t : timestamps) {
      LocalDate date = t.atZone(zone).toLocalDate();
      String key = unit.key(date);
      long serial = serials.merge(key, 1L, Long::sum);
      DocumentNumber number = numbering.next(t);
      String where = t + " in " + zone + " (" + t.atZone(zone) + "), " + unit;
      assertEquals(unit.text(date, serial), number.text(), where);
      assertEquals(key, number.periodKey(), where);
      assertEquals(unit.start(date), number.periodStart(), where);
      assertEquals(serial, number.serial(), where);
      // Without the memo: the scheme prints the same number for the timestamp alone.
      assertEquals(scheme.number(t, serial), number, where);
    }
  }

  private static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void a_remembered_day_ends_exactly_at_local_midnight_and_starts_exactly_at_it() {
    // rule: CMP-01 — Shanghai: 30 November seen twice (remembered), then the first instant of
    // 1 December, then the last nanosecond of 30 November, then the first second of 30 November.
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    Instant midnight = at("2026-12-01T00:00", shanghai);
    Instant dayBefore = at("2026-11-30T00:00", shanghai);
    for (Unit unit : Unit.values()) {
      issueAndCheck(shanghai, unit, List.of(midnight.minusSeconds(3600), midnight.minusSeconds(1),
          midnight, midnight.minusNanos(1), midnight.plusNanos(1), dayBefore, dayBefore.minusNanos(1),
          dayBefore, midnight.minusNanos(1), midnight.plusSeconds(86_399), midnight.plusSeconds(86_400)));
    }
    SequenceNumbering days = SequenceNumbering.of(NumberingScheme.builder(SeriesId.COMPLAINTS,
        shanghai).pattern(Unit.DAY.pattern).build(), new FakeSequences());
    List<String> texts = new ArrayList<>();
    for (Instant t : List.of(midnight.minusSeconds(60), midnight.minusSeconds(30), midnight,
        midnight.minusNanos(1), midnight)) {
      texts.add(days.next(t).text());
    }
    assertEquals(List.of("D20261130-01", "D20261130-02", "D20261201-01", "D20261130-03",
        "D20261201-02"), texts);
  }

  @Test
  void daylight_saving_changes_inside_a_remembered_day_move_the_date_as_the_zone_does() {
    // rule: CMP-01 — Los Angeles: 8 March 2026 springs from 02:00 to 03:00 (UTC-8 to UTC-7),
    // 1 November 2026 falls back from 02:00 to 01:00; an instant just before each change is seen
    // twice (remembered), then instants across it and across the following midnight.
    ZoneId la = ZoneId.of("America/Los_Angeles");
    List<Instant> timestamps = new ArrayList<>();
    for (Instant change : List.of(Instant.parse("2026-03-08T10:00:00Z"),
        Instant.parse("2026-11-01T09:00:00Z"))) {
      for (long seconds : new long[] {-1, -1, 0, -1, 1, 3600, -3601, 7200, 21 * 3600,
          22 * 3600 + 1, 23 * 3600 - 1, 23 * 3600, 24 * 3600, 25 * 3600, -3 * 3600}) {
        timestamps.add(change.plusSeconds(seconds));
      }
    }
    for (Unit unit : Unit.values()) {
      issueAndCheck(la, unit, timestamps);
    }
  }

  @Test
  void a_day_the_zone_skipped_and_an_offset_change_at_midnight_are_followed() {
    // rule: CMP-01 — Samoa skipped 30 December 2011 (UTC-10 to UTC+14 at local midnight);
    // Santiago (Chile) fell back at local midnight on 7 April 2019 (24:00 → 23:00 of the 6th);
    // São Paulo sprang forward at local midnight on 4 November 2018 (00:00 → 01:00).
    Map<ZoneId, Instant> changes = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
    changes.put(ZoneId.of("Pacific/Apia"), Instant.parse("2011-12-30T10:00:00Z"));
    changes.put(ZoneId.of("America/Santiago"), Instant.parse("2019-04-07T03:00:00Z"));
    changes.put(ZoneId.of("America/Sao_Paulo"), Instant.parse("2018-11-04T03:00:00Z"));
    for (Map.Entry<ZoneId, Instant> change : changes.entrySet()) {
      ZoneRules rules = change.getKey().getRules();
      // The instants are the changes the zone's data really has (so the test cannot drift).
      assertEquals(change.getValue(),
          rules.nextTransition(change.getValue().minusSeconds(1)).getInstant());
      List<Instant> timestamps = new ArrayList<>();
      for (long seconds : new long[] {-7200, -7200, -1, -1, 0, -1, 0, 1, 3599, 3600, 3601, -3600,
          -3601, 86_400, 86_400, -86_400, -86_401}) {
        timestamps.add(change.getValue().plusSeconds(seconds));
      }
      for (Unit unit : Unit.values()) {
        issueAndCheck(change.getKey(), unit, timestamps);
      }
    }
  }

  @Test
  void a_remembered_day_covers_that_day_only_even_in_a_zone_that_never_changes_its_offset() {
    // rule: CMP-01 — UTC has no offset changes to cut the range: 29 November 2026 is remembered,
    // and the first and the last day of the epoch's first day, and the day after, are their own.
    ZoneId utc = ZoneId.of("UTC");
    Instant day = Instant.parse("2026-11-29T10:00:00Z");
    for (Unit unit : Unit.values()) {
      issueAndCheck(utc, unit, List.of(day, day.plusSeconds(60), Instant.EPOCH,
          Instant.parse("1970-01-01T12:00:00Z"), day, Instant.parse("1970-01-01T23:59:59Z"),
          day.plusSeconds(50_399), day.plusSeconds(50_400), day.minusSeconds(36_001)));
    }
  }

  @Test
  void a_refused_timestamp_is_not_remembered_and_a_remembered_period_does_not_reach_it() {
    // rule: CMP-01 — {yy} cannot print 2100: refused whether or not 2099 is remembered, and the
    // timestamps after the refusal still get their own periods.
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    SequenceNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(shanghai),
        new FakeSequences());
    Instant newYear = at("2100-01-01T00:00", shanghai);
    assertEquals("991201", numbering.next(newYear.minusNanos(2)).text());
    assertEquals("991202", numbering.next(newYear.minusNanos(1)).text());
    assertThrows(InvalidInputException.class, () -> numbering.next(newYear));
    assertThrows(InvalidInputException.class, () -> numbering.next(newYear));
    assertEquals("991203", numbering.next(newYear.minusNanos(1)).text());
    assertThrows(InvalidInputException.class, () -> numbering.next(newYear.plusSeconds(5)));
  }

  /** Zones whose offsets have changed in many ways (daylight saving, legislation, half hours). */
  private static final List<ZoneId> ZONES = List.of("Asia/Shanghai", "America/Los_Angeles",
      "Europe/London", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Apia",
      "America/Santiago", "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tehran",
      "America/St_Johns", "Pacific/Chatham", "Europe/Moscow", "Asia/Kolkata", "UTC")
      .stream().map(ZoneId::of).toList();

  /** Every offset change of the zones from 1970 to 2040. */
  private static final Map<ZoneId, List<Instant>> CHANGES = new HashMap<>();

  static {
    Instant from = Instant.parse("1970-01-01T00:00:00Z");
    Instant to = Instant.parse("2040-01-01T00:00:00Z");
    for (ZoneId zone : ZONES) {
      List<Instant> changes = new ArrayList<>();
      ZoneOffsetTransition change = zone.getRules().nextTransition(from);
      while (change != null && change.getInstant().isBefore(to)) {
        changes.add(change.getInstant());
        change = zone.getRules().nextTransition(change.getInstant());
      }
      // A zone without changes (UTC) is walked around the start of 2026 instead.
      CHANGES.put(zone, changes.isEmpty() ? List.of(Instant.parse("2026-01-01T00:00:00Z"))
          : changes);
    }
  }

  /** A walk of timestamps around the offset changes of one zone. */
  record Walk(ZoneId zone, Unit unit, List<Instant> timestamps) {}

  /**
   * Walks that start near an offset change (or a midnight) and move by a repeat, a nanosecond, a
   * second, an hour, a day or a month either way, or jump to another change — so timestamps are
   * repeated (the memo is used), stay in the same period (it is worked out) and cross its ends.
   */
  @Provide
  Arbitrary<Walk> walks() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
    Arbitrary<Unit> units = Arbitraries.of(Unit.values());
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Integer> lengths = Arbitraries.integers().between(2, 60);
    return Combinators.combine(zones, units, seeds, lengths).as((zone, unit, seed, length) -> {
      Random random = new Random(seed);
      List<Instant> changes = CHANGES.get(zone);
      Instant t = changes.get(random.nextInt(changes.size())).minusSeconds(random.nextInt(7200));
      List<Instant> timestamps = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        timestamps.add(t);
        long sign = random.nextBoolean() ? 1 : -1;
        switch (random.nextInt(8)) {
          case 0, 1 -> { } // the same instant again
          case 2 -> t = t.plusNanos(sign);
          case 3 -> t = t.plusSeconds(sign * (1 + random.nextInt(60)));
          case 4 -> t = t.plusSeconds(sign * (1 + random.nextInt(3 * 3600)));
          case 5 -> t = t.plus(Duration.ofDays(sign)).plusSeconds(random.nextInt(3) - 1);
          case 6 -> t = t.plus(Duration.ofDays(sign * 31));
          default -> t = changes.get(random.nextInt(changes.size())).plusSeconds(
              random.nextInt(3) - 1);
        }
      }
      return new Walk(zone, unit, timestamps);
    });
  }

  @Property(tries = 300)
  void every_number_is_the_one_its_timestamp_alone_gives(@ForAll("walks") Walk walk) {
    // rule: CMP-01 — one period per number, whatever was issued before it.
    issueAndCheck(walk.zone(), walk.unit(), walk.timestamps());
  }

  @Test
  void threads_sharing_one_numbering_get_the_right_period_and_distinct_gapless_serials()
      throws Exception {
    // rule: CMP-01 — eight threads issue numbers for the same timestamps in different orders,
    // around the Los Angeles fall-back and the end of October 2026 in Los Angeles: every number
    // has its timestamp's period, and each period's serials are 1..n without a repeat.
    ZoneId la = ZoneId.of("America/Los_Angeles");
    NumberingScheme scheme = NumberingScheme.builder(SeriesId.COMPLAINTS, la)
        .pattern(Unit.DAY.pattern).build();
    SequenceNumbering numbering = SequenceNumbering.of(scheme, new FakeSequences());
    List<Instant> timestamps = new ArrayList<>();
    for (Instant around : List.of(Instant.parse("2026-11-01T09:00:00Z"),
        at("2026-11-01T00:00", la), at("2026-10-31T23:59:59", la))) {
      for (int seconds = -3; seconds <= 3; seconds++) {
        timestamps.add(around.plusSeconds(seconds * 1800L));
        timestamps.add(around.plusSeconds(seconds).plusNanos(seconds < 0 ? 999_999_999 : 0));
      }
    }
    int threads = 8;
    int rounds = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Map<Instant, List<DocumentNumber>>>> results = new ArrayList<>();
    try {
      for (int thread = 0; thread < threads; thread++) {
        long seed = thread;
        Callable<Map<Instant, List<DocumentNumber>>> task = () -> {
          List<Instant> order = new ArrayList<>(timestamps);
          Random random = new Random(seed);
          Map<Instant, List<DocumentNumber>> issued = new HashMap<>();
          start.await();
          for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (Instant t : order) {
              issued.computeIfAbsent(t, k -> new ArrayList<>()).add(numbering.next(t));
            }
          }
          return issued;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      Map<String, List<Long>> serialsByKey = new HashMap<>();
      Map<String, Integer> expectedCounts = new HashMap<>();
      for (Future<Map<Instant, List<DocumentNumber>>> result : results) {
        for (Map.Entry<Instant, List<DocumentNumber>> entry : result.get(60, TimeUnit.SECONDS)
            .entrySet()) {
          LocalDate date = entry.getKey().atZone(la).toLocalDate();
          String key = Unit.DAY.key(date);
          for (DocumentNumber number : entry.getValue()) {
            assertEquals(key, number.periodKey(), entry.getKey().toString());
            assertEquals(Unit.DAY.text(date, number.serial()), number.text());
            serialsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(number.serial());
          }
        }
      }
      for (Instant t : timestamps) {
        expectedCounts.merge(Unit.DAY.key(t.atZone(la).toLocalDate()), threads * rounds,
            Integer::sum);
      }
      // 31 October and 1 November (local), each with its share of the timestamps.
      assertEquals(2, expectedCounts.size());
      for (Map.Entry<String, List<Long>> entry : serialsByKey.entrySet()) {
        List<Long> serials = new ArrayList<>(entry.getValue());
        Collections.sort(serials);
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= expectedCounts.get(entry.getKey()); s++) {
          expected.add(s);
        }
        assertEquals(expected, serials, entry.getKey());
      }
      assertEquals(expectedCounts.keySet(), serialsByKey.keySet());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_offsets_the_walks_cross_really_change() {
    // rule: CMP-01 — the property above is only as good as its zones: most have several offsets
    // between 1970 and 2040, so that its walks cross real changes.
    int zonesWithChanges = 0;
    for (ZoneId zone : ZONES) {
      List<ZoneOffset> offsets = new ArrayList<>();
      for (Instant change : CHANGES.get(zone)) {
        ZoneOffset offset = zone.getRules().getOffset(change);
        if (!offsets.contains(offset)) {
          offsets.add(offset);
        }
      }
      zonesWithChanges += offsets.size() > 1 ? 1 : 0;
    }
    assertEquals(ZONES.size() - 2, zonesWithChanges); // all but UTC and Kolkata
  }
}
