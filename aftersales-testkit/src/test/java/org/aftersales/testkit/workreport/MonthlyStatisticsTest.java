package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.aftersales.testkit.workreport.Jobs.job;
import static org.aftersales.testkit.workreport.Jobs.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.workreport.MonthlyServiceStatistics;
import org.aftersales.core.workreport.ReportKind;
import org.aftersales.core.workreport.ReportingDeadlines;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.ServiceStatistics;
import org.aftersales.core.workreport.StatisticsLine;
import org.aftersales.core.workreport.WorkKind;
import org.junit.jupiter.api.Test;

/**
 * The monthly statistics of SVC-18 (P11 §五.6) and their due dates: by the 4th, the project
 * summary by the 5th. // rule: SVC-18
 */
class MonthlyStatisticsTest {

  static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void the_months_lines_count_person_times_and_person_days_and_add_up_exactly() {
    // rule: SVC-18 — November in Shanghai: wang installs twice on 2 Nov (2 person-times, 1 day,
    // 300.00 + 150.50) and li once on 3 Nov (1, 1, 200.00): 3 person-times, 2 days, 650.50.
    // One dispatch (wang, 80.25). Material 100.10 + 0 + 0 + 20.00 = 120.10; transport 30.00 +
    // 15.00 = 45.00; other 5.00. Total 650.50 + 80.25 + 120.10 + 45.00 + 5.00 = 900.85.
    // Jobs starting 31 Oct 23:59 and 1 Dec 00:00 Shanghai are not in November.
    List<ServiceJob> jobs = List.of(
        job("SR-1", "tech-wang", "sup", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 2, 9, 0), 240, "300.00", "100.10", "30.00", "0.00"),
        job("SR-2", "tech-wang", "sup", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 2, 15, 0), 120, "150.50", "0.00", "0.00", "5.00"),
        job("SR-3", "tech-li", "sup", ServiceCategory.B, WorkKind.INSTALLATION_COMMISSIONING,
            shanghai(11, 3, 0, 0), 60, "200.00", "0.00", "15.00", "0.00"),
        job("SR-4", "tech-wang", "sup", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(11, 30, 23, 59), 30, "80.25", "20.00", "0.00", "0.00"),
        job("SR-5", "tech-li", "sup", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(10, 31, 23, 59), 30, "999.00", "1.00", "1.00", "1.00"),
        job("SR-6", "tech-li", "sup", ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
            shanghai(12, 1, 0, 0), 30, "999.00", "1.00", "1.00", "1.00"));
    MonthlyServiceStatistics november = new ServiceStatistics(SHANGHAI)
        .monthly(YearMonth.of(2026, 11), CNY, jobs);
    assertEquals(new StatisticsLine(WorkKind.INSTALLATION_COMMISSIONING, 3, 2,
        Money.parse("CNY 650.50")), november.installation());
    assertEquals(new StatisticsLine(WorkKind.SERVICE_DISPATCH, 1, 1, Money.parse("CNY 80.25")),
        november.dispatch());
    assertEquals(Money.parse("CNY 120.10"), november.material());
    assertEquals(Money.parse("CNY 45.00"), november.transport());
    assertEquals(Money.parse("CNY 5.00"), november.other());
    assertEquals(Money.parse("CNY 900.85"), november.total());
  }

  @Test
  void an_empty_month_is_all_zeros_and_a_job_in_another_currency_is_refused() {
    // rule: SVC-18
    MonthlyServiceStatistics empty = new ServiceStatistics(SHANGHAI)
        .monthly(YearMonth.of(2026, 2), CNY, List.of());
    assertEquals(Money.zero(CNY), empty.total());
    assertEquals(0, empty.installation().personTimes());
    assertThrows(InvalidInputException.class, () -> new ServiceStatistics(SHANGHAI).monthly(
        YearMonth.of(2026, 11), Currency.getInstance("USD"), List.of(job("SR-1", "tech-wang",
            "sup", ServiceCategory.A, shanghai(11, 2, 9, 0), 30))));
    assertThrows(InvalidInputException.class, () -> new StatisticsLine(
        WorkKind.SERVICE_DISPATCH, 1, 2, Money.zero(CNY)));
  }

  @Test
  void the_statistics_are_due_by_the_4th_and_the_project_summary_by_the_5th_in_shanghai() {
    // rule: SVC-18 — November's statistics: on time until 4 Dec 23:59:59.999999 Shanghai
    // (= 4 Dec 15:59:59.999999 UTC); late from 5 Dec 00:00.
    ReportingDeadlines deadlines = ReportingDeadlines.seed(SHANGHAI);
    YearMonth november = YearMonth.of(2026, 11);
    assertEquals(LocalDate.of(2026, 12, 4), deadlines.dueDay(ReportKind.MONTHLY_STATISTICS,
        november));
    assertEquals(LocalDate.of(2026, 12, 5), deadlines.dueDay(ReportKind.PROJECT_SUMMARY,
        november));
    assertEquals(Instant.parse("2026-12-04T16:00:00Z"),
        deadlines.dueAt(ReportKind.MONTHLY_STATISTICS, november));
    assertFalse(deadlines.isLate(ReportKind.MONTHLY_STATISTICS, november,
        Instant.parse("2026-12-04T15:59:59.999999Z")));
    assertTrue(deadlines.isLate(ReportKind.MONTHLY_STATISTICS, november,
        Instant.parse("2026-12-04T16:00:00Z")));
    assertEquals(List.of(), deadlines.overdue(november, Set.of(),
        Instant.parse("2026-12-04T15:59:59Z")));
    assertEquals(List.of(ReportKind.MONTHLY_STATISTICS), deadlines.overdue(november, Set.of(),
        Instant.parse("2026-12-04T16:00:00Z")));
    assertEquals(List.of(ReportKind.PROJECT_SUMMARY), deadlines.overdue(november,
        Set.of(ReportKind.MONTHLY_STATISTICS), Instant.parse("2026-12-05T16:00:00Z")));
    // December's statistics are due in January of the next year.
    assertEquals(LocalDate.of(2027, 1, 4), deadlines.dueDay(ReportKind.MONTHLY_STATISTICS,
        YearMonth.of(2026, 12)));
  }

  @Test
  void due_days_are_configurable_and_can_move_to_the_next_working_day() {
    // rule: SVC-18 — 4 Oct 2026 falls in the National Day holiday (1–7 Oct); with the move, the
    // September statistics are due on 8 Oct.
    ReportingDeadlines deadlines = ReportingDeadlines.seed(SHANGHAI).withDueDays(3, 6);
    assertEquals(LocalDate.of(2026, 12, 3), deadlines.dueDay(ReportKind.MONTHLY_STATISTICS,
        YearMonth.of(2026, 11)));
    assertEquals(LocalDate.of(2026, 12, 6), deadlines.dueDay(ReportKind.PROJECT_SUMMARY,
        YearMonth.of(2026, 11)));
    assertThrows(InvalidInputException.class,
        () -> ReportingDeadlines.seed(SHANGHAI).withDueDays(0, 5));
    assertThrows(InvalidInputException.class,
        () -> ReportingDeadlines.seed(SHANGHAI).withDueDays(4, 29));
    ReportingDeadlines moved = ReportingDeadlines.seed(SHANGHAI)
        .movedToNextWorkingDay(new HolidayCalendar());
    assertEquals(LocalDate.of(2026, 10, 8), moved.dueDay(ReportKind.MONTHLY_STATISTICS,
        YearMonth.of(2026, 9)));
    assertEquals(LocalDate.of(2026, 10, 4), ReportingDeadlines.seed(SHANGHAI)
        .dueDay(ReportKind.MONTHLY_STATISTICS, YearMonth.of(2026, 9)));
    assertEquals(LocalDate.of(2026, 12, 4), moved.dueDay(ReportKind.MONTHLY_STATISTICS,
        YearMonth.of(2026, 11)));
  }

  /** Every day from 9:00 to 17:00 a working day, but 1–7 October 2026 (a test double). */
  static final class HolidayCalendar implements BusinessCalendar {
    @Override
    public java.time.ZoneId zone() {
      return SHANGHAI;
    }

    private static boolean holiday(LocalDate d) {
      return !d.isBefore(LocalDate.of(2026, 10, 1)) && !d.isAfter(LocalDate.of(2026, 10, 7));
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
      LocalDate d = LocalDate.ofInstant(instant, SHANGHAI);
      while (holiday(d)) {
        d = d.plusDays(1);
      }
      Instant open = d.atTime(9, 0).atZone(SHANGHAI).toInstant();
      return instant.isAfter(open) ? instant : open;
    }

    @Override
    public Instant endOfWorkingDay(Instant instant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Duration workingDayLength() {
      return Duration.ofHours(8);
    }
  }
}
