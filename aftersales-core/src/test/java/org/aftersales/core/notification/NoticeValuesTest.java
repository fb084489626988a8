package org.aftersales.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Notices, their keys and recipients, and the forwarding of notices from the outbox to the
 * notification port.
 */
@Tag("SVC-08")
class NoticeValuesTest {

  // rule: SVC-08
  static final Instant AT = Instant.parse("2026-11-02T06:00:00Z");
  static final NoticeKey KEY = new NoticeKey("service-request", "SR-1", RuleId.of("SVC-08"),
      "ARRIVAL_ON_SITE.breach", "2026-11-02T07:00:00Z");

  @Test
  void a_key_reads_as_one_text_and_is_the_event_id_of_its_notice() {
    assertEquals("service-request/SR-1/SVC-08/ARRIVAL_ON_SITE.breach/2026-11-02T07:00:00Z",
        KEY.text());
    assertEquals(EventId.of("notice/" + KEY.text()), KEY.eventId());
    // An independent SHA-256 of the same text.
    String sha = Hashing.sha256().hashString(
        "service-request/SR-1/SVC-08/ARRIVAL_ON_SITE.breach/2026-11-02T07:00:00Z",
        StandardCharsets.UTF_8).toString();
    assertEquals(sha.substring(0, 40), KEY.digest());
  }

  @Test
  void a_key_too_long_for_an_event_id_is_named_by_its_digest() {
    // "notice/" (7) + text: a source ID of 90 makes the text 7 + 16 + 90 + 8 + 22 + 21 > 128.
    String longId = "X".repeat(90);
    NoticeKey longKey = new NoticeKey("service-request", longId, RuleId.of("SVC-08"),
        "ARRIVAL_ON_SITE.breach", "2026-11-02T07:00:00Z");
    assertEquals(EventId.of("notice/sha256/" + longKey.digest()), longKey.eventId());
    // Exactly 128 code points still fits: 7 + 16 + n + 8 + 22 + 21 = 128 → n = 54.
    NoticeKey fits = new NoticeKey("service-request", "Y".repeat(54), RuleId.of("SVC-08"),
        "ARRIVAL_ON_SITE.breach", "2026-11-02T07:00:00Z");
    assertEquals(128, ("notice/" + fits.text()).length());
    assertEquals(EventId.of("notice/" + fits.text()), fits.eventId());
  }

  @Test
  void every_part_of_a_key_must_be_identifier_text_and_keys_order_by_text() {
    for (int part = 0; part < 4; part++) {
      String[] p = {"service-request", "SR-1", "step", "occ"};
      p[part] = " ";
      String[] q = p;
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> new NoticeKey(q[0], q[1], RuleId.of("SVC-08"), q[2], q[3]));
      assertEquals(List.of("sourceKind", "sourceId", "step", "occurrence").get(part),
          e.violations().get(0).path());
    }
    NoticeKey later = new NoticeKey("service-request", "SR-2", RuleId.of("SVC-08"), "a", "b");
    assertTrue(KEY.compareTo(later) < 0);
    assertTrue(later.compareTo(KEY) > 0);
    assertEquals(0, KEY.compareTo(new NoticeKey("service-request", "SR-1", RuleId.of("SVC-08"),
        "ARRIVAL_ON_SITE.breach", "2026-11-02T07:00:00Z")));
  }

  @Test
  void a_supervisor_is_sent_digests_and_anyone_else_immediate_notices() {
    PersonId zhao = PersonId.of("sup-zhao");
    assertEquals(Delivery.IN_DIGEST, Notice.of(KEY, NoticeKind.BREACH,
        Recipient.role(RecipientRole.SUPERVISOR), AT, Map.of()).delivery());
    assertEquals(Delivery.IN_DIGEST, Notice.of(KEY, NoticeKind.BREACH,
        Recipient.supervisorPerson(zhao), AT, Map.of()).delivery());
    assertEquals(Delivery.IMMEDIATE, Notice.of(KEY, NoticeKind.BREACH,
        Recipient.person(zhao), AT, Map.of()).delivery());
    assertEquals(Delivery.IMMEDIATE, Notice.of(KEY, NoticeKind.BREACH,
        Recipient.role(RecipientRole.SERVICE_MANAGER), AT, Map.of()).delivery());
    assertEquals("role:SUPERVISOR", Recipient.role(RecipientRole.SUPERVISOR).text());
    assertEquals("supervisor:sup-zhao", Recipient.supervisorPerson(zhao).text());
    assertEquals("person:sup-zhao", Recipient.person(zhao).text());
    assertNotEquals(Recipient.person(zhao), Recipient.supervisorPerson(zhao));
    List<Recipient> sorted = new ArrayList<>(List.of(Recipient.supervisorPerson(zhao),
        Recipient.person(zhao), Recipient.role(RecipientRole.SALES_DIRECTOR)));
    java.util.Collections.sort(sorted);
    assertEquals(List.of("person:sup-zhao", "role:SALES_DIRECTOR", "supervisor:sup-zhao"),
        sorted.stream().map(Recipient::text).toList());
    assertFalse(Recipient.role(RecipientRole.GENERAL_MANAGER).supervisor());
  }

  @Test
  void parameters_are_plain_values_sorted_by_name_and_cannot_be_changed() {
    Map<String, Object> given = new java.util.HashMap<>();
    given.put("text", "SR-1");
    given.put("count", 3L);
    given.put("late", true);
    given.put("fraction", new BigDecimal("0.7"));
    given.put("due", AT);
    given.put("day", LocalDate.of(2026, 11, 2));
    Notice n = Notice.of(KEY, NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR), AT,
        given);
    assertEquals(List.of("count", "day", "due", "fraction", "late", "text"),
        new ArrayList<>(n.parameters().keySet()));
    given.put("more", "x");
    assertEquals(6, n.parameters().size(), "a copy was kept");
    assertThrows(UnsupportedOperationException.class, () -> n.parameters().put("x", "y"));
    for (Object notPlain : List.of(3, 2.5d, new StringBuilder("x"), List.of("a"))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Notice.of(KEY, NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR), AT,
              Map.of("bad", notPlain)));
      assertEquals("parameters.bad", e.violations().get(0).path());
    }
    assertThrows(InvalidInputException.class, () -> new Notice(KEY, NoticeKind.BREACH,
        Recipient.role(RecipientRole.SUPERVISOR), Delivery.IMMEDIATE, AT,
        new TreeMap<>(Map.of(" ", "x"))));
    assertEquals(new OutboxEvent(KEY.eventId(), n), n.outboxEvent());
    assertEquals(AT, n.occurredAt());
  }

  @Test
  void kinds_have_codes_and_bilingual_names_and_adopters_may_add_their_own() {
    assertEquals("PRE_BREACH_WARNING", NoticeKind.PRE_BREACH_WARNING.code());
    assertEquals(NoticeKind.CARRIED_OVER, NoticeKind.of("CARRIED_OVER", "x", "y"));
    assertEquals("结转", NoticeKind.CARRIED_OVER.displayName().chinese());
    assertEquals("carried over", NoticeKind.CARRIED_OVER.displayName().english());
    assertThrows(InvalidInputException.class, () -> NoticeKind.of("lower", "x", "y"));
  }

  @Test
  void the_forwarding_publisher_sends_notices_to_notifications_and_other_events_elsewhere() {
    List<Notice> sent = new ArrayList<>();
    List<OutboxEvent> others = new ArrayList<>();
    NotifyingEventPublisher publisher = new NotifyingEventPublisher(sent::add, others::add);
    Notice notice = Notice.of(KEY, NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR),
        AT, Map.of());
    DomainEvent other = () -> AT;
    OutboxEvent otherEvent = new OutboxEvent(EventId.of("service-request/SR-1/1/0"), other);
    publisher.publish(notice.outboxEvent());
    publisher.publish(otherEvent);
    assertEquals(List.of(notice), sent);
    assertEquals(List.of(otherEvent), others);
  }

  @Test
  void plain_ascii_key_parts_take_the_short_check_and_everything_else_the_full_one() {
    assertTrue(NoticeKey.isPrintableAscii("!"));
    assertTrue(NoticeKey.isPrintableAscii("a~b"));
    assertTrue(NoticeKey.isPrintableAscii("x".repeat(128)));
    assertFalse(NoticeKey.isPrintableAscii("x".repeat(129)));
    assertFalse(NoticeKey.isPrintableAscii(""));
    assertFalse(NoticeKey.isPrintableAscii("a b"));
    assertFalse(NoticeKey.isPrintableAscii("a\u007fb"));
    assertFalse(NoticeKey.isPrintableAscii("派工"));
    // Text outside the short check is still accepted when it is identifier text.
    assertEquals("派工 单", new NoticeKey("service-request", "派工 单", RuleId.of("SVC-08"), "s",
        "o").sourceId());
    assertThrows(InvalidInputException.class, () -> new NoticeKey("service-request",
        "x".repeat(129), RuleId.of("SVC-08"), "s", "o"));
  }

  @Test
  void parameter_names_are_at_most_64_characters_and_kept_in_natural_order() {
    Notice n = Notice.of(KEY, NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR), AT,
        Map.of("n".repeat(64), "x"));
    assertEquals(64, n.parameters().firstKey().length());
    assertThrows(InvalidInputException.class, () -> Notice.of(KEY, NoticeKind.BREACH,
        Recipient.role(RecipientRole.SUPERVISOR), AT, Map.of("n".repeat(65), "x")));
    com.google.common.collect.ImmutableSortedMap<String, Object> reversed =
        com.google.common.collect.ImmutableSortedMap.<String, Object>orderedBy(
            java.util.Comparator.<String>reverseOrder()).put("a", "1").put("b", "2").build();
    assertEquals(List.of("a", "b"), new ArrayList<>(Notice.of(KEY, NoticeKind.BREACH,
        Recipient.role(RecipientRole.SUPERVISOR), AT, reversed).parameters().keySet()));
  }
}
