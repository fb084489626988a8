package org.aftersales.rules.numbering;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.numbering.NumberPattern.DateField;
import org.aftersales.rules.numbering.NumberPattern.DateToken;
import org.aftersales.rules.numbering.NumberPattern.Literal;
import org.aftersales.rules.numbering.NumberPattern.Segment;
import org.aftersales.rules.numbering.NumberPattern.SerialToken;
import org.aftersales.rules.numbering.NumberPattern.SeriesToken;
import org.aftersales.rules.support.RulesMessages;

/**
 * How the numbers of one series are printed and read back (编号规则): a pattern of date tokens, a
 * serial and literal text, the business zone in which a document's date is read, and what happens
 * when the serial outgrows its width. The complaint numbers of rule CMP-01 — year, month and a
 * serial that restarts every month (年月流水, e.g. {@code 2611-07}) — are {@link
 * #complaints(ZoneId)}. A scheme only prints and reads; {@link SequenceNumbering} adds the counters
 * ({@link NumberSequences}) that hand out the serials.
 *
 * <h2>Pattern</h2>
 * <table>
 *   <caption>Tokens</caption>
 *   <tr><th>Token</th><th>Prints</th></tr>
 *   <tr><td>{@code {yy}}</td><td>the year, last two digits ({@code 26}); read back as a year of
 *       the two-digit window, see {@link Builder#twoDigitYearBase(int)}</td></tr>
 *   <tr><td>{@code {yyyy}}</td><td>the year, four digits ({@code 2026})</td></tr>
 *   <tr><td>{@code {MM}}</td><td>the month, {@code 01} to {@code 12}</td></tr>
 *   <tr><td>{@code {dd}}</td><td>the day of the month, {@code 01} to {@code 31}</td></tr>
 *   <tr><td>{@code {serial:N}}</td><td>the serial, left-padded with zeros to at least N digits,
 *       N from 1 to 18</td></tr>
 *   <tr><td>{@code {serial}}</td><td>the same as {@code {serial:2}}</td></tr>
 *   <tr><td>{@code {series}}</td><td>the text of the series ID, e.g. {@code COMPLAINT}</td></tr>
 *   <tr><td><code>&#123;&#123;</code>, <code>&#125;&#125;</code></td><td>a literal
 *       <code>&#123;</code> or <code>&#125;</code></td></tr>
 * </table>
 * Any other text is printed as it is (a company or site prefix, separators, {@code 年}); tokens
 * are case-sensitive. A pattern is checked when the scheme is built, and every problem is listed in
 * one {@link InvalidInputException} (path {@code pattern}):
 * <ul>
 *   <li>exactly one serial token; at most one year token; {@code {MM}}, {@code {dd}} and
 *       {@code {series}} at most once each; the date tokens in any order;</li>
 *   <li>{@code {MM}} needs a year token and {@code {dd}} needs {@code {MM}}, so that a period is a
 *       whole day, month or year;</li>
 *   <li>the serial token is last, or directly followed by literal text whose first character is
 *       not an ASCII digit — otherwise a widened serial could not be told apart from what follows it
 *       when a number is read back ({@code {serial}{MM}} and {@code {serial}7} are refused,
 *       {@code {serial}-{MM}} is fine);</li>
 *   <li>no unknown token ({@code {mm}}, {@code {serial:0}}, {@code {serial:19}}), no unbalanced
 *       brace (a <code>&#123;</code> without its <code>&#125;</code>, or a lone
 *       <code>&#125;</code>; <code>&#123;&#123;</code> and <code>&#125;&#125;</code> are always read
 *       as escapes, left to right);</li>
 *   <li>no control characters, and no white space at the start or the end.</li>
 * </ul>
 * The pattern of a new builder is the complaint pattern {@value #COMPLAINTS_PATTERN}. Its separator
 * {@code -} is the default on purpose: the source writes three two-digit groups (年度、月份、流水编号),
 * and without a separator a serial of three digits would run into the month ({@code 2611100});
 * {@code 2611-100} stays readable, and the parser finds the serial after the {@code -}.
 *
 * <h2>Periods</h2>
 * A serial restarts with every period, and the period is as long as the finest date token:
 * {@code {dd}} a day, {@code {MM}} a month, a year token alone a year, none at all: one period that
 * never ends. The period is computed <b>once</b>, from the business timestamp (when the document
 * came into being, not when it is stored) read as a local date in the business zone — never the
 * server clock and never the JVM's default zone — and both the printed date part and the counter
 * key come from that one period, so a number and its counter never disagree at a month boundary:
 * in Asia/Shanghai (UTC+8) {@code 2026-11-30T16:30Z} is already 1 December ({@code 2612-01}); in
 * America/Los_Angeles {@code 2026-12-01T05:00Z} is still 30 November ({@code 2611-..}). The date
 * is that of the local date-time, never rounded: {@code 23:59:59.999999999} on 30 November is still
 * November, and local midnight of 1 December is December. Precision is the {@link Instant}'s
 * (nanoseconds).
 *
 * <p>Each period has a canonical key (see {@link SequenceKey}), always with a four-digit year
 * whatever the pattern prints, so that {@code yy} can never mix up centuries: {@code 2026-11-05}
 * (day), {@code 2026-11} (month), {@code 2026} (year), {@code ALL} (never restarts). The first day
 * of the period ({@link DocumentNumber#periodStart()}) is 1 January of the year 1 for {@code ALL}.
 * Only the years 0000 to 9999 can be numbered; other timestamps are refused
 * ({@link InvalidInputException}, path {@code businessTimestamp}).
 *
 * <h2>Reading numbers back</h2>
 * {@link #parse(CharSequence)} accepts exactly the texts this scheme prints and names the first
 * problem it finds, reading left to right, with its 1-based character position; see
 * {@code docs/numbering.md} for every message. {@link #chronologicalOrder()} sorts printed numbers
 * by period and serial.
 *
 * <p>Speed: a scheme keeps the periods it printed most recently (what every number of a period
 * shares: the counter key and the text around the serial), so issuing a number is a lookup and one
 * string; about 45 ns with the in-memory adapter (docs/performance.md).
 *
 * <p>Immutable and thread-safe. Two schemes are equal if series, zone, pattern, overflow policy and
 * two-digit year base are equal.
 */
public final class NumberingScheme {

  /**
   * The complaint pattern of CMP-01 (年月流水): two-digit year, two-digit month, {@code -} and a
   * serial of at least two digits, e.g. {@code 2611-07}.
   */
  public static final String COMPLAINTS_PATTERN = "{yy}{MM}-{serial:2}";

  /** The default first year of the two-digit window: {@code {yy}} stands for 2000 to 2099. */
  public static final int DEFAULT_TWO_DIGIT_YEAR_BASE = 2000;

  /** The largest two-digit year base, 9900: the window 9900 to 9999 still ends by 9999. */
  public static final int MAX_TWO_DIGIT_YEAR_BASE = 9900;

  /** The largest serial width N of {@code {serial:N}}. */
  public static final int MAX_SERIAL_WIDTH = NumberPattern.MAX_WIDTH;

  /** The rule a refused overflow names. */
  static final String RULE_ID = "CMP-01";

  /** Timestamps outside this range cannot lie in the years 0000 to 9999 in any zone. */
  private static final long MIN_EPOCH_SECOND = Instant.parse("0000-01-01T00:00:00Z")
      .getEpochSecond() - 2 * 86_400L;
  private static final long MAX_EPOCH_SECOND = Instant.parse("9999-12-31T23:59:59Z")
      .getEpochSecond() + 2 * 86_400L;

  private static final int PERIOD_CACHE_SLOTS = 32;

  private final SeriesId series;
  private final ZoneId businessZone;
  private final String pattern;
  private final Overflow overflow;
  private final int twoDigitYearBase;
  private final NumberPattern compiled;
  private final long maxSerialInWidth;
  /**
   * Recently used periods, direct-mapped by the timestamp's slice of time (a slice is shorter than
   * any period, so a slot holds the period of its slice or of a neighbour); a cache, not part of the
   * value. Periods are immutable, so racing writes are harmless.
   */
  private final AtomicReferenceArray<Period> recentPeriods = new AtomicReferenceArray<>(PERIOD_CACHE_SLOTS);

  private NumberingScheme(Builder builder, NumberPattern compiled) {
    this.series = builder.series;
    this.businessZone = builder.businessZone;
    this.pattern = builder.pattern;
    this.overflow = builder.overflow;
    this.twoDigitYearBase = builder.twoDigitYearBase;
    this.compiled = compiled;
    long max = 1;
    for (int i = 0; i < compiled.serialWidth(); i++) {
      max *= 10;
    }
    this.maxSerialInWidth = max - 1;
  }

  /**
   * A builder with the complaint defaults: pattern {@value #COMPLAINTS_PATTERN},
   * {@link Overflow#WIDEN}, two-digit years 2000 to 2099.
   *
   * @param series the series numbered
   * @param businessZone the zone in which a business timestamp's date is read
   * @return a new builder
   */
  public static Builder builder(SeriesId series, ZoneId businessZone) {
    return new Builder(series, businessZone);
  }

  /**
   * The complaint numbering of CMP-01 (客户投诉编号，年月流水): series {@link SeriesId#COMPLAINTS},
   * pattern {@value #COMPLAINTS_PATTERN}, {@link Overflow#WIDEN}, two-digit years 2000 to 2099. The
   * 7th complaint accepted in November 2026 (in {@code businessZone}) is {@code 2611-07}, the 100th
   * {@code 2611-100}.
   *
   * @param businessZone the zone of the company's calendar, e.g. Asia/Shanghai
   * @return the scheme
   */
  public static NumberingScheme complaints(ZoneId businessZone) {
    return builder(SeriesId.COMPLAINTS, businessZone).build();
  }

  /**
   * The series numbered.
   *
   * @return the series
   */
  public SeriesId series() {
    return series;
  }

  /**
   * The zone in which a business timestamp is turned into a date, and so into a period.
   *
   * @return the business zone
   */
  public ZoneId businessZone() {
    return businessZone;
  }

  /**
   * The pattern, as given.
   *
   * @return e.g. {@value #COMPLAINTS_PATTERN}
   */
  public String pattern() {
    return pattern;
  }

  /**
   * What happens when a serial outgrows the serial token's width.
   *
   * @return the overflow policy
   */
  public Overflow overflow() {
    return overflow;
  }

  /**
   * The first year of the hundred years {@code {yy}} stands for.
   *
   * @return e.g. 2000 for the window 2000 to 2099
   */
  public int twoDigitYearBase() {
    return twoDigitYearBase;
  }

  /**
   * The minimum number of serial digits, N of {@code {serial:N}}.
   *
   * @return 1 to {@value #MAX_SERIAL_WIDTH}
   */
  public int serialWidth() {
    return compiled.serialWidth();
  }

  /**
   * The canonical key of the period of {@code businessTimestamp}: the date in the business zone,
   * cut to the period's length.
   *
   * @param businessTimestamp when the document came into being
   * @return {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code ALL}, e.g. {@code 2026-11}
   * @throws InvalidInputException (path {@code businessTimestamp}) if the date lies outside the
   *     years 0000 to 9999, or outside the two-digit window of a pattern with {@code {yy}}: no
   *     number can be printed for it
   */
  public String periodKeyOf(Instant businessTimestamp) {
    return cachedPeriodOf(businessTimestamp).key();
  }

  /**
   * The counter key of {@code businessTimestamp}: this scheme's series and {@link
   * #periodKeyOf(Instant) period key}.
   *
   * @param businessTimestamp when the document came into being
   * @return the key under which its serial is allocated, e.g. {@code COMPLAINT/2026-11}
   * @throws InvalidInputException as {@link #periodKeyOf(Instant)}
   */
  public SequenceKey sequenceKeyOf(Instant businessTimestamp) {
    return new SequenceKey(series, periodKeyOf(businessTimestamp));
  }

  /**
   * The number with serial {@code serial} in the period of {@code businessTimestamp}. Does not
   * allocate anything: the serial must come from the period's counter (see {@link
   * SequenceNumbering}).
   *
   * @param businessTimestamp when the document came into being; its date in the business zone
   *     gives the period and the printed date part
   * @param serial the serial within the period, 1 or more
   * @return the number, e.g. {@code 2611-07}; its text, period key, period start and serial
   * @throws InvalidInputException if the timestamp has no printable period (see {@link
   *     #periodKeyOf(Instant)}) or the serial is less than 1
   * @throws RuleRefusalException (CMP-01) if the serial has more digits than the serial token's
   *     width and the overflow policy is {@link Overflow#REFUSE}
   */
  public DocumentNumber number(Instant businessTimestamp, long serial) {
    return number(cachedPeriodOf(businessTimestamp), serial);
  }

  /**
   * Reads a printed number back into its period and serial. Accepts exactly the texts this scheme
   * prints: literal text as in the pattern (case-sensitive), ASCII digits, a month 01 to 12, a day
   * that exists in its month and year, a serial of 1 or more with at least N digits — and under
   * {@link Overflow#WIDEN} more than N only without leading zeros ({@code 100}, not
   * {@code 0100}); under {@link Overflow#REFUSE} exactly N — and nothing after the number. Two-digit
   * years are read into the window of {@link #twoDigitYearBase()}. Surrounding white space is not
   * removed.
   *
   * @param text the printed number, e.g. {@code 2611-07}
   * @return the number: the text as given, its period key and first day, its serial
   * @throws InvalidInputException (path {@code number}, rejected value the text) naming the first
   *     problem and its position, reading left to right — positions count characters (UTF-16 code
   *     units) from 1 — e.g. {@code expected "-" at position 5, found "0"}
   */
  public DocumentNumber parse(CharSequence text) {
    return new Reader(requireNonNull(text, "text").toString()).read();
  }

  /**
   * An order of printed numbers of this scheme: by period, then by serial as a number — so
   * {@code 2611-99 < 2611-100 < 2612-01}, chronological even across widths — then by text. Each
   * comparison parses both texts; to sort many numbers, parse them once and sort the {@link
   * DocumentNumber}s, which sort the same way.
   *
   * @return the comparator; it throws {@link InvalidInputException} (as {@link
   *     #parse(CharSequence)}) for a text that is not a number of this scheme, and {@link
   *     NullPointerException} for {@code null}
   */
  public Comparator<String> chronologicalOrder() {
    return (a, b) -> {
      DocumentNumber x = parse(a);
      DocumentNumber y = parse(b);
      int c = x.periodStart().compareTo(y.periodStart());
      if (c == 0) {
        c = Long.compare(x.serial(), y.serial());
      }
      return c != 0 ? c : x.text().compareTo(y.text());
    };
  }

  /** The one period of a timestamp; package-private so that {@link SequenceNumbering} uses it. */
  Period periodOf(Instant businessTimestamp) {
    requireNonNull(businessTimestamp, "businessTimestamp");
    LocalDate date = businessDate(businessTimestamp);
    int year = date.getYear();
    if (compiled.twoDigitYear() && (year < twoDigitYearBase || year > twoDigitYearBase + 99)) {
      throw InvalidInputException.of("businessTimestamp",
          message("rules.numbering.year.outsideTwoDigitWindow", "year", year,
              "zone", businessZone, "token", DateField.YEAR2.token,
              "from", twoDigitYearBase, "to", twoDigitYearBase + 99),
          businessTimestamp);
    }
    PeriodUnit unit = compiled.unit();
    LocalDate start = unit.startOf(date);
    String key = unit.keyOf(start);
    // The period ALL covers every printable date: the years 0000 to 9999 in the business zone.
    Instant from = (unit == PeriodUnit.ALL ? LocalDate.of(0, 1, 1) : start)
        .atStartOfDay(businessZone).toInstant();
    Instant until = (unit == PeriodUnit.ALL ? LocalDate.of(10000, 1, 1) : unit.nextStart(start))
        .atStartOfDay(businessZone).toInstant();
    return new Period(unit, start, key, new SequenceKey(series, key), from, until,
        render(start, true), render(start, false));
  }

  /**
   * The period of {@code businessTimestamp}, from the cache of recent periods if it is there (it
   * is, for every number but the first of a period), else computed and cached.
   */
  Period cachedPeriodOf(Instant businessTimestamp) {
    int slot = (int) Math.floorMod(
        Math.floorDiv(requireNonNull(businessTimestamp, "businessTimestamp").getEpochSecond(),
            compiled.unit().cacheSliceSeconds()), (long) PERIOD_CACHE_SLOTS);
    Period cached = recentPeriods.get(slot);
    if (cached != null && cached.contains(businessTimestamp)) {
      return cached;
    }
    Period period = periodOf(businessTimestamp);
    recentPeriods.set(slot, period);
    return period;
  }

  /** The printed text of the segments before ({@code beforeSerial}) or after the serial token. */
  private String render(LocalDate start, boolean beforeSerial) {
    StringBuilder text = new StringBuilder(pattern.length());
    boolean afterSerial = false;
    for (Segment segment : compiled.segments()) {
      if (segment instanceof SerialToken) {
        afterSerial = true;
        continue;
      }
      if (afterSerial == beforeSerial) {
        continue;
      }
      if (segment instanceof Literal) {
        text.append(((Literal) segment).text());
      } else if (segment instanceof DateToken) {
        DateField field = ((DateToken) segment).field();
        int value = field.isYear() ? start.getYear()
            : field == DateField.MONTH ? start.getMonthValue() : start.getDayOfMonth();
        text.append(NumberText.digits(field == DateField.YEAR2 ? value % 100 : value,
            field.digits));
      } else {
        text.append(series.value());
      }
    }
    return text.toString();
  }

  private LocalDate businessDate(Instant businessTimestamp) {
    long seconds = businessTimestamp.getEpochSecond();
    if (seconds < MIN_EPOCH_SECOND || seconds > MAX_EPOCH_SECOND) {
      throw outOfRange(businessTimestamp, businessTimestamp);
    }
    LocalDate date = LocalDate.ofInstant(businessTimestamp, businessZone);
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw outOfRange(businessTimestamp, date);
    }
    return date;
  }

  private InvalidInputException outOfRange(Instant businessTimestamp, Object shown) {
    return InvalidInputException.of("businessTimestamp",
        message("rules.numbering.year.outOfRange", "date", shown, "zone", businessZone),
        businessTimestamp);
  }

  /** Prints {@code serial} in {@code period}; package-private so that both callers share it. */
  DocumentNumber number(Period period, long serial) {
    if (serial < 1) {
      throw InvalidInputException.of("serial", message("rules.numbering.serial.notPositive"),
          serial);
    }
    if (serial > maxSerialInWidth && overflow == Overflow.REFUSE) {
      throw new RuleRefusalException(RuleId.of(RULE_ID), message("rules.numbering.overflow",
          "serial", serial, "series", series, "period", period.key(),
          "width", compiled.serialWidth(), "max", maxSerialInWidth));
    }
    String text = period.prefix() + NumberText.digits(serial, compiled.serialWidth())
        + period.suffix();
    return DocumentNumber.of(series, text, period.key(), period.start(), serial);
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  /**
   * Equal if series, business zone, pattern, overflow policy and two-digit year base are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NumberingScheme)) {
      return false;
    }
    NumberingScheme that = (NumberingScheme) o;
    return series.equals(that.series) && businessZone.equals(that.businessZone)
        && pattern.equals(that.pattern) && overflow == that.overflow
        && twoDigitYearBase == that.twoDigitYearBase;
  }

  @Override
  public int hashCode() {
    return ((series.hashCode() * 31 + businessZone.hashCode()) * 31 + pattern.hashCode()) * 31
        + overflow.ordinal() * 7 + twoDigitYearBase;
  }

  /**
   * For logs, e.g. {@code COMPLAINT {yy}{MM}-{serial:2} Asia/Shanghai WIDEN yy=2000-2099}.
   *
   * @return the series, pattern, zone, overflow policy and two-digit window
   */
  @Override
  public String toString() {
    return series + " " + pattern + " " + businessZone + " " + overflow + " yy="
        + twoDigitYearBase + "-" + (twoDigitYearBase + 99);
  }

  /** Reads one printed number; one instance per call of {@link #parse(CharSequence)}. */
  private final class Reader {

    private final String text;
    private int pos;
    private int year = PeriodUnit.ALL_START.getYear();
    private int month = 1;
    private int day = 1;
    private int dayPosition;
    private long serial;

    Reader(String text) {
      this.text = text;
    }

    DocumentNumber read() {
      for (Segment segment : compiled.segments()) {
        if (segment instanceof Literal) {
          expect(((Literal) segment).text());
        } else if (segment instanceof SeriesToken) {
          expect(series.value());
        } else if (segment instanceof DateToken) {
          readDate(((DateToken) segment).field());
        } else {
          readSerial(((SerialToken) segment).width());
        }
      }
      PeriodUnit unit = compiled.unit();
      if (unit == PeriodUnit.DAY && day > Year.of(year).atMonth(month).lengthOfMonth()) {
        String yearMonth = NumberText.digits(year, 4) + "-" + NumberText.digits(month, 2);
        throw month == 2 && day == 29
            ? malformed("rules.numbering.parse.notLeapYear", "position", dayPosition,
                "month", yearMonth, "year", NumberText.digits(year, 4))
            : malformed("rules.numbering.parse.dayNotInMonth", "value", NumberText.digits(day, 2),
                "position", dayPosition, "month", yearMonth);
      }
      if (pos < text.length()) {
        throw malformed("rules.numbering.parse.trailing",
            "found", found(text.length() - pos), "position", pos + 1);
      }
      LocalDate start = unit == PeriodUnit.ALL ? PeriodUnit.ALL_START
          : LocalDate.of(year, month, day);
      return DocumentNumber.of(series, text, unit.keyOf(start), start, serial);
    }

    private void expect(String literal) {
      if (!text.startsWith(literal, pos)) {
        throw malformed("rules.numbering.parse.literal", "expected", literal, "position", pos + 1,
            "found", found(literal.length()));
      }
      pos += literal.length();
    }

    private void readDate(DateField field) {
      int start = pos;
      int value = 0;
      for (int i = 0; i < field.digits; i++) {
        if (pos + i >= text.length() || !NumberText.isDigit(text.charAt(pos + i))) {
          throw malformed("rules.numbering.parse.digits", "count", field.digits,
              "part", message(field.partKey), "position", pos + 1, "found", found(field.digits));
        }
        value = value * 10 + (text.charAt(pos + i) - '0');
      }
      pos += field.digits;
      String written = text.substring(start, pos);
      switch (field) {
        case YEAR4:
          year = value;
          break;
        case YEAR2:
          year = twoDigitYearBase + Math.floorMod(value - twoDigitYearBase, 100);
          break;
        case MONTH:
          if (value < 1 || value > 12) {
            throw malformed("rules.numbering.parse.month", "value", written,
                "position", start + 1);
          }
          month = value;
          break;
        default:
          if (value < 1 || value > 31) {
            throw malformed("rules.numbering.parse.day", "value", written, "position", start + 1);
          }
          day = value;
          dayPosition = start + 1;
          break;
      }
    }

    private void readSerial(int width) {
      int start = pos;
      while (pos < text.length() && NumberText.isDigit(text.charAt(pos))) {
        pos++;
      }
      String digits = text.substring(start, pos);
      int count = digits.length();
      if (count == 0) {
        throw malformed("rules.numbering.parse.serialMissing", "width", width,
            "position", start + 1, "found", found(width));
      }
      if (count < width) {
        throw malformed("rules.numbering.parse.serialTooShort", "digits", digits,
            "position", start + 1, "count", count, "width", width);
      }
      int firstSignificant = 0;
      while (firstSignificant < count - 1 && digits.charAt(firstSignificant) == '0') {
        firstSignificant++;
      }
      String significant = digits.substring(firstSignificant);
      String max = Long.toString(Long.MAX_VALUE);
      if (significant.length() > max.length()
          || (significant.length() == max.length() && significant.compareTo(max) > 0)) {
        throw malformed("rules.numbering.parse.serialTooLarge", "digits", digits,
            "position", start + 1, "max", max);
      }
      serial = Long.parseLong(significant);
      if (serial == 0) {
        throw malformed("rules.numbering.parse.serialZero", "digits", digits,
            "position", start + 1);
      }
      if (count > width && overflow == Overflow.REFUSE) {
        throw malformed("rules.numbering.parse.serialTooLong", "digits", digits,
            "position", start + 1, "count", count, "width", width);
      }
      if (count > width && digits.charAt(0) == '0') {
        throw malformed("rules.numbering.parse.serialLeadingZeros", "digits", digits,
            "position", start + 1, "width", width, "canonical", NumberText.digits(serial, width));
      }
    }

    /** What stands at the current position: up to {@code length} characters, or the end. */
    private LocalizableMessage found(int length) {
      if (pos >= text.length()) {
        return message("rules.numbering.parse.found.end");
      }
      return message("rules.numbering.parse.found.text",
          "text", text.substring(pos, Math.min(text.length(), pos + Math.max(1, length))));
    }

    private InvalidInputException malformed(String key, Object... namesAndValues) {
      return InvalidInputException.of("number", message(key, namesAndValues), text);
    }
  }

  /**
   * Builds a {@link NumberingScheme}; starts with the complaint defaults (see {@link
   * NumberingScheme#builder(SeriesId, ZoneId)}). Each setting may be set again; the last value
   * wins. Not thread-safe.
   */
  public static final class Builder {

    private final SeriesId series;
    private final ZoneId businessZone;
    private String pattern = COMPLAINTS_PATTERN;
    private Overflow overflow = Overflow.WIDEN;
    private int twoDigitYearBase = DEFAULT_TWO_DIGIT_YEAR_BASE;

    private Builder(SeriesId series, ZoneId businessZone) {
      this.series = requireNonNull(series, "series");
      this.businessZone = requireNonNull(businessZone, "businessZone");
    }

    /**
     * The pattern (see the syntax in the {@link NumberingScheme} class comment); checked by
     * {@link #build()}.
     *
     * @param p e.g. {@code PCB-SH-{yyyy}{MM}-{serial:3}}; default
     *     {@value NumberingScheme#COMPLAINTS_PATTERN}
     * @return this builder
     */
    public Builder pattern(String p) {
      this.pattern = requireNonNull(p, "pattern");
      return this;
    }

    /**
     * What happens when a serial outgrows its width.
     *
     * @param o {@link Overflow#WIDEN} (default) or {@link Overflow#REFUSE}
     * @return this builder
     */
    public Builder overflow(Overflow o) {
      this.overflow = requireNonNull(o, "overflow");
      return this;
    }

    /**
     * The first of the hundred years {@code {yy}} stands for: {@code 26} is read as the year of
     * {@code firstYear} to {@code firstYear + 99} that ends in 26. A pattern with {@code {yy}}
     * cannot number a document dated (in the business zone) outside that window — the number would
     * be read back as another century — so {@link NumberingScheme#number(Instant, long)} refuses
     * it. Ignored by patterns without {@code {yy}}; checked by {@link #build()}.
     *
     * @param firstYear 0 to {@value NumberingScheme#MAX_TWO_DIGIT_YEAR_BASE}; default
     *     {@value NumberingScheme#DEFAULT_TWO_DIGIT_YEAR_BASE} (2000 to 2099)
     * @return this builder
     */
    public Builder twoDigitYearBase(int firstYear) {
      this.twoDigitYearBase = firstYear;
      return this;
    }

    /**
     * Checks the settings and builds the scheme.
     *
     * @return the scheme
     * @throws InvalidInputException listing every problem of the pattern (path {@code pattern})
     *     and of the two-digit year base (path {@code twoDigitYearBase})
     */
    public NumberingScheme build() {
      List<Violation> violations = new ArrayList<>();
      NumberPattern compiled = NumberPattern.compile(pattern, violations);
      if (twoDigitYearBase < 0 || twoDigitYearBase > MAX_TWO_DIGIT_YEAR_BASE) {
        violations.add(Violation.of("twoDigitYearBase", message("rules.numbering.twoDigitYearBase",
            "max", MAX_TWO_DIGIT_YEAR_BASE), twoDigitYearBase));
      }
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new NumberingScheme(this, compiled);
    }
  }
}
