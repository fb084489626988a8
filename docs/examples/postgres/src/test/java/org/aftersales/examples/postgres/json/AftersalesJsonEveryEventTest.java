package org.aftersales.examples.postgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Promise;
import org.aftersales.core.service.PromisesRecomputed;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.service.ServiceArbitraries;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.survey.SurveyFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every {@link DomainEvent} record of core (found by scanning core's jar, so a new event cannot be
 * forgotten) is round-tripped: the events the testkit's fixtures produce — service requests on
 * each path, complaint cases, contract files and their reminders, surveys, penalties, work
 * reports — and, for the one no fixture stores, an instance built here.
 *
 * <p>// rule: the outbox stores every event as written (failure semantics: at least once, equal)
 */
class AftersalesJsonEveryEventTest {

  private static final Instant T0 = ServiceFixtures.RECEIVED_AT;

  @Test
  void every_domain_event_record_of_core_round_trips() throws Exception {
    Set<String> seen = new TreeSet<>();
    for (OutboxEvent e : serviceEvents()) {
      check(e, seen);
    }
    SurveyCard.issue(SurveyFixtures.aClosedRequest(), SurveyFixtures.BUSINESS_DAY,
        SurveyFixtures.ISSUED_AT).events().forEach(e -> check(e, seen));
    ServiceRequestId id = ServiceFixtures.aServiceRequestId();
    check(new PromisesRecomputed(id,
        List.of(new Promise(Milestone.ARRIVAL_ON_SITE, T0.plusSeconds(3600))),
        List.of(new Promise(Milestone.ARRIVAL_ON_SITE, T0.plusSeconds(7200).plusNanos(1000))),
        ServiceFixtures.MANAGER, ServiceFixtures.RECOMPUTE_REASON, ServiceFixtures.aRequestId(),
        T0.plusNanos(123_456_000)), seen);
    // The other areas' fixtures, as their own tests run them (they add what they round-trip).
    new AftersalesJsonComplaintProperties()
        .every_state_the_use_case_fixtures_reach_round_trips_with_its_events();
    AftersalesJsonFixturesTest fixtures = new AftersalesJsonFixturesTest();
    fixtures.contract_files_in_every_state_the_fixtures_reach_round_trip_with_their_events();
    fixtures.survey_cards_issued_and_answered_round_trip_with_their_events();
    fixtures.penalty_cases_and_ledgers_posted_reversed_and_settled_round_trip_with_their_events();
    fixtures.work_reports_and_availability_lapses_round_trip_with_their_events();
    seen.addAll(RoundTrip.SEEN);

    Set<String> records = coreEventRecords();
    assertTrue(records.size() >= 30, () -> "the scan found only " + records);
    Set<String> missing = new TreeSet<>(records);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "events of core no test round-trips");
  }

  private static void check(DomainEvent e, Set<String> seen) {
    RoundTrip.checkEvent(new OutboxEvent(org.aftersales.core.shared.EventId.of("x"), e));
    seen.add(e.getClass().getName());
  }

  private static void check(OutboxEvent e, Set<String> seen) {
    RoundTrip.checkEvent(e);
    RoundTrip.check(OutboxEvent.class, e);
    seen.add(e.event().getClass().getName());
  }

  /** Service requests on each path: paid and closed on site (cheap and dear), in the workshop. */
  private static List<OutboxEvent> serviceEvents() {
    List<OutboxEvent> out = new ArrayList<>();
    for (int variant = 0; variant < 3; variant++) {
      var registration = ServiceFixtures.registerServiceRequest().build();
      ServiceRequestId id = registration.serviceRequestId();
      List<Record> steps = new ArrayList<>();
      steps.add(ServiceFixtures.agreeArrivalTime(id).agreedAt(T0.plusSeconds(600))
          .requestedArrival(T0.plusSeconds(7200)).build());
      steps.add(ServiceFixtures.assignTechnician(id).assignedAt(T0.plusSeconds(1200)).build());
      steps.add(ServiceFixtures.quoteRepair(id).quotedAt(T0.plusSeconds(1800)).build());
      steps.add(ServiceFixtures.commitResolutionTime(id).committedAt(T0.plusSeconds(1800))
          .resolveBy(T0.plusSeconds(3 * 86_400)).build());
      var report = ServiceFixtures.serviceReport();
      if (variant == 1) {
        report = report.parts(List.of(ServiceFixtures.replacedPart()
            .unitPrice(ServiceFixtures.cny("1990.00")).build()));
      }
      ServiceArbitraries.Path path;
      if (variant < 2) {
        path = ServiceArbitraries.Path.CLOSED_ON_SITE;
        steps.add(ServiceFixtures.fileServiceReport(id).report(report.build())
            .filedAt(T0.plusSeconds(3 * 3600)).build());
        steps.add(ServiceFixtures.signVoucher(id).signedAt(T0.plusSeconds(3 * 3600 + 60))
            .build());
        steps.add(ServiceFixtures.closeServiceRequest(id).closedAt(T0.plusSeconds(4 * 3600))
            .build());
      } else {
        path = ServiceArbitraries.Path.RETURNED_FROM_WORKSHOP;
        steps.add(ServiceFixtures.takeItemToWorkshop(id).takenAt(T0.plusSeconds(2 * 3600))
            .build());
        steps.add(ServiceFixtures.openRepairCard(id).openedAt(T0.plusSeconds(2 * 3600 + 60))
            .promisedBy(T0.plusSeconds(2 * 86_400)).build());
        steps.add(ServiceFixtures.recordRepair(id).repairedAt(T0.plusSeconds(86_400)).build());
        steps.add(ServiceFixtures.inspectRepair(id).inspectedAt(T0.plusSeconds(86_400 + 600))
            .build());
        steps.add(ServiceFixtures.fileServiceReport(id).report(report.build())
            .filedAt(T0.plusSeconds(86_400 + 1200)).build());
        steps.add(ServiceFixtures.returnItem(id).returnedAt(T0.plusSeconds(86_400 + 3600))
            .build());
      }
      var life = new ServiceArbitraries.Lifecycle(Entitlement.none(), registration, path, steps);
      InMemoryServiceRequests requests = InMemoryServiceRequests.create();
      Clock clock = Clock.fixed(T0.plusSeconds(5 * 86_400), ServiceFixtures.SHANGHAI);
      ServiceRequest last = life.runOn(ServiceFixtures.seedRegistration(requests,
          InMemoryEntitlements.create(ServiceFixtures.SHANGHAI), clock),
          ServiceFixtures.seedDispatch(requests, clock),
          ServiceFixtures.seedCompletion(requests, clock),
          ServiceFixtures.seedWorkshop(requests, clock));
      RoundTrip.check(ServiceRequest.class, last);
      out.addAll(requests.outbox().all());
    }
    return out;
  }

  /** The names of core's records implementing DomainEvent, from core's jar. */
  static Set<String> coreEventRecords() throws IOException, URISyntaxException {
    java.nio.file.Path jar = java.nio.file.Path.of(DomainEvent.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    Set<String> out = new TreeSet<>();
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      for (var it = file.entries(); it.hasMoreElements(); ) {
        String name = it.nextElement().getName();
        if (!name.endsWith(".class") || name.contains("-info")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        try {
          Class<?> c = Class.forName(className, false,
              AftersalesJsonEveryEventTest.class.getClassLoader());
          if (c.isRecord() && DomainEvent.class.isAssignableFrom(c)) {
            out.add(className);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // needs an optional dependency (e.g. Bean Validation's): not an event record
        }
      }
    }
    return out;
  }

}
