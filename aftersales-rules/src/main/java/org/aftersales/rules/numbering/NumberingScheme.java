package org.aftersales.rules.numbering;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * How the numbers of one series are printed and read back (编号规则): a pattern of date tokens, a
 * serial and literal text, the business zone in which a document's date is read, and what happens
 * when the serial outgrows its width. The complaint numbers of rule CMP-01 — year, month and a
 * serial that restarts every month, written one after the other (年度(××)月份(××)流水编号(××), e.g.
 * {@code 261107}) — are {@link #seed(ZoneId)}. A scheme only prints and reads; {@link
 * SequenceNumbering} adds the counters ({@link NumberSequences}) that hand out the serials.
 *
 * <h2>Pattern</h2>
 * This table is the reference for the pattern syntax ({@code docs/numbering.md} narrates it with
 * examples).
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
 *   <li>identifier text (see {@link org.aftersales.core.shared.TextRules}): no control, bidi,
 *       zero-width or other invisible characters, and no white space at the start or the
 *       end.</li>
 * </ul>
 * The pattern of a new builder is the seed's complaint pattern {@value #COMPLAINTS_PATTERN}: the
 * three groups with nothing between them, as the source writes them. Date tokens have a fixed
 * width, so nothing is needed between them and the serial: the serial is everything after the
 * month, and a serial past 99 simply widens — the 100th complaint of November 2026 is
 * {@code 2611100}, read back as year 26, month 11, serial 100, and {@link #chronologicalOrder()}
 * puts it after {@code 261199}. A separator is a matter of taste: {@code {yy}{MM}-{serial:2}}
 * prints {@code 2611-07}.
 *
 * <h2>Periods</h2>
 * A serial restarts with every period, and the period is as long as the finest date token:
 * {@code {dd}} a day, {@code {MM}} a month, a year token alone a year, none at all: one period that
 * never ends. The period is computed <b>once</b>, from the business timestamp (when the document
 * came into being, not when it is stored) read as a local date in the business zone — never the
 * server clock and never the JVM's default zone — and both the printed date part and the counter
 * key come from that one period, so a number and its counter never disagree at a month boundary:
 * in Asia/Shanghai (UTC+8) {@code 2026-11-30T16:30Z} is already 1 December ({@code 261201}); in
 * America/Los_Angeles {@code 2026-12-01T05:00Z} is still 30 November ({@code 2611..}). The date
 * is that of the local date-time, never rounded: {@code 23:59:59.999999999} on 30 November is still
 * November, and local midnight of 1 December is December. Precision is the {@link Instant}'s
 * (nanoseconds).
 *
 * <p>Each period has a canonical key (see {@link SequenceKey}), always with a four-digit year
 * whatever the pattern prints, so that {@code yy} can never mix up centuries: {@code 2026-11-05}
 * (day), {@code 2026-11} (month), {@code 2026} (year), {@code ALL} (never restarts). The first day
 * of the period ({@link DocumentNumber#periodStart()}) is 1 January 1900, the first supported
 * date, for {@code ALL}.
 * Only timestamps in the {@linkplain SupportedTime supported range} whose date in the business
 * zone lies in 1900-01-01 to 2300-12-31 can be numbered; other timestamps — a year {@code 0026}
 * typed for 2026 among them — are refused ({@link InvalidInputException}, path
 * {@code businessTimestamp}), and {@link #parse(CharSequence)} refuses a four-digit year outside
 * 1900 to 2300.
 *
 * <h2>Reading numbers back</h2>
 * {@link #parse(CharSequence)} accepts exactly the texts this scheme prints and names the first
 * problem it finds, reading left to right, with its 1-based character position; see
 * {@code docs/numbering.md} for every message. {@link #chronologicalOrder()} sorts printed numbers
 * by period and serial.
 *
 * <p>Speed: every number computes its period afresh — the zone's offset at the instant, then
 * epoch-day arithmetic — and prints into one string; there is no cache (docs/performance.md).
 *
 * <p>Immutable and thread-safe: every field is final and holds an immutable value. Two schemes are
 * equal if series, zone, pattern, overflow policy and two-digit year base are equal.
 */
public final class NumberingScheme {

  /**
   * The complaint pattern of CMP-01 (年度(××)月份(××)流水编号(××)): two-digit year, two-digit month
   * and a serial of at least two digits, nothing between them, e.g. {@code 261107}.
   */
  public static final String COMPLAINTS_PATTERN = "{yy}{MM}{serial:2}";

  /** The default first year of the two-digit window: {@code {yy}} stands for 2000 to 2099. */
  public static final int DEFAULT_TWO_DIGIT_YEAR_BASE = 2000;

  /**
   * The smallest two-digit year base, 1900: the first year of the {@linkplain SupportedTime
   * supported range}.
   */
  public static final int MIN_TWO_DIGIT_YEAR_BASE = SupportedTime.FIRST_YEAR;

  /**
   * The largest two-digit year base, 2201: the window 2201 to 2300 still ends with the supported
   * range.
   */
  public static final int MAX_TWO_DIGIT_YEAR_BASE = SupportedTime.LAST_YEAR - 99;

  /** The largest serial width N of {@code {serial:N}}. */
  public static final int MAX_SERIAL_WIDTH = NumberPattern.MAX_WIDTH;

  private final SeriesId series;
  private final ZoneId businessZone;
  private final String pattern;
  private final Overflow overflow;
  private final int twoDigitYearBase;
  private final NumberPattern compiled;
  private final NumberPrinter printer;

  private NumberingScheme(Builder builder, NumberPattern compiled) {
    this.series = builder.series;
    this.businessZone = builder.businessZone;
    this.pattern = builder.pattern;
    this.overflow = builder.overflow;
    this.twoDigitYearBase = builder.twoDigitYearBase;
    this.compiled = compiled;
    this.printer = new NumberPrinter(series, businessZone, overflow, twoDigitYearBase, compiled);
  }

  /**
   * A builder with the seed's complaint defaults: pattern {@value #COMPLAINTS_PATTERN},
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
   * The seed's complaint numbering of CMP-01 (客户投诉编号，年度(××)月份(××)流水编号(××)): series
   * {@link SeriesId#COMPLAINTS}, pattern {@value #COMPLAINTS_PATTERN}, {@link Overflow#WIDEN},
   * two-digit years 2000 to 2099. The 7th complaint accepted in November 2026 (in {@code
   * businessZone}) is {@code 261107}, the 100th {@code 2611100}.
   *
   * @param businessZone the zone of the company's calendar, e.g. Asia/Shanghai
   * @return the scheme
   */
  public static NumberingScheme seed(ZoneId businessZone) {
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
   * @throws InvalidInputException (path {@code businessTimestamp}) if the timestamp or its date
   *     lies outside the {@linkplain SupportedTime supported range}, or outside the two-digit
   *     window of a pattern with {@code {yy}}: no number can be printed for it
   */
  public String periodKeyOf(Instant businessTimestamp) {
    return printer.periodOf(businessTimestamp).key();
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
    return printer.periodOf(businessTimestamp).sequenceKey();
  }

  /**
   * The number with serial {@code serial} in the period of {@code businessTimestamp}. Does not
   * allocate anything: the serial must come from the period's counter (see {@link
   * SequenceNumbering}).
   *
   * @param businessTimestamp when the document came into being; its date in the business zone
   *     gives the period and the printed date part
   * @param serial the serial within the period, 1 or more
   * @return the number, e.g. {@code 261107}; its text, period key, period start and serial
   * @throws InvalidInputException if the timestamp has no printable period (see {@link
   *     #periodKeyOf(Instant)}) or the serial is less than 1
   * @throws RuleRefusalException (CMP-01) if the serial has more digits than the serial token's
   *     width and the overflow policy is {@link Overflow#REFUSE}
   */
  public DocumentNumber number(Instant businessTimestamp, long serial) {
    return printer.print(printer.periodOf(businessTimestamp), serial);
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
   * @param text the printed number, e.g. {@code 261107} or, widened, {@code 2611100}
   * @return the number: the text as given, its period key and first day, its serial
   * @throws InvalidInputException (path {@code number}, rejected value the text) naming the first
   *     problem and its position, reading left to right — positions count characters (UTF-16 code
   *     units) from 1 — e.g. {@code the serial "7" at position 5 has 1 digit(s), but this scheme
   *     prints at least 2}
   */
  public DocumentNumber parse(CharSequence text) {
    return NumberReader.read(compiled, series, twoDigitYearBase, overflow,
        requireNonNull(text, "text").toString());
  }

  /**
   * An order of printed numbers of this scheme: by period, then by serial as a number — so
   * {@code 261199 < 2611100 < 261201}, chronological even across widths, where plain text order
   * would put {@code 2611100} first — then by text. Each comparison parses both texts; to sort many
   * numbers, parse them once and sort the {@link DocumentNumber}s, which sort the same way.
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
    return printer.periodOf(businessTimestamp);
  }

  /** Prints {@code serial} in {@code period}; package-private so that both callers share it. */
  DocumentNumber number(Period period, long serial) {
    return printer.print(period, serial);
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
    return o instanceof NumberingScheme that && series.equals(that.series)
        && businessZone.equals(that.businessZone) && pattern.equals(that.pattern)
        && overflow == that.overflow && twoDigitYearBase == that.twoDigitYearBase;
  }

  @Override
  public int hashCode() {
    return Objects.hash(series, businessZone, pattern, overflow, twoDigitYearBase);
  }

  /**
   * For logs, e.g. {@code COMPLAINT {yy}{MM}{serial:2} Asia/Shanghai WIDEN yy=2000-2099}.
   *
   * @return the series, pattern, zone, overflow policy and two-digit window
   */
  @Override
  public String toString() {
    return series + " " + pattern + " " + businessZone + " " + overflow + " yy="
        + twoDigitYearBase + "-" + (twoDigitYearBase + 99);
  }

  /**
   * Builds a {@link NumberingScheme}; starts with the seed's complaint defaults (see {@link
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
     * @param p e.g. {@code PCB-SH-{yyyy}{MM}-{serial:3}} or, with a separator,
     *     {@code {yy}{MM}-{serial:2}}; default
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
     * @param firstYear {@value NumberingScheme#MIN_TWO_DIGIT_YEAR_BASE} to {@value
     *     NumberingScheme#MAX_TWO_DIGIT_YEAR_BASE}, so that the window lies in the supported range;
     *     default
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
      if (twoDigitYearBase < MIN_TWO_DIGIT_YEAR_BASE
          || twoDigitYearBase > MAX_TWO_DIGIT_YEAR_BASE) {
        violations.add(Violation.of("twoDigitYearBase", message("rules.numbering.twoDigitYearBase",
            "min", MIN_TWO_DIGIT_YEAR_BASE, "max", MAX_TWO_DIGIT_YEAR_BASE), twoDigitYearBase));
      }
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new NumberingScheme(this, compiled);
    }
  }
}
