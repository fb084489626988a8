package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audited recompute of promised deadlines: with the arrival target changed from 4 to 6
 * elapsed hours (and the 24-hour reply kept), every open request's arrival promise moves by two
 * hours, each change saved with its audit event; closed requests and unchanged promises are left
 * alone; a repeat changes nothing.
 */
@Tag("SVC-11")
@Tag("SVC-13")
class PromiseRecomputeTest {

  // rule: SVC-11, SVC-13
  static final Instant NOW = Instant.parse("2026-11-05T02:00:00Z");
  static final Instant RECEIVED = Instant.parse("2026-11-02T01:00:00Z");
  static final RecomputePromises COMMAND = new RecomputePromises(RequestId.of("rc-1"),
      PersonId.of("mgr-qian"), "National Day holidays added");

  static final BusinessCalendar ELAPSED = new BusinessCalendar() {
    @Override
    public ZoneId zone() {
      return ZoneOffset.UTC;
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
      return true;
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
      return instant;
    }

    @Override
    public Instant endOfWorkingDay(Instant instant) {
      return instant.plus(Duration.ofDays(1));
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
      return start.plus(workingTime);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      return Duration.between(from, to);
    }

    @Override
    public Duration workingDayLength() {
      return Duration.ofHours(24);
    }
  };

  static ServiceLevelPolicy arrivalWithin(int hours) {
    ServiceLevelTarget reply = ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-13"))
        .milestone(Milestone.REPLY).rule(DeadlineRule.within(Budget.elapsedHours(24))).build();
    ServiceLevelTarget arrival = ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-11"))
        .milestone(Milestone.ARRIVAL_ON_SITE)
        .rule(DeadlineRule.within(Budget.elapsedHours(hours))).build();
    return new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return Optional.of(key.milestone().equals(Milestone.REPLY) ? reply : arrival);
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        return ELAPSED;
      }
    };
  }

  static final CommandValidator VALIDATOR = new CommandValidator(Validation.byDefaultProvider()
      .configure().messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator());

  /** Promised under the old policy: reply +24 h, arrival +4 h. */
  static ServiceRequest old(String id, int minutesLater) {
    Instant received = RECEIVED.plusSeconds(60L * minutesLater);
    return SweepFixtures.registered(id, received, received.plusSeconds(86_400),
        received.plusSeconds(4 * 3_600));
  }

  @Test
  void the_domain_part_moves_the_arrival_promise_and_records_old_new_who_and_why() {
    ServiceRequest dispatched = SweepFixtures.dispatched("SR-1", RECEIVED,
        RECEIVED.plusSeconds(86_400), RECEIVED.plusSeconds(4 * 3_600), RECEIVED.plusSeconds(60));
    Changed<ServiceRequest> c = PromiseRecompute.recomputed(dispatched, arrivalWithin(6),
        COMMAND, NOW).orElseThrow();
    assertEquals(Optional.of(Instant.parse("2026-11-02T07:00:00Z")), c.state().arrivalDue());
    assertEquals(dispatched.responseDue(), c.state().responseDue());
    assertEquals(dispatched.technician(), c.state().technician(), "nothing else changes");
    assertEquals(dispatched.version(), c.state().version(), "saved against the read version");
    assertEquals(List.of(new PromisesRecomputed(dispatched.id(),
        List.of(new Promise(Milestone.REPLY, Instant.parse("2026-11-03T01:00:00Z")),
            new Promise(Milestone.ARRIVAL_ON_SITE, Instant.parse("2026-11-02T05:00:00Z"))),
        List.of(new Promise(Milestone.REPLY, Instant.parse("2026-11-03T01:00:00Z")),
            new Promise(Milestone.ARRIVAL_ON_SITE, Instant.parse("2026-11-02T07:00:00Z"))),
        PersonId.of("mgr-qian"), "National Day holidays added", RequestId.of("rc-1"), NOW)),
        c.events());
    assertEquals(Optional.empty(), PromiseRecompute.recomputed(dispatched, arrivalWithin(4),
        COMMAND, NOW), "the same policy changes nothing");
  }

  @Test
  void every_open_request_is_recomputed_page_by_page_and_a_repeat_changes_nothing() {
    SweepFakes.Requests requests = new SweepFakes.Requests(old("SR-1", 0), old("SR-2", 1),
        old("SR-3", 2), SweepFixtures.closed("SR-4", RECEIVED, null,
            RECEIVED.plusSeconds(4 * 3_600), RECEIVED.plusSeconds(60)));
    PromiseRecompute recompute = new PromiseRecompute(requests, VALIDATOR,
        Clock.fixed(NOW.plusNanos(1_500), ZoneOffset.UTC), new SweepPaging(2));
    RecomputeReport report = recompute.recompute(COMMAND, arrivalWithin(6));
    assertEquals(3, report.examined());
    assertEquals(List.of("SR-1", "SR-2", "SR-3"),
        report.changed().stream().map(e -> e.id().value()).toList());
    assertEquals(NOW.plusNanos(1_000), report.changed().get(0).occurredAt(), "to the microsecond");
    assertEquals(Optional.of(RECEIVED.plusSeconds(60 + 6 * 3_600)),
        requests.byId.get(ServiceRequestId.of("SR-2")).arrivalDue());
    assertEquals(Optional.of(RECEIVED.plusSeconds(4 * 3_600)),
        requests.byId.get(ServiceRequestId.of("SR-4")).arrivalDue(), "closed: untouched");
    assertEquals(List.of("service-request/SR-1/1/0", "service-request/SR-2/1/0",
        "service-request/SR-3/1/0"), requests.events.stream()
        .map(e -> e.eventId().value()).toList());
    assertEquals(List.of("open", "save", "save", "openAfter", "save"), requests.calls);

    requests.calls.clear();
    RecomputeReport repeat = recompute.recompute(COMMAND, arrivalWithin(6));
    assertEquals(List.of(), repeat.changed());
    assertEquals(3, requests.events.size(), "no second audit event");
    assertEquals(List.of("open", "openAfter"), requests.calls);
  }

  @Test
  void an_invalid_command_is_refused_before_any_port_call() {
    SweepFakes.Requests requests = new SweepFakes.Requests(old("SR-1", 0));
    PromiseRecompute recompute = new PromiseRecompute(requests, VALIDATOR,
        Clock.fixed(NOW, ZoneOffset.UTC), new SweepPaging(10));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> recompute.recompute(
        new RecomputePromises(RequestId.of("rc-2"), PersonId.of("mgr-qian"), " "),
        arrivalWithin(6)));
    assertEquals("reason", e.violations().get(0).path());
    assertTrue(requests.calls.isEmpty());
    assertEquals("pageSize", assertThrows(InvalidInputException.class,
        () -> new SweepPaging(0))
        .violations().get(0).path());
  }

  @Test
  void a_request_changed_meanwhile_is_read_again_and_recomputed_once_more() {
    ServiceRequest original = old("SR-1", 0);
    ServiceRequest dispatchedMeanwhile = SweepFixtures.dispatched("SR-1", original.receivedAt(),
        original.responseDue().orElseThrow(), original.arrivalDue().orElseThrow(),
        RECEIVED.plusSeconds(120)).withVersion(original.version().next());
    SweepFakes.Requests requests = new SweepFakes.Requests(original) {
      boolean raced;

      @Override
      public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
        if (!raced) {
          raced = true;
          byId.put(request.id(), dispatchedMeanwhile);
          calls.add("save");
          throw new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(),
              request.version(), dispatchedMeanwhile.version());
        }
        return super.save(request, events);
      }
    };
    RecomputeReport report = new PromiseRecompute(requests, VALIDATOR,
        Clock.fixed(NOW, ZoneOffset.UTC), new SweepPaging(10)).recompute(COMMAND, arrivalWithin(6));
    assertEquals(List.of("open", "save", "find", "save"), requests.calls);
    ServiceRequest stored = requests.byId.get(ServiceRequestId.of("SR-1"));
    assertEquals(ServiceRequestStatus.DISPATCHED, stored.status(), "the dispatch is kept");
    assertEquals(Optional.of(RECEIVED.plusSeconds(6 * 3_600)), stored.arrivalDue());
    assertEquals(1, report.changed().size());
    assertEquals("service-request/SR-1/2/0", requests.events.get(0).eventId().value());
  }

  @Test
  void a_request_closed_or_already_recomputed_meanwhile_is_left_alone() {
    ServiceRequest original = old("SR-1", 0);
    ServiceRequest closedMeanwhile = SweepFixtures.closed("SR-1", original.receivedAt(),
        original.responseDue().orElseThrow(), original.arrivalDue().orElseThrow(),
        RECEIVED.plusSeconds(120)).withVersion(original.version().next());
    ServiceRequest recomputedMeanwhile = PromiseRecompute.recomputed(original, arrivalWithin(6),
        COMMAND, NOW).orElseThrow().state().withVersion(original.version().next());
    for (ServiceRequest meanwhile : List.of(closedMeanwhile, recomputedMeanwhile)) {
      SweepFakes.Requests requests = new SweepFakes.Requests(original) {
        @Override
        public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
          byId.put(request.id(), meanwhile);
          calls.add("save");
          throw new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(),
              request.version(), meanwhile.version());
        }
      };
      RecomputeReport report = new PromiseRecompute(requests, VALIDATOR,
          Clock.fixed(NOW, ZoneOffset.UTC), new SweepPaging(10))
          .recompute(COMMAND, arrivalWithin(6));
      assertEquals(List.of(), report.changed());
      assertEquals(List.of("open", "save", "find"), requests.calls);
    }
  }
}
