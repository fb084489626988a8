package org.aftersales.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.immutables.value.Value;

/**
 * A service request (叫修 / 服务请求): a customer's call for service as entered in the 叫修登记簿
 * (SVC-02) — an immutable, versioned aggregate.
 *
 * <p>Its identity is the {@link #id() ServiceRequestId} the ERP chose; the library numbers nothing.
 * Its {@link #category() category} (SVC-01) and {@link #billing() billing} (SVC-15) follow from the
 * {@link #entitlement() entitlement} looked up at registration and are kept with it, so a later
 * change of the ERP's records never re-categorises a registered job.
 *
 * <p><b>Promises kept on the request</b> (承诺时限, SVC-11…SVC-13): the {@link #responseDue()
 * response} and {@link #arrivalDue() arrival} deadlines are computed once, at registration, by the
 * {@link ServiceLevelPolicy} then in force, and stored; a later change of calendar or policy never
 * moves them. A milestone the policy has no target for (or whose target gives no instant, such as
 * "at the time the customer asked for" without a requested time) is stored without a deadline.
 *
 * <p><b>The time the customer asked for</b> (约定到场时间, SVC-13): {@link #arrivalAgreed} records
 * it once, while registered or dispatched ({@link #arrivalAgreement()}); under an "at the
 * requested time" arrival target it becomes the arrival deadline, under a budget the promise made
 * at registration is kept. Every later step keeps it, and so does the audited recompute.
 *
 * <p><b>Dispatch</b> (派工, SVC-02): {@link #dispatched} moves a {@link ServiceRequestStatus#REGISTERED}
 * request to {@link ServiceRequestStatus#DISPATCHED}, keeping the technician, the supervisor, the
 * time and the request ID of the assignment, by which a repeated command is recognised.
 *
 * <p><b>On-site completion</b> (现场服务完成, SVC-03, SVC-04, SVC-16): {@link #reportFiled} keeps
 * the service report (服务报告), {@link #voucherSigned} the customer's signature on the service
 * voucher (服务凭证), in either order, and {@link #closedOnSite} closes the request — the clerk's
 * 注销登记 and 凭证归档 — settling a paid job ({@link #settlement()}). The accepted commands are kept
 * on the request, by which a repeat is recognised. {@link #resolutionTimeCommitted} keeps an
 * explicit resolution time (SVC-14) given at any time while open.
 *
 * <p><b>The quote first</b> (销售中心报价, SVC-15): {@link #repairQuoted} keeps the sales centre's
 * quote of a {@link Billing#PAID_AFTER_QUOTE paid} job (parts, travel); until it is recorded the
 * service report and the workshop repair of such a job are refused.
 *
 * <p>{@link #register} creates one; {@link #builder()} exists for repository adapters that rebuild
 * a stored request. Every instance, however built, satisfies the invariants: no blank text, the
 * category and billing are the ones its entitlement gives, and the assignment's four attributes
 * are all present or all absent: absent while registered, present once dispatched; a report or
 * a signature only after dispatch; closed only with a signed voucher, a report and the clerk's
 * closure at the closing time; a quote only on a paid job, and before its report or repair; a
 * settlement exactly when a paid job is closed.
 */
@Value.Immutable
@DomainValueStyle
public abstract class ServiceRequest {

  /**
   * The code of this aggregate kind in {@link org.aftersales.core.shared.EventId event IDs}:
   * {@code service-request}; the source ID is the {@link #id()}'s text.
   */
  public static final String KIND_CODE = "service-request";

  /** "service request / 服务请求", for messages. */
  public static final LocalizableMessage KIND = MessageBundle.CORE.message("core.service.kind");

  ServiceRequest() {}

  /**
   * The identity, chosen by the ERP.
   *
   * @return the ID
   */
  public abstract ServiceRequestId id();

  /**
   * The client's request ID of the registration, which makes it idempotent.
   *
   * @return the request ID
   */
  public abstract RequestId requestId();

  /**
   * When the call was received (business timestamp), to the microsecond.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * The customer (客户名称).
   *
   * @return the name, not blank
   */
  public abstract String customerName();

  /**
   * Where the service is needed (地址).
   *
   * @return the address, not blank
   */
  public abstract String address();

  /**
   * The customer's phone (电话).
   *
   * @return the phone, not blank
   */
  public abstract String phone();

  /**
   * The product model (产品型号).
   *
   * @return the model, not blank
   */
  public abstract String productModel();

  /**
   * The unit's serial number (机号).
   *
   * @return the serial, not blank
   */
  public abstract String productSerial();

  /**
   * The service zone (服务区域) of the address.
   *
   * @return the zone
   */
  public abstract ServiceZone zone();

  /**
   * How the call came in.
   *
   * @return the channel
   */
  public abstract ServiceChannel channel();

  /**
   * What the customer reported (故障描述).
   *
   * @return the description, not blank
   */
  public abstract String problem();

  /**
   * The entitlement looked up at registration.
   *
   * @return the entitlement
   */
  public abstract Entitlement entitlement();

  /**
   * The category (服务类别), SVC-01: always {@code entitlement().category()}.
   *
   * @return the category
   */
  public abstract ServiceCategory category();

  /**
   * How the job is charged, SVC-15: always {@code entitlement().billing()}.
   *
   * @return the billing
   */
  public abstract Billing billing();

  /**
   * The promised response deadline (答复时限): the {@link Milestone#REPLY} target's due instant,
   * computed at registration from the call's received-at and kept (SVC-13).
   *
   * @return the instant, or empty if the policy in force at registration promised none
   */
  public abstract Optional<Instant> responseDue();

  /**
   * The promised arrival deadline (到场时限): the {@link Milestone#ARRIVAL_ON_SITE} target's due
   * instant, computed at registration from the call's received-at and kept (SVC-11…SVC-13); for
   * a target "at the time the customer asked for" (SVC-13) it is set when that time is agreed
   * ({@link #arrivalAgreed}).
   *
   * @return the instant, or empty if the policy promised none (for SVC-13: no time agreed yet)
   */
  public abstract Optional<Instant> arrivalDue();

  /**
   * The time the customer asked the service to arrive (约定到场时间, SVC-13) as agreed: the
   * accepted command, by which a repeat is recognised; never moved once agreed.
   *
   * @return the accepted command, or empty if no time was agreed
   */
  public abstract Optional<AgreeArrivalTime> arrivalAgreement();

  /**
   * The time the customer asked the service to arrive (约定到场时间), SVC-13.
   *
   * @return the instant, or empty if no time was agreed
   */
  public Optional<Instant> requestedArrival() {
    return arrivalAgreement().map(AgreeArrivalTime::requestedArrival);
  }

  /**
   * The earlier of the promised deadlines: what a dispatcher must meet first.
   *
   * @return the earlier of {@link #responseDue()} and {@link #arrivalDue()}, or empty if neither
   *     was promised
   */
  public Optional<Instant> firstDue() {
    return Stream.concat(responseDue().stream(), arrivalDue().stream()).min(Instant::compareTo);
  }

  /**
   * The sales centre's quote of a paid job (销售中心报价, SVC-15) as accepted: parts and travel
   * estimated before the work. Only a {@link Billing#PAID_AFTER_QUOTE paid} request has one, and
   * such a request has one before its service report or its workshop repair is recorded.
   *
   * @return the accepted command, or empty before the quote (always, for a job not paid per quote)
   */
  public abstract Optional<QuoteRepair> quote();

  /**
   * The technician assigned (维修人员), once dispatched.
   *
   * @return the technician, or empty before dispatch
   */
  public abstract Optional<PersonId> technician();

  /**
   * The supervisor who assigned the technician (服务主管), once dispatched.
   *
   * @return the supervisor, or empty before dispatch
   */
  public abstract Optional<PersonId> supervisor();

  /**
   * When the technician was assigned (business timestamp), once dispatched.
   *
   * @return the instant, or empty before dispatch
   */
  public abstract Optional<Instant> dispatchedAt();

  /**
   * The request ID of the dispatch, by which a repeated command is recognised.
   *
   * @return the request ID, or empty before dispatch
   */
  public abstract Optional<RequestId> dispatchRequestId();

  /**
   * When the request was closed (结案: the register entry cancelled), to the microsecond; present
   * exactly when the status is {@link ServiceRequestStatus#CLOSED}.
   *
   * @return the instant, or empty while open
   */
  public abstract Optional<Instant> closedAt();

  /**
   * The service report's filing (服务报告, SVC-16) as accepted: who filed it, when, the report
   * and the command's request ID, by which a repeat is recognised.
   *
   * @return the accepted command, or empty before the report is filed
   */
  public abstract Optional<FileServiceReport> reportFiling();

  /**
   * The service report (服务报告, SVC-16): fault cause, solution, parts, labour, travel, the
   * customer's opinion.
   *
   * @return the report, or empty before it is filed
   */
  public Optional<ServiceReport> report() {
    return reportFiling().map(FileServiceReport::report);
  }

  /**
   * The customer's signature on the service voucher on site (服务凭证签字, SVC-03) as accepted.
   *
   * @return the accepted command, or empty before the voucher is signed on site
   */
  public abstract Optional<SignVoucher> voucherSigning();

  /**
   * Who signed the service voucher for the customer: on site when the job was completed (SVC-03),
   * or when the item was taken to the workshop (SVC-05).
   *
   * @return the name, or empty before the voucher is signed
   */
  public Optional<String> voucherSignedBy() {
    return voucherSigning().map(SignVoucher::signedBy)
        .or(() -> workshopIntake().map(TakeItemToWorkshop::signedBy));
  }

  /**
   * When the service voucher was signed (business timestamp), on site or at the item's intake.
   *
   * @return the instant, or empty before the voucher is signed
   */
  public Optional<Instant> voucherSignedAt() {
    return voucherSigning().map(SignVoucher::signedAt)
        .or(() -> workshopIntake().map(TakeItemToWorkshop::takenAt));
  }

  /**
   * The item's intake into the workshop (携回修护, SVC-05) as accepted: the customer item receipt
   * (客户商品领取收据) issued, the voucher signed, the entry in the in/out register
   * (客户商品进出登记簿).
   *
   * @return the accepted command, or empty unless the item was taken to the workshop
   */
  public abstract Optional<TakeItemToWorkshop> workshopIntake();

  /**
   * The repair card's opening (修护卡, SVC-05) as accepted; a request has at most one.
   *
   * @return the accepted command, or empty before a card is opened
   */
  public abstract Optional<OpenRepairCard> repairCardOpening();

  /**
   * When the repair on the card is promised to be done (the time the sweep watches, SVC-08).
   *
   * @return the instant, or empty without a repair card
   */
  public Optional<Instant> repairPromisedBy() {
    return repairCardOpening().map(OpenRepairCard::promisedBy);
  }

  /**
   * Whether a repair card is open: opened and its repair not yet recorded.
   *
   * @return true while the card is open
   */
  public boolean hasOpenRepairCard() {
    return repairCardOpening().isPresent() && repairRecord().isEmpty();
  }

  /**
   * The actual repair time and parts written on the repair card (SVC-06) as accepted.
   *
   * @return the accepted command, or empty before the repair is recorded
   */
  public abstract Optional<RecordRepair> repairRecord();

  /**
   * The supervisor's inspection of the repaired item (主任验讫, SVC-06) as accepted.
   *
   * @return the accepted command, or empty before the inspection
   */
  public abstract Optional<InspectRepair> inspection();

  /**
   * The item's return against the customer's signature, the receipt voided (SVC-06) as accepted:
   * the closure of a workshop job.
   *
   * @return the accepted command, or empty unless the item was returned
   */
  public abstract Optional<ReturnItem> itemReturn();

  /**
   * Whether the item is in the workshop's custody (客户商品进出登记簿: taken in, not returned).
   *
   * @return true if in custody
   */
  public boolean isInWorkshop() {
    return status() == ServiceRequestStatus.IN_WORKSHOP;
  }

  /**
   * The clerk's closure of a job completed on site (注销登记 + 凭证归档, SVC-03) as accepted.
   *
   * @return the accepted command, or empty unless closed on site
   */
  public abstract Optional<CloseServiceRequest> closing();

  /**
   * How a paid job (category A) was settled (SVC-04 / SVC-07): present exactly when a
   * {@link Billing#PAID_AFTER_QUOTE paid} request is closed; contract (B), warranty (C) and
   * internal (D) jobs carry none.
   *
   * @return the settlement, or empty
   */
  public abstract Optional<Settlement> settlement();

  /**
   * The explicit resolution time given to the customer (SVC-14) as accepted; never moved once
   * given.
   *
   * @return the accepted command, or empty if none was given
   */
  public abstract Optional<CommitResolutionTime> resolutionCommitment();

  /**
   * The committed resolution time (明确的解决时间), SVC-14.
   *
   * @return the instant, or empty if none was given
   */
  public Optional<Instant> resolutionCommittedFor() {
    return resolutionCommitment().map(CommitResolutionTime::resolveBy);
  }

  /**
   * Where the request stands.
   *
   * @return the status
   */
  public abstract ServiceRequestStatus status();

  /**
   * The stored version (see {@link Version}); {@link Version#initial()} before the first save.
   *
   * @return the version
   */
  public abstract Version version();

  @Value.Check
  void check() {
    List<Violation> found = new ArrayList<>();
    requireText(found, "customerName", customerName());
    requireText(found, "address", address());
    requireText(found, "phone", phone());
    requireText(found, "productModel", productModel());
    requireText(found, "productSerial", productSerial());
    requireText(found, "problem", problem());
    if (category() != entitlement().category()) {
      found.add(Violation.of("category", MessageBundle.CORE.message(
          "core.service.categoryMismatch", "category", entitlement().category()), category()));
    }
    if (billing() != entitlement().billing()) {
      found.add(Violation.of("billing", MessageBundle.CORE.message(
          "core.service.billingMismatch", "billing", entitlement().billing()), billing()));
    }
    // All four or none; a registered request has none, every later state all four (a request is
    // closed only after a report and a signature, which need a technician on the job).
    boolean assigned = technician().isPresent();
    boolean partial = assigned != supervisor().isPresent()
        || assigned != dispatchedAt().isPresent() || assigned != dispatchRequestId().isPresent();
    boolean mismatched = status() == ServiceRequestStatus.REGISTERED == assigned;
    if (partial || mismatched) {
      found.add(Violation.of("status", MessageBundle.CORE.message(
          "core.service.assignmentMismatch"), status()));
    }
    if (closedAt().isPresent() != (status() == ServiceRequestStatus.CLOSED)) {
      found.add(Violation.of("closedAt", MessageBundle.CORE.message(
          "core.service.closedAtMismatch"), status()));
    }
    checkLifecycle(found);
    // The agreed time is this request's and after its call (SVC-13); the use case refuses
    // anything else, so a rebuilt request that breaks this was stored wrongly.
    if (arrivalAgreement().isPresent()
        && (!arrivalAgreement().get().serviceRequestId().equals(id())
            || !arrivalAgreement().get().requestedArrival().isAfter(receivedAt()))) {
      found.add(Violation.of("arrivalAgreement", MessageBundle.CORE.message(
          "core.lifecycle.arrivalAgreementMismatch", "receivedAt", receivedAt()),
          arrivalAgreement().get().requestedArrival()));
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /** The invariants of the steps after dispatch (SVC-03 … SVC-07, SVC-16). */
  private void checkLifecycle(List<Violation> found) {
    boolean closed = status() == ServiceRequestStatus.CLOSED;
    // (An intake before dispatch is caught below: in custody only while IN_WORKSHOP.)
    if ((reportFiling().isPresent() || voucherSigning().isPresent())
        && status() == ServiceRequestStatus.REGISTERED) {
      found.add(Violation.of("status", MessageBundle.CORE.message(
          "core.lifecycle.stepsBeforeDispatch"), status()));
    }
    // Never closed without a signed voucher and a report (SVC-03, SVC-16).
    if (closed && (reportFiling().isEmpty() || voucherSignedAt().isEmpty())) {
      found.add(Violation.of("status", MessageBundle.CORE.message(
          "core.lifecycle.closedWithoutVoucherOrReport"), status()));
    }
    // One path or the other, each step after the one before it; in custody exactly between the
    // intake and the return.
    boolean outOfOrder = voucherSigning().isPresent() && workshopIntake().isPresent()
        || repairCardOpening().isPresent() && workshopIntake().isEmpty()
        || repairRecord().isPresent() && repairCardOpening().isEmpty()
        || inspection().isPresent() && repairRecord().isEmpty()
        || itemReturn().isPresent() && inspection().isEmpty()
        || isInWorkshop() != (workshopIntake().isPresent() && itemReturn().isEmpty())
        || itemReturn().isPresent() && !itemReturn().get().receiptNumber()
            .equals(workshopIntake().get().receiptNumber());
    if (outOfOrder) {
      found.add(Violation.of("status", MessageBundle.CORE.message(
          "core.lifecycle.stepsOutOfOrder"), status()));
    }
    Optional<Instant> closure = closing().map(CloseServiceRequest::closedAt)
        .or(() -> itemReturn().map(ReturnItem::returnedAt));
    if (closed != closure.isPresent() || closing().isPresent() && itemReturn().isPresent()
        || closed && !closedAt().equals(closure)) {
      found.add(Violation.of("closing", MessageBundle.CORE.message(
          "core.lifecycle.closingMismatch"), status()));
    }
    // The quote comes first (SVC-15): only a paid-per-quote job has one, for this request, and
    // it has one before the work on site is reported or the workshop repair recorded.
    boolean worked = reportFiling().isPresent() || repairRecord().isPresent();
    if (quote().isPresent() && (!billing().quoteFirst()
        || !quote().get().serviceRequestId().equals(id()))
        || billing().quoteFirst() && worked && quote().isEmpty()) {
      found.add(Violation.of("quote", MessageBundle.CORE.message(
          "core.lifecycle.quoteMismatch"), billing()));
    }
    if (settlement().isPresent() != (closed && billing() == Billing.PAID_AFTER_QUOTE)) {
      found.add(Violation.of("settlement", MessageBundle.CORE.message(
          "core.lifecycle.settlementMismatch"), billing()));
    }
  }

  private static void requireText(List<Violation> found, String path, String text) {
    if (text.isBlank()) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.identifier.blank")));
    }
  }

  /**
   * A new, unsaved request in state {@link ServiceRequestStatus#REGISTERED}, categorised by its
   * entitlement, and the event of its registration (SVC-02, SVC-01, SVC-15).
   *
   * <p>The response and arrival deadlines are the due instants of the policy's targets for
   * {@link Milestone#REPLY} and {@link Milestone#ARRIVAL_ON_SITE}, looked up by the request's
   * category, zone and contract and counted from the command's received-at; each is stored
   * without a deadline if the policy gives none.
   *
   * @param command the registration
   * @param entitlement what the unit is entitled to at the command's received-at
   * @param policy the service levels in force now, which set the promised deadlines
   * @param recordedAt when the registration is recorded (the use case's clock)
   * @return the request at version 0 and a {@link ServiceRequestRegistered} event
   * @throws InvalidInputException if a text field is blank
   */
  public static Changed<ServiceRequest> register(RegisterServiceRequest command,
      Entitlement entitlement, ServiceLevelPolicy policy, Instant recordedAt) {
    ServiceRequest created = builder()
        .id(command.serviceRequestId()).requestId(command.requestId())
        .receivedAt(command.receivedAt()).customerName(command.customerName())
        .address(command.address()).phone(command.phone()).productModel(command.productModel())
        .productSerial(command.productSerial()).zone(command.zone()).channel(command.channel())
        .problem(command.problem()).entitlement(entitlement)
        .category(entitlement.category()).billing(entitlement.billing())
        .responseDue(promised(policy, Milestone.REPLY, command, entitlement))
        .arrivalDue(promised(policy, Milestone.ARRIVAL_ON_SITE, command, entitlement))
        .status(ServiceRequestStatus.REGISTERED).version(Version.initial())
        .build();
    return Changed.of(created, new ServiceRequestRegistered(created.id(), created.category(),
        created.billing(), created.zone(), created.receivedAt(), recordedAt));
  }

  /** The due instant the policy promises for {@code milestone}, counted from the call. */
  private static Optional<Instant> promised(ServiceLevelPolicy policy, Milestone milestone,
      RegisterServiceRequest command, Entitlement entitlement) {
    ServiceLevelKey key = ServiceLevelKey.builder().milestone(milestone)
        .category(entitlement.category()).zone(command.zone()).contract(entitlement.contract())
        .build();
    // Only the due instant is kept, so the warnings are not computed (they cost about a fifth of
    // a registration); the recompute counts the same way (PromiseRecomputation).
    return PromiseRecomputation.promisedOnce(policy, key, command.receivedAt(), Optional.empty());
  }

  /**
   * Whether {@code command} is the command that dispatched this request, sent again: dispatched by
   * its request ID, to the same technician, by the same supervisor, at the same time.
   *
   * @param command a dispatch of this request
   * @return true if it repeats the stored dispatch
   */
  public boolean isDispatchedBy(AssignTechnician command) {
    return dispatchRequestId().equals(Optional.of(command.requestId()))
        && id().equals(command.serviceRequestId())
        && technician().equals(Optional.of(command.technician()))
        && supervisor().equals(Optional.of(command.supervisor()))
        && dispatchedAt().equals(Optional.of(command.assignedAt()));
  }

  /**
   * Dispatches the request (派工), SVC-02: the supervisor assigns a technician. The promised
   * deadlines are kept as they are.
   *
   * @param command the assignment; its service request ID must be this request's
   * @param at when the dispatch is recorded (the use case's clock)
   * @return the dispatched request and a {@link TechnicianAssigned} event
   * @throws RuleRefusalException (SVC-02) unless the request is
   *     {@link ServiceRequestStatus#REGISTERED}: a dispatched request is not reassigned by this
   *     command, a closed one not dispatched
   * @throws InvalidInputException if the command names another request (path
   *     {@code serviceRequestId})
   */
  public Changed<ServiceRequest> dispatched(AssignTechnician command, Instant at) {
    if (!command.serviceRequestId().equals(id())) {
      throw InvalidInputException.of("serviceRequestId", MessageBundle.CORE.message(
          "core.service.otherRequest", "id", id()), command.serviceRequestId().value());
    }
    if (status() != ServiceRequestStatus.REGISTERED) {
      throw new RuleRefusalException(DISPATCH_RULE, MessageBundle.CORE.message(
          "core.service.notDispatchable", "id", id(), "status", status()));
    }
    Draft next = new Draft();
    next.status = ServiceRequestStatus.DISPATCHED;
    next.technician = Optional.of(command.technician());
    next.supervisor = Optional.of(command.supervisor());
    next.dispatchedAt = Optional.of(command.assignedAt());
    next.dispatchRequestId = Optional.of(command.requestId());
    return Changed.of(next.build(), new TechnicianAssigned(id(), command.technician(),
        command.supervisor(), command.assignedAt(), at));
  }

  /** The rule whose dispatch step (派工) a refused dispatch breaks. */
  static final RuleId DISPATCH_RULE = RuleId.of("SVC-02");

  /** The rule of the voucher and the clerk's closure (服务凭证, 注销), SVC-03. */
  static final RuleId VOUCHER_RULE = RuleId.of("SVC-03");

  /** The rule of the service report (服务报告), SVC-16. */
  static final RuleId REPORT_RULE = RuleId.of("SVC-16");

  /** The rule of the committed resolution time (当日问题当日处理), SVC-14. */
  static final RuleId SAME_DAY_RULE = RuleId.of("SVC-14");

  /** The rule of the quote before paid work (销售中心报价), SVC-15. */
  static final RuleId QUOTE_RULE = RuleId.of("SVC-15");

  /** The rule of the time the customer asked for (约定到场时间), SVC-13. */
  static final RuleId REQUESTED_TIME_RULE = RuleId.of("SVC-13");

  /**
   * Whether {@code command} is the command that agreed this request's arrival time, sent again
   * (equal in every field, its request ID included).
   *
   * @param command an agreement for this request
   * @return true if it repeats the stored agreement
   */
  public boolean isArrivalAgreedBy(AgreeArrivalTime command) {
    return arrivalAgreement().equals(Optional.of(command));
  }

  /**
   * Records the time the customer asked the service to arrive (约定到场时间), SVC-13, while the
   * request is {@link ServiceRequestStatus#REGISTERED} or {@link ServiceRequestStatus#DISPATCHED}
   * and no time was agreed yet; an agreed time is never moved.
   *
   * <p>The arrival promise: if the policy's {@link Milestone#ARRIVAL_ON_SITE} target for the
   * request's category, zone and contract is "at the requested time"
   * ({@link DeadlineRule.AtRequestedTime}), it becomes that target's due instant on a clock
   * started at {@link #receivedAt()} with the requested time — the requested time itself.
   * For any other target (a budget, SVC-11/SVC-12), or none, the promise made at registration is
   * kept (promises never move) and the agreed time is only recorded.
   *
   * @param command the agreement; its service request ID must be this request's
   * @param policy the service levels now in force, which give the arrival target
   * @param at when it is recorded (the use case's clock)
   * @return the request with the agreement and an {@link ArrivalTimeAgreed} event
   * @throws RuleRefusalException (SVC-13) unless the request is registered or dispatched and has
   *     no agreed time yet
   * @throws InvalidInputException if the command names another request (path
   *     {@code serviceRequestId}), or its requested time is not after the call's received-at
   *     (path {@code requestedArrival})
   */
  public Changed<ServiceRequest> arrivalAgreed(AgreeArrivalTime command,
      ServiceLevelPolicy policy, Instant at) {
    requireThis(command.serviceRequestId());
    if (status() != ServiceRequestStatus.REGISTERED
        && status() != ServiceRequestStatus.DISPATCHED) {
      throw refusal(REQUESTED_TIME_RULE, "core.lifecycle.notAgreeable");
    }
    if (arrivalAgreement().isPresent()) {
      throw new RuleRefusalException(REQUESTED_TIME_RULE, MessageBundle.CORE.message(
          "core.lifecycle.alreadyAgreed", "id", id(), "requestedArrival",
          requestedArrival().orElseThrow()));
    }
    if (!command.requestedArrival().isAfter(receivedAt())) {
      throw InvalidInputException.of("requestedArrival", MessageBundle.CORE.message(
          "core.lifecycle.requestedArrivalNotAfter", "receivedAt", receivedAt()),
          command.requestedArrival());
    }
    Draft next = new Draft();
    next.arrivalAgreement = Optional.of(command);
    next.arrivalDue = arrivalPromised(policy, command.requestedArrival());
    ServiceRequest changed = next.build();
    return Changed.of(changed, new ArrivalTimeAgreed(id(), command.requestedArrival(),
        changed.arrivalDue().orElse(null), command.agreedBy(), command.agreedAt(), at));
  }

  /** The arrival promise once {@code requested} is agreed: see {@link #arrivalAgreed}. */
  private Optional<Instant> arrivalPromised(ServiceLevelPolicy policy, Instant requested) {
    ServiceLevelKey key = ServiceLevelKey.builder().milestone(Milestone.ARRIVAL_ON_SITE)
        .category(category()).zone(zone()).contract(entitlement().contract()).build();
    boolean atRequestedTime = policy.targetFor(key)
        .filter(target -> target.rule() instanceof DeadlineRule.AtRequestedTime).isPresent();
    if (!atRequestedTime) {
      return arrivalDue();
    }
    // Counted as registration and the recompute count (the due instant only, no warnings).
    return PromiseRecomputation.promisedOnce(policy, key, receivedAt(), Optional.of(requested));
  }

  /**
   * Records the sales centre's quote of a paid job (销售中心报价), SVC-15: outside the warranty
   * and any contract the cost — parts and the staff's travel — is quoted before the work, so the
   * quote is recorded while the request is {@link ServiceRequestStatus#REGISTERED},
   * {@link ServiceRequestStatus#DISPATCHED} (the technician may diagnose first) or
   * {@link ServiceRequestStatus#IN_WORKSHOP}, and at most once: a quote is not replaced. The
   * amounts are checked by the use case ({@link QuoteRepair#amountViolations}).
   *
   * @param command the quote; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request with the quote and a {@link RepairQuoted} event
   * @throws RuleRefusalException (SVC-15) unless the request is billed
   *     {@link Billing#PAID_AFTER_QUOTE} (a contract, warranty or internal job has nothing to
   *     quote), open before closure in one of the states above, and not quoted yet
   * @throws InvalidInputException if the command names another request
   */
  public Changed<ServiceRequest> repairQuoted(QuoteRepair command, Instant at) {
    requireThis(command.serviceRequestId());
    if (!billing().quoteFirst()) {
      throw new RuleRefusalException(QUOTE_RULE, MessageBundle.CORE.message(
          "core.lifecycle.nothingToQuote", "id", id(), "billing", billing()));
    }
    if (status() == ServiceRequestStatus.CLOSED) {
      throw refusal(QUOTE_RULE, "core.lifecycle.notQuotable");
    }
    if (quote().isPresent()) {
      throw refusal(QUOTE_RULE, "core.lifecycle.alreadyQuoted");
    }
    Draft next = new Draft();
    next.quote = Optional.of(command);
    return Changed.of(next.build(), new RepairQuoted(id(), command.partsEstimate(),
        command.travelEstimate(), command.quotedBy(), command.quotedAt(), at));
  }

  /** Refuses the work of a paid job (SVC-15) while it has no quote. */
  private void requireQuoteIfPaid() {
    if (billing().quoteFirst() && quote().isEmpty()) {
      throw refusal(QUOTE_RULE, "core.lifecycle.quoteMissing");
    }
  }

  /**
   * Files the service report (服务报告) of a dispatched job or one in the workshop, SVC-16. The
   * report is kept as filed; it is not replaced.
   *
   * @param command the filing; its service request ID must be this request's
   * @param at when the filing is recorded (the use case's clock)
   * @return the request with its report and a {@link ServiceReportFiled} event
   * @throws RuleRefusalException (SVC-16) unless the request is
   *     {@link ServiceRequestStatus#DISPATCHED} or {@link ServiceRequestStatus#IN_WORKSHOP} and
   *     has no report yet; (SVC-15) for a {@link Billing#PAID_AFTER_QUOTE paid} job without a
   *     {@link #quote() quote}: the quote comes before the work
   * @throws InvalidInputException if the command names another request
   */
  public Changed<ServiceRequest> reportFiled(FileServiceReport command, Instant at) {
    requireThis(command.serviceRequestId());
    if (status() != ServiceRequestStatus.DISPATCHED && !isInWorkshop()) {
      throw refusal(REPORT_RULE, "core.lifecycle.notReportable");
    }
    if (reportFiling().isPresent()) {
      throw refusal(REPORT_RULE, "core.lifecycle.reportFiled");
    }
    requireQuoteIfPaid();
    Draft next = new Draft();
    next.reportFiling = Optional.of(command);
    return Changed.of(next.build(), new ServiceReportFiled(id(), command.technician(),
        command.filedAt(), at));
  }

  /**
   * Records the customer's signature on the service voucher on site (服务凭证签字), SVC-03.
   *
   * @param command the signature; its service request ID must be this request's
   * @param at when the signature is recorded (the use case's clock)
   * @return the request with the signature and a {@link VoucherSigned} event
   * @throws RuleRefusalException (SVC-03) unless the request is
   *     {@link ServiceRequestStatus#DISPATCHED} and its voucher is not signed yet
   * @throws InvalidInputException if the command names another request
   */
  public Changed<ServiceRequest> voucherSigned(SignVoucher command, Instant at) {
    requireThis(command.serviceRequestId());
    if (status() != ServiceRequestStatus.DISPATCHED) {
      throw refusal(VOUCHER_RULE, "core.lifecycle.notSignable");
    }
    if (voucherSigning().isPresent()) {
      throw refusal(VOUCHER_RULE, "core.lifecycle.voucherSigned");
    }
    Draft next = new Draft();
    next.voucherSigning = Optional.of(command);
    return Changed.of(next.build(), new VoucherSigned(id(), command.signedBy(),
        command.signedAt(), at));
  }

  /**
   * The clerk closes a job completed on site (注销登记 + 凭证归档), SVC-03: the request becomes
   * {@link ServiceRequestStatus#CLOSED} at the command's time. A paid job (category A, SVC-04) is
   * settled: the amount due ({@link OnSiteCollection#amountDue}) is collected on site if it is at
   * or below the limit ({@link PaymentCollectedOnSite}), else an invoice is due
   * ({@link InvoiceDue}); either on the business day of the voucher's signature, cut in
   * {@code businessZone}. Contract (B), warranty (C) and internal (D) jobs raise no amount event.
   *
   * @param command the closure; its service request ID must be this request's
   * @param collection the limit and labour rate of paid jobs
   * @param businessZone the zone the business day is cut in (never the system's)
   * @param at when the closure is recorded (the use case's clock)
   * @return the closed request, a {@link ServiceRequestClosed} event and, for a paid job, the
   *     settlement's event
   * @throws RuleRefusalException (SVC-03) unless the request is
   *     {@link ServiceRequestStatus#DISPATCHED} with a signed voucher; (SVC-16) if it has no
   *     service report
   * @throws InvalidInputException if the command names another request, or closes before the
   *     voucher was signed (path {@code closedAt}), or the report's amounts are not in the
   *     collection's currency
   */
  public Changed<ServiceRequest> closedOnSite(CloseServiceRequest command,
      OnSiteCollection collection, ZoneId businessZone, Instant at) {
    requireThis(command.serviceRequestId());
    if (status() != ServiceRequestStatus.DISPATCHED) {
      throw refusal(VOUCHER_RULE, "core.lifecycle.notClosable");
    }
    SignVoucher signed = voucherSigning().orElseThrow(
        () -> refusal(VOUCHER_RULE, "core.lifecycle.voucherUnsigned"));
    ServiceReport filed = report().orElseThrow(
        () -> refusal(REPORT_RULE, "core.lifecycle.reportMissing"));
    if (command.closedAt().isBefore(signed.signedAt())) {
      throw InvalidInputException.of("closedAt", MessageBundle.CORE.message(
          "core.lifecycle.closedBeforeSignature", "signedAt", signed.signedAt()),
          command.closedAt());
    }
    Draft next = new Draft();
    next.status = ServiceRequestStatus.CLOSED;
    next.closedAt = Optional.of(command.closedAt());
    next.closing = Optional.of(command);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ServiceRequestClosed(id(), command.clerk(), command.closedAt(), at));
    if (billing() == Billing.PAID_AFTER_QUOTE) {
      Money due = collection.amountDue(filed);
      LocalDate day = LocalDate.ofInstant(signed.signedAt(), businessZone);
      boolean onSite = collection.collectsOnSite(due);
      next.settlement = Optional.of(new Settlement(onSite, due, day));
      events.add(onSite ? new PaymentCollectedOnSite(id(), due, day, at)
          : new InvoiceDue(id(), due, day, at));
    }
    return new Changed<>(next.build(), events);
  }

  /** The rule of taking an item to the workshop and its repair card (携回修护, 修护卡), SVC-05. */
  static final RuleId INTAKE_RULE = RuleId.of("SVC-05");

  /** The rule of the repair card's record, the inspection and the return, SVC-06. */
  static final RuleId REPAIR_RULE = RuleId.of("SVC-06");

  /**
   * The technician takes the item back to the workshop (携回修护), SVC-05: the customer item
   * receipt is issued, the customer signs the voucher, the item is in custody
   * ({@link ServiceRequestStatus#IN_WORKSHOP}).
   *
   * @param command the intake; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request in the workshop and an {@link ItemTakenToWorkshop} event
   * @throws RuleRefusalException (SVC-05) unless the request is
   *     {@link ServiceRequestStatus#DISPATCHED} and its voucher was not signed on site (a job
   *     completed on site is not taken back)
   * @throws InvalidInputException if the command names another request
   */
  public Changed<ServiceRequest> takenToWorkshop(TakeItemToWorkshop command, Instant at) {
    requireThis(command.serviceRequestId());
    if (status() != ServiceRequestStatus.DISPATCHED) {
      throw refusal(INTAKE_RULE, "core.lifecycle.notTakeable");
    }
    if (voucherSigning().isPresent()) {
      throw refusal(INTAKE_RULE, "core.lifecycle.completedOnSite");
    }
    Draft next = new Draft();
    next.status = ServiceRequestStatus.IN_WORKSHOP;
    next.workshopIntake = Optional.of(command);
    return Changed.of(next.build(), new ItemTakenToWorkshop(id(), command.receiptNumber(),
        command.signedBy(), command.takenAt(), at));
  }

  /**
   * Opens the repair card (修护卡) of an item in the workshop, SVC-05, with its promised
   * completion time. A request never has two repair cards.
   *
   * @param command the card; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request with its card and a {@link RepairCardOpened} event
   * @throws RuleRefusalException (SVC-05) unless the item is in the workshop without a card
   * @throws InvalidInputException if the command names another request, or its promised time is
   *     not after its opening (path {@code promisedBy})
   */
  public Changed<ServiceRequest> repairCardOpened(OpenRepairCard command, Instant at) {
    requireThis(command.serviceRequestId());
    if (!isInWorkshop()) {
      throw refusal(INTAKE_RULE, "core.lifecycle.notInWorkshop");
    }
    if (repairCardOpening().isPresent()) {
      throw refusal(INTAKE_RULE, "core.lifecycle.cardExists");
    }
    if (!command.promisedBy().isAfter(command.openedAt())) {
      throw InvalidInputException.of("promisedBy", MessageBundle.CORE.message(
          "core.lifecycle.notAfter", "at", command.openedAt()), command.promisedBy());
    }
    Draft next = new Draft();
    next.repairCardOpening = Optional.of(command);
    return Changed.of(next.build(), new RepairCardOpened(id(), command.cardNumber(),
        command.technician(), command.promisedBy(), command.openedAt(), at));
  }

  /**
   * Records the actual repair time and parts on the open repair card, SVC-06; the card is then
   * no longer open.
   *
   * @param command the record; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request with the record and a {@link RepairRecorded} event
   * @throws RuleRefusalException (SVC-06) unless the item is in the workshop with an open card;
   *     (SVC-15) for a {@link Billing#PAID_AFTER_QUOTE paid} job without a {@link #quote() quote}
   * @throws InvalidInputException if the command names another request, or the repair is dated
   *     before the card's opening (path {@code repairedAt})
   */
  public Changed<ServiceRequest> repairRecorded(RecordRepair command, Instant at) {
    requireThis(command.serviceRequestId());
    if (!isInWorkshop() || !hasOpenRepairCard()) {
      throw refusal(REPAIR_RULE, "core.lifecycle.noOpenCard");
    }
    requireQuoteIfPaid();
    OpenRepairCard card = repairCardOpening().orElseThrow();
    notBefore("repairedAt", command.repairedAt(), card.openedAt());
    Draft next = new Draft();
    next.repairRecord = Optional.of(command);
    return Changed.of(next.build(), new RepairRecorded(id(), card.cardNumber(),
        command.repairedAt(), at));
  }

  /**
   * The supervisor inspects and accepts the repaired item (主任验讫), SVC-06.
   *
   * @param command the inspection; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request with the inspection and a {@link RepairInspected} event
   * @throws RuleRefusalException (SVC-06) unless the item is in the workshop, repaired and not yet
   *     inspected
   * @throws InvalidInputException if the command names another request, or the inspection is
   *     dated before the repair (path {@code inspectedAt})
   */
  public Changed<ServiceRequest> repairInspected(InspectRepair command, Instant at) {
    requireThis(command.serviceRequestId());
    if (!isInWorkshop() || repairRecord().isEmpty() || inspection().isPresent()) {
      throw refusal(REPAIR_RULE, "core.lifecycle.notInspectable");
    }
    notBefore("inspectedAt", command.inspectedAt(), repairRecord().get().repairedAt());
    Draft next = new Draft();
    next.inspection = Optional.of(command);
    return Changed.of(next.build(), new RepairInspected(id(), command.supervisor(),
        command.inspectedAt(), at));
  }

  /**
   * Returns the repaired item (还商品), SVC-06 / SVC-07: the customer signs, the receipt is taken
   * back and voided, the voucher archived and the request {@link ServiceRequestStatus#CLOSED} at
   * the return; a paid job (category A) is invoiced on the business day of the return, cut in
   * {@code businessZone}, for the amount due ({@link OnSiteCollection#amountDue}) — a workshop
   * repair is never collected on site (P2 §13).
   *
   * @param command the return; its service request ID must be this request's
   * @param collection the labour rate of paid jobs
   * @param businessZone the zone the business day is cut in (never the system's)
   * @param at when it is recorded (the use case's clock)
   * @return the closed request, an {@link ItemReturned}, a {@link ServiceRequestClosed} and, for a
   *     paid job, an {@link InvoiceDue} event
   * @throws RuleRefusalException (SVC-06) unless the item is in the workshop and inspected;
   *     (SVC-16) without a service report
   * @throws InvalidInputException if the command names another request, the receipt taken back
   *     is not the one issued (path {@code receiptNumber}), or the return is dated before the
   *     inspection (path {@code returnedAt})
   */
  public Changed<ServiceRequest> itemReturned(ReturnItem command, OnSiteCollection collection,
      ZoneId businessZone, Instant at) {
    requireThis(command.serviceRequestId());
    if (!isInWorkshop() || inspection().isEmpty()) {
      throw refusal(REPAIR_RULE, "core.lifecycle.notReturnable");
    }
    ServiceReport filed = report().orElseThrow(
        () -> refusal(REPORT_RULE, "core.lifecycle.reportMissing"));
    String issued = workshopIntake().orElseThrow().receiptNumber();
    if (!command.receiptNumber().equals(issued)) {
      throw InvalidInputException.of("receiptNumber", MessageBundle.CORE.message(
          "core.lifecycle.otherReceipt", "receipt", issued), command.receiptNumber());
    }
    notBefore("returnedAt", command.returnedAt(), inspection().get().inspectedAt());
    Draft next = new Draft();
    next.status = ServiceRequestStatus.CLOSED;
    next.closedAt = Optional.of(command.returnedAt());
    next.itemReturn = Optional.of(command);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ItemReturned(id(), issued, command.signedBy(), command.returnedAt(), at));
    events.add(new ServiceRequestClosed(id(), command.returnedBy(), command.returnedAt(), at));
    if (billing() == Billing.PAID_AFTER_QUOTE) {
      Money due = collection.amountDue(filed);
      LocalDate day = LocalDate.ofInstant(command.returnedAt(), businessZone);
      next.settlement = Optional.of(new Settlement(false, due, day));
      events.add(new InvoiceDue(id(), due, day, at));
    }
    return new Changed<>(next.build(), events);
  }

  /** Refuses {@code instant} (at {@code path}) if it is before {@code earliest}. */
  private static void notBefore(String path, Instant instant, Instant earliest) {
    if (instant.isBefore(earliest)) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.lifecycle.before", "at", earliest), instant);
    }
  }

  /**
   * Records the explicit resolution time given to the customer (SVC-14). A commitment once given
   * is kept: it is not moved by another one.
   *
   * @param command the commitment; its service request ID must be this request's
   * @param at when it is recorded (the use case's clock)
   * @return the request with the commitment, a {@link ResolutionTimeCommitted} event carrying
   *     what the written report to the sales director needs, and that report itself: a
   *     {@link Notice} of kind {@link NoticeKind#RESOLUTION_TIME_COMMITTED} to the
   *     {@link RecipientRole#SALES_DIRECTOR sales director} (key
   *     {@code service-request/<id>/SVC-14/resolution-time/<resolve-by>}; parameters
   *     {@code serviceRequest}, {@code customer}, {@code problem}, {@code resolveBy},
   *     {@code reason}, {@code committedBy}), saved into the outbox with the request and delivered
   *     to the notification port by {@link org.aftersales.core.notification.NotifyingEventPublisher}
   * @throws RuleRefusalException (SVC-14) if the request is closed or already has a commitment
   * @throws InvalidInputException if the command names another request, or its resolution time is
   *     not after the time it is committed (path {@code resolveBy})
   */
  public Changed<ServiceRequest> resolutionTimeCommitted(CommitResolutionTime command,
      Instant at) {
    requireThis(command.serviceRequestId());
    if (!isOpen()) {
      throw refusal(SAME_DAY_RULE, "core.lifecycle.notCommittable");
    }
    if (resolutionCommitment().isPresent()) {
      throw new RuleRefusalException(SAME_DAY_RULE, MessageBundle.CORE.message(
          "core.lifecycle.alreadyCommitted", "id", id(), "resolveBy",
          resolutionCommittedFor().orElseThrow()));
    }
    if (!command.resolveBy().isAfter(command.committedAt())) {
      throw InvalidInputException.of("resolveBy", MessageBundle.CORE.message(
          "core.lifecycle.resolveByNotAfter", "committedAt", command.committedAt()),
          command.resolveBy());
    }
    Draft next = new Draft();
    next.resolutionCommitment = Optional.of(command);
    Notice toSalesDirector = Notice.of(
        new NoticeKey(KIND_CODE, id().value(), SAME_DAY_RULE, "resolution-time",
            command.resolveBy().toString()),
        NoticeKind.RESOLUTION_TIME_COMMITTED, Recipient.role(RecipientRole.SALES_DIRECTOR), at,
        Map.of("serviceRequest", id().value(), "customer", customerName(), "problem", problem(),
            "resolveBy", command.resolveBy(), "reason", command.reason(),
            "committedBy", command.committedBy().value()));
    return new Changed<>(next.build(), List.of(new ResolutionTimeCommitted(id(), customerName(),
        problem(), command.resolveBy(), command.reason(), command.committedBy(),
        command.committedAt(), at), toSalesDirector));
  }

  /**
   * Whether the request still needs a committed resolution time at {@code at} (SVC-14): it is
   * open, {@code at} is after the end of the working day it was received on (as the calendar
   * says), and no time was committed. The library does not refuse other commands for it (see
   * docs/service-requests.md); a host or the sweep asks this question.
   *
   * @param endOfReceivedDay the end of the working day of {@link #receivedAt()}, from
   *     {@code BusinessCalendar.endOfWorkingDay(receivedAt())}
   * @param at the instant asked about
   * @return true if a commitment is missing
   */
  public boolean needsResolutionCommitment(Instant endOfReceivedDay, Instant at) {
    return isOpen() && resolutionCommitment().isEmpty() && at.isAfter(endOfReceivedDay);
  }

  /**
   * Whether the request still needs a committed resolution time at {@code at} (SVC-14), the end
   * of its working day taken from {@code calendar}: {@code calendar.endOfWorkingDay(receivedAt())}.
   *
   * @param calendar the business calendar of the same-day rule (its zone and hours)
   * @param at the instant asked about
   * @return true if a commitment is missing
   */
  public boolean needsResolutionCommitment(BusinessCalendar calendar, Instant at) {
    return needsResolutionCommitment(calendar.endOfWorkingDay(receivedAt()), at);
  }

  /** Refuses a command naming another request. */
  private void requireThis(ServiceRequestId named) {
    if (!named.equals(id())) {
      throw InvalidInputException.of("serviceRequestId", MessageBundle.CORE.message(
          "core.service.otherRequest", "id", id()), named.value());
    }
  }

  /** A refusal whose message names this request and its state. */
  private RuleRefusalException refusal(RuleId rule, String key) {
    return new RuleRefusalException(rule, MessageBundle.CORE.message(key, "id", id(),
        "status", status()));
  }

  /**
   * The command that registered this request, rebuilt from what it stores; the use case compares
   * a new command with it to tell a repeated request from a different one under a used request ID.
   *
   * @return the command, equal to the one the request was registered with
   */
  public RegisterServiceRequest registeredBy() {
    return new RegisterServiceRequest(requestId(), id(), receivedAt(), customerName(), address(),
        phone(), productModel(), productSerial(), zone(), channel(), problem());
  }

  /**
   * Whether the request is still open (not closed).
   *
   * @return true unless closed
   */
  public boolean isOpen() {
    return status().isOpen();
  }

  /**
   * The promised deadlines kept on the request (承诺时限), in order: the response deadline
   * ({@link Milestone#REPLY}) and the arrival deadline ({@link Milestone#ARRIVAL_ON_SITE}), each
   * only if the policy promised it, and the workshop repair's promised completion
   * ({@link Milestone#RESOLUTION}, {@link #repairPromisedBy()}, SVC-08) once a repair card is
   * open. Which of them are still watched depends on the state (see
   * {@link ServiceLevelWatch#watched(ServiceRequest)}).
   *
   * @return the promises; unmodifiable
   */
  public List<Promise> promises() {
    List<Promise> out = new ArrayList<>(3);
    responseDue().ifPresent(due -> out.add(new Promise(Milestone.REPLY, due)));
    arrivalDue().ifPresent(due -> out.add(new Promise(Milestone.ARRIVAL_ON_SITE, due)));
    repairPromisedBy().ifPresent(due -> out.add(new Promise(Milestone.RESOLUTION, due)));
    return List.copyOf(out);
  }

  /**
   * The outbox events of saving this state (the version it stores is {@code version().next()}):
   * each event with its ID {@code service-request/<id>/<stored version>/<index>} (see
   * {@link org.aftersales.core.shared.EventId}).
   *
   * @param events the events of the change, in order
   * @return the outbox events, in the same order; unmodifiable
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, id().value(), version().next(), events);
  }

  /**
   * A builder holding what registration set and no command changes (identity, call, entitlement,
   * the response promise) and the version — the arrival promise is in the {@link Draft}, since
   * agreeing the requested arrival time (SVC-13) may set it: each transition starts from it and sets the status and the
   * attributes of the steps taken so far. The invariants are checked once, on the whole new state
   * ({@code with*} calls would check each intermediate state, and attributes such as the status
   * and the closing time change together); the style's strict builder refuses setting an
   * attribute twice, so there is no "copy everything, then override".
   */
  private Builder registration() {
    Builder b = builder();
    b.id(id()).requestId(requestId()).receivedAt(receivedAt()).customerName(customerName())
        .address(address()).phone(phone()).productModel(productModel())
        .productSerial(productSerial()).zone(zone()).channel(channel()).problem(problem())
        .entitlement(entitlement()).category(category()).billing(billing())
        .responseDue(responseDue()).version(version());
    return b;
  }

  /**
   * The attributes a transition may change, starting as this request has them; a transition sets
   * what its step changes and builds the next state, checked once as a whole. (The strict builder
   * refuses setting an attribute twice, so there is no "copy everything, then override".)
   */
  private final class Draft {
    ServiceRequestStatus status = status();
    Optional<PersonId> technician = technician();
    Optional<PersonId> supervisor = supervisor();
    Optional<Instant> dispatchedAt = dispatchedAt();
    Optional<RequestId> dispatchRequestId = dispatchRequestId();
    Optional<Instant> closedAt = closedAt();
    Optional<FileServiceReport> reportFiling = reportFiling();
    Optional<SignVoucher> voucherSigning = voucherSigning();
    Optional<CloseServiceRequest> closing = closing();
    Optional<Settlement> settlement = settlement();
    Optional<CommitResolutionTime> resolutionCommitment = resolutionCommitment();
    Optional<TakeItemToWorkshop> workshopIntake = workshopIntake();
    Optional<OpenRepairCard> repairCardOpening = repairCardOpening();
    Optional<RecordRepair> repairRecord = repairRecord();
    Optional<InspectRepair> inspection = inspection();
    Optional<ReturnItem> itemReturn = itemReturn();
    Optional<Instant> arrivalDue = arrivalDue();
    Optional<AgreeArrivalTime> arrivalAgreement = arrivalAgreement();
    Optional<QuoteRepair> quote = quote();

    ServiceRequest build() {
      return registration().status(status).technician(technician).supervisor(supervisor)
          .dispatchedAt(dispatchedAt).dispatchRequestId(dispatchRequestId).closedAt(closedAt)
          .reportFiling(reportFiling).voucherSigning(voucherSigning).closing(closing)
          .settlement(settlement).resolutionCommitment(resolutionCommitment)
          .workshopIntake(workshopIntake).repairCardOpening(repairCardOpening)
          .repairRecord(repairRecord).inspection(inspection).itemReturn(itemReturn)
          .arrivalDue(arrivalDue).arrivalAgreement(arrivalAgreement).quote(quote).build();
    }
  }

  /**
   * The same request as stored with {@code storedVersion}; for repository adapters.
   *
   * @param storedVersion the version the repository stored it as
   * @return the request with that version
   */
  public abstract ServiceRequest withVersion(Version storedVersion);

  /**
   * A builder, for repository adapters that rebuild stored requests; use cases create requests
   * with {@link #register}. Every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRequest}. */
  public static final class Builder extends ImmutableServiceRequest.Builder {
    Builder() {}
  }
}
