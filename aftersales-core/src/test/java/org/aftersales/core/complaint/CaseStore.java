package org.aftersales.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;

/**
 * A map-backed {@link Complaints} for the core's use case tests: the port's version check, an
 * outbox list, a log of the port calls, and two ways to lose a race at the next save — the same
 * change stored first by an earlier attempt, or another change stored first.
 */
final class CaseStore implements Complaints {

  final Map<DocumentNumber, ComplaintCase> byNumber = new HashMap<>();
  final List<OutboxEvent> outbox = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  /** The next save stores its case and events first (an earlier attempt) and then conflicts. */
  boolean sameChangeWinsNextSave;
  /** The next save finds another change stored first (the case at the next version). */
  boolean otherChangeWinsNextSave;
  /** The conflict the last lost race threw. */
  ConcurrentUpdateException lastConflict;

  /** Stores {@code c} as version 1, as if saved once, without events. */
  ComplaintCase stored(ComplaintCase c) {
    ComplaintCase saved = c.withVersion(Version.of(1));
    byNumber.put(saved.number(), saved);
    return saved;
  }

  @Override
  public Optional<ComplaintCase> find(DocumentNumber number) {
    calls.add("find");
    return Optional.ofNullable(byNumber.get(number));
  }

  @Override
  public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
    calls.add("findByRequestId");
    return byNumber.values().stream().filter(c -> c.requestId().equals(requestId)).findFirst();
  }

  @Override
  public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
    calls.add("save");
    if (sameChangeWinsNextSave) {
      sameChangeWinsNextSave = false;
      byNumber.put(complaint.number(), complaint.withVersion(complaint.version().next()));
      outbox.addAll(events);
    }
    if (otherChangeWinsNextSave) {
      otherChangeWinsNextSave = false;
      ComplaintCase stored = byNumber.get(complaint.number());
      byNumber.put(stored.number(), stored.withVersion(stored.version().next()));
    }
    ComplaintCase stored = byNumber.get(complaint.number());
    Version expected = stored == null ? Version.initial() : stored.version();
    if (!expected.equals(complaint.version())) {
      lastConflict = new ConcurrentUpdateException(ComplaintCase.KIND, complaint.number().text(),
          complaint.version(), stored == null ? null : stored.version());
      throw lastConflict;
    }
    ComplaintCase saved = complaint.withVersion(complaint.version().next());
    byNumber.put(saved.number(), saved);
    outbox.addAll(events);
    return saved;
  }

  @Override
  public List<ComplaintCase> inProgress(int max) {
    calls.add("inProgress");
    if (max < 0) {
      throw new IllegalArgumentException("max " + max);
    }
    return byNumber.values().stream().filter(c -> c.status().inProgress())
        .sorted(Comparator.comparing(ComplaintCase::number)).limit(max).toList();
  }

  @Override
  public List<ComplaintCase> closedBetween(Instant from, Instant to) {
    calls.add("closedBetween");
    return byNumber.values().stream().filter(c -> c.closedAt()
        .filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent()).toList();
  }
}
