package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Invariants of numbering schemes over random patterns (date tokens in any order, with or without
 * the series, serial widths 1 to 8, literal separators from a safe set including Chinese text and
 * escaped braces), business timestamps from 1970 to 2099 that the scheme can print — two in three
 * of them on the first or last nanosecond of a month or a year — zones on both sides of UTC, and
 * serials up to ten million (widened). Timestamps outside a two-digit window have their own
 * property; no property skips a generated case.
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

    LocalDate expectedStart(LocalDate date) {
      switch (dateTokens) {
        case 3:
          return date;
        case 2:
          return date.withDayOfMonth(1);
        case 1:
          return date.withDayOfYear(1);
        default:
          return LocalDate.of(1900, 1, 1);
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
    return cases(Arbitraries.of(DATE_TOKENS));
  }

  /** Schemes whose pattern prints {@code {yy}}: the ones a two-digit window limits. */
  @Provide
  Arbitrary<Case> twoDigitYearCases() {
    return cases(Arbitraries.of(DATE_TOKENS).filter(tokens -> tokens.contains("{yy}")));
  }

  static Arbitrary<Case> cases(Arbitrary<List<String>> dateTokens) {
    Arbitrary<List<String>> tokens = Combinators.combine(dateTokens,
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
   * A business timestamp the case's scheme can print, and its local date in the scheme's zone
   * (read with java.time, independently of the scheme).
   *
   * @param t the business timestamp
   * @param date its date in the business zone
   */
  record Dated(Instant t, LocalDate date) {}

  /**
   * A local date-time in the years {@code from} to {@code to}, turned into an instant in
   * {@code zone}; in two cases of three on a boundary: the first or the last nanosecond of its
   * month or of its year, local time.
   */
  static Arbitrary<Dated> dated(ZoneId zone, int from, int to) {
    return Combinators.combine(Arbitraries.integers().between(from, to),
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
            Arbitraries.longs().between(0, 86_400_000_000_000L - 1),
            Arbitraries.integers().between(0, 5))
        .as((year, month, day, nanoOfDay, mode) -> {
          YearMonth yearMonth = YearMonth.of(year, month);
          LocalDateTime local = switch (mode) {
            case 0, 1 -> yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()))
                .atTime(LocalTime.ofNanoOfDay(nanoOfDay));
            case 2 -> yearMonth.atDay(1).atStartOfDay();
            case 3 -> yearMonth.atEndOfMonth().atTime(LocalTime.MAX);
            case 4 -> LocalDate.of(year, 1, 1).atStartOfDay();
            default -> LocalDate.of(year, 12, 31).atTime(LocalTime.MAX);
          };
          Instant t = local.atZone(zone).toInstant();
          return new Dated(t, LocalDate.ofInstant(t, zone));
        });
  }

  /**
   * The years a case can print: its two-digit window, or the whole supported range 1900 to 2300
   * (reliability: not only the years near today).
   */
  static Arbitrary<Dated> printable(Case c) {
    int base = c.scheme().twoDigitYearBase();
    return c.twoDigitYear()
        ? dated(c.scheme().businessZone(), base, base + 99)
        : dated(c.scheme().businessZone(), 1900, 2300);
  }

  /** A scheme and a timestamp it can print. */
  record CaseAt(Case c, Dated at) {}

  /** A scheme and two timestamps it can print. */
  record CaseAtTwo(Case c, Dated a, Dated b) {}

  @Provide
  Arbitrary<CaseAt> printableCases() {
    return cases().flatMap(c -> printable(c).map(at -> new CaseAt(c, at)));
  }

  @Provide
  Arbitrary<CaseAtTwo> printablePairs() {
    return cases().flatMap(c -> Combinators.combine(printable(c), printable(c))
        .as((a, b) -> new CaseAtTwo(c, a, b)));
  }

  /**
   * A scheme with {@code {yy}} and a timestamp outside its two-digit window but inside the
   * supported years 1900 to 2300: before or after the window.
   */
  @Provide
  Arbitrary<CaseAt> outsideTheWindow() {
    return twoDigitYearCases().flatMap(c -> {
      int base = c.scheme().twoDigitYearBase();
      ZoneId zone = c.scheme().businessZone();
      return Arbitraries.oneOf(dated(zone, 1900, base - 1), dated(zone, base + 100, 2300))
          .map(at -> new CaseAt(c, at));
    });
  }

  /** Any scheme and a timestamp whose local date lies outside the supported years 1900 to 2300. */
  @Provide
  Arbitrary<CaseAt> outsideTheSupportedRange() {
    return cases().flatMap(c -> {
      ZoneId zone = c.scheme().businessZone();
      return Arbitraries.oneOf(dated(zone, 1, 1899), dated(zone, 2301, 9998))
          .map(at -> new CaseAt(c, at));
    });
  }

  @Property(tries = 300)
  @Tag("reliability")
  void a_timestamp_outside_the_supported_range_is_refused_by_every_scheme(
      @ForAll("outsideTheSupportedRange") CaseAt x) {
    // rule: CMP-01 — reliability: refused with the library's error, never printed.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> x.c().scheme().number(x.at().t(), 1));
    assertEquals("businessTimestamp", e.violations().get(0).path());
    assertEquals("rules.numbering.year.outOfRange", e.violations().get(0).message().key());
  }

  static int sign(int comparison) {
    return Integer.signum(comparison);
  }

  @Property(tries = 500)
  void a_printed_number_reads_back_into_the_same_parts(@ForAll("printableCases") CaseAt x,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serial) {
    NumberingScheme scheme = x.c().scheme();
    String text = x.c().expectedText(x.at().date(), serial);
    DocumentNumber back = scheme.parse(text);
    assertEquals(text, back.text());
    assertEquals(x.c().expectedKey(x.at().date()), back.periodKey());
    assertEquals(x.c().expectedStart(x.at().date()), back.periodStart());
    assertEquals(serial, back.serial());
    assertEquals(scheme.series(), back.series());
    assertEquals(scheme.number(x.at().t(), serial), back);
  }

  @Property(tries = 500)
  void the_printed_date_part_and_the_period_are_those_of_the_business_date(
      @ForAll("printableCases") CaseAt x,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serial) {
    Case c = x.c();
    LocalDate date = x.at().date();
    DocumentNumber number = c.scheme().number(x.at().t(), serial);
    assertEquals(c.expectedText(date, serial), number.text(), c.scheme().pattern());
    assertEquals(c.expectedKey(date), number.periodKey());
    assertEquals(c.expectedKey(date), c.scheme().periodKeyOf(x.at().t()));
    assertEquals(c.expectedStart(date), number.periodStart());
    assertEquals(serial, number.serial());
  }

  @Property(tries = 300)
  void a_timestamp_outside_the_two_digit_window_is_refused_and_allocates_nothing(
      @ForAll("outsideTheWindow") CaseAt x) {
    NumberingScheme scheme = x.c().scheme();
    FakeSequences sequences = new FakeSequences();
    SequenceNumbering numbering = SequenceNumbering.of(scheme, sequences);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> numbering.next(x.at().t()));
    assertEquals("rules.numbering.year.outsideTwoDigitWindow",
        e.violations().get(0).message().key());
    assertEquals(Integer.toString(x.at().date().getYear()),
        e.violations().get(0).message().arguments().get("year"));
    assertEquals(List.of(), sequences.requestedKeys(), "nothing allocated");
    assertThrows(InvalidInputException.class, () -> scheme.periodKeyOf(x.at().t()));
    assertThrows(InvalidInputException.class, () -> scheme.number(x.at().t(), 1));
  }

  @Property(tries = 500)
  void chronological_order_agrees_with_period_start_then_serial(
      @ForAll("printablePairs") CaseAtTwo x,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serialA,
      @ForAll @LongRange(min = 1, max = 10_000_000) long serialB,
      @ForAll boolean samePeriod) {
    Case c = x.c();
    Dated a = x.a();
    Dated b = samePeriod ? x.a() : x.b();
    String textA = c.expectedText(a.date(), serialA);
    String textB = c.expectedText(b.date(), serialB);
    int expected = Comparator.<long[]>comparingLong(y -> y[0]).thenComparingLong(y -> y[1])
        .compare(new long[] {c.expectedStart(a.date()).toEpochDay(), serialA},
            new long[] {c.expectedStart(b.date()).toEpochDay(), serialB});
    assertEquals(sign(expected), sign(c.scheme().chronologicalOrder().compare(textA, textB)),
        textA + " vs " + textB);
    assertEquals(sign(expected), -sign(c.scheme().chronologicalOrder().compare(textB, textA)));
  }

  @Property(tries = 500)
  void an_issued_number_was_allocated_under_the_key_of_the_period_it_prints(
      @ForAll("printableCases") CaseAt x) {
    Case c = x.c();
    FakeSequences sequences = new FakeSequences();
    SequenceNumbering numbering = SequenceNumbering.of(c.scheme(), sequences);
    DocumentNumber number = numbering.next(x.at().t());
    SequenceKey expected = new SequenceKey(c.scheme().series(), c.expectedKey(x.at().date()));
    assertEquals(List.of(expected), sequences.requestedKeys());
    assertEquals(expected, number.sequenceKey());
    assertEquals(c.expectedText(x.at().date(), 1), number.text());
    assertEquals(expected.period(), numbering.parse(number.text()).periodKey());
  }

  @Provide
  Arbitrary<Character> editChars() {
    return Arbitraries.of('0', '1', '2', '9', '-', '/', '{', '}', '年', ' ', 'A', 'S');
  }

  /**
   * Every edit of a printed number (a character inserted, removed or replaced) is either refused
   * with a parse problem or read into parts that print exactly the edited text. The statistics
   * check that both outcomes are common, so neither branch passes by never running.
   */
  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void the_parser_accepts_only_texts_the_scheme_prints(@ForAll("printableCases") CaseAt x,
      @ForAll @LongRange(min = 1, max = 100_000) long serial,
      @ForAll @IntRange(min = 0, max = 2) int edit, @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll("editChars") char inserted) {
    Case c = x.c();
    ZoneId zone = c.scheme().businessZone();
    String text = c.expectedText(x.at().date(), serial);
    int i = at % (text.length() + (edit == 0 ? 1 : 0));
    String mutated = edit == 0 ? text.substring(0, i) + inserted + text.substring(i)
        : edit == 1 ? text.substring(0, i) + text.substring(i + 1)
        : text.substring(0, i) + inserted + text.substring(i + 1);
    String outcome;
    try {
      DocumentNumber read = c.scheme().parse(mutated);
      Instant inPeriod = read.periodStart().atStartOfDay(zone).toInstant();
      assertEquals(mutated, c.scheme().number(inPeriod, read.serial()).text(),
          "accepted text must be exactly what the scheme prints for its parts");
      outcome = "accepted";
    } catch (InvalidInputException refused) {
      assertEquals("number", refused.violations().get(0).path());
      assertEquals(mutated, refused.violations().get(0).rejectedValue().orElseThrow());
      outcome = "refused";
    }
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p >= 5.0);
      coverage.check("refused").percentage(p -> p >= 30.0);
    });
  }

  @Property(tries = 200)
  void the_last_year_of_every_two_digit_window_prints_and_reads_back(
      @ForAll("twoDigitYearCases") Case c,
      @ForAll @LongRange(min = 1, max = 10_000) long serial) {
    // rule: CMP-01 — base + 99 is inside the window, base + 100 is not.
    int last = c.scheme().twoDigitYearBase() + 99;
    ZoneId zone = c.scheme().businessZone();
    Instant lastNanosecond = LocalDate.of(last, 12, 31).atTime(LocalTime.MAX).atZone(zone)
        .toInstant();
    LocalDate date = LocalDate.of(last, 12, 31);
    DocumentNumber number = c.scheme().number(lastNanosecond, serial);
    assertEquals(c.expectedText(date, serial), number.text());
    assertEquals(c.expectedKey(date), c.scheme().parse(number.text()).periodKey());
    assertThrows(InvalidInputException.class,
        () -> c.scheme().number(lastNanosecond.plusNanos(1), serial));
  }
}
