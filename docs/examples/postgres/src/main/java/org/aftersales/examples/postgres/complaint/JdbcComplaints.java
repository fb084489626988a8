package org.aftersales.examples.postgres.complaint;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link Complaints} port over the {@code complaint_case} table (投诉案件库): one row
 * per case, keyed by its number's series and text, the case as a {@code jsonb} document, a
 * {@code version} column for optimistic concurrency, the unique {@code request_id}, and the
 * columns the queries filter and order by (the number's period start and serial, whether the case
 * is in progress, its closure instant).
 *
 * <h2>Saving</h2>
 * A save writes the row and appends the change's events to {@code outbox_event}: both or
 * neither, in the host's transaction when one is open. A new case is ONE statement
 * ({@link OutboxRows#writeWith}: {@code INSERT … ON CONFLICT DO NOTHING} and the events' rows only
 * if it inserted), atomic by itself, so it runs without a savepoint: a registration inside a host
 * transaction holds its month's number (drawn just before, gapless) over this one round trip and
 * the commit, not over a savepoint, an insert, an append and a release (4 round trips). A stored
 * case is saved in one {@link ConnectionSource#atomically} call (behind a savepoint): an
 * {@code UPDATE … WHERE series = ? AND number_text = ? AND version = ?} that also requires the
 * case's request ID to belong to no other case. Neither statement takes a lock beyond the row it
 * writes (a concurrent save of the same case waits for the first to commit, then finds the
 * version changed). When no row is written the adapter reads the stored version and throws
 * {@link ConcurrentUpdateException} (another version stored, none, or one already for a new case)
 * or {@link DuplicateRequestException} (the request ID is another case's), as the in-memory
 * adapter does, and appends no event. Only when two transactions store one request ID for two
 * cases at the same instant does the unique constraint refuse the second statement itself: it is
 * reported as {@link DuplicateRequestException} too (an update: a new case's insert skips every
 * conflict and is refused by its row count). Either way the host's transaction stays usable: a
 * refusal by row count writes nothing, and an update runs behind a savepoint
 * ({@link org.aftersales.examples.postgres.Transactions}), so a refused call undoes only itself.
 * A new case's statement failing outright (an event ID already stored, the database gone) writes
 * nothing and, like any failed statement, leaves the host's transaction to be rolled back.
 *
 * <h2>Reminder checks (V8)</h2>
 * The column {@code reminder_check} keeps each case's next reminder check beside it:
 * {@code '-infinity'} (check at once) written by every save of a case in progress in the same
 * statement, {@code 'infinity'} for never (and by every save of a case no longer in progress, so
 * the planner's statistics see few rows due), else the instant strictly after which the case is
 * due.
 * {@link #scheduleReminderChecks} writes the page's checks in one batch, each an
 * {@code UPDATE … WHERE series = ? AND number_text = ? AND version = ?}, in one
 * {@link ConnectionSource#atomically} call: a case saved since (another version) is left due, and
 * a concurrent save of the same case either commits first (the update then matches no row) or
 * waits for the schedule's row lock and overwrites it with {@code '-infinity'}.
 * A constraint keeps {@code 'infinity'} on every case not in progress (and the schedule writes
 * only cases in progress). {@link #dueForReminderCheck}/{@link #dueForReminderCheckAfter} read
 * the partial index {@code complaint_case_reminder_due} ({@code reminder_check} then the number,
 * over the cases not scheduled never) twice — the cases never checked since their save, in number
 * order from the keyset, and the cases whose check has passed — and merge the two: a run reads
 * the cases due, not every case in progress. {@link #resetReminderChecks} sets
 * {@code '-infinity'} on every case in progress not already due (one statement; it locks
 * those rows until it commits).
 *
 * <h2>Queries</h2>
 * They read the latest committed version (READ COMMITTED), take no locks, and page with keysets
 * on the partial index of the cases in progress and on the index of closure instants. A failing
 * database surfaces as {@link org.aftersales.examples.postgres.PostgresAccessException}.
 */
public final class JdbcComplaints implements Complaints {

  private static final String COLUMNS = "version, document::text";
  private static final String FIND = "SELECT " + COLUMNS
      + " FROM complaint_case WHERE series = ? AND number_text = ?";
  private static final String FIND_BY_REQUEST = "SELECT " + COLUMNS
      + " FROM complaint_case WHERE request_id = ?";
  private static final String STORED_VERSION =
      "SELECT version FROM complaint_case WHERE series = ? AND number_text = ?";
  private static final String INSERT = """
      INSERT INTO complaint_case (series, number_text, period_start, serial, request_id, version,
          status, in_progress, closed_at, document, reminder_check)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb),
          CASE WHEN ? THEN TIMESTAMPTZ '-infinity' ELSE TIMESTAMPTZ 'infinity' END)
      ON CONFLICT DO NOTHING""";
  private static final int INSERT_PARAMETERS = 11;
  // The NOT EXISTS refuses a request ID of another case by the row count, without provoking a
  // unique violation (which PostgreSQL reports as an error of the whole statement).
  private static final String UPDATE = """
      UPDATE complaint_case SET request_id = ?, version = ?, status = ?, in_progress = ?,
          closed_at = ?, document = CAST(? AS jsonb),
          reminder_check = CASE WHEN ? THEN TIMESTAMPTZ '-infinity' ELSE TIMESTAMPTZ 'infinity' END
       WHERE series = ? AND number_text = ? AND version = ?
         AND NOT EXISTS (SELECT 1 FROM complaint_case other
                          WHERE other.request_id = ?
                            AND (other.series, other.number_text) <> (?, ?))""";
  private static final String ORDER = " ORDER BY series, period_start, serial, number_text";
  private static final String IN_PROGRESS = "SELECT " + COLUMNS
      + " FROM complaint_case WHERE in_progress" + ORDER + " LIMIT ?";
  private static final String IN_PROGRESS_AFTER = "SELECT " + COLUMNS
      + " FROM complaint_case WHERE in_progress"
      + " AND (series, period_start, serial, number_text) > (?, ?, ?, ?)" + ORDER + " LIMIT ?";
  // The reminder checks (V8): '-infinity' = due at once (every save of a case in progress),
  // 'infinity' = never (and every case not in progress: a CHECK constraint, so these queries need
  // not read in_progress, and only the due index can serve them). The cases due are two parts of
  // complaint_case_reminder_due, each read in number order and limited on its own, then merged:
  // - those never checked since their save: an equality on the index's first column, so the
  //   keyset after a number — written as a row comparison starting with that column — is a range
  //   of the index read in order: a run after a migration or a reset pages through every case
  //   this way, O(page) per page;
  // - those whose check has passed: a short range of the index in steady operation, read whole,
  //   then filtered by the keyset and sorted. OFFSET 0 keeps the keyset out of that scan's plan:
  //   the planner estimates a row comparison by its first column alone.
  private static final String DUE_COLUMNS =
      "SELECT series, period_start, serial, number_text, version, document"
      + " FROM complaint_case WHERE reminder_check < 'infinity'";
  private static final String NUMBER = "(series, period_start, serial, number_text)";
  private static final String NEVER_CHECKED = DUE_COLUMNS + " AND reminder_check = '-infinity'";
  // The passed checks are filtered and sorted as keys only (the index holds them: no document is
  // read, let alone sorted), and the page's documents are then read by key: sorting the rows
  // with their documents cost a page ~100 ms when tens of thousands were due at once.
  private static final String CHECK_PASSED_KEYS = "SELECT series, period_start, serial,"
      + " number_text FROM complaint_case WHERE reminder_check < 'infinity'"
      + " AND reminder_check > '-infinity' AND reminder_check < ?";
  // LATERAL … OFFSET 0: each key of the page reads its row through the primary key (a plain
  // join, or a LATERAL the planner flattens into one, may be a hash join over every row).
  private static final String CHECK_PASSED_ROWS = "SELECT c.series, c.period_start, c.serial,"
      + " c.number_text, c.version, c.document FROM (";
  private static final String BY_KEY = ") k CROSS JOIN LATERAL (SELECT * FROM complaint_case row"
      + " WHERE row.series = k.series AND row.number_text = k.number_text OFFSET 0) c";
  static final String DUE = "SELECT " + COLUMNS + " FROM ("
      + "(" + NEVER_CHECKED + ORDER + " LIMIT ?)"
      + " UNION ALL (" + CHECK_PASSED_ROWS + CHECK_PASSED_KEYS + ORDER + " LIMIT ?" + BY_KEY
      + ")) due" + ORDER + " LIMIT ?";
  static final String DUE_AFTER = "SELECT " + COLUMNS + " FROM ("
      + "(" + NEVER_CHECKED + " AND (reminder_check, series, period_start, serial, number_text)"
      + " > ('-infinity', ?, ?, ?, ?)" + ORDER + " LIMIT ?)"
      + " UNION ALL (" + CHECK_PASSED_ROWS + "SELECT * FROM (" + CHECK_PASSED_KEYS
      + " OFFSET 0) passed WHERE " + NUMBER + " > (?, ?, ?, ?)" + ORDER + " LIMIT ?" + BY_KEY
      + ")) due" + ORDER + " LIMIT ?";
  // Only the version the run read, and only a case in progress (the constraint above): a case
  // saved since keeps its value (due, or never if no longer in progress). A null instant is
  // "never".
  private static final String SCHEDULE = """
      UPDATE complaint_case SET reminder_check = COALESCE(CAST(? AS timestamptz), 'infinity')
       WHERE series = ? AND number_text = ? AND version = ? AND in_progress""";
  private static final String RESET = "UPDATE complaint_case SET reminder_check = '-infinity'"
      + " WHERE in_progress AND reminder_check <> '-infinity'";
  private static final String CLOSED_BETWEEN = "SELECT " + COLUMNS
      + " FROM complaint_case WHERE closed_at >= ? AND closed_at < ?"
      + " ORDER BY closed_at, series, period_start, serial, number_text";
  private static final String UNIQUE_VIOLATION = "23505";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * An adapter over {@code connections}.
   *
   * @param connections the database with the {@code complaint_case} and {@code outbox_event}
   *     tables (migrations V1 and V4)
   * @param json the case's and the events' JSON form
   */
  public JdbcComplaints(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public Optional<ComplaintCase> find(DocumentNumber number) {
    requireNonNull(number, "number");
    return connections.withConnection("reading complaint " + number.text(), c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, number.series().value());
        s.setString(2, number.text());
        return read(s).stream().findFirst();
      }
    });
  }

  @Override
  public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return connections.withConnection("reading the complaint of request " + requestId.value(),
        c -> {
          try (PreparedStatement s = c.prepareStatement(FIND_BY_REQUEST)) {
            s.setString(1, requestId.value());
            return read(s).stream().findFirst();
          }
        });
  }

  @Override
  public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
    requireNonNull(complaint, "complaint");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    Version expected = complaint.version();
    ComplaintCase saved = complaint.withVersion(expected.next());
    String document = json.write(saved);
    if (expected.isInitial()) {
      // A new case (a registration): ONE statement writes the row and its events, so no
      // savepoint is needed — inside a host transaction the number drawn for it stays locked over
      // this statement and the commit only (see the class comment).
      return connections.withConnection("saving complaint " + complaint.number().text(), c -> {
        int written = OutboxRows.writeWith(c, INSERT, INSERT_PARAMETERS,
            s -> bindInsert(s, saved, document), toAppend, json);
        if (written == 0) {
          refuse(c, complaint, expected);
        }
        return saved;
      });
    }
    return connections.atomically("saving complaint " + complaint.number().text(), c -> {
      int written;
      try {
        written = update(c, saved, expected, document);
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // A concurrent transaction stored the request ID for another case between our check
          // and our write (the primary key cannot be violated: the insert skips conflicts and
          // the update keeps the key).
          throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
        }
        throw e;
      }
      if (written == 0) {
        refuse(c, complaint, expected);
      }
      OutboxRows.append(c, toAppend, json);
      return saved;
    });
  }

  /** Why nothing was written: another version stored (or none, or one for a new case), else the
   * request ID is another case's. */
  private static void refuse(Connection c, ComplaintCase complaint, Version expected)
      throws SQLException {
    Version actual = storedVersion(c, complaint.number());
    boolean versionMatches = actual == null ? expected.isInitial() : actual.equals(expected);
    if (!versionMatches) {
      throw new ConcurrentUpdateException(ComplaintCase.KIND, complaint.number().text(),
          expected, actual);
    }
    throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
  }

  private static void bindInsert(PreparedStatement s, ComplaintCase saved, String document)
      throws SQLException {
    DocumentNumber n = saved.number();
    s.setString(1, n.series().value());
    s.setString(2, n.text());
    s.setObject(3, n.periodStart());
    s.setLong(4, n.serial());
    s.setString(5, saved.requestId().value());
    s.setLong(6, saved.version().value());
    s.setString(7, saved.status().name());
    s.setBoolean(8, saved.status().inProgress());
    s.setObject(9, saved.closedAt().map(JdbcComplaints::utc).orElse(null));
    s.setString(10, document);
    s.setBoolean(11, saved.status().inProgress());
  }

  private static int update(Connection c, ComplaintCase saved, Version expected, String document)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      DocumentNumber n = saved.number();
      s.setString(1, saved.requestId().value());
      s.setLong(2, saved.version().value());
      s.setString(3, saved.status().name());
      s.setBoolean(4, saved.status().inProgress());
      s.setObject(5, saved.closedAt().map(JdbcComplaints::utc).orElse(null));
      s.setString(6, document);
      s.setBoolean(7, saved.status().inProgress());
      s.setString(8, n.series().value());
      s.setString(9, n.text());
      s.setLong(10, expected.value());
      s.setString(11, saved.requestId().value());
      s.setString(12, n.series().value());
      s.setString(13, n.text());
      return s.executeUpdate();
    }
  }

  private static Version storedVersion(Connection c, DocumentNumber number) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(STORED_VERSION)) {
      s.setString(1, number.series().value());
      s.setString(2, number.text());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  @Override
  public List<ComplaintCase> inProgress(int max) {
    requireNotNegative(max);
    return connections.withConnection("reading the complaints in progress", c -> {
      try (PreparedStatement s = c.prepareStatement(IN_PROGRESS)) {
        s.setInt(1, max);
        return read(s);
      }
    });
  }

  @Override
  public List<ComplaintCase> inProgressAfter(DocumentNumber after, int max) {
    requireNonNull(after, "after");
    requireNotNegative(max);
    return connections.withConnection("reading the complaints in progress after " + after.text(),
        c -> {
          try (PreparedStatement s = c.prepareStatement(IN_PROGRESS_AFTER)) {
            s.setString(1, after.series().value());
            s.setObject(2, after.periodStart());
            s.setLong(3, after.serial());
            s.setString(4, after.text());
            s.setInt(5, max);
            return read(s);
          }
        });
  }

  @Override
  public List<ComplaintCase> dueForReminderCheck(Instant at, int max) {
    requireNonNull(at, "at");
    requireNotNegative(max);
    return connections.withConnection("reading the complaints due for a reminder check", c -> {
      try (PreparedStatement s = c.prepareStatement(DUE)) {
        s.setInt(1, max);
        // A stored check (whole microseconds) is before at exactly when it is before at rounded
        // up to a microsecond.
        s.setObject(2, utc(ceilingMicros(at)));
        s.setInt(3, max);
        s.setInt(4, max);
        return read(s);
      }
    });
  }

  @Override
  public List<ComplaintCase> dueForReminderCheckAfter(Instant at, DocumentNumber after,
      int max) {
    requireNonNull(at, "at");
    requireNonNull(after, "after");
    requireNotNegative(max);
    return connections.withConnection("reading the complaints due for a reminder check after "
        + after.text(), c -> {
          try (PreparedStatement s = c.prepareStatement(DUE_AFTER)) {
            int i = keyset(s, 1, after);
            s.setInt(i++, max);
            s.setObject(i++, utc(ceilingMicros(at)));
            i = keyset(s, i, after);
            s.setInt(i++, max);
            s.setInt(i, max);
            return read(s);
          }
        });
  }

  private static int keyset(PreparedStatement s, int from, DocumentNumber after)
      throws SQLException {
    s.setString(from, after.series().value());
    s.setObject(from + 1, after.periodStart());
    s.setLong(from + 2, after.serial());
    s.setString(from + 3, after.text());
    return from + 4;
  }

  @Override
  public void scheduleReminderChecks(List<ReminderCheck> checks) {
    List<ReminderCheck> toWrite = List.copyOf(requireNonNull(checks, "checks"));
    if (toWrite.isEmpty()) {
      return;
    }
    connections.atomically("scheduling " + toWrite.size() + " complaint reminder checks", c -> {
      try (PreparedStatement s = c.prepareStatement(SCHEDULE)) {
        for (ReminderCheck check : toWrite) {
          Optional<Instant> next = check.next();
          if (next.isPresent()) {
            // Already whole microseconds (ReminderCheck truncates): stored exactly.
            s.setObject(1, utc(next.get()));
          } else {
            s.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
          }
          s.setString(2, check.number().series().value());
          s.setString(3, check.number().text());
          s.setLong(4, check.version().value());
          s.addBatch();
        }
        // 0 rows for a check is not an error: the case was saved since (or is unknown).
        s.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void resetReminderChecks() {
    connections.atomically("resetting the complaint reminder checks", c -> {
      try (PreparedStatement s = c.prepareStatement(RESET)) {
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<ComplaintCase> closedBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return List.of();
    }
    return connections.withConnection("reading the complaints closed in [" + from + ", " + to
        + ")", c -> {
          try (PreparedStatement s = c.prepareStatement(CLOSED_BETWEEN)) {
            // Stored instants are whole microseconds: t >= from and t < to hold exactly when
            // they hold for the bounds rounded up to a microsecond (the driver would round a
            // finer bound to the nearest one instead).
            s.setObject(1, utc(ceilingMicros(from)));
            s.setObject(2, utc(ceilingMicros(to)));
            return read(s);
          }
        });
  }

  private List<ComplaintCase> read(PreparedStatement s) throws SQLException {
    List<ComplaintCase> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        // The version column is the truth; the document holds the same one.
        out.add(json.read(r.getString(2), ComplaintCase.class)
            .withVersion(Version.of(r.getLong(1))));
      }
    }
    return out;
  }

  static Instant ceilingMicros(Instant t) {
    Instant floor = t.truncatedTo(ChronoUnit.MICROS);
    return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MICROS);
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  private static void requireNotNegative(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be 0 or more: " + max);
    }
  }

  /**
   * E.g. {@code JdbcComplaints[complaint_case]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcComplaints[complaint_case]";
  }
}
