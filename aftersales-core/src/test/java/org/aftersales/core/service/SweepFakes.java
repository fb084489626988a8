package org.aftersales.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;

/** Small single-threaded fakes of the ports the sweep and the queue use, with a call log. */
final class SweepFakes {

  private SweepFakes() {}

  /** The stored requests, kept in a map; the queries the sweep uses, and a call log. */
  static class Requests implements ServiceRequests {
    final Map<ServiceRequestId, ServiceRequest> byId = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    Requests(ServiceRequest... requests) {
      for (ServiceRequest r : requests) {
        byId.put(r.id(), r);
      }
    }

    private List<ServiceRequest> openInOrder() {
      return byId.values().stream().filter(ServiceRequest::isOpen)
          .sorted(Comparator.comparing(ServiceRequest::receivedAt)
              .thenComparing(ServiceRequest::id)).toList();
    }

    @Override
    public Optional<ServiceRequest> find(ServiceRequestId id) {
      calls.add("find");
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
      calls.add("save");
      ServiceRequest stored = byId.get(request.id());
      if (stored == null || !stored.version().equals(request.version())) {
        throw new org.aftersales.core.shared.ConcurrentUpdateException(ServiceRequest.KIND,
            request.id().value(), request.version(), stored == null ? null : stored.version());
      }
      ServiceRequest saved = request.withVersion(request.version().next());
      byId.put(saved.id(), saved);
      this.events.addAll(events);
      return saved;
    }

    final List<OutboxEvent> events = new ArrayList<>();

    @Override
    public List<ServiceRequest> open(int max) {
      calls.add("open");
      return openInOrder().stream().limit(max).toList();
    }

    @Override
    public List<ServiceRequest> dueBefore(Instant instant, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
        int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> inWorkshop(int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> openAfter(Instant receivedAt, ServiceRequestId id, int max) {
      calls.add("openAfter");
      return openInOrder().stream().filter(r -> r.receivedAt().isAfter(receivedAt)
          || r.receivedAt().equals(receivedAt) && r.id().compareTo(id) > 0).limit(max).toList();
    }
  }

  /** A notice log in a map, with the outbox it appends to and a call log. */
  static class Log implements NoticeLog {
    final Map<NoticeKey, Notice> notices = new LinkedHashMap<>();
    final Set<NoticeKey> digested = new HashSet<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean recordIfAbsent(Notice notice) {
      calls.add("recordIfAbsent");
      if (notices.containsKey(notice.key())) {
        return false;
      }
      notices.put(notice.key(), notice);
      outbox.add(notice.outboxEvent());
      return true;
    }

    @Override
    public Set<NoticeKey> recordedAmong(java.util.Collection<NoticeKey> keys) {
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
      calls.add("awaitingDigest");
      return notices.values().stream().filter(n -> n.delivery() == Delivery.IN_DIGEST)
          .filter(n -> !digested.contains(n.key())).limit(max).toList();
    }

    @Override
    public List<Notice> awaitingDigest(java.util.Set<NoticeKind> kinds, int max) {
      calls.add("awaitingDigest");
      return notices.values().stream().filter(n -> n.delivery() == Delivery.IN_DIGEST)
          .filter(n -> kinds.contains(n.kind()))
          .filter(n -> !digested.contains(n.key())).limit(max).toList();
    }

    @Override
    public boolean recordDigest(Notice digest, List<NoticeKey> listed) {
      calls.add("recordDigest");
      if (notices.containsKey(digest.key())
          || listed.stream().anyMatch(k -> digested.contains(k) || !notices.containsKey(k))) {
        return false;
      }
      notices.put(digest.key(), digest);
      outbox.add(digest.outboxEvent());
      digested.addAll(listed);
      return true;
    }

    @Override
    public List<Notice> recordedBetween(NoticeKind kind, Instant from, Instant to, int max) {
      return notices.values().stream().filter(n -> n.kind().equals(kind))
          .filter(n -> !n.occurredAt().isBefore(from) && n.occurredAt().isBefore(to))
          .limit(max).toList();
    }
  }
}
