package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The due dates of the monthly reports (报表截止日), SVC-18, P11 §五.6: the statistics by the 4th
 * of the next month (每月4号前), the project summary by the 5th (次月初5号前).
 *
 * <p><b>"By the 4th".</b> Read as "no later than the 4th": a report is on time if submitted before
 * the end of its due day in the business zone (before the next day's start); {@link #dueAt} is that
 * instant, exclusive.
 *
 * <p><b>A due day that is not a working day.</b> The seed names calendar days and says nothing of
 * holidays, so {@link #seed(ZoneId)} keeps the calendar date: the 4th is due even on a Sunday.
 * {@link #movedToNextWorkingDay(BusinessCalendar)} moves a due day that has no working time to the
 * next day that has (e.g. over the National Day holiday the October report is due on the first
 * working day after it).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportingDeadlines {

  /** The latest day of month allowed: 28, which every month has. */
  public static final int MAX_DAY = 28;

  private final ZoneId businessZone;
  private final Map<ReportKind, Integer> dueDays;
  private final Optional<BusinessCalendar> workingDays;

  private ReportingDeadlines(ZoneId businessZone, Map<ReportKind, Integer> dueDays,
      Optional<BusinessCalendar> workingDays) {
    this.businessZone = businessZone;
    this.dueDays = Map.copyOf(dueDays);
    this.workingDays = workingDays;
  }

  /**
   * The seed's deadlines: statistics by the 4th, project summary by the 5th, calendar days.
   *
   * @param businessZone the business zone
   * @return the deadlines
   */
  public static ReportingDeadlines seed(ZoneId businessZone) {
    return new ReportingDeadlines(requireNonNull(businessZone, "businessZone"),
        Map.of(ReportKind.MONTHLY_STATISTICS, 4, ReportKind.PROJECT_SUMMARY, 5),
        Optional.empty());
  }

  /**
   * These deadlines with other due days.
   *
   * @param statisticsDay the day of the next month the statistics are due, 1 to
   *     {@value #MAX_DAY}
   * @param projectSummaryDay the day the project summary is due, 1 to {@value #MAX_DAY}
   * @return the new deadlines
   * @throws InvalidInputException if a day is out of range
   */
  public ReportingDeadlines withDueDays(int statisticsDay, int projectSummaryDay) {
    requireDay("statisticsDay", statisticsDay);
    requireDay("projectSummaryDay", projectSummaryDay);
    return new ReportingDeadlines(businessZone, Map.of(ReportKind.MONTHLY_STATISTICS,
        statisticsDay, ReportKind.PROJECT_SUMMARY, projectSummaryDay), workingDays);
  }

  /**
   * These deadlines with a due day that has no working time in {@code calendar} moved to the next
   * day that has.
   *
   * @param calendar the working calendar (its zone should be the business zone)
   * @return the new deadlines
   */
  public ReportingDeadlines movedToNextWorkingDay(BusinessCalendar calendar) {
    return new ReportingDeadlines(businessZone, dueDays,
        Optional.of(requireNonNull(calendar, "calendar")));
  }

  private static void requireDay(String path, int day) {
    if (day < 1 || day > MAX_DAY) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.workreport.dueDayOutOfRange", "max", MAX_DAY), day);
    }
  }

  /**
   * The day a report of {@code month} is due.
   *
   * @param kind the report
   * @param month the month reported on
   * @return the due day in the following month (moved if so configured)
   */
  public LocalDate dueDay(ReportKind kind, YearMonth month) {
    LocalDate day = month.plusMonths(1).atDay(dueDays.get(requireNonNull(kind, "kind")));
    if (workingDays.isPresent()) {
      Instant start = day.atStartOfDay(businessZone).toInstant();
      day = LocalDate.ofInstant(workingDays.get().nextWorkingMoment(start), businessZone);
    }
    return day;
  }

  /**
   * The instant by which a report of {@code month} must be submitted: the start of the day after
   * its {@link #dueDay due day} in the business zone (exclusive).
   *
   * @param kind the report
   * @param month the month reported on
   * @return the instant
   */
  public Instant dueAt(ReportKind kind, YearMonth month) {
    return dueDay(kind, month).plusDays(1).atStartOfDay(businessZone).toInstant();
  }

  /**
   * Whether a report submitted at {@code submittedAt} was late.
   *
   * @param kind the report
   * @param month the month reported on
   * @param submittedAt when it was submitted
   * @return true if at or after {@link #dueAt}
   */
  public boolean isLate(ReportKind kind, YearMonth month, Instant submittedAt) {
    return !submittedAt.isBefore(dueAt(kind, month));
  }

  /**
   * The overdue check: which of the reports of {@code month} not yet submitted are overdue at
   * {@code now}.
   *
   * @param month the month reported on
   * @param submitted the reports of the month already submitted
   * @param now the instant of the check
   * @return the overdue reports, in {@link ReportKind} order
   */
  public List<ReportKind> overdue(YearMonth month, java.util.Set<ReportKind> submitted,
      Instant now) {
    requireNonNull(now, "now");
    List<ReportKind> late = new ArrayList<>();
    for (ReportKind kind : ReportKind.values()) {
      if (!submitted.contains(kind) && isLate(kind, month, now)) {
        late.add(kind);
      }
    }
    return late;
  }
}
