package org.aftersales.core.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.core.shared.Policy;

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
   * @param instant any instant
   * @return true if the office works at that instant
   */
  boolean isWorkingTime(Instant instant);

  /**
   * {@code instant} itself if it is working time, else the next opening time.
   *
   * @param instant any instant
   * @return the first working instant at or after {@code instant}
   */
  Instant nextWorkingMoment(Instant instant);

  /**
   * The end of the working day that is running at {@code instant} or, if none is, of the next
   * one: the last closing time of that working date (an overnight shift belongs to the date on
   * which it starts). Used for "solved the same day" (SVC-14).
   *
   * @param instant any instant
   * @return the closing time, after {@code instant}
   */
  Instant endOfWorkingDay(Instant instant);

  /**
   * Adds working time to an instant: the earliest instant at which {@code workingTime} of working
   * time has passed since {@code start} (see the class contract for the boundaries).
   *
   * @param start where counting starts; outside working time counting begins at the next opening
   * @param workingTime how much working time; zero or more
   * @return the due instant, at or after {@code start}
   * @throws org.aftersales.core.shared.InvalidInputException if {@code workingTime} is negative or
   *     the result would be beyond the year 9999
   */
  Instant addWorkingTime(Instant start, Duration workingTime);

  /**
   * The working time in {@code [from, to)}, negative if {@code to} is before {@code from}.
   *
   * @param from one instant
   * @param to another instant
   * @return the working time between them, exact to the nanosecond
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
