package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.obligation.HandoverReminders;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.core.obligation.ObligationStatusReport;
import org.aftersales.core.obligation.ProjectReminderSettings;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.obligation.PropertyReminders;
import org.aftersales.core.obligation.SafeguardReminders;
import org.aftersales.core.obligation.SafeguardSettings;
import org.aftersales.core.organization.PersonId;
import org.aftersales.rules.contract.SeedInspectionChecklists;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * Ready-made values of the contract family and the seed's wiring of its use cases, for tests
 * (合同与义务测试数据): maintenance contracts (维保合同), free maintenance periods (免费维保期),
 * security-system contracts (安防系统维保合同, {@link SystemCategory#SECURITY}), contract files with
 * fulfilments (履约记录) and dispositions (义务处置), monthly inspection reports (月度巡检报告,
 * CON-04), project handovers with their documents (项目移交, CON-03), property sales with their
 * payment schedules (商品房买卖, CON-09), change records with their prior notices (修改记录,
 * CON-07), backup obligations with their backups (备份义务, CON-08), and the seed's schedule,
 * settings and office calendar.
 *
 * <p>Each value has a static {@code aXxx()} with every default, and a static {@code xxx()} that
 * returns a nested builder pre-filled with those defaults; a test changes what it cares about and
 * calls {@code build()}. These builders are immutable (each setter returns a new builder; chain
 * the calls), so a pre-filled one can be shared; the contract {@link Builder} is the older,
 * mutable kind. Every default is valid: the use cases of
 * {@code org.aftersales.core.obligation} accept it. Later states are reached through the use
 * cases ({@link #withEveryDocument}, {@link #withFirstInspectionFulfilledLate},
 * {@link #deliveredSale}, {@link #recordedWithPriorNotice}, {@link #withDailyBackups}, …), never
 * by building an impossible value. Identities made by default (contract, project and change IDs,
 * document references) are unique within the JVM, so tests sharing storage do not collide.
 * Defaults use fixed days and instants in {@link #SHANGHAI} (never the clock): the reference
 * instant is {@link #RECORDED_AT}, Monday 2 November 2026, 09:00 in Shanghai.
 *
 * <pre>{@code
 * ServiceContract c = ContractFixtures.maintenanceContract()
 *     .covering(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).build();
 * ObligationReminders reminders = ContractFixtures.seedReminders(contracts, log, clock);
 *
 * ProjectHandover h = ContractFixtures.handover()
 *     .finalAcceptance(LocalDate.of(2027, 3, 15)).build();
 * HandoverRegister register = new HandoverRegister(store, clock);
 * ProjectHandover ready = ContractFixtures.withEveryDocument(register, h);
 *
 * ContractFile late = ContractFixtures.withFirstInspectionFulfilledLate(
 *     ContractFixtures.seedCommands(contracts, clock),
 *     ContractFixtures.securitySystemContract().build());
 * }</pre>
 */
public final class ContractFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default first day of a maintenance or security-system contract: 1 April 2026. */
  public static final LocalDate CONTRACT_START = LocalDate.of(2026, 4, 1);

  /**
   * The default last day (inclusive) of a maintenance or security-system contract: 31 March 2027.
   */
  public static final LocalDate CONTRACT_END = LocalDate.of(2027, 3, 31);

  /** The default first day of a free maintenance period: 1 July 2026 (the day after acceptance). */
  public static final LocalDate FREE_PERIOD_START = LocalDate.of(2026, 7, 1);

  /** The default last day (inclusive) of a free maintenance period: 30 June 2027. */
  public static final LocalDate FREE_PERIOD_END = LocalDate.of(2027, 6, 30);

  /** The default customer: {@code CUST-1}. */
  public static final CustomerId CUSTOMER = CustomerId.of("CUST-1");

  /** Who fulfils obligations by default: the engineer {@code ENG-01}. */
  public static final PersonId ENGINEER = PersonId.of("ENG-01");

  /**
   * The reference instant of the defaults: Monday 2 November 2026, 09:00 in {@link #SHANGHAI}
   * (01:00 UTC) — when a handover document is recorded, a change notice given, an obligation
   * fulfilled unless the helper says otherwise.
   */
  public static final Instant RECORDED_AT = Instant.parse("2026-11-02T01:00:00Z");

  /**
   * The default final-acceptance day (终验日期) of a project handover: Monday 2 November 2026. With
   * the seed's terms after-sales joins by 2 October and the handover is due by 16 November.
   */
  public static final LocalDate FINAL_ACCEPTANCE = LocalDate.of(2026, 11, 2);

  /** The default completion acceptance (竣工验收) of a property sale: 15 December 2026. */
  public static final LocalDate COMPLETION_ACCEPTANCE = LocalDate.of(2026, 12, 15);

  /**
   * The default delivery (交房) of a property sale: 15 January 2027; with the seed's three months
   * the title documents (产权证) are due on 15 April 2027.
   */
  public static final LocalDate DELIVERY = LocalDate.of(2027, 1, 15);

  /**
   * The default start of a change window: Saturday 7 November 2026, 22:00 in {@link #SHANGHAI}
   * (14:00 UTC); the window ends four hours later, Sunday 02:00.
   */
  public static final Instant CHANGE_WINDOW_START = Instant.parse("2026-11-07T14:00:00Z");

  /** How long a default change window lasts: four hours. */
  public static final Duration CHANGE_WINDOW = Duration.ofHours(4);

  /** Who completes a handover, decides a disposition or assigns a follow-up: {@code MGR-01}. */
  public static final PersonId MANAGER = PersonId.of("MGR-01");

  /** Who follows an expiry notice or a free-period report up by default: {@code SALES-01}. */
  public static final PersonId SALES = PersonId.of("SALES-01");

  /** The default reason of a disposition: {@code 客户要求顺延} (the customer asked to move it). */
  public static final String DISPOSITION_REASON = "客户要求顺延";

  /** How many days after its due day {@link #withFirstInspectionFulfilledLate} inspects: 3. */
  public static final int DAYS_LATE = 3;

  private static final AtomicLong COUNTER = new AtomicLong();

  private ContractFixtures() {}

  /**
   * A fresh contract ID, unique within the JVM; IDs made later sort after earlier ones.
   *
   * @return e.g. {@code CT-000017}
   */
  public static ContractId aContractId() {
    return ContractId.of(String.format(Locale.ROOT, "CT-%06d", COUNTER.incrementAndGet()));
  }

  /**
   * A maintenance contract (维保合同, CON-01): a fresh ID, customer {@link #CUSTOMER}, one general
   * system {@code SYS-1}, from {@link #CONTRACT_START} to {@link #CONTRACT_END}.
   *
   * @return a builder with those defaults
   */
  public static Builder maintenanceContract() {
    return new Builder(ContractKind.MAINTENANCE, SystemCategory.GENERAL, List.of("SYS-1"),
        CONTRACT_START, CONTRACT_END);
  }

  /**
   * A free maintenance period (免费维保期, CON-02): a fresh ID, customer {@link #CUSTOMER}, one
   * general system {@code SYS-1}, from {@link #FREE_PERIOD_START} to {@link #FREE_PERIOD_END}.
   *
   * @return a builder with those defaults
   */
  public static Builder freePeriod() {
    return new Builder(ContractKind.FREE_MAINTENANCE, SystemCategory.GENERAL, List.of("SYS-1"),
        FREE_PERIOD_START, FREE_PERIOD_END);
  }

  /**
   * A maintenance contract of a security alarm and linkage system (安防报警联动系统, CON-04, P15):
   * a fresh ID, customer {@link #CUSTOMER}, category {@link SystemCategory#SECURITY}, two systems
   * {@code CAM-1} (cameras) and {@code ALARM-2} (alarm panel), from {@link #CONTRACT_START} to
   * {@link #CONTRACT_END}.
   *
   * @return a builder with those defaults
   */
  public static Builder securitySystemContract() {
    return new Builder(ContractKind.MAINTENANCE, SystemCategory.SECURITY,
        List.of("CAM-1", "ALARM-2"), CONTRACT_START, CONTRACT_END);
  }

  /**
   * A maintenance contract with every default, see {@link #maintenanceContract()}.
   *
   * @return the contract
   */
  public static ServiceContract aMaintenanceContract() {
    return maintenanceContract().build();
  }

  /**
   * A fulfilment by {@link #ENGINEER} at {@code at} with a fresh document reference.
   *
   * @param at when it was fulfilled (truncated to the microsecond, as stored)
   * @return the fulfilment
   */
  public static ObligationFulfilment aFulfilment(Instant at) {
    return ObligationFulfilment.of(ENGINEER, at,
        String.format(Locale.ROOT, "DMS-%06d", COUNTER.incrementAndGet()));
  }

  /**
   * The seed's obligation schedule: {@link SeedObligationSchedule#seed()} (expiry notice one
   * month and free-period report three months before the last day, monthly inspections per system
   * and optimisation reports, quarterly revisits and customer reports, a survey every six months,
   * a yearly summary).
   *
   * @return the schedule
   */
  public static ObligationSchedule seedSchedule() {
    return SeedObligationSchedule.seed();
  }

  /**
   * The seed's settings: {@link ObligationSettings#seed()}.
   *
   * @return the settings
   */
  public static ObligationSettings seedSettings() {
    return ObligationSettings.seed();
  }

  /**
   * The seed's office calendar in {@link #SHANGHAI}: Monday to Friday 09:00–12:00 and
   * 13:30–18:00, no holidays configured (add them with {@link #seedCalendarBuilder()}).
   *
   * @return the calendar
   */
  public static WorkingCalendar seedCalendar() {
    return seedCalendarBuilder().build();
  }

  /**
   * A builder of the seed's office calendar ({@link #seedCalendar()}), to add holidays or make-up
   * days to.
   *
   * @return a new builder
   */
  public static WorkingCalendar.Builder seedCalendarBuilder() {
    return WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
        .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
            WorkingHours.parse("13:30-18:00"))
        .build());
  }

  /**
   * The reminders wired with the seed's schedule, settings and office calendar.
   *
   * @param contracts the stored contract files
   * @param log the notice log
   * @param clock the run's clock
   * @return the use case
   */
  public static ObligationReminders seedReminders(Contracts contracts, NoticeLog log,
      Clock clock) {
    return new ObligationReminders(contracts, log, seedSchedule(), seedSettings(),
        seedCalendar(), clock);
  }

  /**
   * The seed's inspection checklists: {@link SeedInspectionChecklists#seed()} (the four areas of
   * a security system, one "system operation" area for any other, CON-04).
   *
   * @return the checklists
   */
  public static InspectionChecklists seedChecklists() {
    return SeedInspectionChecklists.seed();
  }

  /**
   * A monthly inspection report (CON-04) of {@code system} for {@code month} that covers the
   * seed's checklist of the contract's category ({@link #seedChecklists()}) with every area in
   * order — e.g. to fulfil an inspection through {@link ContractObligations#fulfilInspection}.
   *
   * @param contract the contract (its category selects the checklist)
   * @param system the inspected system
   * @param month the inspection's month
   * @param by who inspected
   * @param at when (truncated to the microsecond)
   * @param document where the report is filed
   * @return the report
   */
  public static InspectionReport anInspectionReport(ServiceContract contract, SystemId system,
      YearMonth month, PersonId by, Instant at, String document) {
    List<InspectionReport.AreaResult> results = new ArrayList<>();
    for (InspectionArea area : seedChecklists().checklistFor(contract.category()).areas()) {
      results.add(InspectionReport.AreaResult.inOrder(area.code()));
    }
    return InspectionReport.of(system, month, by, at, document, results);
  }

  /**
   * The commands wired with the seed's schedule, inspection checklists and settings.
   *
   * @param contracts the stored contract files
   * @param clock the recorded instants' clock
   * @return the use case
   */
  public static ContractObligations seedCommands(Contracts contracts, Clock clock) {
    return new ContractObligations(contracts, seedSchedule(), seedChecklists(), seedSettings(),
        clock);
  }

  /**
   * The obligation report wired with the seed's schedule and settings in {@link #SHANGHAI}.
   *
   * @param contracts the stored contract files
   * @param clock the report's clock
   * @return the use case
   */
  public static ObligationStatusReport seedStatusReport(Contracts contracts, Clock clock) {
    return new ObligationStatusReport(contracts, seedSchedule(), SHANGHAI, seedSettings(), clock);
  }

  /**
   * The handover reminders (CON-03) wired with the seed's settings
   * ({@link ProjectReminderSettings#seed()}: to the after-sales lead, the join notice on the
   * join-by day, the overdue reminder the day after the due day's working day) and the seed's
   * office calendar in {@link #SHANGHAI}.
   *
   * @param handovers the stored handovers
   * @param log the notice log
   * @param clock the run's clock
   * @return the use case
   */
  public static HandoverReminders seedHandoverReminders(ProjectHandovers handovers, NoticeLog log,
      Clock clock) {
    return new HandoverReminders(handovers, log, ProjectReminderSettings.seed(), seedCalendar(),
        clock);
  }

  /**
   * The property reminders (CON-09) wired with the seed's settings
   * ({@link ProjectReminderSettings#seed()}: to the marketing department, payments and mortgage
   * follow-ups ahead of their day, the move-in notice on the acceptance day, the title documents
   * ahead of the three-month limit) and the seed's office calendar in {@link #SHANGHAI}.
   *
   * @param sales the stored property sales
   * @param log the notice log
   * @param clock the run's clock
   * @return the use case
   */
  public static PropertyReminders seedPropertyReminders(PropertySales sales, NoticeLog log,
      Clock clock) {
    return new PropertyReminders(sales, log, ProjectReminderSettings.seed(), seedCalendar(),
        clock);
  }

  /**
   * The change and backup reminders (CON-07, CON-08) wired with the seed's settings
   * ({@link SafeguardSettings#seed()}: to the after-sales lead, a missing change notice one day
   * before the window, a missing backup as soon as the interval has passed) and the seed's office
   * calendar in {@link #SHANGHAI}.
   *
   * @param changes the stored change records
   * @param backups the stored backup obligations
   * @param log the notice log
   * @param clock the run's clock
   * @return the use case
   */
  public static SafeguardReminders seedSafeguardReminders(ChangeRecords changes, Backups backups,
      NoticeLog log, Clock clock) {
    return new SafeguardReminders(changes, backups, log, SafeguardSettings.seed(), seedCalendar(),
        clock);
  }

  /**
   * A local date-time in Shanghai as an instant.
   *
   * @param localDateTime e.g. {@code 2027-03-01T09:00}
   * @return the instant
   */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  // ---------------------------------------------------------------- identities and references

  /**
   * A fresh project ID (项目编号), unique within the JVM.
   *
   * @return e.g. {@code XM-000017}
   */
  public static ProjectId aProjectId() {
    return ProjectId.of(String.format(Locale.ROOT, "XM-%06d", COUNTER.incrementAndGet()));
  }

  /**
   * A fresh change ID (修改记录编号), unique within the JVM.
   *
   * @return e.g. {@code BG-000017}
   */
  public static ChangeId aChangeId() {
    return ChangeId.of(String.format(Locale.ROOT, "BG-%06d", COUNTER.incrementAndGet()));
  }

  /**
   * A fresh purchase-contract ID (购房合同编号) for a property sale, unique within the JVM.
   *
   * @return e.g. {@code GF-000017}
   */
  public static ContractId aPurchaseContractId() {
    return ContractId.of(String.format(Locale.ROOT, "GF-%06d", COUNTER.incrementAndGet()));
  }

  private static String aReference(String prefix) {
    return String.format(Locale.ROOT, "%s-%06d", prefix, COUNTER.incrementAndGet());
  }

  // ---------------------------------------------------------------- contract files (CON-01…06)

  /**
   * A contract file opened for {@link #aMaintenanceContract()}, unsaved (as
   * {@link ContractObligations#register} stores it): nothing fulfilled, carried over or written
   * off.
   *
   * @return the file at version 0
   */
  public static ContractFile aContractFile() {
    return ContractFile.open(aMaintenanceContract());
  }

  /**
   * A fulfilment builder (履约记录): by {@link #ENGINEER} at {@link #RECORDED_AT}, with a fresh
   * document reference {@code DMS-n}.
   *
   * @return a builder with those defaults
   */
  public static FulfilmentBuilder fulfilment() {
    return new FulfilmentBuilder();
  }

  /**
   * A disposition builder (义务处置): carried over ({@link DispositionKind#CARRIED_OVER}) to
   * 9 November 2026 for {@link #DISPOSITION_REASON}, decided by {@link #MANAGER} at
   * {@link #RECORDED_AT}. A value for {@code ContractFile.dispose}; the use case
   * ({@link ContractObligations#carryOver}, {@link ContractObligations#writeOff}) takes its parts.
   *
   * @return a builder with those defaults
   */
  public static DispositionBuilder disposition() {
    return new DispositionBuilder();
  }

  /**
   * The first obligation of {@code kind} that the seed schedule ({@link #seedSchedule()}) gives
   * {@code contract}: the earliest due, then the smallest key (for inspections due the same day:
   * the system whose ID sorts first).
   *
   * @param contract the contract
   * @param kind the kind of obligation
   * @return the obligation
   * @throws IllegalArgumentException if the seed gives the contract none of that kind (e.g. an
   *     expiry notice of a free period, or an inspection of a contract too short for one)
   */
  public static Obligation firstObligation(ServiceContract contract, ObligationKind kind) {
    requireNonNull(contract, "contract");
    requireNonNull(kind, "kind");
    return seedSchedule().due(contract, contract.start(), contract.end().plusDays(1)).stream()
        .filter(o -> o.kind() == kind)
        .min(Comparator.comparing(Obligation::due).thenComparing(Obligation::key))
        .orElseThrow(() -> new IllegalArgumentException(
            "the seed schedule gives " + contract.id() + " no " + kind));
  }

  /**
   * An inspection report builder (月度巡检报告, CON-04) for the first monthly inspection of
   * {@code contract} ({@link #firstObligation}): its system and month, every area of the seed's
   * checklist of the contract's category in order, inspected by {@link #ENGINEER} at 10:00 in
   * {@link #SHANGHAI} on the inspection's due day, filed under a fresh reference {@code XJ-n}.
   *
   * @param contract the contract (its category selects the checklist)
   * @return a builder with those defaults
   * @throws IllegalArgumentException if the seed schedule gives the contract no inspection
   */
  public static InspectionReportBuilder inspectionReport(ServiceContract contract) {
    return new InspectionReportBuilder(contract,
        firstObligation(contract, ObligationKind.MONTHLY_INSPECTION));
  }

  /**
   * The file of {@code contract} with its first monthly inspection fulfilled on time, through
   * the use case: the contract registered ({@link ContractObligations#register}, idempotent) and
   * the inspection fulfilled by {@link #inspectionReport}'s default report (10:00 on its due day,
   * so {@code FULFILLED}).
   *
   * @param commands the use case, e.g. {@link #seedCommands}
   * @param contract the contract; the seed must give it an inspection
   * @return the stored file
   */
  public static ContractFile withFirstInspectionFulfilled(ContractObligations commands,
      ServiceContract contract) {
    Obligation inspection = firstObligation(contract, ObligationKind.MONTHLY_INSPECTION);
    commands.register(contract);
    return commands.fulfilInspection(contract.id(), inspection.key(),
        inspectionReport(contract).build());
  }

  /**
   * The file of {@code contract} with its first monthly inspection fulfilled late (逾期完成),
   * through the use case: registered, then the default report inspected {@link #DAYS_LATE} days
   * after the due day at 10:00 in {@link #SHANGHAI} (its status is {@code FULFILLED_LATE}). The
   * report's month stays the inspection's month, as CON-04 requires.
   *
   * @param commands the use case, e.g. {@link #seedCommands}
   * @param contract the contract; the seed must give it an inspection
   * @return the stored file
   */
  public static ContractFile withFirstInspectionFulfilledLate(ContractObligations commands,
      ServiceContract contract) {
    Obligation inspection = firstObligation(contract, ObligationKind.MONTHLY_INSPECTION);
    commands.register(contract);
    Instant late = inspection.due().plusDays(DAYS_LATE).atTime(10, 0).atZone(SHANGHAI)
        .toInstant();
    return commands.fulfilInspection(contract.id(), inspection.key(),
        inspectionReport(contract).inspectedAt(late).build());
  }

  /**
   * The file of {@code contract} with its first obligation of {@code kind} fulfilled, through the
   * use case: registered, then {@link ContractObligations#fulfil} with a fulfilment by
   * {@link #ENGINEER} at 10:00 in {@link #SHANGHAI} on the due day. For any kind but the monthly
   * inspection (see {@link #withFirstInspectionFulfilled}).
   *
   * @param commands the use case
   * @param contract the contract
   * @param kind the kind, not {@link ObligationKind#MONTHLY_INSPECTION}
   * @return the stored file
   */
  public static ContractFile withFirstFulfilled(ContractObligations commands,
      ServiceContract contract, ObligationKind kind) {
    Obligation o = firstObligation(contract, kind);
    commands.register(contract);
    return commands.fulfil(contract.id(), o.key(), fulfilment()
        .at(o.due().atTime(10, 0).atZone(SHANGHAI).toInstant()).build());
  }

  /**
   * The file of {@code contract} with its end notice settled, through the use case: the expiry
   * notice (保养到期通知书, CON-01) of a maintenance contract, or the free-period report (免费维护期满
   * 书面汇报, CON-02) of a free period, fulfilled ({@link #withFirstFulfilled}) and its follow-up
   * assigned to {@link #SALES} by {@link #MANAGER}.
   *
   * @param commands the use case
   * @param contract the contract
   * @return the stored file
   */
  public static ContractFile withEndNoticeFollowedUp(ContractObligations commands,
      ServiceContract contract) {
    ObligationKind kind = contract.kind() == ContractKind.MAINTENANCE
        ? ObligationKind.EXPIRY_NOTICE : ObligationKind.FREE_PERIOD_END_REPORT;
    withFirstFulfilled(commands, contract, kind);
    return commands.assignFollowUp(contract.id(), firstObligation(contract, kind).key(), SALES,
        MANAGER);
  }

  /**
   * The file of {@code contract} with its first obligation of {@code kind} carried over (顺延)
   * seven days, or to the contract's last day if that comes first, through the use case for
   * {@link #DISPOSITION_REASON} by {@link #MANAGER}.
   *
   * @param commands the use case
   * @param contract the contract
   * @param kind the kind
   * @return the stored file
   */
  public static ContractFile withFirstCarriedOver(ContractObligations commands,
      ServiceContract contract, ObligationKind kind) {
    Obligation o = firstObligation(contract, kind);
    LocalDate to = o.due().plusDays(7);
    commands.register(contract);
    return commands.carryOver(contract.id(), o.key(),
        to.isAfter(contract.end()) ? contract.end() : to, DISPOSITION_REASON, MANAGER);
  }

  /**
   * The file of {@code contract} with its first obligation of {@code kind} written off (注销),
   * through the use case, for {@link #DISPOSITION_REASON} by {@link #MANAGER}.
   *
   * @param commands the use case
   * @param contract the contract
   * @param kind the kind
   * @return the stored file
   */
  public static ContractFile withFirstWrittenOff(ContractObligations commands,
      ServiceContract contract, ObligationKind kind) {
    Obligation o = firstObligation(contract, kind);
    commands.register(contract);
    return commands.writeOff(contract.id(), o.key(), DISPOSITION_REASON, MANAGER);
  }

  // ---------------------------------------------------------------- project handover (CON-03)

  /**
   * A project handover builder (项目移交, CON-03): a fresh project ID ({@link #aProjectId()}),
   * final acceptance on {@link #FINAL_ACCEPTANCE}, zone {@link #SHANGHAI}, the seed's terms
   * ({@link HandoverTerms#seed()}: join one month before, complete within two weeks after).
   *
   * @return a builder with those defaults
   */
  public static HandoverBuilder handover() {
    return new HandoverBuilder();
  }

  /**
   * An open handover with every default ({@link #handover()}) and an empty checklist.
   *
   * @return the handover at version 0
   */
  public static ProjectHandover aProjectHandover() {
    return handover().build();
  }

  /**
   * A handover document builder (移交文档): the technical documents
   * ({@link HandoverDocument#TECHNICAL_DOCUMENTS}) recorded by {@link #ENGINEER} at
   * {@link #RECORDED_AT}, filed under a fresh reference {@code DMS/YJ-n}.
   *
   * @return a builder with those defaults
   */
  public static HandoverItemBuilder handoverItem() {
    return new HandoverItemBuilder();
  }

  /**
   * A handover document with the defaults of {@link #handoverItem()} for {@code document}.
   *
   * @param document which document
   * @return the item
   */
  public static HandoverItem aHandoverItem(HandoverDocument document) {
    return handoverItem().document(document).build();
  }

  /**
   * One item per required document (CON-03, P8 §1: technical documents, open issues and their
   * schedule, external boundary, internal boundary), in the order of {@link HandoverDocument},
   * each with the defaults of {@link #handoverItem()}.
   *
   * @return the items; unmodifiable
   */
  public static List<HandoverItem> everyHandoverDocument() {
    return Arrays.stream(HandoverDocument.values()).map(ContractFixtures::aHandoverItem)
        .toList();
  }

  /**
   * {@code handover} opened and with every document recorded ({@link #everyHandoverDocument()}),
   * through the use case; still open, ready to complete.
   *
   * @param register the use case
   * @param handover the handover to open: never stored, or stored unchanged (an equal stored one
   *     is reused; a stored one that moved on is refused, as by {@link HandoverRegister#open})
   * @return the stored handover
   */
  public static ProjectHandover withEveryDocument(HandoverRegister register,
      ProjectHandover handover) {
    ProjectHandover stored = register.open(handover);
    for (HandoverItem item : everyHandoverDocument()) {
      stored = register.recordDocument(handover.project(), item);
    }
    return stored;
  }

  /**
   * {@code handover} with every document recorded and completed by {@link #MANAGER} at the
   * register's clock, through the use case.
   *
   * @param register the use case
   * @param handover the handover to open: never stored, or stored unchanged
   * @return the stored, completed handover
   */
  public static ProjectHandover completedHandover(HandoverRegister register,
      ProjectHandover handover) {
    withEveryDocument(register, handover);
    return register.complete(handover.project(), MANAGER);
  }

  // ---------------------------------------------------------------- property sale (CON-09)

  /**
   * A property sale builder (商品房买卖, CON-09) paid by instalments (分期付款) due on 30 November
   * 2026, 28 February 2027 and 31 May 2027 (month ends), a fresh purchase-contract ID
   * ({@link #aPurchaseContractId()}), the seed's terms ({@link PropertyAfterSalesTerms#seed()}:
   * the move-in notice on completion acceptance, the title documents three months after
   * delivery).
   *
   * @return a builder with those defaults
   */
  public static PropertySaleBuilder propertySale() {
    return new PropertySaleBuilder(PropertyPaymentMethod.INSTALMENTS, List.of(
        LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 31)));
  }

  /**
   * A property sale builder with a bank mortgage (按揭): the follow-ups with the bank on
   * 16 November and 15 December 2026 and 15 January 2027; otherwise as {@link #propertySale()}.
   *
   * @return a builder with those defaults
   */
  public static PropertySaleBuilder mortgageSale() {
    return new PropertySaleBuilder(PropertyPaymentMethod.MORTGAGE, List.of(
        LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15)));
  }

  /**
   * A property sale builder paid as a lump sum (一次性付款) due on 30 November 2026; otherwise as
   * {@link #propertySale()}.
   *
   * @return a builder with those defaults
   */
  public static PropertySaleBuilder lumpSumSale() {
    return new PropertySaleBuilder(PropertyPaymentMethod.LUMP_SUM,
        List.of(LocalDate.of(2026, 11, 30)));
  }

  /**
   * A property sale with every default ({@link #propertySale()}): instalments, not yet accepted
   * or delivered.
   *
   * @return the sale at version 0
   */
  public static PropertySale aPropertySale() {
    return propertySale().build();
  }

  /**
   * {@code sale} registered and its completion accepted on {@link #COMPLETION_ACCEPTANCE},
   * through the use case (the move-in notice is due then).
   *
   * @param sales the use case
   * @param sale the sale to register: never stored, or stored unchanged (as
   *     {@link PropertyAfterSales#register} answers)
   * @return the stored sale
   */
  public static PropertySale withCompletionAccepted(PropertyAfterSales sales, PropertySale sale) {
    sales.register(sale);
    return sales.completionAccepted(sale.contract(), COMPLETION_ACCEPTANCE);
  }

  /**
   * {@code sale} registered, accepted on {@link #COMPLETION_ACCEPTANCE} and delivered on
   * {@link #DELIVERY}, through the use case (the title documents are due three months later by
   * the seed).
   *
   * @param sales the use case
   * @param sale the sale to register: never stored, or stored unchanged (as
   *     {@link PropertyAfterSales#register} answers)
   * @return the stored sale
   */
  public static PropertySale deliveredSale(PropertyAfterSales sales, PropertySale sale) {
    withCompletionAccepted(sales, sale);
    return sales.delivered(sale.contract(), DELIVERY);
  }

  // ---------------------------------------------------------------- change record (CON-07)

  /**
   * A change record builder (修改记录, CON-07): a fresh change ID ({@link #aChangeId()}), a fresh
   * project, what {@code 订单库增加索引} (an index added to the orders database), impact
   * {@code 订单查询暂停约两小时} (order queries paused about two hours), scope
   * {@code 华东区订单查询} (order queries of the East China region), the window from
   * {@link #CHANGE_WINDOW_START} (Saturday 22:00 in Shanghai) for {@link #CHANGE_WINDOW}, one
   * code reference {@code git:3f2a9c1} and a fresh script reference {@code DMS/SQL-n}, no prior
   * notice.
   *
   * @return a builder with those defaults
   */
  public static ChangeRecordBuilder changeRecord() {
    return new ChangeRecordBuilder();
  }

  /**
   * A change record with every default ({@link #changeRecord()}), no notice given yet.
   *
   * @return the record at version 0
   */
  public static ChangeRecord aChangeRecord() {
    return changeRecord().build();
  }

  /**
   * A change notice builder (事先告知): given in writing ({@link ChangeNoticeChannel#IN_WRITING})
   * at {@link #RECORDED_AT}, five days before the default window.
   *
   * @return a builder with those defaults
   */
  public static ChangeNoticeBuilder changeNotice() {
    return new ChangeNoticeBuilder();
  }

  /**
   * A change notice with every default ({@link #changeNotice()}).
   *
   * @return the notice
   */
  public static ChangeNotice aChangeNotice() {
    return changeNotice().build();
  }

  /**
   * {@code change} recorded with a prior notice given in writing one day before its window
   * starts, through the use case ({@link ChangeRegister#record}, then
   * {@link ChangeRegister#noticed}); under the seed it is not
   * {@link ChangeRecord#withoutPriorNotice() without prior notice}.
   *
   * @param register the use case
   * @param change the record: never stored, or stored unchanged
   * @return the stored record
   */
  public static ChangeRecord recordedWithPriorNotice(ChangeRegister register,
      ChangeRecord change) {
    register.record(change);
    return register.noticed(change.id(),
        changeNotice().givenAt(change.windowStart().minus(Duration.ofDays(1))).build());
  }

  /**
   * {@code change} recorded with its notice given only as its window starts, through the use
   * case: the customer was not told beforehand, so the record is
   * {@link ChangeRecord#withoutPriorNotice() without prior notice} (a complaint about it is
   * handled as a complaint, CON-07).
   *
   * @param register the use case
   * @param change the record: never stored, or stored unchanged
   * @return the stored record
   */
  public static ChangeRecord recordedWithLateNotice(ChangeRegister register,
      ChangeRecord change) {
    register.record(change);
    return register.noticed(change.id(), changeNotice().givenAt(change.windowStart())
        .channel(ChangeNoticeChannel.PHONE).build());
  }

  // ---------------------------------------------------------------- backups (CON-08)

  /**
   * A backup obligation builder (备份义务, CON-08): a fresh project, zone {@link #SHANGHAI}, the
   * seed's terms ({@link BackupTerms#seed()}: two months' window and retention, one backup a
   * day).
   *
   * @return a builder with those defaults
   */
  public static BackupObligationBuilder backupObligation() {
    return new BackupObligationBuilder();
  }

  /**
   * A backup obligation with every default ({@link #backupObligation()}) and no backup yet.
   *
   * @return the obligation at version 0
   */
  public static BackupObligation aBackupObligation() {
    return backupObligation().build();
  }

  /**
   * A backup record builder (备份记录): taken at 02:00 in {@link #SHANGHAI} on Monday 2 November
   * 2026 (18:00 UTC the day before), what {@code 订单数据库} (the orders database), kept under a
   * fresh reference {@code NAS-01/BK-n}.
   *
   * @return a builder with those defaults
   */
  public static BackupRecordBuilder backupRecord() {
    return new BackupRecordBuilder();
  }

  /**
   * A backup record with every default ({@link #backupRecord()}).
   *
   * @return the record
   */
  public static BackupRecord aBackupRecord() {
    return backupRecord().build();
  }

  /**
   * {@code obligation} opened with one backup a day at 02:00 in {@link #SHANGHAI} from
   * {@code first} to {@code last} (inclusive), through the use case — the seed's one-day interval
   * kept, so no gap inside those days.
   *
   * @param register the use case
   * @param obligation the obligation: never stored, or stored unchanged
   * @param first the first day backed up, in Shanghai
   * @param last the last day backed up (inclusive), in Shanghai
   * @return the stored obligation
   */
  public static BackupObligation withDailyBackups(BackupRegister register,
      BackupObligation obligation, LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    BackupObligation stored = register.open(obligation);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      stored = register.record(obligation.project(), backupRecord()
          .takenAt(d.atTime(2, 0).atZone(SHANGHAI).toInstant()).build());
    }
    return stored;
  }

  // ---------------------------------------------------------------- builders

  /**
   * Builds an {@link ObligationFulfilment}; see {@link #fulfilment()}. Immutable: each setter
   * returns a new builder, so chain the calls.
   */
  public static final class FulfilmentBuilder {

    private final PersonId by;
    private final Instant at;
    private final String document;

    private FulfilmentBuilder(PersonId by, Instant at, String document) {
      this.by = by;
      this.at = at;
      this.document = document;
    }

    private FulfilmentBuilder() {
      this(ENGINEER, RECORDED_AT, null);
    }

    /**
     * Who fulfilled it.
     *
     * @param person the person
     * @return a new builder with that change
     */
    public FulfilmentBuilder by(PersonId person) {
      return new FulfilmentBuilder(requireNonNull(person, "person"), at, document);
    }

    /**
     * When it was fulfilled.
     *
     * @param instant the instant (its day in the business zone is compared with the due day);
     *     truncated to the microsecond
     * @return a new builder with that change
     */
    public FulfilmentBuilder at(Instant instant) {
      return new FulfilmentBuilder(by, requireNonNull(instant, "instant"), document);
    }

    /**
     * Where the proving document is filed.
     *
     * @param reference identifier text of at most 200 code points
     * @return a new builder with that change
     */
    public FulfilmentBuilder document(String reference) {
      return new FulfilmentBuilder(by, at, requireNonNull(reference, "reference"));
    }

    /**
     * The fulfilment; a fresh document reference unless one was given.
     *
     * @return the fulfilment
     * @throws org.aftersales.core.shared.InvalidInputException as
     *     {@link ObligationFulfilment#of}
     */
    public ObligationFulfilment build() {
      return ObligationFulfilment.of(by, at, document != null ? document : aReference("DMS"));
    }
  }

  /**
   * Builds an {@link ObligationDisposition}; see {@link #disposition()}. Immutable: each setter
   * returns a new builder, so chain the calls.
   */
  public static final class DispositionBuilder {

    private final DispositionKind kind;
    private final LocalDate due;
    private final String reason;
    private final PersonId by;
    private final Instant at;

    private DispositionBuilder(DispositionKind kind, LocalDate due, String reason, PersonId by,
        Instant at) {
      this.kind = kind;
      this.due = due;
      this.reason = reason;
      this.by = by;
      this.at = at;
    }

    private DispositionBuilder() {
      this(DispositionKind.CARRIED_OVER, LocalDate.of(2026, 11, 9), DISPOSITION_REASON, MANAGER,
          RECORDED_AT);
    }

    /**
     * Carried over or written off.
     *
     * @param dispositionKind the kind
     * @return a new builder with that change
     */
    public DispositionBuilder kind(DispositionKind dispositionKind) {
      return new DispositionBuilder(requireNonNull(dispositionKind, "dispositionKind"), due,
          reason, by, at);
    }

    /**
     * The new due day (carried over) or the effective due day written off.
     *
     * @param day a calendar date of the business zone
     * @return a new builder with that change
     */
    public DispositionBuilder due(LocalDate day) {
      return new DispositionBuilder(kind, requireNonNull(day, "day"), reason, by, at);
    }

    /**
     * Why.
     *
     * @param text free text of 1 to 500 code points
     * @return a new builder with that change
     */
    public DispositionBuilder reason(String text) {
      return new DispositionBuilder(kind, due, requireNonNull(text, "text"), by, at);
    }

    /**
     * Who decided.
     *
     * @param person the person
     * @return a new builder with that change
     */
    public DispositionBuilder by(PersonId person) {
      return new DispositionBuilder(kind, due, reason, requireNonNull(person, "person"), at);
    }

    /**
     * When it was decided.
     *
     * @param instant the instant; truncated to the microsecond
     * @return a new builder with that change
     */
    public DispositionBuilder at(Instant instant) {
      return new DispositionBuilder(kind, due, reason, by, requireNonNull(instant, "instant"));
    }

    /**
     * The disposition.
     *
     * @return the disposition
     * @throws org.aftersales.core.shared.InvalidInputException if the reason is blank or too long
     */
    public ObligationDisposition build() {
      return new ObligationDisposition(kind, due, reason, by, at);
    }
  }

  /**
   * Builds an {@link InspectionReport}; see {@link #inspectionReport(ServiceContract)}. Not
   * thread-safe.
   */
  public static final class InspectionReportBuilder {

    private final SystemId system;
    private final YearMonth month;
    private final PersonId inspectedBy;
    private final Instant inspectedAt;
    private final String document;
    private final List<InspectionReport.AreaResult> results;

    private InspectionReportBuilder(SystemId system, YearMonth month, PersonId inspectedBy,
        Instant inspectedAt, String document, List<InspectionReport.AreaResult> results) {
      this.system = system;
      this.month = month;
      this.inspectedBy = inspectedBy;
      this.inspectedAt = inspectedAt;
      this.document = document;
      this.results = results;
    }

    private InspectionReportBuilder(ServiceContract contract, Obligation inspection) {
      this(inspection.systems().get(0), YearMonth.from(inspection.due()), ENGINEER,
          inspection.due().atTime(10, 0).atZone(SHANGHAI).toInstant(), null,
          everyAreaInOrder(contract));
    }

    private static List<InspectionReport.AreaResult> everyAreaInOrder(ServiceContract contract) {
      List<InspectionReport.AreaResult> all = new ArrayList<>();
      for (InspectionArea area : seedChecklists().checklistFor(contract.category()).areas()) {
        all.add(InspectionReport.AreaResult.inOrder(area.code()));
      }
      return List.copyOf(all);
    }

    /**
     * The inspected system.
     *
     * @param systemId the system
     * @return a new builder with that change
     */
    public InspectionReportBuilder system(SystemId systemId) {
      return new InspectionReportBuilder(requireNonNull(systemId, "systemId"), month, inspectedBy,
          inspectedAt, document, results);
    }

    /**
     * The inspection's month.
     *
     * @param yearMonth the month
     * @return a new builder with that change
     */
    public InspectionReportBuilder month(YearMonth yearMonth) {
      return new InspectionReportBuilder(system, requireNonNull(yearMonth, "yearMonth"),
          inspectedBy, inspectedAt, document, results);
    }

    /**
     * Who inspected.
     *
     * @param person the person
     * @return a new builder with that change
     */
    public InspectionReportBuilder inspectedBy(PersonId person) {
      return new InspectionReportBuilder(system, month, requireNonNull(person, "person"),
          inspectedAt, document, results);
    }

    /**
     * When the system was inspected (the fulfilment's instant).
     *
     * @param instant the instant; truncated to the microsecond
     * @return a new builder with that change
     */
    public InspectionReportBuilder inspectedAt(Instant instant) {
      return new InspectionReportBuilder(system, month, inspectedBy, requireNonNull(instant,
          "instant"), document, results);
    }

    /**
     * Where the report is filed.
     *
     * @param reference identifier text of at most 200 code points
     * @return a new builder with that change
     */
    public InspectionReportBuilder document(String reference) {
      return new InspectionReportBuilder(system, month, inspectedBy, inspectedAt,
          requireNonNull(reference, "reference"), results);
    }

    /**
     * The results per area, in this order (e.g. one area left out, to see CON-04 refuse).
     *
     * @param areaResults the results
     * @return a new builder with that change
     */
    public InspectionReportBuilder results(List<InspectionReport.AreaResult> areaResults) {
      return new InspectionReportBuilder(system, month, inspectedBy, inspectedAt, document,
          List.copyOf(areaResults));
    }

    /**
     * The report; a fresh document reference unless one was given.
     *
     * @return the report
     * @throws org.aftersales.core.shared.InvalidInputException as {@link InspectionReport#of}
     */
    public InspectionReport build() {
      return InspectionReport.of(system, month, inspectedBy, inspectedAt,
          document != null ? document : aReference("XJ"), results);
    }
  }

  /**
   * Builds a {@link ProjectHandover}; see {@link #handover()}. Immutable: each setter returns a new
   * builder, so chain the calls.
   */
  public static final class HandoverBuilder {

    private final ProjectId project;
    private final LocalDate finalAcceptance;
    private final ZoneId zone;
    private final HandoverTerms terms;

    private HandoverBuilder(ProjectId project, LocalDate finalAcceptance, ZoneId zone,
        HandoverTerms terms) {
      this.project = project;
      this.finalAcceptance = finalAcceptance;
      this.zone = zone;
      this.terms = terms;
    }

    private HandoverBuilder() {
      this(null, FINAL_ACCEPTANCE, SHANGHAI, HandoverTerms.seed());
    }

    /**
     * The project handed over.
     *
     * @param projectId the project
     * @return a new builder with that change
     */
    public HandoverBuilder project(ProjectId projectId) {
      return new HandoverBuilder(requireNonNull(projectId, "projectId"), finalAcceptance, zone,
          terms);
    }

    /**
     * The final-acceptance day (终验日期).
     *
     * @param day a calendar date of the handover's zone
     * @return a new builder with that change
     */
    public HandoverBuilder finalAcceptance(LocalDate day) {
      return new HandoverBuilder(project, requireNonNull(day, "day"), zone, terms);
    }

    /**
     * The business zone.
     *
     * @param zoneId the zone
     * @return a new builder with that change
     */
    public HandoverBuilder zone(ZoneId zoneId) {
      return new HandoverBuilder(project, finalAcceptance, requireNonNull(zoneId, "zoneId"), terms);
    }

    /**
     * The offsets (join before, complete within).
     *
     * @param handoverTerms the terms
     * @return a new builder with that change
     */
    public HandoverBuilder terms(HandoverTerms handoverTerms) {
      return new HandoverBuilder(project, finalAcceptance, zone, requireNonNull(handoverTerms,
          "handoverTerms"));
    }

    /**
     * The open handover; a fresh project ID unless one was given.
     *
     * @return the handover at version 0
     * @throws org.aftersales.core.shared.InvalidInputException as {@link ProjectHandover#of}
     */
    public ProjectHandover build() {
      return ProjectHandover.of(project != null ? project : aProjectId(), finalAcceptance, zone,
          terms);
    }
  }

  /**
   * Builds a {@link HandoverItem}; see {@link #handoverItem()}. Immutable: each setter returns a
   * new builder, so chain the calls.
   */
  public static final class HandoverItemBuilder {

    private final HandoverDocument document;
    private final PersonId recordedBy;
    private final Instant recordedAt;
    private final String reference;

    private HandoverItemBuilder(HandoverDocument document, PersonId recordedBy,
        Instant recordedAt, String reference) {
      this.document = document;
      this.recordedBy = recordedBy;
      this.recordedAt = recordedAt;
      this.reference = reference;
    }

    private HandoverItemBuilder() {
      this(HandoverDocument.TECHNICAL_DOCUMENTS, ENGINEER, RECORDED_AT, null);
    }

    /**
     * Which required document.
     *
     * @param handoverDocument the document
     * @return a new builder with that change
     */
    public HandoverItemBuilder document(HandoverDocument handoverDocument) {
      return new HandoverItemBuilder(requireNonNull(handoverDocument, "handoverDocument"),
          recordedBy, recordedAt, reference);
    }

    /**
     * Who handed it over.
     *
     * @param person the person
     * @return a new builder with that change
     */
    public HandoverItemBuilder recordedBy(PersonId person) {
      return new HandoverItemBuilder(document, requireNonNull(person, "person"), recordedAt,
          reference);
    }

    /**
     * When it was recorded.
     *
     * @param instant the instant
     * @return a new builder with that change
     */
    public HandoverItemBuilder recordedAt(Instant instant) {
      return new HandoverItemBuilder(document, recordedBy, requireNonNull(instant, "instant"),
          reference);
    }

    /**
     * Where it is filed.
     *
     * @param text identifier text of at most 200 code points
     * @return a new builder with that change
     */
    public HandoverItemBuilder reference(String text) {
      return new HandoverItemBuilder(document, recordedBy, recordedAt, requireNonNull(text,
          "text"));
    }

    /**
     * The item; a fresh reference unless one was given.
     *
     * @return the item
     * @throws org.aftersales.core.shared.InvalidInputException as {@link HandoverItem#of}
     */
    public HandoverItem build() {
      return HandoverItem.of(document, recordedBy, recordedAt,
          reference != null ? reference : aReference("DMS/YJ"));
    }
  }

  /**
   * Builds a {@link PropertySale}; see {@link #propertySale()}. Immutable: each setter returns a
   * new builder, so chain the calls.
   */
  public static final class PropertySaleBuilder {

    private final ContractId contract;
    private final PropertyPaymentMethod method;
    private final List<LocalDate> dueDates;
    private final PropertyAfterSalesTerms terms;

    private PropertySaleBuilder(ContractId contract, PropertyPaymentMethod method,
        List<LocalDate> dueDates, PropertyAfterSalesTerms terms) {
      this.contract = contract;
      this.method = method;
      this.dueDates = dueDates;
      this.terms = terms;
    }

    private PropertySaleBuilder(PropertyPaymentMethod method, List<LocalDate> dueDates) {
      this(null, method, dueDates, PropertyAfterSalesTerms.seed());
    }

    /**
     * The purchase contract.
     *
     * @param contractId the contract's ID
     * @return a new builder with that change
     */
    public PropertySaleBuilder contract(ContractId contractId) {
      return new PropertySaleBuilder(requireNonNull(contractId, "contractId"), method, dueDates,
          terms);
    }

    /**
     * How the buyer pays (keeps the dates: give one date for a lump sum).
     *
     * @param paymentMethod the method
     * @return a new builder with that change
     */
    public PropertySaleBuilder method(PropertyPaymentMethod paymentMethod) {
      return new PropertySaleBuilder(contract, requireNonNull(paymentMethod, "paymentMethod"),
          dueDates, terms);
    }

    /**
     * The schedule's dates.
     *
     * @param dates strictly increasing calendar dates of the business zone; one for a lump sum
     * @return a new builder with that change
     */
    public PropertySaleBuilder dueDates(List<LocalDate> dates) {
      return new PropertySaleBuilder(contract, method, List.copyOf(dates), terms);
    }

    /**
     * The offsets (move-in notice, title documents).
     *
     * @param afterSalesTerms the terms
     * @return a new builder with that change
     */
    public PropertySaleBuilder terms(PropertyAfterSalesTerms afterSalesTerms) {
      return new PropertySaleBuilder(contract, method, dueDates, requireNonNull(afterSalesTerms,
          "afterSalesTerms"));
    }

    /**
     * The sale; a fresh purchase-contract ID unless one was given.
     *
     * @return the sale at version 0
     * @throws org.aftersales.core.shared.InvalidInputException as {@link PropertySale#of}
     */
    public PropertySale build() {
      return PropertySale.of(contract != null ? contract : aPurchaseContractId(), method,
          dueDates, terms);
    }
  }

  /**
   * Builds a {@link ChangeRecord}; see {@link #changeRecord()}. Immutable: each setter returns a
   * new builder, so chain the calls.
   */
  public static final class ChangeRecordBuilder {

    private final ChangeId id;
    private final ProjectId project;
    private final String what;
    private final String impact;
    private final String scope;
    private final Instant windowStart;
    private final Instant windowEnd;
    private final List<String> codeReferences;
    private final List<String> scriptReferences;
    private final ChangeNotice priorNotice;

    private ChangeRecordBuilder(ChangeId id, ProjectId project, String what, String impact,
        String scope, Instant windowStart, Instant windowEnd, List<String> codeReferences,
        List<String> scriptReferences, ChangeNotice priorNotice) {
      this.id = id;
      this.project = project;
      this.what = what;
      this.impact = impact;
      this.scope = scope;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.codeReferences = codeReferences;
      this.scriptReferences = scriptReferences;
      this.priorNotice = priorNotice;
    }

    private ChangeRecordBuilder() {
      this(null, null, "订单库增加索引", "订单查询暂停约两小时", "华东区订单查询", CHANGE_WINDOW_START,
          CHANGE_WINDOW_START.plus(CHANGE_WINDOW), List.of("git:3f2a9c1"), null, null);
    }

    /**
     * The change's identifier.
     *
     * @param changeId the ID
     * @return a new builder with that change
     */
    public ChangeRecordBuilder id(ChangeId changeId) {
      return new ChangeRecordBuilder(requireNonNull(changeId, "changeId"), project, what, impact,
          scope, windowStart, windowEnd, codeReferences, scriptReferences, priorNotice);
    }

    /**
     * The project whose system is changed.
     *
     * @param projectId the project
     * @return a new builder with that change
     */
    public ChangeRecordBuilder project(ProjectId projectId) {
      return new ChangeRecordBuilder(id, requireNonNull(projectId, "projectId"), what, impact,
          scope, windowStart, windowEnd, codeReferences, scriptReferences, priorNotice);
    }

    /**
     * What is changed.
     *
     * @param text free text, not blank, at most 2 000 code points
     * @return a new builder with that change
     */
    public ChangeRecordBuilder what(String text) {
      return new ChangeRecordBuilder(id, project, requireNonNull(text, "text"), impact, scope,
          windowStart, windowEnd, codeReferences, scriptReferences, priorNotice);
    }

    /**
     * The impact.
     *
     * @param text free text, not blank, at most 2 000 code points
     * @return a new builder with that change
     */
    public ChangeRecordBuilder impact(String text) {
      return new ChangeRecordBuilder(id, project, what, requireNonNull(text, "text"), scope,
          windowStart, windowEnd, codeReferences, scriptReferences, priorNotice);
    }

    /**
     * The scope of the impact.
     *
     * @param text free text, not blank, at most 2 000 code points
     * @return a new builder with that change
     */
    public ChangeRecordBuilder scope(String text) {
      return new ChangeRecordBuilder(id, project, what, impact, requireNonNull(text, "text"),
          windowStart, windowEnd, codeReferences, scriptReferences, priorNotice);
    }

    /**
     * When the window starts; moves the end along so that the window keeps its length.
     *
     * @param instant the instant
     * @return a new builder with that change
     */
    public ChangeRecordBuilder windowStart(Instant instant) {
      requireNonNull(instant, "instant");
      return new ChangeRecordBuilder(id, project, what, impact, scope, instant,
          instant.plus(Duration.between(windowStart, windowEnd)), codeReferences,
          scriptReferences, priorNotice);
    }

    /**
     * When the window ends.
     *
     * @param instant the instant, after the start
     * @return a new builder with that change
     */
    public ChangeRecordBuilder windowEnd(Instant instant) {
      return new ChangeRecordBuilder(id, project, what, impact, scope, windowStart,
          requireNonNull(instant, "instant"), codeReferences, scriptReferences, priorNotice);
    }

    /**
     * Where the changed source code is archived.
     *
     * @param references identifier texts, possibly none
     * @return a new builder with that change
     */
    public ChangeRecordBuilder codeReferences(List<String> references) {
      return new ChangeRecordBuilder(id, project, what, impact, scope, windowStart, windowEnd,
          List.copyOf(references), scriptReferences, priorNotice);
    }

    /**
     * Where the database scripts are archived.
     *
     * @param references identifier texts, possibly none
     * @return a new builder with that change
     */
    public ChangeRecordBuilder scriptReferences(List<String> references) {
      return new ChangeRecordBuilder(id, project, what, impact, scope, windowStart, windowEnd,
          codeReferences, List.copyOf(references), priorNotice);
    }

    /**
     * The notice given before the change.
     *
     * @param notice the notice
     * @return a new builder with that change
     */
    public ChangeRecordBuilder priorNotice(ChangeNotice notice) {
      return new ChangeRecordBuilder(id, project, what, impact, scope, windowStart, windowEnd,
          codeReferences, scriptReferences, requireNonNull(notice, "notice"));
    }

    /**
     * The record; a fresh ID, project and script reference unless given.
     *
     * @return the record at version 0
     * @throws org.aftersales.core.shared.InvalidInputException if a text is blank or too long,
     *     or the window does not end after it starts
     */
    public ChangeRecord build() {
      ChangeRecord.Builder b = ChangeRecord.builder();
      b.id(id != null ? id : aChangeId()).project(project != null ? project : aProjectId())
          .what(what).impact(impact).scope(scope).windowStart(windowStart).windowEnd(windowEnd)
          .addAllCodeReferences(codeReferences)
          .addAllScriptReferences(scriptReferences != null ? scriptReferences
              : List.of(aReference("DMS/SQL")));
      if (priorNotice != null) {
        b.priorNotice(priorNotice);
      }
      return b.build();
    }
  }

  /**
   * Builds a {@link ChangeNotice}; see {@link #changeNotice()}. Immutable: each setter returns a
   * new builder, so chain the calls.
   */
  public static final class ChangeNoticeBuilder {

    private final Instant givenAt;
    private final ChangeNoticeChannel channel;

    private ChangeNoticeBuilder(Instant givenAt, ChangeNoticeChannel channel) {
      this.givenAt = givenAt;
      this.channel = channel;
    }

    private ChangeNoticeBuilder() {
      this(RECORDED_AT, ChangeNoticeChannel.IN_WRITING);
    }

    /**
     * When the customer was told.
     *
     * @param instant the instant; truncated to the microsecond
     * @return a new builder with that change
     */
    public ChangeNoticeBuilder givenAt(Instant instant) {
      return new ChangeNoticeBuilder(requireNonNull(instant, "instant"), channel);
    }

    /**
     * How the customer was told.
     *
     * @param noticeChannel the channel
     * @return a new builder with that change
     */
    public ChangeNoticeBuilder channel(ChangeNoticeChannel noticeChannel) {
      return new ChangeNoticeBuilder(givenAt, requireNonNull(noticeChannel, "noticeChannel"));
    }

    /**
     * The notice.
     *
     * @return the notice
     * @throws org.aftersales.core.shared.InvalidInputException as {@link ChangeNotice#of}
     */
    public ChangeNotice build() {
      return ChangeNotice.of(givenAt, channel);
    }
  }

  /**
   * Builds a {@link BackupObligation}; see {@link #backupObligation()}. Immutable: each setter
   * returns a new builder, so chain the calls.
   */
  public static final class BackupObligationBuilder {

    private final ProjectId project;
    private final ZoneId zone;
    private final BackupTerms terms;

    private BackupObligationBuilder(ProjectId project, ZoneId zone, BackupTerms terms) {
      this.project = project;
      this.zone = zone;
      this.terms = terms;
    }

    private BackupObligationBuilder() {
      this(null, SHANGHAI, BackupTerms.seed());
    }

    /**
     * The handed-over project.
     *
     * @param projectId the project
     * @return a new builder with that change
     */
    public BackupObligationBuilder project(ProjectId projectId) {
      return new BackupObligationBuilder(requireNonNull(projectId, "projectId"), zone, terms);
    }

    /**
     * The business zone, for month arithmetic.
     *
     * @param zoneId the zone
     * @return a new builder with that change
     */
    public BackupObligationBuilder zone(ZoneId zoneId) {
      return new BackupObligationBuilder(project, requireNonNull(zoneId, "zoneId"), terms);
    }

    /**
     * The window, retention and interval.
     *
     * @param backupTerms the terms
     * @return a new builder with that change
     */
    public BackupObligationBuilder terms(BackupTerms backupTerms) {
      return new BackupObligationBuilder(project, zone, requireNonNull(backupTerms, "backupTerms"));
    }

    /**
     * The obligation; a fresh project unless one was given.
     *
     * @return the obligation at version 0, no backup recorded
     */
    public BackupObligation build() {
      return BackupObligation.of(project != null ? project : aProjectId(), zone, terms);
    }
  }

  /**
   * Builds a {@link BackupRecord}; see {@link #backupRecord()}. Immutable: each setter returns a
   * new builder, so chain the calls.
   */
  public static final class BackupRecordBuilder {

    private final Instant takenAt;
    private final String what;
    private final String reference;

    private BackupRecordBuilder(Instant takenAt, String what, String reference) {
      this.takenAt = takenAt;
      this.what = what;
      this.reference = reference;
    }

    private BackupRecordBuilder() {
      this(Instant.parse("2026-11-01T18:00:00Z"), "订单数据库", null);
    }

    /**
     * When the backup was taken.
     *
     * @param instant the instant; truncated to the microsecond
     * @return a new builder with that change
     */
    public BackupRecordBuilder takenAt(Instant instant) {
      return new BackupRecordBuilder(requireNonNull(instant, "instant"), what, reference);
    }

    /**
     * What was backed up.
     *
     * @param text identifier text of at most 200 code points
     * @return a new builder with that change
     */
    public BackupRecordBuilder what(String text) {
      return new BackupRecordBuilder(takenAt, requireNonNull(text, "text"), reference);
    }

    /**
     * Where the backup is kept.
     *
     * @param text identifier text of at most 200 code points
     * @return a new builder with that change
     */
    public BackupRecordBuilder reference(String text) {
      return new BackupRecordBuilder(takenAt, what, requireNonNull(text, "text"));
    }

    /**
     * The record; a fresh reference unless one was given.
     *
     * @return the record
     * @throws org.aftersales.core.shared.InvalidInputException as {@link BackupRecord#of}
     */
    public BackupRecord build() {
      return BackupRecord.of(takenAt, what,
          reference != null ? reference : aReference("NAS-01/BK"));
    }
  }

  /**
   * Builds a {@link ServiceContract} from a fixture's defaults. Not thread-safe.
   */
  public static final class Builder {

    private ContractId id;
    private CustomerId customer = CUSTOMER;
    private ContractKind kind;
    private SystemCategory category;
    private List<SystemId> systems;
    private LocalDate first;
    private LocalDate last;

    private Builder(ContractKind kind, SystemCategory category, List<String> systems,
        LocalDate first, LocalDate last) {
      this.kind = kind;
      this.category = category;
      this.systems = systems.stream().map(SystemId::of).toList();
      this.first = first;
      this.last = last;
    }

    /**
     * Another contract ID than a fresh one.
     *
     * @param contractId the ID
     * @return this builder
     */
    public Builder id(ContractId contractId) {
      this.id = requireNonNull(contractId, "contractId");
      return this;
    }

    /**
     * Another customer.
     *
     * @param customerId the customer
     * @return this builder
     */
    public Builder heldBy(CustomerId customerId) {
      this.customer = requireNonNull(customerId, "customerId");
      return this;
    }

    /**
     * Another kind: a paid maintenance contract or a free maintenance period.
     *
     * @param contractKind the kind
     * @return this builder
     */
    public Builder ofKind(ContractKind contractKind) {
      this.kind = requireNonNull(contractKind, "contractKind");
      return this;
    }

    /**
     * Another category of the systems.
     *
     * @param systemCategory the category
     * @return this builder
     */
    public Builder inCategory(SystemCategory systemCategory) {
      this.category = requireNonNull(systemCategory, "systemCategory");
      return this;
    }

    /**
     * Other systems under maintenance, in this order.
     *
     * @param systemIds the systems' identifiers, at least one, each once
     * @return this builder
     */
    public Builder forSystems(String... systemIds) {
      List<SystemId> list = new ArrayList<>();
      for (String s : systemIds) {
        list.add(SystemId.of(s));
      }
      this.systems = List.copyOf(list);
      return this;
    }

    /**
     * Other first and last days.
     *
     * @param firstDay the first day covered
     * @param lastDay the last day covered (inclusive), on or after {@code firstDay}
     * @return this builder
     */
    public Builder covering(LocalDate firstDay, LocalDate lastDay) {
      this.first = requireNonNull(firstDay, "firstDay");
      this.last = requireNonNull(lastDay, "lastDay");
      return this;
    }

    /**
     * The contract; a fresh ID ({@link #aContractId()}) unless one was given.
     *
     * @return the contract
     * @throws org.aftersales.core.shared.InvalidInputException if the last day is before the
     *     first or a system is named twice
     */
    public ServiceContract build() {
      return ServiceContract.of(id != null ? id : aContractId(), customer, kind, category,
          systems, first, last);
    }
  }
}
