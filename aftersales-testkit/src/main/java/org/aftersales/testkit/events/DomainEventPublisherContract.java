package org.aftersales.testkit.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.service.InvoiceDue;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link DomainEventPublisher} port (事件发布契约测试), as tests any publisher
 * can run: extend this class, give the publisher ({@link #publisher()}) and what a receiver behind
 * it got under an event ID ({@link #deliveredWith(EventId)}).
 *
 * <pre>{@code
 * class BrokerPublisherTest extends DomainEventPublisherContract {
 *   @Override protected DomainEventPublisher publisher() { return new BrokerPublisher(broker); }
 *   @Override protected List<OutboxEvent> deliveredWith(EventId id) {
 *     return testConsumer.pollAll().stream().map(codec::decode)
 *         .filter(e -> e.eventId().equals(id)).toList();
 *   }
 * }
 * }</pre>
 *
 * <h2>What it checks — what the port's Javadoc asks of a publisher</h2>
 * <ul>
 *   <li>returning normally means delivered: once {@code publish} returns, the receiver has the
 *       event under its own {@link OutboxEvent#eventId() ID} — the ID a receiver de-duplicates by
 *       arrives unchanged — and with equal content (instants to the microsecond, money, days,
 *       notices with their parameters);</li>
 *   <li>at least once: the relay offers an event again after a crash or when two relays run, so
 *       a repeat is accepted and delivered at least once in all, every delivery under the ID
 *       carrying the same event — a receiver that keeps the first one per ID keeps the right
 *       one;</li>
 *   <li>IDs are compared exactly: two events with equal content under different IDs, or under IDs
 *       differing only in letter case, are different events, each delivered;</li>
 *   <li>two relays at once: 16 threads publishing the same events concurrently all return
 *       normally, and every event is delivered under its ID with its content.</li>
 * </ul>
 * The port's Javadoc leaves the publisher free to deliver an event more than once and says
 * nothing of order; this contract asks for neither exactly once nor any order. IDs are built from
 * a random key per run, so the receiver may see other events. Each test fails after two minutes,
 * in a thread of its own. No rule of the seed's applies; it is the library's delivery guarantee
 * (issue 9, reliability). // tag: reliability
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class DomainEventPublisherContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Currency CNY = Currency.getInstance("CNY");

  /** For subclasses. */
  protected DomainEventPublisherContract() {}

  /**
   * The publisher under test; it may be a new instance on each call, in front of the same
   * receiver.
   *
   * @return the publisher
   */
  protected abstract DomainEventPublisher publisher();

  /**
   * Every delivery the receiver got under {@code id} so far, repeats included, as the receiver
   * reads it back (decoded, if the publisher encodes). It may wait for a receiver that consumes
   * asynchronously, as long as it returns what had arrived.
   *
   * @param id the event ID
   * @return the deliveries, in any order; empty if none
   */
  protected abstract List<OutboxEvent> deliveredWith(EventId id);

  private static String newSource() {
    return "SR-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  /** An invoice-due event of a new request: money, a day and an instant to carry. */
  private static OutboxEvent invoiceDue(String source) {
    InvoiceDue event = new InvoiceDue(ServiceRequestId.of(source),
        Money.of(new BigDecimal("1234.50"), CNY), LocalDate.of(2026, 11, 2),
        Instant.parse("2026-11-02T02:00:00.123456Z"));
    return new OutboxEvent(EventId.of("service-request", source, Version.of(3), 0), event);
  }

  /** A notice, as the notice log stores it: plain parameters of every type, its own event ID. */
  private static OutboxEvent notice(String source) {
    NoticeKey key = new NoticeKey("service-request", source, RuleId.of("SVC-08"),
        "ARRIVAL_ON_SITE.breach", "2026-11-02T07:30:00Z");
    Notice notice = Notice.of(key, NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR),
        Instant.parse("2026-11-02T07:30:00.000001Z"), Map.of("serviceRequest", source,
            "level", 2L, "due", Instant.parse("2026-11-02T07:00:00Z"),
            "day", LocalDate.of(2026, 11, 2), "urgent", Boolean.TRUE,
            "amount", new BigDecimal("0.10"), "note", "到场超时"));
    return new OutboxEvent(key.eventId(), notice);
  }

  private void assertDeliveredAtLeastOnceAsPublished(OutboxEvent published) {
    List<OutboxEvent> deliveries = deliveredWith(published.eventId());
    assertFalse(deliveries.isEmpty(), () -> published.eventId() + " was not delivered");
    for (OutboxEvent d : deliveries) {
      assertEquals(published, d, "every delivery under the ID carries the published event");
    }
  }

  @Test
  void a_published_event_is_delivered_under_its_own_id_with_equal_content() {
    for (OutboxEvent event : List.of(invoiceDue(newSource()), notice(newSource()))) {
      publisher().publish(event);
      assertDeliveredAtLeastOnceAsPublished(event);
    }
  }

  @Test
  void an_event_offered_again_by_the_relay_is_accepted_and_a_receiver_keeping_the_first_is_right() {
    OutboxEvent event = invoiceDue(newSource());
    publisher().publish(event);
    assertDoesNotThrow(() -> publisher().publish(event), "the relay offers it again");
    assertDoesNotThrow(() -> publisher().publish(event), "and again");
    assertDeliveredAtLeastOnceAsPublished(event);
    assertEquals(List.of(event.event()), deliveredWith(event.eventId()).stream()
        .map(OutboxEvent::event).distinct().toList(), "de-duplicated by ID: the event once");
  }

  @Test
  void events_with_equal_content_under_different_ids_are_different_events_each_delivered() {
    String source = newSource();
    OutboxEvent first = invoiceDue(source);
    OutboxEvent sameContentNextChange = new OutboxEvent(
        EventId.of("service-request", source, Version.of(4), 0), first.event());
    OutboxEvent sameContentOtherCase = new OutboxEvent(
        EventId.of(first.eventId().value().toUpperCase(Locale.ROOT)), first.event());
    List<OutboxEvent> events = List.of(first, sameContentNextChange, sameContentOtherCase);
    for (OutboxEvent e : events) {
      publisher().publish(e);
    }
    for (OutboxEvent e : events) {
      assertDeliveredAtLeastOnceAsPublished(e);
    }
  }

  @Test
  void two_relays_publishing_the_same_events_at_once_get_every_event_delivered() throws Exception {
    List<OutboxEvent> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      events.add(invoiceDue(newSource()));
      events.add(notice(newSource()));
    }
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          for (OutboxEvent e : events) {
            publisher().publish(e);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> r : results) {
        r.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    for (OutboxEvent e : events) {
      assertDeliveredAtLeastOnceAsPublished(e);
    }
  }
}
