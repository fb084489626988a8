package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Any sequence of registrations — valid or not, repeated, reusing request IDs or service request
 * IDs — leaves the register as a simple model of the rules says: one request per accepted request
 * ID, equal to the first command accepted under it, categorised by its unit's entitlement, and
 * exactly one delivered event per stored request. Refused commands change nothing.
 * // rule: SVC-01, SVC-02, SVC-15
 */
class RegistrationSequenceProperties {

  /** The units and the category each is entitled to, written out by hand (SVC-01). */
  static final List<String> SERIALS = List.of("SN-A", "SN-B", "SN-C", "SN-D", "SN-BC");
  static final Map<String, ServiceCategory> CATEGORY = Map.of("SN-A", ServiceCategory.A,
      "SN-B", ServiceCategory.B, "SN-C", ServiceCategory.C, "SN-D", ServiceCategory.D,
      "SN-BC", ServiceCategory.B);

  /**
   * One attempted registration: which request ID, which ID, which unit, blank or not; or, if
   * {@code resend}, the previous attempt sent again (a retry).
   */
  record Attempt(int requestId, int id, int serial, boolean blankCustomer, boolean resend) {
    RegisterServiceRequest command() {
      return new RegisterServiceRequest(RequestId.of("r-" + requestId),
          ServiceRequestId.of("SR-" + id), Instant.parse("2026-11-02T01:30:00Z"),
          blankCustomer ? " " : "Suzhou Motors", "1 Xinghu St", "0512-6288 0000", "CNC-450",
          SERIALS.get(serial), ServiceZone.SUBURB, ServiceChannel.HOTLINE, "Pump leaks");
    }
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    return Combinators.combine(Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 9).map(n -> n == 0),
            Arbitraries.integers().between(0, 3).map(n -> n == 0))
        .as(Attempt::new).list().ofMaxSize(25);
  }

  @Property(tries = 300)
  void any_sequence_of_registrations_leaves_what_the_model_says(
      @ForAll("attempts") List<Attempt> attempts) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    InMemoryEntitlements erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-1")))
        .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)))
        .grant("CNC-450", "SN-D", Entitlement.internal())
        .grant("CNC-450", "SN-BC", Entitlement.builder().contract(ContractId.of("MC-2"))
            .warrantyUntil(LocalDate.of(2027, 3, 31)).build());
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests, erp,
        SeedPolicies.seed(SeedServiceLevels.DISPATCH), TestValidators.commandValidator(),
        TestClock.at(Instant.parse("2026-11-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    // The model: the command accepted under each request ID, and which request ID owns an ID.
    Map<RequestId, RegisterServiceRequest> accepted = new HashMap<>();
    Map<ServiceRequestId, RequestId> owners = new HashMap<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt a = attempts.get(i).resend() && i > 0 ? attempts.get(i - 1) : attempts.get(i);
      RegisterServiceRequest c = a.command();
      RegisterServiceRequest earlier = accepted.get(c.requestId());
      if (a.blankCustomer()) {
        assertThrows(InvalidInputException.class, () -> registration.register(c));
      } else if (earlier != null && earlier.equals(c)) {
        assertEquals(c, registration.register(c).registeredBy());
      } else if (earlier != null) {
        assertThrows(DuplicateRequestException.class, () -> registration.register(c));
      } else if (owners.containsKey(c.serviceRequestId())) {
        assertThrows(InvalidInputException.class, () -> registration.register(c));
      } else {
        assertEquals(c, registration.register(c).registeredBy());
        accepted.put(c.requestId(), c);
        owners.put(c.serviceRequestId(), c.requestId());
      }
    }

    assertEquals(accepted.size(), requests.size());
    for (RegisterServiceRequest c : accepted.values()) {
      ServiceRequest stored = requests.findByRequestId(c.requestId()).orElseThrow();
      assertEquals(c, stored.registeredBy());
      assertEquals(CATEGORY.get(c.productSerial()), stored.category());
      assertEquals(1, stored.version().value());
    }
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    new EventRelay(requests.outbox(), publisher).relayAll(100, 100);
    assertEquals(accepted.size(), publisher.events().size());
  }
}
