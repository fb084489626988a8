package org.aftersales.rules.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.ContractMonths;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.rules.support.RulesMessages;

/**
 * The obligation schedule of the seed (义务日程), CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06.
 * Months are counted with {@link ContractMonths} (clamped to the month's last day); a contract's
 * end is its last covered day, inclusive. No due date outside the contract is ever generated.
 *
 * <ul>
 *   <li><b>Expiry notice (CON-01)</b>, maintenance contracts only: {@value #SEED_EXPIRY_NOTICE_MONTHS}
 *       month before the last day (期满前一个月), e.g. 30 November for a contract ending on 31
 *       December; occurrence: the last day, e.g. {@code 2026-12-31}. Not generated when that day
 *       is before the contract's first day (a contract shorter than the offset).</li>
 *   <li><b>Free-period report (CON-02)</b>, free maintenance periods only:
 *       {@value #SEED_FREE_PERIOD_REPORT_MONTHS} months before the last day (期满前三个月); same
 *       occurrence and same rule for a too-short period.</li>
 *   <li><b>Monthly inspection (CON-04)</b>, one per system per calendar month the contract
 *       touches, and <b>monthly optimisation report (CON-05)</b>, one per month: due at the month's
 *       last day (每月底); in a partial last month on the contract's last day instead. A partial
 *       first month still has its inspection and report, due at that month's end. Occurrences:
 *       {@code 2026-11 SYS-7} and {@code 2026-11}.</li>
 *   <li><b>Quarterly revisit (CON-05)</b>: one per calendar quarter the contract touches
 *       (以季度为单位), in one month of it (分解到月): the slot {@code floorMod(contractId.hashCode
 *       of its text, 3)} picks the first, second or third month, so that a portfolio of customers
 *       spreads across the three months while one contract keeps its month in every quarter
 *       ({@link String#hashCode()} is specified, so the slot is stable across runs and JVMs). Due
 *       at the end of that month; in a partial quarter the month is moved into the covered part
 *       (not before the end of the contract's first month, not after its last day). Occurrence:
 *       {@code 2026-Q4}.</li>
 *   <li><b>Quarterly customer report (CON-06)</b>: one per calendar quarter the contract touches,
 *       due at the quarter's last day, or the contract's last day in a partial last quarter.
 *       Occurrence: {@code 2026-Q4}.</li>
 *   <li><b>Survey (SUR-06)</b>: every {@value #SEED_SURVEY_MONTHS} months (configurable from
 *       {@value #MIN_SURVEY_MONTHS} to {@value #MAX_SURVEY_MONTHS}, 每半年至一年), counted from the
 *       contract's first day: period k runs from {@code start + k·n months} to the day before
 *       {@code start + (k+1)·n months}; its survey is due at the period's last day, or the
 *       contract's last day when the period is cut short. Occurrence: the period's first day.</li>
 *   <li><b>Yearly survey summary (SUR-06)</b>: the same per maintenance year (每维护年度,
 *       {@value #SEED_SUMMARY_MONTHS} months from the first day). Occurrence: the year's first
 *       day.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SeedObligationSchedule implements ObligationSchedule {

  /** CON-01: the expiry notice is due this many months before a maintenance contract's end: 1. */
  public static final int SEED_EXPIRY_NOTICE_MONTHS = 1;
  /** CON-02: the free-period report is due this many months before the period's end: 3. */
  public static final int SEED_FREE_PERIOD_REPORT_MONTHS = 3;
  /** SUR-06: a survey every this many months by default: 6 (每半年). */
  public static final int SEED_SURVEY_MONTHS = 6;
  /** SUR-06: the shortest survey interval the seed allows: 6 months. */
  public static final int MIN_SURVEY_MONTHS = 6;
  /** SUR-06: the longest survey interval the seed allows: 12 months (一年). */
  public static final int MAX_SURVEY_MONTHS = 12;
  /** SUR-06: the yearly summary covers this many months: 12. */
  public static final int SEED_SUMMARY_MONTHS = 12;
  /** The longest offset before the end accepted for CON-01 and CON-02: 24 months. */
  public static final int MAX_NOTICE_MONTHS = 24;

  /** Due date, kind, occurrence; written out because it runs for every pair the sort compares. */
  private static final Comparator<Obligation> ORDER = (a, b) -> {
    int byDue = a.due().compareTo(b.due());
    if (byDue != 0) {
      return byDue;
    }
    int byKind = a.kind().compareTo(b.kind());
    return byKind != 0 ? byKind : a.occurrence().compareTo(b.occurrence());
  };

  private final int expiryNoticeMonths;
  private final int freePeriodReportMonths;
  private final int surveyMonths;
  private final int summaryMonths;

  private SeedObligationSchedule(int expiryNoticeMonths, int freePeriodReportMonths,
      int surveyMonths, int summaryMonths) {
    this.expiryNoticeMonths = expiryNoticeMonths;
    this.freePeriodReportMonths = freePeriodReportMonths;
    this.surveyMonths = surveyMonths;
    this.summaryMonths = summaryMonths;
  }

  /**
   * The seed's schedule: expiry notice 1 month and free-period report 3 months before the end,
   * a survey every 6 months, a summary every 12 months.
   *
   * @return the schedule
   */
  public static SeedObligationSchedule seed() {
    return builder().build();
  }

  /**
   * A builder starting from the seed's numbers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Obligation> due(ServiceContract contract, LocalDate from, LocalDate to) {
    requireNonNull(contract, "contract");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", RulesMessages.BUNDLE.message(
          "rules.contract.windowReversed", "from", from), to);
    }
    if (!to.isAfter(from)) {
      // an empty window (and no to − 1 day to compute when to is LocalDate.MIN)
      return List.of();
    }
    // The days both in the window and in the contract; every due date generated is in the
    // contract, so only these can qualify.
    LocalDate lo = from.isAfter(contract.start()) ? from : contract.start();
    LocalDate last = to.minusDays(1);
    LocalDate hi = last.isBefore(contract.end()) ? last : contract.end();
    if (hi.isBefore(lo)) {
      return List.of();
    }
    List<Obligation> out = new ArrayList<>();
    if (contract.kind() == ContractKind.MAINTENANCE) {
      beforeEnd(contract, ObligationKind.EXPIRY_NOTICE, expiryNoticeMonths, lo, hi, out);
    } else {
      beforeEnd(contract, ObligationKind.FREE_PERIOD_END_REPORT, freePeriodReportMonths, lo, hi,
          out);
    }
    monthly(contract, lo, hi, out);
    quarterly(contract, lo, hi, out);
    periodic(contract, ObligationKind.SURVEY, surveyMonths, lo, hi, out);
    periodic(contract, ObligationKind.YEARLY_SURVEY_SUMMARY, summaryMonths, lo, hi, out);
    out.sort(ORDER);
    return Collections.unmodifiableList(out);
  }

  private static boolean within(LocalDate day, LocalDate lo, LocalDate hi) {
    return !day.isBefore(lo) && !day.isAfter(hi);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static void beforeEnd(ServiceContract contract, ObligationKind kind, int months,
      LocalDate lo, LocalDate hi, List<Obligation> out) {
    LocalDate due = ContractMonths.monthsBefore(contract.end(), months);
    // lo is never before the contract's start, so this also drops a notice before the start.
    if (within(due, lo, hi)) {
      out.add(Obligation.of(contract.id(), kind, contract.end().toString(), due,
          contract.systems()));
    }
  }

  private static void monthly(ServiceContract contract, LocalDate lo, LocalDate hi,
      List<Obligation> out) {
    YearMonth lastMonth = YearMonth.from(hi);
    for (YearMonth month = YearMonth.from(lo); !month.isAfter(lastMonth);
        month = month.plusMonths(1)) {
      LocalDate due = min(month.atEndOfMonth(), contract.end());
      if (!within(due, lo, hi)) {
        continue;
      }
      String label = month.toString();
      out.add(Obligation.of(contract.id(), ObligationKind.MONTHLY_OPTIMISATION_REPORT, label, due,
          contract.systems()));
      for (SystemId system : contract.systems()) {
        out.add(Obligation.of(contract.id(), ObligationKind.MONTHLY_INSPECTION,
            label + " " + system.value(), due, List.of(system)));
      }
    }
  }

  private static void quarterly(ServiceContract contract, LocalDate lo, LocalDate hi,
      List<Obligation> out) {
    int slot = Math.floorMod(contract.id().value().hashCode(), 3);
    LocalDate lastQuarter = ContractMonths.quarterStart(hi);
    for (LocalDate quarter = ContractMonths.quarterStart(lo); !quarter.isAfter(lastQuarter);
        quarter = quarter.plusMonths(3)) {
      LocalDate coveredFirst = max(quarter, contract.start());
      LocalDate coveredLast = min(ContractMonths.quarterEnd(quarter), contract.end());
      String label = ContractMonths.quarterLabel(quarter);
      if (within(coveredLast, lo, hi)) {
        out.add(Obligation.of(contract.id(), ObligationKind.QUARTERLY_CUSTOMER_REPORT, label,
            coveredLast, contract.systems()));
      }
      LocalDate chosen = ContractMonths.monthEnd(quarter.plusMonths(slot));
      LocalDate revisit = min(max(chosen, ContractMonths.monthEnd(coveredFirst)), coveredLast);
      if (within(revisit, lo, hi)) {
        out.add(Obligation.of(contract.id(), ObligationKind.QUARTERLY_REVISIT, label, revisit,
            contract.systems()));
      }
    }
  }

  private static void periodic(ServiceContract contract, ObligationKind kind, int months,
      LocalDate lo, LocalDate hi, List<Obligation> out) {
    LocalDate start = contract.start();
    for (long k = 0; ; k++) {
      LocalDate periodStart = ContractMonths.monthsAfter(start, k * months);
      if (periodStart.isAfter(hi)) {
        return;
      }
      LocalDate periodLast = ContractMonths.monthsAfter(start, (k + 1) * months).minusDays(1);
      LocalDate due = min(periodLast, contract.end());
      if (within(due, lo, hi)) {
        out.add(Obligation.of(contract.id(), kind, periodStart.toString(), due,
            contract.systems()));
      }
    }
  }

  @Override
  public String toString() {
    return "SeedObligationSchedule[expiryNotice=" + expiryNoticeMonths + "m, freePeriodReport="
        + freePeriodReportMonths + "m, survey=" + surveyMonths + "m, summary=" + summaryMonths
        + "m]";
  }

  /** Configures a {@link SeedObligationSchedule}; starts from the seed's numbers. Not thread-safe. */
  public static final class Builder {

    private int expiryNoticeMonths = SEED_EXPIRY_NOTICE_MONTHS;
    private int freePeriodReportMonths = SEED_FREE_PERIOD_REPORT_MONTHS;
    private int surveyMonths = SEED_SURVEY_MONTHS;

    private Builder() {}

    /**
     * The expiry notice's offset before a maintenance contract's last day (CON-01).
     *
     * @param months 1 to {@value #MAX_NOTICE_MONTHS} months
     * @return this builder
     * @throws InvalidInputException if out of range
     */
    public Builder expiryNoticeMonthsBefore(int months) {
      this.expiryNoticeMonths = inRange("expiryNoticeMonths", months, 1, MAX_NOTICE_MONTHS);
      return this;
    }

    /**
     * The free-period report's offset before a free maintenance period's last day (CON-02).
     *
     * @param months 1 to {@value #MAX_NOTICE_MONTHS} months
     * @return this builder
     * @throws InvalidInputException if out of range
     */
    public Builder freePeriodReportMonthsBefore(int months) {
      this.freePeriodReportMonths =
          inRange("freePeriodReportMonths", months, 1, MAX_NOTICE_MONTHS);
      return this;
    }

    /**
     * The survey interval (SUR-06, 每半年至一年).
     *
     * @param months {@value #MIN_SURVEY_MONTHS} to {@value #MAX_SURVEY_MONTHS} months
     * @return this builder
     * @throws InvalidInputException if out of range
     */
    public Builder surveyEveryMonths(int months) {
      this.surveyMonths = inRange("surveyMonths", months, MIN_SURVEY_MONTHS, MAX_SURVEY_MONTHS);
      return this;
    }

    private static int inRange(String path, int months, int min, int max) {
      if (months < min || months > max) {
        throw InvalidInputException.of(path, RulesMessages.BUNDLE.message(
            "rules.contract.monthsOutOfRange", "min", min, "max", max), months);
      }
      return months;
    }

    /**
     * The configured schedule.
     *
     * @return the schedule
     */
    public SeedObligationSchedule build() {
      return new SeedObligationSchedule(expiryNoticeMonths, freePeriodReportMonths, surveyMonths,
          SEED_SUMMARY_MONTHS);
    }
  }
}
