package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.aftersales.core.notification.NewNotices;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;

/**
 * The window arithmetic shared by the scheduler-facing reminder use cases of this package: a
 * notice of a calendar day is issued at the day's first working moment (never in quiet hours), so
 * it has one issue instant, and a call for {@code [from, to)} records the notices whose issue
 * instant lies in it and not after the clock — exactly once through the {@link NoticeLog}.
 * Immutable and thread-safe.
 */
final class NoticeWindow {

  /** How far back a window's first day can lie before its first instant: a year of closure. */
  static final int MAX_QUIET_DAYS = 400;

  private final BusinessCalendar calendar;
  private final Instant from;
  private final Instant end;

  private NoticeWindow(BusinessCalendar calendar, Instant from, Instant end) {
    this.calendar = calendar;
    this.from = from;
    this.end = end;
  }

  /**
   * The window {@code [from, to)} cut at the clock's instant {@code at} (inclusive): the part
   * after it is left for a later call.
   *
   * @throws InvalidInputException if {@code to} is before {@code from} or either is outside the
   *     supported range
   */
  static NoticeWindow of(BusinessCalendar calendar, Instant from, Instant to, Instant at) {
    requireNonNull(calendar, "calendar");
    SupportedTime.require(from, "from");
    SupportedTime.require(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
    return new NoticeWindow(calendar, from, to.isAfter(at) ? at.plusNanos(1) : to);
  }

  /** The instant a notice of {@code day} is issued: the day's first working moment. */
  static Instant issueInstant(BusinessCalendar calendar, LocalDate day) {
    return calendar.nextWorkingMoment(day.atStartOfDay(calendar.zone()).toInstant());
  }

  /**
   * The working day of {@code day}: the business date of its first working moment — {@code day}
   * itself if it has working time, else the next day that has. An overdue reminder counts from
   * it, so an obligation due on a Saturday is overdue after the Monday its notice went out on.
   */
  static LocalDate workingDay(BusinessCalendar calendar, LocalDate day) {
    return LocalDate.ofInstant(issueInstant(calendar, day), calendar.zone());
  }

  /**
   * The earliest day whose {@linkplain #workingDay working day} is on or after {@code day}: the
   * days of a closure just before it all have their working day after it.
   */
  static LocalDate firstDayWorkingFrom(BusinessCalendar calendar, LocalDate day) {
    return earliest(day, before -> !workingDay(calendar, before).isBefore(day));
  }

  /**
   * Walks back from {@code day} while the day before still {@code qualifies} (a monotonic
   * property of days), at most {@value #MAX_QUIET_DAYS} days and never before the supported
   * range: the earliest qualifying day of the run that ends at {@code day}.
   */
  private static LocalDate earliest(LocalDate day, Predicate<LocalDate> qualifies) {
    LocalDate first = day;
    for (int i = 0; i < MAX_QUIET_DAYS && first.isAfter(SupportedTime.FIRST_DATE); i++) {
      LocalDate before = first.minusDays(1);
      if (!qualifies.test(before)) {
        break;
      }
      first = before;
    }
    return first;
  }

  /** Whether the window (after the cut) is empty. */
  boolean isEmpty() {
    return !end.isAfter(from);
  }

  /** The earliest day whose issue instant is at or after the window's start. */
  LocalDate firstDay() {
    // Days of a closure before the window all issue at its reopening, possibly inside it.
    return earliest(LocalDate.ofInstant(from, calendar.zone()),
        before -> !issueInstant(calendar, before).isBefore(from));
  }

  /** The last day whose start lies in the window (no later day can issue in it). */
  LocalDate lastDay() {
    return LocalDate.ofInstant(end.minusNanos(1), calendar.zone());
  }

  /** Whether a notice of {@code day} is issued in the window. */
  boolean issues(LocalDate day) {
    Instant t = issueInstant(calendar, day);
    return !t.isBefore(from) && t.isBefore(end);
  }

  /**
   * Pages through stored values and records the notices each gives: {@code first} is the first
   * page; while a page is full ({@code pageSize}), {@code next} reads the page after its last
   * value. Each page's notices are recorded with {@link #record} before the next page is read.
   * Adds what was recorded to {@code recorded}.
   *
   * @return {values read, notices found recorded already}
   */
  static <T> int[] recordPages(NoticeLog log, List<T> first, UnaryOperatorOnLast<T> next,
      int pageSize, BiConsumer<T, List<Due>> noticesOf, List<Notice> recorded) {
    int read = 0;
    int already = 0;
    List<T> page = first;
    while (true) {
      read += page.size();
      List<Due> due = new ArrayList<>();
      for (T value : page) {
        noticesOf.accept(value, due);
      }
      already += record(log, due, recorded);
      if (page.size() < pageSize) {
        return new int[] {read, already};
      }
      page = next.after(page.get(page.size() - 1));
    }
  }

  /** Reads the page after a value (keyset paging). */
  @FunctionalInterface
  interface UnaryOperatorOnLast<T> {
    /** The page after {@code last}. */
    List<T> after(T last);
  }

  /**
   * A notice due: its key at once, the notice itself only when it is to be recorded — most
   * notices a run finds due are recorded already (its lookback overlaps the previous run's), and
   * their parameters are never built.
   *
   * @param key the notice's key
   * @param notice builds the notice (with that key)
   */
  record Due(NoticeKey key, Supplier<Notice> notice) {

    /** Notices already built, as {@code Due}s. */
    static List<Due> of(List<Notice> notices) {
      List<Due> out = new ArrayList<>(notices.size());
      for (Notice n : notices) {
        out.add(new Due(n.key(), () -> n));
      }
      return out;
    }
  }

  /**
   * Records the notices not yet recorded ({@link NewNotices#record}): adds what this call recorded
   * to {@code recorded} and answers how many were found recorded already.
   */
  static int record(NoticeLog log, List<Due> notices, List<Notice> recorded) {
    return NewNotices.record(log, notices, Due::key, d -> d.notice().get(), recorded);
  }

}
