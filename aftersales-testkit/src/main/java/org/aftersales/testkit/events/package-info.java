/**
 * Events for tests: {@link org.aftersales.testkit.events.InMemoryOutbox}, the in-memory outbox
 * (发件箱) the in-memory repositories write their events to; {@link
 * org.aftersales.testkit.events.RecordingEventPublisher}, a publisher that records deliveries; and
 * {@link org.aftersales.testkit.events.OutboxContract} and {@link
 * org.aftersales.testkit.events.DomainEventPublisherContract}, the abstract contract tests of the
 * {@code Outbox} and {@code DomainEventPublisher} ports.
 */
package org.aftersales.testkit.events;
