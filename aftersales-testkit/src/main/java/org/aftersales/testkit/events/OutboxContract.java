package org.aftersales.testkit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Outbox} port (发件箱契约测试): extend it in your test sources,
 * implement {@link #freshOutbox()} and {@link #store(List)}.
 *
 * <ul>
 *   <li>stored events come back from {@code undelivered} equal (instants to the microsecond), in
 *       the order stored, a change's events in their order, at most {@code max} at a time;</li>
 *   <li>a delivered event is no longer offered, by any instance; marking again, or marking an
 *       unknown ID, changes nothing;</li>
 *   <li>event IDs are compared exactly: IDs differing only in letter case are different
 *       events.</li>
 * </ul>
 * The tests use event IDs of their own, built from a random key per run ({@link #runKey()}), and
 * only look at their own events, so the storage may hold other events and need not be reset. Each
 * test fails after two minutes, in a thread of its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class OutboxContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();

  /** For subclasses. */
  protected OutboxContract() {}

  /**
   * A NEW outbox adapter instance over the SAME storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract Outbox freshOutbox();

  /**
   * Stores {@code events} as one repository save would: in one transaction, in order.
   *
   * @param events the events of one change
   */
  protected abstract void store(List<OutboxEvent> events);

  /**
   * A key unique to this test run: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  private List<OutboxEvent> change(String source, int count) {
    DocumentNumber number = DocumentNumber.of(SeriesId.of("t" + runKey()),
        String.format(Locale.ROOT, "2611%02d", COUNTER.incrementAndGet()), "2026-11",
        LocalDate.of(2026, 11, 1), 1);
    List<DomainEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(i % 2 == 0
          ? new ComplaintRegistered(number, Instant.parse("2026-11-02T02:00:00.123456Z"),
              Instant.parse("2026-11-02T02:00:01.000001Z").plusSeconds(i))
          : new ComplaintVoided(number, "reason " + i, Instant.parse("2026-11-03T00:00:00Z")));
    }
    return OutboxEvent.of("contract", source, Version.of(1), events);
  }

  private String newSource() {
    return runKey() + "-" + COUNTER.incrementAndGet();
  }

  private List<OutboxEvent> mine(List<OutboxEvent> expected) {
    List<EventId> ids = expected.stream().map(OutboxEvent::eventId).toList();
    return freshOutbox().undelivered(Integer.MAX_VALUE).stream()
        .filter(e -> ids.contains(e.eventId())).toList();
  }

  @Test
  void stored_events_come_back_equal_and_in_the_order_stored() {
    List<OutboxEvent> first = change(newSource(), 3);
    List<OutboxEvent> second = change(newSource(), 2);
    store(first);
    store(second);
    List<OutboxEvent> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    assertEquals(all, mine(all));
  }

  @Test
  void undelivered_returns_at_most_max_events() {
    store(change(newSource(), 3));
    assertTrue(freshOutbox().undelivered(2).size() <= 2);
    assertEquals(1, freshOutbox().undelivered(1).size());
  }

  @Test
  void a_delivered_event_is_no_longer_offered_and_marking_again_changes_nothing() {
    List<OutboxEvent> events = change(newSource(), 3);
    store(events);
    freshOutbox().markDelivered(events.get(1).eventId());
    freshOutbox().markDelivered(events.get(1).eventId());
    freshOutbox().markDelivered(EventId.of("unknown-" + newSource()));
    assertEquals(List.of(events.get(0), events.get(2)), mine(events));
  }

  @Test
  void event_ids_differing_only_in_letter_case_are_different_events() {
    String source = "case-" + newSource() + "-ab";
    List<OutboxEvent> lower = change(source, 1);
    List<OutboxEvent> upper = change(source.toUpperCase(Locale.ROOT), 1);
    store(lower);
    store(upper);
    freshOutbox().markDelivered(lower.get(0).eventId());
    assertEquals(upper, mine(List.of(lower.get(0), upper.get(0))));
  }
}
