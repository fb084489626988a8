package org.aftersales.testkit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.RuleId;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/** The in-memory notice log keeps the port's contract. // rule: SVC-08 */
class InMemoryNoticeLogTest extends NoticeLogContract {

  private final InMemoryNoticeLog storage = InMemoryNoticeLog.create();

  @Override
  protected NoticeLog freshLog() {
    return storage.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Test
  void inside_a_host_transaction_that_fails_the_notice_and_its_outbox_event_roll_back_together() {
    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    Notice notice = Notice.of(new NoticeKey("service-request", "SR-1", RuleId.of("SVC-08"),
        "REPLY.breach", "2026-11-02T07:30:00Z"), NoticeKind.BREACH,
        Recipient.role(RecipientRole.SERVICE_MANAGER), Instant.parse("2026-11-02T08:00:00Z"),
        Map.of());
    try {
      database.inTransaction(() -> {
        log.recordIfAbsent(notice);
        throw new IllegalStateException("the host's transaction fails");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertEquals("InMemoryNoticeLog[0 notices, 0 awaiting a digest]", log.toString());
    assertEquals(0, log.outbox().all().size());
    log.recordIfAbsent(notice);
    assertEquals(1, log.all().size());
    assertEquals(1, log.outbox().all().size());
  }

  @Test
  void one_notice_awaiting_a_digest_can_be_read_alone() {
    InMemoryNoticeLog log = InMemoryNoticeLog.create();
    Recipient desk = Recipient.role(RecipientRole.SUPERVISOR);
    for (String id : List.of("SR-1", "SR-2")) {
      log.recordIfAbsent(Notice.of(new NoticeKey("service-request", id, RuleId.of("SVC-08"),
          "REPLY.warning", "2026-11-02T07:30:00Z"), NoticeKind.PRE_BREACH_WARNING, desk,
          Instant.parse("2026-11-02T07:00:00Z"), Map.of()));
    }
    assertEquals(List.of("SR-1"), log.awaitingDigest(1).stream()
        .map(n -> n.key().sourceId()).toList());
    assertEquals("InMemoryNoticeLog[2 notices, 2 awaiting a digest]", log.toString());
  }
}
