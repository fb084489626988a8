package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.RecomputeReport;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.Settlement;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The service fixtures' defaults are valid: each default command passes the real use case on the
 * in-memory adapters, and a request goes through its whole life — on site or through the
 * workshop — with the defaults and the previous step's identity only.
 */
class ServiceFixturesTest {

  static final Currency CNY = Currency.getInstance("CNY");

  final InMemoryServiceRequests requests = InMemoryServiceRequests.create();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-03T10:00:00Z"), ServiceFixtures.SHANGHAI);
  final ServiceRequestRegistration registration =
      ServiceFixtures.seedRegistration(requests, InMemoryEntitlements.create(), clock);
  final ServiceRequestDispatch dispatch = ServiceFixtures.seedDispatch(requests, clock);
  final ServiceRequestCompletion completion = ServiceFixtures.seedCompletion(requests, clock);
  final ServiceRequestWorkshop workshop = ServiceFixtures.seedWorkshop(requests, clock);

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static Instant shanghai(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ServiceFixtures.SHANGHAI)
        .toInstant();
  }

  @Test
  void theDefaultCommandsPassValidation() {
    // rule: SVC-02
    ServiceRequestId id = ServiceFixtures.aServiceRequestId();
    for (Object command : List.of(ServiceFixtures.registerServiceRequest().build(),
        ServiceFixtures.agreeArrivalTime(id).build(), ServiceFixtures.assignTechnician(id).build(),
        ServiceFixtures.quoteRepair(id).build(), ServiceFixtures.commitResolutionTime(id).build(),
        ServiceFixtures.fileServiceReport(id).build(), ServiceFixtures.signVoucher(id).build(),
        ServiceFixtures.closeServiceRequest(id).build(),
        ServiceFixtures.takeItemToWorkshop(id).build(), ServiceFixtures.openRepairCard(id).build(),
        ServiceFixtures.recordRepair(id).build(), ServiceFixtures.inspectRepair(id).build(),
        ServiceFixtures.returnItem(id).build(), ServiceFixtures.recomputePromises().build())) {
      TestValidators.commandValidator().validate(command);
    }
  }

  @Test
  void aRequestIsRegisteredDispatchedQuotedReportedSignedAndClosedOnSiteWithTheDefaults() {
    // rule: SVC-02, SVC-03, SVC-11, SVC-13, SVC-14, SVC-15, SVC-16
    ServiceRequest r = registration.register(ServiceFixtures.registerServiceRequest().build());
    // The seed promises arrival in the city within 6 working hours: 09:00–12:00 and 13:30–16:30.
    assertEquals(Optional.of(shanghai(2, 16, 30)), r.arrivalDue());
    assertEquals(Billing.PAID_AFTER_QUOTE, r.billing());
    r = dispatch.agreeArrivalTime(ServiceFixtures.agreeArrivalTime(r.id()).build());
    assertEquals(Optional.of(shanghai(3, 14, 0)), r.requestedArrival());
    r = dispatch.assign(ServiceFixtures.assignTechnician(r.id()).build());
    assertEquals(Optional.of(PersonId.of("tech-wang")), r.technician());
    r = completion.quote(ServiceFixtures.quoteRepair(r.id()).build());
    r = completion.commitResolutionTime(ServiceFixtures.commitResolutionTime(r.id()).build());
    assertEquals(Optional.of(shanghai(4, 17, 0)), r.resolutionCommittedFor());
    r = completion.fileReport(ServiceFixtures.fileServiceReport(r.id()).build());
    r = completion.signVoucher(ServiceFixtures.signVoucher(r.id()).build());
    r = completion.close(ServiceFixtures.closeServiceRequest(r.id()).build());
    assertEquals(ServiceRequestStatus.CLOSED, r.status());
    assertEquals(Optional.of(shanghai(2, 15, 0)), r.closedAt());
    // Parts 2 × 138.00 + travel 60.00, no labour rate: 336.00, under the 500.00 limit.
    assertEquals(Optional.of(new Settlement(true, cny("336.00"), LocalDate.of(2026, 11, 2))),
        r.settlement());
  }

  @Test
  void aRequestGoesThroughTheWorkshopWithTheDefaults() {
    // rule: SVC-05, SVC-06, SVC-15, SVC-16
    ServiceRequest r = registration.register(ServiceFixtures.registerServiceRequest().build());
    r = dispatch.assign(ServiceFixtures.assignTechnician(r.id()).build());
    r = completion.quote(ServiceFixtures.quoteRepair(r.id()).build());
    r = workshop.takeIn(ServiceFixtures.takeItemToWorkshop(r.id()).build());
    assertEquals("RC-" + r.id().value(), r.workshopIntake().orElseThrow().receiptNumber());
    r = workshop.openRepairCard(ServiceFixtures.openRepairCard(r.id()).build());
    r = workshop.recordRepair(ServiceFixtures.recordRepair(r.id()).build());
    r = workshop.inspect(ServiceFixtures.inspectRepair(r.id()).build());
    r = completion.fileReport(ServiceFixtures.fileServiceReport(r.id()).build());
    r = workshop.returnItem(ServiceFixtures.returnItem(r.id()).build());
    assertEquals(ServiceRequestStatus.CLOSED, r.status());
    assertEquals(Optional.of(shanghai(3, 15, 0)), r.closedAt());
    // Returned from the workshop: invoiced, on the day of the return.
    assertEquals(Optional.of(new Settlement(false, cny("336.00"), LocalDate.of(2026, 11, 3))),
        r.settlement());
  }

  @Test
  void theDefaultRecomputeExaminesTheOpenRequests() {
    // rule: SVC-11
    registration.register(ServiceFixtures.registerServiceRequest().build());
    registration.register(ServiceFixtures.registerServiceRequest().build());
    RecomputeReport report = ServiceFixtures.seedRecompute(requests, clock)
        .recompute(ServiceFixtures.recomputePromises().build(),
            ServiceFixtures.seedServiceLevels());
    assertEquals(2, report.examined());
    // The same policy promises the same deadlines: nothing changes.
    assertEquals(List.of(), report.changed());
  }

  @Test
  void defaultRegistrationsNeverCollide() {
    // rule: SVC-02
    RegisterServiceRequest a = ServiceFixtures.registerServiceRequest().build();
    RegisterServiceRequest b = ServiceFixtures.registerServiceRequest().build();
    assertNotEquals(a.requestId(), b.requestId());
    assertNotEquals(a.serviceRequestId(), b.serviceRequestId());
    assertNotEquals(a.productSerial(), b.productSerial());
    registration.register(a);
    registration.register(b);
    assertEquals(2, requests.open(10).size());
  }

  @Test
  void everySetterChangesItsComponent() {
    // rule: SVC-02
    ServiceRequestId id = ServiceRequestId.of("SR-X");
    RegisterServiceRequest c = ServiceFixtures.registerServiceRequest().serviceRequestId(id)
        .receivedAt(shanghai(7, 10, 0)).customerName("苏州电子").address("苏州工业园区星湖街1号")
        .phone("0512-1").productModel("M-2").productSerial("S-2").zone(ServiceZone.SUBURB)
        .channel(ServiceChannel.WALK_IN).problem("不开机").build();
    assertEquals(new RegisterServiceRequest(c.requestId(), id, shanghai(7, 10, 0), "苏州电子",
        "苏州工业园区星湖街1号", "0512-1", "M-2", "S-2", ServiceZone.SUBURB,
        ServiceChannel.WALK_IN, "不开机"), c);
  }

  @Test
  void aServiceRequestIsRegisteredUnsavedWithTheSeedDeadlines() {
    // rule: SVC-02, SVC-11
    ServiceRequest r = ServiceFixtures.aServiceRequest();
    assertEquals(ServiceRequestStatus.REGISTERED, r.status());
    assertEquals(ServiceCategory.A, r.category());
    assertEquals(Optional.of(shanghai(2, 16, 30)), r.arrivalDue());
    assertTrue(r.version().isInitial());
    ServiceRequest closed = ServiceRequestStates.closedOnSite(
        ServiceRequestStates.dispatched(r, ServiceFixtures.ASSIGNED_AT), ServiceFixtures.CLOSED_AT);
    assertEquals(ServiceRequestStatus.CLOSED, closed.status());
    assertEquals(Optional.of(ServiceFixtures.TECHNICIAN), closed.technician());
  }

  @Test
  void entitlementsMapToTheirCategories() {
    // rule: SVC-01, SVC-15
    assertEquals(ServiceCategory.C, ServiceFixtures.anEntitlement().category());
    assertEquals(Optional.of(LocalDate.of(2027, 11, 1)),
        ServiceFixtures.anEntitlement().warrantyUntil());
    assertEquals(ServiceCategory.A,
        ServiceFixtures.entitlement().warrantyUntil(null).build().category());
    assertEquals(ServiceCategory.B, ServiceFixtures.entitlement().warrantyUntil(null)
        .contract(ContractId.of("CT-1")).build().category());
    assertEquals(ServiceCategory.D,
        ServiceFixtures.entitlement().internalJob(true).build().category());
    assertFalse(ServiceFixtures.anEntitlement().internalJob());
  }
}
