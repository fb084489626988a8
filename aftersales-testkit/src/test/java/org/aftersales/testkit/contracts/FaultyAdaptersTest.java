package org.aftersales.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.complaint.ComplaintsContract;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.events.OutboxContract;
import org.aftersales.testkit.numbering.NumberSequencesContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every contract of the testkit fails each of a set of deliberately faulty adapters — the bugs
 * real adapters over SQL have: timestamps cut to milliseconds, request IDs or keys compared
 * without letter case, a number's series ignored, a lock that never comes back, events not
 * written with the state, marks that do not stick. The contracts run through the JUnit Platform
 * launcher against the faulty subclasses below (static nested classes, which Surefire does not run
 * on their own). // tag: reliability
 */
class FaultyAdaptersTest {

  private static TestExecutionSummary run(Class<?> contractSubclass) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(contractSubclass)).build(), listener);
    return listener.getSummary();
  }

  private static void assertFails(Class<?> contractSubclass, String expectedFailingTest) {
    TestExecutionSummary summary = run(contractSubclass);
    assertTrue(summary.getTestsFoundCount() > 0, "the contract ran");
    List<String> failed = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName()).toList();
    assertTrue(failed.stream().anyMatch(n -> n.startsWith(expectedFailingTest)),
        contractSubclass.getSimpleName() + " should fail " + expectedFailingTest + ", failed: "
            + failed);
  }

  @Test
  void the_correct_in_memory_adapters_pass_their_contracts_twice_over_the_same_storage() {
    // Per-run keys: a second run over the same (persistent) storage must not collide.
    for (int i = 0; i < 2; i++) {
      for (Class<?> c : List.of(PersistentComplaints.class, PersistentOutbox.class)) {
        TestExecutionSummary s = run(c);
        assertEquals(0, s.getTotalFailureCount(), c.getSimpleName() + ": " + s.getFailures());
        assertTrue(s.getTestsSucceededCount() > 0);
      }
    }
  }

  @Test
  void the_complaints_contract_fails_an_adapter_that_keeps_only_milliseconds() {
    assertFails(MillisecondComplaints.class, "a_saved_case_reads_back_equal");
  }

  @Test
  void the_complaints_contract_fails_an_adapter_that_ignores_the_letter_case_of_request_ids() {
    assertFails(CaseInsensitiveComplaints.class, "request_ids_differing_only_in_letter_case");
  }

  @Test
  void the_complaints_contract_fails_an_adapter_that_ignores_a_numbers_series() {
    assertFails(SeriesBlindComplaints.class, "the_same_number_text_in_another_series");
  }

  @Test
  void the_complaints_contract_fails_an_adapter_that_does_not_write_the_events() {
    assertFails(EventLosingComplaints.class, "the_events_of_a_save_reach_the_outbox");
  }

  @Test
  void the_complaints_contract_fails_an_adapter_stuck_on_a_lock_instead_of_hanging() {
    Timeout timeout = ComplaintsContract.class.getAnnotation(Timeout.class);
    assertNotNull(timeout, "the contract bounds every test by default");
    assertEquals(Timeout.ThreadMode.SEPARATE_THREAD, timeout.threadMode());
    try {
      assertFails(LockedComplaints.class, "a_saved_case_reads_back_equal");
    } finally {
      LockedComplaints.LOCK.countDown();
    }
  }

  @Test
  void the_numbering_contract_fails_keys_compared_without_letter_case() {
    assertFails(CaseInsensitiveSequences.class,
        "keys_differing_only_in_letter_case_in_where_the_series_ends_or_in_chinese");
  }

  @Test
  void the_numbering_contract_fails_an_adapter_that_ignores_the_series() {
    assertFails(SeriesBlindSequences.class, "series_and_periods_count_on_their_own");
  }

  @Test
  void the_numbering_contract_fails_an_unsynchronised_counter() {
    assertFails(RacySequences.class, "concurrent_allocations_on_one_key_are_unique");
  }

  @Test
  void the_outbox_contract_fails_marks_that_do_not_stick() {
    assertFails(ForgetfulOutbox.class, "a_delivered_event_is_no_longer_offered");
  }

  @Test
  void the_outbox_contract_fails_event_ids_compared_without_letter_case() {
    assertFails(CaseInsensitiveOutbox.class, "event_ids_differing_only_in_letter_case");
  }

  @Test
  void the_outbox_contract_fails_newest_first() {
    assertFails(NewestFirstOutbox.class, "stored_events_come_back_equal_and_in_the_order");
  }

  // ---- Complaints adapters ----------------------------------------------------------------

  /** Stores cases in maps keyed as a faulty SQL schema would key them. */
  abstract static class MapComplaints implements Complaints {
    final Map<Object, ComplaintCase> byNumber = new HashMap<>();
    final Map<Object, ComplaintCase> byRequest = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();

    Object numberKey(DocumentNumber n) {
      return n;
    }

    Object requestKey(RequestId r) {
      return r;
    }

    ComplaintCase stored(ComplaintCase c) {
      return c;
    }

    boolean writeEvents() {
      return true;
    }

    @Override
    public synchronized List<ComplaintCase> inProgress(int max) {
      return byNumber.values().stream().filter(c -> c.status().inProgress()).sorted(
          java.util.Comparator.comparing(ComplaintCase::number)).limit(max).toList();
    }

    @Override
    public synchronized List<ComplaintCase> closedBetween(java.time.Instant from,
        java.time.Instant to) {
      return byNumber.values().stream().filter(c -> c.closedAt()
          .filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent()).toList();
    }

    @Override
    public synchronized Optional<ComplaintCase> find(DocumentNumber number) {
      return Optional.ofNullable(byNumber.get(numberKey(number)));
    }

    @Override
    public synchronized Optional<ComplaintCase> findByRequestId(RequestId requestId) {
      return Optional.ofNullable(byRequest.get(requestKey(requestId)));
    }

    @Override
    public synchronized ComplaintCase save(ComplaintCase c, List<OutboxEvent> events) {
      ComplaintCase old = byNumber.get(numberKey(c.number()));
      Version actual = old == null ? null : old.version();
      if (old == null ? !c.version().isInitial() : !actual.equals(c.version())) {
        throw new ConcurrentUpdateException(ComplaintCase.KIND, c.number().text(), c.version(),
            actual);
      }
      ComplaintCase owner = byRequest.get(requestKey(c.requestId()));
      if (owner != null && !owner.number().equals(c.number())) {
        throw new DuplicateRequestException(ComplaintCase.KIND, c.requestId());
      }
      ComplaintCase saved = stored(c.withVersion(c.version().next()));
      byNumber.put(numberKey(c.number()), saved);
      byRequest.put(requestKey(c.requestId()), saved);
      if (writeEvents()) {
        outbox.addAll(events);
      }
      return saved;
    }

    Outbox outboxView() {
      return new Outbox() {
        @Override
        public List<OutboxEvent> undelivered(int max) {
          synchronized (MapComplaints.this) {
            return List.copyOf(outbox);
          }
        }

        @Override
        public void markDelivered(EventId eventId) {}
      };
    }
  }

  /** A contract subclass over one faulty adapter instance. */
  abstract static class FaultyComplaintsContract extends ComplaintsContract {
    final MapComplaints adapter = adapter();

    abstract MapComplaints adapter();

    @Override
    protected Complaints freshAdapter() {
      return adapter;
    }

    @Override
    protected Outbox outbox() {
      return adapter.outboxView();
    }
  }

  static final class MillisecondComplaints extends FaultyComplaintsContract {
    @Override
    MapComplaints adapter() {
      return new MapComplaints() {
        @Override
        ComplaintCase stored(ComplaintCase c) {
          return ComplaintCase.builder().number(c.number()).requestId(c.requestId())
              .receivedAt(c.receivedAt().truncatedTo(ChronoUnit.MILLIS))
              .intake(c.intake()).routing(c.routing()).addAllHandled(c.handled())
              .status(c.status())
              .reopenedFrom(c.reopenedFrom()).voidReason(c.voidReason())
              .voidedAt(c.voidedAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)))
              .voidRequestId(c.voidRequestId()).version(c.version())
              .build();
        }
      };
    }
  }

  static final class CaseInsensitiveComplaints extends FaultyComplaintsContract {
    @Override
    MapComplaints adapter() {
      return new MapComplaints() {
        @Override
        Object requestKey(RequestId r) {
          return r.value().toLowerCase(Locale.ROOT);
        }
      };
    }
  }

  static final class SeriesBlindComplaints extends FaultyComplaintsContract {
    @Override
    MapComplaints adapter() {
      return new MapComplaints() {
        @Override
        Object numberKey(DocumentNumber n) {
          return n.text();
        }
      };
    }
  }

  static final class EventLosingComplaints extends FaultyComplaintsContract {
    @Override
    MapComplaints adapter() {
      return new MapComplaints() {
        @Override
        boolean writeEvents() {
          return false;
        }
      };
    }
  }

  /** Blocks every save on a lock that only the enclosing test releases; ignores interrupts. */
  @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  static final class LockedComplaints extends FaultyComplaintsContract {
    static final CountDownLatch LOCK = new CountDownLatch(1);

    @Override
    MapComplaints adapter() {
      return new MapComplaints() {
        @Override
        public ComplaintCase save(ComplaintCase c, List<OutboxEvent> events) {
          boolean interrupted = false;
          while (true) {
            try {
              LOCK.await();
              break;
            } catch (InterruptedException e) {
              interrupted = true; // a JDBC call waiting for a row lock does not answer either
            }
          }
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
          return super.save(c, events);
        }
      };
    }
  }

  /** The correct in-memory adapter over storage kept across runs, like a persistent database. */
  static final class PersistentComplaints extends ComplaintsContract {
    static final InMemoryComplaints STORAGE = InMemoryComplaints.create();

    @Override
    protected Complaints freshAdapter() {
      return STORAGE.freshInstanceOverSameStorage();
    }

    @Override
    protected Outbox outbox() {
      return STORAGE.outbox();
    }
  }

  // ---- NumberSequences adapters -----------------------------------------------------------

  /** Counters in a map keyed as a faulty schema would key them. */
  abstract static class MapSequences implements NumberSequences {
    final Map<Object, Long> counters = new HashMap<>();

    abstract Object key(SequenceKey key);

    @Override
    public synchronized long next(SequenceKey key) {
      return counters.merge(key(key), 1L, Long::sum);
    }

    @Override
    public synchronized OptionalLong lastAllocated(SequenceKey key) {
      Long last = counters.get(key(key));
      return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }
  }

  abstract static class FaultySequencesContract extends NumberSequencesContract {
    final NumberSequences adapter = adapter();

    abstract NumberSequences adapter();

    @Override
    protected NumberSequences freshAdapter() {
      return adapter;
    }

    @Override
    protected int allocationsPerThread() {
      return 2_000;
    }
  }

  static final class CaseInsensitiveSequences extends FaultySequencesContract {
    @Override
    NumberSequences adapter() {
      return new MapSequences() {
        @Override
        Object key(SequenceKey key) {
          return key.series().value().toLowerCase(Locale.ROOT) + "|" + key.period();
        }
      };
    }
  }

  static final class SeriesBlindSequences extends FaultySequencesContract {
    @Override
    NumberSequences adapter() {
      return new MapSequences() {
        @Override
        Object key(SequenceKey key) {
          return key.period();
        }
      };
    }
  }

  /** Read, then write, without a lock: two threads can get the same serial. */
  static final class RacySequences extends FaultySequencesContract {
    @Override
    NumberSequences adapter() {
      return new NumberSequences() {
        final Map<SequenceKey, Long> counters = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public long next(SequenceKey key) {
          long next = counters.getOrDefault(key, 0L) + 1;
          Thread.yield();
          counters.put(key, next);
          return next;
        }

        @Override
        public OptionalLong lastAllocated(SequenceKey key) {
          Long last = counters.get(key);
          return last == null ? OptionalLong.empty() : OptionalLong.of(last);
        }
      };
    }
  }

  // ---- Outbox adapters ----------------------------------------------------------------------

  /** Events in a map keyed as a faulty schema would key them. */
  abstract static class MapOutbox implements Outbox {
    final Map<Object, OutboxEvent> events = new LinkedHashMap<>();
    final Map<Object, Boolean> delivered = new HashMap<>();

    Object key(EventId id) {
      return id;
    }

    boolean sticks() {
      return true;
    }

    synchronized void store(List<OutboxEvent> stored) {
      stored.forEach(e -> events.put(key(e.eventId()), e));
    }

    @Override
    public synchronized List<OutboxEvent> undelivered(int max) {
      List<OutboxEvent> out = new ArrayList<>();
      for (Map.Entry<Object, OutboxEvent> e : events.entrySet()) {
        if (!delivered.containsKey(e.getKey()) && out.size() < max) {
          out.add(e.getValue());
        }
      }
      return out;
    }

    @Override
    public synchronized void markDelivered(EventId eventId) {
      if (sticks()) {
        delivered.put(key(eventId), true);
      }
    }
  }

  abstract static class FaultyOutboxContract extends OutboxContract {
    final MapOutbox adapter = adapter();

    abstract MapOutbox adapter();

    @Override
    protected Outbox freshOutbox() {
      return adapter;
    }

    @Override
    protected void store(List<OutboxEvent> events) {
      adapter.store(events);
    }
  }

  static final class ForgetfulOutbox extends FaultyOutboxContract {
    @Override
    MapOutbox adapter() {
      return new MapOutbox() {
        @Override
        boolean sticks() {
          return false;
        }
      };
    }
  }

  static final class CaseInsensitiveOutbox extends FaultyOutboxContract {
    @Override
    MapOutbox adapter() {
      return new MapOutbox() {
        @Override
        Object key(EventId id) {
          return id.value().toLowerCase(Locale.ROOT);
        }
      };
    }
  }

  static final class NewestFirstOutbox extends FaultyOutboxContract {
    @Override
    MapOutbox adapter() {
      return new MapOutbox() {
        @Override
        public synchronized List<OutboxEvent> undelivered(int max) {
          List<OutboxEvent> all = new ArrayList<>(super.undelivered(Integer.MAX_VALUE));
          java.util.Collections.reverse(all);
          return all.subList(0, Math.min(max, all.size()));
        }
      };
    }
  }

  /** The correct in-memory outbox over storage kept across runs. */
  static final class PersistentOutbox extends OutboxContract {
    static final org.aftersales.testkit.store.InMemoryDatabase DB =
        org.aftersales.testkit.store.InMemoryDatabase.create();

    @Override
    protected Outbox freshOutbox() {
      return org.aftersales.testkit.events.InMemoryOutbox.over(DB);
    }

    @Override
    protected void store(List<OutboxEvent> events) {
      org.aftersales.testkit.events.InMemoryOutbox.over(DB).append(events);
    }
  }
}
