package org.aftersales.testkit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.service.InvoiceDue;
import org.aftersales.core.service.PaymentCollectedOnSite;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * The recording publisher keeps the {@link DomainEventPublisher} contract — every delivery kept,
 * repeats included — and shows what an at-least-once receiver and a de-duplicating one see.
 * // tag: reliability
 */
class RecordingEventPublisherTest extends DomainEventPublisherContract {

  private final RecordingEventPublisher receiver = new RecordingEventPublisher();

  @Override
  protected DomainEventPublisher publisher() {
    return receiver;
  }

  @Override
  protected List<OutboxEvent> deliveredWith(EventId id) {
    return receiver.deliveries().stream().filter(e -> e.eventId().equals(id)).toList();
  }

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant AT = Instant.parse("2026-11-02T02:00:00Z");

  private static OutboxEvent invoice(String id, long fen) {
    return new OutboxEvent(EventId.of("service-request/" + id + "/1/0"),
        new InvoiceDue(ServiceRequestId.of(id), Money.ofMinor(fen, CNY), LocalDate.of(2026, 11, 2),
            AT));
  }

  private static OutboxEvent payment(String id, long fen) {
    return new OutboxEvent(EventId.of("service-request/" + id + "/2/0"),
        new PaymentCollectedOnSite(ServiceRequestId.of(id), Money.ofMinor(fen, CNY),
            LocalDate.of(2026, 11, 2), AT));
  }

  @Test
  void a_repeat_is_one_more_delivery_but_the_same_event_and_events_are_filtered_by_type() {
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    OutboxEvent a = invoice("SR-1", 123_450);
    OutboxEvent b = payment("SR-1", 50_000);
    OutboxEvent c = invoice("SR-2", 8_800);
    publisher.publish(a);
    publisher.publish(b);
    publisher.publish(a);
    publisher.publish(c);

    assertEquals(List.of(a, b, a, c), publisher.deliveries(), "as an at-least-once receiver");
    assertEquals(List.of(a, b, c), publisher.received(), "de-duplicated, in first-seen order");
    assertEquals(List.of(a.event(), b.event(), c.event()), publisher.events());
    assertEquals(List.of(a.event(), c.event()), publisher.eventsOf(InvoiceDue.class));
    assertEquals(List.of(b.event()), publisher.eventsOf(PaymentCollectedOnSite.class));
    publisher.clear();
    assertEquals(List.of(), publisher.deliveries());
    assertEquals(List.of(), publisher.received());
  }

  @Test
  void an_id_arriving_again_with_other_content_is_a_broken_outbox_and_is_refused() {
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    OutboxEvent first = invoice("SR-1", 123_450);
    publisher.publish(first);
    OutboxEvent sameIdOtherAmount = new OutboxEvent(first.eventId(),
        invoice("SR-1", 123_451).event());
    assertThrows(IllegalStateException.class, () -> publisher.publish(sameIdOtherAmount));
    assertEquals(List.of(first), publisher.deliveries(), "the refused delivery is not kept");
  }
}
