package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceLevelWatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepCheck;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link ServiceRequests} repository (叫修登记簿) for tests and
 * demos. It keeps the port's whole contract: optimistic versions, unique request IDs, the change's
 * events written to the outbox with the request, nothing written on a refusal, nothing ever
 * deleted, the queries' filters and orders.
 *
 * <p>Its tables live in an {@link InMemoryDatabase}, with the {@link InMemoryOutbox} of the same
 * database: {@link #over(InMemoryDatabase)} joins a database shared with other adapters;
 * {@link #create()} makes a database of its own; {@link #freshInstanceOverSameStorage()} shares
 * this instance's database, as two connections share one. Every query scans every stored request
 * (fine for tests; a database adapter uses indexes: status and received-at, status and first
 * deadline, technician and dispatch time).
 *
 * <p>It keeps the sweep's checks for real ({@link #scheduleSweepChecks}, {@link #dueForSweep}):
 * a table beside the requests, cleared for a request by each of its saves, written only for the
 * stored version, in the same database (so a host transaction rolled back takes them back too).
 */
public final class InMemoryServiceRequests implements ServiceRequests {

  /** Oldest received first, then by ID: the order of {@link #open(int)}. */
  private static final Comparator<ServiceRequest> OLDEST_FIRST =
      Comparator.comparing(ServiceRequest::receivedAt).thenComparing(ServiceRequest::id);

  /** Earliest first deadline first, then by ID: the order of {@link #dueBefore}. */
  private static final Comparator<ServiceRequest> EARLIEST_DUE_FIRST =
      Comparator.comparing((ServiceRequest r) -> r.firstDue().orElseThrow())
          .thenComparing(ServiceRequest::id);

  /** Earliest assignment first, then by ID: the order of {@link #byTechnician}. */
  private static final Comparator<ServiceRequest> EARLIEST_DISPATCH_FIRST =
      Comparator.comparing((ServiceRequest r) -> r.dispatchedAt().orElseThrow())
          .thenComparing(ServiceRequest::id);

  /** Earliest closing first, then by ID: the order of {@link #closedBetween}. */
  private static final Comparator<ServiceRequest> EARLIEST_CLOSED_FIRST =
      Comparator.comparing((ServiceRequest r) -> r.closedAt().orElseThrow())
          .thenComparing(ServiceRequest::id);

  /** Earliest intake first, then by ID: the order of {@link #inWorkshop}. */
  private static final Comparator<ServiceRequest> EARLIEST_TAKEN_IN_FIRST =
      Comparator.comparing((ServiceRequest r) -> r.workshopIntake().orElseThrow().takenAt())
          .thenComparing(ServiceRequest::id);

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<ServiceRequestId, ServiceRequest> byId;
  private final InMemoryDatabase.Table<RequestId, ServiceRequestId> byRequest;
  /** The sweep's next check per request; absent: check at once (never checked since a save). */
  private final InMemoryDatabase.Table<ServiceRequestId, SweepCheck> checks;
  private final InMemoryOutbox outbox;

  private InMemoryServiceRequests(InMemoryDatabase database) {
    this.database = database;
    this.byId = database.table("serviceRequests.byId");
    this.byRequest = database.table("serviceRequests.byRequestId");
    this.checks = database.table("serviceRequests.sweepChecks");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryServiceRequests create() {
    return new InMemoryServiceRequests(InMemoryDatabase.create());
  }

  /**
   * A repository whose tables live in {@code database}, beside its outbox
   * ({@link InMemoryOutbox#over(InMemoryDatabase)}).
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryServiceRequests over(InMemoryDatabase database) {
    return new InMemoryServiceRequests(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryServiceRequests freshInstanceOverSameStorage() {
    return new InMemoryServiceRequests(database);
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public Optional<ServiceRequest> find(ServiceRequestId id) {
    requireNonNull(id, "id");
    return database.atomically(() -> Optional.ofNullable(byId.get(id)));
  }

  @Override
  public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return database.atomically(
        () -> Optional.ofNullable(byRequest.get(requestId)).map(byId::get));
  }

  @Override
  public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
    requireNonNull(request, "request");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      ServiceRequest stored = byId.get(request.id());
      Version expected = request.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(), expected,
            actual);
      }
      ServiceRequestId owner = byRequest.get(request.requestId());
      if (owner != null && !owner.equals(request.id())) {
        throw new DuplicateRequestException(ServiceRequest.KIND, request.requestId());
      }
      ServiceRequest saved = request.withVersion(expected.next());
      outbox.append(toAppend);
      if (stored != null && !stored.requestId().equals(request.requestId())) {
        byRequest.remove(stored.requestId());
      }
      byId.put(saved.id(), saved);
      byRequest.put(saved.requestId(), saved.id());
      // Changed: its schedule may have changed too, so the sweep checks it at once.
      checks.remove(saved.id());
      return saved;
    });
  }

  @Override
  public List<ServiceRequest> open(int max) {
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream().filter(ServiceRequest::isOpen)
        .sorted(OLDEST_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> dueBefore(Instant instant, int max) {
    requireNonNull(instant, "instant");
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream()
        .filter(r -> r.status() == ServiceRequestStatus.REGISTERED)
        .filter(r -> r.firstDue().filter(due -> due.isBefore(instant)).isPresent())
        .sorted(EARLIEST_DUE_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
      int max) {
    requireNonNull(technician, "technician");
    requireNonNull(day, "day");
    requireNonNull(zone, "zone");
    requireNotNegative(max);
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    return database.atomically(() -> byId.values().stream()
        .filter(r -> r.technician().equals(Optional.of(technician)))
        .filter(r -> r.dispatchedAt()
            .filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
        .sorted(EARLIEST_DISPATCH_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNotNegative(max);
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to",
          MessageBundle.CORE.message("core.service.periodReversed", "from", from), to);
    }
    return database.atomically(() -> byId.values().stream()
        .filter(r -> r.closedAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
        .sorted(EARLIEST_CLOSED_FIRST).limit(max).toList());
  }

  private static void requireNotNegative(int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
  }

  /**
   * How many requests are stored.
   *
   * @return the count
   */
  public int size() {
    return database.atomically(byId::size);
  }

  /**
   * Every stored request, in the order first stored.
   *
   * @return the requests
   */
  public List<ServiceRequest> all() {
    return database.atomically(byId::values);
  }

  /**
   * E.g. {@code InMemoryServiceRequests[3 requests]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "InMemoryServiceRequests[" + size() + " requests]";
  }

  @Override
  public List<ServiceRequest> inWorkshop(int max) {
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream().filter(ServiceRequest::isInWorkshop)
        .sorted(EARLIEST_TAKEN_IN_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> openAfter(Instant receivedAt, ServiceRequestId id, int max) {
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(id, "id");
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream().filter(ServiceRequest::isOpen)
        .filter(r -> {
          int c = r.receivedAt().compareTo(receivedAt);
          return c > 0 || c == 0 && r.id().compareTo(id) > 0;
        })
        .sorted(OLDEST_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> breached(Instant instant, int max) {
    requireNonNull(instant, "instant");
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream()
        .filter(r -> ServiceLevelWatch.earliestBreach(r, instant).isPresent())
        .sorted(Comparator.comparing(
            (ServiceRequest r) -> ServiceLevelWatch.earliestBreach(r, instant).orElseThrow())
            .thenComparing(ServiceRequest::id))
        .limit(max).toList());
  }

  @Override
  public List<ServiceRequest> dueForSweep(Instant at, int max) {
    requireNonNull(at, "at");
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream().filter(ServiceRequest::isOpen)
        .filter(r -> isDue(r, at)).sorted(OLDEST_FIRST).limit(max).toList());
  }

  @Override
  public List<ServiceRequest> dueForSweepAfter(Instant at, Instant receivedAt,
      ServiceRequestId id, int max) {
    requireNonNull(at, "at");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(id, "id");
    requireNotNegative(max);
    return database.atomically(() -> byId.values().stream().filter(ServiceRequest::isOpen)
        .filter(r -> {
          int c = r.receivedAt().compareTo(receivedAt);
          return c > 0 || c == 0 && r.id().compareTo(id) > 0;
        })
        .filter(r -> isDue(r, at)).sorted(OLDEST_FIRST).limit(max).toList());
  }

  /** Never checked since its last save, or checked at an instant strictly before {@code at}. */
  private boolean isDue(ServiceRequest request, Instant at) {
    SweepCheck check = checks.get(request.id());
    return check == null || check.isDueAt(at);
  }

  @Override
  public void scheduleSweepChecks(List<SweepCheck> toStore) {
    List<SweepCheck> copy = List.copyOf(requireNonNull(toStore, "checks"));
    database.atomically(() -> {
      for (SweepCheck check : copy) {
        ServiceRequest stored = byId.get(check.id());
        // Only for the version the sweep read: a save since then left it due, and must win.
        if (stored != null && stored.version().equals(check.version())) {
          checks.put(check.id(), check);
        }
      }
      return null;
    });
  }

  @Override
  public void resetSweepChecks() {
    database.atomically(() -> {
      for (SweepCheck check : checks.values()) {
        checks.remove(check.id());
      }
      return null;
    });
  }

  /**
   * The sweep's check stored for a request (for tests).
   *
   * @param id the request
   * @return the check, or empty if the request is due at once (never checked since its last
   *     save, or reset)
   */
  public Optional<SweepCheck> sweepCheck(ServiceRequestId id) {
    requireNonNull(id, "id");
    return database.atomically(() -> Optional.ofNullable(checks.get(id)));
  }
}
