/**
 * The transactional outbox on PostgreSQL (发件箱): the rows the repositories append with their
 * changes ({@link org.aftersales.examples.postgres.events.OutboxRows}) and the
 * {@code Outbox} port the relay claims them through.
 */
package org.aftersales.examples.postgres.events;
