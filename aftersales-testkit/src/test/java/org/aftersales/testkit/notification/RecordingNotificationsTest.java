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
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The recorder keeps the {@code Notifications} contract (at least once, every repeat kept), keeps
 * every delivery, shows them de-duplicated by key, and asserts readably. // rule: SVC-08
 */
class RecordingNotificationsTest extends NotificationsContract {

  private final RecordingNotifications channel = new RecordingNotifications();

  @Override
  protected Notifications notifications() {
    return channel;
  }

  @Override
  protected long timesHandedOver(NoticeKey key) {
    // Counted from the deliveries, independently of timesDelivered, which is tested below.
    return channel.deliveries().stream().filter(n -> n.key().equals(key)).count();
  }

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

  static Notice ofKind(String id, NoticeKind kind, Recipient to) {
    return Notice.of(new NoticeKey("complaint", id, RuleId.of("CMP-19"), "QA_ANALYSIS.urge",
        "2026-11-02"), kind, to, AT, Map.of());
  }

  @Test
  void exactly_one_notice_of_a_kind_to_a_recipient_is_asserted_and_a_repeat_counts_once() {
    // rule: CMP-19
    Recipient qa = Recipient.role(RecipientRole.QUALITY_ASSURANCE);
    Recipient sales = Recipient.role(RecipientRole.SALES);
    RecordingNotifications recorder = new RecordingNotifications();
    Notice urge = ofKind("261107", NoticeKind.URGE, qa);
    Notice inquiry = ofKind("261108", NoticeKind.INQUIRY, qa);
    Notice urgeToSales = ofKind("261109", NoticeKind.URGE, sales);
    recorder.send(urge);
    recorder.send(inquiry);
    recorder.send(urgeToSales);
    recorder.send(urge);

    assertEquals(urge, recorder.assertReceivedOnce(NoticeKind.URGE, qa));
    assertEquals(inquiry, recorder.assertReceivedOnce(NoticeKind.INQUIRY, qa));
    assertEquals(List.of(urge), recorder.received(NoticeKind.URGE, qa));
    assertEquals(2, recorder.timesDelivered(urge.key()));
    assertEquals(1, recorder.timesDelivered(urgeToSales.key()));
    assertEquals(0, recorder.timesDelivered(notice("SR-9", qa).key()));
  }

  @Test
  void a_failed_assertion_names_what_was_expected_and_lists_what_was_received() {
    // rule: CMP-19
    Recipient qa = Recipient.role(RecipientRole.QUALITY_ASSURANCE);
    Recipient sales = Recipient.role(RecipientRole.SALES);
    RecordingNotifications recorder = new RecordingNotifications();
    recorder.send(ofKind("261107", NoticeKind.URGE, qa));
    recorder.send(ofKind("261108", NoticeKind.URGE, qa));

    AssertionFailedError twice = assertThrows(AssertionFailedError.class,
        () -> recorder.assertReceivedOnce(NoticeKind.URGE, qa));
    assertTrue(twice.getMessage().startsWith(
        "expected exactly one URGE notice to role:QUALITY_ASSURANCE, received [URGE to "
        + "role:QUALITY_ASSURANCE (complaint/261107/CMP-19/QA_ANALYSIS.urge/2026-11-02), "
        + "URGE to role:QUALITY_ASSURANCE (complaint/261108/"), twice.getMessage());
    AssertionFailedError none = assertThrows(AssertionFailedError.class,
        () -> recorder.assertReceivedOnce(NoticeKind.URGE, sales));
    assertTrue(none.getMessage().startsWith("expected exactly one URGE notice to role:SALES"),
        none.getMessage());

    recorder.assertNoneReceived(NoticeKind.INQUIRY);
    recorder.assertNothingReceivedBy(sales);
    AssertionFailedError urged = assertThrows(AssertionFailedError.class,
        () -> recorder.assertNoneReceived(NoticeKind.URGE));
    assertTrue(urged.getMessage().startsWith("expected no URGE notice"), urged.getMessage());
    assertTrue(urged.getMessage().contains("URGE to role:QUALITY_ASSURANCE (complaint/261107/"),
        urged.getMessage());
    AssertionFailedError toQa = assertThrows(AssertionFailedError.class,
        () -> recorder.assertNothingReceivedBy(qa));
    assertTrue(toQa.getMessage().startsWith("expected no notice to role:QUALITY_ASSURANCE"),
        toQa.getMessage());
    AssertionFailedError anything = assertThrows(AssertionFailedError.class,
        recorder::assertNothingReceived);
    assertTrue(anything.getMessage().contains("complaint/261108/CMP-19/QA_ANALYSIS.urge/2026-11-02"),
        anything.getMessage());
    AssertionFailedError byKey = assertThrows(AssertionFailedError.class,
        () -> recorder.assertReceivedOnce(notice("SR-3", qa).key()));
    assertTrue(byKey.getMessage().contains(", received [complaint/261107/CMP-19/QA_ANALYSIS.urge/"
        + "2026-11-02, complaint/261108/"), byKey.getMessage());
  }
}
