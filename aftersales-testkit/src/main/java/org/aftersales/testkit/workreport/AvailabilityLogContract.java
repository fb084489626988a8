package org.aftersales.testkit.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLapseRecorded;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.core.workreport.LapseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link AvailabilityLog} port (热线 / 手机失联登记簿契约测试): extend it and
 * implement {@link #freshAdapter()} and {@link #outbox()}. It checks that a lapse reads back equal
 * (its fine case included) through a fresh instance; that an ID is recorded once (a second lapse
 * with it refused, nothing written, events included; IDs differing only in letter case are
 * different); and that the events reach the outbox with the lapse. IDs are unique per run, so no
 * reset is needed. // rule: SVC-19
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class AvailabilityLogContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final PersonId WANG = PersonId.of("tech-wang");
  private static final OrganizationUnit GROUP = OrganizationUnit.builder()
      .id(UnitId.of("service-1")).level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(WANG, BasePoints.of(1))).lead(WANG).build();
  private static final Instant AT = Instant.parse("2026-11-02T02:00:00.123456Z");

  /** For subclasses. */
  protected AvailabilityLogContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract AvailabilityLog freshAdapter();

  /**
   * The outbox the adapters write to.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  private static RequestId newId() {
    return RequestId.of("lapse-" + RUN + "-" + COUNTER.incrementAndGet());
  }

  private static AvailabilityLapse lapse(RequestId id, boolean fined) {
    AvailabilityLapse.Builder b = AvailabilityLapse.builder().eventId(id)
        .kind(LapseKind.PHONE_OFF).responsible(WANG).group(GROUP).from(AT)
        .to(AT.plusSeconds(1800)).recordedAt(AT.plusSeconds(3600));
    if (fined) {
      b.fineCase(FineCase.builder().kind(LapseKind.PHONE_OFF.fineKind()).occurredAt(AT)
          .responsible(WANG).group(GROUP).build());
    }
    return b.build();
  }

  private static OutboxEvent event(AvailabilityLapse l) {
    return OutboxEvent.of(AvailabilityLapse.KIND_CODE, l.eventId().value(), Version.of(1),
        List.of(new AvailabilityLapseRecorded(l.eventId(), l.kind(), l.responsible(), l.from(),
            l.to(), l.recordedAt()))).get(0);
  }

  private long inOutbox(EventId id) {
    return outbox().undelivered(100_000).stream().map(OutboxEvent::eventId)
        .filter(id::equals).count();
  }

  @Test
  void a_lapse_reads_back_equal_with_its_fine_case_through_a_fresh_adapter() {
    AvailabilityLapse fined = lapse(newId(), true);
    OutboxEvent event = event(fined);
    assertEquals(fined, freshAdapter().append(fined, List.of(event)));
    assertEquals(Optional.of(fined), freshAdapter().find(fined.eventId()));
    assertEquals(1, inOutbox(event.eventId()));
    AvailabilityLapse unfined = lapse(newId(), false);
    freshAdapter().append(unfined, List.of());
    assertEquals(Optional.of(unfined), freshAdapter().find(unfined.eventId()));
    assertEquals(Optional.empty(), freshAdapter().find(newId()));
  }

  @Test
  void an_id_is_recorded_once_and_a_refused_append_writes_nothing() {
    RequestId id = newId();
    AvailabilityLapse first = lapse(id, false);
    freshAdapter().append(first, List.of());
    AvailabilityLapse second = lapse(id, true);
    OutboxEvent event = event(second);
    assertThrows(DuplicateRequestException.class,
        () -> freshAdapter().append(second, List.of(event)));
    assertEquals(Optional.of(first), freshAdapter().find(id));
    assertEquals(0, inOutbox(event.eventId()));
    RequestId upper = RequestId.of(id.value().toUpperCase(java.util.Locale.ROOT));
    freshAdapter().append(lapse(upper, false), List.of());
    assertEquals(Optional.of(first), freshAdapter().find(id));
  }
}
