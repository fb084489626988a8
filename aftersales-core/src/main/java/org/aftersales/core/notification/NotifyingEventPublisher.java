package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.OutboxEvent;

/**
 * The publisher that gets recorded notices from the outbox to {@link Notifications} (通知转发): the
 * host gives it to the {@link org.aftersales.core.shared.EventRelay} in place of its own publisher;
 * events that carry a {@link Notice} go to {@link Notifications#send}, every other event to the
 * host's publisher. Delivery is at least once, as the relay's; a notice keeps its
 * {@link Notice#key() key} across deliveries, by which the receiver de-duplicates.
 *
 * <p>Thread-safe if its two receivers are.
 */
public final class NotifyingEventPublisher implements DomainEventPublisher {

  private final Notifications notifications;
  private final DomainEventPublisher others;

  /**
   * Wires the forwarding.
   *
   * @param notifications where notices go
   * @param others where every other event goes
   */
  public NotifyingEventPublisher(Notifications notifications, DomainEventPublisher others) {
    this.notifications = requireNonNull(notifications, "notifications");
    this.others = requireNonNull(others, "others");
  }

  /**
   * Forwards the event: a notice to {@link Notifications}, anything else to the other publisher.
   *
   * @param event the event and its stable ID
   */
  @Override
  public void publish(OutboxEvent event) {
    if (event.event() instanceof Notice notice) {
      notifications.send(notice);
    } else {
      others.publish(event);
    }
  }
}
