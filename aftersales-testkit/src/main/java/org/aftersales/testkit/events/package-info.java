/** Test adapters for the domain-event port: {@link org.aftersales.testkit.events.RecordingEventPublisher}. */
package org.aftersales.testkit.events;
