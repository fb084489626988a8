package org.aftersales.testkit.notification;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link NoticeLog} (通知记录) for tests and demos: a table keyed by
 * {@link NoticeKey} (the unique constraint) in an {@link InMemoryDatabase}, beside the
 * {@link InMemoryOutbox} of the same database, both written under the database's one lock — so a
 * notice and its outbox event are stored together or not at all, and inside a host transaction
 * roll back together. Every query scans the table (a database adapter indexes the key, the
 * awaiting-digest flag, and kind with occurred-at).
 */
public final class InMemoryNoticeLog implements NoticeLog {

  /** A recorded notice, its place in recording order, and whether a digest lists it. */
  private record Row(Notice notice, long sequence, boolean digested) {}

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<NoticeKey, Row> rows;
  private final InMemoryOutbox outbox;

  private InMemoryNoticeLog(InMemoryDatabase database) {
    this.database = database;
    this.rows = database.table("notices.byKey");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A log over a new, empty database of its own.
   *
   * @return the log
   */
  public static InMemoryNoticeLog create() {
    return new InMemoryNoticeLog(InMemoryDatabase.create());
  }

  /**
   * A log whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the log
   */
  public static InMemoryNoticeLog over(InMemoryDatabase database) {
    return new InMemoryNoticeLog(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database, as a second connection.
   *
   * @return a fresh instance that sees everything this one recorded
   */
  public InMemoryNoticeLog freshInstanceOverSameStorage() {
    return new InMemoryNoticeLog(database);
  }

  /**
   * The outbox this log writes notices to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public boolean recordIfAbsent(Notice notice) {
    requireNonNull(notice, "notice");
    return database.atomically(() -> {
      if (rows.get(notice.key()) != null) {
        return false;
      }
      outbox.append(List.of(notice.outboxEvent()));
      rows.put(notice.key(), new Row(notice, rows.size(), false));
      return true;
    });
  }

  /**
   * Records the notices not yet recorded in one step under the database's lock: all of them with
   * their outbox events, or (if the step fails) none.
   *
   * @param notices the notices, in the order to record them
   * @return the notices this call recorded, in the order given
   */
  @Override
  public List<Notice> recordAllIfAbsent(List<Notice> notices) {
    List<Notice> copy = List.copyOf(requireNonNull(notices, "notices"));
    return database.atomically(() -> {
      // Every check first (the outbox's too), then every write: nothing to roll back.
      Set<NoticeKey> seen = new HashSet<>();
      List<Notice> recorded = new ArrayList<>();
      for (Notice notice : copy) {
        if (rows.get(notice.key()) == null && seen.add(notice.key())) {
          recorded.add(notice);
        }
      }
      outbox.append(recorded.stream().map(Notice::outboxEvent).toList());
      for (Notice notice : recorded) {
        rows.put(notice.key(), new Row(notice, rows.size(), false));
      }
      return List.copyOf(recorded);
    });
  }

  @Override
  public Set<NoticeKey> recordedAmong(Collection<NoticeKey> keys) {
    List<NoticeKey> copy = List.copyOf(requireNonNull(keys, "keys"));
    return database.atomically(() -> {
      Set<NoticeKey> found = new HashSet<>();
      for (NoticeKey key : copy) {
        if (rows.get(key) != null) {
          found.add(key);
        }
      }
      return Set.copyOf(found);
    });
  }

  @Override
  public Optional<Notice> find(NoticeKey key) {
    requireNonNull(key, "key");
    return database.atomically(() -> Optional.ofNullable(rows.get(key)).map(Row::notice));
  }

  @Override
  public List<Notice> awaitingDigest(int max) {
    return awaiting(notice -> true, max);
  }

  @Override
  public List<Notice> awaitingDigest(Set<NoticeKind> kinds, int max) {
    Set<NoticeKind> wanted = Set.copyOf(requireNonNull(kinds, "kinds"));
    if (wanted.isEmpty()) {
      throw InvalidInputException.of("kinds", MessageBundle.CORE.message(
          "jakarta.validation.constraints.NotEmpty.message"));
    }
    return awaiting(notice -> wanted.contains(notice.kind()), max);
  }

  private List<Notice> awaiting(Predicate<Notice> wanted, int max) {
    if (max < 1) {
      throw InvalidInputException.of("max", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), max);
    }
    return database.atomically(() -> rows.values().stream().filter(InMemoryNoticeLog::awaits)
        .filter(row -> wanted.test(row.notice()))
        .sorted(Comparator.comparingLong(Row::sequence)).limit(max).map(Row::notice).toList());
  }

  private static boolean awaits(Row row) {
    return row.notice().delivery() == Delivery.IN_DIGEST && !row.digested();
  }

  @Override
  public boolean recordDigest(Notice digest, List<NoticeKey> listed) {
    requireNonNull(digest, "digest");
    List<NoticeKey> keys = List.copyOf(requireNonNull(listed, "listed"));
    if (keys.isEmpty()) {
      throw InvalidInputException.of("listed",
          MessageBundle.CORE.message("core.notice.nothingListed"), 0);
    }
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      if (rows.get(digest.key()) != null || new HashSet<>(keys).size() != keys.size()) {
        return false;
      }
      List<Row> marked = new ArrayList<>(keys.size());
      for (NoticeKey key : keys) {
        Row row = rows.get(key);
        if (row == null || !awaits(row)) {
          return false;
        }
        marked.add(new Row(row.notice(), row.sequence(), true));
      }
      outbox.append(List.of(digest.outboxEvent()));
      rows.put(digest.key(), new Row(digest, rows.size(), false));
      marked.forEach(row -> rows.put(row.notice().key(), row));
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
    return database.atomically(() -> rows.values().stream().map(Row::notice)
        .filter(n -> n.kind().equals(kind))
        .filter(n -> !n.occurredAt().isBefore(from) && n.occurredAt().isBefore(to))
        .sorted(Comparator.comparing(Notice::occurredAt).thenComparing(Notice::key))
        .limit(max).toList());
  }

  /**
   * Every recorded notice, digests included, in the order recorded.
   *
   * @return the notices
   */
  public List<Notice> all() {
    return database.atomically(() -> rows.values().stream()
        .sorted(Comparator.comparingLong(Row::sequence)).map(Row::notice).toList());
  }

  /**
   * E.g. {@code InMemoryNoticeLog[4 notices, 1 awaiting a digest]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return database.atomically(() -> "InMemoryNoticeLog[" + rows.size() + " notices, "
        + rows.values().stream().filter(InMemoryNoticeLog::awaits).count()
        + " awaiting a digest]");
  }
}
