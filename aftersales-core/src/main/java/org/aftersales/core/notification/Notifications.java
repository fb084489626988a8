package org.aftersales.core.notification;

import org.aftersales.core.shared.Port;

/**
 * Where notices go (通知端口): a driven port the host implements — it renders a {@link Notice} to
 * mail, SMS or chat, in the recipient's language, from the notice's kind and parameters.
 *
 * <p><b>At least once, de-duplicate by key.</b> Notices reach this port only through the outbox
 * (recorded by the {@link NoticeLog}, relayed by the {@link org.aftersales.core.shared.EventRelay}
 * through a {@link NotifyingEventPublisher}), so every recorded notice arrives at least once and
 * may arrive again (a relay crashed after sending, two relays ran at once). An implementation
 * that must not send twice remembers the {@link Notice#key() keys} it has sent (a unique
 * constraint in its own store, or the channel's idempotency key) and ignores a key it has seen.
 * Notices with {@link Delivery#IN_DIGEST} are listed in the recipient's digest; an implementation
 * sends the digest and may keep the listed notices for a dashboard rather than send each one.
 */
@Port
public interface Notifications {

  /**
   * Sends one notice. Returning normally means it was handed over; throwing means it may or may
   * not have been, and the relay offers it again.
   *
   * @param notice the notice
   */
  void send(Notice notice);
}
