package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.core.obligation.ObligationStatusReport;
import org.aftersales.core.organization.PersonId;
import org.aftersales.rules.contract.SeedInspectionChecklists;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * Ready-made contracts, fulfilments and the seed's wiring of the contract obligation use cases
 * for tests (合同与义务测试数据): a maintenance contract (维保合同), a free maintenance period
 * (免费维保期), a security-system contract (安防系统维保合同, {@link SystemCategory#SECURITY}), a
 * fulfilment (履约记录), and the seed's schedule, settings and office calendar. Contract IDs made
 * here are unique within the JVM, so tests sharing storage do not collide.
 *
 * <pre>{@code
 * ServiceContract c = ContractFixtures.maintenanceContract()
 *     .covering(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).build();
 * ObligationReminders reminders = ContractFixtures.seedReminders(contracts, log, clock);
 * }</pre>
 */
public final class ContractFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default first day of a maintenance or security-system contract: 1 April 2026. */
  public static final LocalDate CONTRACT_START = LocalDate.of(2026, 4, 1);

  /** The default last day (inclusive) of a maintenance or security-system contract: 31 March 2027. */
  public static final LocalDate CONTRACT_END = LocalDate.of(2027, 3, 31);

  /** The default first day of a free maintenance period: 1 July 2026 (the day after acceptance). */
  public static final LocalDate FREE_PERIOD_START = LocalDate.of(2026, 7, 1);

  /** The default last day (inclusive) of a free maintenance period: 30 June 2027. */
  public static final LocalDate FREE_PERIOD_END = LocalDate.of(2027, 6, 30);

  /** The default customer: {@code CUST-1}. */
  public static final CustomerId CUSTOMER = CustomerId.of("CUST-1");

  /** Who fulfils obligations by default: the engineer {@code ENG-01}. */
  public static final PersonId ENGINEER = PersonId.of("ENG-01");

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
   * A local date-time in Shanghai as an instant.
   *
   * @param localDateTime e.g. {@code 2027-03-01T09:00}
   * @return the instant
   */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
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
