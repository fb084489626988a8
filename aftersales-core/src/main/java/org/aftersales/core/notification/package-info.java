/**
 * Notices (通知) and the notification port: typed notices a sweep or a use case derives — a
 * pre-breach warning, a breach, an escalation, a supervisor's digest, a carried-over job — each
 * with a deterministic {@link org.aftersales.core.notification.NoticeKey key}, recorded exactly
 * once through the {@link org.aftersales.core.notification.NoticeLog notice log} (a unique
 * constraint on the key, the notice appended to the outbox in the same step) and delivered at
 * least once to the host's {@link org.aftersales.core.notification.Notifications} by the
 * {@link org.aftersales.core.shared.EventRelay} through a
 * {@link org.aftersales.core.notification.NotifyingEventPublisher}.
 *
 * <p>Notices carry parameters (plain values), never formatted text: adopters render them to
 * mail, SMS or chat in the reader's language. No method accepts or returns {@code null} unless
 * documented; values are immutable and thread-safe.
 */
package org.aftersales.core.notification;
