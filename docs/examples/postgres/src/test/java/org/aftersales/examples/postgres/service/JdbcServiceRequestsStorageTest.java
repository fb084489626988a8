package org.aftersales.examples.postgres.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.PromiseRecompute;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceLevelWatch;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepCheck;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.service.ServiceArbitraries;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.junit.jupiter.api.Test;

/**
 * What the contract does not check of {@link JdbcServiceRequests}: the host's transaction (a
 * rollback takes the request and its events with it; a refusal inside it leaves it usable),
 * Chinese text beyond the Basic Multilingual Plane and microsecond instants in the columns, and
 * every life the testkit's arbitraries generate — run through the library's use cases over this
 * adapter and over the in-memory one — stored, read back and indexed as the domain says.
 */
class JdbcServiceRequestsStorageTest {

  private static final AftersalesJson JSON = new AftersalesJson();

  /** The clock the testkit's own properties run the lives with: after every generated step. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2028-01-01T00:00:00Z"), ServiceFixtures.SHANGHAI);

  private final Transactions tx = TestDatabase.shared().transactions();

  private ServiceRequests adapter() {
    return new JdbcServiceRequests(tx, JSON);
  }

  private static Changed<ServiceRequest> registration(RegisterServiceRequest command) {
    return ServiceRequest.register(command, ServiceFixtures.anEntitlement(),
        ServiceFixtures.seedServiceLevels(), command.receivedAt());
  }

  @Test
  void a_host_transaction_rolled_back_leaves_neither_the_request_nor_its_events() {
    // rule: SVC-02 — the save joins the host's transaction: all or nothing, state and events
    Changed<ServiceRequest> registered =
        registration(ServiceFixtures.registerServiceRequest().build());
    ServiceRequest request = registered.state();
    List<OutboxEvent> events = request.outboxEventsOfSave(registered.events());
    assertFalse(events.isEmpty(), "a registration has its event");
    IllegalStateException boom = new IllegalStateException("the host fails after the save");

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> tx.inTransaction(c -> {
          adapter().save(request, events);
          assertEquals(1, adapter().find(request.id()).orElseThrow().version().value(),
              "inside the transaction the save is seen");
          throw boom;
        }));

    assertSame(boom, thrown);
    assertEquals(Optional.empty(), adapter().find(request.id()));
    assertEquals(Optional.empty(), adapter().findByRequestId(request.requestId()));
    assertEquals(0, storedEvents(events), "no event of the rolled-back save");
    adapter().save(request, events);
    assertEquals(events.size(), storedEvents(events), "the retry stores them once");
  }

  @Test
  void a_refusal_inside_a_host_transaction_leaves_it_usable_and_its_other_work_commits() {
    // rule: SVC-02 — a refusal fails no statement, so PostgreSQL does not abort the transaction
    ServiceRequest unsaved = ServiceFixtures.aServiceRequest();
    ServiceRequest stored = adapter().save(unsaved, List.of());
    ServiceRequest sameRequestId = ServiceFixtures.aServiceRequest(ServiceFixtures
        .registerServiceRequest().requestId(stored.requestId()).build(), ServiceFixtures
        .anEntitlement());
    ServiceRequest other = ServiceFixtures.aServiceRequest();

    tx.inTransaction(c -> {
      assertThrows(ConcurrentUpdateException.class, () -> adapter().save(unsaved, List.of()));
      assertThrows(DuplicateRequestException.class,
          () -> adapter().save(sameRequestId, List.of()));
      return adapter().save(other, List.of());
    });

    assertEquals(1, adapter().find(other.id()).orElseThrow().version().value());
    assertEquals(Optional.of(stored), adapter().find(stored.id()));
    assertEquals(Optional.empty(), adapter().find(sameRequestId.id()));
  }

  @Test
  void the_sweep_check_column_holds_minus_infinity_after_a_save_the_check_exactly_and_infinity()
      throws Exception {
    // rule: SVC-08 — V9: '-infinity' at once (every save), the instant to the microsecond,
    // 'infinity' never; a host transaction rolled back takes a check back with it
    ServiceRequest stored = adapter().save(ServiceFixtures.aServiceRequest(), List.of());
    assertEquals("-infinity", checkText(stored));
    Instant check = Instant.parse("2026-11-02T03:04:05.123456Z");
    adapter().scheduleSweepChecks(List.of(SweepCheck.at(stored.id(), stored.version(), check)));
    assertEquals(Optional.of(check), column(stored, "sweep_check_at"));
    adapter().scheduleSweepChecks(List.of(SweepCheck.never(stored.id(), stored.version())));
    assertEquals("infinity", checkText(stored));
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      adapter().scheduleSweepChecks(List.of(SweepCheck.at(stored.id(), stored.version(),
          check)));
      throw new IllegalStateException("the host fails after the checks");
    }));
    assertEquals("infinity", checkText(stored), "the rolled-back check is not kept");
    ServiceRequest saved = adapter().save(ServiceRequestStates.closedOnSite(stored,
        stored.receivedAt().plusSeconds(7_200)), List.of());
    assertEquals("-infinity", checkText(saved), "the save reset it in its own statement");
    assertFalse(adapter().dueForSweep(check, Integer.MAX_VALUE).stream()
        .anyMatch(r -> r.id().equals(saved.id())), "a closed request is never due");
  }

  private String checkText(ServiceRequest r) {
    return tx.withConnection("reading the sweep check", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT sweep_check_at::text FROM service_request WHERE id = ?")) {
        s.setString(1, r.id().value());
        try (ResultSet rows = s.executeQuery()) {
          rows.next();
          return rows.getString(1);
        }
      }
    });
  }

  @Test
  void of_concurrent_registrations_under_one_request_id_one_is_stored_the_others_are_duplicates()
      throws Exception {
    // rule: SVC-02 — ON CONFLICT waits for the racing insert's commit and writes nothing, so the
    // losers get the port's refusal, never a unique violation
    RegisterServiceRequest first = ServiceFixtures.registerServiceRequest().build();
    List<ServiceRequest> racing = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      racing.add(ServiceFixtures.aServiceRequest(ServiceFixtures.registerServiceRequest()
          .requestId(first.requestId()).build(), ServiceFixtures.anEntitlement()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(racing.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (ServiceRequest r : racing) {
        results.add(pool.submit(() -> {
          start.await();
          try {
            adapter().save(r, List.of());
            return true;
          } catch (DuplicateRequestException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(1, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertEquals(1, won);
      ServiceRequest stored = adapter().findByRequestId(first.requestId()).orElseThrow();
      assertEquals(1, racing.stream().filter(r -> adapter().find(r.id()).isPresent()).count());
      assertEquals(Optional.of(stored), adapter().find(stored.id()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void chinese_text_beyond_the_bmp_and_microsecond_instants_are_stored_exactly() {
    // rule: SVC-02 — 𠀀 (U+20000) takes four bytes in UTF-8 and two chars in Java
    Instant received = ServiceFixtures.RECEIVED_AT.plusNanos(123_456_000);
    RegisterServiceRequest command = ServiceFixtures.registerServiceRequest()
        .receivedAt(received).problem("主轴异响后停机，编号𠀀𠀁，请带备件").build();
    ServiceRequest stored = adapter().save(ServiceFixtures.aServiceRequest(command,
        ServiceFixtures.anEntitlement()), List.of());

    ServiceRequest read = adapter().find(stored.id()).orElseThrow();
    assertEquals(stored, read);
    assertEquals("主轴异响后停机，编号𠀀𠀁，请带备件", read.problem());
    assertEquals(ServiceFixtures.CUSTOMER_NAME, read.customerName());
    assertEquals(Instant.parse("2026-11-02T01:00:00.123456Z"), read.receivedAt(),
        "09:00 in Shanghai plus 123 456 µs");
    assertEquals(Instant.parse("2026-11-02T01:00:00.123456Z"),
        column(stored, "received_at").orElseThrow(), "the indexed column keeps the µs too");
  }

  @Test
  void every_state_the_fixtures_reach_reads_back_equal() {
    // rule: SVC-03, SVC-05, SVC-06, SVC-15 — dispatched, quoted, closed on site, in the
    // workshop, returned
    ServiceRequest registered = adapter().save(ServiceFixtures.aServiceRequest(
        ServiceFixtures.registerServiceRequest().build(),
        org.aftersales.core.service.Entitlement.none()), List.of());
    ServiceRequest quoted = adapter().save(ServiceRequestStates.quoted(registered,
        ServiceFixtures.QUOTED_AT), List.of());
    ServiceRequest dispatched = adapter().save(ServiceRequestStates.dispatched(quoted,
        ServiceFixtures.ASSIGNED_AT), List.of());
    assertEquals(Optional.of(dispatched), adapter().find(registered.id()));
    ServiceRequest closed = adapter().save(ServiceRequestStates.closedOnSite(dispatched,
        ServiceFixtures.CLOSED_AT), List.of());
    assertEquals(Optional.of(closed), adapter().find(registered.id()));

    ServiceRequest toWorkshop = adapter().save(ServiceRequestStates.dispatched(
        ServiceFixtures.aServiceRequest(), ServiceFixtures.ASSIGNED_AT), List.of());
    ServiceRequest inWorkshop = adapter().save(ServiceRequestStates.inWorkshop(toWorkshop,
        ServiceFixtures.TAKEN_AT), List.of());
    assertEquals(Optional.of(inWorkshop), adapter().find(toWorkshop.id()));
    ServiceRequest returned = adapter().save(ServiceRequestStates.returned(inWorkshop,
        ServiceFixtures.RETURNED_AT), List.of());
    assertEquals(Optional.of(returned), adapter().findByRequestId(toWorkshop.requestId()));
  }

  @Test
  void a_request_whose_promises_were_recomputed_reads_back_equal_with_its_audit() {
    // rule: SVC-11 — the recompute's audited change (节假日安排调整) survives the adapter
    ServiceRequest stored = adapter().save(ServiceFixtures.aServiceRequest(), List.of());
    ServiceLevelPolicy promisesNothing = new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return Optional.empty();
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        throw new IllegalStateException("no target, no calendar");
      }
    };
    Changed<ServiceRequest> recomputed = PromiseRecompute.recomputed(stored, promisesNothing,
        ServiceFixtures.recomputePromises().build(), ServiceFixtures.COMMITTED_AT).orElseThrow();

    ServiceRequest saved = adapter().save(recomputed.state(),
        recomputed.state().outboxEventsOfSave(recomputed.events()));

    assertEquals(Optional.of(saved), adapter().find(stored.id()));
    assertEquals(Optional.empty(), column(saved, "first_due"), "no deadline promised any more");
    assertEquals(Optional.empty(), column(saved, "earliest_watched_due"));
  }

  @Provide
  Arbitrary<ServiceArbitraries.Lifecycle> lives() {
    return ServiceArbitraries.lifecycles();
  }

  @Property(seed = "20261130", tries = 30)
  void every_generated_life_is_stored_read_back_and_indexed_as_the_in_memory_adapter_keeps_it(
      @ForAll("lives") ServiceArbitraries.Lifecycle life) {
    // rule: SVC-02, SVC-03, SVC-05, SVC-06, SVC-08, SVC-13, SVC-14, SVC-15, SVC-16 — the same
    // commands through the same use cases give the same request over either adapter
    ServiceRequests jdbc = adapter();
    ServiceRequest overJdbc = run(life, jdbc);
    ServiceRequest inMemory = run(life, InMemoryServiceRequests.create());

    assertEquals(inMemory, overJdbc);
    assertEquals(Optional.of(inMemory), adapter().find(overJdbc.id()));
    assertEquals(Optional.of(inMemory), adapter().findByRequestId(overJdbc.requestId()));
    // The derived columns the queries use, against the domain's own definitions.
    assertEquals(inMemory.firstDue(), column(overJdbc, "first_due"));
    assertEquals(ServiceLevelWatch.earliestBreach(inMemory, Instant.MAX),
        column(overJdbc, "earliest_watched_due"));
    assertEquals(inMemory.dispatchedAt(), column(overJdbc, "dispatched_at"));
    assertEquals(inMemory.closedAt(), column(overJdbc, "closed_at"));
    assertEquals(inMemory.workshopIntake().map(TakeItemToWorkshop::takenAt),
        column(overJdbc, "taken_in_at"));
    assertEquals(Arrays.asList(inMemory.status().name(),
        inMemory.technician().map(PersonId::value).orElse(null)), texts(overJdbc));
  }

  private static ServiceRequest run(ServiceArbitraries.Lifecycle life,
      ServiceRequests requests) {
    InMemoryEntitlements erp = life.grantTo(InMemoryEntitlements.create(ServiceFixtures.SHANGHAI));
    return life.runOn(ServiceFixtures.seedRegistration(requests, erp, CLOCK),
        ServiceFixtures.seedDispatch(requests, CLOCK),
        ServiceFixtures.seedCompletion(requests, CLOCK),
        ServiceFixtures.seedWorkshop(requests, CLOCK));
  }

  private Optional<Instant> column(ServiceRequest r, String column) {
    return tx.withConnection("reading " + column, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + column + " FROM service_request WHERE id = ?")) {
        s.setString(1, r.id().value());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
          return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
        }
      }
    });
  }

  private List<String> texts(ServiceRequest r) {
    return tx.withConnection("reading status and technician", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT status, technician FROM service_request WHERE id = ?")) {
        s.setString(1, r.id().value());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          List<String> out = new ArrayList<>();
          out.add(rs.getString(1));
          out.add(rs.getString(2));
          return out;
        }
      }
    });
  }

  private int storedEvents(List<OutboxEvent> events) {
    return tx.withConnection("counting events", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ANY (?)")) {
        s.setArray(1, c.createArrayOf("text",
            events.stream().map(e -> e.eventId().value()).toArray()));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }
}
