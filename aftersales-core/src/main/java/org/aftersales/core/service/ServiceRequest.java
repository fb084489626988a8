package org.aftersales.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
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
 * <p><b>Dispatch</b> (派工, SVC-02): {@link #dispatched} moves a {@link ServiceRequestStatus#REGISTERED}
 * request to {@link ServiceRequestStatus#DISPATCHED}, keeping the technician, the supervisor, the
 * time and the request ID of the assignment, by which a repeated command is recognised.
 *
 * <p>{@link #register} creates one; {@link #builder()} exists for repository adapters that rebuild
 * a stored request. Every instance, however built, satisfies the invariants: no blank text, the
 * category and billing are the ones its entitlement gives, and the assignment's four attributes
 * are all present or all absent: absent while registered, present once dispatched.
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
   * instant, computed at registration from the call's received-at and kept (SVC-11…SVC-13).
   *
   * @return the instant, or empty if the policy in force at registration promised none
   */
  public abstract Optional<Instant> arrivalDue();

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
    // All four or none; a registered request has none, a dispatched one all four, and a closed
    // one either (a request may be closed with or without having been dispatched).
    boolean assigned = technician().isPresent();
    boolean partial = assigned != supervisor().isPresent()
        || assigned != dispatchedAt().isPresent() || assigned != dispatchRequestId().isPresent();
    boolean mismatched = status() == ServiceRequestStatus.REGISTERED && assigned
        || status() == ServiceRequestStatus.DISPATCHED && !assigned;
    if (partial || mismatched) {
      found.add(Violation.of("status", MessageBundle.CORE.message(
          "core.service.assignmentMismatch"), status()));
    }
    if (closedAt().isPresent() != (status() == ServiceRequestStatus.CLOSED)) {
      found.add(Violation.of("closedAt", MessageBundle.CORE.message(
          "core.service.closedAtMismatch"), status()));
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
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
    return policy.startClock(key, command.receivedAt()).flatMap(ServiceLevelClock::due);
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
    ServiceRequest next = registration()
        .status(ServiceRequestStatus.DISPATCHED)
        .technician(command.technician()).supervisor(command.supervisor())
        .dispatchedAt(command.assignedAt()).dispatchRequestId(command.requestId())
        .build();
    return Changed.of(next, new TechnicianAssigned(id(), command.technician(),
        command.supervisor(), command.assignedAt(), at));
  }

  /** The rule whose dispatch step (派工) a refused dispatch breaks. */
  static final RuleId DISPATCH_RULE = RuleId.of("SVC-02");

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
   * only if the policy promised it. Which of them are still watched depends on the status (see
   * {@link ServiceLevelWatch#watched(ServiceRequest)}).
   *
   * @return the promises; unmodifiable
   */
  public List<Promise> promises() {
    List<Promise> out = new ArrayList<>(2);
    responseDue().ifPresent(due -> out.add(new Promise(Milestone.REPLY, due)));
    arrivalDue().ifPresent(due -> out.add(new Promise(Milestone.ARRIVAL_ON_SITE, due)));
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
   * promises) and the version: each transition starts from it and sets the status and the
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
        .responseDue(responseDue()).arrivalDue(arrivalDue()).version(version());
    return b;
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
