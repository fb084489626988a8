package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link ChangeRecords} port (修改记录库契约测试), as tests any adapter can
 * run: extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcChangeRecordsTest extends ChangeRecordsContract {
 *   @Override protected ChangeRecords freshAdapter() { return new JdbcChangeRecords(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved record — Chinese text, code and script references, a prior notice, instants with
 *       microseconds — reads back equal through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a second new record for one change ID and an update of
 *       a record never stored are refused and write nothing, neither record nor events;</li>
 *   <li>the save's events reach the outbox with the record;</li>
 *   <li>{@link ChangeRecords#startingBetween} and {@link ChangeRecords#startingBetweenAfter}: a
 *       window starting at {@code from} is answered, one starting at {@code to} is not; pages by
 *       change ID, at most {@code max}, meeting every record once; the latest version; a
 *       {@code max} of 0 answers nothing; a negative {@code max} and a reversed window are
 *       refused;</li>
 *   <li>several threads saving the same version at once: exactly one wins, the others are
 *       refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses change IDs of its own, built from a random key per
 * test run ({@link #runKey()}), and its own change windows; the query tests check their own
 * records among whatever else is stored. Each test fails after two minutes. // rule: CON-07
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ChangeRecordsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  /** Microseconds on purpose: an adapter must keep them. Friday 10 April 2026, 22:00 Shanghai. */
  private static final Instant START = Instant.parse("2026-04-10T14:00:00.123456Z");
  private static final Instant END = Instant.parse("2026-04-10T16:00:00.654321Z");
  private static final Instant TOLD = Instant.parse("2026-04-08T02:30:15.000001Z");

  /** For subclasses. */
  protected ChangeRecordsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract ChangeRecords freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  /**
   * A change ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code BG-3fa09c1e77-000017}
   */
  protected ChangeId newChange() {
    return ChangeId.of(String.format("BG-%s-%06d", runKey(), COUNTER.incrementAndGet()));
  }

  /** A change of {@code id} whose window starts at {@code start} and lasts two hours. */
  private static ChangeRecord change(ChangeId id, Instant start) {
    return change(id, start, start.plusSeconds(7200));
  }

  private static ChangeRecord change(ChangeId id) {
    return change(id, START, END);
  }

  private static ChangeRecord change(ChangeId id, Instant start, Instant end) {
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(id).project(ProjectId.of("XM-2026-07"))
        .what("订单表加索引（orders.created_at）").impact("构建索引期间订单查询变慢")
        .scope("仅订单查询，不影响下单").windowStart(start).windowEnd(end)
        .addCodeReference("git:3f2a9c1").addScriptReference("文档管理系统/脚本/0042-索引.sql");
    return builder.build();
  }

  /** One event about {@code id}, under the event ID of version {@code version}'s save. */
  private static List<OutboxEvent> events(ChangeId id, Version version, String step) {
    Notice notice = Notice.of(new NoticeKey("change", id.value(), RuleId.of("CON-07"), step,
        "contract-test"), NoticeKind.CHANGE_NOTICE_MISSING,
        Recipient.role(RecipientRole.AFTER_SALES_LEAD), START, Map.of("change", id.value()));
    return OutboxEvent.of("change", id.value() + "." + step, version, List.of(notice));
  }

  /**
   * Windows of their own for a query test: a day in 2031 picked from the run's counter, so
   * concurrent runs over one storage rarely share it (and a shared one only adds records the test
   * does not count).
   */
  private static Instant ownDay() {
    return Instant.parse("2031-01-01T00:00:00Z").plusSeconds(86_400 * (COUNTER.get() % 3000));
  }

  @Test
  void a_record_with_chinese_text_references_a_notice_and_microseconds_reads_back_equal() {
    ChangeId id = newChange();
    ChangeRecord v1 = freshAdapter().save(change(id), List.of());
    assertEquals(Version.of(1), v1.version());
    assertEquals(Optional.of(v1), freshAdapter().find(id));
    ChangeRecord v2 = freshAdapter().save(
        v1.noticed(ChangeNotice.of(TOLD, ChangeNoticeChannel.IN_WRITING)), List.of());
    assertEquals(Version.of(2), v2.version());
    ChangeRecord read = freshAdapter().find(id).orElseThrow();
    assertEquals(v2, read);
    assertEquals("订单表加索引（orders.created_at）", read.what());
    assertEquals(List.of("文档管理系统/脚本/0042-索引.sql"), read.scriptReferences());
    assertEquals(Instant.parse("2026-04-10T14:00:00.123456Z"), read.windowStart());
    assertEquals(Instant.parse("2026-04-10T16:00:00.654321Z"), read.windowEnd());
    assertEquals(Optional.of(ChangeNotice.of(Instant.parse("2026-04-08T02:30:15.000001Z"),
        ChangeNoticeChannel.IN_WRITING)), read.priorNotice());
  }

  @Test
  void an_unknown_change_has_no_record() {
    assertEquals(Optional.empty(), freshAdapter().find(newChange()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    ChangeId id = newChange();
    ChangeRecord v1 = freshAdapter().save(change(id), List.of());
    ChangeRecord v2 = freshAdapter().save(
        v1.noticed(ChangeNotice.of(TOLD, ChangeNoticeChannel.PHONE)), List.of());
    List<OutboxEvent> events = events(id, Version.of(2), "stale");
    ChangeRecord stale = v1.noticed(ChangeNotice.of(TOLD, ChangeNoticeChannel.EMAIL));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(stale, events));
    assertEquals(Version.of(1), e.expected());
    assertEquals(Optional.of(Version.of(2)), e.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(id));
    assertNoneInOutbox(events);
  }

  @Test
  void a_second_new_record_for_a_stored_change_id_is_refused_and_writes_nothing() {
    ChangeId id = newChange();
    ChangeRecord stored = freshAdapter().save(change(id), List.of());
    ChangeRecord other = change(id, START.plusSeconds(86_400));
    List<OutboxEvent> events = events(id, Version.of(1), "second");
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(other, events));
    assertEquals(Version.initial(), e.expected());
    assertEquals(Optional.of(Version.of(1)), e.actual());
    assertEquals(Optional.of(stored), freshAdapter().find(id));
    assertNoneInOutbox(events);
  }

  @Test
  void a_record_never_stored_cannot_be_updated() {
    ChangeRecord phantom = change(newChange()).withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(phantom, List.of()));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.id()));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox() {
    ChangeId id = newChange();
    List<OutboxEvent> events = events(id, Version.of(1), "saved");
    freshAdapter().save(change(id), events);
    assertTrue(outbox().undelivered(Integer.MAX_VALUE).containsAll(events));
  }

  private void assertNoneInOutbox(List<OutboxEvent> events) {
    List<OutboxEvent> stored = outbox().undelivered(Integer.MAX_VALUE);
    assertTrue(events.stream().noneMatch(stored::contains), "a refused save appends no event");
  }

  @Test
  void a_window_starting_at_from_is_answered_and_one_starting_at_to_is_not() {
    Instant from = ownDay();
    Instant to = from.plusSeconds(3600);
    // Made in ID order: before (1 µs before from), atFrom, lastIn (1 µs before to), atTo.
    ChangeId before = newChange();
    ChangeId atFrom = newChange();
    ChangeId lastIn = newChange();
    ChangeId atTo = newChange();
    freshAdapter().save(change(before, from.minusNanos(1000)), List.of());
    freshAdapter().save(change(atFrom, from), List.of());
    freshAdapter().save(change(lastIn, to.minusNanos(1000)), List.of());
    freshAdapter().save(change(atTo, to), List.of());
    List<ChangeId> ours = List.of(before, atFrom, lastIn, atTo);
    assertEquals(List.of(atFrom, lastIn), ids(freshAdapter()
        .startingBetween(from, to, Integer.MAX_VALUE), ours));
    assertEquals(List.of(lastIn), ids(freshAdapter()
        .startingBetweenAfter(from, to, atFrom, Integer.MAX_VALUE), ours));
    assertEquals(List.of(atTo), ids(freshAdapter()
        .startingBetween(to, to.plusNanos(1000), Integer.MAX_VALUE), ours));
    assertEquals(List.of(), ids(freshAdapter().startingBetween(from, from, Integer.MAX_VALUE),
        ours), "an empty window answers nothing");
  }

  @Test
  void pages_of_one_meet_every_record_once_by_change_id_and_see_the_latest_version() {
    Instant from = ownDay();
    Instant to = from.plusSeconds(86_400);
    // Made in ID order, stored in another order, windows in another order still.
    ChangeId a = newChange();
    ChangeId b = newChange();
    ChangeId c = newChange();
    ChangeId d = newChange();
    freshAdapter().save(change(c, from.plusSeconds(60)), List.of());
    freshAdapter().save(change(a, from.plusSeconds(3 * 3600)), List.of());
    ChangeRecord dv1 = freshAdapter().save(change(d, from), List.of());
    freshAdapter().save(change(b, to.plusSeconds(1)), List.of());
    ChangeRecord dv2 = freshAdapter().save(
        dv1.noticed(ChangeNotice.of(TOLD, ChangeNoticeChannel.IN_PERSON)), List.of());
    List<ChangeId> ours = List.of(a, b, c, d);
    List<ChangeRecord> seen = new ArrayList<>();
    Set<ChangeId> every = new HashSet<>();
    List<ChangeRecord> page = freshAdapter().startingBetween(from, to, 1);
    assertEquals(1, page.size());
    int pages = 0;
    while (!page.isEmpty()) {
      pages++;
      ChangeRecord only = page.get(0);
      assertTrue(every.add(only.id()), "no record answered twice: " + only.id());
      if (ours.contains(only.id())) {
        seen.add(only);
      }
      page = freshAdapter().startingBetweenAfter(from, to, only.id(), 1);
      assertTrue(page.size() <= 1, "at most max");
      assertTrue(page.isEmpty() || page.get(0).id().compareTo(only.id()) > 0, "by change ID");
    }
    assertTrue(pages >= 3);
    assertEquals(List.of(a, c, d), seen.stream().map(ChangeRecord::id).toList());
    assertEquals(dv2, seen.get(2), "the latest version");
  }

  @Test
  void a_max_of_zero_answers_nothing() {
    Instant from = ownDay();
    freshAdapter().save(change(newChange(), from), List.of());
    assertEquals(List.of(), freshAdapter().startingBetween(from, from.plusSeconds(1), 0));
    assertEquals(List.of(), freshAdapter().startingBetweenAfter(from, from.plusSeconds(1),
        ChangeId.of("BG"), 0));
  }

  @Test
  void a_negative_max_and_a_reversed_window_are_refused() {
    Instant from = ownDay();
    Instant to = from.plusSeconds(1);
    assertThrows(InvalidInputException.class, () -> freshAdapter().startingBetween(from, to, -1));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().startingBetweenAfter(from, to, newChange(), -1));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().startingBetween(to, from, 10));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().startingBetweenAfter(to, from, newChange(), 10));
  }

  @Test
  void several_threads_saving_one_version_at_once_one_wins_and_the_others_are_refused()
      throws Exception {
    ChangeId id = newChange();
    ChangeRecord v1 = freshAdapter().save(change(id), List.of());
    int threads = 4;
    List<ChangeNoticeChannel> channels = List.of(ChangeNoticeChannel.values());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "change-records-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    List<ChangeRecord> won = new ArrayList<>();
    int refused = 0;
    try {
      List<Future<ChangeRecord>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        ChangeRecord next = v1.noticed(ChangeNotice.of(TOLD, channels.get(i)));
        ChangeRecords adapter = freshAdapter();
        results.add(pool.submit(() -> {
          start.await();
          return adapter.save(next, List.of());
        }));
      }
      start.countDown();
      for (Future<ChangeRecord> r : results) {
        try {
          won.add(r.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof ConcurrentUpdateException, e.toString());
          refused++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, won.size());
    assertEquals(threads - 1, refused);
    assertEquals(Version.of(2), won.get(0).version());
    assertEquals(Optional.of(won.get(0)), freshAdapter().find(id));
  }

  private static List<ChangeId> ids(List<ChangeRecord> records, List<ChangeId> ours) {
    return records.stream().map(ChangeRecord::id).filter(ours::contains).toList();
  }
}
