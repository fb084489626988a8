package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The supported range of every instant and date the library computes with (支持的时间范围): the
 * local dates {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31 in every zone, and the
 * instants at which some zone is on one of those dates. Inside the range every deadline, working
 * time, working-day count, number period and settlement month is exact; outside it the library
 * refuses the value with an {@link InvalidInputException} that names the field, the range and the
 * rejected value — it never answers with a wrong result, and never lets a JDK exception
 * ({@code DateTimeException}, {@code ArithmeticException}, an array index) escape.
 *
 * <h2>The bounds</h2>
 * <ul>
 *   <li>Dates: {@link #FIRST_DATE} (1900-01-01) to {@link #LAST_DATE} (2300-12-31), both
 *       inclusive, in whatever zone they are read.</li>
 *   <li>Instants: {@link #FIRST_INSTANT} ({@code 1899-12-31T06:00:00Z}, the start of 1 January
 *       1900 at UTC+18:00, the earliest offset there is) to {@link #LAST_INSTANT}
 *       ({@code 2301-01-01T17:59:59.999999999Z}, the last nanosecond of 31 December 2300 at
 *       UTC−18:00, the latest), both inclusive. So the supported instants are exactly those at
 *       which <em>some</em> zone's local date lies in the supported dates, and every local date of
 *       the range is whole in every zone. An instant inside the range may still fall on 31
 *       December 1899 or 1 January 2301 in a particular zone; computations with it are exact,
 *       but a date-based rule (a number's period, a settlement month) that reads the local date
 *       refuses such a date.</li>
 * </ul>
 * A result must lie inside the range too: a deadline, a working date or a window end past the end
 * of the range is refused just like an input outside it (message key
 * {@code core.supportedTime.resultOutside}).
 *
 * <h2>Why these bounds</h2>
 * They hold every date an after-sales record plausibly carries (archived cases of the last
 * century, contracts and warranties reaching far ahead) and refuse the typing slip that matters
 * most — a year {@code 0026} for 2026 — instead of silently counting a deadline across two
 * millennia. They also keep the arithmetic simple and safe: 401 years of elapsed time fit in a
 * {@link java.time.Duration}, every year of the range has the Gregorian rules of today, and the
 * zone rules of java.time are defined for all of it.
 *
 * <p>A utility class: no instances; thread-safe.
 */
public final class SupportedTime {

  /** The first supported year, {@value}. */
  public static final int FIRST_YEAR = 1900;

  /** The last supported year, {@value}. */
  public static final int LAST_YEAR = 2300;

  /** The first supported date, 1900-01-01 (inclusive), in any zone. */
  public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);

  /** The last supported date, 2300-12-31 (inclusive), in any zone. */
  public static final LocalDate LAST_DATE = LocalDate.of(LAST_YEAR, 12, 31);

  /** The first supported month, 1900-01. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(FIRST_YEAR, 1);

  /** The last supported month, 2300-12. */
  public static final YearMonth LAST_MONTH = YearMonth.of(LAST_YEAR, 12);

  /**
   * The first supported instant, {@code 1899-12-31T06:00:00Z} (inclusive): local midnight of
   * {@link #FIRST_DATE} at UTC+18:00.
   */
  public static final Instant FIRST_INSTANT = Instant.parse("1899-12-31T06:00:00Z");

  /**
   * The last supported instant, {@code 2301-01-01T17:59:59.999999999Z} (inclusive): the last
   * nanosecond of {@link #LAST_DATE} at UTC−18:00.
   */
  public static final Instant LAST_INSTANT = Instant.parse("2301-01-01T17:59:59.999999999Z");

  private static final long FIRST_SECOND = FIRST_INSTANT.getEpochSecond();
  private static final long LAST_SECOND = LAST_INSTANT.getEpochSecond();

  private static final String RANGE_KEY = "core.supportedTime.outside";
  private static final String RESULT_KEY = "core.supportedTime.resultOutside";

  private SupportedTime() {}

  /**
   * Whether an instant lies in the supported range.
   *
   * @param instant any instant
   * @return true if {@code FIRST_INSTANT ≤ instant ≤ LAST_INSTANT}
   */
  public static boolean contains(Instant instant) {
    // The first bound has no fraction of a second and the last one ends its second, so whole
    // epoch seconds decide: two comparisons on every deadline query.
    long second = instant.getEpochSecond();
    return second >= FIRST_SECOND && second <= LAST_SECOND;
  }

  /**
   * Whether a date lies in the supported range.
   *
   * @param date any date, in any zone
   * @return true if {@code FIRST_DATE ≤ date ≤ LAST_DATE}
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  /**
   * Whether a month lies in the supported range.
   *
   * @param month any month
   * @return true if {@code FIRST_MONTH ≤ month ≤ LAST_MONTH}
   */
  public static boolean contains(YearMonth month) {
    return !month.isBefore(FIRST_MONTH) && !month.isAfter(LAST_MONTH);
  }

  /**
   * Returns {@code instant} if it lies in the supported range, else refuses it.
   *
   * @param instant the value to check
   * @param what the name of the field or parameter, used as the violation's path, e.g.
   *     {@code "start"}
   * @return {@code instant}
   * @throws InvalidInputException (path {@code what}, rejected value {@code instant}) naming the
   *     range, in English and Chinese, if the instant lies outside it
   * @throws NullPointerException if an argument is null
   */
  public static Instant require(Instant instant, String what) {
    requireNonNull(instant, what);
    if (!contains(instant)) {
      throw outside(what, instant, FIRST_INSTANT, LAST_INSTANT);
    }
    return instant;
  }

  /**
   * Returns {@code date} if it lies in the supported range, else refuses it.
   *
   * @param date the value to check
   * @param what the name of the field or parameter, used as the violation's path
   * @return {@code date}
   * @throws InvalidInputException (path {@code what}, rejected value {@code date}) naming the
   *     range, in English and Chinese, if the date lies outside it
   * @throws NullPointerException if an argument is null
   */
  public static LocalDate require(LocalDate date, String what) {
    requireNonNull(date, what);
    if (!contains(date)) {
      throw outside(what, date, FIRST_DATE, LAST_DATE);
    }
    return date;
  }

  /**
   * Returns {@code month} if it lies in the supported range, else refuses it.
   *
   * @param month the value to check
   * @param what the name of the field or parameter, used as the violation's path
   * @return {@code month}
   * @throws InvalidInputException (path {@code what}, rejected value {@code month}) naming the
   *     range, in English and Chinese, if the month lies outside it
   * @throws NullPointerException if an argument is null
   */
  public static YearMonth require(YearMonth month, String what) {
    requireNonNull(month, what);
    if (!contains(month)) {
      throw outside(what, month, FIRST_MONTH, LAST_MONTH);
    }
    return month;
  }

  /**
   * The error for a computation whose inputs are supported but whose result would lie outside
   * the range (e.g. a deadline after 2300): "the result would lie outside the supported range
   * 1899-12-31T06:00:00Z to 2301-01-01T17:59:59.999999999Z (the dates 1900-01-01 to 2300-12-31 in
   * every zone)".
   *
   * @param what the name of the input that leads there, used as the violation's path
   * @param rejected the input (or a description of the inputs) shown as the rejected value
   * @return the exception, to be thrown by the caller
   */
  public static InvalidInputException resultOutside(String what, Object rejected) {
    return InvalidInputException.of(what, MessageBundle.CORE.message(RESULT_KEY,
        "first", FIRST_INSTANT, "last", LAST_INSTANT, "firstDate", FIRST_DATE,
        "lastDate", LAST_DATE), rejected);
  }

  private static InvalidInputException outside(String what, Object value, Object first,
      Object last) {
    return InvalidInputException.of(what,
        MessageBundle.CORE.message(RANGE_KEY, "first", first, "last", last), value);
  }
}
