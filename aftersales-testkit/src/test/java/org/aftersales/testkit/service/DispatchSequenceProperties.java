package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Any sequence of dispatch commands — valid or not, retried, reusing request IDs, reassigning,
 * naming an unknown request — leaves each request as a simple model says: dispatched once, by the
 * first accepted command, never again; every refusal changes nothing; and the promised arrival
 * deadlines never move. The deadlines are worked out by hand from the seed's 6 working hours in
 * the city (SVC-11) on the Shanghai office calendar.
 * // rule: SVC-02, SVC-11
 */
class DispatchSequenceProperties {

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SeedPolicies.SHANGHAI).toInstant();
  }

  /** Calls received Monday 2 November at 09:00, 10:00 and 11:00 in Shanghai. */
  static final List<Instant> RECEIVED = List.of(sh(2, 9, 0), sh(2, 10, 0), sh(2, 11, 0));
  /**
   * Six working hours later: 09:00 → 09–12 (3 h) + 13:30–16:30; 10:00 → 10–12 (2 h) + 13:30–17:30;
   * 11:00 → 11–12 (1 h) + 13:30–18:00 (4.5 h) + Tuesday 09:00–09:30.
   */
  static final List<Instant> ARRIVAL_DUE = List.of(sh(2, 16, 30), sh(2, 17, 30), sh(3, 9, 30));

  /**
   * One attempted dispatch: which request ID, which service request (3 is unknown), which
   * technician, the supervisor missing or not; or, if {@code resend}, the previous attempt again.
   */
  record Attempt(int requestId, int target, int technician, boolean noSupervisor,
      boolean resend) {
    AssignTechnician command() {
      return new AssignTechnician(RequestId.of("d-" + requestId),
          ServiceRequestId.of("SR-" + target), PersonId.of("tech-" + technician),
          noSupervisor ? null : PersonId.of("sup-zhao"), sh(2, 12, 0));
    }
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    return Combinators.combine(Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 9).map(n -> n == 0),
            Arbitraries.integers().between(0, 3).map(n -> n == 0))
        .as(Attempt::new).list().ofMaxSize(20);
  }

  @Property(tries = 200)
  void any_sequence_of_dispatches_leaves_what_the_model_says_and_never_moves_a_promise(
      @ForAll("attempts") List<Attempt> attempts) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    TestClock clock = TestClock.at(Instant.parse("2026-11-02T04:00:00Z"), SeedPolicies.SHANGHAI);
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), clock);
    ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock);
    for (int i = 0; i < RECEIVED.size(); i++) {
      registration.register(new RegisterServiceRequest(RequestId.of("r-" + i),
          ServiceRequestId.of("SR-" + i), RECEIVED.get(i), "Suzhou Motors", "1 Xinghu St",
          "0512-6288 0000", "CNC-450", "SN-" + i, ServiceZone.CITY, ServiceChannel.HOTLINE,
          "Pump leaks"));
    }

    // The model: the command that dispatched each request.
    Map<ServiceRequestId, AssignTechnician> dispatchedBy = new HashMap<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt a = attempts.get(i).resend() && i > 0 ? attempts.get(i - 1) : attempts.get(i);
      AssignTechnician c = a.command();
      AssignTechnician earlier = dispatchedBy.get(c.serviceRequestId());
      if (a.noSupervisor()) {
        assertThrows(InvalidInputException.class, () -> dispatch.assign(c));
      } else if (a.target() == RECEIVED.size()) {
        assertThrows(NotFoundException.class, () -> dispatch.assign(c));
      } else if (c.equals(earlier)) {
        assertEquals(Optional.of(c.technician()), dispatch.assign(c).technician());
      } else if (earlier != null && earlier.requestId().equals(c.requestId())) {
        assertThrows(DuplicateRequestException.class, () -> dispatch.assign(c));
      } else if (earlier != null) {
        RuleRefusalException e = assertThrows(RuleRefusalException.class,
            () -> dispatch.assign(c));
        assertEquals(RuleId.of("SVC-02"), e.ruleId());
      } else {
        assertEquals(ServiceRequestStatus.DISPATCHED, dispatch.assign(c).status());
        dispatchedBy.put(c.serviceRequestId(), c);
      }
    }

    for (int i = 0; i < RECEIVED.size(); i++) {
      ServiceRequest stored = requests.find(ServiceRequestId.of("SR-" + i)).orElseThrow();
      AssignTechnician by = dispatchedBy.get(stored.id());
      assertEquals(Optional.of(ARRIVAL_DUE.get(i)), stored.arrivalDue(), "promise kept");
      assertEquals(Optional.empty(), stored.responseDue());
      assertEquals(by == null ? ServiceRequestStatus.REGISTERED : ServiceRequestStatus.DISPATCHED,
          stored.status());
      assertEquals(Optional.ofNullable(by).map(AssignTechnician::technician),
          stored.technician());
      assertEquals(Optional.ofNullable(by).map(AssignTechnician::requestId),
          stored.dispatchRequestId());
      assertEquals(by == null ? 1 : 2, stored.version().value());
    }
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    new EventRelay(requests.outbox(), publisher).relayAll(100, 100);
    assertEquals(RECEIVED.size() + dispatchedBy.size(), publisher.events().size());
  }
}
