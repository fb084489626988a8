package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link ContractsContract} fails each of a set of deliberately faulty {@link Contracts} adapters
 * — the bugs real adapters over SQL have: instants cut to milliseconds, a save that ignores the
 * version, events not written with the file, {@code <=} for {@code <} or {@code >} for
 * {@code >=} at the window's edges, pages not ordered by ID, a query cache that answers an old
 * version, a check-then-write race — and the correct in-memory adapter passes it twice over the
 * same storage. The contract runs through the JUnit Platform launcher against the faulty
 * subclasses below (static nested classes, which Surefire does not run on their own).
 * // rule: CON-01, CON-04 — tag: reliability
 */
class FaultyContractsAdaptersTest {

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
  void the_correct_in_memory_adapter_passes_the_contract_twice_over_the_same_storage() {
    for (int i = 0; i < 2; i++) {
      TestExecutionSummary s = run(PersistentContracts.class);
      assertEquals(0, s.getTotalFailureCount(), s.getFailures().toString());
      assertTrue(s.getTestsSucceededCount() > 0);
    }
  }

  @Test
  void the_contract_fails_an_adapter_that_keeps_only_milliseconds() {
    assertFails(MillisecondContracts.class,
        "a_file_with_fulfilments_dispositions_and_a_follow_up_reads_back_equal");
  }

  @Test
  void the_contract_fails_an_adapter_that_ignores_the_version() {
    assertFails(LastWriteWinsContracts.class, "a_save_with_a_stale_version_is_refused");
  }

  @Test
  void the_contract_fails_an_adapter_that_does_not_write_the_events() {
    assertFails(EventLosingContracts.class, "the_events_of_a_save_reach_the_outbox");
  }

  @Test
  void the_contract_fails_an_adapter_that_answers_a_contract_starting_on_to() {
    assertFails(StartOnToContracts.class, "the_run_query_answers_the_contracts_covering");
  }

  @Test
  void the_contract_fails_an_adapter_that_misses_a_contract_ending_on_from() {
    assertFails(EndOnFromContracts.class, "the_run_query_answers_the_contracts_covering");
  }

  @Test
  void the_contract_fails_pages_not_ordered_by_contract_id() {
    assertFails(UnorderedContracts.class, "keyset_pages_answer_every_one_once");
  }

  @Test
  void the_contract_fails_a_query_answering_an_old_version() {
    assertFails(StaleQueryContracts.class, "the_run_query_answers_the_latest_stored_version");
  }

  @Test
  void the_contract_fails_a_check_then_write_race() {
    assertFails(RacyContracts.class, "of_many_concurrent_saves_of_one_version");
  }

  /**
   * A map-backed adapter with hooks for its faults; correct when no hook is overridden. Its
   * outbox is an {@link InMemoryOutbox} of a database of its own.
   */
  abstract static class MapContracts implements Contracts {
    final Map<ContractId, ContractFile> files = new LinkedHashMap<>();
    final Map<ContractId, ContractFile> firstVersions = new LinkedHashMap<>();
    final InMemoryOutbox outbox = InMemoryOutbox.over(InMemoryDatabase.create());

    ContractFile stored(ContractFile f) {
      return f;
    }

    boolean checksVersion() {
      return true;
    }

    boolean writesEvents() {
      return true;
    }

    boolean covers(ContractFile f, LocalDate from, LocalDate to) {
      return f.contract().start().isBefore(to) && !f.contract().end().isBefore(from);
    }

    boolean ordered() {
      return true;
    }

    boolean answersFirstVersions() {
      return false;
    }

    /** Called between the version check and the write, outside the lock. */
    void betweenCheckAndWrite() {}

    @Override
    public synchronized Optional<ContractFile> find(ContractId id) {
      return Optional.ofNullable(files.get(id));
    }

    @Override
    public ContractFile save(ContractFile file, List<OutboxEvent> events) {
      synchronized (this) {
        check(file);
      }
      betweenCheckAndWrite();
      synchronized (this) {
        if (!isRacy()) {
          check(file);
        }
        ContractFile saved = stored(file.withVersion(file.version().next()));
        if (writesEvents()) {
          outbox.append(events);
        }
        files.put(saved.id(), saved);
        firstVersions.putIfAbsent(saved.id(), saved);
        return saved;
      }
    }

    boolean isRacy() {
      return false;
    }

    private void check(ContractFile file) {
      ContractFile stored = files.get(file.id());
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? file.version().isInitial()
          : actual.equals(file.version());
      if (checksVersion() && !matches) {
        throw new ConcurrentUpdateException(ContractFile.KIND, file.id().value(),
            file.version(), actual);
      }
    }

    @Override
    public synchronized List<ContractFile> overlapping(LocalDate from, LocalDate to, int max) {
      return query(from, to, null, max);
    }

    @Override
    public synchronized List<ContractFile> overlappingAfter(LocalDate from, LocalDate to,
        ContractId after, int max) {
      return query(from, to, after, max);
    }

    private List<ContractFile> query(LocalDate from, LocalDate to, ContractId after, int max) {
      if (max < 0) {
        throw InvalidInputException.of("max",
            MessageBundle.CORE.message("core.service.maxNegative"), max);
      }
      if (to.isBefore(from)) {
        throw InvalidInputException.of("to", MessageBundle.CORE.message(
            "core.contract.windowReversed", "from", from), to);
      }
      Stream<ContractFile> all = new ArrayList<>(
          (answersFirstVersions() ? firstVersions : files).values()).stream();
      if (ordered()) {
        all = all.sorted(Comparator.comparing(ContractFile::id));
      }
      return all.filter(f -> after == null || f.id().compareTo(after) > 0)
          .filter(f -> covers(f, from, to)).limit(max).toList();
    }
  }

  /** A contract subclass over one adapter instance. */
  abstract static class FaultyContractsContract extends ContractsContract {
    final MapContracts adapter = adapter();

    abstract MapContracts adapter();

    @Override
    protected Contracts freshAdapter() {
      return adapter;
    }

    @Override
    protected Outbox outbox() {
      return adapter.outbox;
    }
  }

  static final class MillisecondContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        ContractFile stored(ContractFile f) {
          Map<String, ObligationFulfilment> cut = new LinkedHashMap<>();
          f.fulfilments().forEach((k, v) -> cut.put(k, ObligationFulfilment.of(v.by(),
              v.at().truncatedTo(ChronoUnit.MILLIS), v.document())));
          return ContractFile.builder().contract(f.contract()).version(f.version())
              .putAllFulfilments(cut).putAllDispositions(f.dispositions())
              .putAllFollowUps(f.followUps()).build();
        }
      };
    }
  }

  static final class LastWriteWinsContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean checksVersion() {
          return false;
        }
      };
    }
  }

  static final class EventLosingContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean writesEvents() {
          return false;
        }
      };
    }
  }

  static final class StartOnToContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean covers(ContractFile f, LocalDate from, LocalDate to) {
          // start <= to instead of start < to
          return !f.contract().start().isAfter(to) && !f.contract().end().isBefore(from);
        }
      };
    }
  }

  static final class EndOnFromContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean covers(ContractFile f, LocalDate from, LocalDate to) {
          // end > from instead of end >= from
          return f.contract().start().isBefore(to) && f.contract().end().isAfter(from);
        }
      };
    }
  }

  static final class UnorderedContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean ordered() {
          return false;
        }
      };
    }
  }

  static final class StaleQueryContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean answersFirstVersions() {
          return true;
        }
      };
    }
  }

  static final class RacyContracts extends FaultyContractsContract {
    @Override
    MapContracts adapter() {
      return new MapContracts() {
        @Override
        boolean isRacy() {
          return true;
        }

        @Override
        void betweenCheckAndWrite() {
          try {
            Thread.sleep(50); // every contender passes the check before anyone writes
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }

  /** The correct in-memory adapter over storage kept across runs, like a persistent database. */
  static final class PersistentContracts extends ContractsContract {
    static final InMemoryContracts STORAGE = InMemoryContracts.create();

    @Override
    protected Contracts freshAdapter() {
      return STORAGE.freshInstanceOverSameStorage();
    }

    @Override
    protected Outbox outbox() {
      return STORAGE.outbox();
    }
  }
}
