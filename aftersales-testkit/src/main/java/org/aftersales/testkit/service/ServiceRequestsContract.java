package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepCheck;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link ServiceRequests} port (叫修登记簿契约测试), as tests any adapter can
 * run: extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcServiceRequestsTest extends ServiceRequestsContract {
 *   @Override protected ServiceRequests freshAdapter() { return new JdbcServiceRequests(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved request reads back equal — every attribute, the entitlement included, instants to
 *       the microsecond — through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a second save of a new request and an update of a
 *       request never stored are refused and write nothing;</li>
 *   <li>request IDs are unique; request IDs and service request IDs are compared exactly: IDs
 *       differing only in letter case are different;</li>
 *   <li>the change's events reach the outbox with the request, and a refused save appends
 *       none;</li>
 *   <li>of many concurrent saves of one version exactly one succeeds;</li>
 *   <li>{@link ServiceRequests#open(int)}: closed requests left out, oldest received first (ties by
 *       ID), at most {@code max}, a negative {@code max} refused;</li>
 *   <li>{@link ServiceRequests#dueBefore}: only registered (undispatched) requests whose first
 *       promised deadline is strictly before the instant, earliest deadline first (ties by ID),
 *       requests promised nothing never, at most {@code max};</li>
 *   <li>{@link ServiceRequests#byTechnician}: the technician's dispatches whose assignment time
 *       falls on the day as cut in the given zone (start inclusive, end exclusive), closed ones
 *       included, earliest first (ties by ID), at most {@code max};</li>
 *   <li>{@link ServiceRequests#inWorkshop}: the items in custody (taken to the workshop, not
 *       returned), earliest intake first (ties by ID), at most {@code max};</li>
 *   <li>the promised deadlines and the assignment read back as saved;</li>
 *   <li>the sweep's checks ({@link ServiceRequests#dueForSweep},
 *       {@link ServiceRequests#dueForSweepAfter}, {@link ServiceRequests#scheduleSweepChecks},
 *       {@link ServiceRequests#resetSweepChecks}): a saved request is due at once, a closed one
 *       never; a scheduled one is not due before or at its check and is due strictly after it;
 *       "never" is never due; a check naming a stale version (or an unknown request) is ignored;
 *       a save after a check makes the request due again; a reset makes every request due;
 *       paging follows {@code open}'s order and keyset; a save racing a check always leaves the
 *       request due. An adapter on the port's default implementations (no checks kept: correct
 *       for the sweep, but every run reads every open request) overrides
 *       {@link #keepsSweepChecks()} to answer false, and the same tests then expect every open
 *       request due.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses IDs of its own, built from a random key per test run
 * ({@link #runKey()}), so the tests can run again and again against one persistent database;
 * override {@link #newServiceRequestId()} or {@link #newRequestId()} if your storage needs other
 * shapes. The {@code open} tests check the order of their own requests among whatever else is
 * stored, and read every open request once.
 *
 * <p><b>Bounded.</b> Each test fails after two minutes, in a thread of its own, even if the adapter
 * blocks on a lock without answering interrupts. // rule: SVC-02
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ServiceRequestsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();

  /** A received-at with microseconds, as the library stores them (never finer). */
  private static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00.123456Z");

  /** A policy with no targets: requests are built here with the deadlines each test sets. */
  private static final ServiceLevelPolicy NO_PROMISES = new ServiceLevelPolicy() {
    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      return Optional.empty();
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      throw new IllegalStateException("no target, no calendar");
    }
  };

  /** For subclasses. */
  protected ServiceRequestsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  protected abstract ServiceRequests freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  /**
   * A service request ID no earlier test used.
   *
   * @return e.g. {@code SR-3fa09c1e77-17}
   */
  protected ServiceRequestId newServiceRequestId() {
    return ServiceRequestId.of("SR-" + runKey() + "-" + COUNTER.incrementAndGet());
  }

  /**
   * A request ID no earlier test used.
   *
   * @return e.g. {@code req-3fa09c1e77-17}
   */
  protected RequestId newRequestId() {
    return RequestId.of("req-" + runKey() + "-" + COUNTER.incrementAndGet());
  }

  private static RegisterServiceRequest command(ServiceRequestId id, RequestId requestId,
      Instant receivedAt) {
    return new RegisterServiceRequest(requestId, id, receivedAt, "Shanghai Precision Ltd.",
        "88 Zhangjiang Rd, Pudong", "+86 21 5080 1234", "CNC-450", "SN-0042",
        ServiceZone.SUBURB, ServiceChannel.HOTLINE, "Spindle stops after 10 minutes");
  }

  private static Entitlement bothContractAndWarranty() {
    return Entitlement.builder().contract(ContractId.of("MC-2026-017"))
        .warrantyUntil(LocalDate.of(2027, 3, 31)).build();
  }

  private ServiceRequest newRequest(ServiceRequestId id, RequestId requestId, Instant receivedAt) {
    return ServiceRequest.register(command(id, requestId, receivedAt), bothContractAndWarranty(),
        NO_PROMISES, receivedAt.plusSeconds(5)).state();
  }

  private ServiceRequest newRequest() {
    return newRequest(newServiceRequestId(), newRequestId(), RECEIVED);
  }

  /** {@code r} in another status, as a later slice's command would leave it. */
  private static ServiceRequest withStatus(ServiceRequest r, ServiceRequestStatus status) {
    if (status == ServiceRequestStatus.CLOSED) {
      return ServiceRequestStates.closedOnSite(r, r.receivedAt().plusSeconds(7200));
    }
    return builderFrom(r).responseDue(r.responseDue()).arrivalDue(r.arrivalDue())
        .technician(r.technician()).supervisor(r.supervisor()).dispatchedAt(r.dispatchedAt())
        .dispatchRequestId(r.dispatchRequestId()).status(status)
        .build();
  }

  /** {@code r} promised these deadlines (either may be null: none promised). */
  private static ServiceRequest promised(ServiceRequest r, Instant response, Instant arrival) {
    return builderFrom(r).status(r.status()).responseDue(Optional.ofNullable(response))
        .arrivalDue(Optional.ofNullable(arrival)).build();
  }

  /** {@code r} dispatched to {@code technician} at {@code at}, in {@code status}. */
  private ServiceRequest assigned(ServiceRequest r, PersonId technician, Instant at,
      ServiceRequestStatus status) {
    if (status == ServiceRequestStatus.CLOSED) {
      return ServiceRequestStates.closedOnSite(
          assigned(r, technician, at, ServiceRequestStatus.DISPATCHED), at.plusSeconds(1800));
    }
    return builderFrom(r).responseDue(r.responseDue()).arrivalDue(r.arrivalDue()).status(status)
        .technician(technician).supervisor(PersonId.of("sup-" + runKey())).dispatchedAt(at)
        .dispatchRequestId(newRequestId())
        .build();
  }

  /** A builder holding every attribute of {@code r} but its status, deadlines and assignment. */
  private static ServiceRequest.Builder builderFrom(ServiceRequest r) {
    ServiceRequest.Builder b = ServiceRequest.builder();
    b.id(r.id()).requestId(r.requestId()).receivedAt(r.receivedAt())
        .customerName(r.customerName()).address(r.address()).phone(r.phone())
        .productModel(r.productModel()).productSerial(r.productSerial()).zone(r.zone())
        .channel(r.channel()).problem(r.problem()).entitlement(r.entitlement())
        .category(r.category()).billing(r.billing()).version(r.version());
    return b;
  }

  private static ServiceRequest save(ServiceRequests adapter, ServiceRequest r) {
    return adapter.save(r, List.of());
  }

  @Test
  void a_saved_request_reads_back_equal_to_the_microsecond_through_a_fresh_adapter() {
    ServiceRequest created = newRequest();
    ServiceRequest stored = save(freshAdapter(), created);
    assertEquals(Version.of(1), stored.version());
    assertEquals(created.withVersion(Version.of(1)), stored);
    ServiceRequests reader = freshAdapter();
    assertEquals(Optional.of(stored), reader.find(created.id()));
    assertEquals(Optional.of(stored), reader.findByRequestId(created.requestId()));
    assertEquals(Instant.parse("2026-11-02T02:00:00.123456Z"),
        reader.find(created.id()).orElseThrow().receivedAt());
    assertEquals(bothContractAndWarranty(), reader.find(created.id()).orElseThrow().entitlement());
    ServiceRequest closed = save(freshAdapter(), withStatus(stored, ServiceRequestStatus.CLOSED));
    assertEquals(Version.of(2), closed.version());
    assertEquals(Optional.of(closed), freshAdapter().find(created.id()));
  }

  @Test
  void every_step_of_a_requests_life_reads_back_equal_through_a_fresh_adapter() {
    // rule: SVC-03, SVC-05, SVC-06, SVC-13, SVC-15, SVC-16 — what each step keeps on the request
    // (the agreed arrival, the quote, the report, the voucher's signature, the closing and
    // settlement, the intake, the repair card, the repair, the inspection, the return) survives
    // the adapter.
    Instant t = RECEIVED.plusSeconds(3_600);
    ServiceRequest onSite = save(freshAdapter(), newRequest());
    ServiceRequest agreed = save(freshAdapter(), onSite.arrivalAgreed(new AgreeArrivalTime(
        newRequestId(), onSite.id(), t.plusSeconds(86_400), PersonId.of("sup-" + runKey()), t),
        NO_PROMISES, t).state());
    assertEquals(Optional.of(agreed), freshAdapter().find(onSite.id()));
    ServiceRequest closed = save(freshAdapter(), ServiceRequestStates.closedOnSite(agreed,
        t.plusSeconds(600)));
    assertEquals(Optional.of(closed), freshAdapter().find(onSite.id()));
    assertEquals(agreed.arrivalAgreement(), closed.arrivalAgreement());

    ServiceRequest workshop = save(freshAdapter(), newRequest());
    ServiceRequest taken = save(freshAdapter(), ServiceRequestStates.inWorkshop(workshop, t));
    assertEquals(Optional.of(taken), freshAdapter().find(workshop.id()));
    ServiceRequest returned = save(freshAdapter(), ServiceRequestStates.returned(taken,
        t.plusSeconds(7_200)));
    assertEquals(Optional.of(returned), freshAdapter().find(workshop.id()));
    assertEquals(Optional.of(returned), freshAdapter().findByRequestId(workshop.requestId()));

    // rule: SVC-15 — a paid job's quote (parts, travel, who, when) survives too, and so does the
    // closed job that carries it.
    ServiceRequest paid = save(freshAdapter(), ServiceRequest.register(command(
        newServiceRequestId(), newRequestId(), RECEIVED), Entitlement.none(), NO_PROMISES,
        RECEIVED.plusSeconds(5)).state());
    ServiceRequest quoted = save(freshAdapter(), ServiceRequestStates.quoted(paid, t));
    assertEquals(Optional.of(quoted), freshAdapter().find(paid.id()));
    ServiceRequest paidClosed = save(freshAdapter(), ServiceRequestStates.closedOnSite(quoted,
        t.plusSeconds(600)));
    assertEquals(Optional.of(paidClosed), freshAdapter().find(paid.id()));
    assertEquals(quoted.quote(), paidClosed.quote());
  }

  @Test
  void unknown_ids_and_request_ids_are_not_found() {
    assertEquals(Optional.empty(), freshAdapter().find(newServiceRequestId()));
    assertEquals(Optional.empty(), freshAdapter().findByRequestId(newRequestId()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    ServiceRequests adapter = freshAdapter();
    ServiceRequest v1 = save(adapter, newRequest());
    ServiceRequest v2 = save(adapter, withStatus(v1, ServiceRequestStatus.CLOSED));
    ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
        () -> save(freshAdapter(), v1));
    assertEquals(Version.of(1), stale.expected());
    assertEquals(Optional.of(Version.of(2)), stale.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(v1.id()));
  }

  @Test
  void a_new_request_whose_id_is_already_stored_is_refused_and_writes_nothing() {
    ServiceRequest stored = save(freshAdapter(), newRequest());
    ServiceRequest sameId = newRequest(stored.id(), newRequestId(), RECEIVED.plusSeconds(60));
    assertThrows(ConcurrentUpdateException.class, () -> save(freshAdapter(), sameId));
    assertEquals(Optional.of(stored), freshAdapter().find(stored.id()));
    assertEquals(Optional.empty(), freshAdapter().findByRequestId(sameId.requestId()));
  }

  @Test
  void a_request_that_was_never_stored_cannot_be_updated() {
    ServiceRequest phantom = newRequest().withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> save(freshAdapter(), phantom));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.id()));
  }

  @Test
  void a_request_id_belongs_to_one_request_only() {
    ServiceRequest first = save(freshAdapter(), newRequest());
    ServiceRequest other = newRequest(newServiceRequestId(), first.requestId(), RECEIVED);
    assertThrows(DuplicateRequestException.class, () -> save(freshAdapter(), other));
    assertEquals(Optional.empty(), freshAdapter().find(other.id()));
    assertEquals(Optional.of(first), freshAdapter().findByRequestId(first.requestId()));
  }

  @Test
  void ids_differing_only_in_letter_case_are_different_requests() {
    String key = runKey() + "-" + COUNTER.incrementAndGet() + "-ab";
    RequestId lower = RequestId.of("case-" + key);
    RequestId upper = RequestId.of(lower.value().toUpperCase(Locale.ROOT));
    ServiceRequestId idLower = ServiceRequestId.of("sr-" + key);
    ServiceRequestId idUpper = ServiceRequestId.of(idLower.value().toUpperCase(Locale.ROOT));
    ServiceRequest a = save(freshAdapter(), newRequest(idLower, lower, RECEIVED));
    ServiceRequest b = save(freshAdapter(), newRequest(idUpper, upper, RECEIVED));
    assertEquals(Optional.of(a), freshAdapter().findByRequestId(lower));
    assertEquals(Optional.of(b), freshAdapter().findByRequestId(upper));
    assertEquals(Optional.of(a), freshAdapter().find(idLower));
    assertEquals(Optional.of(b), freshAdapter().find(idUpper));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox_and_a_refused_save_appends_none() {
    ServiceRequestId id = newServiceRequestId();
    Changed<ServiceRequest> registered = ServiceRequest.register(
        command(id, newRequestId(), RECEIVED), Entitlement.none(), NO_PROMISES, RECEIVED);
    List<OutboxEvent> events = registered.state().outboxEventsOfSave(registered.events());
    freshAdapter().save(registered.state(), events);
    assertTrue(undelivered().containsAll(events), "the save's events are in the outbox");
    Changed<ServiceRequest> again = ServiceRequest.register(
        command(id, newRequestId(), RECEIVED), Entitlement.internal(), NO_PROMISES, RECEIVED);
    List<OutboxEvent> refused = OutboxEvent.of(ServiceRequest.KIND_CODE, "refused-" + runKey()
        + "-" + COUNTER.incrementAndGet(), Version.of(1), again.events());
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(again.state(), refused));
    List<EventId> ids = undelivered().stream().map(OutboxEvent::eventId).toList();
    assertTrue(refused.stream().noneMatch(e -> ids.contains(e.eventId())),
        "a refused save appends no event");
  }

  private List<OutboxEvent> undelivered() {
    return outbox().undelivered(Integer.MAX_VALUE);
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds() throws Exception {
    ServiceRequest v1 = save(freshAdapter(), newRequest());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "service-requests-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          try {
            save(freshAdapter(), withStatus(v1, ServiceRequestStatus.CLOSED));
            return true;
          } catch (ConcurrentUpdateException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> r : results) {
        won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, won);
      assertEquals(Version.of(2), freshAdapter().find(v1.id()).orElseThrow().version());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void open_requests_come_oldest_received_first_ties_by_id_and_closed_ones_are_left_out() {
    // Saved out of order on purpose: the adapter must sort, not answer in insertion order.
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    ServiceRequestId late = ServiceRequestId.of("open-" + key + "-c");
    ServiceRequestId tieB = ServiceRequestId.of("open-" + key + "-b");
    ServiceRequestId tieA = ServiceRequestId.of("open-" + key + "-a");
    ServiceRequestId closed = ServiceRequestId.of("open-" + key + "-0");
    save(freshAdapter(), newRequest(late, newRequestId(), RECEIVED.plusSeconds(3600)));
    save(freshAdapter(), newRequest(tieB, newRequestId(), RECEIVED));
    save(freshAdapter(), newRequest(tieA, newRequestId(), RECEIVED));
    ServiceRequest toClose = save(freshAdapter(),
        newRequest(closed, newRequestId(), RECEIVED.minusSeconds(3600)));
    save(freshAdapter(), withStatus(toClose, ServiceRequestStatus.CLOSED));

    List<ServiceRequest> all = freshAdapter().open(Integer.MAX_VALUE);
    Set<ServiceRequestId> ours = Set.of(late, tieB, tieA, closed);
    assertEquals(List.of(tieA, tieB, late),
        all.stream().map(ServiceRequest::id).filter(ours::contains).toList());
    assertTrue(all.stream().allMatch(ServiceRequest::isOpen), "only open requests");
    for (int i = 1; i < all.size(); i++) {
      ServiceRequest before = all.get(i - 1);
      ServiceRequest after = all.get(i);
      int byTime = before.receivedAt().compareTo(after.receivedAt());
      assertTrue(byTime < 0 || byTime == 0 && before.id().compareTo(after.id()) < 0,
          () -> before.id() + " is listed before " + after.id());
    }
  }

  @Test
  void open_answers_at_most_max_requests_the_first_of_the_order() {
    save(freshAdapter(), newRequest());
    save(freshAdapter(), newRequest());
    List<ServiceRequest> all = freshAdapter().open(Integer.MAX_VALUE);
    assertTrue(all.size() >= 2, "both saved requests are open");
    assertEquals(all.subList(0, 1), freshAdapter().open(1));
    assertEquals(all.subList(0, 2), freshAdapter().open(2));
    assertEquals(List.of(), freshAdapter().open(0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().open(-1));
    assertEquals("max", e.violations().get(0).path());
  }

  @Test
  void promised_deadlines_and_the_assignment_read_back_as_saved() {
    ServiceRequest r = promised(newRequest(), RECEIVED.plusSeconds(86_400),
        RECEIVED.plusSeconds(3_600));
    ServiceRequest stored = save(freshAdapter(), r);
    assertEquals(Optional.of(stored), freshAdapter().find(r.id()));
    PersonId technician = PersonId.of("tech-" + runKey());
    ServiceRequest dispatched = save(freshAdapter(), assigned(stored, technician,
        RECEIVED.plusSeconds(600), ServiceRequestStatus.DISPATCHED));
    assertEquals(Optional.of(dispatched), freshAdapter().find(r.id()));
    assertEquals(Optional.of(RECEIVED.plusSeconds(3_600)), dispatched.arrivalDue());
  }

  @Test
  void due_before_answers_undispatched_requests_whose_first_deadline_is_earlier_earliest_first() {
    // rule: SVC-11 — what the dispatcher must send someone to first
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant t = RECEIVED;
    Instant cutoff = t.plusSeconds(7_200);
    ServiceRequestId byArrival = ServiceRequestId.of("due-" + key + "-d");
    ServiceRequestId byResponseA = ServiceRequestId.of("due-" + key + "-a");
    ServiceRequestId byResponseB = ServiceRequestId.of("due-" + key + "-b");
    ServiceRequestId justAtCutoff = ServiceRequestId.of("due-" + key + "-c");
    ServiceRequestId later = ServiceRequestId.of("due-" + key + "-e");
    ServiceRequestId nothingPromised = ServiceRequestId.of("due-" + key + "-f");
    ServiceRequestId dispatched = ServiceRequestId.of("due-" + key + "-g");
    ServiceRequestId closed = ServiceRequestId.of("due-" + key + "-h");
    // Saved out of order on purpose: the adapter must sort.
    save(freshAdapter(), promised(newRequest(later, newRequestId(), t), t.plusSeconds(7_201),
        null));
    save(freshAdapter(), promised(newRequest(byResponseB, newRequestId(), t),
        t.plusSeconds(3_600), t.plusSeconds(5_000)));
    save(freshAdapter(), promised(newRequest(byArrival, newRequestId(), t), t.plusSeconds(86_400),
        t.plusSeconds(1_800)));
    save(freshAdapter(), promised(newRequest(byResponseA, newRequestId(), t),
        t.plusSeconds(3_600), null));
    save(freshAdapter(), promised(newRequest(justAtCutoff, newRequestId(), t), null, cutoff));
    save(freshAdapter(), newRequest(nothingPromised, newRequestId(), t));
    ServiceRequest toDispatch = save(freshAdapter(), promised(newRequest(dispatched,
        newRequestId(), t), t.plusSeconds(60), t.plusSeconds(60)));
    save(freshAdapter(), assigned(toDispatch, PersonId.of("tech-" + key), t.plusSeconds(30),
        ServiceRequestStatus.DISPATCHED));
    ServiceRequest toClose = save(freshAdapter(), promised(newRequest(closed, newRequestId(), t),
        t.plusSeconds(60), null));
    save(freshAdapter(), withStatus(promised(toClose, t.plusSeconds(60), null),
        ServiceRequestStatus.CLOSED));

    List<ServiceRequest> due = freshAdapter().dueBefore(cutoff, Integer.MAX_VALUE);
    Set<ServiceRequestId> ours = Set.of(byArrival, byResponseA, byResponseB, justAtCutoff, later,
        nothingPromised, dispatched, closed);
    assertEquals(List.of(byArrival, byResponseA, byResponseB),
        due.stream().map(ServiceRequest::id).filter(ours::contains).toList());
    for (int i = 0; i < due.size(); i++) {
      ServiceRequest r = due.get(i);
      assertEquals(ServiceRequestStatus.REGISTERED, r.status(), r.id().value());
      assertTrue(r.firstDue().orElseThrow().isBefore(cutoff), r.id().value());
      if (i > 0) {
        ServiceRequest before = due.get(i - 1);
        int byDue = before.firstDue().orElseThrow().compareTo(r.firstDue().orElseThrow());
        assertTrue(byDue < 0 || byDue == 0 && before.id().compareTo(r.id()) < 0,
            () -> before.id() + " is listed before " + r.id());
      }
    }
    assertEquals(due.subList(0, 1), freshAdapter().dueBefore(cutoff, 1));
    assertEquals(List.of(), freshAdapter().dueBefore(cutoff, 0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().dueBefore(cutoff, -1));
    assertEquals("max", e.violations().get(0).path());
  }

  @Test
  void by_technician_answers_the_dispatches_of_one_day_cut_in_the_given_zone() {
    // rule: SVC-09 — the technician's day; 3 November in Shanghai is [2 Nov 16:00Z, 3 Nov 16:00Z)
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    PersonId technician = PersonId.of("tech-" + key);
    PersonId colleague = PersonId.of("other-" + key);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    LocalDate day = LocalDate.of(2026, 11, 3);
    Instant startOfDay = Instant.parse("2026-11-02T16:00:00Z");
    Instant endOfDay = Instant.parse("2026-11-03T16:00:00Z");
    ServiceRequest atStart = newRequest();
    ServiceRequest lastMicro = newRequest();
    ServiceRequest closedSameDay = newRequest();
    ServiceRequest dayBefore = newRequest();
    ServiceRequest nextDay = newRequest();
    ServiceRequest colleagues = newRequest();
    save(freshAdapter(), assigned(lastMicro, technician, endOfDay.minusNanos(1_000),
        ServiceRequestStatus.DISPATCHED));
    save(freshAdapter(), assigned(closedSameDay, technician, startOfDay.plusSeconds(3_600),
        ServiceRequestStatus.CLOSED));
    save(freshAdapter(), assigned(atStart, technician, startOfDay,
        ServiceRequestStatus.DISPATCHED));
    save(freshAdapter(), assigned(dayBefore, technician, startOfDay.minusNanos(1_000),
        ServiceRequestStatus.DISPATCHED));
    save(freshAdapter(), assigned(nextDay, technician, endOfDay,
        ServiceRequestStatus.DISPATCHED));
    save(freshAdapter(), assigned(colleagues, colleague, startOfDay.plusSeconds(60),
        ServiceRequestStatus.DISPATCHED));

    assertEquals(List.of(atStart.id(), closedSameDay.id(), lastMicro.id()),
        freshAdapter().byTechnician(technician, day, shanghai, Integer.MAX_VALUE).stream()
            .map(ServiceRequest::id).toList());
    assertEquals(List.of(lastMicro.id(), nextDay.id()),
        freshAdapter().byTechnician(technician, day, ZoneOffset.UTC, Integer.MAX_VALUE).stream()
            .map(ServiceRequest::id).toList(), "3 November in UTC is [3 Nov 00:00Z, 4 Nov 00:00Z)");
    assertEquals(List.of(atStart.id()), freshAdapter().byTechnician(technician, day, shanghai, 1)
        .stream().map(ServiceRequest::id).toList());
    assertEquals(List.of(), freshAdapter().byTechnician(technician, day, shanghai, 0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().byTechnician(technician, day, shanghai, -1));
    assertEquals("max", e.violations().get(0).path());
  }

  /** {@code r} closed at {@code at}. */
  private static ServiceRequest closedAt(ServiceRequest r, Instant at) {
    return ServiceRequestStates.closedOnSite(r, at);
  }

  @Test
  void closed_between_answers_the_requests_closed_in_the_period_earliest_first_to_the_micro() {
    // rule: SUR-01 — the previous day's closed calls; [from, to) with microsecond edges
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant from = Instant.parse("2026-11-02T16:00:00Z");
    Instant to = Instant.parse("2026-11-03T16:00:00Z");
    ServiceRequestId atStart = ServiceRequestId.of("closed-" + key + "-b");
    ServiceRequestId tieAtStart = ServiceRequestId.of("closed-" + key + "-a");
    ServiceRequestId lastMicro = ServiceRequestId.of("closed-" + key + "-c");
    ServiceRequestId before = ServiceRequestId.of("closed-" + key + "-d");
    ServiceRequestId atEnd = ServiceRequestId.of("closed-" + key + "-e");
    ServiceRequestId stillOpen = ServiceRequestId.of("closed-" + key + "-f");
    // Saved out of order on purpose: the adapter must sort.
    save(freshAdapter(), closedAt(save(freshAdapter(),
        newRequest(lastMicro, newRequestId(), RECEIVED)), to.minusNanos(1_000)));
    save(freshAdapter(), closedAt(save(freshAdapter(),
        newRequest(atStart, newRequestId(), RECEIVED)), from));
    save(freshAdapter(), closedAt(save(freshAdapter(),
        newRequest(tieAtStart, newRequestId(), RECEIVED)), from));
    save(freshAdapter(), closedAt(save(freshAdapter(),
        newRequest(before, newRequestId(), RECEIVED)), from.minusNanos(1_000)));
    save(freshAdapter(), closedAt(save(freshAdapter(),
        newRequest(atEnd, newRequestId(), RECEIVED)), to));
    save(freshAdapter(), newRequest(stillOpen, newRequestId(), RECEIVED));

    Set<ServiceRequestId> ours = Set.of(atStart, tieAtStart, lastMicro, before, atEnd, stillOpen);
    assertEquals(List.of(tieAtStart, atStart, lastMicro),
        freshAdapter().closedBetween(from, to, Integer.MAX_VALUE).stream()
            .map(ServiceRequest::id).filter(ours::contains).toList());
    assertEquals(List.of(before),
        freshAdapter().closedBetween(from.minusNanos(1_000), from, Integer.MAX_VALUE).stream()
            .map(ServiceRequest::id).filter(ours::contains).toList());
    assertTrue(freshAdapter().closedBetween(from, from, Integer.MAX_VALUE).stream()
        .map(ServiceRequest::id).noneMatch(ours::contains), "an empty period answers none of ours");
    assertTrue(freshAdapter().closedBetween(from, to, 0).isEmpty());
    assertEquals(1, freshAdapter().closedBetween(from, to, 1).size());
    assertThrows(InvalidInputException.class, () -> freshAdapter().closedBetween(from, to, -1));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().closedBetween(to, from, Integer.MAX_VALUE));
  }

  @Test
  void in_workshop_answers_the_items_in_custody_earliest_taken_in_first_ties_by_id() {
    // rule: SVC-05 — the in/out register: taken in and not returned
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant t = Instant.parse("2026-11-02T02:00:00Z");
    ServiceRequestId late = ServiceRequestId.of("ws-" + key + "-a");
    ServiceRequestId tieB = ServiceRequestId.of("ws-" + key + "-c");
    ServiceRequestId tieA = ServiceRequestId.of("ws-" + key + "-b");
    ServiceRequestId returned = ServiceRequestId.of("ws-" + key + "-d");
    ServiceRequestId onSite = ServiceRequestId.of("ws-" + key + "-e");
    save(freshAdapter(), ServiceRequestStates.inWorkshop(save(freshAdapter(),
        newRequest(late, newRequestId(), t)), t.plusSeconds(7_200)));
    save(freshAdapter(), ServiceRequestStates.inWorkshop(save(freshAdapter(),
        newRequest(tieB, newRequestId(), t)), t.plusSeconds(3_600)));
    save(freshAdapter(), ServiceRequestStates.inWorkshop(save(freshAdapter(),
        newRequest(tieA, newRequestId(), t)), t.plusSeconds(3_600)));
    ServiceRequest taken = save(freshAdapter(), ServiceRequestStates.inWorkshop(
        save(freshAdapter(), newRequest(returned, newRequestId(), t)), t));
    save(freshAdapter(), ServiceRequestStates.returned(taken, t.plusSeconds(60)));
    save(freshAdapter(), assigned(save(freshAdapter(), newRequest(onSite, newRequestId(), t)),
        PersonId.of("tech-" + key), t, ServiceRequestStatus.DISPATCHED));

    Set<ServiceRequestId> ours = Set.of(late, tieA, tieB, returned, onSite);
    assertEquals(List.of(tieA, tieB, late), freshAdapter().inWorkshop(Integer.MAX_VALUE).stream()
        .map(ServiceRequest::id).filter(ours::contains).toList());
    assertTrue(freshAdapter().inWorkshop(0).isEmpty());
    assertEquals(1, freshAdapter().inWorkshop(1).size());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().inWorkshop(-1));
    assertEquals("max", e.violations().get(0).path());
  }

  @Test
  void open_after_answers_the_next_page_of_the_open_order_and_pages_meet_every_request_once() {
    // rule: SVC-08 — the sweep reads every open request page by page
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant t = RECEIVED.plusSeconds(COUNTER.incrementAndGet());
    List<ServiceRequestId> ids = new java.util.ArrayList<>();
    for (String suffix : List.of("c", "a", "b")) {
      ServiceRequestId id = ServiceRequestId.of("page-" + key + "-" + suffix);
      save(freshAdapter(), newRequest(id, newRequestId(), t));
    }
    ServiceRequestId laterId = ServiceRequestId.of("page-" + key + "-0");
    save(freshAdapter(), newRequest(laterId, newRequestId(), t.plusNanos(1000)));
    ServiceRequest closing = save(freshAdapter(), newRequest(
        ServiceRequestId.of("page-" + key + "-ab"), newRequestId(), t));
    save(freshAdapter(), withStatus(closing, ServiceRequestStatus.CLOSED));
    ids.addAll(List.of(ServiceRequestId.of("page-" + key + "-a"),
        ServiceRequestId.of("page-" + key + "-b"), ServiceRequestId.of("page-" + key + "-c"),
        laterId));

    // Paging by two through every open request meets ours once each, in the order of open().
    List<ServiceRequestId> met = new java.util.ArrayList<>();
    List<ServiceRequest> page = freshAdapter().open(2);
    while (!page.isEmpty()) {
      page.stream().map(ServiceRequest::id).filter(ids::contains).forEach(met::add);
      ServiceRequest last = page.get(page.size() - 1);
      page = freshAdapter().openAfter(last.receivedAt(), last.id(), 2);
    }
    assertEquals(ids, met);
    assertEquals(List.of(ServiceRequestId.of("page-" + key + "-c"), laterId),
        freshAdapter().openAfter(t, ServiceRequestId.of("page-" + key + "-b"), Integer.MAX_VALUE)
            .stream().map(ServiceRequest::id).filter(ids::contains).toList(),
        "after b at the same instant: c, then the later request; the closed one left out");
    assertEquals(List.of(), freshAdapter().openAfter(t, laterId, 0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().openAfter(t, laterId, -1));
    assertEquals("max", e.violations().get(0).path());
  }

  @Test
  void breached_answers_open_requests_with_a_watched_deadline_passed_earliest_first() {
    // rule: SVC-08, SVC-11, SVC-13 — response met by dispatch, everything ended by closing
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant t = RECEIVED;
    Instant at = t.plusSeconds(7_200);
    ServiceRequestId responseLate = ServiceRequestId.of("br-" + key + "-b");
    ServiceRequestId arrivalLate = ServiceRequestId.of("br-" + key + "-a");
    ServiceRequestId sameDeadline = ServiceRequestId.of("br-" + key + "-c");
    ServiceRequestId dueExactlyAt = ServiceRequestId.of("br-" + key + "-d");
    ServiceRequestId dispatchedResponseLate = ServiceRequestId.of("br-" + key + "-e");
    ServiceRequestId dispatchedArrivalLate = ServiceRequestId.of("br-" + key + "-f");
    ServiceRequestId closedLate = ServiceRequestId.of("br-" + key + "-g");
    ServiceRequestId nothingPromised = ServiceRequestId.of("br-" + key + "-h");
    save(freshAdapter(), promised(newRequest(responseLate, newRequestId(), t),
        t.plusSeconds(3_600), t.plusSeconds(9_000)));
    save(freshAdapter(), promised(newRequest(arrivalLate, newRequestId(), t), null,
        t.plusSeconds(1_800)));
    save(freshAdapter(), promised(newRequest(sameDeadline, newRequestId(), t),
        t.plusSeconds(3_600), null));
    save(freshAdapter(), promised(newRequest(dueExactlyAt, newRequestId(), t), at, at));
    ServiceRequest d1 = save(freshAdapter(), promised(newRequest(dispatchedResponseLate,
        newRequestId(), t), t.plusSeconds(600), t.plusSeconds(9_000)));
    save(freshAdapter(), assigned(d1, PersonId.of("tech-" + key), t.plusSeconds(900),
        ServiceRequestStatus.DISPATCHED));
    ServiceRequest d2 = save(freshAdapter(), promised(newRequest(dispatchedArrivalLate,
        newRequestId(), t), t.plusSeconds(600), t.plusSeconds(5_400)));
    save(freshAdapter(), assigned(d2, PersonId.of("tech-" + key), t.plusSeconds(300),
        ServiceRequestStatus.DISPATCHED));
    ServiceRequest c = save(freshAdapter(), promised(newRequest(closedLate, newRequestId(), t),
        t.plusSeconds(60), null));
    save(freshAdapter(), withStatus(promised(c, t.plusSeconds(60), null),
        ServiceRequestStatus.CLOSED));
    save(freshAdapter(), newRequest(nothingPromised, newRequestId(), t));

    Set<ServiceRequestId> ours = Set.of(responseLate, arrivalLate, sameDeadline, dueExactlyAt,
        dispatchedResponseLate, dispatchedArrivalLate, closedLate, nothingPromised);
    // By hand: arrival +1800 s; response +3600 s (two, by ID b < c); dispatched arrival +5400 s.
    assertEquals(List.of(arrivalLate, responseLate, sameDeadline, dispatchedArrivalLate),
        freshAdapter().breached(at, Integer.MAX_VALUE).stream().map(ServiceRequest::id)
            .filter(ours::contains).toList());
    assertEquals(1, freshAdapter().breached(at, 1).size());
    assertEquals(List.of(), freshAdapter().breached(at, 0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().breached(at, -1));
    assertEquals("max", e.violations().get(0).path());
  }

  /**
   * Whether the adapter keeps the sweep's checks ({@link ServiceRequests#scheduleSweepChecks});
   * override to answer false for an adapter on the port's default implementations, which keep
   * none (then every open request is always due, and the tests expect that).
   *
   * @return true by default
   */
  protected boolean keepsSweepChecks() {
    return true;
  }

  /** {@code kept} for an adapter that keeps checks, else {@code otherwise}. */
  private List<ServiceRequestId> ifKept(List<ServiceRequestId> kept,
      List<ServiceRequestId> otherwise) {
    return keepsSweepChecks() ? kept : otherwise;
  }

  /** The IDs among {@code requests} that are in {@code ours}, in order. */
  private static List<ServiceRequestId> idsAmong(List<ServiceRequest> requests,
      Set<ServiceRequestId> ours) {
    return requests.stream().map(ServiceRequest::id).filter(ours::contains).toList();
  }

  private List<ServiceRequestId> dueAmong(Instant at, Set<ServiceRequestId> ours) {
    return idsAmong(freshAdapter().dueForSweep(at, Integer.MAX_VALUE), ours);
  }

  @Test
  void a_saved_request_is_due_for_a_sweep_check_at_once_and_a_closed_one_never() {
    // rule: SVC-08 — a changed request's schedule may have changed: the sweep reads it
    ServiceRequest open = save(freshAdapter(), newRequest());
    ServiceRequest closing = save(freshAdapter(), newRequest());
    ServiceRequest closed = save(freshAdapter(), withStatus(closing,
        ServiceRequestStatus.CLOSED));
    Set<ServiceRequestId> ours = Set.of(open.id(), closed.id());
    Instant at = RECEIVED.plusSeconds(60);
    assertEquals(List.of(open.id()), dueAmong(at, ours));
    assertTrue(freshAdapter().dueForSweep(at, Integer.MAX_VALUE).stream()
        .allMatch(ServiceRequest::isOpen), "only open requests are due");
    assertEquals(List.of(), freshAdapter().dueForSweep(at, 0));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshAdapter().dueForSweep(at, -1));
    assertEquals("max", e.violations().get(0).path());
    InvalidInputException after = assertThrows(InvalidInputException.class,
        () -> freshAdapter().dueForSweepAfter(at, RECEIVED, open.id(), -1));
    assertEquals("max", after.violations().get(0).path());
  }

  @Test
  void a_checked_request_is_not_due_before_or_at_its_check_and_is_due_strictly_after_it() {
    // rule: SVC-08 — "overdue when the run is strictly after the due instant"
    ServiceRequest r = save(freshAdapter(), newRequest());
    Instant check = Instant.parse("2026-11-02T03:00:00.000001Z");
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.at(r.id(), r.version(), check)));
    Set<ServiceRequestId> ours = Set.of(r.id());
    assertEquals(ifKept(List.of(), List.of(r.id())), dueAmong(check.minusNanos(1000), ours),
        "a microsecond before");
    assertEquals(ifKept(List.of(), List.of(r.id())), dueAmong(check, ours),
        "exactly at the check");
    assertEquals(List.of(r.id()), dueAmong(check.plusNanos(1000), ours),
        "a microsecond after");
    assertEquals(List.of(r.id()), dueAmong(check.plusSeconds(86_400 * 400L), ours),
        "long after");
  }

  @Test
  void a_request_checked_never_is_not_due_until_it_is_saved_again() {
    // rule: SVC-08 — nothing more can become due until the request changes
    ServiceRequest r = save(freshAdapter(), newRequest());
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.never(r.id(), r.version())));
    Set<ServiceRequestId> ours = Set.of(r.id());
    assertEquals(ifKept(List.of(), List.of(r.id())), dueAmong(RECEIVED, ours));
    assertEquals(ifKept(List.of(), List.of(r.id())),
        dueAmong(Instant.parse("9999-12-31T23:59:59.999999Z"), ours));
    ServiceRequest again = save(freshAdapter(), promised(r, RECEIVED.plusSeconds(3_600), null));
    assertEquals(List.of(again.id()), dueAmong(RECEIVED, ours), "saved again: due at once");
  }

  @Test
  void a_check_naming_a_stale_version_or_an_unknown_request_is_ignored() {
    // rule: SVC-08 — a check derived from an old version must not hide the new one
    ServiceRequest first = save(freshAdapter(), newRequest());
    ServiceRequest second = save(freshAdapter(), promised(first, RECEIVED.plusSeconds(3_600),
        null));
    ServiceRequestId unknown = newServiceRequestId();
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.never(first.id(), first.version()),
        SweepCheck.never(unknown, Version.initial().next())));
    Set<ServiceRequestId> ours = Set.of(second.id(), unknown);
    assertEquals(List.of(second.id()), dueAmong(RECEIVED, ours));
    assertEquals(Optional.empty(), freshAdapter().find(unknown), "a check stores no request");
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.never(second.id(), second.version())));
    assertEquals(ifKept(List.of(), List.of(second.id())), dueAmong(RECEIVED, ours),
        "the stored version's check is kept");
    freshAdapter().scheduleSweepChecks(List.of());
  }

  @Test
  void a_reset_makes_every_checked_request_due_at_once() {
    // rule: SVC-08 — after a change of policy or settings that brings a due instant earlier
    ServiceRequest never = save(freshAdapter(), newRequest());
    ServiceRequest later = save(freshAdapter(), newRequest());
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.never(never.id(), never.version()),
        SweepCheck.at(later.id(), later.version(), RECEIVED.plusSeconds(86_400))));
    Set<ServiceRequestId> ours = Set.of(never.id(), later.id());
    assertEquals(ifKept(List.of(), List.of(never.id(), later.id())).size(),
        dueAmong(RECEIVED.plusSeconds(60), ours).size());
    freshAdapter().resetSweepChecks();
    assertEquals(Set.copyOf(List.of(never.id(), later.id())),
        Set.copyOf(dueAmong(RECEIVED.plusSeconds(60), ours)));
  }

  @Test
  void due_requests_page_in_the_open_order_with_its_keyset_and_checked_ones_are_skipped() {
    // rule: SVC-08 — the sweep reads the due requests page by page
    String key = runKey() + "-" + COUNTER.incrementAndGet();
    Instant t = RECEIVED.plusSeconds(COUNTER.incrementAndGet());
    Instant at = t.plusSeconds(600);
    List<ServiceRequest> saved = new ArrayList<>();
    for (String suffix : List.of("c", "a", "d", "b")) {
      saved.add(save(freshAdapter(), newRequest(ServiceRequestId.of("due-" + key + "-" + suffix),
          newRequestId(), t)));
    }
    ServiceRequest laterOne = save(freshAdapter(), newRequest(
        ServiceRequestId.of("due-" + key + "-0"), newRequestId(), t.plusNanos(1000)));
    ServiceRequest closing = save(freshAdapter(), newRequest(
        ServiceRequestId.of("due-" + key + "-ab"), newRequestId(), t));
    save(freshAdapter(), withStatus(closing, ServiceRequestStatus.CLOSED));
    // d checked after the run (not due), b checked before it (due).
    ServiceRequest d = saved.get(2);
    ServiceRequest b = saved.get(3);
    freshAdapter().scheduleSweepChecks(List.of(SweepCheck.at(d.id(), d.version(), at),
        SweepCheck.at(b.id(), b.version(), at.minusNanos(1000))));
    Set<ServiceRequestId> ours = new java.util.HashSet<>();
    saved.forEach(r -> ours.add(r.id()));
    ours.add(laterOne.id());
    ours.add(closing.id());
    List<ServiceRequestId> expected = ifKept(List.of(ServiceRequestId.of("due-" + key + "-a"),
        b.id(), ServiceRequestId.of("due-" + key + "-c"), laterOne.id()),
        List.of(ServiceRequestId.of("due-" + key + "-a"), b.id(),
            ServiceRequestId.of("due-" + key + "-c"), d.id(), laterOne.id()));

    List<ServiceRequestId> met = new ArrayList<>();
    List<ServiceRequest> page = freshAdapter().dueForSweep(at, 2);
    while (!page.isEmpty()) {
      met.addAll(idsAmong(page, ours));
      ServiceRequest last = page.get(page.size() - 1);
      page = freshAdapter().dueForSweepAfter(at, last.receivedAt(), last.id(), 2);
    }
    assertEquals(expected, met);
    assertEquals(ifKept(List.of(ServiceRequestId.of("due-" + key + "-c"), laterOne.id()),
        List.of(ServiceRequestId.of("due-" + key + "-c"), d.id(), laterOne.id())),
        idsAmong(freshAdapter().dueForSweepAfter(at, t, b.id(), Integer.MAX_VALUE), ours),
        "after b at the same instant: c (d is checked later), then the later request");
    assertEquals(List.of(), freshAdapter().dueForSweepAfter(at, t, laterOne.id(), 0));
  }

  @Test
  void a_save_racing_a_check_of_the_version_it_replaces_always_leaves_the_request_due()
      throws Exception {
    // rule: SVC-08 — whichever comes first, the changed request is read by the next sweep
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        ServiceRequest r = save(freshAdapter(), newRequest());
        CountDownLatch start = new CountDownLatch(1);
        Future<?> saving = pool.submit(() -> {
          start.await();
          return save(freshAdapter(), promised(r, RECEIVED.plusSeconds(3_600), null));
        });
        Future<?> checking = pool.submit(() -> {
          start.await();
          freshAdapter().scheduleSweepChecks(List.of(SweepCheck.never(r.id(), r.version())));
          return null;
        });
        start.countDown();
        saving.get(1, TimeUnit.MINUTES);
        checking.get(1, TimeUnit.MINUTES);
        assertEquals(List.of(r.id()), dueAmong(RECEIVED, Set.of(r.id())), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
