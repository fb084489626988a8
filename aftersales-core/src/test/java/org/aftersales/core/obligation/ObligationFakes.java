package org.aftersales.core.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;

/**
 * Small single-threaded fakes of the ports the obligation use cases use, each with a call log:
 * a map of contract files with the port's version check, an outbox list and scripted rivals that
 * win the race of the next saves; a notice log in a map; a clock the test moves.
 */
final class ObligationFakes {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ObligationFakes() {}

  /** An instant given as Shanghai local time, e.g. {@code "2027-02-01T09:00"}. */
  static Instant sh(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static ServiceContract maintenance(String id, List<String> systems, LocalDate start,
      LocalDate end) {
    return ServiceContract.of(ContractId.of(id), CustomerId.of("CUST-" + id),
        ContractKind.MAINTENANCE, SystemCategory.SECURITY,
        systems.stream().map(SystemId::of).toList(), start, end);
  }

  static ServiceContract freePeriod(String id, List<String> systems, LocalDate start,
      LocalDate end) {
    return ServiceContract.of(ContractId.of(id), CustomerId.of("CUST-" + id),
        ContractKind.FREE_MAINTENANCE, SystemCategory.GENERAL,
        systems.stream().map(SystemId::of).toList(), start, end);
  }

  /** The stored contract files by ID, the port's version check, an outbox and a call log. */
  static class Files implements Contracts {
    final Map<ContractId, ContractFile> byId = new TreeMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Run at the next saves, one each, before the version check: another node's change. */
    final Deque<Runnable> rivals = new ArrayDeque<>();

    /** Stores a file as version 1, without events, as if registered earlier. */
    ContractFile stored(ContractFile file) {
      ContractFile saved = file.withVersion(Version.of(1));
      byId.put(saved.id(), saved);
      return saved;
    }

    ContractFile stored(ServiceContract contract) {
      return stored(ContractFile.open(contract));
    }

    /** A rival that stores the file as changed by {@code change} at the next version. */
    void rivalChanges(ContractId id, java.util.function.UnaryOperator<ContractFile> change) {
      rivals.add(() -> {
        ContractFile now = byId.get(id);
        byId.put(id, change.apply(now).withVersion(now.version().next()));
      });
    }

    @Override
    public Optional<ContractFile> find(ContractId id) {
      calls.add("find");
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public ContractFile save(ContractFile file, List<OutboxEvent> events) {
      calls.add("save");
      if (!rivals.isEmpty()) {
        rivals.poll().run();
      }
      ContractFile stored = byId.get(file.id());
      Version expected = stored == null ? Version.initial() : stored.version();
      if (!expected.equals(file.version())) {
        throw new ConcurrentUpdateException(ContractFile.KIND, file.id().value(),
            file.version(), stored == null ? null : stored.version());
      }
      ContractFile saved = file.withVersion(file.version().next());
      byId.put(saved.id(), saved);
      outbox.addAll(events);
      return saved;
    }

    private static boolean covers(ContractFile f, LocalDate from, LocalDate to) {
      return f.contract().start().isBefore(to) && !f.contract().end().isBefore(from);
    }

    @Override
    public List<ContractFile> overlapping(LocalDate from, LocalDate to, int max) {
      calls.add("overlapping " + from + " " + to);
      return byId.values().stream().filter(f -> covers(f, from, to)).limit(max).toList();
    }

    @Override
    public List<ContractFile> overlappingAfter(LocalDate from, LocalDate to, ContractId after,
        int max) {
      calls.add("overlappingAfter " + after.value());
      return byId.values().stream().filter(f -> f.id().compareTo(after) > 0)
          .filter(f -> covers(f, from, to)).limit(max).toList();
    }
  }

  /** A notice log in a map, with the outbox it appends to and a call log. */
  static final class Log implements NoticeLog {
    final Map<NoticeKey, Notice> notices = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** Another node records every notice between {@code recordedAmong} and its record. */
    boolean otherNodeRecordsFirst;

    /** The recorded keys' texts, in the order recorded. */
    List<String> keys() {
      return notices.keySet().stream().map(NoticeKey::text).toList();
    }

    @Override
    public boolean recordIfAbsent(Notice notice) {
      calls.add("recordIfAbsent");
      if (otherNodeRecordsFirst) {
        notices.putIfAbsent(notice.key(), notice);
        return false;
      }
      return notices.putIfAbsent(notice.key(), notice) == null;
    }

    @Override
    public Set<NoticeKey> recordedAmong(Collection<NoticeKey> keys) {
      calls.add("recordedAmong");
      Set<NoticeKey> out = new HashSet<>(keys);
      out.retainAll(notices.keySet());
      return out;
    }

    @Override
    public Optional<Notice> find(NoticeKey key) {
      return Optional.ofNullable(notices.get(key));
    }

    @Override
    public List<Notice> awaitingDigest(int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Notice> awaitingDigest(Set<NoticeKind> kinds, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean recordDigest(Notice digest, List<NoticeKey> listed) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Notice> recordedBetween(NoticeKind kind, Instant from, Instant to, int max) {
      throw new UnsupportedOperationException();
    }
  }

  /** A clock the test sets; its zone is UTC, which the use cases must not use. */
  static final class TestClock extends Clock {
    Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
