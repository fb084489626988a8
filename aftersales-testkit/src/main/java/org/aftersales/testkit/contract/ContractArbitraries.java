package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;

/**
 * jqwik arbitraries for the contract family (合同与义务): maintenance contracts (维保合同), free
 * maintenance periods (免费维保期) and security-system contracts (安防系统维保合同) over random
 * periods; property sales (商品房买卖, CON-09) with random payment schedules (mortgage, instalments,
 * lump sum); project handovers (项目移交, CON-03); and change records (修改记录, CON-07) with and
 * without a prior notice. Days are calendar dates of {@link ContractFixtures#SHANGHAI}; instants
 * are Shanghai wall-clock times.
 *
 * <pre>{@code
 * // In a jqwik property class: a @Provide method named "contracts" returns
 * Arbitrary<ServiceContract> contracts = ContractArbitraries.maintenanceContracts();
 * // and a @Property method takes  @ForAll("contracts") ServiceContract contract
 * Arbitrary<PropertySale> sales = ContractArbitraries.propertySales();
 * }</pre>
 *
 * <p>Built only with jqwik's combinators, so they shrink: towards the first day
 * {@link #FIRST_DAY}, a one-day contract, one system, a one-date schedule. Edge cases come often
 * on purpose: days on a month's last day (31 January, 30 April, 28 February), the leap days
 * 29 February 2024 and 2028, first days of months, one-day contracts, contracts of exactly one
 * year (from a leap day: to 28 February) or of whole months, monthly schedules from a month's
 * end (31 January, 28 February, 31 March …), change windows starting at midnight or at an office
 * hour's edge, notices given exactly as the window starts. Every generated value is valid: its
 * use case ({@code ContractObligations.register}, {@code PropertyAfterSales.register},
 * {@code HandoverRegister.open}, {@code ChangeRegister.record}) accepts it on an empty store.
 * Identifiers are drawn at random ({@code CT-}, {@code GF-}, {@code XM-}, {@code BG-} and six
 * digits), so two values of one try may share one: store each try's values in a fresh store,
 * or give them IDs of your own. Stateless and thread-safe.
 */
public final class ContractArbitraries {

  /** The earliest day generated: 1 January 2024 (a leap year). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  /** The latest day generated as a start: 31 December 2031. */
  public static final LocalDate LAST_DAY = LocalDate.of(2031, 12, 31);

  /** The leap days between {@link #FIRST_DAY} and {@link #LAST_DAY}. */
  public static final List<LocalDate> LEAP_DAYS =
      List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29));

  /** The longest generated contract, in days after its first: 820 (over two years). */
  public static final int MAX_CONTRACT_DAYS = 820;

  /** The most systems of a generated contract: 4. */
  public static final int MAX_SYSTEMS = 4;

  /** The most dates of a generated instalment or mortgage schedule: 12. */
  public static final int MAX_SCHEDULE_DATES = 12;

  private static final YearMonth FIRST_MONTH = YearMonth.from(FIRST_DAY);
  private static final int MONTHS = (int) ChronoUnit.MONTHS.between(FIRST_MONTH,
      YearMonth.from(LAST_DAY)) + 1;
  private static final List<String> GENERAL_PREFIXES = List.of("SYS", "SRV", "APP", "DB");
  private static final List<String> SECURITY_PREFIXES =
      List.of("CAM", "ALARM", "ACCESS", "INTRUSION");
  private static final List<String> CUSTOMERS = List.of("CUST-1", "上海精密仪器有限公司",
      "浦东新区人民医院", "华东电力设计院", "徐汇区教育局");
  /** Times of day at the office hours' edges (09:00–12:00, 13:30–18:00) and midnight. */
  private static final List<LocalTime> EDGE_TIMES = List.of(LocalTime.MIDNIGHT,
      LocalTime.of(8, 59, 59, 999_999_000), LocalTime.of(9, 0), LocalTime.of(12, 0),
      LocalTime.of(13, 30), LocalTime.of(18, 0), LocalTime.of(23, 59, 59, 999_999_000));

  /** How a generated contract's last day follows from its first. */
  private enum Length { ONE_DAY, ONE_YEAR, WHOLE_MONTHS, DAYS }

  /** When a generated change's notice is given, relative to its window's start. */
  private enum NoticeTiming { NONE, DAYS_BEFORE, AT_START, AFTER_START }

  private ContractArbitraries() {}

  /**
   * Days from {@link #FIRST_DAY} to {@link #LAST_DAY}: any day (half of them), a month's last
   * day (a quarter), a month's first day, or a leap day ({@link #LEAP_DAYS}).
   *
   * @return the arbitrary; shrinks towards {@link #FIRST_DAY}
   */
  public static Arbitrary<LocalDate> days() {
    long span = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.longs().between(0, span).map(FIRST_DAY::plusDays)),
        Tuple.of(4, Arbitraries.integers().between(0, MONTHS - 1)
            .map(i -> FIRST_MONTH.plusMonths(i).atEndOfMonth())),
        Tuple.of(2, Arbitraries.integers().between(0, MONTHS - 1)
            .map(i -> FIRST_MONTH.plusMonths(i).atDay(1))),
        Tuple.of(2, Arbitraries.of(LEAP_DAYS)));
  }

  /**
   * System IDs of {@code category}: {@code SYS-n}, {@code SRV-n}, {@code APP-n}, {@code DB-n}
   * for a general system; {@code CAM-n} (cameras), {@code ALARM-n}, {@code ACCESS-n},
   * {@code INTRUSION-n} for a security system (安防系统); n from 1 to 99.
   *
   * @param category the category
   * @return the arbitrary
   */
  public static Arbitrary<SystemId> systemIds(SystemCategory category) {
    requireNonNull(category, "category");
    return Combinators.combine(
            Arbitraries.of(category == SystemCategory.SECURITY ? SECURITY_PREFIXES
                : GENERAL_PREFIXES),
            Arbitraries.integers().between(1, 99))
        .as((prefix, n) -> SystemId.of(prefix + "-" + n));
  }

  /**
   * Contracts of {@code kind} and {@code category}: an ID {@code CT-nnnnnn}, a customer (
   * {@code CUST-1} or a Chinese organisation's name), one to {@link #MAX_SYSTEMS} distinct systems
   * of the category, a first day from {@link #days()} and a last day one of: the same day, one
   * year on (the first day plus a year minus a day), whole months on (1 to 27), or any 0 to
   * {@link #MAX_CONTRACT_DAYS} days on.
   *
   * @param kind a paid maintenance contract or a free maintenance period
   * @param category the systems' category
   * @return the arbitrary
   */
  public static Arbitrary<ServiceContract> contracts(ContractKind kind, SystemCategory category) {
    requireNonNull(kind, "kind");
    requireNonNull(category, "category");
    Arbitrary<Length> lengths = Arbitraries.frequency(Tuple.of(1, Length.ONE_DAY),
        Tuple.of(3, Length.ONE_YEAR), Tuple.of(2, Length.WHOLE_MONTHS), Tuple.of(3, Length.DAYS));
    return Combinators.combine(sixDigits("CT-").map(ContractId::of),
            Arbitraries.of(CUSTOMERS).map(CustomerId::of),
            systemIds(category).list().ofMinSize(1).ofMaxSize(MAX_SYSTEMS).uniqueElements(),
            days(), lengths,
            // No edge cases here: 0 would turn every DAYS contract into a one-day contract,
            // which ONE_DAY already generates.
            Arbitraries.integers().between(0, MAX_CONTRACT_DAYS).withoutEdgeCases())
        .as((id, customer, systems, start, length, n) -> ServiceContract.of(id, customer, kind,
            category, systems, start, end(start, length, n)));
  }

  private static LocalDate end(LocalDate start, Length length, int n) {
    return switch (length) {
      case ONE_DAY -> start;
      case ONE_YEAR -> start.plusYears(1).minusDays(1);
      case WHOLE_MONTHS -> start.plusMonths(1 + n % 27).minusDays(1);
      case DAYS -> start.plusDays(n);
    };
  }

  /**
   * Paid maintenance contracts (维保合同, CON-01) of general or security systems; see
   * {@link #contracts}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceContract> maintenanceContracts() {
    return Arbitraries.of(SystemCategory.values())
        .flatMap(c -> contracts(ContractKind.MAINTENANCE, c));
  }

  /**
   * Free maintenance periods (免费维保期, CON-02) of general or security systems; see
   * {@link #contracts}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceContract> freePeriods() {
    return Arbitraries.of(SystemCategory.values())
        .flatMap(c -> contracts(ContractKind.FREE_MAINTENANCE, c));
  }

  /**
   * Contracts of security systems (安防系统, CON-04: four inspection areas by the seed), paid or
   * free; see {@link #contracts}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceContract> securitySystemContracts() {
    return Arbitraries.of(ContractKind.values())
        .flatMap(k -> contracts(k, SystemCategory.SECURITY));
  }

  /**
   * Any contract: either kind, either category; see {@link #contracts}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceContract> serviceContracts() {
    return Arbitraries.oneOf(maintenanceContracts(), freePeriods());
  }

  /**
   * Payment schedules of {@code method}, strictly increasing: for a lump sum one day of
   * {@link #days()}; otherwise 1 to {@link #MAX_SCHEDULE_DATES} dates, either monthly from a
   * first day (from a month's end: 31 January, 28 or 29 February, 31 March …, each the first day
   * plus i months) or apart by 1 to 120 days each.
   *
   * @param method how the buyer pays
   * @return the arbitrary
   */
  public static Arbitrary<List<LocalDate>> paymentSchedules(PropertyPaymentMethod method) {
    requireNonNull(method, "method");
    if (method == PropertyPaymentMethod.LUMP_SUM) {
      return days().map(List::of);
    }
    Arbitrary<List<LocalDate>> monthly = Combinators.combine(days(),
            Arbitraries.integers().between(1, MAX_SCHEDULE_DATES))
        .as((first, n) -> {
          List<LocalDate> dates = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            dates.add(first.plusMonths(i));
          }
          return List.copyOf(dates);
        });
    Arbitrary<List<LocalDate>> gaps = Combinators.combine(days(),
            Arbitraries.integers().between(1, 120).list().ofMaxSize(MAX_SCHEDULE_DATES - 1))
        .as((first, steps) -> {
          List<LocalDate> dates = new ArrayList<>();
          dates.add(first);
          for (int step : steps) {
            dates.add(dates.get(dates.size() - 1).plusDays(step));
          }
          return List.copyOf(dates);
        });
    return Arbitraries.oneOf(monthly, gaps);
  }

  /**
   * Property sales (商品房买卖, CON-09) under a purchase contract {@code GF-nnnnnn}, paid by any
   * method with a schedule of {@link #paymentSchedules}, under the seed's terms (three quarters:
   * move-in notice on acceptance, title documents three months after delivery) or others (move-in
   * notice 0 to 30 days, title documents 0 to 6 months).
   *
   * @return the arbitrary; not yet accepted or delivered
   */
  public static Arbitrary<PropertySale> propertySales() {
    Arbitrary<PropertyAfterSalesTerms> terms = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(PropertyAfterSalesTerms.seed())),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 6))
            .as((days, months) -> new PropertyAfterSalesTerms(Period.ofDays(days),
                Period.ofMonths(months)))));
    return Arbitraries.of(PropertyPaymentMethod.values()).flatMap(method ->
        Combinators.combine(sixDigits("GF-").map(ContractId::of), paymentSchedules(method), terms)
            .as((id, dates, t) -> PropertySale.of(id, method, dates, t)));
  }

  /**
   * Open project handovers (项目移交, CON-03) of a project {@code XM-nnnnnn} in
   * {@link ContractFixtures#SHANGHAI}, accepted on a day of {@link #days()} (31 March: after-sales
   * joins by the end of February), under the seed's terms (three quarters: one month, two weeks)
   * or others (join 0 to 3 months before, complete within 0 to 4 weeks after).
   *
   * @return the arbitrary; an empty checklist
   */
  public static Arbitrary<ProjectHandover> handovers() {
    Arbitrary<HandoverTerms> terms = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(HandoverTerms.seed())),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 4))
            .as((months, weeks) -> new HandoverTerms(Period.ofMonths(months),
                Period.ofWeeks(weeks)))));
    return Combinators.combine(sixDigits("XM-").map(ProjectId::of), days(), terms)
        .as((project, day, t) -> ProjectHandover.of(project, day, ContractFixtures.SHANGHAI, t));
  }

  /**
   * Instants in {@link ContractFixtures#SHANGHAI} on a day of {@link #days()}: at a whole minute
   * of the day, or (often) at midnight, just before 09:00, at 09:00, 12:00, 13:30, 18:00 or the
   * day's last microsecond.
   *
   * @return the arbitrary; whole microseconds
   */
  public static Arbitrary<Instant> shanghaiInstants() {
    Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(0, 24 * 60 - 1)
            .map(m -> LocalTime.MIDNIGHT.plusMinutes(m))),
        Tuple.of(1, Arbitraries.of(EDGE_TIMES)));
    return Combinators.combine(days(), times)
        .as((day, time) -> day.atTime(time).atZone(ContractFixtures.SHANGHAI).toInstant());
  }

  /**
   * Change records (修改记录, CON-07) of a project {@code XM-nnnnnn} under an ID
   * {@code BG-nnnnnn}: a window from {@link #shanghaiInstants()} of 1 minute to 48 hours, zero to
   * two code and script references, and a notice (by any channel) that is missing, given 1 to 10
   * days before the window, exactly at its start, or 1 minute to a day after it (each of the four
   * in at least an eighth of the values, "missing" the most as it is the edge case), so
   * {@link ChangeRecord#withoutPriorNotice()} holds for most of them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ChangeRecord> changeRecords() {
    Arbitrary<List<String>> references = Arbitraries.integers().between(1, 9999)
        .map(n -> String.format(Locale.ROOT, "DMS/%04d", n)).list().ofMaxSize(2).uniqueElements();
    Arbitrary<ChangeRecord> unnoticed = Combinators.combine(sixDigits("BG-").map(ChangeId::of),
            sixDigits("XM-").map(ProjectId::of), shanghaiInstants(),
            Arbitraries.integers().between(1, 48 * 60), references, references)
        .as((id, project, start, minutes, code, scripts) -> {
          ChangeRecord.Builder b = ChangeRecord.builder();
          b.id(id).project(project).what("升级订单数据库").impact("订单查询暂停")
              .scope("华东区订单查询").windowStart(start)
              .windowEnd(start.plus(Duration.ofMinutes(minutes))).addAllCodeReferences(code)
              .addAllScriptReferences(scripts);
          return b.build();
        });
    return Combinators.combine(unnoticed, Arbitraries.of(NoticeTiming.values()),
            Arbitraries.of(ChangeNoticeChannel.values()),
            Arbitraries.integers().between(0, 9 * 24 * 60))
        .as(ContractArbitraries::withNotice);
  }

  private static ChangeRecord withNotice(ChangeRecord record, NoticeTiming timing,
      ChangeNoticeChannel channel, int minutes) {
    Instant start = record.windowStart();
    return switch (timing) {
      case NONE -> record;
      case DAYS_BEFORE -> record.noticed(ChangeNotice.of(
          start.minus(Duration.ofDays(1)).minus(Duration.ofMinutes(minutes)), channel));
      case AT_START -> record.noticed(ChangeNotice.of(start, channel));
      case AFTER_START -> record.noticed(ChangeNotice.of(
          start.plus(Duration.ofMinutes(1 + minutes % (24 * 60))), channel));
    };
  }

  private static Arbitrary<String> sixDigits(String prefix) {
    return Arbitraries.integers().between(1, 999_999)
        .map(n -> String.format(Locale.ROOT, "%s%06d", prefix, n));
  }
}
