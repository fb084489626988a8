package org.aftersales.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.InvoiceDue;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.DomainEventPublisherContract;
import org.aftersales.testkit.notification.NotificationsContract;
import org.aftersales.testkit.notification.RecordingNotifications;
import org.aftersales.testkit.service.EntitlementsContract;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contracts of the three lookup and delivery ports — {@code Entitlements},
 * {@code Notifications}, {@code DomainEventPublisher} — fail deliberately faulty adapters with the
 * bugs real ones have: a warranty answered whatever the day, a day taken in UTC, a unit known by
 * its serial alone; a channel that drops a kind it does not know or de-duplicates by the source
 * instead of the whole key; a publisher that loses the microseconds or the letter case of an ID.
 * The contracts run through the JUnit Platform launcher against the static nested subclasses
 * below, which Surefire does not run on their own. // rule: SVC-01, SVC-08, SVC-15 — tag:
 * reliability
 */
class FaultyLookupAndDeliveryAdaptersTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static TestExecutionSummary run(Class<?> contractSubclass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(contractSubclass)).build(), listener);
    return listener.getSummary();
  }

  private static void assertFails(Class<?> contractSubclass, String expectedFailingTest) {
    TestExecutionSummary summary = run(contractSubclass);
    assertTrue(summary.getTestsFoundCount() > 0, "the contract ran");
    List<String> failed = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName()).toList();
    assertTrue(failed.stream().anyMatch(n -> n.startsWith(expectedFailingTest)),
        contractSubclass.getSimpleName() + " should fail " + expectedFailingTest + ", failed: "
            + failed);
  }

  @Test
  void a_correct_adapter_of_each_port_passes_its_contract_through_the_launcher() {
    for (Class<?> c : List.of(CorrectEntitlements.class, DeduplicatingChannel.class)) {
      TestExecutionSummary s = run(c);
      assertEquals(0, s.getTotalFailureCount(), c.getSimpleName() + ": " + s.getFailures());
      assertTrue(s.getTestsSucceededCount() > 0);
    }
  }

  @Test
  void the_entitlements_contract_fails_an_erp_that_answers_a_warranty_whatever_the_day() {
    assertFails(WarrantyForeverEntitlements.class,
        "a_warranty_no_longer_covers_a_request_received_on_the_day_after_its_last_day");
  }

  @Test
  void the_entitlements_contract_fails_an_erp_that_takes_the_day_in_utc() {
    assertFails(UtcDayEntitlements.class,
        "a_warranty_no_longer_covers_a_request_received_on_the_day_after_its_last_day");
    assertFails(UtcDayEntitlements.class, "a_contract_covers_from_the_first_instant");
  }

  @Test
  void the_entitlements_contract_fails_an_erp_that_knows_a_unit_by_its_serial_alone() {
    assertFails(SerialOnlyEntitlements.class, "a_unit_the_erp_does_not_know");
  }

  @Test
  void the_notifications_contract_fails_a_channel_that_drops_a_kind_it_does_not_know() {
    assertFails(LibraryKindsOnlyChannel.class, "a_kind_the_channel_may_not_know");
  }

  @Test
  void the_notifications_contract_fails_a_channel_that_deduplicates_by_source_not_by_key() {
    assertFails(SourceDeduplicatingChannel.class, "notices_whose_keys_differ_in_one_part");
  }

  @Test
  void the_publisher_contract_fails_a_publisher_that_keeps_only_milliseconds() {
    assertFails(MillisecondPublisher.class, "a_published_event_is_delivered_under_its_own_id");
  }

  @Test
  void the_publisher_contract_fails_a_publisher_that_lowers_the_case_of_ids() {
    assertFails(CaseFoldingPublisher.class, "events_with_equal_content_under_different_ids");
  }

  /** Seeds an in-memory ERP with the contract's records. */
  abstract static class SeededEntitlements extends EntitlementsContract {
    @Override
    protected ZoneId businessZone() {
      return SHANGHAI;
    }

    InMemoryEntitlements seed(InMemoryEntitlements erp, List<ErpRecord> records) {
      for (ErpRecord r : records) {
        if (r instanceof WarrantyRecord w) {
          erp.grant(w.productModel(), w.productSerial(),
              Entitlement.underWarrantyUntil(w.lastDay()));
        } else if (r instanceof ContractRecord c) {
          erp.grantContract(c.productModel(), c.productSerial(), c.contract(), c.firstDay(),
              c.lastDay());
        } else if (r instanceof InternalUnitRecord i) {
          erp.grant(i.productModel(), i.productSerial(), Entitlement.internal());
        }
      }
      return erp;
    }
  }

  static final class CorrectEntitlements extends SeededEntitlements {
    @Override
    protected Entitlements erpKnowing(List<ErpRecord> records) {
      return seed(InMemoryEntitlements.create(SHANGHAI), records);
    }
  }

  /** The testkit's adapter before it was made strict: whatever was granted, at any time. */
  static final class WarrantyForeverEntitlements extends SeededEntitlements {
    @Override
    protected Entitlements erpKnowing(List<ErpRecord> records) {
      InMemoryEntitlements erp = seed(InMemoryEntitlements.create(SHANGHAI), records);
      return (model, serial, at) -> {
        Entitlement now = erp.lookUp(model, serial, at);
        // Look far back, where every warranty of the contract's still runs.
        Entitlement then = erp.lookUp(model, serial, Instant.parse("2000-01-01T00:00:00Z"));
        if (then.warrantyUntil().isEmpty() || now.warrantyUntil().isPresent()) {
          return now;
        }
        Entitlement.Builder forever = Entitlement.builder().internalJob(now.internalJob())
            .warrantyUntil(then.warrantyUntil().get());
        now.contract().ifPresent(forever::contract);
        return forever.build();
      };
    }
  }

  /** Takes the request's day in UTC while the ERP's business is in Shanghai. */
  static final class UtcDayEntitlements extends SeededEntitlements {
    @Override
    protected Entitlements erpKnowing(List<ErpRecord> records) {
      return seed(InMemoryEntitlements.create(ZoneOffset.UTC), records);
    }
  }

  /** Keys units by serial alone, as an ERP table whose serials are assumed unique. */
  static final class SerialOnlyEntitlements extends SeededEntitlements {
    @Override
    protected Entitlements erpKnowing(List<ErpRecord> records) {
      InMemoryEntitlements erp = InMemoryEntitlements.create(SHANGHAI);
      List<ErpRecord> bySerial = new ArrayList<>();
      for (ErpRecord r : records) {
        if (r instanceof WarrantyRecord w) {
          bySerial.add(new WarrantyRecord("ANY", w.productSerial(), w.lastDay()));
        } else if (r instanceof ContractRecord c) {
          bySerial.add(new ContractRecord("ANY", c.productSerial(), c.contract(), c.firstDay(),
              c.lastDay()));
        } else {
          bySerial.add(new InternalUnitRecord("ANY", r.productSerial()));
        }
      }
      seed(erp, bySerial);
      return (model, serial, at) -> erp.lookUp("ANY", serial, at);
    }
  }

  /** A channel over a recorder, counting hand-overs by key. */
  abstract static class RecordedChannel extends NotificationsContract {
    final RecordingNotifications channel = new RecordingNotifications();

    @Override
    protected long timesHandedOver(NoticeKey key) {
      return channel.timesDelivered(key);
    }
  }

  /** Ignores a key it has sent: the Javadoc's "an implementation that must not send twice". */
  static final class DeduplicatingChannel extends RecordedChannel {
    private final Set<NoticeKey> sent = new HashSet<>();

    @Override
    protected Notifications notifications() {
      return notice -> {
        synchronized (sent) {
          if (sent.add(notice.key())) {
            channel.send(notice);
          }
        }
      };
    }

    @Override
    protected boolean ignoresKeysAlreadySent() {
      return true;
    }
  }

  /** Has templates for the library's kinds only and silently drops any other. */
  static final class LibraryKindsOnlyChannel extends RecordedChannel {
    @Override
    protected Notifications notifications() {
      return notice -> {
        if (!notice.kind().code().startsWith("ADOPTER")) {
          channel.send(notice);
        }
      };
    }
  }

  /** Remembers what it sent by source and step, forgetting the occurrence and letter case. */
  static final class SourceDeduplicatingChannel extends RecordedChannel {
    private final Set<String> sent = new HashSet<>();

    @Override
    protected Notifications notifications() {
      return notice -> {
        NoticeKey k = notice.key();
        synchronized (sent) {
          if (sent.add((k.sourceKind() + "/" + k.sourceId()).toLowerCase(Locale.ROOT))) {
            channel.send(notice);
          }
        }
      };
    }

    @Override
    protected boolean ignoresKeysAlreadySent() {
      return true;
    }
  }

  /** A publisher whose receiver reads back what arrived. */
  abstract static class RecordedPublisher extends DomainEventPublisherContract {
    final List<OutboxEvent> received = new ArrayList<>();

    @Override
    protected List<OutboxEvent> deliveredWith(EventId id) {
      synchronized (received) {
        return received.stream().filter(e -> e.eventId().equals(id)).toList();
      }
    }

    void receive(OutboxEvent e) {
      synchronized (received) {
        received.add(e);
      }
    }
  }

  /** Serialises instants to milliseconds, as a JSON mapper configured for epoch millis. */
  static final class MillisecondPublisher extends RecordedPublisher {
    @Override
    protected DomainEventPublisher publisher() {
      return e -> {
        if (e.event() instanceof InvoiceDue d) {
          receive(new OutboxEvent(e.eventId(), new InvoiceDue(d.id(), d.amount(), d.day(),
              d.occurredAt().truncatedTo(ChronoUnit.MILLIS))));
        } else if (e.event() instanceof Notice n) {
          receive(new OutboxEvent(e.eventId(), new Notice(n.key(), n.kind(), n.recipient(),
              n.delivery(), n.occurredAt().truncatedTo(ChronoUnit.MILLIS), n.parameters())));
        } else {
          receive(e);
        }
      };
    }
  }

  /** Uses the event ID as a broker message key in a case-insensitive store. */
  static final class CaseFoldingPublisher extends RecordedPublisher {
    private final Set<String> seen = new HashSet<>();

    @Override
    protected DomainEventPublisher publisher() {
      return e -> {
        synchronized (seen) {
          if (seen.add(e.eventId().value().toLowerCase(Locale.ROOT))) {
            receive(e);
          }
        }
      };
    }
  }
}
