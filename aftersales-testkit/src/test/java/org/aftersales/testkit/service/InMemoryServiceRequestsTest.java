package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
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

  @Test
  void an_update_that_changes_the_request_id_moves_the_index_with_it() {
    // Not something the use cases do (a request keeps its registration's request ID); the adapter
    // still keeps its request-ID index consistent with what it stores.
    InMemoryServiceRequests adapter = InMemoryServiceRequests.create();
    ServiceRequest v1 = adapter.save(ServiceRequest.register(new RegisterServiceRequest(
        RequestId.of("r-old"), ServiceRequestId.of("SR-1"), Instant.parse("2026-11-02T02:00:00Z"),
        "c", "a", "p", "m", "s", ServiceZone.CITY, ServiceChannel.PHONE, "x"),
        Entitlement.none(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        Instant.parse("2026-11-02T02:00:05Z")).state(), List.of());
    ServiceRequest renamed = ServiceRequest.builder().id(v1.id()).requestId(RequestId.of("r-new"))
        .receivedAt(v1.receivedAt()).customerName(v1.customerName()).address(v1.address())
        .phone(v1.phone()).productModel(v1.productModel()).productSerial(v1.productSerial())
        .zone(v1.zone()).channel(v1.channel()).problem(v1.problem())
        .entitlement(v1.entitlement()).category(v1.category()).billing(v1.billing())
        .responseDue(v1.responseDue()).arrivalDue(v1.arrivalDue()).status(v1.status())
        .version(v1.version()).build();
    adapter.save(renamed, List.of());
    assertEquals(Optional.empty(), adapter.findByRequestId(RequestId.of("r-old")));
    assertEquals(ServiceRequestId.of("SR-1"),
        adapter.findByRequestId(RequestId.of("r-new")).orElseThrow().id());
  }
}
