package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Invariants of numbering schemes over random patterns (date tokens in any order, with or without
 * the series, serial widths 1 to 8, literal separators from a safe set including Chinese text and
 * escaped braces), business timestamps from 1970 to 2099 — many of them on month and year
 * boundaries — zones on both sides of UTC, and serials up to ten million (widened).
 *
 * <p>// rule: CMP-01
 */
class NumberingProperties {

  static final List<List<String>> DATE_TOKENS = List.of(List.of(), List.of("{yy}"),
      List.of("{yyyy}"), List.of("{yy}", "{MM}"), List.of("{yyyy}", "{MM}"),
      List.of("{yy}", "{MM}", "{dd}"), List.of("{yyyy}", "{MM}", "{dd}"));
  static final List<String> SEPARATORS =
      List.of("", "", "-", "/", "_", ".", "PCB-", "SH", "年", "{{", "}}", "#", "No.");
  static final List<ZoneId> ZONES = List.of("Asia/Shanghai", "America/Los_Angeles",
      "Pacific/Kiritimati", "UTC", "Asia/Kathmandu", "America/St_Johns", "Pacific/Pago_Pago",
      "Europe/Berlin").stream().map(ZoneId::of).toList();
  static final List<SeriesId> SERIES = List.of(SeriesId.COMPLAINTS, SeriesId.of("SVC"),
      SeriesId.of("R2"), SeriesId.of("客诉"));

  static final long FROM = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
  static final long TO = Instant.parse("2099-12-31T23:59:59Z").getEpochSecond();

  /**
   * A random scheme and what it should print, worked out independently of the implementation.
   *
   * @param scheme the scheme under test
   * @param parts the pattern's tokens and literal texts, in order, as written in the pattern
   * @param dateTokens how many date tokens: 0 (never restarts), 1 (year), 2 (month), 3 (day)
   */
  record Case(NumberingScheme scheme, List<String> parts, int dateTokens) {

    boolean twoDigitYear() {
      return parts.contains("{yy}");
    }

    boolean printable(LocalDate date) {
      int base = scheme.twoDigitYearBase();
      return !twoDigitYear() || (date.getYear() >= base && date.getYear() <= base + 99);
    }

    LocalDate expectedStart(LocalDate date) {
      switch (dateTokens) {
        case 3:
          return date;
        case 2:
          return date.withDayOfMonth(1);
        case 1:
          return date.withDayOfYear(1);
        default:
          return LocalDate.of(1, 1, 1);
      }
    }

    String expectedKey(LocalDate date) {
      switch (dateTokens) {
        case 3:
          return date.toString();
        case 2:
          return YearMonth.from(date).toString();
        case 1:
          return String.format(Locale.ROOT, "%04d", date.getYear());
        default:
          return "ALL";
      }
    }

    String expectedText(LocalDate date, long serial) {
      StringBuilder text = new StringBuilder();
      for (String part : parts) {
        switch (part) {
          case "{yy}":
            text.append(String.format(Locale.ROOT, "%02d", date.getYear() % 100));
            break;
          case "{yyyy}":
            text.append(String.format(Locale.ROOT, "%04d", date.getYear()));
            break;
          case "{MM}":
            text.append(String.format(Locale.ROOT, "%02d", date.getMonthValue()));
            break;
          case "{dd}":
            text.append(String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
            break;
          case "{series}":
            text.append(scheme.series().value());
            break;
          default:
            if (part.startsWith("{serial:")) {
              int width = Integer.parseInt(part.substring(8, part.length() - 1));
              text.append(String.format(Locale.ROOT, "%0" + width + "d", serial));
            } else {
              text.append(part.replace("{{", "{").replace("}}", "}"));
            }
        }
      }
      return text.toString();
    }

    static Case of(List<String> tokens, List<String> separators, ZoneId zone, SeriesId series,
        int base) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        String separator = separators.get(i);
        if (i > 0 && separator.isEmpty() && tokens.get(i - 1).startsWith("{serial")) {
          separator = "-"; // a serial must be followed by non-digit literal text
        }
        if (!separator.isEmpty()) {
          parts.add(separator);
        }
        parts.add(tokens.get(i));
      }
      if (!separators.get(tokens.size()).isEmpty()) {
        parts.add(separators.get(tokens.size()));
      }
      int dateTokens = (int) tokens.stream()
          .filter(t -> t.equals("{yy}") || t.equals("{yyyy}") || t.equals("{MM}")
              || t.equals("{dd}")).count();
      NumberingScheme scheme = NumberingScheme.builder(series, zone)
          .pattern(String.join("", parts)).twoDigitYearBase(base).build();
      return new Case(scheme, List.copyOf(parts), dateTokens);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<String>> tokens = Combinators.combine(Arbitraries.of(DATE_TOKENS),
            Arbitraries.of(true, false), Arbitraries.integers().between(1, 8))
        .as((dates, withSeries, width) -> {
          List<String> all = new ArrayList<>(dates);
          if (withSeries) {
            all.add("{series}");
          }
          all.add("{serial:" + width + "}");
          return all;
        })
        .flatMap(all -> Arbitraries.shuffle(all));
    return Combinators.combine(tokens, Arbitraries.of(SEPARATORS).list().ofSize(6),
            Arbitraries.of(ZONES), Arbitraries.of(SERIES), Arbitraries.of(2000, 1970, 1950))
        .as(Case::of);
  }

  /**
   * Business timestamps from 1970 to 2099; half of them exactly on, or a nanosecond either side
   * of, the start of a month or a year in the scheme's zone (see {@link #near}).
   */
  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(Arbitraries.longs().between(FROM, TO),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
  }

  /**
   * Moves {@code t} to a boundary of its period in {@code zone}: 0 leaves it, 1–3 put it one
   * nanosecond before, on, or one nanosecond after midnight of the first of its month, 4–6 the same
   * for its year.
   */
  static Instant near(Instant t, ZoneId zone, int mode) {
    if (mode == 0) {
      return t;
    }
    LocalDate date = LocalDate.ofInstant(t, zone);
    LocalDate first = mode <= 3 ? date.withDayOfMonth(1) : date.withDayOfYear(1);
    return first.atStartOfDay(zone).toInstant().plusNanos(((mode - 1) % 3) - 1);
  }

  static int sign(int comparison) {
    return Integer.signum(comparison);
  }

  @Property(tries = 500)
  void a_printed_number_reads_back_into_the_same_parts(@ForAll("cases") Case c,
      @ForAll("instants") Instant instant, @ForAll @IntRange(min = 0, max = 6) int mode,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serial) {
    Instant t = near(instant, c.scheme().businessZone(), mode);
    if (!c.printable(LocalDate.ofInstant(t, c.scheme().businessZone()))) {
      assertThrows(InvalidInputException.class, () -> c.scheme().number(t, serial));
      return;
    }
    DocumentNumber number = c.scheme().number(t, serial);
    DocumentNumber back = c.scheme().parse(number.text());
    assertEquals(number.text(), back.text());
    assertEquals(number.periodKey(), back.periodKey());
    assertEquals(number.periodStart(), back.periodStart());
    assertEquals(number.serial(), back.serial());
    assertEquals(number.series(), back.series());
    assertEquals(number, back);
  }

  @Property(tries = 500)
  void the_printed_date_part_and_the_period_are_those_of_the_business_date(
      @ForAll("cases") Case c, @ForAll("instants") Instant instant,
      @ForAll @IntRange(min = 0, max = 6) int mode,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serial) {
    ZoneId zone = c.scheme().businessZone();
    Instant t = near(instant, zone, mode);
    LocalDate date = LocalDate.ofInstant(t, zone);
    if (!c.printable(date)) {
      assertThrows(InvalidInputException.class, () -> c.scheme().periodKeyOf(t));
      return;
    }
    DocumentNumber number = c.scheme().number(t, serial);
    assertEquals(c.expectedText(date, serial), number.text(), c.scheme().pattern());
    assertEquals(c.expectedKey(date), number.periodKey());
    assertEquals(c.expectedKey(date), c.scheme().periodKeyOf(t));
    assertEquals(c.expectedStart(date), number.periodStart());
    assertEquals(serial, number.serial());
  }

  @Property(tries = 500)
  void chronological_order_agrees_with_period_start_then_serial(@ForAll("cases") Case c,
      @ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serialA,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serialB,
      @ForAll boolean samePeriod) {
    ZoneId zone = c.scheme().businessZone();
    Instant tb = samePeriod ? a : b;
    LocalDate dateA = LocalDate.ofInstant(a, zone);
    LocalDate dateB = LocalDate.ofInstant(tb, zone);
    if (!c.printable(dateA) || !c.printable(dateB)) {
      return;
    }
    String textA = c.scheme().number(a, serialA).text();
    String textB = c.scheme().number(tb, serialB).text();
    int expected = Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1])
        .compare(new long[] {c.expectedStart(dateA).toEpochDay(), serialA},
            new long[] {c.expectedStart(dateB).toEpochDay(), serialB});
    assertEquals(sign(expected), sign(c.scheme().chronologicalOrder().compare(textA, textB)),
        textA + " vs " + textB);
    assertEquals(sign(expected), -sign(c.scheme().chronologicalOrder().compare(textB, textA)));
  }

  @Property(tries = 500)
  void an_issued_number_was_allocated_under_the_key_of_the_period_it_prints(
      @ForAll("cases") Case c, @ForAll("instants") Instant instant,
      @ForAll @IntRange(min = 0, max = 6) int mode) {
    ZoneId zone = c.scheme().businessZone();
    Instant t = near(instant, zone, mode);
    LocalDate date = LocalDate.ofInstant(t, zone);
    FakeSequences sequences = new FakeSequences();
    SequenceNumbering numbering = SequenceNumbering.of(c.scheme(), sequences);
    if (!c.printable(date)) {
      assertThrows(InvalidInputException.class, () -> numbering.next(t));
      assertEquals(List.of(), sequences.requestedKeys(), "nothing allocated");
      return;
    }
    DocumentNumber number = numbering.next(t);
    SequenceKey expected = new SequenceKey(c.scheme().series(), c.expectedKey(date));
    assertEquals(List.of(expected), sequences.requestedKeys());
    assertEquals(expected, number.sequenceKey());
    assertEquals(c.expectedText(date, 1), number.text());
    assertEquals(expected.period(), numbering.parse(number.text()).periodKey());
  }

  @Provide
  Arbitrary<Character> editChars() {
    return Arbitraries.of('0', '1', '2', '9', '-', '/', '{', '}', '年', ' ', 'A', 'S');
  }

  @Property(tries = 500)
  void the_parser_accepts_only_texts_the_scheme_prints(@ForAll("cases") Case c,
      @ForAll("instants") Instant t, @ForAll @LongRange(min = 1, max = 100_000) long serial,
      @ForAll @IntRange(min = 0, max = 2) int edit, @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll("editChars") char inserted) {
    ZoneId zone = c.scheme().businessZone();
    if (!c.printable(LocalDate.ofInstant(t, zone))) {
      return;
    }
    String text = c.scheme().number(t, serial).text();
    int i = at % (text.length() + (edit == 0 ? 1 : 0));
    String mutated = edit == 0 ? text.substring(0, i) + inserted + text.substring(i)
        : edit == 1 ? text.substring(0, i) + text.substring(i + 1)
        : text.substring(0, i) + inserted + text.substring(i + 1);
    DocumentNumber read;
    try {
      read = c.scheme().parse(mutated);
    } catch (InvalidInputException e) {
      return; // refused: fine, as long as nothing else is thrown
    }
    Instant inPeriod = read.periodStart().atStartOfDay(zone).toInstant();
    assertEquals(mutated, c.scheme().number(inPeriod, read.serial()).text(),
        "accepted text must be exactly what the scheme prints for its parts");
  }
}
