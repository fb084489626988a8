package org.aftersales.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RequestId;
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
 * <p>{@link #register} creates one; {@link #builder()} exists for repository adapters that rebuild
 * a stored request. Every instance, however built, satisfies the invariants: no blank text, and
 * the category and billing are the ones its entitlement gives.
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
   * @param command the registration
   * @param entitlement what the unit is entitled to at the command's received-at
   * @param recordedAt when the registration is recorded (the use case's clock)
   * @return the request at version 0 and a {@link ServiceRequestRegistered} event
   * @throws InvalidInputException if a text field is blank
   */
  public static Changed<ServiceRequest> register(RegisterServiceRequest command,
      Entitlement entitlement, Instant recordedAt) {
    ServiceRequest created = builder()
        .id(command.serviceRequestId()).requestId(command.requestId())
        .receivedAt(command.receivedAt()).customerName(command.customerName())
        .address(command.address()).phone(command.phone()).productModel(command.productModel())
        .productSerial(command.productSerial()).zone(command.zone()).channel(command.channel())
        .problem(command.problem()).entitlement(entitlement)
        .category(entitlement.category()).billing(entitlement.billing())
        .status(ServiceRequestStatus.REGISTERED).version(Version.initial())
        .build();
    return Changed.of(created, new ServiceRequestRegistered(created.id(), created.category(),
        created.billing(), created.zone(), created.receivedAt(), recordedAt));
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
