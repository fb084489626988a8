package org.aftersales.testkit.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ApprovalAuthorityPolicy;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.complaint.BookReturnedQuantity;
import org.aftersales.core.complaint.ComplaintClosure;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintOutcomes;
import org.aftersales.core.complaint.ComplaintPenalties;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.FileObjection;
import org.aftersales.core.complaint.IssueReturnSlip;
import org.aftersales.core.complaint.Objection;
import org.aftersales.core.complaint.PlaceReceivableHold;
import org.aftersales.core.complaint.PostComplaintPenalty;
import org.aftersales.core.complaint.ProofDocument;
import org.aftersales.core.complaint.ReceiveReturnedGoods;
import org.aftersales.core.complaint.RecordAllowanceCertificate;
import org.aftersales.core.complaint.RecordProof;
import org.aftersales.core.complaint.RecordSiteInspection;
import org.aftersales.core.complaint.RemedyKind;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.complaint.SupplierInvolvement;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.penalty.InMemoryPenaltyAccounts;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * Ready-made complaint cases and commands for tests (投诉测试数据). Numbers and request IDs made
 * here are unique within the JVM, so tests sharing storage do not collide.
 *
 * <p>Every command of {@code org.aftersales.core.complaint} has a builder pre-filled with one
 * seed-like case: 上海精密电子有限公司 complains on Monday 2 November 2026 at 10:00 (Shanghai) about
 * 120 of 2 000 boards, the route is worked through on 2 November, the general manager decides on 4
 * November (CNY 10 000.00; 50 pieces credited for CNY 2 000.00, 70 taken back; 0.6 on the press
 * group, 0.4 on the QA inspector Q2001), the return is executed, the supervisor visits on 9
 * November and the case closes on 10 November. All instants are fixed (never the clock) and in
 * {@link #SHANGHAI}; all money is CNY. Each builder's defaults are accepted by the real use case
 * when the commands are sent in that order; {@link UseCases} sends them for you.
 *
 * <pre>{@code
 * ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
 * ComplaintCase open = desk.registration().register(ComplaintFixtures.registerComplaint()
 *     .intake(ComplaintFixtures.intake().market(ServiceZone.OVERSEAS).build()).build());
 * ComplaintCase decided = desk.decided();
 * desk.outcomes().issueReturnSlip(ComplaintFixtures.issueReturnSlip(decided.number())
 *     .quantity(40).build());
 * }</pre>
 */
public final class ComplaintFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default customer (客户): {@value}. */
  public static final String CUSTOMER_NAME = "上海精密电子有限公司";

  /** The press group (冲压组) carrying the default decision's department line: {@code G-PRESS}. */
  public static final UnitId PRESS_GROUP = UnitId.of("G-PRESS");

  /** The quality department (品保部) of the default personal line: {@code D-QA}. */
  public static final UnitId QA_DEPARTMENT = UnitId.of("D-QA");

  /** The QA inspector carrying 0.4 of the default decision personally: {@code Q2001}. */
  public static final PersonId INSPECTOR = PersonId.of("Q2001");

  /** The default return slip's number (成品退货单号). */
  public static final String RETURN_SLIP = "TH-2611-01";

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  private ComplaintFixtures() {}

  /**
   * A fresh request ID, unique within the JVM.
   *
   * @return e.g. {@code fixture-request-17}
   */
  public static RequestId aRequestId() {
    return RequestId.of("fixture-request-" + COUNTER.incrementAndGet());
  }

  /**
   * A fresh complaint number of November 2026 whose serial is unique within the JVM, printed as
   * the CMP-01 default prints it: {@code 261117}, widened past 99 ({@code 2611100}).
   *
   * @return the number
   */
  public static DocumentNumber aNumber() {
    long serial = COUNTER.incrementAndGet();
    return DocumentNumber.of(SeriesId.COMPLAINTS, String.format(Locale.ROOT, "2611%02d", serial),
        "2026-11", LocalDate.of(2026, 11, 1), serial);
  }

  /**
   * An open, unsaved case with a fresh number and request ID, received on 2 November 2026 at
   * 10:00 in Shanghai.
   *
   * @return the case at version 0
   */
  public static ComplaintCase anOpenCase() {
    return ComplaintCase.register(aRegistration(receivedAt()), aNumber(), ComplaintProcedure.seed(),
        receivedAt()).state();
  }

  /**
   * A registration command for a complaint received at {@code receivedAt}, with a fresh request ID.
   *
   * @param receivedAt the business timestamp
   * @return the command
   */
  public static RegisterComplaint aRegistration(Instant receivedAt) {
    return new RegisterComplaint(aRequestId(), receivedAt, anIntake("Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411, 120 of 2 000 boards"));
  }

  /**
   * An intake form (CMP-02) of a domestic, general complaint that caused a loss: order
   * {@code PO-2026-0815}, part {@code PCB-4411-A}, 2 000 pieces shipped on 20 October 2026, 120
   * defective, the customer asks to return the 120 and have them replaced.
   *
   * @param customer the customer's name
   * @param description the complaint
   * @return the intake
   */
  public static ComplaintIntake anIntake(String customer, String description) {
    return new ComplaintIntake(customer, description, "PO-2026-0815", "PCB-4411-A", 2_000,
        LocalDate.of(2026, 10, 20), 120, "Replace the defective boards", DemandedReturn.of(120),
        ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  /**
   * The seed's complaint procedure (CMP-04 … CMP-06: ½, 1, 1, 1, 5 / 12, ½ working days, closing
   * within 13 / 17) on the seed's Shanghai office calendar: Monday to Friday 09:00–12:00 and
   * 13:30–18:00, no holidays configured.
   */
  public static final ServiceLevelPolicy SEED_POLICY = ServiceLevels.seed(
      SeedServiceLevels.COMPLAINT_PROCEDURE, WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
              WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
          .build()).build();

  /** An approval authority that lets anyone decide anything, for fixtures. */
  private static final ApprovalAuthorityPolicy ANYONE =
      (amount, severity) -> ApprovalLevel.SALES_MANAGER;

  /**
   * {@code c} with the rest of its route handed over and completed at {@code at} (each remaining
   * step taking no time), unsaved, at the same version; steps already routed keep their instants.
   *
   * @param c an open case
   * @param at the instant, at or after the routing form's latest one
   * @return the case with its route completed
   */
  public static ComplaintCase routed(ComplaintCase c, Instant at) {
    ComplaintCase next = c;
    List<RoutingEntry> entries = next.routing().entries();
    if (!entries.isEmpty() && entries.get(entries.size() - 1).isOpen()) {
      next = next.progressed(new CompleteComplaintStep(aRequestId(), next.number(),
          entries.get(entries.size() - 1).step(), at), at).state();
    }
    while (!next.routing().isFinished()) {
      List<RoutingEntry> done = next.routing().entries();
      List<Milestone> route = next.routing().route();
      Milestone step = done.isEmpty() ? route.get(0)
          : route.get(route.indexOf(done.get(done.size() - 1).step()) + 1);
      next = next.progressed(new HandOverComplaint(aRequestId(), next.number(), step, at), at)
          .state();
      next = next.progressed(new CompleteComplaintStep(aRequestId(), next.number(), step, at), at)
          .state();
    }
    return next;
  }

  /**
   * A decision at {@code at} for a case made from {@link #anIntake}: the 120 defective boards
   * replaced, CNY 1 000 of loss on department {@code PRESS-2}, decided by the general manager
   * {@code GM-1}, the company's default over-acceptance ratio.
   *
   * @param c the case
   * @param at the decision instant
   * @return the command
   */
  public static DecideComplaint aDecision(ComplaintCase c, Instant at) {
    return new DecideComplaint(aRequestId(), c.number(), at, PersonId.of("GM-1"),
        ApprovalLevel.GENERAL_MANAGER, Money.of(new BigDecimal("1000"), CNY),
        ComplaintOutcome.remedy(RemedyLine.replacement(c.intake().defectiveQuantity())),
        Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the curing oven", true,
            ResponsibilityLine.of(UnitId.of("PRESS-2"), BigDecimal.ONE)),
        List.of(), OverAcceptanceRatio.seed());
  }

  /**
   * {@code c} {@link #routed} and decided ({@link #aDecision}) at {@code at}, unsaved, at the
   * same version.
   *
   * @param c an open case
   * @param at the instant, at or after the routing form's latest one
   * @return the decided case
   */
  public static ComplaintCase decided(ComplaintCase c, Instant at) {
    ComplaintCase routed = routed(c, at);
    return routed.decided(aDecision(routed, at), ANYONE, at).state();
  }

  /**
   * {@code c} as closed at {@code at}: its route completed and the case decided at the routing
   * form's latest instant (steps already routed keep their instants, so their figures are what
   * the test made them), the customer visited then, closed at {@code at} with a written answer;
   * unsaved, at the same version. For adapter, query and report tests that need closed cases.
   *
   * @param c an open case
   * @param at the closing instant, whole microseconds, at or after the routing form's latest
   *     instant
   * @return the closed case
   */
  public static ComplaintCase closedAt(ComplaintCase c, Instant at) {
    Instant t = c.routing().latestInstant();
    ComplaintCase decided = decided(c, t);
    ComplaintCase visited = decided.progressed(new RecordCustomerVisit(aRequestId(),
        c.number(), t, PersonId.of("SUP-1"), false, "Visited the customer"), t).state();
    return visited.closed(new CloseComplaint(aRequestId(), c.number(), at, CustomerReply.WRITTEN),
        ComplaintProcedure.seed(), SEED_POLICY, at).state();
  }

  /**
   * 2 November 2026, 10:00 in Shanghai.
   *
   * @return the instant
   */
  public static Instant receivedAt() {
    return ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant();
  }

  /**
   * An intake form (受理内容, CMP-02) of a domestic, general complaint that caused a loss: customer
   * {@value #CUSTOMER_NAME}, order {@code PO-2026-0815}, part {@code PCB-4411-A}, 2 000 pieces
   * shipped on 20 October 2026, 120 defective; the customer asks to return 70 and have 50 credited
   * (demanded return 70).
   *
   * @return a builder with those defaults
   */
  public static IntakeBuilder intake() {
    return new IntakeBuilder(CUSTOMER_NAME,
        "批次4411线路板阻焊层脱落：出货2000片，其中120片不良",
        "PO-2026-0815",
        "PCB-4411-A",
        2_000,
        LocalDate.of(2026, 10, 20),
        120,
        "不良品中70片退货，其余50片折让",
        DemandedReturn.of(70),
        ServiceZone.DOMESTIC,
        ComplaintSeverity.GENERAL,
        true);
  }

  /**
   * Builds a {@link ComplaintIntake} from the defaults of {@link #intake};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class IntakeBuilder {
    private final String customerName;
    private final String description;
    private final String orderNumber;
    private final String partNumber;
    private final long deliveredQuantity;
    private final LocalDate shipDate;
    private final long defectiveQuantity;
    private final String demand;
    private final DemandedReturn demandedReturn;
    private final ServiceZone market;
    private final ComplaintSeverity severity;
    private final boolean causedLoss;

    private IntakeBuilder(String customerName, String description, String orderNumber,
        String partNumber, long deliveredQuantity, LocalDate shipDate, long defectiveQuantity,
        String demand, DemandedReturn demandedReturn, ServiceZone market,
        ComplaintSeverity severity, boolean causedLoss) {
      this.customerName = customerName;
      this.description = description;
      this.orderNumber = orderNumber;
      this.partNumber = partNumber;
      this.deliveredQuantity = deliveredQuantity;
      this.shipDate = shipDate;
      this.defectiveQuantity = defectiveQuantity;
      this.demand = demand;
      this.demandedReturn = demandedReturn;
      this.market = market;
      this.severity = severity;
      this.causedLoss = causedLoss;
    }

    /**
     * Another customer's name.
     *
     * @param customerName customer's name; plain text, 1 to 200 characters
     * @return a builder with it
     */
    public IntakeBuilder customerName(String customerName) {
      return new IntakeBuilder(requireNonNull(customerName, "customerName"), description,
          orderNumber, partNumber, deliveredQuantity, shipDate, defectiveQuantity, demand,
          demandedReturn, market, severity, causedLoss);
    }

    /**
     * Another description of the complaint.
     *
     * @param description description of the complaint; plain text, 1 to 4 000 characters
     * @return a builder with it
     */
    public IntakeBuilder description(String description) {
      return new IntakeBuilder(customerName, requireNonNull(description, "description"),
          orderNumber, partNumber, deliveredQuantity, shipDate, defectiveQuantity, demand,
          demandedReturn, market, severity, causedLoss);
    }

    /**
     * Another customer's order number (订单号).
     *
     * @param orderNumber customer's order number (订单号); plain text, 1 to 64 characters
     * @return a builder with it
     */
    public IntakeBuilder orderNumber(String orderNumber) {
      return new IntakeBuilder(customerName, description, requireNonNull(orderNumber,
          "orderNumber"), partNumber, deliveredQuantity, shipDate, defectiveQuantity, demand,
          demandedReturn, market, severity, causedLoss);
    }

    /**
     * Another part number (料号).
     *
     * @param partNumber part number (料号); plain text, 1 to 64 characters
     * @return a builder with it
     */
    public IntakeBuilder partNumber(String partNumber) {
      return new IntakeBuilder(customerName, description, orderNumber, requireNonNull(partNumber,
          "partNumber"), deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn,
          market, severity, causedLoss);
    }

    /**
     * Another delivered quantity (出货数量).
     *
     * @param deliveredQuantity delivered quantity (出货数量); pieces, at least 1
     * @return a builder with it
     */
    public IntakeBuilder deliveredQuantity(long deliveredQuantity) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn, market,
          severity, causedLoss);
    }

    /**
     * Another ship date (出货日期).
     *
     * @param shipDate ship date (出货日期); a calendar date in the business zone
     * @return a builder with it
     */
    public IntakeBuilder shipDate(LocalDate shipDate) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, requireNonNull(shipDate, "shipDate"), defectiveQuantity, demand,
          demandedReturn, market, severity, causedLoss);
    }

    /**
     * Another defective quantity (不良数量).
     *
     * @param defectiveQuantity defective quantity (不良数量); pieces, 0 to the delivered quantity
     * @return a builder with it
     */
    public IntakeBuilder defectiveQuantity(long defectiveQuantity) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn, market,
          severity, causedLoss);
    }

    /**
     * Another customer's demand (客户要求).
     *
     * @param demand customer's demand (客户要求); plain text, 1 to 2 000 characters
     * @return a builder with it
     */
    public IntakeBuilder demand(String demand) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, requireNonNull(demand, "demand"),
          demandedReturn, market, severity, causedLoss);
    }

    /**
     * Another demanded return.
     *
     * @param demandedReturn demanded return; at most the delivered quantity, or undetermined
     * @return a builder with it
     */
    public IntakeBuilder demandedReturn(DemandedReturn demandedReturn) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, requireNonNull(demandedReturn,
          "demandedReturn"), market, severity, causedLoss);
    }

    /**
     * Another market.
     *
     * @param market market; DOMESTIC (内销) or OVERSEAS (外销)
     * @return a builder with it
     */
    public IntakeBuilder market(ServiceZone market) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn,
          requireNonNull(market, "market"), severity, causedLoss);
    }

    /**
     * Another severity (SUR-04).
     *
     * @param severity severity (SUR-04)
     * @return a builder with it
     */
    public IntakeBuilder severity(ComplaintSeverity severity) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn, market,
          requireNonNull(severity, "severity"), causedLoss);
    }

    /**
     * Another flag whether the issue caused a loss.
     *
     * @param causedLoss flag whether the issue caused a loss; false is refused (CMP-02)
     * @return a builder with it
     */
    public IntakeBuilder causedLoss(boolean causedLoss) {
      return new IntakeBuilder(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn, market,
          severity, causedLoss);
    }

    /**
     * The ComplaintIntake with the values set.
     *
     * @return the command
     */
    public ComplaintIntake build() {
      return new ComplaintIntake(customerName, description, orderNumber, partNumber,
          deliveredQuantity, shipDate, defectiveQuantity, demand, demandedReturn, market,
          severity, causedLoss);
    }
  }

  /**
   * A registration (投诉登记, CMP-01, CMP-02): a fresh request ID, received on Monday 2 November 2026
   * at 10:00 in Shanghai ({@link #receivedAt()}), the intake form of {@link #intake()}.
   *
   * @return a builder with those defaults
   */
  public static RegisterBuilder registerComplaint() {
    return new RegisterBuilder(aRequestId(),
        ComplaintFixtures.receivedAt(),
        ComplaintFixtures.intake().build());
  }

  /**
   * Builds a {@link RegisterComplaint} from the defaults of {@link #registerComplaint};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class RegisterBuilder {
    private final RequestId requestId;
    private final Instant receivedAt;
    private final ComplaintIntake intake;

    private RegisterBuilder(RequestId requestId, Instant receivedAt, ComplaintIntake intake) {
      this.requestId = requestId;
      this.receivedAt = receivedAt;
      this.intake = intake;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public RegisterBuilder requestId(RequestId requestId) {
      return new RegisterBuilder(requireNonNull(requestId, "requestId"), receivedAt, intake);
    }

    /**
     * Another acceptance instant (受理时间).
     *
     * @param receivedAt acceptance instant (受理时间); any zone, the number's month is the business zone's
     * @return a builder with it
     */
    public RegisterBuilder receivedAt(Instant receivedAt) {
      return new RegisterBuilder(requestId, requireNonNull(receivedAt, "receivedAt"), intake);
    }

    /**
     * Another intake form (CMP-02).
     *
     * @param intake intake form (CMP-02)
     * @return a builder with it
     */
    public RegisterBuilder intake(ComplaintIntake intake) {
      return new RegisterBuilder(requestId, receivedAt, requireNonNull(intake, "intake"));
    }

    /**
     * The RegisterComplaint with the values set.
     *
     * @return the command
     */
    public RegisterComplaint build() {
      return new RegisterComplaint(requestId, receivedAt, intake);
    }
  }

  /**
   * A completion of the open routing step (会签完成, CMP-05): the route's first step
   * ({@code COMPLAINT_REGISTRATION}, handed over at the acceptance) completed on 2 November 2026 at
   * 10:30 in Shanghai.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static CompleteStepBuilder completeStep(DocumentNumber number) {
    return new CompleteStepBuilder(aRequestId(),
        number,
        Milestone.COMPLAINT_REGISTRATION,
        shanghai("2026-11-02T10:30"));
  }

  /**
   * Builds a {@link CompleteComplaintStep} from the defaults of {@link #completeStep};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class CompleteStepBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Milestone step;
    private final Instant at;

    private CompleteStepBuilder(RequestId requestId, DocumentNumber number, Milestone step,
        Instant at) {
      this.requestId = requestId;
      this.number = number;
      this.step = step;
      this.at = at;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public CompleteStepBuilder requestId(RequestId requestId) {
      return new CompleteStepBuilder(requireNonNull(requestId, "requestId"), number, step, at);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public CompleteStepBuilder number(DocumentNumber number) {
      return new CompleteStepBuilder(requestId, requireNonNull(number, "number"), step, at);
    }

    /**
     * Another step.
     *
     * @param step step; the open one
     * @return a builder with it
     */
    public CompleteStepBuilder step(Milestone step) {
      return new CompleteStepBuilder(requestId, number, requireNonNull(step, "step"), at);
    }

    /**
     * Another completion instant.
     *
     * @param at completion instant; not before the step's hand-over
     * @return a builder with it
     */
    public CompleteStepBuilder at(Instant at) {
      return new CompleteStepBuilder(requestId, number, step, requireNonNull(at, "at"));
    }

    /**
     * The CompleteComplaintStep with the values set.
     *
     * @return the command
     */
    public CompleteComplaintStep build() {
      return new CompleteComplaintStep(requestId, number, step, at);
    }
  }

  /**
   * A hand-over to the route's next department (移交, CMP-05): the quality department's analysis
   * ({@code QA_ANALYSIS}) on 2 November 2026 at 11:00 in Shanghai, after {@link #completeStep}'s
   * default.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static HandOverBuilder handOver(DocumentNumber number) {
    return new HandOverBuilder(aRequestId(),
        number,
        Milestone.QA_ANALYSIS,
        shanghai("2026-11-02T11:00"));
  }

  /**
   * Builds a {@link HandOverComplaint} from the defaults of {@link #handOver};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class HandOverBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Milestone step;
    private final Instant at;

    private HandOverBuilder(RequestId requestId, DocumentNumber number, Milestone step,
        Instant at) {
      this.requestId = requestId;
      this.number = number;
      this.step = step;
      this.at = at;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public HandOverBuilder requestId(RequestId requestId) {
      return new HandOverBuilder(requireNonNull(requestId, "requestId"), number, step, at);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public HandOverBuilder number(DocumentNumber number) {
      return new HandOverBuilder(requestId, requireNonNull(number, "number"), step, at);
    }

    /**
     * Another step.
     *
     * @param step step; the route's next
     * @return a builder with it
     */
    public HandOverBuilder step(Milestone step) {
      return new HandOverBuilder(requestId, number, requireNonNull(step, "step"), at);
    }

    /**
     * Another hand-over instant.
     *
     * @param at hand-over instant; not before the routing form's latest
     * @return a builder with it
     */
    public HandOverBuilder at(Instant at) {
      return new HandOverBuilder(requestId, number, step, requireNonNull(at, "at"));
    }

    /**
     * The HandOverComplaint with the values set.
     *
     * @return the command
     */
    public HandOverComplaint build() {
      return new HandOverComplaint(requestId, number, step, at);
    }
  }

  /**
   * A return to an earlier department (退回, CMP-05): from the open {@code QA_ANALYSIS} of
   * {@link #handOver}'s default back to {@code COMPLAINT_REGISTRATION} on 2 November 2026 at 14:00 in
   * Shanghai, because the batch data were incomplete.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ReturnStepBuilder returnStep(DocumentNumber number) {
    return new ReturnStepBuilder(aRequestId(),
        number,
        Milestone.COMPLAINT_REGISTRATION,
        shanghai("2026-11-02T14:00"),
        "批号资料不全，退回登记补充");
  }

  /**
   * Builds a {@link ReturnComplaintStep} from the defaults of {@link #returnStep};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReturnStepBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Milestone step;
    private final Instant at;
    private final String reason;

    private ReturnStepBuilder(RequestId requestId, DocumentNumber number, Milestone step,
        Instant at, String reason) {
      this.requestId = requestId;
      this.number = number;
      this.step = step;
      this.at = at;
      this.reason = reason;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ReturnStepBuilder requestId(RequestId requestId) {
      return new ReturnStepBuilder(requireNonNull(requestId, "requestId"), number, step, at,
          reason);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ReturnStepBuilder number(DocumentNumber number) {
      return new ReturnStepBuilder(requestId, requireNonNull(number, "number"), step, at, reason);
    }

    /**
     * Another step.
     *
     * @param step step; one before the open step
     * @return a builder with it
     */
    public ReturnStepBuilder step(Milestone step) {
      return new ReturnStepBuilder(requestId, number, requireNonNull(step, "step"), at, reason);
    }

    /**
     * Another return instant.
     *
     * @param at return instant; not before the routing form's latest
     * @return a builder with it
     */
    public ReturnStepBuilder at(Instant at) {
      return new ReturnStepBuilder(requestId, number, step, requireNonNull(at, "at"), reason);
    }

    /**
     * Another reason.
     *
     * @param reason reason; plain text, 1 to 2 000 characters
     * @return a builder with it
     */
    public ReturnStepBuilder reason(String reason) {
      return new ReturnStepBuilder(requestId, number, step, at, requireNonNull(reason, "reason"));
    }

    /**
     * The ReturnComplaintStep with the values set.
     *
     * @return the command
     */
    public ReturnComplaintStep build() {
      return new ReturnComplaintStep(requestId, number, step, at, reason);
    }
  }

  /**
   * An investigation report to the general manager (调查报告, CMP-04): filed on 3 November 2026 at
   * 10:00 in Shanghai by the QA inspector {@code Q2001}: the curing oven ran too cold.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static InvestigationReportBuilder fileInvestigationReport(DocumentNumber number) {
    return new InvestigationReportBuilder(aRequestId(),
        number,
        shanghai("2026-11-03T10:00"),
        INSPECTOR,
        "固化炉温度偏低，阻焊层附着力不足");
  }

  /**
   * Builds a {@link FileInvestigationReport} from the defaults of {@link #fileInvestigationReport};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class InvestigationReportBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Instant filedAt;
    private final PersonId author;
    private final String summary;

    private InvestigationReportBuilder(RequestId requestId, DocumentNumber number,
        Instant filedAt, PersonId author, String summary) {
      this.requestId = requestId;
      this.number = number;
      this.filedAt = filedAt;
      this.author = author;
      this.summary = summary;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public InvestigationReportBuilder requestId(RequestId requestId) {
      return new InvestigationReportBuilder(requireNonNull(requestId, "requestId"), number,
          filedAt, author, summary);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public InvestigationReportBuilder number(DocumentNumber number) {
      return new InvestigationReportBuilder(requestId, requireNonNull(number, "number"), filedAt,
          author, summary);
    }

    /**
     * Another instant the report reached the general manager.
     *
     * @param filedAt instant the report reached the general manager; not before the acceptance
     * @return a builder with it
     */
    public InvestigationReportBuilder filedAt(Instant filedAt) {
      return new InvestigationReportBuilder(requestId, number, requireNonNull(filedAt, "filedAt"),
          author, summary);
    }

    /**
     * Another author.
     *
     * @param author author
     * @return a builder with it
     */
    public InvestigationReportBuilder author(PersonId author) {
      return new InvestigationReportBuilder(requestId, number, filedAt, requireNonNull(author,
          "author"), summary);
    }

    /**
     * Another summary.
     *
     * @param summary summary; plain text, 1 to 4 000 characters
     * @return a builder with it
     */
    public InvestigationReportBuilder summary(String summary) {
      return new InvestigationReportBuilder(requestId, number, filedAt, author,
          requireNonNull(summary, "summary"));
    }

    /**
     * The FileInvestigationReport with the values set.
     *
     * @return the command
     */
    public FileInvestigationReport build() {
      return new FileInvestigationReport(requestId, number, filedAt, author, summary);
    }
  }

  /**
   * A joint site inspection (现场会勘, CMP-03) on 3 November 2026 at 09:30 in Shanghai by the QA
   * inspector {@code Q2001}, appointed by the general manager, with {@code E1001} of manufacturing.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static SiteInspectionBuilder recordSiteInspection(DocumentNumber number) {
    return new SiteInspectionBuilder(aRequestId(),
        number,
        shanghai("2026-11-03T09:30"),
        INSPECTOR,
        true,
        PersonId.of("E1001"),
        "现场确认120片阻焊层起泡脱落");
  }

  /**
   * Builds a {@link RecordSiteInspection} from the defaults of {@link #recordSiteInspection};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class SiteInspectionBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Instant inspectedAt;
    private final PersonId inspector;
    private final boolean appointedByGeneralManager;
    private final PersonId manufacturingInspector;
    private final String findings;

    private SiteInspectionBuilder(RequestId requestId, DocumentNumber number, Instant inspectedAt,
        PersonId inspector, boolean appointedByGeneralManager, PersonId manufacturingInspector,
        String findings) {
      this.requestId = requestId;
      this.number = number;
      this.inspectedAt = inspectedAt;
      this.inspector = inspector;
      this.appointedByGeneralManager = appointedByGeneralManager;
      this.manufacturingInspector = manufacturingInspector;
      this.findings = findings;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public SiteInspectionBuilder requestId(RequestId requestId) {
      return new SiteInspectionBuilder(requireNonNull(requestId, "requestId"), number,
          inspectedAt, inspector, appointedByGeneralManager, manufacturingInspector, findings);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public SiteInspectionBuilder number(DocumentNumber number) {
      return new SiteInspectionBuilder(requestId, requireNonNull(number, "number"), inspectedAt,
          inspector, appointedByGeneralManager, manufacturingInspector, findings);
    }

    /**
     * Another inspection instant.
     *
     * @param inspectedAt inspection instant
     * @return a builder with it
     */
    public SiteInspectionBuilder inspectedAt(Instant inspectedAt) {
      return new SiteInspectionBuilder(requestId, number, requireNonNull(inspectedAt,
          "inspectedAt"), inspector, appointedByGeneralManager, manufacturingInspector, findings);
    }

    /**
     * Another QA inspector.
     *
     * @param inspector QA inspector
     * @return a builder with it
     */
    public SiteInspectionBuilder inspector(PersonId inspector) {
      return new SiteInspectionBuilder(requestId, number, inspectedAt, requireNonNull(inspector,
          "inspector"), appointedByGeneralManager, manufacturingInspector, findings);
    }

    /**
     * Another flag whether the general manager appointed the inspector.
     *
     * @param appointedByGeneralManager flag whether the general manager appointed the inspector
     * @return a builder with it
     */
    public SiteInspectionBuilder appointedByGeneralManager(boolean appointedByGeneralManager) {
      return new SiteInspectionBuilder(requestId, number, inspectedAt, inspector,
          appointedByGeneralManager, manufacturingInspector, findings);
    }

    /**
     * Another manufacturing department's inspector.
     *
     * @param manufacturingInspector manufacturing department's inspector
     * @return a builder with it
     */
    public SiteInspectionBuilder manufacturingInspector(PersonId manufacturingInspector) {
      return new SiteInspectionBuilder(requestId, number, inspectedAt, inspector,
          appointedByGeneralManager, requireNonNull(manufacturingInspector,
          "manufacturingInspector"), findings);
    }

    /**
     * Another findings.
     *
     * @param findings findings; plain text, 1 to 4 000 characters
     * @return a builder with it
     */
    public SiteInspectionBuilder findings(String findings) {
      return new SiteInspectionBuilder(requestId, number, inspectedAt, inspector,
          appointedByGeneralManager, manufacturingInspector, requireNonNull(findings, "findings"));
    }

    /**
     * The RecordSiteInspection with the values set.
     *
     * @return the command
     */
    public RecordSiteInspection build() {
      return new RecordSiteInspection(requestId, number, inspectedAt, inspector,
          appointedByGeneralManager, manufacturingInspector, findings);
    }
  }

  /**
   * Our responsibility (责任判定, CMP-08) as in the seed's worked case of docs/penalty.md: the press
   * group {@link #PRESS_GROUP} carries 0.6 as a department (shared by base points, PEN-09) and the
   * QA inspector {@link #INSPECTOR} of {@link #QA_DEPARTMENT} 0.4 personally; a manufacturing cause,
   * improvement tracked.
   *
   * @return a builder with those defaults
   */
  public static ResponsibilityBuilder responsibility() {
    return new ResponsibilityBuilder(List.of(ResponsibilityLine.of(PRESS_GROUP,
        new BigDecimal("0.6")),
          ResponsibilityLine.of(QA_DEPARTMENT, INSPECTOR, new BigDecimal("0.4"))),
        FaultCause.MANUFACTURING,
        "重新校准固化炉，加严首件检验",
        true);
  }

  /**
   * Builds a {@link Responsibility.Ours} from the defaults of {@link #responsibility};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ResponsibilityBuilder {
    private final List<ResponsibilityLine> lines;
    private final FaultCause cause;
    private final String remedy;
    private final boolean improvementTracked;

    private ResponsibilityBuilder(List<ResponsibilityLine> lines, FaultCause cause, String remedy,
        boolean improvementTracked) {
      this.lines = lines;
      this.cause = cause;
      this.remedy = remedy;
      this.improvementTracked = improvementTracked;
    }

    /**
     * Another responsibility lines.
     *
     * @param lines responsibility lines; ratios greater than 0, at most 4 decimals, adding up to exactly 1
     * @return a builder with it
     */
    public ResponsibilityBuilder lines(List<ResponsibilityLine> lines) {
      return new ResponsibilityBuilder(requireNonNull(lines, "lines"), cause, remedy,
          improvementTracked);
    }

    /**
     * Another kind of cause.
     *
     * @param cause kind of cause
     * @return a builder with it
     */
    public ResponsibilityBuilder cause(FaultCause cause) {
      return new ResponsibilityBuilder(lines, requireNonNull(cause, "cause"), remedy,
          improvementTracked);
    }

    /**
     * Another remedy (处理对策).
     *
     * @param remedy remedy (处理对策); plain text
     * @return a builder with it
     */
    public ResponsibilityBuilder remedy(String remedy) {
      return new ResponsibilityBuilder(lines, cause, requireNonNull(remedy, "remedy"),
          improvementTracked);
    }

    /**
     * Another flag whether improvement is tracked (改善追踪).
     *
     * @param improvementTracked flag whether improvement is tracked (改善追踪); false for human negligence
     * @return a builder with it
     */
    public ResponsibilityBuilder improvementTracked(boolean improvementTracked) {
      return new ResponsibilityBuilder(lines, cause, remedy, improvementTracked);
    }

    /**
     * The Responsibility.Ours with the values set.
     *
     * @return the value
     */
    public Responsibility.Ours build() {
      return Responsibility.ours(lines, cause, remedy, improvementTracked);
    }
  }

  /**
   * A decision (核决, CMP-07, CMP-08) on Wednesday 4 November 2026 at 10:00 in Shanghai by the
   * general manager {@code GM-1}: CNY 10 000.00, 50 pieces credited (CNY 2 000.00) and 70 taken back
   * (the 120 claimed by {@link #intake()}), {@link #responsibility()}, no supplier, the company's
   * default over-acceptance ratio.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static DecisionBuilder decide(DocumentNumber number) {
    return new DecisionBuilder(aRequestId(),
        number,
        shanghai("2026-11-04T10:00"),
        PersonId.of("GM-1"),
        ApprovalLevel.GENERAL_MANAGER,
        Money.of(new BigDecimal("10000.00"), CNY),
        ComplaintOutcome.remedy(RemedyLine.allowance(50,
          Money.of(new BigDecimal("2000.00"), CNY)), RemedyLine.returnOf(70)),
        ComplaintFixtures.responsibility().build(),
        List.of(),
        OverAcceptanceRatio.seed());
  }

  /**
   * Builds a {@link DecideComplaint} from the defaults of {@link #decide};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class DecisionBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Instant decidedAt;
    private final PersonId decidedBy;
    private final ApprovalLevel authority;
    private final Money amount;
    private final ComplaintOutcome outcome;
    private final Responsibility responsibility;
    private final List<SupplierInvolvement> suppliers;
    private final OverAcceptanceRatio overAcceptance;

    private DecisionBuilder(RequestId requestId, DocumentNumber number, Instant decidedAt,
        PersonId decidedBy, ApprovalLevel authority, Money amount, ComplaintOutcome outcome,
        Responsibility responsibility, List<SupplierInvolvement> suppliers,
        OverAcceptanceRatio overAcceptance) {
      this.requestId = requestId;
      this.number = number;
      this.decidedAt = decidedAt;
      this.decidedBy = decidedBy;
      this.authority = authority;
      this.amount = amount;
      this.outcome = outcome;
      this.responsibility = responsibility;
      this.suppliers = suppliers;
      this.overAcceptance = overAcceptance;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public DecisionBuilder requestId(RequestId requestId) {
      return new DecisionBuilder(requireNonNull(requestId, "requestId"), number, decidedAt,
          decidedBy, authority, amount, outcome, responsibility, suppliers, overAcceptance);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public DecisionBuilder number(DocumentNumber number) {
      return new DecisionBuilder(requestId, requireNonNull(number, "number"), decidedAt,
          decidedBy, authority, amount, outcome, responsibility, suppliers, overAcceptance);
    }

    /**
     * Another decision instant.
     *
     * @param decidedAt decision instant; not before the routing form's latest
     * @return a builder with it
     */
    public DecisionBuilder decidedAt(Instant decidedAt) {
      return new DecisionBuilder(requestId, number, requireNonNull(decidedAt, "decidedAt"),
          decidedBy, authority, amount, outcome, responsibility, suppliers, overAcceptance);
    }

    /**
     * Another decider.
     *
     * @param decidedBy decider
     * @return a builder with it
     */
    public DecisionBuilder decidedBy(PersonId decidedBy) {
      return new DecisionBuilder(requestId, number, decidedAt, requireNonNull(decidedBy,
          "decidedBy"), authority, amount, outcome, responsibility, suppliers, overAcceptance);
    }

    /**
     * Another decider's level (CMP-07).
     *
     * @param authority decider's level (CMP-07)
     * @return a builder with it
     */
    public DecisionBuilder authority(ApprovalLevel authority) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy,
          requireNonNull(authority, "authority"), amount, outcome, responsibility, suppliers,
          overAcceptance);
    }

    /**
     * Another decided amount (the loss the responsible carry).
     *
     * @param amount decided amount (the loss the responsible carry)
     * @return a builder with it
     */
    public DecisionBuilder amount(Money amount) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy, authority,
          requireNonNull(amount, "amount"), outcome, responsibility, suppliers, overAcceptance);
    }

    /**
     * Another outcome.
     *
     * @param outcome outcome; accepts at most the claimed quantity
     * @return a builder with it
     */
    public DecisionBuilder outcome(ComplaintOutcome outcome) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy, authority, amount,
          requireNonNull(outcome, "outcome"), responsibility, suppliers, overAcceptance);
    }

    /**
     * Another responsibility (CMP-08).
     *
     * @param responsibility responsibility (CMP-08)
     * @return a builder with it
     */
    public DecisionBuilder responsibility(Responsibility responsibility) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy, authority, amount,
          outcome, requireNonNull(responsibility, "responsibility"), suppliers, overAcceptance);
    }

    /**
     * Another suppliers involved (CMP-13).
     *
     * @param suppliers suppliers involved (CMP-13)
     * @return a builder with it
     */
    public DecisionBuilder suppliers(List<SupplierInvolvement> suppliers) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy, authority, amount,
          outcome, responsibility, requireNonNull(suppliers, "suppliers"), overAcceptance);
    }

    /**
     * Another over-acceptance ratio (CMP-16).
     *
     * @param overAcceptance over-acceptance ratio (CMP-16)
     * @return a builder with it
     */
    public DecisionBuilder overAcceptance(OverAcceptanceRatio overAcceptance) {
      return new DecisionBuilder(requestId, number, decidedAt, decidedBy, authority, amount,
          outcome, responsibility, suppliers, requireNonNull(overAcceptance, "overAcceptance"));
    }

    /**
     * The DecideComplaint with the values set.
     *
     * @return the command
     */
    public DecideComplaint build() {
      return new DecideComplaint(requestId, number, decidedAt, decidedBy, authority, amount,
          outcome, responsibility, suppliers, overAcceptance);
    }
  }

  /**
   * A department's formal objection (签呈, CMP-12): the press group's {@code E1001} on 5 November
   * 2026 at 09:00 in Shanghai: the oven was calibrated, the resin lot was bad.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ObjectionBuilder fileObjection(DocumentNumber number) {
    return new ObjectionBuilder(aRequestId(),
        number,
        new Objection(PRESS_GROUP, PersonId.of("E1001"),
          shanghai("2026-11-05T09:00"), "固化炉已按期校准，问题在于树脂批次"));
  }

  /**
   * Builds a {@link FileObjection} from the defaults of {@link #fileObjection};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ObjectionBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Objection objection;

    private ObjectionBuilder(RequestId requestId, DocumentNumber number, Objection objection) {
      this.requestId = requestId;
      this.number = number;
      this.objection = objection;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ObjectionBuilder requestId(RequestId requestId) {
      return new ObjectionBuilder(requireNonNull(requestId, "requestId"), number, objection);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ObjectionBuilder number(DocumentNumber number) {
      return new ObjectionBuilder(requestId, requireNonNull(number, "number"), objection);
    }

    /**
     * Another objection.
     *
     * @param objection objection; dated not before the decision
     * @return a builder with it
     */
    public ObjectionBuilder objection(Objection objection) {
      return new ObjectionBuilder(requestId, number, requireNonNull(objection, "objection"));
    }

    /**
     * The FileObjection with the values set.
     *
     * @return the command
     */
    public FileObjection build() {
      return new FileObjection(requestId, number, objection);
    }
  }

  /**
   * The supervisor's visit to the customer (回访, SUR-05) on Monday 9 November 2026 at 10:00 in
   * Shanghai by {@code SUP-1} in person.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static CustomerVisitBuilder recordCustomerVisit(DocumentNumber number) {
    return new CustomerVisitBuilder(aRequestId(),
        number,
        shanghai("2026-11-09T10:00"),
        PersonId.of("SUP-1"),
        false,
        "主管回访客户，说明处理结果");
  }

  /**
   * Builds a {@link RecordCustomerVisit} from the defaults of {@link #recordCustomerVisit};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class CustomerVisitBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Instant visitedAt;
    private final PersonId visitor;
    private final boolean delegate;
    private final String notes;

    private CustomerVisitBuilder(RequestId requestId, DocumentNumber number, Instant visitedAt,
        PersonId visitor, boolean delegate, String notes) {
      this.requestId = requestId;
      this.number = number;
      this.visitedAt = visitedAt;
      this.visitor = visitor;
      this.delegate = delegate;
      this.notes = notes;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public CustomerVisitBuilder requestId(RequestId requestId) {
      return new CustomerVisitBuilder(requireNonNull(requestId, "requestId"), number, visitedAt,
          visitor, delegate, notes);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public CustomerVisitBuilder number(DocumentNumber number) {
      return new CustomerVisitBuilder(requestId, requireNonNull(number, "number"), visitedAt,
          visitor, delegate, notes);
    }

    /**
     * Another visit instant.
     *
     * @param visitedAt visit instant
     * @return a builder with it
     */
    public CustomerVisitBuilder visitedAt(Instant visitedAt) {
      return new CustomerVisitBuilder(requestId, number, requireNonNull(visitedAt, "visitedAt"),
          visitor, delegate, notes);
    }

    /**
     * Another visitor.
     *
     * @param visitor visitor
     * @return a builder with it
     */
    public CustomerVisitBuilder visitor(PersonId visitor) {
      return new CustomerVisitBuilder(requestId, number, visitedAt, requireNonNull(visitor,
          "visitor"), delegate, notes);
    }

    /**
     * Another flag whether a delegate visited instead of the supervisor.
     *
     * @param delegate flag whether a delegate visited instead of the supervisor
     * @return a builder with it
     */
    public CustomerVisitBuilder delegate(boolean delegate) {
      return new CustomerVisitBuilder(requestId, number, visitedAt, visitor, delegate, notes);
    }

    /**
     * Another notes.
     *
     * @param notes notes; plain text, 1 to 4 000 characters
     * @return a builder with it
     */
    public CustomerVisitBuilder notes(String notes) {
      return new CustomerVisitBuilder(requestId, number, visitedAt, visitor, delegate,
          requireNonNull(notes, "notes"));
    }

    /**
     * The RecordCustomerVisit with the values set.
     *
     * @return the command
     */
    public RecordCustomerVisit build() {
      return new RecordCustomerVisit(requestId, number, visitedAt, visitor, delegate, notes);
    }
  }

  /**
   * The sales allowance certificate (折让证明单, CMP-15) {@code ZR-2026-031} of the allowance in
   * {@link #decide}'s default.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static AllowanceCertificateBuilder recordAllowanceCertificate(DocumentNumber number) {
    return new AllowanceCertificateBuilder(aRequestId(),
        number,
        RemedyKind.ALLOWANCE,
        "ZR-2026-031");
  }

  /**
   * Builds a {@link RecordAllowanceCertificate} from the defaults of {@link #recordAllowanceCertificate};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class AllowanceCertificateBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final RemedyKind kind;
    private final String certificateNumber;

    private AllowanceCertificateBuilder(RequestId requestId, DocumentNumber number,
        RemedyKind kind, String certificateNumber) {
      this.requestId = requestId;
      this.number = number;
      this.kind = kind;
      this.certificateNumber = certificateNumber;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public AllowanceCertificateBuilder requestId(RequestId requestId) {
      return new AllowanceCertificateBuilder(requireNonNull(requestId, "requestId"), number, kind,
          certificateNumber);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public AllowanceCertificateBuilder number(DocumentNumber number) {
      return new AllowanceCertificateBuilder(requestId, requireNonNull(number, "number"), kind,
          certificateNumber);
    }

    /**
     * Another remedy line's kind.
     *
     * @param kind remedy line's kind; ALLOWANCE or COMPENSATION
     * @return a builder with it
     */
    public AllowanceCertificateBuilder kind(RemedyKind kind) {
      return new AllowanceCertificateBuilder(requestId, number, requireNonNull(kind, "kind"),
          certificateNumber);
    }

    /**
     * Another certificate number.
     *
     * @param certificateNumber certificate number; plain text, 1 to 64 characters
     * @return a builder with it
     */
    public AllowanceCertificateBuilder certificateNumber(String certificateNumber) {
      return new AllowanceCertificateBuilder(requestId, number, kind,
          requireNonNull(certificateNumber, "certificateNumber"));
    }

    /**
     * The RecordAllowanceCertificate with the values set.
     *
     * @return the command
     */
    public RecordAllowanceCertificate build() {
      return new RecordAllowanceCertificate(requestId, number, kind, certificateNumber);
    }
  }

  /**
   * A finished-goods return slip (成品退货单, CMP-16) {@value #RETURN_SLIP} for the 70 pieces taken
   * back in {@link #decide}'s default.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ReturnSlipBuilder issueReturnSlip(DocumentNumber number) {
    return new ReturnSlipBuilder(aRequestId(),
        number,
        RemedyKind.RETURN,
        RETURN_SLIP,
        70);
  }

  /**
   * Builds a {@link IssueReturnSlip} from the defaults of {@link #issueReturnSlip};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReturnSlipBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final RemedyKind kind;
    private final String slipNumber;
    private final long quantity;

    private ReturnSlipBuilder(RequestId requestId, DocumentNumber number, RemedyKind kind,
        String slipNumber, long quantity) {
      this.requestId = requestId;
      this.number = number;
      this.kind = kind;
      this.slipNumber = slipNumber;
      this.quantity = quantity;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ReturnSlipBuilder requestId(RequestId requestId) {
      return new ReturnSlipBuilder(requireNonNull(requestId, "requestId"), number, kind,
          slipNumber, quantity);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ReturnSlipBuilder number(DocumentNumber number) {
      return new ReturnSlipBuilder(requestId, requireNonNull(number, "number"), kind, slipNumber,
          quantity);
    }

    /**
     * Another remedy line's kind.
     *
     * @param kind remedy line's kind; RETURN or REPROCESSING
     * @return a builder with it
     */
    public ReturnSlipBuilder kind(RemedyKind kind) {
      return new ReturnSlipBuilder(requestId, number, requireNonNull(kind, "kind"), slipNumber,
          quantity);
    }

    /**
     * Another slip number.
     *
     * @param slipNumber slip number; identifier text, 1 to 64 characters, new on the case
     * @return a builder with it
     */
    public ReturnSlipBuilder slipNumber(String slipNumber) {
      return new ReturnSlipBuilder(requestId, number, kind, requireNonNull(slipNumber,
          "slipNumber"), quantity);
    }

    /**
     * Another quantity the slip covers.
     *
     * @param quantity quantity the slip covers; pieces, at least 1
     * @return a builder with it
     */
    public ReturnSlipBuilder quantity(long quantity) {
      return new ReturnSlipBuilder(requestId, number, kind, slipNumber, quantity);
    }

    /**
     * The IssueReturnSlip with the values set.
     *
     * @return the command
     */
    public IssueReturnSlip build() {
      return new IssueReturnSlip(requestId, number, kind, slipNumber, quantity);
    }
  }

  /**
   * The reception of the 70 pieces (退货入库, CMP-16) under slip {@value #RETURN_SLIP}.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ReceptionBuilder receiveReturnedGoods(DocumentNumber number) {
    return new ReceptionBuilder(aRequestId(),
        number,
        RETURN_SLIP,
        70);
  }

  /**
   * Builds a {@link ReceiveReturnedGoods} from the defaults of {@link #receiveReturnedGoods};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReceptionBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final String slipNumber;
    private final long quantity;

    private ReceptionBuilder(RequestId requestId, DocumentNumber number, String slipNumber,
        long quantity) {
      this.requestId = requestId;
      this.number = number;
      this.slipNumber = slipNumber;
      this.quantity = quantity;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ReceptionBuilder requestId(RequestId requestId) {
      return new ReceptionBuilder(requireNonNull(requestId, "requestId"), number, slipNumber,
          quantity);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ReceptionBuilder number(DocumentNumber number) {
      return new ReceptionBuilder(requestId, requireNonNull(number, "number"), slipNumber,
          quantity);
    }

    /**
     * Another slip number.
     *
     * @param slipNumber slip number; an issued slip's
     * @return a builder with it
     */
    public ReceptionBuilder slipNumber(String slipNumber) {
      return new ReceptionBuilder(requestId, number, requireNonNull(slipNumber, "slipNumber"),
          quantity);
    }

    /**
     * Another quantity received.
     *
     * @param quantity quantity received; pieces, at least 1
     * @return a builder with it
     */
    public ReceptionBuilder quantity(long quantity) {
      return new ReceptionBuilder(requestId, number, slipNumber, quantity);
    }

    /**
     * The ReceiveReturnedGoods with the values set.
     *
     * @return the command
     */
    public ReceiveReturnedGoods build() {
      return new ReceiveReturnedGoods(requestId, number, slipNumber, quantity);
    }
  }

  /**
   * The booking of the received quantity (退货数量入账, CMP-16) without a reason: within the
   * over-acceptance ratio.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static BookingBuilder bookReturnedQuantity(DocumentNumber number) {
    return new BookingBuilder(aRequestId(),
        number,
        "");
  }

  /**
   * Builds a {@link BookReturnedQuantity} from the defaults of {@link #bookReturnedQuantity};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class BookingBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final String reason;

    private BookingBuilder(RequestId requestId, DocumentNumber number, String reason) {
      this.requestId = requestId;
      this.number = number;
      this.reason = reason;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public BookingBuilder requestId(RequestId requestId) {
      return new BookingBuilder(requireNonNull(requestId, "requestId"), number, reason);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public BookingBuilder number(DocumentNumber number) {
      return new BookingBuilder(requestId, requireNonNull(number, "number"), reason);
    }

    /**
     * Another reason.
     *
     * @param reason reason; empty within the over-acceptance ratio, else plain text of at most 500 characters
     * @return a builder with it
     */
    public BookingBuilder reason(String reason) {
      return new BookingBuilder(requestId, number, requireNonNull(reason, "reason"));
    }

    /**
     * The BookReturnedQuantity with the values set.
     *
     * @return the command
     */
    public BookReturnedQuantity build() {
      return new BookReturnedQuantity(requestId, number, reason);
    }
  }

  /**
   * The customer's stamped proof (客户盖章凭证, CMP-18) of the return: the stamped original invoice.
   * For the allowance of {@link #decide}'s default set {@code kind(RemedyKind.ALLOWANCE)} and
   * {@code proof(ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE)}.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ProofBuilder recordProof(DocumentNumber number) {
    return new ProofBuilder(aRequestId(),
        number,
        RemedyKind.RETURN,
        ProofDocument.STAMPED_ORIGINAL_INVOICE);
  }

  /**
   * Builds a {@link RecordProof} from the defaults of {@link #recordProof};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ProofBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final RemedyKind kind;
    private final ProofDocument proof;

    private ProofBuilder(RequestId requestId, DocumentNumber number, RemedyKind kind,
        ProofDocument proof) {
      this.requestId = requestId;
      this.number = number;
      this.kind = kind;
      this.proof = proof;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ProofBuilder requestId(RequestId requestId) {
      return new ProofBuilder(requireNonNull(requestId, "requestId"), number, kind, proof);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ProofBuilder number(DocumentNumber number) {
      return new ProofBuilder(requestId, requireNonNull(number, "number"), kind, proof);
    }

    /**
     * Another remedy line's kind.
     *
     * @param kind remedy line's kind; RETURN or ALLOWANCE/COMPENSATION
     * @return a builder with it
     */
    public ProofBuilder kind(RemedyKind kind) {
      return new ProofBuilder(requestId, number, requireNonNull(kind, "kind"), proof);
    }

    /**
     * Another proof document.
     *
     * @param proof proof document; of the kind's purpose
     * @return a builder with it
     */
    public ProofBuilder proof(ProofDocument proof) {
      return new ProofBuilder(requestId, number, kind, requireNonNull(proof, "proof"));
    }

    /**
     * The RecordProof with the values set.
     *
     * @return the command
     */
    public RecordProof build() {
      return new RecordProof(requestId, number, kind, proof);
    }
  }

  /**
   * A receivable of CNY 4 800.00 held out of the recovery bonus (暂扣货款, CMP-17) while the case
   * is in progress.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static ReceivableHoldBuilder placeReceivableHold(DocumentNumber number) {
    return new ReceivableHoldBuilder(aRequestId(),
        number,
        Money.of(new BigDecimal("4800.00"), CNY));
  }

  /**
   * Builds a {@link PlaceReceivableHold} from the defaults of {@link #placeReceivableHold};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReceivableHoldBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Money amount;

    private ReceivableHoldBuilder(RequestId requestId, DocumentNumber number, Money amount) {
      this.requestId = requestId;
      this.number = number;
      this.amount = amount;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ReceivableHoldBuilder requestId(RequestId requestId) {
      return new ReceivableHoldBuilder(requireNonNull(requestId, "requestId"), number, amount);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public ReceivableHoldBuilder number(DocumentNumber number) {
      return new ReceivableHoldBuilder(requestId, requireNonNull(number, "number"), amount);
    }

    /**
     * Another receivable held.
     *
     * @param amount receivable held
     * @return a builder with it
     */
    public ReceivableHoldBuilder amount(Money amount) {
      return new ReceivableHoldBuilder(requestId, number, requireNonNull(amount, "amount"));
    }

    /**
     * The PlaceReceivableHold with the values set.
     *
     * @return the command
     */
    public PlaceReceivableHold build() {
      return new PlaceReceivableHold(requestId, number, amount);
    }
  }

  /**
   * The closure (结案, CMP-09) on Tuesday 10 November 2026 at 16:00 in Shanghai with a written
   * answer: within the 13 working days of a domestic case received on 2 November.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static CloseBuilder closeComplaint(DocumentNumber number) {
    return new CloseBuilder(aRequestId(),
        number,
        shanghai("2026-11-10T16:00"),
        CustomerReply.WRITTEN);
  }

  /**
   * Builds a {@link CloseComplaint} from the defaults of {@link #closeComplaint};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class CloseBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final Instant closedAt;
    private final CustomerReply reply;

    private CloseBuilder(RequestId requestId, DocumentNumber number, Instant closedAt,
        CustomerReply reply) {
      this.requestId = requestId;
      this.number = number;
      this.closedAt = closedAt;
      this.reply = reply;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public CloseBuilder requestId(RequestId requestId) {
      return new CloseBuilder(requireNonNull(requestId, "requestId"), number, closedAt, reply);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public CloseBuilder number(DocumentNumber number) {
      return new CloseBuilder(requestId, requireNonNull(number, "number"), closedAt, reply);
    }

    /**
     * Another closing instant.
     *
     * @param closedAt closing instant; not before the decision
     * @return a builder with it
     */
    public CloseBuilder closedAt(Instant closedAt) {
      return new CloseBuilder(requestId, number, requireNonNull(closedAt, "closedAt"), reply);
    }

    /**
     * Another customer's answer.
     *
     * @param reply customer's answer; a serious complaint needs WRITTEN (SUR-04)
     * @return a builder with it
     */
    public CloseBuilder reply(CustomerReply reply) {
      return new CloseBuilder(requestId, number, closedAt, requireNonNull(reply, "reply"));
    }

    /**
     * The CloseComplaint with the values set.
     *
     * @return the command
     */
    public CloseComplaint build() {
      return new CloseComplaint(requestId, number, closedAt, reply);
    }
  }

  /**
   * A void (作废, CMP-01): registered twice for the same batch. The case keeps its number.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static VoidBuilder voidComplaint(DocumentNumber number) {
    return new VoidBuilder(aRequestId(),
        number,
        "重复登记，与另一投诉为同一批次");
  }

  /**
   * Builds a {@link VoidComplaint} from the defaults of {@link #voidComplaint};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class VoidBuilder {
    private final RequestId requestId;
    private final DocumentNumber number;
    private final String reason;

    private VoidBuilder(RequestId requestId, DocumentNumber number, String reason) {
      this.requestId = requestId;
      this.number = number;
      this.reason = reason;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public VoidBuilder requestId(RequestId requestId) {
      return new VoidBuilder(requireNonNull(requestId, "requestId"), number, reason);
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public VoidBuilder number(DocumentNumber number) {
      return new VoidBuilder(requestId, requireNonNull(number, "number"), reason);
    }

    /**
     * Another reason.
     *
     * @param reason reason; plain text, 1 to 1 000 characters
     * @return a builder with it
     */
    public VoidBuilder reason(String reason) {
      return new VoidBuilder(requestId, number, requireNonNull(reason, "reason"));
    }

    /**
     * The VoidComplaint with the values set.
     *
     * @return the command
     */
    public VoidComplaint build() {
      return new VoidComplaint(requestId, number, reason);
    }
  }

  /**
   * The customer's rejection of the decision (客户不接受处理结果, CMP-10) received on 5 November 2026
   * at 09:00 in Shanghai: the customer wants all boards taken back.
   *
   * @param original the decided or closed case's number
   * @return a builder with those defaults
   */
  public static ReopenBuilder reopenRejectedComplaint(DocumentNumber original) {
    return new ReopenBuilder(aRequestId(),
        original,
        shanghai("2026-11-05T09:00"),
        "客户不接受折让金额，要求全部退货");
  }

  /**
   * Builds a {@link ReopenRejectedComplaint} from the defaults of {@link #reopenRejectedComplaint};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReopenBuilder {
    private final RequestId requestId;
    private final DocumentNumber original;
    private final Instant receivedAt;
    private final String customerResponse;

    private ReopenBuilder(RequestId requestId, DocumentNumber original, Instant receivedAt,
        String customerResponse) {
      this.requestId = requestId;
      this.original = original;
      this.receivedAt = receivedAt;
      this.customerResponse = customerResponse;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default, unique within the JVM
     * @return a builder with it
     */
    public ReopenBuilder requestId(RequestId requestId) {
      return new ReopenBuilder(requireNonNull(requestId, "requestId"), original, receivedAt,
          customerResponse);
    }

    /**
     * Another original case's number.
     *
     * @param original original case's number
     * @return a builder with it
     */
    public ReopenBuilder original(DocumentNumber original) {
      return new ReopenBuilder(requestId, requireNonNull(original, "original"), receivedAt,
          customerResponse);
    }

    /**
     * Another acceptance of the rejection.
     *
     * @param receivedAt acceptance of the rejection; not before the original's decision
     * @return a builder with it
     */
    public ReopenBuilder receivedAt(Instant receivedAt) {
      return new ReopenBuilder(requestId, original, requireNonNull(receivedAt, "receivedAt"),
          customerResponse);
    }

    /**
     * Another customer's response.
     *
     * @param customerResponse customer's response; plain text, 1 to 4 000 characters
     * @return a builder with it
     */
    public ReopenBuilder customerResponse(String customerResponse) {
      return new ReopenBuilder(requestId, original, receivedAt, requireNonNull(customerResponse,
          "customerResponse"));
    }

    /**
     * The ReopenRejectedComplaint with the values set.
     *
     * @return the command
     */
    public ReopenRejectedComplaint build() {
      return new ReopenRejectedComplaint(requestId, original, receivedAt, customerResponse);
    }
  }

  /**
   * The posting of a decided case's loss to the penalty ledgers (CMP-08, PEN-02, PEN-09) with the
   * press group of {@link #pressGroup()} for {@link #responsibility()}'s department line.
   *
   * @param number the case's number
   * @return a builder with those defaults
   */
  public static PenaltyPostingBuilder postComplaintPenalty(DocumentNumber number) {
    return new PenaltyPostingBuilder(number,
        List.of(pressGroup()));
  }

  /**
   * Builds a {@link PostComplaintPenalty} from the defaults of {@link #postComplaintPenalty};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class PenaltyPostingBuilder {
    private final DocumentNumber number;
    private final List<OrganizationUnit> units;

    private PenaltyPostingBuilder(DocumentNumber number, List<OrganizationUnit> units) {
      this.number = number;
      this.units = units;
    }

    /**
     * Another case's number.
     *
     * @param number case's number
     * @return a builder with it
     */
    public PenaltyPostingBuilder number(DocumentNumber number) {
      return new PenaltyPostingBuilder(requireNonNull(number, "number"), units);
    }

    /**
     * Another departments with their members, for the department-only lines.
     *
     * @param units departments with their members, for the department-only lines
     * @return a builder with it
     */
    public PenaltyPostingBuilder units(List<OrganizationUnit> units) {
      return new PenaltyPostingBuilder(number, requireNonNull(units, "units"));
    }

    /**
     * The PostComplaintPenalty with the values set.
     *
     * @return the command
     */
    public PostComplaintPenalty build() {
      return new PostComplaintPenalty(number, units);
    }
  }

  /**
   * A local date-time in Shanghai as an instant.
   *
   * @param localDateTime e.g. {@code 2026-11-02T10:00}, read in {@link #SHANGHAI}
   * @return the instant
   */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /**
   * The press group {@link #PRESS_GROUP} (冲压组, a manufacturing group) with three members and
   * their base points (基点数) as in docs/penalty.md's worked case: {@code E1001} 1.2,
   * {@code E1002} 1.0, {@code E1003} 0.8 (3.0 in all).
   *
   * @return the unit
   */
  public static OrganizationUnit pressGroup() {
    return OrganizationUnit.builder().id(PRESS_GROUP).level(UnitLevel.GROUP)
        .kind(DepartmentKind.MANUFACTURING)
        .addMember(new Member(PersonId.of("E1001"), BasePoints.parse("1.2")))
        .addMember(new Member(PersonId.of("E1002"), BasePoints.parse("1")))
        .addMember(new Member(PersonId.of("E1003"), BasePoints.parse("0.8")))
        .build();
  }

  /**
   * Every complaint use case wired over fresh in-memory adapters (the seed's 年月流水 numbering
   * in Shanghai, the seed's procedure and approval authority in CNY, {@link #SEED_POLICY}, the
   * largest-remainder penalty allocation), with a {@link TestClock} at 2 November 2026 09:00 in
   * Shanghai.
   *
   * @return the wiring
   */
  public static UseCases useCases() {
    return new UseCases();
  }

  /**
   * The complaint use cases over in-memory adapters, and the states of a complaint case
   * (投诉状态) reached through them with the fixtures' defaults: each state method stores a fresh
   * case (or carries the given one further) and returns it as stored. Thread-safe as its adapters
   * are; the state methods of one instance may be called from several tests.
   *
   * <pre>{@code
   * ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
   * ComplaintCase closed = desk.closed();                 // registered … executed, visited, closed
   * desk.handling().handOver(ComplaintFixtures.handOver(desk.registered().number())
   *     .step(Milestone.QA_ANALYSIS).build());
   * }</pre>
   */
  public static final class UseCases {

    private final InMemoryComplaints complaints = InMemoryComplaints.create();
    private final InMemoryNumberSequences sequences = InMemoryNumberSequences.create();
    private final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
    private final TestClock clock = TestClock.at(shanghai("2026-11-02T09:00"), SHANGHAI);
    private final ComplaintRegistration registration;
    private final ComplaintHandling handling;
    private final ComplaintDecisions decisions;
    private final ComplaintOutcomes outcomes;
    private final ComplaintClosure closure;
    private final ComplaintPenalties penalties;

    private UseCases() {
      CommandValidator validator = TestValidators.commandValidator();
      ComplaintProcedure procedure = ComplaintProcedure.seed();
      registration = new ComplaintRegistration(complaints,
          SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences), procedure, validator,
          clock);
      handling = new ComplaintHandling(complaints, validator, clock);
      decisions = new ComplaintDecisions(complaints, AmountSeverityAuthority.seed(CNY), validator,
          clock);
      outcomes = new ComplaintOutcomes(complaints, validator, clock);
      closure = new ComplaintClosure(complaints, procedure, SEED_POLICY, validator, clock);
      penalties = new ComplaintPenalties(complaints, LargestRemainderAllocation.seed(),
          new PenaltyPosting(accounts, validator, clock), validator, SHANGHAI);
    }

    /**
     * The stored cases.
     *
     * @return the repository
     */
    public InMemoryComplaints complaints() {
      return complaints;
    }

    /**
     * The complaint number sequences (年月流水).
     *
     * @return the sequences
     */
    public InMemoryNumberSequences sequences() {
      return sequences;
    }

    /**
     * The penalty ledgers {@link #penalties()} posts to.
     *
     * @return the accounts
     */
    public InMemoryPenaltyAccounts accounts() {
      return accounts;
    }

    /**
     * The clock of the recorded instants (not of the business instants, which the commands carry).
     *
     * @return the clock, starting at 2 November 2026 09:00 in Shanghai
     */
    public TestClock clock() {
      return clock;
    }

    /**
     * Registration, reopening and voiding.
     *
     * @return the use case
     */
    public ComplaintRegistration registration() {
      return registration;
    }

    /**
     * Routing, inspection, report and visit.
     *
     * @return the use case
     */
    public ComplaintHandling handling() {
      return handling;
    }

    /**
     * Decision and objection.
     *
     * @return the use case
     */
    public ComplaintDecisions decisions() {
      return decisions;
    }

    /**
     * The outcome's execution: holds, certificates, slips, receptions, booking, proofs.
     *
     * @return the use case
     */
    public ComplaintOutcomes outcomes() {
      return outcomes;
    }

    /**
     * Closure.
     *
     * @return the use case
     */
    public ComplaintClosure closure() {
      return closure;
    }

    /**
     * Posting of decided losses to the penalty ledgers.
     *
     * @return the use case
     */
    public ComplaintPenalties penalties() {
      return penalties;
    }

    /**
     * A case registered with {@link #registerComplaint()}'s defaults (受理, status OPEN, its first
     * step {@code COMPLAINT_REGISTRATION} handed over at the acceptance).
     *
     * @return the stored case
     */
    public ComplaintCase registered() {
      return registration.register(registerComplaint().build());
    }

    /**
     * A fresh case in the quality department (会签中): {@link #registered()}, the registration step
     * completed ({@link #completeStep}'s default) and handed over to {@code QA_ANALYSIS}
     * ({@link #handOver}'s default).
     *
     * @return the stored case
     */
    public ComplaintCase inProgress() {
      DocumentNumber n = registered().number();
      handling.completeStep(completeStep(n).build());
      return handling.handOver(handOver(n).build());
    }

    /**
     * A fresh case with its route completed: {@link #routed(ComplaintCase)} of
     * {@link #registered()}.
     *
     * @return the stored case
     */
    public ComplaintCase routed() {
      return routed(registered());
    }

    /**
     * {@code c} with the rest of its route completed through the use cases: the open step
     * completed and each remaining step handed over and completed, half an hour per action from
     * the routing form's latest instant (registered at 10:00 on 2 November 2026, the route of six
     * steps ends at 13:00 in Shanghai).
     *
     * @param c a stored open case
     * @return the stored case, its route finished
     */
    public ComplaintCase routed(ComplaintCase c) {
      ComplaintCase next = c;
      Instant t = next.routing().latestInstant();
      List<RoutingEntry> entries = next.routing().entries();
      if (!entries.isEmpty() && entries.get(entries.size() - 1).isOpen()) {
        t = t.plus(HALF_HOUR);
        next = handling.completeStep(completeStep(c.number())
            .step(entries.get(entries.size() - 1).step()).at(t).build());
      }
      while (!next.routing().isFinished()) {
        List<RoutingEntry> done = next.routing().entries();
        List<Milestone> route = next.routing().route();
        Milestone step = route.get(route.indexOf(done.get(done.size() - 1).step()) + 1);
        handling.handOver(handOver(c.number()).step(step).at(t).build());
        t = t.plus(HALF_HOUR);
        next = handling.completeStep(completeStep(c.number()).step(step).at(t).build());
      }
      return next;
    }

    /**
     * A fresh case decided with {@link #decide}'s defaults after {@link #routed()} (核决, status
     * DECIDED).
     *
     * @return the stored case
     */
    public ComplaintCase decided() {
      return decisions.decide(decide(routed().number()).build());
    }

    /**
     * A fresh decided case whose outcome is executed and proved and whose customer was visited,
     * ready to close: {@link #decided()}, the allowance certificate, the return slip of 70, their
     * reception, the booking, the return's and the allowance's proofs, the supervisor's visit
     * (each with the fixtures' defaults).
     *
     * @return the stored case
     */
    public ComplaintCase executed() {
      DocumentNumber n = decided().number();
      outcomes.recordAllowanceCertificate(recordAllowanceCertificate(n).build());
      outcomes.issueReturnSlip(issueReturnSlip(n).build());
      outcomes.receiveReturnedGoods(receiveReturnedGoods(n).build());
      outcomes.bookReturnedQuantity(bookReturnedQuantity(n).build());
      outcomes.recordProof(recordProof(n).build());
      outcomes.recordProof(recordProof(n).kind(RemedyKind.ALLOWANCE)
          .proof(ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE).build());
      return handling.recordCustomerVisit(recordCustomerVisit(n).build());
    }

    /**
     * A fresh case closed with {@link #closeComplaint}'s defaults after {@link #executed()} (结案,
     * status CLOSED, on time).
     *
     * @return the stored case
     */
    public ComplaintCase closed() {
      return closure.close(closeComplaint(executed().number()).build());
    }

    /**
     * A fresh case voided with {@link #voidComplaint}'s default reason after
     * {@link #registered()} (作废, status VOIDED).
     *
     * @return the stored case
     */
    public ComplaintCase voided() {
      return registration.voidComplaint(voidComplaint(registered().number()).build());
    }

    /**
     * A fresh decided case that the customer rejected ({@link #reopenRejectedComplaint}'s
     * defaults, CMP-10): the returned case is the new one, linked to the original, which is closed
     * at the rejection.
     *
     * @return the new stored case
     */
    public ComplaintCase reopened() {
      return registration.reopenAfterRejection(
          reopenRejectedComplaint(decided().number()).build());
    }

    /**
     * A fresh decided case's loss posted to the penalty ledgers with
     * {@link #postComplaintPenalty}'s defaults: CNY 10 000.00 split 0.6 to the press group (E1001
     * 2 400.00, E1002 2 000.00, E1003 1 600.00 by base points) and 0.4 to Q2001 (4 000.00), in
     * November 2026.
     *
     * @return the ledgers written, one per person
     */
    public List<PersonPenaltyLedger> penaltyPosted() {
      return penalties.post(postComplaintPenalty(decided().number()).build());
    }
  }
}
