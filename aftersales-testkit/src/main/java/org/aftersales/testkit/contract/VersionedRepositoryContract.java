package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The tests every versioned repository of this package's ports must pass, written once for
 * {@link ContractsContract}, {@link ProjectHandoversContract}, {@link PropertySalesContract},
 * {@link ChangeRecordsContract} and {@link BackupsContract}, which differ only in how a value is
 * made, changed and identified (the hooks below) and keep their own tests of their fields and of
 * their queries' edges.
 *
 * <ul>
 *   <li>an unknown ID has nothing stored;</li>
 *   <li>optimistic versions: a stale save, a new value for an ID already stored and an update of
 *       one never stored are refused with a {@link ConcurrentUpdateException} naming the ID, the
 *       version expected and the one stored, and write nothing, neither value nor events;</li>
 *   <li>the events of a save reach the outbox with the value;</li>
 *   <li>the paged query: keyset pages by ID, at most {@code max}, answering each value once at its
 *       latest version, the page after an ID starting after it; {@code max} 0 answers nothing, a
 *       negative {@code max} is refused;</li>
 *   <li>of many concurrent saves of one version, exactly one wins, stores its change and only its
 *       events reach the outbox.</li>
 * </ul>
 *
 * <p>Package-private on purpose: adopters extend the five public contracts and implement their
 * {@code freshAdapter()} and {@code outbox()}; each contract gives the hooks (its constructor the
 * {@link Access}). Every test uses IDs of its own ({@link #newKey()}) and checks its own values
 * among whatever else is stored, so it runs again and again over one persistent storage.
 * // rule: CON-01, CON-03, CON-04, CON-07, CON-08, CON-09 — through the five contracts
 *
 * @param <P> the port
 * @param <K> the ID type
 * @param <V> the stored value type
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class VersionedRepositoryContract<P, K extends Identifier<K>, V> {

  /** The default run key: ten random hexadecimal digits, one per JVM. */
  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  /** One counter for the IDs of all five contracts: an ID is never made twice in a JVM. */
  private static final AtomicLong COUNTER = new AtomicLong();
  /** Enough contenders that a check-then-write race loses to more than one of them. */
  private static final int CONTENDERS = 8;

  /** What one save writes: the value and the outbox events of its change. */
  record Saving<V>(V value, List<OutboxEvent> events) {
    Saving {
      events = List.copyOf(events);
    }
  }

  /** A save through a port. */
  @FunctionalInterface
  interface Save<P, V> {
    V save(P port, V value, List<OutboxEvent> events);
  }

  /** The page after an ID of a port's paged query. */
  @FunctionalInterface
  interface PageAfter<P, K, V> {
    List<V> page(P port, K after, int max);
  }

  /**
   * How the tests reach a port and its values: a value's ID, version and copy at another
   * version; the port's save and find; the first page and the page after an ID of its paged
   * query, over a window (if it has one) that answers every value
   * {@link VersionedRepositoryContract#created} makes with variant 0 and every
   * {@link VersionedRepositoryContract#changed} one of it.
   */
  record Access<P, K, V>(Function<V, K> id, Function<V, Version> version,
      BiFunction<V, Version, V> withVersion, Save<P, V> save, BiFunction<P, K, Optional<V>> find,
      BiFunction<P, Integer, List<V>> firstPage, PageAfter<P, K, V> pageAfter) {}

  private final Access<P, K, V> access;

  VersionedRepositoryContract(Access<P, K, V> access) {
    this.access = access;
  }

  /** The default of the contracts' {@code runKey()}. */
  static String defaultRunKey() {
    return RUN;
  }

  /** The next number of an ID: later IDs of one run key sort after earlier ones. */
  static long nextNumber() {
    return COUNTER.incrementAndGet();
  }

  /** The current number, for a test that picks a day of its own from it. */
  static long currentNumber() {
    return COUNTER.get();
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  protected abstract P freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /** An ID no earlier test used; IDs made later sort after earlier ones. */
  abstract K newKey();

  /**
   * A new value for {@code id}, at the initial version, with the events of its save. Variant 0 is
   * what the paged query answers (see {@link Access}); other variants differ from it and from each
   * other and have events.
   */
  abstract Saving<V> created(K id, int variant);

  /**
   * {@code stored} changed, still at its version, with the events of the save: variants differ
   * from each other, have events of their own, and stay answered by the paged query.
   */
  abstract Saving<V> changed(V stored, int variant);

  private K idOf(V value) {
    return access.id().apply(value);
  }

  private Version versionOf(V value) {
    return access.version().apply(value);
  }

  private V withVersion(V value, Version version) {
    return access.withVersion().apply(value, version);
  }

  private V saveThroughFreshAdapter(V value, List<OutboxEvent> events) {
    return access.save().save(freshAdapter(), value, events);
  }

  private Optional<V> findThroughFreshAdapter(K id) {
    return access.find().apply(freshAdapter(), id);
  }

  private List<V> firstPage(int max) {
    return access.firstPage().apply(freshAdapter(), max);
  }

  private List<V> pageAfter(K after, int max) {
    return access.pageAfter().page(freshAdapter(), after, max);
  }

  private V save(Saving<V> saving) {
    return saveThroughFreshAdapter(saving.value(), saving.events());
  }

  private V stored(K id) {
    V saved = save(created(id, 0));
    assertEquals(Version.of(1), versionOf(saved), "a new value is stored at version 1");
    return saved;
  }

  private List<OutboxEvent> undelivered() {
    return outbox().undelivered(Integer.MAX_VALUE);
  }

  private void assertNoneInOutbox(List<OutboxEvent> events) {
    assertFalse(events.isEmpty(), "the refused save has events to leave out");
    // Compared whole: a refused save's event IDs may be those of the save that holds the version.
    List<OutboxEvent> stored = undelivered();
    assertTrue(events.stream().noneMatch(stored::contains), "a refused save appends no event");
  }

  @Test
  void an_unknown_id_has_nothing_stored() {
    assertEquals(Optional.empty(), findThroughFreshAdapter(newKey()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    K id = newKey();
    V v1 = stored(id);
    V v2 = save(changed(v1, 1));
    Saving<V> stale = changed(v1, 2);
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> save(stale));
    assertEquals(id.value(), e.id());
    assertEquals(Version.of(1), e.expected());
    assertEquals(Optional.of(Version.of(2)), e.actual());
    assertEquals(Optional.of(v2), findThroughFreshAdapter(id));
    assertNoneInOutbox(stale.events());
  }

  @Test
  void a_new_one_for_an_id_already_stored_is_refused_and_writes_nothing() {
    K id = newKey();
    V v1 = stored(id);
    Saving<V> again = created(id, 1);
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> save(again));
    assertEquals(id.value(), e.id());
    assertEquals(Version.initial(), e.expected());
    assertEquals(Optional.of(Version.of(1)), e.actual());
    assertEquals(Optional.of(v1), findThroughFreshAdapter(id));
    assertNoneInOutbox(again.events());
  }

  @Test
  void an_update_of_one_never_stored_is_refused_and_writes_nothing() {
    K id = newKey();
    Saving<V> created = created(id, 1);
    V phantom = withVersion(created.value(), Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> saveThroughFreshAdapter(phantom, created.events()));
    assertEquals(id.value(), e.id());
    assertEquals(Version.of(3), e.expected());
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), findThroughFreshAdapter(id));
    assertNoneInOutbox(created.events());
  }

  @Test
  void the_events_of_a_save_reach_the_outbox() {
    K id = newKey();
    V v1 = stored(id);
    Saving<V> change = changed(v1, 1);
    assertFalse(change.events().isEmpty(), "the change has events");
    V v2 = save(change);
    assertEquals(Version.of(2), versionOf(v2));
    assertTrue(undelivered().containsAll(change.events()), "the save's events are in the outbox");
    assertEquals(Optional.of(v2), findThroughFreshAdapter(id));
  }

  /**
   * Walks a whole paged query in pages of {@code pageSize}, from {@code first} on and then
   * {@code after} the last ID of each full page: each page at most that long, the IDs rising
   * strictly across pages (so none answered twice). Answers the values among {@code ours}, in the
   * order met. For the subclasses' window tests too: {@code first} answers the first page of at
   * most the {@code max} given, {@code after} the page after an ID.
   */
  final List<V> pagedAmong(List<K> ours, int pageSize, IntFunction<List<V>> first,
      BiFunction<K, Integer, List<V>> after) {
    List<V> seen = new ArrayList<>();
    List<V> page = first.apply(pageSize);
    K last = null;
    while (true) {
      assertTrue(page.size() <= pageSize, "at most max");
      for (V value : page) {
        K id = idOf(value);
        assertTrue(last == null || id.compareTo(last) > 0,
            "by ID and none twice: " + id.value() + " after " + (last == null ? "" : last.value()));
        last = id;
        if (ours.contains(id)) {
          seen.add(value);
        }
      }
      if (page.size() < pageSize) {
        return seen;
      }
      page = after.apply(last, pageSize);
    }
  }

  /** The IDs of {@link #pagedAmong}'s answer. */
  final List<K> pagedIdsAmong(List<K> ours, int pageSize, IntFunction<List<V>> first,
      BiFunction<K, Integer, List<V>> after) {
    return pagedAmong(ours, pageSize, first, after).stream().map(this::idOf).toList();
  }

  private List<V> pagedAmong(List<K> ours, int pageSize) {
    return pagedAmong(ours, pageSize, this::firstPage, this::pageAfter);
  }

  private List<K> idsAmong(List<K> ours, List<V> values) {
    return values.stream().map(this::idOf).filter(ours::contains).toList();
  }

  @Test
  void keyset_pages_answer_every_one_once_by_id_at_its_latest_version() {
    // Made in ID order, stored in reverse, so that the order answered is the adapter's; the
    // second is changed after it was stored.
    List<K> ours = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ours.add(newKey());
    }
    Map<K, V> latest = new LinkedHashMap<>();
    for (int i = ours.size() - 1; i >= 0; i--) {
      latest.put(ours.get(i), stored(ours.get(i)));
    }
    K second = ours.get(1);
    latest.put(second, save(changed(latest.get(second), 1)));
    List<V> expected = ours.stream().map(latest::get).toList();
    assertEquals(expected, pagedAmong(ours, 1), "pages of one");
    assertEquals(expected, pagedAmong(ours, 2), "pages of two");
    assertEquals(expected, pagedAmong(ours, Integer.MAX_VALUE), "one page");
    assertEquals(ours.subList(2, ours.size()),
        idsAmong(ours, pageAfter(second, Integer.MAX_VALUE)), "only the IDs after the one given");
  }

  @Test
  void the_run_query_answers_the_latest_stored_version() {
    K id = newKey();
    V v2 = save(changed(stored(id), 1));
    assertEquals(List.of(v2), firstPage(Integer.MAX_VALUE).stream()
        .filter(v -> idOf(v).equals(id)).toList());
  }

  @Test
  void a_max_of_zero_answers_nothing_and_a_negative_max_is_refused() {
    K before = newKey(); // not stored: sorts just before ours
    K id = newKey();
    stored(id);
    assertFalse(pageAfter(before, 1).isEmpty(), "ours is after the key before it");
    assertEquals(List.of(), firstPage(0));
    assertEquals(List.of(), pageAfter(before, 0));
    assertThrows(InvalidInputException.class, () -> firstPage(-1));
    assertThrows(InvalidInputException.class, () -> pageAfter(before, -1));
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds_with_its_events()
      throws Exception {
    K id = newKey();
    V v1 = stored(id);
    List<Saving<V>> tried = new ArrayList<>();
    for (int i = 0; i < CONTENDERS; i++) {
      tried.add(changed(v1, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS, r -> {
      Thread t = new Thread(r, "versioned-repository-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Integer> won = new ArrayList<>();
    List<V> saved = new ArrayList<>();
    try {
      List<Future<Optional<V>>> results = new ArrayList<>();
      for (Saving<V> saving : tried) {
        results.add(pool.submit(() -> {
          start.await();
          try {
            return Optional.of(save(saving));
          } catch (ConcurrentUpdateException lost) {
            return Optional.<V>empty(); // any other failure fails the test
          }
        }));
      }
      start.countDown();
      for (int i = 0; i < CONTENDERS; i++) {
        Optional<V> result = results.get(i).get(60, TimeUnit.SECONDS);
        if (result.isPresent()) {
          won.add(i);
          saved.add(result.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, won.size(), "exactly one save wins, the others are refused: " + won);
    int winner = won.get(0);
    V stored = findThroughFreshAdapter(id).orElseThrow();
    assertEquals(saved.get(0), stored);
    assertEquals(withVersion(tried.get(winner).value(), Version.of(2)), stored,
        "the winner's change, at version 2");
    List<OutboxEvent> outbox = undelivered();
    for (int i = 0; i < CONTENDERS; i++) {
      assertEquals(i == winner, outbox.containsAll(tried.get(i).events()),
          "only the winner's events are in the outbox: " + i);
    }
  }
}
