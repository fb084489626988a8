package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.rules.support.RulesMessages;

/**
 * One stretch of working time within a day (工作时段), in local time: from {@link #start()} to
 * {@link #end()}.
 *
 * <p>An end at or before the start means the stretch runs past midnight into the next day:
 * {@code 22:00–06:00} is an eight-hour night shift, and an end equal to the start is a full
 * 24 hours ({@code 00:00–24:00} in the text form). A stretch belongs to the date on which it
 * starts: a holiday removes the stretches that start on it.
 *
 * <p>Text form {@code HH:mm-HH:mm}, e.g. {@code 09:00-12:00}; {@code 24:00} is accepted as an end
 * and means midnight. Immutable and thread-safe.
 */
public final class WorkingHours implements Comparable<WorkingHours> {

  private static final Pattern TEXT =
      Pattern.compile("([0-9]{2}:[0-9]{2})-([0-9]{2}:[0-9]{2})");

  private final LocalTime start;
  private final LocalTime end;

  private WorkingHours(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Working hours from {@code start} to {@code end}; see the class comment for stretches past
   * midnight.
   *
   * @param start the opening time
   * @param end the closing time; at or before {@code start} for a stretch into the next day
   * @return the working hours
   */
  public static WorkingHours of(LocalTime start, LocalTime end) {
    return new WorkingHours(requireNonNull(start, "start"), requireNonNull(end, "end"));
  }

  /**
   * Reads the text form {@code HH:mm-HH:mm}.
   *
   * @param text e.g. {@code 13:30-18:00} or {@code 00:00-24:00}
   * @return the working hours
   * @throws InvalidInputException if the text is not of that form
   */
  public static WorkingHours parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (m.matches()) {
      try {
        LocalTime start = LocalTime.parse(m.group(1));
        LocalTime end = m.group(2).equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
        return of(start, end);
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    throw InvalidInputException.of("workingHours",
        RulesMessages.BUNDLE.message("rules.sla.hours.malformed"), text);
  }

  /**
   * The opening time.
   *
   * @return the start, local time
   */
  public LocalTime start() {
    return start;
  }

  /**
   * The closing time; at or before {@link #start()} if the stretch runs into the next day.
   *
   * @return the end, local time
   */
  public LocalTime end() {
    return end;
  }

  /**
   * Whether the stretch runs past midnight.
   *
   * @return true if the end is at or before the start
   */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /**
   * The nominal length in local time (a daylight-saving change on that day makes the real length
   * an hour shorter or longer).
   *
   * @return more than zero and at most 24 hours
   */
  public Duration length() {
    Duration d = Duration.between(start, end);
    return d.isNegative() || d.isZero() ? d.plusDays(1) : d;
  }

  /**
   * Orders by start, then by length.
   *
   * @param other other working hours
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(WorkingHours other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : length().compareTo(other.length());
  }

  /**
   * Equal if start and end are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingHours that && that.start.equals(start) && that.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * The text form, e.g. {@code 09:00-12:00}, {@code 22:00-06:00}, {@code 00:00-24:00}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
    return start + "-" + endText;
  }
}
