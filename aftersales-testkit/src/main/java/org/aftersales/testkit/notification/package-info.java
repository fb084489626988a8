/**
 * Test support for the notification port (通知测试支持): an in-memory {@code NoticeLog} over the
 * {@link org.aftersales.testkit.store.InMemoryDatabase} (its outbox written in the same atomic
 * step), a {@code RecordingNotifications} with readable assertions, and the abstract
 * {@code NoticeLogContract} and {@code NotificationsContract} an adopter runs against its own
 * notice log and its own notification channel.
 */
package org.aftersales.testkit.notification;
