package org.aftersales.examples.postgres.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What the notice log's contract does not cover, on the database: the host's transaction, the
 * nanoseconds a notice carries, Chinese text and an adopter's kind, several application nodes
 * recording and digesting the same notices at once. // rule: SVC-08, CMP-19
 */
class JdbcNoticeLogOnTheDatabaseTest {

  private static final Instant AT = Instant.parse("2026-11-02T07:30:00.123456789Z");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Transactions tx = TestDatabase.shared().transactions();
  private final JdbcNoticeLog log = new JdbcNoticeLog(tx, JdbcNoticeLogTest.JSON);

  private NoticeKey key(String step) {
    return new NoticeKey("complaint", "261107-" + run + "-" + COUNTER.incrementAndGet(),
        RuleId.of("CMP-19"), step, "2026-11-02");
  }

  private static Notice urge(NoticeKey key, Recipient to, Instant at) {
    return Notice.of(key, NoticeKind.URGE, to, at, Map.of("complaint", key.sourceId()));
  }

  private static int outboxRows(Transactions tx, NoticeKey key) {
    return tx.withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ?")) {
        s.setString(1, key.eventId().value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Test
  void a_notice_recorded_in_a_host_transaction_that_rolls_back_leaves_neither_row_nor_event() {
    NoticeKey key = key("QA_ANALYSIS.urge");
    IllegalStateException boom = new IllegalStateException("the host fails after recording");
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      assertTrue(log.recordIfAbsent(urge(key, Recipient.role(RecipientRole.QUALITY_ASSURANCE),
          AT)));
      throw boom;
    }));
    assertEquals(Optional.empty(), log.find(key));
    assertEquals(0, outboxRows(tx, key));
    assertTrue(log.recordIfAbsent(urge(key, Recipient.role(RecipientRole.QUALITY_ASSURANCE), AT)),
        "the key is free again");
    assertEquals(1, outboxRows(tx, key));
  }

  @Test
  void nanoseconds_chinese_text_every_parameter_type_and_an_adopters_kind_read_back_equal() {
    NoticeKind own = NoticeKind.of("ERP_RECALL", "Recall notice", "召回通知");
    Notice notice = Notice.of(key("召回.通知"), own,
        Recipient.supervisorPerson(PersonId.of("主管-张伟")), AT,
        Map.of("customer", "上海精密电子有限公司", "pieces", 120L, "urgent", true,
            "amount", new BigDecimal("1800.50"), "due", Instant.parse("2026-11-03T01:02:03.000000001Z"),
            "day", LocalDate.of(2026, 11, 3)));
    assertTrue(log.recordIfAbsent(notice));
    Notice read = log.find(notice.key()).orElseThrow();
    assertEquals(notice, read);
    assertEquals(AT, read.occurredAt(), "to the nanosecond");
    assertEquals(Long.class, read.parameters().get("pieces").getClass());
    assertEquals("召回通知", read.kind().displayName().chinese());
    assertEquals(Delivery.IN_DIGEST, read.delivery());
  }

  @Test
  void recorded_between_compares_the_nanoseconds_below_a_microsecond_exactly() {
    NoticeKind kind = NoticeKind.of("P3_NANOS_" + run.toUpperCase(java.util.Locale.ROOT)
        .replace('-', '_'), "Nanos", "纳秒");
    Instant from = Instant.parse("2031-02-01T00:00:00.000001500Z");
    NoticeKey justBefore = key("n");
    NoticeKey atFrom = key("n");
    NoticeKey sameMicroLater = key("n");
    NoticeKey atTo = key("n");
    Instant to = from.plusNanos(300);
    log.recordIfAbsent(Notice.of(justBefore, kind, Recipient.role(RecipientRole.SALES),
        from.minusNanos(1), Map.of()));
    log.recordIfAbsent(Notice.of(atFrom, kind, Recipient.role(RecipientRole.SALES), from,
        Map.of()));
    log.recordIfAbsent(Notice.of(sameMicroLater, kind, Recipient.role(RecipientRole.SALES),
        from.plusNanos(299), Map.of()));
    log.recordIfAbsent(Notice.of(atTo, kind, Recipient.role(RecipientRole.SALES), to, Map.of()));
    assertEquals(List.of(atFrom, sameMicroLater), log.recordedBetween(kind, from, to, 10).stream()
        .map(Notice::key).toList());
  }

  @Test
  void two_nodes_with_eight_threads_each_record_every_notice_once() throws Exception {
    String database = "p3_notice_nodes_" + COUNTER.incrementAndGet();
    List<NoticeKey> keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      keys.add(key("DECISION.urge"));
    }
    try (PostgresStore a = TestDatabase.node(database, 8);
        PostgresStore b = TestDatabase.node(database, 8)) {
      List<JdbcNoticeLog> nodes = List.of(new JdbcNoticeLog(a.transactions(),
          JdbcNoticeLogTest.JSON), new JdbcNoticeLog(b.transactions(), JdbcNoticeLogTest.JSON));
      ExecutorService pool = Executors.newFixedThreadPool(16);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Integer>> recorded = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          JdbcNoticeLog node = nodes.get(t % 2);
          Recipient to = Recipient.person(PersonId.of("tech-" + t));
          recorded.add(pool.submit(() -> {
            start.await();
            int mine = 0;
            for (NoticeKey k : keys) {
              mine += node.recordIfAbsent(urge(k, to, AT)) ? 1 : 0;
            }
            return mine;
          }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : recorded) {
          total += f.get(90, TimeUnit.SECONDS);
        }
        assertEquals(keys.size(), total, "each key recorded by exactly one call of all nodes");
      } finally {
        pool.shutdownNow();
      }
      for (NoticeKey k : keys) {
        assertEquals(1, outboxRows(a.transactions(), k), "once in the outbox: " + k.text());
      }
      assertEquals(keys.size(), nodes.get(1).recordedAmong(keys).size());
    }
  }

  @Test
  void two_nodes_digesting_the_same_notices_at_once_list_each_notice_in_one_digest() throws Exception {
    String database = "p3_notice_digests_" + COUNTER.incrementAndGet();
    try (PostgresStore a = TestDatabase.node(database, 4);
        PostgresStore b = TestDatabase.node(database, 4)) {
      JdbcNoticeLog first = new JdbcNoticeLog(a.transactions(), JdbcNoticeLogTest.JSON);
      JdbcNoticeLog second = new JdbcNoticeLog(b.transactions(), JdbcNoticeLogTest.JSON);
      Recipient supervisor = Recipient.supervisorPerson(PersonId.of("sup-" + run));
      List<NoticeKey> listed = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        NoticeKey k = key("QA_ANALYSIS.urge");
        first.recordIfAbsent(urge(k, supervisor, AT));
        listed.add(k);
      }
      // Each node lists the notices in another order, as two runs that read them at different
      // moments might: neither may deadlock the other, and one digest takes them all.
      List<NoticeKey> reversed = new ArrayList<>(listed);
      java.util.Collections.reverse(reversed);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      try {
        Future<Boolean> one = pool.submit(() -> {
          start.await();
          return first.recordDigest(digest(supervisor, "a"), listed);
        });
        Future<Boolean> two = pool.submit(() -> {
          start.await();
          return second.recordDigest(digest(supervisor, "b"), reversed);
        });
        start.countDown();
        boolean a1 = one.get(60, TimeUnit.SECONDS);
        boolean b1 = two.get(60, TimeUnit.SECONDS);
        assertTrue(a1 ^ b1, "exactly one digest recorded: " + a1 + ", " + b1);
      } finally {
        pool.shutdownNow();
      }
      assertEquals(List.of(), first.awaitingDigest(100), "every listed notice awaits no more");
      NoticeKey winner = digest(supervisor, "a").key();
      NoticeKey loser = digest(supervisor, "b").key();
      assertEquals(1, outboxRows(a.transactions(), first.find(winner).isPresent() ? winner
          : loser));
      assertFalse(first.find(winner).isPresent() && first.find(loser).isPresent());
    }
  }

  private Notice digest(Recipient to, String which) {
    return new Notice(new NoticeKey("reminder-digest", to.text(), RuleId.of("CMP-19"), "digest",
        run + "-" + which), NoticeKind.REMINDER_DIGEST, to, Delivery.IMMEDIATE, AT,
        new java.util.TreeMap<>(Map.of("count", 20L)));
  }
}
