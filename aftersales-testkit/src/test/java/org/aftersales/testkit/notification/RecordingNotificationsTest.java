package org.aftersales.testkit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The recorder keeps every delivery, shows them de-duplicated by key, and asserts readably. */
class RecordingNotificationsTest {

  // rule: SVC-08
  static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

  static Notice notice(String id, Recipient to) {
    return Notice.of(new NoticeKey("service-request", id, RuleId.of("SVC-08"),
        "ARRIVAL_ON_SITE.breach", "2026-11-02T07:00:00Z"), NoticeKind.BREACH, to, AT, Map.of());
  }

  @Test
  void a_repeat_is_a_delivery_but_not_a_second_notice_and_each_recipient_sees_their_own() {
    Recipient tech = Recipient.person(PersonId.of("tech-li"));
    Recipient desk = Recipient.role(RecipientRole.SUPERVISOR);
    RecordingNotifications recorder = new RecordingNotifications();
    recorder.assertNothingReceived();
    Notice a = notice("SR-1", tech);
    Notice b = notice("SR-2", desk);
    recorder.send(a);
    recorder.send(b);
    recorder.send(a);
    assertEquals(List.of(a, b, a), recorder.deliveries());
    assertEquals(List.of(a, b), recorder.received());
    assertEquals(List.of(a), recorder.receivedBy(tech));
    assertEquals(List.of(b), recorder.receivedBy(desk));
    assertEquals(List.of(a, b), recorder.received(NoticeKind.BREACH));
    assertEquals(List.of(), recorder.received(NoticeKind.ESCALATION));
    assertEquals(a, recorder.assertReceivedOnce(a.key()));
    AssertionFailedError missing = assertThrows(AssertionFailedError.class,
        () -> recorder.assertReceivedOnce(notice("SR-3", tech).key()));
    assertTrue(missing.getMessage().contains("service-request/SR-3/SVC-08"),
        missing.getMessage());
    assertThrows(AssertionFailedError.class, recorder::assertNothingReceived);
    recorder.clear();
    assertEquals(List.of(), recorder.deliveries());
    recorder.assertNothingReceived();
  }
}
