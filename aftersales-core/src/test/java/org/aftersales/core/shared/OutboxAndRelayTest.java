package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The outbox's values and the relay: stable event IDs, at-least-once delivery in order, a failing
 * publisher stopping the relay without losing anything. // tag: reliability
 */
class OutboxAndRelayTest {

  record Happened(String what, Instant occurredAt) implements DomainEvent {}

  static final Instant AT = Instant.parse("2026-11-02T02:00:00Z");

  static List<OutboxEvent> events(String source, int count) {
    List<DomainEvent> raw = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      raw.add(new Happened(source + "#" + i, AT));
    }
    return OutboxEvent.of("test", source, Version.of(1), raw);
  }

  /** An outbox over a list; records the marks. */
  static final class ListOutbox implements Outbox {
    final List<OutboxEvent> stored = new ArrayList<>();
    final List<EventId> marked = new ArrayList<>();

    @Override
    public List<OutboxEvent> undelivered(int max) {
      return stored.stream().filter(e -> !marked.contains(e.eventId())).limit(max).toList();
    }

    @Override
    public void markDelivered(EventId eventId) {
      marked.add(eventId);
    }
  }

  /** Records deliveries; fails on the event whose text is {@code failOn}. */
  static final class Receiver implements DomainEventPublisher {
    final List<EventId> received = new ArrayList<>();
    String failOn;

    @Override
    public void publish(OutboxEvent event) {
      if (((Happened) event.event()).what().equals(failOn)) {
        throw new IllegalStateException("broker down");
      }
      received.add(event.eventId());
    }
  }

  final ListOutbox outbox = new ListOutbox();
  final Receiver receiver = new Receiver();
  final EventRelay relay = new EventRelay(outbox, receiver);

  @Test
  void event_ids_name_the_source_kind_id_stored_version_and_position() {
    assertEquals(List.of(EventId.of("test/261107/1/0"), EventId.of("test/261107/1/1")),
        events("261107", 2).stream().map(OutboxEvent::eventId).toList());
    assertEquals(EventId.of("complaint/COMPLAINT:261107/3/2"),
        EventId.of("complaint", "COMPLAINT:261107", Version.of(3), 2));
  }

  @Test
  void an_event_id_needs_a_stored_version_and_a_position_of_zero_or_more() {
    InvalidInputException noVersion = assertThrows(InvalidInputException.class,
        () -> EventId.of("k", "1", Version.initial(), 0));
    assertEquals("version", noVersion.violations().get(0).path());
    InvalidInputException negative = assertThrows(InvalidInputException.class,
        () -> EventId.of("k", "1", Version.of(1), -1));
    assertEquals("index", negative.violations().get(0).path());
    assertThrows(InvalidInputException.class,
        () -> EventId.of("k", "x".repeat(Identifier.MAX_LENGTH), Version.of(1), 0));
  }

  @Test
  void the_relay_delivers_oldest_first_and_marks_each_after_it_was_delivered() {
    outbox.stored.addAll(events("a", 2));
    outbox.stored.addAll(events("b", 1));
    assertEquals(3, relay.relay(10));
    List<EventId> expected = List.of(EventId.of("test/a/1/0"), EventId.of("test/a/1/1"),
        EventId.of("test/b/1/0"));
    assertEquals(expected, receiver.received);
    assertEquals(expected, outbox.marked);
    assertEquals(0, relay.relay(10), "nothing left");
  }

  @Test
  void a_failing_publisher_stops_the_relay_at_that_event_and_the_next_run_starts_with_it() {
    outbox.stored.addAll(events("a", 3));
    receiver.failOn = "a#1";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> relay.relay(10));
    assertEquals("broker down", e.getMessage());
    assertEquals(List.of(EventId.of("test/a/1/0")), outbox.marked, "only the delivered one");
    receiver.failOn = null;
    assertEquals(2, relay.relay(10));
    assertEquals(List.of(EventId.of("test/a/1/0"), EventId.of("test/a/1/1"),
        EventId.of("test/a/1/2")), receiver.received);
  }

  @Test
  void relay_all_runs_batches_until_a_batch_is_short_or_the_bound_is_reached() {
    outbox.stored.addAll(events("a", 7));
    assertEquals(4, relay.relayAll(2, 2), "two batches of two");
    assertEquals(3, relay.relayAll(2, 10), "2 + 1, then stops at the short batch");
    assertEquals(7, receiver.received.size());
  }

  @Test
  void bounds_below_one_are_refused_with_the_librarys_error() {
    assertEquals("maxEvents", assertThrows(InvalidInputException.class, () -> relay.relay(0))
        .violations().get(0).path());
    assertEquals("maxBatches", assertThrows(InvalidInputException.class,
        () -> relay.relayAll(1, 0)).violations().get(0).path());
    assertEquals("batchSize", assertThrows(InvalidInputException.class,
        () -> relay.relayAll(0, 1)).violations().get(0).path());
  }

  @Property
  void every_stored_event_is_delivered_at_least_once_whatever_fails_in_between(
      @ForAll @IntRange(min = 1, max = 12) int count,
      @ForAll @IntRange(min = 0, max = 11) int failAt,
      @ForAll @IntRange(min = 1, max = 5) int batch) {
    ListOutbox box = new ListOutbox();
    Receiver to = new Receiver();
    box.stored.addAll(events("p", count));
    to.failOn = "p#" + failAt;
    EventRelay r = new EventRelay(box, to);
    boolean failed = false;
    try {
      r.relayAll(batch, 100);
    } catch (IllegalStateException expected) {
      failed = true;
    }
    assertEquals(failAt < count, failed);
    to.failOn = null;
    r.relayAll(batch, 100);
    assertEquals(box.stored.stream().map(OutboxEvent::eventId).toList(), to.received);
  }

  @Test
  void instants_are_stored_to_the_microsecond_toward_the_past() {
    Instant nanos = Instant.parse("2026-11-02T02:00:00.123456789Z");
    assertEquals(Instant.parse("2026-11-02T02:00:00.123456Z"), TimePrecision.stored(nanos));
    assertEquals(Instant.parse("1969-12-31T23:59:59.999999Z"),
        TimePrecision.stored(Instant.parse("1969-12-31T23:59:59.999999999Z")));
    assertFalse(TimePrecision.isStoredPrecision(nanos));
    assertTrue(TimePrecision.isStoredPrecision(TimePrecision.stored(nanos)));
    Instant micros = Instant.parse("2026-11-02T02:00:00.000001Z");
    assertEquals(micros, TimePrecision.stored(micros));
  }

  @Test
  void plain_text_allows_tabs_line_breaks_and_any_script_but_no_controls_or_overrides() {
    assertTrue(PlainTextValidator.isPlain("投诉 1\t2\r\n😀 ok \u200D"));
    assertTrue(PlainTextValidator.isPlain(""));
    for (String bad : List.of("a\u0000", "\u007F", "\u0085", "ab\u202Ec", "\u2066", "\u2069",
        "\u200E", "a\uD800", "a\uDC00b", "\uFFFE")) {
      assertFalse(PlainTextValidator.isPlain(bad), bad);
    }
    assertTrue(new PlainTextValidator().isValid(null, null));
    assertFalse(new PlainTextValidator().isValid("\u0001", null));
  }

}
