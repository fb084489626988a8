package org.aftersales.examples.postgres.service;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.Promise;
import org.aftersales.core.service.ServiceLevelWatch;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepCheck;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.PostgresAccessException;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.postgresql.PGStatement;

/**
 * The call register (叫修登记簿, SVC-02) over PostgreSQL: the library's {@link ServiceRequests}
 * port on the table {@code service_request} (migration V3). Each request is one row: its
 * {@link AftersalesJson} document, the key columns {@code id} and {@code request_id} (unique),
 * a {@code version}, and the columns the queries filter and order by, derived from the request on
 * every save — status, received-at, first deadline, earliest watched deadline, technician and
 * dispatch time, closing time, workshop intake — each query one index range scan (see the
 * migration's indexes).
 *
 * <h2>Saving and locking</h2>
 * A save is ONE {@link ConnectionSource#atomically} call: the row and the change's events
 * ({@link OutboxRows#append}) commit together, in the host's transaction when one is open. No
 * table lock, no {@code SELECT … FOR UPDATE}:
 * <ul>
 *   <li>a new request (version 0) is {@code INSERT … ON CONFLICT DO NOTHING}: of two concurrent
 *       inserts of one ID or one request ID the second waits for the first's commit and inserts
 *       nothing;</li>
 *   <li>an update is {@code UPDATE … WHERE id = ? AND version = ?}, which row-locks the request:
 *       of concurrent saves of one version the first wins, the others find the new version and
 *       update nothing.</li>
 * </ul>
 * A save that wrote no row reads the stored state and throws what the in-memory adapter throws:
 * {@link ConcurrentUpdateException} (expected and stored version) when the ID holds another
 * version or none, else {@link DuplicateRequestException} when the request ID belongs to another
 * request. <b>A refusal leaves nothing:</b> no row is written, no event appended, and the host's
 * transaction is not aborted (no statement failed), so the host may go on or roll back.
 * A database failure is a {@link PostgresAccessException}; the call's transaction (its own, or
 * the host's when it rolls back) leaves all or nothing.
 *
 * <h2>The sweep's checks (migration V9)</h2>
 * Column {@code sweep_check_at}: {@code '-infinity'} = check at once (every save sets it in its
 * own statement; {@link #resetSweepChecks} sets it for every open request), an instant = the
 * sweep's next check, {@code 'infinity'} = never ({@link SweepCheck#never}). The due queries read
 * the partial index {@code service_request_sweep_due} (check, received-at, ID over the open
 * requests) and sort the few due rows; they are planned for each call's instant (no server-side
 * prepared statement), so after a reset, when nearly every open request is due, the planner
 * walks {@code service_request_open} instead and stops at the page's end.
 * {@link #scheduleSweepChecks} writes a page of checks in one statement, only on rows still at
 * the version the sweep read, skipping rows locked by a concurrent save ({@code FOR UPDATE SKIP
 * LOCKED}: the save makes the request due anyway); it never waits and never deadlocks.
 *
 * <h2>Reading</h2>
 * Every query reads the latest committed version of each row (READ COMMITTED). IDs are compared
 * by {@code COLLATE "C"}, i.e. by Unicode code point, which is the library's
 * {@link String#compareTo} order for every ID without characters beyond U+FFFF. Thread-safe:
 * the adapter holds no state but its collaborators.
 */
public final class JdbcServiceRequests implements ServiceRequests {

  private static final String SELECT = "SELECT document::text FROM service_request ";

  // The queries, each served by one index of V3 (ServiceQueryPlansTest checks the plans).
  /** {@link #open}: index service_request_open. */
  static final String OPEN =
      SELECT + "WHERE status <> 'CLOSED' ORDER BY received_at, id LIMIT ?";
  /** {@link #openAfter}: the same index, keyset. */
  static final String OPEN_AFTER = SELECT + "WHERE status <> 'CLOSED'"
      + " AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?";
  /** {@link #dueBefore}: index service_request_due. */
  static final String DUE_BEFORE = SELECT + "WHERE status = 'REGISTERED'"
      + " AND first_due IS NOT NULL AND first_due < ? ORDER BY first_due, id LIMIT ?";
  /** {@link #breached}: index service_request_watched. */
  static final String BREACHED = SELECT + "WHERE earliest_watched_due IS NOT NULL"
      + " AND earliest_watched_due < ? ORDER BY earliest_watched_due, id LIMIT ?";
  /** {@link #byTechnician}: index service_request_technician. */
  static final String BY_TECHNICIAN = SELECT + "WHERE technician = ? AND dispatched_at >= ?"
      + " AND dispatched_at < ? ORDER BY dispatched_at, id LIMIT ?";
  /** {@link #closedBetween}: index service_request_closed. */
  static final String CLOSED_BETWEEN = SELECT
      + "WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at, id LIMIT ?";
  /** {@link #inWorkshop}: index service_request_workshop. */
  static final String IN_WORKSHOP =
      SELECT + "WHERE status = 'IN_WORKSHOP' ORDER BY taken_in_at, id LIMIT ?";
  /**
   * {@link #dueForSweep}: index service_request_sweep_due (V9) when few are due; when most are
   * (after a reset), service_request_open with a filter, which stops at the page's end. Planned
   * for each call's instant (see {@link #dueQuery}).
   */
  static final String DUE_FOR_SWEEP = "SELECT r.document::text FROM (SELECT id, received_at"
      + " FROM service_request WHERE status <> 'CLOSED' AND sweep_check_at < ?"
      + " ORDER BY received_at, id LIMIT ?) k CROSS JOIN LATERAL (SELECT document FROM"
      + " service_request row WHERE row.id = k.id OFFSET 0) r ORDER BY k.received_at, k.id";
  /**
   * {@link #dueForSweepAfter}: the same, keyset. Both sort the due requests' keys only (the
   * index holds them) and then read the page's documents by key, each through the primary key
   * (LATERAL with OFFSET 0, which the planner does not flatten: a plain join may be planned as a
   * hash join over every row): sorting whole rows,
   * documents included, cost a page ~100 ms when tens of thousands were due at once.
   */
  static final String DUE_FOR_SWEEP_AFTER = "SELECT r.document::text FROM (SELECT id,"
      + " received_at FROM service_request WHERE status <> 'CLOSED' AND sweep_check_at < ?"
      + " AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?) k CROSS JOIN LATERAL"
      + " (SELECT document FROM service_request row WHERE row.id = k.id OFFSET 0) r"
      + " ORDER BY k.received_at, k.id";

  /**
   * {@link #scheduleSweepChecks}: one statement for a page of checks. Only rows still at the
   * version the sweep read; a row locked by a concurrent save (or another node's checks) is
   * skipped, never waited for — the save leaves it due anyway — so two nodes' checks never
   * deadlock.
   */
  static final String SCHEDULE = """
      WITH c AS (SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]))
                   AS c(id, version, check_at)),
           free AS (SELECT s.id, c.check_at FROM service_request s
                    JOIN c ON s.id = c.id COLLATE "C" AND s.version = c.version
                    FOR UPDATE OF s SKIP LOCKED)
      UPDATE service_request s SET sweep_check_at = CAST(free.check_at AS timestamptz)
      FROM free WHERE s.id = free.id""";

  /** {@link #resetSweepChecks}: every open request due at once. */
  static final String RESET = "UPDATE service_request SET sweep_check_at = '-infinity'"
      + " WHERE status <> 'CLOSED' AND sweep_check_at <> '-infinity'";

  private static final String INSERT = """
      INSERT INTO service_request (id, request_id, version, status, received_at, first_due,
          earliest_watched_due, technician, dispatched_at, closed_at, taken_in_at, document,
          sweep_check_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), '-infinity')
      ON CONFLICT DO NOTHING""";

  // The NOT EXISTS keeps a changed request ID unique without a failing statement (which would
  // abort the host's transaction); the unique index stays the last word under a race.
  private static final String UPDATE = """
      UPDATE service_request SET request_id = ?, version = ?, status = ?, received_at = ?,
          first_due = ?, earliest_watched_due = ?, technician = ?, dispatched_at = ?,
          closed_at = ?, taken_in_at = ?, document = CAST(? AS jsonb),
          sweep_check_at = '-infinity'
      WHERE id = ? AND version = ?
        AND NOT EXISTS (SELECT 1 FROM service_request other
                        WHERE other.request_id = ? AND other.id <> ?)""";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An adapter over {@code connections}.
   *
   * @param connections where the connection comes from: the host's transaction or one of its own
   * @param json the documents' codec
   */
  public JdbcServiceRequests(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<ServiceRequest> find(ServiceRequestId id) {
    requireNonNull(id, "id");
    return first(query("reading service request " + id, SELECT + "WHERE id = ?",
        id.value()));
  }

  @Override
  public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return first(query("reading the service request of request ID " + requestId,
        SELECT + "WHERE request_id = ?", requestId.value()));
  }

  @Override
  public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
    requireNonNull(request, "request");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return connections.atomically("saving service request " + request.id(), c -> {
      ServiceRequest saved = write(c, request);
      OutboxRows.append(c, toAppend, json);
      return saved;
    });
  }

  private ServiceRequest write(Connection c, ServiceRequest request) throws SQLException {
    Version expected = request.version();
    ServiceRequest saved = request.withVersion(expected.next());
    String document = json.write(saved);
    int written;
    if (expected.isInitial()) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, saved.id().value());
        s.setString(2, saved.requestId().value());
        s.setLong(3, saved.version().value());
        int i = bindDerived(s, 4, saved);
        s.setString(i, document);
        written = s.executeUpdate();
      }
    } else {
      try (PreparedStatement s = c.prepareStatement(UPDATE)) {
        s.setString(1, saved.requestId().value());
        s.setLong(2, saved.version().value());
        int i = bindDerived(s, 3, saved);
        s.setString(i++, document);
        s.setString(i++, saved.id().value());
        s.setLong(i++, expected.value());
        s.setString(i++, saved.requestId().value());
        s.setString(i, saved.id().value());
        written = s.executeUpdate();
      }
    }
    if (written == 0) {
      throw refusal(c, request);
    }
    return saved;
  }

  /**
   * What a save that wrote nothing met, checked in the in-memory adapter's order: the version
   * first, then the request ID. Read after the statement, so under READ COMMITTED it sees the
   * row that made the statement write nothing (that row is committed: ON CONFLICT and the
   * update's row lock waited for it).
   */
  private static RuntimeException refusal(Connection c, ServiceRequest request)
      throws SQLException {
    Version expected = request.version();
    Version stored = storedVersion(c, request.id());
    boolean versionMatches = stored == null ? expected.isInitial() : stored.equals(expected);
    if (!versionMatches) {
      return new ConcurrentUpdateException(ServiceRequest.KIND, request.id().value(), expected,
          stored);
    }
    return new DuplicateRequestException(ServiceRequest.KIND, request.requestId());
  }

  private static Version storedVersion(Connection c, ServiceRequestId id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM service_request WHERE id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  /** Binds the derived columns from status to taken_in_at; answers the next parameter index. */
  private static int bindDerived(PreparedStatement s, int from, ServiceRequest r)
      throws SQLException {
    int i = from;
    s.setString(i++, r.status().name());
    setInstant(s, i++, r.receivedAt());
    setInstant(s, i++, r.firstDue().orElse(null));
    setInstant(s, i++, earliestWatchedDue(r));
    s.setString(i++, r.technician().map(PersonId::value).orElse(null));
    setInstant(s, i++, r.dispatchedAt().orElse(null));
    setInstant(s, i++, r.closedAt().orElse(null));
    setInstant(s, i++, r.workshopIntake().map(TakeItemToWorkshop::takenAt).orElse(null));
    return i;
  }

  /**
   * The earliest deadline among the promises {@link ServiceLevelWatch#watched} still watches, or
   * null. {@link ServiceLevelWatch#earliestBreach}{@code (r, t)} is exactly this deadline when it
   * is before {@code t} (the minimum of the watched deadlines before {@code t} is the overall
   * minimum whenever that one is before {@code t}), and empty otherwise.
   */
  private static Instant earliestWatchedDue(ServiceRequest r) {
    Instant earliest = null;
    for (Promise p : ServiceLevelWatch.watched(r)) {
      if (earliest == null || p.due().isBefore(earliest)) {
        earliest = p.due();
      }
    }
    return earliest;
  }

  @Override
  public List<ServiceRequest> open(int max) {
    requireNotNegative(max);
    return query("reading the open service requests",
        OPEN, max);
  }

  @Override
  public List<ServiceRequest> openAfter(Instant receivedAt, ServiceRequestId id, int max) {
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(id, "id");
    requireNotNegative(max);
    return query("reading the open service requests after " + id,
        OPEN_AFTER, utc(receivedAt), id.value(), max);
  }

  @Override
  public List<ServiceRequest> dueBefore(Instant instant, int max) {
    requireNonNull(instant, "instant");
    requireNotNegative(max);
    return query("reading the service requests due before " + instant,
        DUE_BEFORE, utc(instant), max);
  }

  @Override
  public List<ServiceRequest> breached(Instant instant, int max) {
    requireNonNull(instant, "instant");
    requireNotNegative(max);
    return query("reading the service requests breached at " + instant,
        BREACHED, utc(instant), max);
  }

  @Override
  public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
      int max) {
    requireNonNull(technician, "technician");
    requireNonNull(day, "day");
    requireNonNull(zone, "zone");
    requireNotNegative(max);
    // The day is cut here, in the given zone, never in the database session's time zone.
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    return query("reading the dispatches of " + technician + " on " + day,
        BY_TECHNICIAN, technician.value(), utc(from), utc(to), max);
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
    return query("reading the service requests closed in [" + from + ", " + to + ")",
        CLOSED_BETWEEN, utc(from), utc(to), max);
  }

  @Override
  public List<ServiceRequest> inWorkshop(int max) {
    requireNotNegative(max);
    return query("reading the items in the workshop",
        IN_WORKSHOP, max);
  }

  @Override
  public List<ServiceRequest> dueForSweep(Instant at, int max) {
    requireNonNull(at, "at");
    requireNotNegative(max);
    return dueQuery("reading the service requests due for a sweep check at " + at,
        DUE_FOR_SWEEP, utc(at), max);
  }

  @Override
  public List<ServiceRequest> dueForSweepAfter(Instant at, Instant receivedAt,
      ServiceRequestId id, int max) {
    requireNonNull(at, "at");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(id, "id");
    requireNotNegative(max);
    return dueQuery("reading the service requests due for a sweep check at " + at + " after "
        + id, DUE_FOR_SWEEP_AFTER, utc(at), utc(receivedAt), id.value(), max);
  }

  @Override
  public void scheduleSweepChecks(List<SweepCheck> checks) {
    List<SweepCheck> copy = List.copyOf(requireNonNull(checks, "checks"));
    if (copy.isEmpty()) {
      return;
    }
    String[] ids = new String[copy.size()];
    Long[] versions = new Long[copy.size()];
    String[] instants = new String[copy.size()];
    for (int i = 0; i < copy.size(); i++) {
      SweepCheck check = copy.get(i);
      ids[i] = check.id().value();
      versions[i] = check.version().value();
      // ISO-8601 in UTC, which timestamptz reads exactly (microseconds); 'infinity' for never.
      instants[i] = check.next().map(Instant::toString).orElse("infinity");
    }
    connections.withConnection("storing " + copy.size() + " sweep checks", c -> {
      try (PreparedStatement s = c.prepareStatement(SCHEDULE)) {
        s.setArray(1, c.createArrayOf("text", ids));
        s.setArray(2, c.createArrayOf("bigint", versions));
        s.setArray(3, c.createArrayOf("text", instants));
        return s.executeUpdate();
      }
    });
  }

  @Override
  public void resetSweepChecks() {
    connections.withConnection("making every service request due for a sweep check",
        c -> {
          try (PreparedStatement s = c.prepareStatement(RESET)) {
            return s.executeUpdate();
          }
        });
  }

  /**
   * A due query, planned for its parameters every time: a server-side prepared statement's
   * generic plan cannot know how many requests are due at {@code at} (a few on a steady day,
   * all after a reset), and would read every open request when few are due.
   */
  private List<ServiceRequest> dueQuery(String what, String sql, Object... parameters) {
    return connections.withConnection(what, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        if (s.isWrapperFor(PGStatement.class)) {
          s.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return read(s, parameters);
      }
    });
  }

  private List<ServiceRequest> read(PreparedStatement s, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    List<ServiceRequest> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(json.read(r.getString(1), ServiceRequest.class));
      }
    }
    return out;
  }

  private List<ServiceRequest> query(String what, String sql, Object... parameters) {
    return connections.withConnection(what, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        List<ServiceRequest> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(json.read(r.getString(1), ServiceRequest.class));
          }
        }
        return out;
      }
    });
  }

  private static Optional<ServiceRequest> first(List<ServiceRequest> found) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static void requireNotNegative(int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void setInstant(PreparedStatement s, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, utc(instant));
    }
  }
}
