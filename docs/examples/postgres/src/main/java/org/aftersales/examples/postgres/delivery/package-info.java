/**
 * The two delivering ports over PostgreSQL (投递收件箱): {@code Notifications} into table
 * {@code notification_inbox} and {@code DomainEventPublisher} into table {@code event_inbox}
 * (migration {@code V7__delivery_inboxes.sql}), for an ERP whose screens and integration jobs read
 * those tables. The outbox relay delivers at least once; both inboxes keep one row per key.
 */
package org.aftersales.examples.postgres.delivery;
