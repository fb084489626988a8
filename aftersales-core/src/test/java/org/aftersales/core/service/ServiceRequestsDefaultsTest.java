package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default {@code openAfter} and {@code breached} of the repository port, over an adapter that
 * implements only {@code open}: the same answers the contract asks of every adapter.
 */
@Tag("SVC-08")
class ServiceRequestsDefaultsTest {

  // rule: SVC-08
  static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

  /** Only {@code open} implemented, in the port's order; a negative max refused. */
  static ServiceRequests openOnly(ServiceRequest... stored) {
    return new ServiceRequests() {
      @Override
      public List<ServiceRequest> open(int max) {
        if (max < 0) {
          throw InvalidInputException.of("max",
              MessageBundle.CORE.message("core.service.maxNegative"), max);
        }
        return List.of(stored).stream().filter(ServiceRequest::isOpen)
            .sorted(Comparator.comparing(ServiceRequest::receivedAt)
                .thenComparing(ServiceRequest::id)).limit(max).toList();
      }

      @Override
      public Optional<ServiceRequest> find(ServiceRequestId id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ServiceRequest> dueBefore(Instant instant, int max) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
          int max) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ServiceRequest> inWorkshop(int max) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static List<String> ids(List<ServiceRequest> requests) {
    return requests.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void open_after_answers_the_requests_after_a_position_of_the_open_order() {
    ServiceRequests port = openOnly(
        SweepFixtures.registered("B", T, null, null), SweepFixtures.registered("A", T, null, null),
        SweepFixtures.registered("C", T.plusSeconds(1), null, null),
        SweepFixtures.closed("AB", T, null, null, T.plusSeconds(5)),
        SweepFixtures.registered("0", T.minusSeconds(1), null, null));
    assertEquals(List.of("B", "C"), ids(port.openAfter(T, ServiceRequestId.of("A"), 10)));
    assertEquals(List.of("A", "B", "C"),
        ids(port.openAfter(T.minusSeconds(1), ServiceRequestId.of("0"), 10)));
    assertEquals(List.of("B"), ids(port.openAfter(T, ServiceRequestId.of("A"), 1)));
    assertEquals(List.of(), port.openAfter(T.plusSeconds(1), ServiceRequestId.of("C"), 10));
    assertEquals("max", assertThrows(InvalidInputException.class,
        () -> port.openAfter(T, ServiceRequestId.of("A"), -1)).violations().get(0).path());
  }

  @Test
  void breached_answers_watched_deadlines_before_the_instant_earliest_first_ties_by_id() {
    Instant at = T.plusSeconds(7_200);
    ServiceRequests port = openOnly(
        SweepFixtures.registered("late-b", T, T.plusSeconds(3_600), null),
        SweepFixtures.registered("late-a", T, T.plusSeconds(3_600), T.plusSeconds(9_000)),
        SweepFixtures.registered("first", T, null, T.plusSeconds(1_800)),
        SweepFixtures.registered("exactly", T, at, at),
        SweepFixtures.dispatched("met-reply", T, T.plusSeconds(60), T.plusSeconds(9_000),
            T.plusSeconds(30)),
        SweepFixtures.closed("closed", T, T.plusSeconds(60), null, T.plusSeconds(120)));
    assertEquals(List.of("first", "late-a", "late-b"), ids(port.breached(at, 10)));
    assertEquals(List.of("first"), ids(port.breached(at, 1)));
    assertEquals("max", assertThrows(InvalidInputException.class,
        () -> port.breached(at, -1)).violations().get(0).path());
  }
}
