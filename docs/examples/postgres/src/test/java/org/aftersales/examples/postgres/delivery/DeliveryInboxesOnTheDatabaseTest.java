package org.aftersales.examples.postgres.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NotifyingEventPublisher;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.examples.postgres.notification.JdbcNoticeLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two inboxes on the database, beyond their contracts: what the ERP reads from the rows
 * (Chinese text, microsecond instants, the kind's names), the host's transaction, and the whole
 * path — a notice recorded through {@link JdbcNoticeLog}, relayed by {@link EventRelay} over
 * {@link JdbcOutbox} through core's {@link NotifyingEventPublisher} — ending up in the
 * notification inbox exactly once when the relay runs twice or on two nodes at once.
 *
 * <p>// rule: SVC-08 (each notice handed over once per key, at least once by the relay)
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DeliveryInboxesOnTheDatabaseTest {

  private static final AftersalesJson JSON = new AftersalesJson();
  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final Instant AT = Instant.parse("2026-11-02T07:30:00.123456Z");
  private static final Recipient TECHNICIAN = Recipient.person(PersonId.of("tech-li"));
  private static PostgresStore nodeA;
  private static PostgresStore nodeB;

  @BeforeAll
  static void open() {
    // A database of its own: the relays here drain its whole outbox.
    nodeA = TestDatabase.node("delivery_relay", 8);
    nodeB = TestDatabase.node("delivery_relay", 8);
  }

  @AfterAll
  static void close() {
    nodeA.close();
    nodeB.close();
  }

  private static int counter;

  private static synchronized NoticeKey key(String step) {
    return new NoticeKey("service-request", "SR-" + RUN + "-" + (++counter), RuleId.of("SVC-08"),
        step, "2026-11-02T07:30:00Z");
  }

  private static Notice breach(NoticeKey key) {
    return Notice.of(key, NoticeKind.BREACH, TECHNICIAN, AT,
        Map.of("serviceRequest", key.sourceId(), "due", AT, "level", 1L,
            "note", "到场超时，客户已致电催促"));
  }

  private static EventRelay relay(PostgresStore node, String name, Duration lease,
      AtomicInteger handOvers) {
    JdbcNotificationInbox inbox = new JdbcNotificationInbox(node.transactions(), JSON);
    return new EventRelay(new JdbcOutbox(node.transactions(), JSON, name, lease),
        new NotifyingEventPublisher(n -> {
          handOvers.incrementAndGet();
          inbox.send(n);
        }, new JdbcEventInbox(node.transactions(), JSON)));
  }

  private static long rows(Transactions t, String sql, String value) {
    return t.withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, value);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  private static long inboxRows(Transactions t, NoticeKey key) {
    return rows(t, "SELECT count(*) FROM notification_inbox WHERE notice_key = ?", key.text());
  }

  private static long undelivered(Transactions t) {
    return t.withConnection("counting undelivered", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /** An outbox that forgets to mark: the relay crashed after publishing, before marking. */
  private static Outbox crashingBeforeMarking(Outbox real) {
    return new Outbox() {
      @Override
      public List<OutboxEvent> undelivered(int max) {
        return real.undelivered(max);
      }

      @Override
      public void markDelivered(EventId eventId) {
        // the crash: nothing marked
      }
    };
  }

  @Test
  void a_recorded_notice_reaches_the_inbox_once_though_the_relay_delivers_it_twice() {
    Transactions t = nodeA.transactions();
    Notice notice = breach(key("ARRIVAL_ON_SITE.breach"));
    DocumentNumber number = DocumentNumber.of(SeriesId.of("INBOX"), "2611" + RUN, "2026-11",
        LocalDate.of(2026, 11, 1), 1);
    OutboxEvent registered = OutboxEvent.of("inbox", "c-" + RUN, Version.of(1),
        List.of(new ComplaintRegistered(number, AT, AT))).get(0);
    assertTrue(new JdbcNoticeLog(t, JSON).recordIfAbsent(notice));
    t.atomically("storing a change's event", c -> {
      OutboxRows.append(c, List.of(registered), JSON);
      return null;
    });
    JdbcOutbox outbox = new JdbcOutbox(t, JSON, "node-crash");
    NotifyingEventPublisher publisher = new NotifyingEventPublisher(
        new JdbcNotificationInbox(t, JSON), new JdbcEventInbox(t, JSON));
    new EventRelay(crashingBeforeMarking(outbox), publisher).relay(50);
    assertEquals(1, inboxRows(t, notice.key()), "first run: handed over");
    // The node restarts and re-takes its own claims: everything is delivered again.
    new EventRelay(outbox, publisher).relayAll(50, 100);
    assertEquals(0, undelivered(t));
    assertEquals(1, inboxRows(t, notice.key()), "second run: still once");
    assertEquals(Optional.of(notice), new JdbcNotificationInbox(t, JSON).find(notice.key()));
    assertEquals(0, rows(t, "SELECT count(*) FROM event_inbox WHERE event_id = ?",
        notice.key().eventId().value()), "a notice goes to Notifications, not to the events");
    assertEquals(1, rows(t, "SELECT count(*) FROM event_inbox WHERE event_id = ?",
        registered.eventId().value()), "any other event: once in the event inbox");
    assertEquals(Optional.of(registered), new JdbcEventInbox(t, JSON).find(registered.eventId()));
  }

  @Test
  void two_nodes_relaying_at_once_with_expiring_claims_hand_each_notice_over_once()
      throws Exception {
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Notice n = breach(key("ARRIVAL_ON_SITE.escalation-" + (i % 3)));
      notices.add(n);
      // Recorded alternately on the two nodes; a repeat of a sweep records nothing more.
      JdbcNoticeLog log = new JdbcNoticeLog((i % 2 == 0 ? nodeA : nodeB).transactions(), JSON);
      assertTrue(log.recordIfAbsent(n));
      assertFalse(new JdbcNoticeLog(nodeB.transactions(), JSON).recordIfAbsent(n));
    }
    // A lease of 1 ms expires at once: a node may take over a batch the other is still
    // delivering, so a notice may be handed over more than once — the inbox keeps one row each.
    AtomicInteger handOvers = new AtomicInteger();
    List<EventRelay> relays = List.of(
        relay(nodeA, "node-a", Duration.ofMillis(1), handOvers),
        relay(nodeB, "node-b", Duration.ofMillis(1), handOvers));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (EventRelay r : relays) {
        running.add(pool.submit(() -> {
          while (undelivered(nodeA.transactions()) > 0) {
            r.relay(5);
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Transactions t = nodeA.transactions();
    assertTrue(handOvers.get() >= notices.size(), "every notice handed over at least once");
    System.out.println("two nodes, lease 1 ms: " + handOvers.get() + " hand-overs of "
        + notices.size() + " notices");
    for (Notice n : notices) {
      assertEquals(1, inboxRows(t, n.key()), n.key().text());
      assertEquals(Optional.of(n), new JdbcNotificationInbox(t, JSON).find(n.key()));
    }
    assertEquals(notices.size(), rows(t, "SELECT count(*) FROM notification_inbox"
        + " WHERE source_id LIKE ? AND step LIKE 'ARRIVAL_ON_SITE.escalation-%'",
        "SR-" + RUN + "-%"), "one row per notice, none besides");
  }

  @Test
  void what_the_erp_reads_keeps_chinese_text_microseconds_and_the_kinds_names() {
    Transactions t = TestDatabase.shared().transactions();
    NoticeKind own = NoticeKind.of("ADOPTER_OWN", "Our own notice", "自定义通知");
    NoticeKey key = key("adopter-own");
    Notice notice = Notice.of(key, own, Recipient.supervisorPerson(PersonId.of("主管-王")), AT,
        Map.of("note", "机号 SN-1 保修期内", "count", 3L));
    JdbcNotificationInbox inbox = new JdbcNotificationInbox(t, JSON);
    inbox.send(notice);
    t.withConnection("reading the row", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT recipient, kind, kind_name_en,"
          + " kind_name_zh, delivery, occurred_at, parameters->>'note', notice_key"
          + " FROM notification_inbox WHERE notice_key = ?")) {
        s.setString(1, key.text());
        try (ResultSet r = s.executeQuery()) {
          assertTrue(r.next());
          assertEquals("supervisor:主管-王", r.getString(1));
          assertEquals("ADOPTER_OWN", r.getString(2));
          assertEquals("Our own notice", r.getString(3));
          assertEquals("自定义通知", r.getString(4));
          assertEquals("IN_DIGEST", r.getString(5));
          assertEquals(Instant.parse("2026-11-02T07:30:00.123456Z"),
              r.getObject(6, OffsetDateTime.class).toInstant());
          assertEquals("机号 SN-1 保修期内", r.getString(7));
          assertEquals("service-request/" + key.sourceId() + "/SVC-08/adopter-own/"
              + "2026-11-02T07:30:00Z", r.getString(8));
        }
      }
      return null;
    });
    assertEquals(Optional.of(notice), inbox.find(key));

    DocumentNumber number = DocumentNumber.of(SeriesId.of("INBOX"), "2612" + RUN, "2026-11",
        LocalDate.of(2026, 11, 1), 2);
    Instant voidedAt = Instant.parse("2026-11-03T00:00:00.000001Z");
    OutboxEvent voided = OutboxEvent.of("inbox", "v-" + RUN, Version.of(2),
        List.of(new ComplaintVoided(number, "客户撤回投诉", voidedAt))).get(0);
    JdbcEventInbox events = new JdbcEventInbox(t, JSON);
    events.publish(voided);
    assertEquals(Optional.of(voided), events.find(voided.eventId()));
    assertEquals(1, rows(t, "SELECT count(*) FROM event_inbox WHERE event_id = ?"
        + " AND occurred_at = '2026-11-03T00:00:00.000001Z' AND payload::text LIKE '%客户撤回投诉%'",
        voided.eventId().value()));
  }

  @Test
  void a_host_transaction_rolled_back_leaves_neither_inbox_a_row_and_a_committed_one_both() {
    Transactions t = TestDatabase.shared().transactions();
    JdbcNotificationInbox inbox = new JdbcNotificationInbox(t, JSON);
    JdbcEventInbox events = new JdbcEventInbox(t, JSON);
    Notice rolledBack = breach(key("REPLY.breach"));
    Notice committed = breach(key("REPLY.breach"));
    IllegalStateException boom = new IllegalStateException("the host fails after handing over");
    assertThrows(IllegalStateException.class, () -> t.inTransaction(c -> {
      inbox.send(rolledBack);
      events.publish(rolledBack.outboxEvent());
      throw boom;
    }));
    assertEquals(Optional.empty(), inbox.find(rolledBack.key()));
    assertEquals(Optional.empty(), events.find(rolledBack.key().eventId()));
    t.inTransaction(c -> {
      inbox.send(committed);
      events.publish(committed.outboxEvent());
      return null;
    });
    assertEquals(Optional.of(committed), inbox.find(committed.key()));
    assertEquals(Optional.of(committed.outboxEvent()), events.find(committed.key().eventId()));
  }
}
