package org.aftersales.core.service;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;

/** Requests with chosen promises and states, for the sweep's tests. */
final class SweepFixtures {

  static final PersonId TECH = PersonId.of("tech-wang");
  static final PersonId SUPERVISOR = PersonId.of("sup-zhao");

  private SweepFixtures() {}

  /** A registered request received at {@code received} with these promises (null: none). */
  static ServiceRequest registered(String id, Instant received, Instant response,
      Instant arrival) {
    return base(id, received, response, arrival).status(ServiceRequestStatus.REGISTERED).build();
  }

  /** The same request dispatched to {@link #TECH} by {@link #SUPERVISOR} at {@code at}. */
  static ServiceRequest dispatched(String id, Instant received, Instant response,
      Instant arrival, Instant at) {
    return base(id, received, response, arrival).status(ServiceRequestStatus.DISPATCHED)
        .technician(TECH).supervisor(SUPERVISOR).dispatchedAt(at)
        .dispatchRequestId(RequestId.of("d-" + id)).build();
  }

  /**
   * The same request closed on site at {@code at} through its own transitions (dispatched,
   * reported and signed at {@code at}: closing requires all three).
   */
  static ServiceRequest closed(String id, Instant received, Instant response, Instant arrival,
      Instant at) {
    return ServiceRequestFixtures.closed(registered(id, received, response, arrival), at);
  }

  private static ServiceRequest.Builder base(String id, Instant received, Instant response,
      Instant arrival) {
    ServiceRequest.Builder b = ServiceRequest.builder();
    b.id(ServiceRequestId.of(id)).requestId(RequestId.of("r-" + id)).receivedAt(received)
        .customerName("Suzhou Motors").address("1 Xinghu St").phone("0512-6288 0000")
        .productModel("CNC-450").productSerial("SN-" + id).zone(ServiceZone.CITY)
        .channel(ServiceChannel.HOTLINE).problem("Coolant pump leaks")
        .entitlement(Entitlement.none()).category(Entitlement.none().category())
        .billing(Entitlement.none().billing()).responseDue(Optional.ofNullable(response))
        .arrivalDue(Optional.ofNullable(arrival)).version(Version.initial());
    return b;
  }
}
