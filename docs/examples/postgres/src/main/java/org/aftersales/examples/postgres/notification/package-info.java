/**
 * The {@link org.aftersales.core.notification.NoticeLog} port over PostgreSQL (通知记录): table
 * {@code notice} (migration {@code V2__notices.sql}).
 */
package org.aftersales.examples.postgres.notification;
