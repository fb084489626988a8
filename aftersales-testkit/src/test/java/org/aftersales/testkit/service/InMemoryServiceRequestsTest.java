package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.Outbox;
import org.junit.jupiter.api.Test;

/** The in-memory adapter passes the ServiceRequests contract. // rule: SVC-02 */
class InMemoryServiceRequestsTest extends ServiceRequestsContract {

  private final InMemoryServiceRequests storage = InMemoryServiceRequests.create();

  @Override
  protected ServiceRequests freshAdapter() {
    return storage.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Test
  void a_new_storage_is_empty_and_says_so() {
    assertEquals("InMemoryServiceRequests[0 requests]", InMemoryServiceRequests.create().toString());
    assertEquals(0, InMemoryServiceRequests.create().all().size());
  }
}
