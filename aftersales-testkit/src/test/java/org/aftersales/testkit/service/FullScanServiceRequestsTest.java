package org.aftersales.testkit.service;

import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.Outbox;

/**
 * An adapter on the port's default sweep methods (no checks kept) still passes the whole
 * ServiceRequests contract, the sweep's tests expecting every open request due: an adopter's
 * existing adapter stays correct, only slower. // rule: SVC-02, SVC-08
 */
class FullScanServiceRequestsTest extends ServiceRequestsContract {

  private final InMemoryServiceRequests storage = InMemoryServiceRequests.create();

  @Override
  protected ServiceRequests freshAdapter() {
    return FullScanServiceRequests.over(storage.freshInstanceOverSameStorage());
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Override
  protected boolean keepsSweepChecks() {
    return false;
  }
}
