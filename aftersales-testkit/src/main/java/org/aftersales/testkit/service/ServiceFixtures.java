package org.aftersales.testkit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.PromiseRecompute;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecomputePromises;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.SweepPaging;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Ready-made service requests, entitlements and service-request commands for tests (叫修测试数据):
 * a builder with sensible defaults for every command of {@code org.aftersales.core.service}, an
 * {@link Entitlement} builder, a registered request ({@link #aServiceRequest()}) and the use cases
 * wired with the seed's service levels on the Shanghai office calendar.
 *
 * <p>Defaults: zone {@link #SHANGHAI}, currency CNY (amounts exact, in 元 with two decimals), a
 * call of {@value #CUSTOMER_NAME} received on Monday 2 November 2026 at 09:00 in Shanghai
 * ({@link #RECEIVED_AT}) and every later step at a fixed instant of that day or the next two (see
 * the constants) — never the clock. The defaults chain: a request registered with
 * {@link #registerServiceRequest()} is dispatched, quoted, reported, signed and closed on site by
 * the other builders' defaults given only its {@link ServiceRequest#id()}, or taken to the
 * workshop, carded, repaired, inspected and returned (the receipt and card numbers derive from
 * the request's ID). Request IDs, service request IDs and serial numbers made here are unique
 * within the JVM, so tests sharing storage do not collide.
 *
 * <pre>{@code
 * ServiceRequestRegistration registration = ServiceFixtures.seedRegistration(requests, erp, clock);
 * ServiceRequest r = registration.register(ServiceFixtures.registerServiceRequest()
 *     .zone(ServiceZone.SUBURB).channel(ServiceChannel.PHONE).build());
 * dispatch.assign(ServiceFixtures.assignTechnician(r.id())
 *     .technician(PersonId.of("tech-li")).build());
 * ServiceRequest registered = ServiceFixtures.aServiceRequest();   // unsaved, version 0
 * }</pre>
 */
public final class ServiceFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default customer (客户): 上海精密机械有限公司 (Shanghai Precision Machinery Co., Ltd.). */
  public static final String CUSTOMER_NAME = "上海精密机械有限公司";

  /** The default site address: 上海市浦东新区张江路88号. */
  public static final String ADDRESS = "上海市浦东新区张江路88号";

  /** The default contact phone. */
  public static final String PHONE = "021-5080 1234";

  /** The default product model: a CNC machining centre. */
  public static final String PRODUCT_MODEL = "CNC-450";

  /** The default fault description: the spindle stops with a grinding noise. */
  public static final String PROBLEM = "主轴异响后停机";

  /** The default fault cause in a service report: worn spindle bearings. */
  public static final String FAULT_CAUSE = "主轴轴承磨损";

  /** The default solution in a service report: two bearings replaced, test run normal. */
  public static final String SOLUTION = "更换主轴轴承两只，试机正常";

  /** The default customer opinion in a service report: satisfied. */
  public static final String CUSTOMER_OPINION = "满意";

  /** Who signs vouchers and receipts for the customer by default: Mr Chen. */
  public static final String CUSTOMER_SIGNATORY = "陈先生";

  /** The default reason of a committed resolution time: waiting for the spindle bearings. */
  public static final String COMMIT_REASON = "等待备件：主轴轴承";

  /** The default reason of a promise recompute: the holiday plan changed. */
  public static final String RECOMPUTE_REASON = "节假日安排调整";

  /** The default technician (维修工程师): {@code tech-wang}. */
  public static final PersonId TECHNICIAN = PersonId.of("tech-wang");

  /** The default supervisor (服务主任): {@code sup-zhao}. */
  public static final PersonId SUPERVISOR = PersonId.of("sup-zhao");

  /** The default clerk (文员) who closes requests and hands items back: {@code clerk-liu}. */
  public static final PersonId CLERK = PersonId.of("clerk-liu");

  /** The default sales centre person who quotes (销售中心): {@code sales-chen}. */
  public static final PersonId SALES = PersonId.of("sales-chen");

  /** The default manager who asks for a promise recompute: {@code mgr-sun}. */
  public static final PersonId MANAGER = PersonId.of("mgr-sun");

  /** The default received-at: Monday 2 November 2026, 09:00 in Shanghai (01:00 UTC). */
  public static final Instant RECEIVED_AT = shanghai("2026-11-02T09:00");

  /** The default agreement of the arrival time: 2 November 2026, 09:10 in Shanghai. */
  public static final Instant ARRIVAL_AGREED_AT = shanghai("2026-11-02T09:10");

  /** The default quote time: 2 November 2026, 09:20 in Shanghai. */
  public static final Instant QUOTED_AT = shanghai("2026-11-02T09:20");

  /** The default dispatch time: 2 November 2026, 09:30 in Shanghai. */
  public static final Instant ASSIGNED_AT = shanghai("2026-11-02T09:30");

  /** The default workshop intake: 2 November 2026, 11:00 in Shanghai. */
  public static final Instant TAKEN_AT = shanghai("2026-11-02T11:00");

  /** The default repair card opening: 2 November 2026, 11:30 in Shanghai. */
  public static final Instant CARD_OPENED_AT = shanghai("2026-11-02T11:30");

  /** The default service report filing: 2 November 2026, 12:00 in Shanghai. */
  public static final Instant REPORT_FILED_AT = shanghai("2026-11-02T12:00");

  /** The default voucher signature: 2 November 2026, 12:30 in Shanghai. */
  public static final Instant SIGNED_AT = shanghai("2026-11-02T12:30");

  /** The default closing on site: 2 November 2026, 15:00 in Shanghai. */
  public static final Instant CLOSED_AT = shanghai("2026-11-02T15:00");

  /** The default commitment of a resolution time: 2 November 2026, 17:00 in Shanghai. */
  public static final Instant COMMITTED_AT = shanghai("2026-11-02T17:00");

  /** The default requested arrival: Tuesday 3 November 2026, 14:00 in Shanghai. */
  public static final Instant REQUESTED_ARRIVAL = shanghai("2026-11-03T14:00");

  /** The default workshop repair: 3 November 2026, 10:00 in Shanghai. */
  public static final Instant REPAIRED_AT = shanghai("2026-11-03T10:00");

  /** The default inspection: 3 November 2026, 11:00 in Shanghai. */
  public static final Instant INSPECTED_AT = shanghai("2026-11-03T11:00");

  /** The default return of the item: 3 November 2026, 15:00 in Shanghai. */
  public static final Instant RETURNED_AT = shanghai("2026-11-03T15:00");

  /** The default promised repair time: Wednesday 4 November 2026, 17:00 in Shanghai. */
  public static final Instant REPAIR_PROMISED_BY = shanghai("2026-11-04T17:00");

  /** The default committed resolution time: 4 November 2026, 17:00 in Shanghai. */
  public static final Instant RESOLVE_BY = shanghai("2026-11-04T17:00");

  /** The default last day of a warranty: 1 November 2027. */
  public static final LocalDate WARRANTY_UNTIL = LocalDate.of(2027, 11, 1);

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final AtomicLong COUNTER = new AtomicLong();

  private ServiceFixtures() {}

  /**
   * A fresh request ID (幂等键), unique within the JVM.
   *
   * @return e.g. {@code svc-fixture-17}
   */
  public static RequestId aRequestId() {
    return RequestId.of("svc-fixture-" + COUNTER.incrementAndGet());
  }

  /**
   * A fresh service request ID (叫修单号), unique within the JVM; IDs made later sort after
   * earlier ones.
   *
   * @return e.g. {@code SR-F-000017}
   */
  public static ServiceRequestId aServiceRequestId() {
    return ServiceRequestId.of(String.format(Locale.ROOT, "SR-F-%06d",
        COUNTER.incrementAndGet()));
  }

  /**
   * A fresh serial number (机号), unique within the JVM.
   *
   * @return e.g. {@code SN-F-000017}
   */
  public static String aSerial() {
    return String.format(Locale.ROOT, "SN-F-%06d", COUNTER.incrementAndGet());
  }

  /**
   * A local date-time in Shanghai as an instant.
   *
   * @param localDateTime e.g. {@code 2026-11-02T09:00}
   * @return the instant
   */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /**
   * An exact amount in CNY.
   *
   * @param amount in 元, e.g. {@code "276.00"}
   * @return the money
   */
  public static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /**
   * The seed's Shanghai office calendar (工作日历): Monday to Friday 09:00–12:00 and 13:30–18:00
   * (7.5 working hours a day), no holidays (add them to {@link #seedCalendarBuilder()}).
   *
   * @return the calendar
   */
  public static WorkingCalendar seedCalendar() {
    return seedCalendarBuilder().build();
  }

  /**
   * A builder of {@link #seedCalendar()}, to add holidays or make-up days to.
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
   * The seed's dispatch service levels ({@link SeedServiceLevels#DISPATCH}: e.g. reply within
   * half a working hour, arrive within 6 working hours in the city, SVC-11) on
   * {@link #seedCalendar()}.
   *
   * @return the policy
   */
  public static ServiceLevels seedServiceLevels() {
    return ServiceLevels.seed(SeedServiceLevels.DISPATCH, seedCalendar()).build();
  }

  /**
   * A registered, unsaved request (已登记叫修单) at version 0: {@link #registerServiceRequest()}'s
   * defaults, no entitlement (category A, paid after a quote, SVC-15), its deadlines promised by
   * {@link #seedServiceLevels()}, recorded at {@link #RECEIVED_AT}. Reach later states with
   * {@link ServiceRequestStates}.
   *
   * @return the request
   */
  public static ServiceRequest aServiceRequest() {
    return aServiceRequest(registerServiceRequest().build(), Entitlement.none());
  }

  /**
   * A registered, unsaved request at version 0, made by the aggregate's own registration with
   * {@link #seedServiceLevels()}, recorded at the command's received-at.
   *
   * @param command the registration
   * @param entitlement what the unit is entitled to (its category and billing follow)
   * @return the request
   */
  public static ServiceRequest aServiceRequest(RegisterServiceRequest command,
      Entitlement entitlement) {
    return ServiceRequest.register(command, entitlement, seedServiceLevels(),
        command.receivedAt()).state();
  }

  /**
   * An entitlement under warranty until {@link #WARRANTY_UNTIL}, inclusive (保修期内, category C,
   * free, SVC-01).
   *
   * @return the entitlement
   */
  public static Entitlement anEntitlement() {
    return entitlement().build();
  }

  /**
   * An entitlement builder (服务权益): under warranty until {@link #WARRANTY_UNTIL}, no contract,
   * not an internal job.
   *
   * @return a builder with those defaults
   */
  public static EntitlementBuilder entitlement() {
    return new EntitlementBuilder(WARRANTY_UNTIL, null, false);
  }

  /**
   * The registration use case over {@code requests} and {@code entitlements}, with
   * {@link #seedServiceLevels()} and {@link TestValidators#commandValidator}.
   *
   * @param requests the repository
   * @param entitlements the ERP lookup
   * @param clock the recorded time
   * @return the use case
   */
  public static ServiceRequestRegistration seedRegistration(ServiceRequests requests,
      Entitlements entitlements, Clock clock) {
    return new ServiceRequestRegistration(requests, entitlements, seedServiceLevels(),
        TestValidators.commandValidator(), clock);
  }

  /**
   * The dispatch use case (with {@link #seedServiceLevels()} for arrival agreements).
   *
   * @param requests the repository
   * @param clock the recorded time
   * @return the use case
   */
  public static ServiceRequestDispatch seedDispatch(ServiceRequests requests, Clock clock) {
    return new ServiceRequestDispatch(requests, TestValidators.commandValidator(), clock,
        seedServiceLevels());
  }

  /**
   * The on-site completion use case, with {@link OnSiteCollection#seed()} and days cut in
   * {@link #SHANGHAI}.
   *
   * @param requests the repository
   * @param clock the recorded time
   * @return the use case
   */
  public static ServiceRequestCompletion seedCompletion(ServiceRequests requests, Clock clock) {
    return new ServiceRequestCompletion(requests, OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
  }

  /**
   * The workshop use case, with {@link OnSiteCollection#seed()} and days cut in
   * {@link #SHANGHAI}.
   *
   * @param requests the repository
   * @param clock the recorded time
   * @return the use case
   */
  public static ServiceRequestWorkshop seedWorkshop(ServiceRequests requests, Clock clock) {
    return new ServiceRequestWorkshop(requests, OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
  }

  /**
   * The promise recompute use case, reading 100 open requests a page.
   *
   * @param requests the repository
   * @param clock the recorded time
   * @return the use case
   */
  public static PromiseRecompute seedRecompute(ServiceRequests requests, Clock clock) {
    return new PromiseRecompute(requests, TestValidators.commandValidator(), clock,
        new SweepPaging(100));
  }

  /**
   * A registration (叫修登记, SVC-02) with a fresh request ID, service request ID and serial: {@value
   * #CUSTOMER_NAME} at {@value #ADDRESS}, phone {@value #PHONE}, a {@value #PRODUCT_MODEL}, zone
   * {@link ServiceZone#CITY} (市区), by the hotline, {@value #PROBLEM}, received at {@link
   * #RECEIVED_AT}.
   *
   * @return a builder of a {@link RegisterServiceRequest} with those defaults
   */
  public static RegisterServiceRequestBuilder registerServiceRequest() {
    return new RegisterServiceRequestBuilder();
  }

  /**
   * Builds a {@link RegisterServiceRequest} from {@link #registerServiceRequest}'s defaults; one
   * setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class RegisterServiceRequestBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final Instant receivedAt;
    private final String customerName;
    private final String address;
    private final String phone;
    private final String productModel;
    private final String productSerial;
    private final ServiceZone zone;
    private final ServiceChannel channel;
    private final String problem;

    private RegisterServiceRequestBuilder() {
      this(aRequestId(), aServiceRequestId(), RECEIVED_AT, CUSTOMER_NAME, ADDRESS, PHONE,
          PRODUCT_MODEL, aSerial(), ServiceZone.CITY, ServiceChannel.HOTLINE, PROBLEM);
    }

    private RegisterServiceRequestBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        Instant receivedAt, String customerName, String address, String phone, String productModel,
        String productSerial, ServiceZone zone, ServiceChannel channel, String problem) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.receivedAt = receivedAt;
      this.customerName = customerName;
      this.address = address;
      this.phone = phone;
      this.productModel = productModel;
      this.productSerial = productSerial;
      this.zone = zone;
      this.channel = channel;
      this.problem = problem;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder requestId(RequestId requestId) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the service request's identity (叫修单号); default a fresh one.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets when the call came in (default {@link ServiceFixtures#RECEIVED_AT}).
     *
     * @param receivedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder receivedAt(Instant receivedAt) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the customer (客户名称), at most 200 characters.
     *
     * @param customerName the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder customerName(String customerName) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the site address (地址), at most 500 characters.
     *
     * @param address the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder address(String address) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the contact phone (电话), at most 40 characters.
     *
     * @param phone the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder phone(String phone) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the product model (机型), at most 100 characters.
     *
     * @param productModel the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder productModel(String productModel) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the unit's serial number (机号), at most 100 characters; default {@code SN-F-} and a
     * counter, unique within the JVM.
     *
     * @param productSerial the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder productSerial(String productSerial) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the service zone (服务区域).
     *
     * @param zone the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder zone(ServiceZone zone) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets how the call came in (报修渠道).
     *
     * @param channel the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder channel(ServiceChannel channel) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * Sets the customer's description of the fault (故障描述), at most 4 000 characters.
     *
     * @param problem the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RegisterServiceRequestBuilder problem(String problem) {
      return new RegisterServiceRequestBuilder(requestId, serviceRequestId, receivedAt,
          customerName, address, phone, productModel, productSerial, zone, channel, problem);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link RegisterServiceRequest}
     */
    public RegisterServiceRequest build() {
      return new RegisterServiceRequest(
          requestId, serviceRequestId, receivedAt, customerName, address, phone, productModel,
          productSerial, zone, channel, problem);
    }
  }

  /**
   * An agreement of the customer's requested arrival time (约定上门时间, SVC-13): arrival {@link
   * #REQUESTED_ARRIVAL}, agreed by {@link #SUPERVISOR} at {@link #ARRIVAL_AGREED_AT}, a fresh
   * request ID. Accepted while the request is registered or dispatched.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link AgreeArrivalTime} with those defaults
   */
  public static AgreeArrivalTimeBuilder agreeArrivalTime(ServiceRequestId serviceRequestId) {
    return new AgreeArrivalTimeBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link AgreeArrivalTime} from {@link #agreeArrivalTime}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class AgreeArrivalTimeBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final Instant requestedArrival;
    private final PersonId agreedBy;
    private final Instant agreedAt;

    private AgreeArrivalTimeBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, REQUESTED_ARRIVAL, SUPERVISOR, ARRIVAL_AGREED_AT);
    }

    private AgreeArrivalTimeBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        Instant requestedArrival, PersonId agreedBy, Instant agreedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.requestedArrival = requestedArrival;
      this.agreedBy = agreedBy;
      this.agreedAt = agreedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AgreeArrivalTimeBuilder requestId(RequestId requestId) {
      return new AgreeArrivalTimeBuilder(requestId, serviceRequestId, requestedArrival, agreedBy,
          agreedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AgreeArrivalTimeBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new AgreeArrivalTimeBuilder(requestId, serviceRequestId, requestedArrival, agreedBy,
          agreedAt);
    }

    /**
     * Sets the arrival the customer asked for, after the call's received-at.
     *
     * @param requestedArrival the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AgreeArrivalTimeBuilder requestedArrival(Instant requestedArrival) {
      return new AgreeArrivalTimeBuilder(requestId, serviceRequestId, requestedArrival, agreedBy,
          agreedAt);
    }

    /**
     * Sets who agreed it.
     *
     * @param agreedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AgreeArrivalTimeBuilder agreedBy(PersonId agreedBy) {
      return new AgreeArrivalTimeBuilder(requestId, serviceRequestId, requestedArrival, agreedBy,
          agreedAt);
    }

    /**
     * Sets when it was agreed.
     *
     * @param agreedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AgreeArrivalTimeBuilder agreedAt(Instant agreedAt) {
      return new AgreeArrivalTimeBuilder(requestId, serviceRequestId, requestedArrival, agreedBy,
          agreedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link AgreeArrivalTime}
     */
    public AgreeArrivalTime build() {
      return new AgreeArrivalTime(
          requestId, serviceRequestId, requestedArrival, agreedBy, agreedAt);
    }
  }

  /**
   * A dispatch (派工, SVC-02): {@link #TECHNICIAN} sent by {@link #SUPERVISOR} at {@link
   * #ASSIGNED_AT}, a fresh request ID. Accepted while the request is registered.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link AssignTechnician} with those defaults
   */
  public static AssignTechnicianBuilder assignTechnician(ServiceRequestId serviceRequestId) {
    return new AssignTechnicianBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link AssignTechnician} from {@link #assignTechnician}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class AssignTechnicianBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final PersonId technician;
    private final PersonId supervisor;
    private final Instant assignedAt;

    private AssignTechnicianBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, TECHNICIAN, SUPERVISOR, ASSIGNED_AT);
    }

    private AssignTechnicianBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        PersonId technician, PersonId supervisor, Instant assignedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.technician = technician;
      this.supervisor = supervisor;
      this.assignedAt = assignedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AssignTechnicianBuilder requestId(RequestId requestId) {
      return new AssignTechnicianBuilder(requestId, serviceRequestId, technician, supervisor,
          assignedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AssignTechnicianBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new AssignTechnicianBuilder(requestId, serviceRequestId, technician, supervisor,
          assignedAt);
    }

    /**
     * Sets the technician sent (维修工程师).
     *
     * @param technician the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AssignTechnicianBuilder technician(PersonId technician) {
      return new AssignTechnicianBuilder(requestId, serviceRequestId, technician, supervisor,
          assignedAt);
    }

    /**
     * Sets the supervisor who dispatches (服务主任).
     *
     * @param supervisor the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AssignTechnicianBuilder supervisor(PersonId supervisor) {
      return new AssignTechnicianBuilder(requestId, serviceRequestId, technician, supervisor,
          assignedAt);
    }

    /**
     * Sets when the technician was assigned.
     *
     * @param assignedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public AssignTechnicianBuilder assignedAt(Instant assignedAt) {
      return new AssignTechnicianBuilder(requestId, serviceRequestId, technician, supervisor,
          assignedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link AssignTechnician}
     */
    public AssignTechnician build() {
      return new AssignTechnician(requestId, serviceRequestId, technician, supervisor, assignedAt);
    }
  }

  /**
   * The sales centre's quote (报价, SVC-15) of a paid job: parts CNY 276.00, travel CNY 60.00, by
   * {@link #SALES} at {@link #QUOTED_AT}, a fresh request ID. Accepted once, for a request billed
   * {@link org.aftersales.core.service.Billing#PAID_AFTER_QUOTE} (the default registration's,
   * having no entitlement).
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link QuoteRepair} with those defaults
   */
  public static QuoteRepairBuilder quoteRepair(ServiceRequestId serviceRequestId) {
    return new QuoteRepairBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link QuoteRepair} from {@link #quoteRepair}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class QuoteRepairBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final Money partsEstimate;
    private final Money travelEstimate;
    private final PersonId quotedBy;
    private final Instant quotedAt;

    private QuoteRepairBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, cny("276.00"), cny("60.00"), SALES, QUOTED_AT);
    }

    private QuoteRepairBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        Money partsEstimate, Money travelEstimate, PersonId quotedBy, Instant quotedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.partsEstimate = partsEstimate;
      this.travelEstimate = travelEstimate;
      this.quotedBy = quotedBy;
      this.quotedAt = quotedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder requestId(RequestId requestId) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * Sets the estimated parts cost (零配件), exact, not negative.
     *
     * @param partsEstimate the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder partsEstimate(Money partsEstimate) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * Sets the estimated travel cost (人员出差), exact, not negative.
     *
     * @param travelEstimate the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder travelEstimate(Money travelEstimate) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * Sets who quoted (销售中心).
     *
     * @param quotedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder quotedBy(PersonId quotedBy) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * Sets when it was quoted.
     *
     * @param quotedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public QuoteRepairBuilder quotedAt(Instant quotedAt) {
      return new QuoteRepairBuilder(requestId, serviceRequestId, partsEstimate, travelEstimate,
          quotedBy, quotedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link QuoteRepair}
     */
    public QuoteRepair build() {
      return new QuoteRepair(
          requestId, serviceRequestId, partsEstimate, travelEstimate, quotedBy, quotedAt);
    }
  }

  /**
   * A committed resolution time (明确解决时间, SVC-14) given by {@link #TECHNICIAN} at {@link
   * #COMMITTED_AT} (the evening of the call's day): resolved by {@link #RESOLVE_BY}, because
   * {@value #COMMIT_REASON}; a fresh request ID. Accepted once, while the request is open.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link CommitResolutionTime} with those defaults
   */
  public static CommitResolutionTimeBuilder commitResolutionTime(
      ServiceRequestId serviceRequestId) {
    return new CommitResolutionTimeBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link CommitResolutionTime} from {@link #commitResolutionTime}'s defaults; one setter
   * per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class CommitResolutionTimeBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final PersonId committedBy;
    private final Instant resolveBy;
    private final String reason;
    private final Instant committedAt;

    private CommitResolutionTimeBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, TECHNICIAN, RESOLVE_BY, COMMIT_REASON, COMMITTED_AT);
    }

    private CommitResolutionTimeBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        PersonId committedBy, Instant resolveBy, String reason, Instant committedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.committedBy = committedBy;
      this.resolveBy = resolveBy;
      this.reason = reason;
      this.committedAt = committedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder requestId(RequestId requestId) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * Sets who gave the time.
     *
     * @param committedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder committedBy(PersonId committedBy) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * Sets the time given to the customer, after {@code committedAt}.
     *
     * @param resolveBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder resolveBy(Instant resolveBy) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * Sets why the call is not resolved the same day, at most 2 000 characters.
     *
     * @param reason the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder reason(String reason) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * Sets when it was given.
     *
     * @param committedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CommitResolutionTimeBuilder committedAt(Instant committedAt) {
      return new CommitResolutionTimeBuilder(requestId, serviceRequestId, committedBy, resolveBy,
          reason, committedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link CommitResolutionTime}
     */
    public CommitResolutionTime build() {
      return new CommitResolutionTime(
          requestId, serviceRequestId, committedBy, resolveBy, reason, committedAt);
    }
  }

  /**
   * A service report filed (服务报告, SVC-16) by {@link #TECHNICIAN} at {@link #REPORT_FILED_AT}:
   * {@link #serviceReport()}'s defaults, a fresh request ID. Accepted once, while the request is
   * dispatched or in the workshop, after the quote of a paid job.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link FileServiceReport} with those defaults
   */
  public static FileServiceReportBuilder fileServiceReport(ServiceRequestId serviceRequestId) {
    return new FileServiceReportBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link FileServiceReport} from {@link #fileServiceReport}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class FileServiceReportBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final PersonId technician;
    private final ServiceReport report;
    private final Instant filedAt;

    private FileServiceReportBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, TECHNICIAN, serviceReport().build(), REPORT_FILED_AT);
    }

    private FileServiceReportBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        PersonId technician, ServiceReport report, Instant filedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.technician = technician;
      this.report = report;
      this.filedAt = filedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public FileServiceReportBuilder requestId(RequestId requestId) {
      return new FileServiceReportBuilder(requestId, serviceRequestId, technician, report, filedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public FileServiceReportBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new FileServiceReportBuilder(requestId, serviceRequestId, technician, report, filedAt);
    }

    /**
     * Sets the technician who files it.
     *
     * @param technician the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public FileServiceReportBuilder technician(PersonId technician) {
      return new FileServiceReportBuilder(requestId, serviceRequestId, technician, report, filedAt);
    }

    /**
     * Sets the report's content.
     *
     * @param report the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public FileServiceReportBuilder report(ServiceReport report) {
      return new FileServiceReportBuilder(requestId, serviceRequestId, technician, report, filedAt);
    }

    /**
     * Sets when it was filed.
     *
     * @param filedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public FileServiceReportBuilder filedAt(Instant filedAt) {
      return new FileServiceReportBuilder(requestId, serviceRequestId, technician, report, filedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link FileServiceReport}
     */
    public FileServiceReport build() {
      return new FileServiceReport(requestId, serviceRequestId, technician, report, filedAt);
    }
  }

  /**
   * A service report's content (服务报告): fault cause {@value #FAULT_CAUSE}, solution {@value
   * #SOLUTION}, one {@link #replacedPart()} (2 × BRG-6204 at CNY 138.00), 90 minutes of labour,
   * travel CNY 60.00, the customer's opinion {@value #CUSTOMER_OPINION}. Under {@link
   * org.aftersales.core.service.OnSiteCollection#seed()} (no labour rate, limit CNY 500.00) it
   * charges CNY 336.00, collected on site.
   *
   * @return a builder of a {@link ServiceReport} with those defaults
   */
  public static ServiceReportBuilder serviceReport() {
    return new ServiceReportBuilder();
  }

  /**
   * Builds a {@link ServiceReport} from {@link #serviceReport}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class ServiceReportBuilder {

    private final String faultCause;
    private final String solution;
    private final List<ReplacedPart> parts;
    private final int labourMinutes;
    private final Money travelCost;
    private final String customerOpinion;

    private ServiceReportBuilder() {
      this(FAULT_CAUSE, SOLUTION, List.of(replacedPart().build()), 90, cny("60.00"),
          CUSTOMER_OPINION);
    }

    private ServiceReportBuilder(String faultCause, String solution, List<ReplacedPart> parts,
        int labourMinutes, Money travelCost, String customerOpinion) {
      this.faultCause = faultCause;
      this.solution = solution;
      this.parts = parts;
      this.labourMinutes = labourMinutes;
      this.travelCost = travelCost;
      this.customerOpinion = customerOpinion;
    }

    /**
     * Sets the fault cause (故障原因), at most 2 000 characters.
     *
     * @param faultCause the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder faultCause(String faultCause) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * Sets what was done (处理方法), at most 2 000 characters.
     *
     * @param solution the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder solution(String solution) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * Sets the replaced parts (更换零件), at most 200.
     *
     * @param parts the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder parts(List<ReplacedPart> parts) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * Sets the labour in minutes, 0 to 100 000.
     *
     * @param labourMinutes the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder labourMinutes(int labourMinutes) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * Sets the travel cost (差旅费用), exact, not negative.
     *
     * @param travelCost the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder travelCost(Money travelCost) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * Sets the customer's opinion (客户意见), at most 2 000 characters.
     *
     * @param customerOpinion the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ServiceReportBuilder customerOpinion(String customerOpinion) {
      return new ServiceReportBuilder(faultCause, solution, parts, labourMinutes, travelCost,
          customerOpinion);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link ServiceReport}
     */
    public ServiceReport build() {
      return new ServiceReport(
          faultCause, solution, parts, labourMinutes, travelCost, customerOpinion);
    }
  }

  /**
   * A replaced part (更换零件): 2 × {@code BRG-6204} (a spindle bearing) at CNY 138.00 each.
   *
   * @return a builder of a {@link ReplacedPart} with those defaults
   */
  public static ReplacedPartBuilder replacedPart() {
    return new ReplacedPartBuilder();
  }

  /**
   * Builds a {@link ReplacedPart} from {@link #replacedPart}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class ReplacedPartBuilder {

    private final String partNumber;
    private final int quantity;
    private final Money unitPrice;

    private ReplacedPartBuilder() {
      this("BRG-6204", 2, cny("138.00"));
    }

    private ReplacedPartBuilder(String partNumber, int quantity, Money unitPrice) {
      this.partNumber = partNumber;
      this.quantity = quantity;
      this.unitPrice = unitPrice;
    }

    /**
     * Sets the part number, at most 100 characters.
     *
     * @param partNumber the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReplacedPartBuilder partNumber(String partNumber) {
      return new ReplacedPartBuilder(partNumber, quantity, unitPrice);
    }

    /**
     * Sets how many, 1 to 10 000.
     *
     * @param quantity the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReplacedPartBuilder quantity(int quantity) {
      return new ReplacedPartBuilder(partNumber, quantity, unitPrice);
    }

    /**
     * Sets the price of one, exact.
     *
     * @param unitPrice the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReplacedPartBuilder unitPrice(Money unitPrice) {
      return new ReplacedPartBuilder(partNumber, quantity, unitPrice);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link ReplacedPart}
     */
    public ReplacedPart build() {
      return new ReplacedPart(partNumber, quantity, unitPrice);
    }
  }

  /**
   * The customer's signature on the service voucher (服务凭证签字, SVC-03): {@value #CUSTOMER_SIGNATORY}
   * at {@link #SIGNED_AT}, a fresh request ID. Accepted once, while the request is dispatched and
   * not in the workshop.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link SignVoucher} with those defaults
   */
  public static SignVoucherBuilder signVoucher(ServiceRequestId serviceRequestId) {
    return new SignVoucherBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link SignVoucher} from {@link #signVoucher}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class SignVoucherBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final String signedBy;
    private final Instant signedAt;

    private SignVoucherBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, CUSTOMER_SIGNATORY, SIGNED_AT);
    }

    private SignVoucherBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        String signedBy, Instant signedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.signedBy = signedBy;
      this.signedAt = signedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignVoucherBuilder requestId(RequestId requestId) {
      return new SignVoucherBuilder(requestId, serviceRequestId, signedBy, signedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignVoucherBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new SignVoucherBuilder(requestId, serviceRequestId, signedBy, signedAt);
    }

    /**
     * Sets who signed, at most 200 characters.
     *
     * @param signedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignVoucherBuilder signedBy(String signedBy) {
      return new SignVoucherBuilder(requestId, serviceRequestId, signedBy, signedAt);
    }

    /**
     * Sets when.
     *
     * @param signedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public SignVoucherBuilder signedAt(Instant signedAt) {
      return new SignVoucherBuilder(requestId, serviceRequestId, signedBy, signedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link SignVoucher}
     */
    public SignVoucher build() {
      return new SignVoucher(requestId, serviceRequestId, signedBy, signedAt);
    }
  }

  /**
   * The clerk's closing of a request completed on site (结案, SVC-03): {@link #CLERK} at {@link
   * #CLOSED_AT}, a fresh request ID. Accepted once the voucher is signed and a report filed, at or
   * after the signature.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link CloseServiceRequest} with those defaults
   */
  public static CloseServiceRequestBuilder closeServiceRequest(ServiceRequestId serviceRequestId) {
    return new CloseServiceRequestBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link CloseServiceRequest} from {@link #closeServiceRequest}'s defaults; one setter
   * per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class CloseServiceRequestBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final PersonId clerk;
    private final Instant closedAt;

    private CloseServiceRequestBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, CLERK, CLOSED_AT);
    }

    private CloseServiceRequestBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        PersonId clerk, Instant closedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.clerk = clerk;
      this.closedAt = closedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CloseServiceRequestBuilder requestId(RequestId requestId) {
      return new CloseServiceRequestBuilder(requestId, serviceRequestId, clerk, closedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CloseServiceRequestBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new CloseServiceRequestBuilder(requestId, serviceRequestId, clerk, closedAt);
    }

    /**
     * Sets the clerk who closes it (文员).
     *
     * @param clerk the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CloseServiceRequestBuilder clerk(PersonId clerk) {
      return new CloseServiceRequestBuilder(requestId, serviceRequestId, clerk, closedAt);
    }

    /**
     * Sets when it was closed.
     *
     * @param closedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public CloseServiceRequestBuilder closedAt(Instant closedAt) {
      return new CloseServiceRequestBuilder(requestId, serviceRequestId, clerk, closedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link CloseServiceRequest}
     */
    public CloseServiceRequest build() {
      return new CloseServiceRequest(requestId, serviceRequestId, clerk, closedAt);
    }
  }

  /**
   * The item taken to the workshop against a receipt (开具收条带回维修, SVC-05): receipt {@code RC-<service
   * request ID>}, signed by {@value #CUSTOMER_SIGNATORY} at {@link #TAKEN_AT}, a fresh request ID.
   * Accepted while the request is dispatched and not signed on site.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link TakeItemToWorkshop} with those defaults
   */
  public static TakeItemToWorkshopBuilder takeItemToWorkshop(ServiceRequestId serviceRequestId) {
    return new TakeItemToWorkshopBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link TakeItemToWorkshop} from {@link #takeItemToWorkshop}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class TakeItemToWorkshopBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final String receiptNumber;
    private final String signedBy;
    private final Instant takenAt;

    private TakeItemToWorkshopBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, "RC-" + serviceRequestId.value(), CUSTOMER_SIGNATORY,
          TAKEN_AT);
    }

    private TakeItemToWorkshopBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        String receiptNumber, String signedBy, Instant takenAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.receiptNumber = receiptNumber;
      this.signedBy = signedBy;
      this.takenAt = takenAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public TakeItemToWorkshopBuilder requestId(RequestId requestId) {
      return new TakeItemToWorkshopBuilder(requestId, serviceRequestId, receiptNumber, signedBy,
          takenAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public TakeItemToWorkshopBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new TakeItemToWorkshopBuilder(requestId, serviceRequestId, receiptNumber, signedBy,
          takenAt);
    }

    /**
     * Sets the receipt's number (收条号), at most 50 characters; {@link ServiceFixtures#returnItem}'s
     * default is the same.
     *
     * @param receiptNumber the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public TakeItemToWorkshopBuilder receiptNumber(String receiptNumber) {
      return new TakeItemToWorkshopBuilder(requestId, serviceRequestId, receiptNumber, signedBy,
          takenAt);
    }

    /**
     * Sets who signed the receipt, at most 200 characters.
     *
     * @param signedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public TakeItemToWorkshopBuilder signedBy(String signedBy) {
      return new TakeItemToWorkshopBuilder(requestId, serviceRequestId, receiptNumber, signedBy,
          takenAt);
    }

    /**
     * Sets when the item was taken in.
     *
     * @param takenAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public TakeItemToWorkshopBuilder takenAt(Instant takenAt) {
      return new TakeItemToWorkshopBuilder(requestId, serviceRequestId, receiptNumber, signedBy,
          takenAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link TakeItemToWorkshop}
     */
    public TakeItemToWorkshop build() {
      return new TakeItemToWorkshop(requestId, serviceRequestId, receiptNumber, signedBy, takenAt);
    }
  }

  /**
   * A repair card (维修卡, SVC-05) {@code CARD-<service request ID>} opened by {@link #TECHNICIAN} at
   * {@link #CARD_OPENED_AT}, promised by {@link #REPAIR_PROMISED_BY}, a fresh request ID. Accepted
   * once the item is in the workshop (after the quote of a paid job).
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link OpenRepairCard} with those defaults
   */
  public static OpenRepairCardBuilder openRepairCard(ServiceRequestId serviceRequestId) {
    return new OpenRepairCardBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link OpenRepairCard} from {@link #openRepairCard}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class OpenRepairCardBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final String cardNumber;
    private final PersonId technician;
    private final Instant promisedBy;
    private final Instant openedAt;

    private OpenRepairCardBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, "CARD-" + serviceRequestId.value(), TECHNICIAN,
          REPAIR_PROMISED_BY, CARD_OPENED_AT);
    }

    private OpenRepairCardBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        String cardNumber, PersonId technician, Instant promisedBy, Instant openedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.cardNumber = cardNumber;
      this.technician = technician;
      this.promisedBy = promisedBy;
      this.openedAt = openedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder requestId(RequestId requestId) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * Sets the card's number, at most 50 characters.
     *
     * @param cardNumber the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder cardNumber(String cardNumber) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * Sets the repairing technician.
     *
     * @param technician the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder technician(PersonId technician) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * Sets when the repair is promised, after {@code openedAt}.
     *
     * @param promisedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder promisedBy(Instant promisedBy) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * Sets when the card was opened.
     *
     * @param openedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public OpenRepairCardBuilder openedAt(Instant openedAt) {
      return new OpenRepairCardBuilder(requestId, serviceRequestId, cardNumber, technician,
          promisedBy, openedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link OpenRepairCard}
     */
    public OpenRepairCard build() {
      return new OpenRepairCard(
          requestId, serviceRequestId, cardNumber, technician, promisedBy, openedAt);
    }
  }

  /**
   * The repair recorded on the card (维修记录, SVC-06): 60 minutes of labour, no parts, at {@link
   * #REPAIRED_AT}, a fresh request ID. Accepted with an open card, at or after its opening.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link RecordRepair} with those defaults
   */
  public static RecordRepairBuilder recordRepair(ServiceRequestId serviceRequestId) {
    return new RecordRepairBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link RecordRepair} from {@link #recordRepair}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class RecordRepairBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final int labourMinutes;
    private final List<ReplacedPart> parts;
    private final Instant repairedAt;

    private RecordRepairBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, 60, List.of(), REPAIRED_AT);
    }

    private RecordRepairBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        int labourMinutes, List<ReplacedPart> parts, Instant repairedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.labourMinutes = labourMinutes;
      this.parts = parts;
      this.repairedAt = repairedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordRepairBuilder requestId(RequestId requestId) {
      return new RecordRepairBuilder(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordRepairBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new RecordRepairBuilder(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }

    /**
     * Sets the labour in minutes, 0 to 100 000.
     *
     * @param labourMinutes the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordRepairBuilder labourMinutes(int labourMinutes) {
      return new RecordRepairBuilder(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }

    /**
     * Sets the parts replaced in the workshop, at most 200.
     *
     * @param parts the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordRepairBuilder parts(List<ReplacedPart> parts) {
      return new RecordRepairBuilder(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }

    /**
     * Sets when the repair was done.
     *
     * @param repairedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordRepairBuilder repairedAt(Instant repairedAt) {
      return new RecordRepairBuilder(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link RecordRepair}
     */
    public RecordRepair build() {
      return new RecordRepair(requestId, serviceRequestId, labourMinutes, parts, repairedAt);
    }
  }

  /**
   * The supervisor's inspection of the repair (检验, SVC-06): {@link #SUPERVISOR} at {@link
   * #INSPECTED_AT}, a fresh request ID. Accepted once repaired, at or after the repair.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link InspectRepair} with those defaults
   */
  public static InspectRepairBuilder inspectRepair(ServiceRequestId serviceRequestId) {
    return new InspectRepairBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link InspectRepair} from {@link #inspectRepair}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class InspectRepairBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final PersonId supervisor;
    private final Instant inspectedAt;

    private InspectRepairBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, SUPERVISOR, INSPECTED_AT);
    }

    private InspectRepairBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        PersonId supervisor, Instant inspectedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.supervisor = supervisor;
      this.inspectedAt = inspectedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public InspectRepairBuilder requestId(RequestId requestId) {
      return new InspectRepairBuilder(requestId, serviceRequestId, supervisor, inspectedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public InspectRepairBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new InspectRepairBuilder(requestId, serviceRequestId, supervisor, inspectedAt);
    }

    /**
     * Sets who inspected.
     *
     * @param supervisor the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public InspectRepairBuilder supervisor(PersonId supervisor) {
      return new InspectRepairBuilder(requestId, serviceRequestId, supervisor, inspectedAt);
    }

    /**
     * Sets when.
     *
     * @param inspectedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public InspectRepairBuilder inspectedAt(Instant inspectedAt) {
      return new InspectRepairBuilder(requestId, serviceRequestId, supervisor, inspectedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link InspectRepair}
     */
    public InspectRepair build() {
      return new InspectRepair(requestId, serviceRequestId, supervisor, inspectedAt);
    }
  }

  /**
   * The item returned to the customer against the receipt (退回并收回收条, SVC-06): receipt {@code
   * RC-<service request ID>} (as {@link #takeItemToWorkshop} issues it), signed by {@value
   * #CUSTOMER_SIGNATORY}, handed over by {@link #CLERK} at {@link #RETURNED_AT}, a fresh request
   * ID. Accepted once inspected and reported, at or after the inspection; it closes the request.
   *
   * @param serviceRequestId the request the command is about (its {@link ServiceRequest#id()})
   * @return a builder of a {@link ReturnItem} with those defaults
   */
  public static ReturnItemBuilder returnItem(ServiceRequestId serviceRequestId) {
    return new ReturnItemBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link ReturnItem} from {@link #returnItem}'s defaults; one setter per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class ReturnItemBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final String receiptNumber;
    private final String signedBy;
    private final PersonId returnedBy;
    private final Instant returnedAt;

    private ReturnItemBuilder(ServiceRequestId serviceRequestId) {
      this(aRequestId(), serviceRequestId, "RC-" + serviceRequestId.value(), CUSTOMER_SIGNATORY,
          CLERK, RETURNED_AT);
    }

    private ReturnItemBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        String receiptNumber, String signedBy, PersonId returnedBy, Instant returnedAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.receiptNumber = receiptNumber;
      this.signedBy = signedBy;
      this.returnedBy = returnedBy;
      this.returnedAt = returnedAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder requestId(RequestId requestId) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * Sets the service request (叫修单) the command is about.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * Sets the receipt handed back, at most 50 characters; it must be the one issued at intake.
     *
     * @param receiptNumber the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder receiptNumber(String receiptNumber) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * Sets who signed for the item, at most 200 characters.
     *
     * @param signedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder signedBy(String signedBy) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * Sets who handed it back.
     *
     * @param returnedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder returnedBy(PersonId returnedBy) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * Sets when.
     *
     * @param returnedAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public ReturnItemBuilder returnedAt(Instant returnedAt) {
      return new ReturnItemBuilder(requestId, serviceRequestId, receiptNumber, signedBy, returnedBy,
          returnedAt);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link ReturnItem}
     */
    public ReturnItem build() {
      return new ReturnItem(
          requestId, serviceRequestId, receiptNumber, signedBy, returnedBy, returnedAt);
    }
  }

  /**
   * A request to recompute the open requests' promises after a calendar or policy change (重算承诺时间):
   * by {@link #MANAGER}, because {@value #RECOMPUTE_REASON}, a fresh request ID.
   *
   * @return a builder of a {@link RecomputePromises} with those defaults
   */
  public static RecomputePromisesBuilder recomputePromises() {
    return new RecomputePromisesBuilder();
  }

  /**
   * Builds a {@link RecomputePromises} from {@link #recomputePromises}'s defaults; one setter per
   * component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class RecomputePromisesBuilder {

    private final RequestId requestId;
    private final PersonId requestedBy;
    private final String reason;

    private RecomputePromisesBuilder() {
      this(aRequestId(), MANAGER, RECOMPUTE_REASON);
    }

    private RecomputePromisesBuilder(RequestId requestId, PersonId requestedBy, String reason) {
      this.requestId = requestId;
      this.requestedBy = requestedBy;
      this.reason = reason;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecomputePromisesBuilder requestId(RequestId requestId) {
      return new RecomputePromisesBuilder(requestId, requestedBy, reason);
    }

    /**
     * Sets who asked for it.
     *
     * @param requestedBy the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecomputePromisesBuilder requestedBy(PersonId requestedBy) {
      return new RecomputePromisesBuilder(requestId, requestedBy, reason);
    }

    /**
     * Sets why, at most 500 characters.
     *
     * @param reason the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecomputePromisesBuilder reason(String reason) {
      return new RecomputePromisesBuilder(requestId, requestedBy, reason);
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link RecomputePromises}
     */
    public RecomputePromises build() {
      return new RecomputePromises(requestId, requestedBy, reason);
    }
  }

  /**
   * Builds an {@link Entitlement} from {@link ServiceFixtures#entitlement()}'s defaults.
   * Immutable: each setter returns a new builder.
   */
  public static final class EntitlementBuilder {

    private final LocalDate warrantyUntil;
    private final ContractId contract;
    private final boolean internalJob;

    private EntitlementBuilder(LocalDate warrantyUntil, ContractId contract,
        boolean internalJob) {
      this.warrantyUntil = warrantyUntil;
      this.contract = contract;
      this.internalJob = internalJob;
    }

    /**
     * Sets the warranty's last day (inclusive), or none.
     *
     * @param lastDay the last day, or {@code null} for no warranty
     * @return a copy of this builder with the new value
     */
    public EntitlementBuilder warrantyUntil(LocalDate lastDay) {
      return new EntitlementBuilder(lastDay, contract, internalJob);
    }

    /**
     * Sets the maintenance contract covering the unit (category B), or none.
     *
     * @param contractId the contract, or {@code null} for none
     * @return a copy of this builder with the new value
     */
    public EntitlementBuilder contract(ContractId contractId) {
      return new EntitlementBuilder(warrantyUntil, contractId, internalJob);
    }

    /**
     * Sets whether the unit is the company's own (an internal job, category D).
     *
     * @param internal true for an internal job
     * @return a copy of this builder with the new value
     */
    public EntitlementBuilder internalJob(boolean internal) {
      return new EntitlementBuilder(warrantyUntil, contract, internal);
    }

    /**
     * The entitlement.
     *
     * @return the entitlement
     */
    public Entitlement build() {
      Entitlement.Builder b = Entitlement.builder();
      if (warrantyUntil != null) {
        b.warrantyUntil(warrantyUntil);
      }
      if (contract != null) {
        b.contract(contract);
      }
      return b.internalJob(internalJob).build();
    }
  }

}
