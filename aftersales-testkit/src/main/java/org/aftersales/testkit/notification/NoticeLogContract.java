package org.aftersales.testkit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link NoticeLog} port (通知记录契约测试), as tests any adapter can run:
 * extend this class and implement {@link #freshLog()} and {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcNoticeLogTest extends NoticeLogContract {
 *   @Override protected NoticeLog freshLog() { return new JdbcNoticeLog(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a notice is recorded once: the first call answers true, any later call with its key false
 *       and writes nothing, even with other content;</li>
 *   <li>of many concurrent calls with one key exactly one answers true, and the outbox holds the
 *       notice once, under {@link NoticeKey#eventId()};</li>
 *   <li>a recorded notice reads back equal through a fresh adapter instance;</li>
 *   <li>keys are compared exactly (a source ID differing in letter case is another key);</li>
 *   <li>{@link NoticeLog#recordAllIfAbsent} records a page's new keys only (a key repeated within
 *       the page once), answers them in the order given, records them in that order, each with
 *       its outbox event; concurrent pages sharing keys (in opposite orders) record and report
 *       each key once, without deadlock;</li>
 *   <li>{@link NoticeLog#recordedAmong} answers exactly the recorded keys;</li>
 *   <li>digests: notices {@link Delivery#IN_DIGEST} await a digest in the order recorded; a digest
 *       lists them once; a digest listing a notice already listed, unknown, or not awaiting, or
 *       under a used key, is refused and writes nothing; an empty listing is invalid;</li>
 *   <li>{@link NoticeLog#recordedBetween}: by kind, in {@code [from, to)}, earliest first, at most
 *       {@code max}.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Keys are built from a random key per test run, and the tests look
 * only at their own notices — except {@link NoticeLog#awaitingDigest}, which answers the oldest
 * awaiting notices: run the contract against a storage no sweep is digesting. Each test fails
 * after two minutes. // rule: SVC-08
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class NoticeLogContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Instant AT = Instant.parse("2026-11-02T07:30:00.123456Z");

  /** For subclasses. */
  protected NoticeLogContract() {}

  /**
   * A NEW adapter instance over the SAME storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract NoticeLog freshLog();

  /**
   * The outbox the log writes to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  private static NoticeKey newKey(String step) {
    return new NoticeKey("service-request", "SR-" + RUN + "-" + COUNTER.incrementAndGet(),
        RuleId.of("SVC-08"), step, "2026-11-02T07:30:00Z");
  }

  private static Notice notice(NoticeKey key, Recipient to, Instant at) {
    return Notice.of(key, NoticeKind.BREACH, to, at,
        Map.of("serviceRequest", key.sourceId(), "due", at, "level", 1L));
  }

  private static Notice toTechnician(NoticeKey key) {
    return notice(key, Recipient.person(PersonId.of("tech-" + RUN)), AT);
  }

  private List<OutboxEvent> outboxEventsWith(EventId id) {
    // Only undelivered events are visible through the port; nothing here marks any delivered.
    List<OutboxEvent> all = outbox().undelivered(Integer.MAX_VALUE);
    return all.stream().filter(e -> e.eventId().equals(id)).toList();
  }

  @Test
  void a_notice_is_recorded_once_and_reaches_the_outbox_once_under_its_key() {
    NoticeKey key = newKey("ARRIVAL_ON_SITE.breach");
    Notice first = toTechnician(key);
    assertTrue(freshLog().recordIfAbsent(first), "the first call records it");
    Notice other = notice(key, Recipient.role(RecipientRole.SERVICE_MANAGER), AT.plusSeconds(60));
    assertFalse(freshLog().recordIfAbsent(other), "a second call with the key records nothing");
    assertFalse(freshLog().recordIfAbsent(first), "nor does a repeat");
    assertEquals(Optional.of(first), freshLog().find(key), "the first one is kept, read back equal");
    assertEquals(List.of(new OutboxEvent(key.eventId(), first)), outboxEventsWith(key.eventId()));
  }

  @Test
  void an_unknown_key_is_not_found_and_keys_differing_in_letter_case_are_different() {
    // A source ID with lower-case letters whatever the random run key is made of.
    NoticeKey key = new NoticeKey("service-request",
        "sr-case-" + RUN + "-" + COUNTER.incrementAndGet(), RuleId.of("SVC-08"), "REPLY.warning",
        "2026-11-02T07:30:00Z");
    NoticeKey upper = new NoticeKey(key.sourceKind(),
        key.sourceId().toUpperCase(java.util.Locale.ROOT), key.rule(), key.step(),
        key.occurrence());
    assertEquals(Optional.empty(), freshLog().find(key));
    assertTrue(freshLog().recordIfAbsent(toTechnician(key)));
    assertTrue(freshLog().recordIfAbsent(toTechnician(upper)));
    assertEquals(key, freshLog().find(key).orElseThrow().key());
    assertEquals(upper, freshLog().find(upper).orElseThrow().key());
  }

  @Test
  void of_many_concurrent_calls_with_one_key_exactly_one_records_it() throws Exception {
    NoticeKey key = newKey("ARRIVAL_ON_SITE.escalation-1");
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Recipient to = Recipient.person(PersonId.of("tech-" + i));
        Callable<Boolean> call = () -> {
          start.await();
          return freshLog().recordIfAbsent(notice(key, to, AT));
        };
        results.add(pool.submit(call));
      }
      start.countDown();
      int recorded = 0;
      for (Future<Boolean> r : results) {
        recorded += r.get(1, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertEquals(1, recorded, "exactly one caller recorded the notice");
      assertEquals(1, outboxEventsWith(key.eventId()).size(), "the outbox holds it once");
      assertEquals(outboxEventsWith(key.eventId()).get(0).event(),
          freshLog().find(key).orElseThrow(), "the outbox holds the notice the log kept");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void recorded_among_answers_exactly_the_recorded_keys() {
    NoticeKey a = newKey("REPLY.breach");
    NoticeKey b = newKey("REPLY.breach");
    NoticeKey never = newKey("REPLY.breach");
    freshLog().recordIfAbsent(toTechnician(a));
    freshLog().recordIfAbsent(toTechnician(b));
    assertEquals(Set.of(a, b), freshLog().recordedAmong(List.of(a, never, b)));
    assertEquals(Set.of(), freshLog().recordedAmong(List.of(never)));
    assertEquals(Set.of(), freshLog().recordedAmong(List.of()));
  }

  @Test
  void a_page_recorded_at_once_records_only_the_new_keys_in_the_order_given() {
    Recipient supervisor = Recipient.supervisorPerson(PersonId.of("sup-page-" + RUN));
    NoticeKey old = newKey("ARRIVAL_ON_SITE.warning");
    NoticeKey z = newKey("ARRIVAL_ON_SITE.warning");
    NoticeKey a = newKey("ARRIVAL_ON_SITE.warning");
    NoticeKey m = newKey("ARRIVAL_ON_SITE.breach");
    Notice oldNotice = notice(old, supervisor, AT);
    assertTrue(freshLog().recordIfAbsent(oldNotice));
    Notice nz = notice(z, supervisor, AT);
    Notice na = notice(a, supervisor, AT.plusSeconds(1));
    Notice nm = toTechnician(m);
    Notice zAgain = notice(z, Recipient.role(RecipientRole.SERVICE_MANAGER), AT.plusSeconds(9));
    Notice oldAgain = notice(old, Recipient.role(RecipientRole.SERVICE_MANAGER), AT);
    // The given order is not the keys' order (z was made before a): the answer and the order
    // recorded follow the list, whatever order the adapter writes its rows in.
    List<Notice> recorded = freshLog().recordAllIfAbsent(List.of(nz, oldAgain, na, zAgain, nm));
    assertEquals(List.of(nz, na, nm), recorded,
        "the recorded key is skipped, and the repeat of z within the page too");
    assertEquals(Optional.of(oldNotice), freshLog().find(old), "the recorded one is unchanged");
    assertEquals(Optional.of(nz), freshLog().find(z), "the first of the page's two z is kept");
    assertEquals(Optional.of(na), freshLog().find(a));
    assertEquals(Optional.of(nm), freshLog().find(m));
    for (Notice n : List.of(nz, na, nm)) {
      assertEquals(List.of(new OutboxEvent(n.key().eventId(), n)),
          outboxEventsWith(n.key().eventId()), "each reaches the outbox once, under its key");
    }
    assertEquals(1, outboxEventsWith(old.eventId()).size(), "nothing more for the old one");
    assertEquals(List.of(old, z, a), freshLog().awaitingDigest(Integer.MAX_VALUE).stream()
        .map(Notice::key).filter(k -> k.equals(old) || k.equals(z) || k.equals(a)
            || k.equals(m)).toList(),
        "awaiting a digest in the order recorded: the page's in the order given");
    assertEquals(List.of(), freshLog().recordAllIfAbsent(List.of(nz, na, nm)),
        "a repeat of the page records nothing");
    assertEquals(List.of(), freshLog().recordAllIfAbsent(List.of()), "an empty page is fine");
  }

  @Test
  void of_concurrent_pages_sharing_keys_each_key_is_recorded_and_reported_once() throws Exception {
    int threads = 8;
    List<NoticeKey> keys = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      keys.add(newKey("REPLY.escalation-" + (1 + i % 3)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Notice>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        // Every thread records an overlapping window of the keys, half of them in reverse
        // order: an adapter that locks keys in the order given would deadlock here.
        List<Notice> page = new ArrayList<>();
        for (int i = t; i < t + 17; i++) { // windows 0..16 … 7..23: every key
          page.add(toTechnician(keys.get(i % keys.size())));
        }
        if (t % 2 == 1) {
          java.util.Collections.reverse(page);
        }
        Callable<List<Notice>> call = () -> {
          start.await();
          return freshLog().recordAllIfAbsent(page);
        };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<NoticeKey> reported = new ArrayList<>();
      for (Future<List<Notice>> r : results) {
        r.get(1, TimeUnit.MINUTES).forEach(n -> reported.add(n.key()));
      }
      assertEquals(keys.size(), reported.size(), "every key reported by exactly one call");
      assertEquals(Set.copyOf(keys), Set.copyOf(reported));
      for (NoticeKey key : keys) {
        assertEquals(1, outboxEventsWith(key.eventId()).size(), "the outbox holds it once");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_digest_lists_awaiting_notices_once_and_a_second_listing_is_refused() {
    Recipient supervisor = Recipient.supervisorPerson(PersonId.of("sup-" + RUN));
    NoticeKey a = newKey("ARRIVAL_ON_SITE.warning");
    NoticeKey b = newKey("ARRIVAL_ON_SITE.warning");
    NoticeKey immediate = newKey("ARRIVAL_ON_SITE.breach");
    Notice na = notice(a, supervisor, AT);
    Notice nb = notice(b, supervisor, AT);
    assertEquals(Delivery.IN_DIGEST, na.delivery(), "a supervisor's notice awaits a digest");
    freshLog().recordIfAbsent(na);
    freshLog().recordIfAbsent(toTechnician(immediate));
    freshLog().recordIfAbsent(nb);
    // Only this test's keys: other tests of the run may leave notices awaiting in a shared store.
    List<NoticeKey> awaiting = freshLog().awaitingDigest(Integer.MAX_VALUE).stream()
        .map(Notice::key).filter(k -> k.equals(a) || k.equals(b) || k.equals(immediate))
        .toList();
    assertEquals(List.of(a, b), awaiting, "in the order recorded, immediate ones left out");

    Notice digest = digest(supervisor, a);
    assertTrue(freshLog().recordDigest(digest, List.of(a, b)));
    assertEquals(Optional.of(digest), freshLog().find(digest.key()));
    assertEquals(1, outboxEventsWith(digest.key().eventId()).size());
    assertEquals(List.of(), freshLog().awaitingDigest(Integer.MAX_VALUE).stream()
        .map(Notice::key).filter(k -> k.equals(a) || k.equals(b)).toList(),
        "listed notices await no more");

    NoticeKey c = newKey("ARRIVAL_ON_SITE.warning");
    freshLog().recordIfAbsent(notice(c, supervisor, AT));
    Notice again = digest(supervisor, c);
    assertFalse(freshLog().recordDigest(again, List.of(c, a)), "a is listed already");
    assertFalse(freshLog().recordDigest(again, List.of(c, newKey("x"))), "unknown key");
    assertFalse(freshLog().recordDigest(again, List.of(c, immediate)), "not awaiting a digest");
    assertFalse(freshLog().recordDigest(again, List.of(c, c)), "listed twice");
    assertFalse(freshLog().recordDigest(digest(supervisor, a), List.of(c)), "the key is used");
    assertEquals(Optional.empty(), freshLog().find(again.key()), "refusals write nothing");
    assertEquals(List.of(), outboxEventsWith(again.key().eventId()));
    assertEquals(List.of(c), freshLog().awaitingDigest(Integer.MAX_VALUE).stream()
        .map(Notice::key)
        .filter(k -> k.equals(a) || k.equals(b) || k.equals(c) || k.equals(immediate)).toList(),
        "c still awaits");
    assertTrue(freshLog().recordDigest(again, List.of(c)));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> freshLog().recordDigest(digest(supervisor, newKey("y")), List.of()));
    assertEquals("listed", e.violations().get(0).path());
    assertThrows(InvalidInputException.class, () -> freshLog().awaitingDigest(0));
  }

  @Test
  void notices_awaiting_a_digest_are_read_by_kind_so_one_use_case_never_crowds_out_another() {
    Recipient supervisor = Recipient.supervisorPerson(PersonId.of("sup-kinds-" + RUN));
    NoticeKey breach = newKey("ARRIVAL_ON_SITE.breach");
    NoticeKey urge = newKey("QA_ANALYSIS.urge");
    freshLog().recordIfAbsent(notice(breach, supervisor, AT));
    freshLog().recordIfAbsent(Notice.of(urge, NoticeKind.URGE, supervisor, AT,
        Map.of("complaint", "261107")));
    assertEquals(List.of(urge), freshLog().awaitingDigest(java.util.Set.of(NoticeKind.URGE),
        Integer.MAX_VALUE).stream().map(Notice::key).filter(k -> k.equals(urge) || k.equals(breach))
        .toList());
    assertEquals(List.of(breach), freshLog().awaitingDigest(java.util.Set.of(NoticeKind.BREACH,
        NoticeKind.ESCALATION), Integer.MAX_VALUE).stream().map(Notice::key)
        .filter(k -> k.equals(urge) || k.equals(breach)).toList());
    assertThrows(InvalidInputException.class,
        () -> freshLog().awaitingDigest(java.util.Set.of(), 10));
    assertThrows(InvalidInputException.class,
        () -> freshLog().awaitingDigest(java.util.Set.of(NoticeKind.URGE), 0));
  }

  private static Notice digest(Recipient to, NoticeKey first) {
    return new Notice(new NoticeKey("supervisor-digest", to.text(), RuleId.of("SVC-08"), "digest",
        first.digest()), NoticeKind.SUPERVISOR_DIGEST, to, Delivery.IMMEDIATE, AT,
        new java.util.TreeMap<>(Map.of("count", 1L)));
  }

  @Test
  void recorded_between_answers_one_kind_in_the_period_earliest_first() {
    Instant from = Instant.parse("2031-01-0" + (1 + COUNTER.incrementAndGet() % 9)
        + "T00:00:00Z");
    Instant to = from.plusSeconds(3_600);
    NoticeKey early = newKey("carry-over");
    NoticeKey late = newKey("carry-over");
    NoticeKey atEnd = newKey("carry-over");
    NoticeKey before = newKey("carry-over");
    NoticeKey otherKind = newKey("carry-over");
    Recipient desk = Recipient.role(RecipientRole.SUPERVISOR);
    freshLog().recordIfAbsent(carried(late, desk, from.plusSeconds(60)));
    freshLog().recordIfAbsent(carried(early, desk, from));
    freshLog().recordIfAbsent(carried(atEnd, desk, to));
    freshLog().recordIfAbsent(carried(before, desk, from.minusNanos(1000)));
    freshLog().recordIfAbsent(notice(otherKind, desk, from.plusSeconds(1)));
    List<NoticeKey> ours = List.of(early, late, atEnd, before, otherKind);
    assertEquals(List.of(early, late), freshLog()
        .recordedBetween(NoticeKind.CARRIED_OVER, from, to, Integer.MAX_VALUE).stream()
        .map(Notice::key).filter(ours::contains).toList());
    assertEquals(1, freshLog().recordedBetween(NoticeKind.CARRIED_OVER, from, to, 1).size());
    assertEquals(List.of(), freshLog().recordedBetween(NoticeKind.CARRIED_OVER, from, to, 0));
    assertThrows(InvalidInputException.class,
        () -> freshLog().recordedBetween(NoticeKind.CARRIED_OVER, from, to, -1));
    assertThrows(InvalidInputException.class,
        () -> freshLog().recordedBetween(NoticeKind.CARRIED_OVER, to, from, 1));
  }

  private static Notice carried(NoticeKey key, Recipient to, Instant at) {
    return Notice.of(key, NoticeKind.CARRIED_OVER, to, at, Map.of("day", "2031-01-01"));
  }
}
