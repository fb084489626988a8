package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Contracts} port (合同档案库契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcContractsTest extends ContractsContract {
 *   @Override protected Contracts freshAdapter() { return new JdbcContracts(dataSource); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(dataSource); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved file — the contract with its systems in order, fulfilments with their instants to
 *       the microsecond, a carried-over and a written-off obligation, a follow-up assignment —
 *       reads back equal through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a new file for a contract ID already stored and an
 *       update of a file never stored are refused and write nothing, neither file nor
 *       events;</li>
 *   <li>the change's events reach the outbox with the file;</li>
 *   <li>{@link Contracts#overlapping} and {@link Contracts#overlappingAfter} at the edges of the
 *       window {@code [from, to)}: a contract ending the day before {@code from} or starting on
 *       {@code to} is not answered, one ending on {@code from} or starting the day before
 *       {@code to} is, one-day contracts likewise; by contract ID; keyset pages answer no file
 *       twice; the latest version of each file; {@code max} 0 answers nothing; a negative
 *       {@code max} and a reversed window are refused;</li>
 *   <li>of many concurrent saves of one version of a file, exactly one succeeds, and only its
 *       events reach the outbox.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses contract IDs of its own, built from a random key per
 * test run ({@link #runKey()}), and checks its own files among whatever else is stored. Each test
 * fails after two minutes, in a thread of its own. // rule: CON-01, CON-04
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ContractsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();

  /** An instant with microseconds, as the library stores them (never finer). */
  private static final Instant AT = Instant.parse("2026-11-30T02:15:30.123456Z");
  private static final PersonId ENGINEER = PersonId.of("ENG-01");
  private static final PersonId MANAGER = PersonId.of("MGR-02");
  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final LocalDate END = LocalDate.of(2027, 3, 31);

  /** For subclasses. */
  protected ContractsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  protected abstract Contracts freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run, so that data of earlier runs on the same storage never
   * collides: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  /**
   * A contract ID no earlier test used; IDs made later sort after earlier ones.
   *
   * @return e.g. {@code K-3fa09c1e77-000017}
   */
  protected ContractId newContractId() {
    return ContractId.of(String.format(Locale.ROOT, "K-%s-%06d", runKey(),
        COUNTER.incrementAndGet()));
  }

  private static ServiceContract contract(ContractId id, LocalDate first, LocalDate last) {
    return ServiceContract.of(id, CustomerId.of("CUST-1"), ContractKind.MAINTENANCE,
        SystemCategory.SECURITY, List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")), first,
        last);
  }

  private static Obligation inspection(ContractId id, String month, LocalDate due) {
    return Obligation.of(id, ObligationKind.MONTHLY_INSPECTION, month + " CAM-9", due,
        List.of(SystemId.of("CAM-9")));
  }

  private static Obligation expiryNotice(ContractId id) {
    // CON-01: one month before the last day 2027-03-31 → 2027-02-28 (31 → 28, clamped).
    return Obligation.of(id, ObligationKind.EXPIRY_NOTICE, END.toString(),
        LocalDate.of(2027, 2, 28), List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")));
  }

  private static ContractFile save(Contracts adapter, ContractFile before,
      Changed<ContractFile> change) {
    return adapter.save(change.state(), before.outboxEventsOfSave(change.events()));
  }

  private ContractFile stored(ContractId id, LocalDate first, LocalDate last) {
    return freshAdapter().save(ContractFile.open(contract(id, first, last)), List.of());
  }

  private ContractFile stored(ContractId id) {
    return stored(id, START, END);
  }

  private List<OutboxEvent> undelivered() {
    return outbox().undelivered(Integer.MAX_VALUE);
  }

  @Test
  void a_file_with_fulfilments_dispositions_and_a_follow_up_reads_back_equal_through_a_fresh_adapter() {
    ContractId id = newContractId();
    ContractFile v1 = stored(id);
    assertEquals(Version.of(1), v1.version());
    ContractFile v2 = save(freshAdapter(), v1, v1.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-INS-2026-11"), AT));
    ContractFile v3 = save(freshAdapter(), v2, v2.dispose(
        inspection(id, "2026-12", LocalDate.of(2026, 12, 31)),
        new ObligationDisposition(DispositionKind.CARRIED_OVER, LocalDate.of(2027, 1, 8),
            "site closed over the year end — 年底停工", MANAGER, AT.plusNanos(1_000)),
        AT.plusNanos(1_000)));
    ContractFile v4 = save(freshAdapter(), v3, v3.dispose(
        inspection(id, "2027-01", LocalDate.of(2027, 1, 31)),
        new ObligationDisposition(DispositionKind.WRITTEN_OFF, LocalDate.of(2027, 1, 31),
            "system dismantled for renovation", MANAGER, AT.plusNanos(2_000)),
        AT.plusNanos(2_000)));
    ContractFile v5 = save(freshAdapter(), v4, v4.fulfil(expiryNotice(id),
        ObligationFulfilment.of(ENGINEER, AT.plusNanos(3_000), "DMS-EXP-1"), AT));
    ContractFile v6 = save(freshAdapter(), v5, v5.assignFollowUp(expiryNotice(id),
        FollowUpAssignment.of(PersonId.of("SALES-07"), MANAGER, AT.plusNanos(4_000)), AT));
    assertEquals(Version.of(6), v6.version());
    ContractFile read = freshAdapter().find(id).orElseThrow();
    assertEquals(v6, read);
    assertEquals(List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")), read.contract().systems(),
        "the systems in the order given");
    assertEquals(2, read.fulfilments().size());
    assertEquals(Instant.parse("2026-11-30T02:15:30.123459Z"),
        read.fulfilment(expiryNotice(id)).orElseThrow().at(), "to the microsecond");
    assertEquals(2, read.dispositions().size());
    assertEquals(1, read.followUps().size());
  }

  @Test
  void an_unknown_contract_has_no_file() {
    assertEquals(Optional.empty(), freshAdapter().find(newContractId()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_changes_neither_the_file_nor_the_outbox() {
    ContractId id = newContractId();
    ContractFile v1 = stored(id);
    ContractFile v2 = save(freshAdapter(), v1, v1.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-1"), AT));
    Changed<ContractFile> stale = v1.fulfil(inspection(id, "2026-12", LocalDate.of(2026, 12, 31)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-2"), AT);
    List<OutboxEvent> events = v1.outboxEventsOfSave(stale.events());
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(stale.state(), events));
    assertEquals(Version.of(1), e.expected());
    assertEquals(Optional.of(Version.of(2)), e.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(id));
    assertNoneInOutbox(events);
  }

  @Test
  void a_new_file_for_a_contract_id_already_stored_is_refused_and_writes_nothing() {
    ContractId id = newContractId();
    ContractFile stored = stored(id);
    ContractFile fresh = ContractFile.open(contract(id, START, END.plusYears(1)));
    Changed<ContractFile> fulfilled = fresh.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-1"), AT);
    List<OutboxEvent> events = fresh.outboxEventsOfSave(fulfilled.events());
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(fulfilled.state(), events));
    assertEquals(Optional.of(stored), freshAdapter().find(id));
    assertNoneInOutbox(events);
  }

  @Test
  void a_file_never_stored_cannot_be_updated() {
    ContractFile phantom = ContractFile.open(contract(newContractId(), START, END))
        .withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(phantom, List.of()));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.id()));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox_with_the_file() {
    ContractId id = newContractId();
    ContractFile v1 = stored(id);
    Changed<ContractFile> fulfilled = v1.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-1"), AT);
    List<OutboxEvent> events = v1.outboxEventsOfSave(fulfilled.events());
    assertEquals(1, events.size());
    ContractFile v2 = freshAdapter().save(fulfilled.state(), events);
    assertTrue(undelivered().containsAll(events), "the save's events are in the outbox");
    assertEquals(Optional.of(v2), freshAdapter().find(id));
  }

  private void assertNoneInOutbox(List<OutboxEvent> events) {
    // Compared whole: a refused save's event IDs are those of the save that holds the version.
    List<OutboxEvent> stored = undelivered();
    assertTrue(events.stream().noneMatch(stored::contains), "a refused save appends no event");
  }

  /** The window of the query tests: [10 March 2031, 20 March 2031). */
  private static final LocalDate FROM = LocalDate.of(2031, 3, 10);
  private static final LocalDate TO = LocalDate.of(2031, 3, 20);

  @Test
  void the_run_query_answers_the_contracts_covering_a_day_of_the_window_at_its_edges() {
    // Made in ID order; stored in reverse, so that the answer's order is the adapter's.
    ContractId before = newContractId(); // not stored: the page before ours
    ContractId endsOnFrom = newContractId();
    ContractId endsTheDayBeforeFrom = newContractId();
    ContractId startsOnTo = newContractId();
    ContractId startsTheDayBeforeTo = newContractId();
    ContractId oneDayOnFrom = newContractId();
    ContractId oneDayBeforeFrom = newContractId();
    ContractId oneDayOnTheLastDay = newContractId();
    ContractId oneDayOnTo = newContractId();
    ContractId spanning = newContractId();
    LocalDate lastDay = TO.minusDays(1);
    stored(spanning, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
    stored(oneDayOnTo, TO, TO);
    stored(oneDayOnTheLastDay, lastDay, lastDay);
    stored(oneDayBeforeFrom, FROM.minusDays(1), FROM.minusDays(1));
    stored(oneDayOnFrom, FROM, FROM);
    stored(startsTheDayBeforeTo, lastDay, LocalDate.of(2032, 3, 19));
    stored(startsOnTo, TO, LocalDate.of(2032, 3, 19));
    stored(endsTheDayBeforeFrom, LocalDate.of(2030, 3, 10), FROM.minusDays(1));
    stored(endsOnFrom, LocalDate.of(2030, 3, 10), FROM);
    List<ContractId> expected = List.of(endsOnFrom, startsTheDayBeforeTo, oneDayOnFrom,
        oneDayOnTheLastDay, spanning);
    Set<ContractId> ours = Set.of(endsOnFrom, endsTheDayBeforeFrom, startsOnTo,
        startsTheDayBeforeTo, oneDayOnFrom, oneDayBeforeFrom, oneDayOnTheLastDay, oneDayOnTo,
        spanning);
    assertEquals(expected, idsAmong(ours,
        freshAdapter().overlapping(FROM, TO, Integer.MAX_VALUE)));
    assertEquals(expected, idsAmong(ours,
        freshAdapter().overlappingAfter(FROM, TO, before, Integer.MAX_VALUE)));
    assertEquals(List.of(oneDayOnFrom, oneDayOnTheLastDay, spanning), idsAmong(ours,
        freshAdapter().overlappingAfter(FROM, TO, startsTheDayBeforeTo, Integer.MAX_VALUE)),
        "only the IDs after the one given");
    // A one-day window [from, from + 1): the contracts covering that day only.
    assertEquals(List.of(endsOnFrom, oneDayOnFrom, spanning), idsAmong(ours,
        freshAdapter().overlapping(FROM, FROM.plusDays(1), Integer.MAX_VALUE)));
  }

  @Test
  void keyset_pages_answer_every_file_once_by_contract_id() {
    ContractId before = newContractId(); // not stored
    List<ContractId> ours = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ours.add(newContractId());
    }
    for (int i = ours.size() - 1; i >= 0; i--) {
      stored(ours.get(i), FROM.minusDays(i), TO.plusDays(i));
    }
    Set<ContractId> mine = Set.copyOf(ours);
    List<ContractId> seen = new ArrayList<>();
    List<ContractFile> page = freshAdapter().overlappingAfter(FROM, TO, before, 2);
    int pages = 0;
    while (!page.isEmpty() && seen.size() < ours.size()) {
      assertTrue(page.size() <= 2, "at most max");
      List<ContractId> ids = page.stream().map(ContractFile::id).toList();
      assertEquals(ids.stream().sorted().toList(), ids, "by contract ID");
      seen.addAll(idsAmong(mine, page));
      page = freshAdapter().overlappingAfter(FROM, TO, page.get(page.size() - 1).id(), 2);
      pages++;
    }
    assertEquals(ours, seen, "each once, in ID order");
    assertTrue(pages >= 3, "five files in pages of two take three pages at least");
    List<ContractId> all = freshAdapter().overlapping(FROM, TO, Integer.MAX_VALUE).stream()
        .map(ContractFile::id).toList();
    assertEquals(all.stream().sorted().toList(), all, "the first page is by contract ID too");
    assertEquals(all.size(), new HashSet<>(all).size(), "no file twice");
  }

  @Test
  void the_run_query_sees_the_latest_version_of_each_file() {
    ContractId id = newContractId();
    ContractFile v1 = stored(id, FROM, TO);
    ContractFile v2 = save(freshAdapter(), v1, v1.fulfil(
        inspection(id, "2031-03", TO),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-1"), AT));
    List<ContractFile> answered = freshAdapter().overlapping(FROM, TO, Integer.MAX_VALUE).stream()
        .filter(f -> f.id().equals(id)).toList();
    assertEquals(List.of(v2), answered);
  }

  @Test
  void max_zero_answers_nothing_and_a_negative_max_or_a_reversed_window_is_refused() {
    ContractId id = newContractId();
    stored(id, FROM, TO);
    Contracts adapter = freshAdapter();
    assertEquals(List.of(), adapter.overlapping(FROM, TO, 0));
    assertEquals(List.of(), adapter.overlappingAfter(FROM, TO, ContractId.of("0"), 0));
    assertThrows(InvalidInputException.class, () -> adapter.overlapping(FROM, TO, -1));
    assertThrows(InvalidInputException.class,
        () -> adapter.overlappingAfter(FROM, TO, id, -1));
    assertThrows(InvalidInputException.class, () -> adapter.overlapping(TO, FROM, 10));
    assertThrows(InvalidInputException.class,
        () -> adapter.overlappingAfter(TO, FROM, id, 10));
  }

  private static List<ContractId> idsAmong(Set<ContractId> ours, List<ContractFile> files) {
    return files.stream().map(ContractFile::id).filter(ours::contains).toList();
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds_with_its_events() throws Exception {
    ContractId id = newContractId();
    ContractFile v1 = stored(id);
    int threads = 8;
    List<List<OutboxEvent>> eventsOf = new ArrayList<>();
    List<Changed<ContractFile>> changes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      // Each thread fulfils another month's inspection: April 2026 + i.
      LocalDate monthEnd = LocalDate.of(2026, 4, 1).plusMonths(i + 1L).minusDays(1);
      Changed<ContractFile> c = v1.fulfil(inspection(id, monthEnd.toString().substring(0, 7),
          monthEnd), ObligationFulfilment.of(ENGINEER, AT, "DMS-" + i), AT);
      changes.add(c);
      eventsOf.add(v1.outboxEventsOfSave(c.events()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "contracts-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Integer> won = new ArrayList<>();
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          start.await();
          try {
            freshAdapter().save(changes.get(n).state(), eventsOf.get(n));
            return true;
          } catch (ConcurrentUpdateException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      for (int i = 0; i < threads; i++) {
        if (results.get(i).get(60, TimeUnit.SECONDS)) {
          won.add(i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, won.size(), "exactly one save wins");
    int winner = won.get(0);
    ContractFile stored = freshAdapter().find(id).orElseThrow();
    assertEquals(Version.of(2), stored.version());
    assertEquals(changes.get(winner).state().fulfilments(), stored.fulfilments());
    List<OutboxEvent> outbox = undelivered();
    for (int i = 0; i < threads; i++) {
      boolean present = outbox.containsAll(eventsOf.get(i));
      assertEquals(i == winner, present, "only the winner's events are in the outbox: " + i);
    }
  }
}
