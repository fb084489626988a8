package org.aftersales.testkit.workreport;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link AvailabilityLog} (热线 / 手机失联登记簿) for tests: each
 * lapse once per ID, events to the outbox of the same {@link InMemoryDatabase}, nothing written
 * on a refusal.
 */
public final class InMemoryAvailabilityLog implements AvailabilityLog {

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<RequestId, AvailabilityLapse> byId;
  private final InMemoryOutbox outbox;

  private InMemoryAvailabilityLog(InMemoryDatabase database) {
    this.database = database;
    this.byId = database.table("availabilityLog.byEventId");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A log over a new, empty database of its own.
   *
   * @return the log
   */
  public static InMemoryAvailabilityLog create() {
    return new InMemoryAvailabilityLog(InMemoryDatabase.create());
  }

  /**
   * A log whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the log
   */
  public static InMemoryAvailabilityLog over(InMemoryDatabase database) {
    return new InMemoryAvailabilityLog(requireNonNull(database, "database"));
  }

  /**
   * The outbox this log writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public Optional<AvailabilityLapse> find(RequestId eventId) {
    requireNonNull(eventId, "eventId");
    return database.atomically(() -> Optional.ofNullable(byId.get(eventId)));
  }

  @Override
  public AvailabilityLapse append(AvailabilityLapse lapse, List<OutboxEvent> events) {
    requireNonNull(lapse, "lapse");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      if (byId.get(lapse.eventId()) != null) {
        throw new DuplicateRequestException(AvailabilityLapse.KIND, lapse.eventId());
      }
      outbox.append(toAppend);
      byId.put(lapse.eventId(), lapse);
      return lapse;
    });
  }

  /**
   * Every recorded lapse, in the order recorded.
   *
   * @return the lapses
   */
  public List<AvailabilityLapse> all() {
    return database.atomically(byId::values);
  }
}
