/**
 * Events for tests: {@link org.aftersales.testkit.events.InMemoryOutbox}, the in-memory outbox
 * (发件箱) the in-memory repositories write their events to; {@link
 * org.aftersales.testkit.events.RecordingEventPublisher}, a publisher that records deliveries; and
 * {@link org.aftersales.testkit.events.OutboxContract}, the abstract contract test of the {@code
 * Outbox} port.
 */
package org.aftersales.testkit.events;
