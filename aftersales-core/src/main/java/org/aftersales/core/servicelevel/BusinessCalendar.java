package org.aftersales.core.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Policy;
import org.aftersales.core.shared.SupportedTime;

/**
 * Working time in one zone (工作日历): when the office (or the service team) works, and the
 * arithmetic of deadlines counted in working time.
 *
 * <p><b>Contract</b> every implementation keeps (the testkit and the rules module test it):
 * <ul>
 *   <li>{@link #addWorkingTime(Instant, Duration) addWorkingTime(start, d)} is the earliest
 *       instant {@code t ≥ start} with {@code workingTimeBetween(start, t) == d}. A start outside
 *       working time therefore begins at the next working moment; a due instant that falls exactly
 *       on a closing time stays on it (it is not moved to the next opening); a zero duration gives
 *       {@code start} itself.</li>
 *   <li>{@link #workingTimeBetween(Instant, Instant) workingTimeBetween(a, b)} is the working
 *       time in {@code [a, b)}; for {@code b < a} it is {@code -workingTimeBetween(b, a)}, so it
 *       is additive: {@code between(a, b) + between(b, c) == between(a, c)} for any order.</li>
 *   <li>Results never depend on the JVM's default time zone or locale.</li>
 *   <li>Every instant passed in must lie in the {@linkplain SupportedTime supported range}
 *       (1900 to 2300 in every zone); inside it every answer is exact, and an instant outside it,
 *       or a result that would fall outside it, is refused with an {@link InvalidInputException}
 *       — never a wrong answer, never a JDK exception.</li>
 * </ul>
 *
 * <p>Durations are exact to the nanosecond. Implementations are immutable and thread-safe.
 */
@Policy
public interface BusinessCalendar {

  /**
   * The zone in which the calendar's days and office hours are read.
   *
   * @return the zone
   */
  ZoneId zone();

  /**
   * Whether {@code instant} lies inside working time. Opening times are inside, closing times
   * outside: an interval 09:00–12:00 contains 09:00 and 11:59:59.999 but not 12:00.
   *
   * @param instant any supported instant
   * @return true if the office works at that instant
   * @throws InvalidInputException if {@code instant} lies outside the supported range
   */
  boolean isWorkingTime(Instant instant);

  /**
   * {@code instant} itself if it is working time, else the next opening time.
   *
   * @param instant any supported instant
   * @return the first working instant at or after {@code instant}
   * @throws InvalidInputException if {@code instant} or the result lies outside the supported
   *     range
   */
  Instant nextWorkingMoment(Instant instant);

  /**
   * The end of the working day that is running at {@code instant} or, if none is, of the next
   * one: the last closing time of that working date (an overnight shift belongs to the date on
   * which it starts). Used for "solved the same day" (SVC-14).
   *
   * @param instant any supported instant
   * @return the closing time, after {@code instant}
   * @throws InvalidInputException if {@code instant} or the result lies outside the supported
   *     range
   */
  Instant endOfWorkingDay(Instant instant);

  /**
   * Adds working time to an instant: the earliest instant at which {@code workingTime} of working
   * time has passed since {@code start} (see the class contract for the boundaries).
   *
   * @param start where counting starts; outside working time counting begins at the next opening
   * @param workingTime how much working time; zero or more
   * @return the due instant, at or after {@code start}
   * @throws InvalidInputException if {@code workingTime} is negative, or {@code start} or the
   *     result lies outside the {@linkplain SupportedTime supported range}
   */
  Instant addWorkingTime(Instant start, Duration workingTime);

  /**
   * The working time in {@code [from, to)}, negative if {@code to} is before {@code from}.
   *
   * @param from one supported instant
   * @param to another supported instant
   * @return the working time between them, exact to the nanosecond
   * @throws InvalidInputException if either instant lies outside the supported range
   */
  Duration workingTimeBetween(Instant from, Instant to);

  /**
   * The working time that one working day stands for in budgets of working days: a budget of
   * {@code n} working days is {@code n × workingDayLength()} of working time.
   *
   * @return a positive duration, e.g. 7 h 30 min for 09:00–12:00 and 13:30–18:00
   */
  Duration workingDayLength();
}
