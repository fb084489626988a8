package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The working hours of each day of the week (每周工作时间), e.g. Monday to Friday 09:00–12:00 and
 * 13:30–18:00. Any number of stretches per day; a day without stretches is not a working day.
 *
 * <p>Stretches of one day must not overlap each other (a stretch past midnight may overlap the
 * next day's first stretch; the calendar counts the overlap once). Immutable and thread-safe.
 */
public final class WeeklySchedule {

  private static final WeeklySchedule ALWAYS = builder()
      .on(List.of(DayOfWeek.values()), WorkingHours.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
      .build();

  private final ImmutableSortedMap<DayOfWeek, ImmutableList<WorkingHours>> days;

  private WeeklySchedule(ImmutableSortedMap<DayOfWeek, ImmutableList<WorkingHours>> days) {
    this.days = days;
  }

  /**
   * Around the clock, every day (24×7).
   *
   * @return 00:00–24:00 on every day of the week
   */
  public static WeeklySchedule twentyFourSeven() {
    return ALWAYS;
  }

  /**
   * A builder of a schedule, starting with no working day.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The working hours of one day of the week, ordered by start.
   *
   * @param day the day
   * @return the stretches; empty if the day is not a working day
   */
  public List<WorkingHours> hoursOn(DayOfWeek day) {
    return days.getOrDefault(requireNonNull(day, "day"), ImmutableList.of());
  }

  /**
   * The days that have working hours.
   *
   * @return the working days of the week, Monday first
   */
  public Collection<DayOfWeek> workingDays() {
    return days.keySet();
  }

  /**
   * The nominal working time of one day of the week (the sum of its stretches' lengths).
   *
   * @param day the day
   * @return the working time; zero for a day off
   */
  public Duration workingTimeOn(DayOfWeek day) {
    Duration total = Duration.ZERO;
    for (WorkingHours h : hoursOn(day)) {
      total = total.plus(h.length());
    }
    return total;
  }

  /**
   * Whether no day has working hours.
   *
   * @return true for an empty schedule
   */
  public boolean isEmpty() {
    return days.isEmpty();
  }

  /**
   * Equal if every day has the same working hours.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklySchedule that && that.days.equals(days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  /**
   * E.g. {@code {MONDAY=[09:00-12:00, 13:30-18:00], …}}.
   *
   * @return the schedule
   */
  @Override
  public String toString() {
    return days.toString();
  }

  /** Builds a {@link WeeklySchedule}. Not thread-safe. */
  public static final class Builder {

    private final Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);

    private Builder() {}

    /**
     * Adds working hours to one or more days.
     *
     * @param daysOfWeek the days
     * @param hours the stretches to add to each of them
     * @return this builder
     */
    public Builder on(Collection<DayOfWeek> daysOfWeek, WorkingHours... hours) {
      requireNonNull(daysOfWeek, "daysOfWeek");
      for (DayOfWeek day : daysOfWeek) {
        for (WorkingHours h : hours) {
          days.computeIfAbsent(requireNonNull(day, "day"), d -> new ArrayList<>())
              .add(requireNonNull(h, "hours"));
        }
      }
      return this;
    }

    /**
     * Adds working hours to one day.
     *
     * @param day the day
     * @param hours the stretches to add
     * @return this builder
     */
    public Builder on(DayOfWeek day, WorkingHours... hours) {
      return on(List.of(day), hours);
    }

    /**
     * Adds working hours to the days from {@code first} to {@code last} in week order (Monday to
     * Sunday; a range such as Friday to Monday wraps over the weekend).
     *
     * @param first the first day
     * @param last the last day
     * @param hours the stretches to add to each day
     * @return this builder
     */
    public Builder from(DayOfWeek first, DayOfWeek last, WorkingHours... hours) {
      return on(range(first, last), hours);
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule
     * @throws InvalidInputException naming every pair of overlapping stretches (path: the day)
     */
    public WeeklySchedule build() {
      ImmutableSortedMap.Builder<DayOfWeek, ImmutableList<WorkingHours>> result =
          ImmutableSortedMap.naturalOrder();
      List<Violation> found = new ArrayList<>();
      for (Map.Entry<DayOfWeek, List<WorkingHours>> e : days.entrySet()) {
        ImmutableList<WorkingHours> sorted = ImmutableList.sortedCopyOf(e.getValue());
        found.addAll(overlaps(e.getKey().toString(), sorted));
        result.put(e.getKey(), sorted);
      }
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      return new WeeklySchedule(result.build());
    }
  }

  /**
   * The days from {@code first} to {@code last} in week order, wrapping after Sunday.
   *
   * @param first the first day
   * @param last the last day
   * @return the days, at least one
   */
  static List<DayOfWeek> range(DayOfWeek first, DayOfWeek last) {
    List<DayOfWeek> result = new ArrayList<>();
    DayOfWeek d = requireNonNull(first, "first");
    result.add(d);
    while (d != requireNonNull(last, "last")) {
      d = d.plus(1);
      result.add(d);
    }
    return result;
  }

  /**
   * The overlaps between stretches of one day.
   *
   * @param path the violations' path (the day or date)
   * @param sorted the stretches, sorted by start
   * @return one violation per stretch that starts before the previous one ends
   */
  static List<Violation> overlaps(String path, List<WorkingHours> sorted) {
    List<Violation> found = new ArrayList<>();
    for (WorkingHours[] pair : overlappingPairs(sorted)) {
      found.add(Violation.of(path, RulesMessages.BUNDLE.message(
          "rules.sla.hours.overlap", "other", pair[0]), pair[1]));
    }
    return found;
  }

  /**
   * The pairs {previous, next} of consecutive stretches of one day where {@code next} starts
   * before {@code previous} ends.
   *
   * @param sorted the stretches, sorted by start
   * @return the overlapping pairs, in order
   */
  static List<WorkingHours[]> overlappingPairs(List<WorkingHours> sorted) {
    List<WorkingHours[]> pairs = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      WorkingHours previous = sorted.get(i - 1);
      WorkingHours next = sorted.get(i);
      Duration previousEnd = Duration.between(LocalTime.MIDNIGHT, previous.start())
          .plus(previous.length());
      if (Duration.between(LocalTime.MIDNIGHT, next.start()).compareTo(previousEnd) < 0) {
        pairs.add(new WorkingHours[] {previous, next});
      }
    }
    return pairs;
  }
}
