package org.aftersales.core.service;

import java.time.Instant;

/** States of a request that the commands under test do not reach themselves. */
final class ServiceRequestFixtures {

  private ServiceRequestFixtures() {}

  /**
   * {@code r} closed at {@code at}, every other attribute kept.
   *
   * @param r the request
   * @param at the closing time
   * @return the closed request
   */
  static ServiceRequest closed(ServiceRequest r, Instant at) {
    return ServiceRequest.builder().id(r.id()).requestId(r.requestId())
        .receivedAt(r.receivedAt()).customerName(r.customerName()).address(r.address())
        .phone(r.phone()).productModel(r.productModel()).productSerial(r.productSerial())
        .zone(r.zone()).channel(r.channel()).problem(r.problem()).entitlement(r.entitlement())
        .category(r.category()).billing(r.billing()).responseDue(r.responseDue())
        .arrivalDue(r.arrivalDue()).technician(r.technician()).supervisor(r.supervisor())
        .dispatchedAt(r.dispatchedAt()).dispatchRequestId(r.dispatchRequestId())
        .status(ServiceRequestStatus.CLOSED).closedAt(at).version(r.version()).build();
  }
}
