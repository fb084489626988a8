package org.aftersales.examples.postgres.notification;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The library's {@link NoticeLog} port over the {@code notice} table (通知记录): one row per
 * notice, its key's five parts under one unique constraint, the notice as a {@code jsonb}
 * document, and the columns the queries filter and order by (kind, whether it awaits a digest,
 * the instant it occurred — whole microseconds in a {@code timestamptz} and the nanoseconds below
 * them in an {@code integer}, so a notice's nanoseconds are kept and compared exactly).
 *
 * <h2>Once per key, on every node</h2>
 * {@link #recordIfAbsent} is one {@code INSERT … ON CONFLICT DO NOTHING} and, if it inserted, the
 * append of the notice's outbox event (under {@link NoticeKey#eventId()}), in one
 * {@link ConnectionSource#atomically} call. Of concurrent calls with one key the database lets one
 * insert; the others wait for its transaction and insert nothing (answering {@code false}) — or,
 * if it rolls back, one of them inserts. So a notice is recorded, and reaches the outbox, once
 * however many sweeps on however many nodes derive it. No lock is taken beyond the inserted row.
 * {@link #recordAllIfAbsent} records a sweep's page the same way in one transaction, inserting
 * its rows in one order of their keys so that concurrent pages never deadlock.
 *
 * <h2>Digests</h2>
 * {@link #recordDigest} runs in one {@link ConnectionSource#atomically} call: it locks the listed
 * notices that still await a digest ({@code SELECT … FOR UPDATE}), and writes only if it locked
 * every one of them and the digest's key is new — then it inserts the digest, marks the listed
 * notices and appends the digest to the outbox; otherwise it writes nothing. A concurrent digest
 * listing one of the same notices waits for the lock and then, as the notice awaits no more,
 * writes nothing: each notice is listed by exactly one digest.
 *
 * <h2>Queries</h2>
 * They read the latest committed rows without locks. A failing database surfaces as
 * {@link org.aftersales.examples.postgres.PostgresAccessException}.
 */
public final class JdbcNoticeLog implements NoticeLog {

  private static final String KEY_MATCH = "n.source_kind = k.source_kind AND n.source_id = "
      + "k.source_id AND n.rule = k.rule AND n.step = k.step AND n.occurrence = k.occurrence";
  private static final String KEYS = "unnest(?::text[], ?::text[], ?::text[], ?::text[], "
      + "?::text[]) AS k(source_kind, source_id, rule, step, occurrence)";
  private static final String INSERT = """
      INSERT INTO notice (source_kind, source_id, rule, step, occurrence, key_text, kind,
          awaiting_digest, occurred_at, occurred_nanos, document)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT ON CONSTRAINT notice_key DO NOTHING""";
  /** A page's insert: the position reserved beforehand, so the order given is the order kept. */
  private static final String INSERT_AT = """
      INSERT INTO notice (position, source_kind, source_id, rule, step, occurrence, key_text,
          kind, awaiting_digest, occurred_at, occurred_nanos, document)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT ON CONSTRAINT notice_key DO NOTHING""";
  private static final String RESERVE_POSITIONS = "SELECT nextval(pg_get_serial_sequence("
      + "'notice', 'position')) FROM generate_series(1, ?)";
  /** The one order in which every page inserts its keys (and so locks them). */
  private static final Comparator<NoticeKey> LOCK_ORDER = Comparator
      .comparing(NoticeKey::sourceKind).thenComparing(NoticeKey::sourceId)
      .thenComparing(k -> k.rule().value()).thenComparing(NoticeKey::step)
      .thenComparing(NoticeKey::occurrence);
  private static final String RECORDED_AMONG =
      "SELECT n.source_kind, n.source_id, n.rule, n.step, n.occurrence FROM " + KEYS
      + " JOIN notice n ON " + KEY_MATCH;
  private static final String FIND = "SELECT document::text FROM notice WHERE source_kind = ?"
      + " AND source_id = ? AND rule = ? AND step = ? AND occurrence = ?";
  private static final String AWAITING = "SELECT document::text FROM notice"
      + " WHERE awaiting_digest ORDER BY position LIMIT ?";
  private static final String AWAITING_OF_KINDS = "SELECT document::text FROM notice"
      + " WHERE awaiting_digest AND kind = ANY (?::text[]) ORDER BY position LIMIT ?";
  private static final String LOCK_AWAITING = "SELECT n.position FROM " + KEYS
      + " JOIN notice n ON " + KEY_MATCH
      + " WHERE n.awaiting_digest ORDER BY n.position FOR UPDATE OF n";
  private static final String MARK_DIGESTED =
      "UPDATE notice SET awaiting_digest = false WHERE position = ANY (?::bigint[])";
  private static final String RECORDED_BETWEEN = "SELECT document::text FROM notice"
      + " WHERE kind = ? AND (occurred_at, occurred_nanos) >= (?, ?)"
      + " AND (occurred_at, occurred_nanos) < (?, ?)"
      + " ORDER BY occurred_at, occurred_nanos, key_text LIMIT ?";

  private final ConnectionSource connections;
  private final AftersalesJson json;

  /**
   * A log over {@code connections}.
   *
   * @param connections the database with the {@code notice} and {@code outbox_event} tables
   *     (migrations V1 and V2)
   * @param json the notices' JSON form (the table's document and the outbox's payload): the
   *     same as the outbox relay's, which reads the payload back
   */
  public JdbcNoticeLog(ConnectionSource connections, AftersalesJson json) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
  }

  @Override
  public boolean recordIfAbsent(Notice notice) {
    requireNonNull(notice, "notice");
    String document = json.write(notice);
    return connections.atomically("recording notice " + notice.key().text(), c -> {
      if (insert(c, notice, document) == 0) {
        return false;
      }
      OutboxRows.appendWritten(c, List.of(notice.outboxEvent()), List.of(document));
      return true;
    });
  }

  private static int insert(Connection c, Notice notice, String document) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      bindRow(s, 1, notice, document);
      return s.executeUpdate();
    }
  }

  /** Binds a row's eleven columns from source_kind to document, from parameter {@code first}. */
  private static void bindRow(PreparedStatement s, int first, Notice notice, String document)
      throws SQLException {
    NoticeKey k = notice.key();
    s.setString(first, k.sourceKind());
    s.setString(first + 1, k.sourceId());
    s.setString(first + 2, k.rule().value());
    s.setString(first + 3, k.step());
    s.setString(first + 4, k.occurrence());
    s.setString(first + 5, k.text());
    s.setString(first + 6, notice.kind().code());
    s.setBoolean(first + 7, notice.delivery() == Delivery.IN_DIGEST);
    s.setObject(first + 8, micros(notice.occurredAt()));
    s.setInt(first + 9, nanosBelowMicros(notice.occurredAt()));
    s.setString(first + 10, document);
  }

  /**
   * Records a page of notices in one {@link ConnectionSource#atomically} call: it reserves one
   * position per distinct key in the order given (one statement), inserts the rows in ONE order of
   * their keys whatever the order given — concurrent pages sharing keys then wait for each other
   * instead of deadlocking — as one batch of {@code INSERT … ON CONFLICT DO NOTHING}, and appends
   * the outbox events of the rows inserted (one batch). Four round trips for the page (with the
   * savepoint or transaction), instead of three per notice. Either the whole page is recorded
   * or, if the call fails, none of it; a position reserved for a key already recorded stays
   * unused (positions order, they need not be dense).
   *
   * @param notices the notices, in the order to record them
   * @return the notices this call recorded, in the order given
   */
  @Override
  public List<Notice> recordAllIfAbsent(List<Notice> notices) {
    Map<NoticeKey, Notice> firsts = new LinkedHashMap<>();
    for (Notice notice : List.copyOf(requireNonNull(notices, "notices"))) {
      firsts.putIfAbsent(notice.key(), notice);
    }
    if (firsts.isEmpty()) {
      return List.of();
    }
    List<Notice> page = List.copyOf(firsts.values());
    List<String> documents = page.stream().map(json::write).toList();
    return connections.atomically("recording " + page.size() + " notices", c -> {
      long[] positions = reserve(c, page.size());
      Integer[] order = new Integer[page.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> page.get(i).key(), LOCK_ORDER));
      int[] counts;
      try (PreparedStatement s = c.prepareStatement(INSERT_AT)) {
        for (int i : order) {
          s.setLong(1, positions[i]);
          bindRow(s, 2, page.get(i), documents.get(i));
          s.addBatch();
        }
        counts = s.executeBatch();
      }
      boolean[] inserted = new boolean[page.size()];
      for (int j = 0; j < order.length; j++) {
        inserted[order[j]] = counts[j] > 0;
      }
      List<Notice> recorded = new ArrayList<>();
      List<String> payloads = new ArrayList<>();
      for (int i = 0; i < inserted.length; i++) {
        if (inserted[i]) {
          recorded.add(page.get(i));
          payloads.add(documents.get(i)); // a notice is its own event: the same JSON
        }
      }
      OutboxRows.appendWritten(c, recorded.stream().map(Notice::outboxEvent).toList(), payloads);
      return List.copyOf(recorded);
    });
  }

  private static long[] reserve(Connection c, int n) throws SQLException {
    long[] positions = new long[n];
    try (PreparedStatement s = c.prepareStatement(RESERVE_POSITIONS)) {
      s.setInt(1, n);
      try (ResultSet r = s.executeQuery()) {
        for (int i = 0; i < n && r.next(); i++) {
          positions[i] = r.getLong(1);
        }
      }
    }
    // One sequence's values, each larger than the one before in this call.
    Arrays.sort(positions);
    return positions;
  }

  @Override
  public Set<NoticeKey> recordedAmong(Collection<NoticeKey> keys) {
    List<NoticeKey> copy = List.copyOf(requireNonNull(keys, "keys"));
    if (copy.isEmpty()) {
      return Set.of();
    }
    return connections.withConnection("reading which of " + copy.size() + " notices are recorded",
        c -> {
          try (PreparedStatement s = c.prepareStatement(RECORDED_AMONG)) {
            bindKeys(c, s, 1, copy);
            Set<NoticeKey> found = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                found.add(new NoticeKey(r.getString(1), r.getString(2), RuleId.of(r.getString(3)),
                    r.getString(4), r.getString(5)));
              }
            }
            return Set.copyOf(found);
          }
        });
  }

  @Override
  public Optional<Notice> find(NoticeKey key) {
    requireNonNull(key, "key");
    return connections.withConnection("reading notice " + key.text(), c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, key.sourceKind());
        s.setString(2, key.sourceId());
        s.setString(3, key.rule().value());
        s.setString(4, key.step());
        s.setString(5, key.occurrence());
        return read(s).stream().findFirst();
      }
    });
  }

  @Override
  public List<Notice> awaitingDigest(int max) {
    requireAtLeastOne(max);
    return connections.withConnection("reading the notices awaiting a digest", c -> {
      try (PreparedStatement s = c.prepareStatement(AWAITING)) {
        s.setInt(1, max);
        return read(s);
      }
    });
  }

  @Override
  public List<Notice> awaitingDigest(Set<NoticeKind> kinds, int max) {
    List<String> codes = requireNonNull(kinds, "kinds").stream().map(NoticeKind::code).toList();
    if (codes.isEmpty()) {
      throw InvalidInputException.of("kinds", MessageBundle.CORE.message(
          "jakarta.validation.constraints.NotEmpty.message"));
    }
    requireAtLeastOne(max);
    return connections.withConnection("reading the notices of " + codes + " awaiting a digest",
        c -> {
          try (PreparedStatement s = c.prepareStatement(AWAITING_OF_KINDS)) {
            s.setArray(1, c.createArrayOf("text", codes.toArray()));
            s.setInt(2, max);
            return read(s);
          }
        });
  }

  @Override
  public boolean recordDigest(Notice digest, List<NoticeKey> listed) {
    requireNonNull(digest, "digest");
    List<NoticeKey> keys = List.copyOf(requireNonNull(listed, "listed"));
    if (keys.isEmpty()) {
      throw InvalidInputException.of("listed",
          MessageBundle.CORE.message("core.notice.nothingListed"), 0);
    }
    if (new HashSet<>(keys).size() != keys.size()) {
      return false; // a notice listed twice: refused, as by the in-memory log
    }
    String document = json.write(digest);
    return connections.atomically("recording digest " + digest.key().text(), c -> {
      // Every check first, then every write: a refusal writes nothing (the locks it took end
      // with the transaction).
      List<Long> positions = new ArrayList<>(keys.size());
      try (PreparedStatement s = c.prepareStatement(LOCK_AWAITING)) {
        bindKeys(c, s, 1, keys);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            positions.add(r.getLong(1));
          }
        }
      }
      if (positions.size() != keys.size() || insert(c, digest, document) == 0) {
        return false;
      }
      try (PreparedStatement s = c.prepareStatement(MARK_DIGESTED)) {
        s.setArray(1, c.createArrayOf("bigint", positions.toArray()));
        s.executeUpdate();
      }
      OutboxRows.appendWritten(c, List.of(digest.outboxEvent()), List.of(document));
      return true;
    });
  }

  @Override
  public List<Notice> recordedBetween(NoticeKind kind, Instant from, Instant to, int max) {
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to",
          MessageBundle.CORE.message("core.service.periodReversed", "from", from), to);
    }
    return connections.withConnection("reading the " + kind.code() + " notices in [" + from
        + ", " + to + ")", c -> {
          try (PreparedStatement s = c.prepareStatement(RECORDED_BETWEEN)) {
            s.setString(1, kind.code());
            s.setObject(2, micros(from));
            s.setInt(3, nanosBelowMicros(from));
            s.setObject(4, micros(to));
            s.setInt(5, nanosBelowMicros(to));
            s.setInt(6, max);
            return read(s);
          }
        });
  }

  private static void bindKeys(Connection c, PreparedStatement s, int first,
      List<NoticeKey> keys) throws SQLException {
    int n = keys.size();
    String[] kinds = new String[n];
    String[] ids = new String[n];
    String[] rules = new String[n];
    String[] steps = new String[n];
    String[] occurrences = new String[n];
    for (int i = 0; i < n; i++) {
      NoticeKey k = keys.get(i);
      kinds[i] = k.sourceKind();
      ids[i] = k.sourceId();
      rules[i] = k.rule().value();
      steps[i] = k.step();
      occurrences[i] = k.occurrence();
    }
    Array[] arrays = {c.createArrayOf("text", kinds), c.createArrayOf("text", ids),
        c.createArrayOf("text", rules), c.createArrayOf("text", steps),
        c.createArrayOf("text", occurrences)};
    for (int i = 0; i < arrays.length; i++) {
      s.setArray(first + i, arrays[i]);
    }
  }

  private List<Notice> read(PreparedStatement s) throws SQLException {
    List<Notice> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(json.read(r.getString(1), Notice.class));
      }
    }
    return out;
  }

  /** The instant's whole microseconds, as the driver binds a timestamptz. */
  private static OffsetDateTime micros(Instant t) {
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The nanoseconds below the instant's whole microseconds, 0 to 999. */
  private static int nanosBelowMicros(Instant t) {
    return t.getNano() % 1_000;
  }

  private static void requireAtLeastOne(int max) {
    if (max < 1) {
      throw InvalidInputException.of("max", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), max);
    }
  }

  /**
   * E.g. {@code JdbcNoticeLog[notice]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcNoticeLog[notice]";
  }
}
