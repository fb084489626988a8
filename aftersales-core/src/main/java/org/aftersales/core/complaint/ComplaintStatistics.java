package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * Builds the month's complaint statistics (客户投诉案件统计表), CMP-11, PCB §9.10: "by the 10th of
 * each month the GM office's production-management group collects the previous month's closed
 * cases, confirms with manufacturing, QA, R&amp;D and the departments concerned the responsibility
 * and its ratios, and reviews each complaint's improvements" (每月10日前汇总上月份结案的案件).
 *
 * <p><b>The month.</b> A case belongs to the month, cut in the business zone given here (never
 * the JVM's), in which it was {@link ClosedCaseFacts#closedAt() closed}: from the start of the
 * month's first day (inclusive) to the start of the next month's (exclusive), whatever the
 * offsets and daylight-saving changes in between.
 *
 * <p><b>Counting a case reopened after a rejection (CMP-10).</b>
 * <ul>
 *   <li><em>Cases closed</em>, the counts per market, the on-time rates per step and overall count
 *       every case: each case has its own routing form and clock, and each closes once.</li>
 *   <li><em>Complaints</em> count a case unless the case it was reopened from also closed in the
 *       same month, so an original and its reopened case closed in one month are one complaint
 *       (a chain A → B → C in one month is one). The link is only followed through the month's
 *       cases: across months each month counts the complaint once in its own figures, so summing
 *       monthly complaint counts over a year may count a complaint once per month it had a case
 *       closed in — the monthly figures are never revised afterwards.</li>
 *   <li><em>Responsibility</em> is counted once per complaint too: when a reopened case and its
 *       original both closed in the month, only the reopened case's ratios count (the original's
 *       decision was rejected and replaced); an original closed in an earlier month was counted
 *       in that month.</li>
 * </ul>
 *
 * <p><b>Arithmetic.</b> Ratio sums are exact ({@link BigDecimal#add}); a department's share is its
 * sum divided by the month's total, rounded half-even to {@value #SHARE_SCALE} decimal places, so
 * the shares add up to 1 within {@code 0.00005} per department; on-time rates are exact counts,
 * rounded only by {@link MonthlyOnTime#rate()}.
 *
 * <p><b>The deadline.</b> The statistics of a month are due by the 10th of the next month
 * ({@link #dueBy}; the day is configurable, seed 10), a calendar day as the seed names it.
 *
 * <p>Immutable, stateless and thread-safe; pure (no ports).
 */
public final class ComplaintStatistics {

  /** The seed's due day: the statistics of a month by the 10th of the next (每月10日前). */
  public static final int SEED_DUE_DAY = 10;

  /** The latest due day allowed: 28, which every month has. */
  public static final int MAX_DUE_DAY = 28;

  /** The decimal places of a department's share: 4, rounded half-even. */
  public static final int SHARE_SCALE = 4;

  private final ZoneId businessZone;
  private final int dueDay;

  private ComplaintStatistics(ZoneId businessZone, int dueDay) {
    this.businessZone = businessZone;
    this.dueDay = dueDay;
  }

  /**
   * The seed's statistics: months cut in {@code businessZone}, due by the
   * {@value #SEED_DUE_DAY}th of the next month.
   *
   * @param businessZone the business zone (never the system's)
   * @return the statistics
   */
  public static ComplaintStatistics seed(ZoneId businessZone) {
    return new ComplaintStatistics(requireNonNull(businessZone, "businessZone"), SEED_DUE_DAY);
  }

  /**
   * These statistics due on another day of the next month.
   *
   * @param day the due day, 1 to {@value #MAX_DUE_DAY}
   * @return the new statistics
   * @throws InvalidInputException (path {@code dueDay}) if the day is out of range
   */
  public ComplaintStatistics withDueDay(int day) {
    if (day < 1 || day > MAX_DUE_DAY) {
      throw InvalidInputException.of("dueDay", MessageBundle.CORE.message(
          "core.complaintstats.dueDayOutOfRange", "max", MAX_DUE_DAY), day);
    }
    return new ComplaintStatistics(businessZone, day);
  }

  /**
   * The business zone months are cut in.
   *
   * @return the zone
   */
  public ZoneId businessZone() {
    return businessZone;
  }

  /**
   * The day of the next month the statistics are due.
   *
   * @return 1 to {@value #MAX_DUE_DAY}; seed {@value #SEED_DUE_DAY}
   */
  public int dueDay() {
    return dueDay;
  }

  /**
   * The first instant of {@code month}: the start of its first day in the business zone.
   *
   * @param month the month
   * @return the instant, inclusive
   */
  public Instant monthStart(YearMonth month) {
    return month.atDay(1).atStartOfDay(businessZone).toInstant();
  }

  /**
   * The end of {@code month}: the start of the next month's first day in the business zone.
   *
   * @param month the month
   * @return the instant, exclusive
   */
  public Instant monthEnd(YearMonth month) {
    return monthStart(month.plusMonths(1));
  }

  /**
   * The day the statistics of {@code month} are due: the {@link #dueDay()} of the next month, a
   * calendar day (the seed says nothing of holidays).
   *
   * @param month the month reported on
   * @return e.g. 10 December 2026 for November 2026
   */
  public LocalDate dueBy(YearMonth month) {
    return month.plusMonths(1).atDay(dueDay);
  }

  /**
   * The month a run at {@code runAt} reports on: the month before the one {@code runAt} falls in,
   * in the business zone (a run on 5 December reports November).
   *
   * @param runAt when the report runs
   * @return the previous month
   */
  public YearMonth reportedMonth(Instant runAt) {
    return YearMonth.from(runAt.atZone(businessZone)).minusMonths(1);
  }

  /**
   * Whether a run at {@code runAt} covers the whole of {@code month} and meets its deadline: at or
   * after the month's end and no later than the end of its {@link #dueBy due day}, in the business
   * zone.
   *
   * @param month the month reported on
   * @param runAt when the report runs
   * @return true if the month is complete and its due day not yet over
   */
  public boolean isInTime(YearMonth month, Instant runAt) {
    Instant dueEnd = dueBy(month).plusDays(1).atStartOfDay(businessZone).toInstant();
    return !runAt.isBefore(monthEnd(month)) && runAt.isBefore(dueEnd);
  }

  /**
   * The statistics of {@code month} over the facts of closed cases.
   *
   * @param month the month, in the business zone
   * @param facts the facts of closed cases; those closed in other months are ignored
   * @return the statistics
   * @throws InvalidInputException (path {@code facts}) if a case of the month is given twice
   */
  public MonthlyComplaintStatistics monthly(YearMonth month,
      Collection<ClosedCaseFacts> facts) {
    requireNonNull(month, "month");
    Instant from = monthStart(month);
    Instant to = monthEnd(month);
    // Keyed by the number's text, compared in full on a hit (DocumentNumber's hash is computed
    // anew on every call, a String's once); a number of another series with the same text goes
    // to the overflow map.
    Map<String, ClosedCaseFacts> inMonth = new HashMap<>();
    Map<DocumentNumber, ClosedCaseFacts> overflow = new HashMap<>();
    List<ClosedCaseFacts> ordered = new ArrayList<>();
    for (ClosedCaseFacts f : facts) {
      if (!f.closedAt().isBefore(from) && f.closedAt().isBefore(to)) {
        ClosedCaseFacts same = inMonth.putIfAbsent(f.number().text(), f);
        if (same != null && (same.number().equals(f.number())
            || overflow.putIfAbsent(f.number(), f) != null)) {
          throw InvalidInputException.of("facts", MessageBundle.CORE.message(
              "core.complaintstats.caseTwice", "number", f.number()), f.number().text());
        }
        ordered.add(f);
      }
    }
    // The originals replaced by a case reopened from them in the same month.
    Set<ClosedCaseFacts> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Boolean> newComplaint = new ArrayList<>(ordered.size());
    for (ClosedCaseFacts f : ordered) {
      ClosedCaseFacts original = f.reopenedFrom()
          .map(o -> closedInMonth(inMonth, overflow, o)).orElse(null);
      newComplaint.add(original == null);
      if (original != null) {
        replaced.add(original);
      }
    }
    Tally tally = new Tally();
    for (int i = 0; i < ordered.size(); i++) {
      ClosedCaseFacts f = ordered.get(i);
      tally.add(f, newComplaint.get(i), !replaced.contains(f));
    }
    return tally.result(month);
  }

  /** The case {@code number} if it closed in the month, else null. */
  private static ClosedCaseFacts closedInMonth(Map<String, ClosedCaseFacts> inMonth,
      Map<DocumentNumber, ClosedCaseFacts> overflow, DocumentNumber number) {
    ClosedCaseFacts f = inMonth.get(number.text());
    if (f == null) {
      return null;
    }
    return f.number().equals(number) ? f : overflow.get(number);
  }

  /** The running counts of one month. */
  private static final class Tally {
    private int cases;
    private int complaints;
    private int reopened;
    private int overallOnTime;
    private final Map<ServiceZone, int[]> markets = new TreeMap<>();
    private final Map<UnitId, BigDecimal> ratios = new TreeMap<>();
    private final Map<Milestone, int[]> steps = new TreeMap<>();

    void add(ClosedCaseFacts f, boolean newComplaint, boolean responsibilityCounts) {
      cases++;
      int[] market = markets.computeIfAbsent(f.market(), m -> new int[2]);
      market[0]++;
      if (newComplaint) {
        complaints++;
        market[1]++;
      }
      if (f.reopenedFrom().isPresent()) {
        reopened++;
      }
      if (f.overall().onTime()) {
        overallOnTime++;
      }
      for (StepFigures s : f.steps()) {
        int[] step = steps.computeIfAbsent(s.step(), m -> new int[2]);
        step[1]++;
        if (s.onTime()) {
          step[0]++;
        }
      }
      if (responsibilityCounts) {
        for (DepartmentRatio r : f.responsibility()) {
          ratios.merge(r.department(), r.ratio(), BigDecimal::add);
        }
      }
    }

    MonthlyComplaintStatistics result(YearMonth month) {
      List<MonthlyMarketCount> marketCounts = new ArrayList<>(markets.size());
      markets.forEach((m, n) -> marketCounts.add(new MonthlyMarketCount(m, n[0], n[1])));
      BigDecimal total = ratios.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      List<MonthlyResponsibility> lines = new ArrayList<>(ratios.size());
      ratios.forEach((d, sum) -> lines.add(new MonthlyResponsibility(d, sum,
          sum.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN))));
      List<MonthlyOnTime> stepRates = new ArrayList<>(steps.size());
      steps.forEach((s, n) -> stepRates.add(new MonthlyOnTime(s, n[0], n[1])));
      return new MonthlyComplaintStatistics(month, cases, complaints, reopened, marketCounts,
          lines, total, stepRates,
          new MonthlyOnTime(Milestone.COMPLAINT_CLOSURE, overallOnTime, cases));
    }
  }
}
