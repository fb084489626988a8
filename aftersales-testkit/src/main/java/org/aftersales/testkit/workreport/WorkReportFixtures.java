package org.aftersales.testkit.workreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.core.workreport.AvailabilityViolations;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReportSigning;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.core.workreport.LapseKind;
import org.aftersales.core.workreport.RecordAvailabilityLapse;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.ServiceHours;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.SignBranchReport;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.WorkKind;
import org.aftersales.core.workreport.WorkReports;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Ready-made work-report data for tests (工作报表测试数据, SVC-09, SVC-17 … SVC-19): service jobs
 * (服务作业), repair records (维修记录), a supervisor's team daily report (服务主任日报表), its signed
 * branch report (分公司日报表), availability lapses (热线 / 手机失联), the commands' builders, a
 * service group and the seed-wired use cases.
 *
 * <p>Defaults: zone {@link ServiceFixtures#SHANGHAI}, currency CNY (exact, 元), the call of
 * {@link ServiceFixtures} on Monday 2 November 2026 ({@link #DAY}), its job by
 * {@link ServiceFixtures#TECHNICIAN} under {@link ServiceFixtures#SUPERVISOR} of branch
 * {@link #BRANCH}; fixed instants, never the clock. IDs come from {@link ServiceFixtures}'
 * counters, unique within the JVM.
 *
 * <pre>{@code
 * BranchReport signed = signing.sign(WorkReportFixtures.signBranchReport()
 *     .report(new WorkReports(ServiceFixtures.SHANGHAI).teamDay(supervisor, day, jobs)).build());
 * ServiceJob job = WorkReportFixtures.serviceJob().labourMinutes(240).build();
 * AvailabilityLapse lapse = WorkReportFixtures.anAvailabilityLapse();   // with its fine case
 * }</pre>
 */
public final class WorkReportFixtures {

  /** The default branch (分公司): {@code branch-pudong}. */
  public static final UnitId BRANCH = UnitId.of("branch-pudong");

  /** The service department reports are forwarded to (服务部): {@code service-dept}. */
  public static final UnitId SERVICE_DEPARTMENT = UnitId.of("service-dept");

  /** The branch manager who signs daily reports (分公司经理): {@code mgr-qian}. */
  public static final PersonId BRANCH_MANAGER = PersonId.of("mgr-qian");

  /** The default group of technicians (维修组): {@code service-1}. */
  public static final UnitId GROUP = UnitId.of("service-1");

  /** The default report day: Monday 2 November 2026. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  /** When the branch report is signed by default: 2 November 2026, 19:00 in Shanghai. */
  public static final Instant SIGNED_AT = ServiceFixtures.shanghai("2026-11-02T19:00");

  /** When the default lapse begins: 2 November 2026, 10:00 in Shanghai (hotline hours). */
  public static final Instant LAPSE_FROM = ServiceFixtures.shanghai("2026-11-02T10:00");

  private WorkReportFixtures() {}

  /**
   * The default group (维修组) {@link #GROUP}, a service group of {@link ServiceFixtures#TECHNICIAN}
   * (its lead) and {@code tech-li}, one base point each.
   *
   * @return the group
   */
  public static OrganizationUnit aServiceGroup() {
    return OrganizationUnit.builder().id(GROUP).level(UnitLevel.GROUP)
        .kind(DepartmentKind.SERVICE)
        .addMember(new Member(ServiceFixtures.TECHNICIAN, BasePoints.of(1)))
        .addMember(new Member(PersonId.of("tech-li"), BasePoints.of(1)))
        .lead(ServiceFixtures.TECHNICIAN).build();
  }

  /**
   * A job with {@link #serviceJob()}'s defaults.
   *
   * @return the job
   */
  public static ServiceJob aServiceJob() {
    return serviceJob().build();
  }

  /**
   * The job of {@code closed} as {@link ServiceJob#of} maps it: branch {@link #BRANCH}, a
   * dispatch.
   *
   * @param closed a closed request
   * @return the job
   */
  public static ServiceJob aServiceJob(ServiceRequest closed) {
    return ServiceJob.of(closed, BRANCH, WorkKind.SERVICE_DISPATCH);
  }

  /**
   * The repair record (维修记录, SVC-17's repeat repairs) of a call closed on site through the
   * aggregate's own
   * transitions ({@link ServiceRequestStates#closedOnSite} of a fresh
   * {@link ServiceFixtures#aServiceRequest()} at {@link ServiceFixtures#CLOSED_AT}), by
   * {@link ServiceFixtures#TECHNICIAN} of {@link #aServiceGroup()}, not at fault.
   *
   * @return the record
   */
  public static RepairRecord aRepairRecord() {
    return aRepairRecord(ServiceRequestStates.closedOnSite(ServiceRequestStates.dispatched(
        ServiceFixtures.aServiceRequest(), ServiceFixtures.ASSIGNED_AT),
        ServiceFixtures.CLOSED_AT));
  }

  /**
   * The repair record of {@code closed} ({@link RepairRecord#of}) in {@link #aServiceGroup()}, the
   * technician not at fault.
   *
   * @param closed a closed request whose technician is a member of {@link #aServiceGroup()}
   * @return the record
   */
  public static RepairRecord aRepairRecord(ServiceRequest closed) {
    return RepairRecord.of(closed, aServiceGroup(), false);
  }

  /**
   * The team daily report (服务主任日报表) of {@link ServiceFixtures#SUPERVISOR} on {@link #DAY} over
   * one {@link #aServiceJob()}, made by {@link WorkReports#teamDay} in
   * {@link ServiceFixtures#SHANGHAI}.
   *
   * @return the report
   */
  public static TeamDailyReport aTeamDailyReport() {
    return new WorkReports(ServiceFixtures.SHANGHAI).teamDay(ServiceFixtures.SUPERVISOR, DAY,
        List.of(aServiceJob()));
  }

  /**
   * A signed branch report (分公司日报表, SVC-09) of {@link #signBranchReport()}'s defaults, signed
   * through {@link BranchReport#sign} in {@link ServiceFixtures#SHANGHAI} at {@link #SIGNED_AT};
   * unsaved.
   *
   * @return the report at version 0
   */
  public static BranchReport aBranchReport() {
    return BranchReport.sign(signBranchReport().build(), ServiceFixtures.SHANGHAI, SIGNED_AT)
        .state();
  }

  /**
   * A lapse as {@link #seedAvailabilityViolations} records {@link #recordAvailabilityLapse()}'s
   * defaults (on a log of its own, at {@link #LAPSE_FROM} plus an hour): a hotline unanswered in
   * hotline hours, so with its fine case (SVC-19).
   *
   * @return the stored lapse
   */
  public static AvailabilityLapse anAvailabilityLapse() {
    return seedAvailabilityViolations(InMemoryAvailabilityLog.create(),
        Clock.fixed(LAPSE_FROM.plusSeconds(3600), ServiceFixtures.SHANGHAI))
        .record(recordAvailabilityLapse().build());
  }

  /**
   * The branch report signing use case in {@link ServiceFixtures#SHANGHAI} with
   * {@link TestValidators#commandValidator}.
   *
   * @param reports the branch reports
   * @param clock the recorded time
   * @return the use case
   */
  public static BranchReportSigning seedBranchReportSigning(BranchReports reports, Clock clock) {
    return new BranchReportSigning(reports, TestValidators.commandValidator(),
        ServiceFixtures.SHANGHAI, clock);
  }

  /**
   * The availability use case with the seed's service hours in {@link ServiceFixtures#SHANGHAI}
   * (hotline 09:00–22:00, phones on 08:00–22:00, SVC-19) and
   * {@link TestValidators#commandValidator}.
   *
   * @param log the lapse log
   * @param clock the recorded time
   * @return the use case
   */
  public static AvailabilityViolations seedAvailabilityViolations(AvailabilityLog log,
      Clock clock) {
    return new AvailabilityViolations(log, ServiceHours.seed(ServiceFixtures.SHANGHAI),
        TestValidators.commandValidator(), clock);
  }

  /**
   * A branch manager's signature on the supervisor's daily report, forwarded to the service
   * department (分公司经理签字并转服务部, SVC-09): branch {@link #BRANCH}, the report {@link
   * #aTeamDailyReport()} of {@link #DAY}, signed by {@link #BRANCH_MANAGER} at {@link #SIGNED_AT},
   * forwarded to {@link #SERVICE_DEPARTMENT}, a fresh request ID.
   *
   * @return a builder of a {@link SignBranchReport} with those defaults
   */
  public static SignBranchReportBuilder signBranchReport() {
    return new SignBranchReportBuilder();
  }

  /**
   * Builds a {@link SignBranchReport} from {@link #signBranchReport}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class SignBranchReportBuilder {

    private final RequestId requestId;
    private final UnitId branch;
    private final TeamDailyReport report;
    private final PersonId manager;
    private final UnitId serviceDepartment;
    private final Instant signedAt;

    private SignBranchReportBuilder() {
      this(ServiceFixtures.aRequestId(), BRANCH, aTeamDailyReport(), BRANCH_MANAGER,
          SERVICE_DEPARTMENT, SIGNED_AT);
    }

    private SignBranchReportBuilder(RequestId requestId, UnitId branch, TeamDailyReport report,
        PersonId manager, UnitId serviceDepartment, Instant signedAt) {
      this.requestId = requestId;
      this.branch = branch;
      this.report = report;
      this.manager = manager;
      this.serviceDepartment = serviceDepartment;
      this.signedAt = signedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder requestId(RequestId requestId) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * Sets the branch (分公司).
     *
     * @param branch the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder branch(UnitId branch) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * Sets the supervisor's daily report (服务主任日报表).
     *
     * @param report the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder report(TeamDailyReport report) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * Sets the signing manager, not the report's supervisor.
     *
     * @param manager the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder manager(PersonId manager) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * Sets where the report is forwarded (服务部).
     *
     * @param serviceDepartment the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder serviceDepartment(UnitId serviceDepartment) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * Sets when it was signed, not before the report's day began.
     *
     * @param signedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignBranchReportBuilder signedAt(Instant signedAt) {
      return new SignBranchReportBuilder(requestId, branch, report, manager, serviceDepartment,
          signedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link SignBranchReport}
     */
    public SignBranchReport build() {
      return new SignBranchReport(requestId, branch, report, manager, serviceDepartment, signedAt);
    }
  }

  /**
   * A lapse of availability (热线未接 / 手机失联, SVC-19): the hotline unanswered by {@link
   * ServiceFixtures#TECHNICIAN} of {@link #aServiceGroup()} from {@link #LAPSE_FROM} to five
   * minutes later — inside the seed's hotline hours (09:00–22:00), so a fine case; a fresh event
   * ID.
   *
   * @return a builder of a {@link RecordAvailabilityLapse} with those defaults
   */
  public static RecordAvailabilityLapseBuilder recordAvailabilityLapse() {
    return new RecordAvailabilityLapseBuilder();
  }

  /**
   * Builds a {@link RecordAvailabilityLapse} from {@link #recordAvailabilityLapse}'s defaults; one
   * setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class RecordAvailabilityLapseBuilder {

    private final RequestId eventId;
    private final LapseKind kind;
    private final PersonId responsible;
    private final OrganizationUnit group;
    private final Instant from;
    private final Instant to;

    private RecordAvailabilityLapseBuilder() {
      this(ServiceFixtures.aRequestId(), LapseKind.HOTLINE_UNANSWERED, ServiceFixtures.TECHNICIAN,
          aServiceGroup(), LAPSE_FROM, LAPSE_FROM.plusSeconds(300));
    }

    private RecordAvailabilityLapseBuilder(RequestId eventId, LapseKind kind, PersonId responsible,
        OrganizationUnit group, Instant from, Instant to) {
      this.eventId = eventId;
      this.kind = kind;
      this.responsible = responsible;
      this.group = group;
      this.from = from;
      this.to = to;
    }

    /**
     * Sets the event ID (its request ID); default a fresh one, unique within the JVM.
     *
     * @param eventId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder eventId(RequestId eventId) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * Sets what lapsed.
     *
     * @param kind the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder kind(LapseKind kind) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * Sets who was responsible, a member of {@code group}.
     *
     * @param responsible the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder responsible(PersonId responsible) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * Sets the responsible person's group.
     *
     * @param group the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder group(OrganizationUnit group) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * Sets when it began (for an instant lapse, the instant).
     *
     * @param from the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder from(Instant from) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * Sets when it ended, not before {@code from}.
     *
     * @param to the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordAvailabilityLapseBuilder to(Instant to) {
      return new RecordAvailabilityLapseBuilder(eventId, kind, responsible, group, from, to);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link RecordAvailabilityLapse}
     */
    public RecordAvailabilityLapse build() {
      return new RecordAvailabilityLapse(eventId, kind, responsible, group, from, to);
    }
  }

  /**
   * A service job (服务作业) for the report tests, as {@link ServiceJob#of} maps a call closed on site
   * with {@link ServiceFixtures#fileServiceReport}'s defaults: a fresh service request ID, {@link
   * ServiceFixtures#TECHNICIAN} under {@link ServiceFixtures#SUPERVISOR} of {@link #BRANCH},
   * category A, a dispatch, from {@link ServiceFixtures#ASSIGNED_AT} to {@link
   * ServiceFixtures#SIGNED_AT} (3 hours), 90 minutes of labour, service (travel) cost CNY 60.00,
   * material CNY 276.00, transport and other CNY 0.00.
   *
   * @return a builder of a {@link ServiceJob} with those defaults
   */
  public static ServiceJobBuilder serviceJob() {
    return new ServiceJobBuilder();
  }

  /**
   * Builds a {@link ServiceJob} from {@link #serviceJob}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class ServiceJobBuilder {

    private final ServiceRequestId serviceRequestId;
    private final PersonId technician;
    private final PersonId supervisor;
    private final UnitId branch;
    private final ServiceCategory category;
    private final WorkKind kind;
    private final Instant startedAt;
    private final Instant endedAt;
    private final long labourMinutes;
    private final Money serviceCost;
    private final Money materialCost;
    private final Money transportCost;
    private final Money otherCost;

    private ServiceJobBuilder() {
      this(ServiceFixtures.aServiceRequestId(), ServiceFixtures.TECHNICIAN,
          ServiceFixtures.SUPERVISOR, BRANCH, ServiceCategory.A, WorkKind.SERVICE_DISPATCH,
          ServiceFixtures.ASSIGNED_AT, ServiceFixtures.SIGNED_AT, 90, ServiceFixtures.cny("60.00"),
          ServiceFixtures.cny("276.00"), ServiceFixtures.cny("0.00"), ServiceFixtures.cny("0.00"));
    }

    private ServiceJobBuilder(ServiceRequestId serviceRequestId, PersonId technician,
        PersonId supervisor, UnitId branch, ServiceCategory category, WorkKind kind,
        Instant startedAt, Instant endedAt, long labourMinutes, Money serviceCost,
        Money materialCost, Money transportCost, Money otherCost) {
      this.serviceRequestId = serviceRequestId;
      this.technician = technician;
      this.supervisor = supervisor;
      this.branch = branch;
      this.category = category;
      this.kind = kind;
      this.startedAt = startedAt;
      this.endedAt = endedAt;
      this.labourMinutes = labourMinutes;
      this.serviceCost = serviceCost;
      this.materialCost = materialCost;
      this.transportCost = transportCost;
      this.otherCost = otherCost;
    }

    /**
     * Sets the call.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the technician.
     *
     * @param technician the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder technician(PersonId technician) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the supervisor.
     *
     * @param supervisor the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder supervisor(PersonId supervisor) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the branch.
     *
     * @param branch the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder branch(UnitId branch) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the service category (服务类别).
     *
     * @param category the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder category(ServiceCategory category) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets installation or dispatch.
     *
     * @param kind the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder kind(WorkKind kind) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets when the work began.
     *
     * @param startedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder startedAt(Instant startedAt) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets when it ended, not before {@code startedAt}.
     *
     * @param endedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder endedAt(Instant endedAt) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the labour in minutes, not negative.
     *
     * @param labourMinutes the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder labourMinutes(long labourMinutes) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the service (travel) cost, exact, not negative.
     *
     * @param serviceCost the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder serviceCost(Money serviceCost) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the material cost, in the service cost's currency.
     *
     * @param materialCost the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder materialCost(Money materialCost) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets the transport cost, in the service cost's currency.
     *
     * @param transportCost the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder transportCost(Money transportCost) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * Sets other costs, in the service cost's currency.
     *
     * @param otherCost the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceJobBuilder otherCost(Money otherCost) {
      return new ServiceJobBuilder(serviceRequestId, technician, supervisor, branch, category, kind,
          startedAt, endedAt, labourMinutes, serviceCost, materialCost, transportCost, otherCost);
    }

    /**
     * The job; {@code null} fields are refused by the value's builder, inconsistent ones by its
     * checks.
     *
     * @return the {@link ServiceJob}
     */
    public ServiceJob build() {
      return ServiceJob.builder().serviceRequestId(serviceRequestId).technician(technician)
          .supervisor(supervisor).branch(branch).category(category).kind(kind)
          .startedAt(startedAt).endedAt(endedAt).labourMinutes(labourMinutes)
          .serviceCost(serviceCost).materialCost(materialCost).transportCost(transportCost)
          .otherCost(otherCost).build();
    }
  }

}
