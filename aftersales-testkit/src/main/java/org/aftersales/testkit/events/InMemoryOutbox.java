package org.aftersales.testkit.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * The {@link Outbox} in memory (发件箱): a table of an {@link InMemoryDatabase}, written by the
 * testkit's in-memory repositories in the same lock (and transaction) as their aggregates, read
 * and marked by the {@link org.aftersales.core.shared.EventRelay}. Keeps the port's whole contract:
 * oldest first, exact IDs, marking idempotent. Delivered events are kept (marked), so a test can
 * still list them.
 */
public final class InMemoryOutbox implements Outbox {

  /** One stored event and whether it was delivered. */
  private record Row(OutboxEvent event, boolean delivered) {}

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<EventId, Row> rows;

  private InMemoryOutbox(InMemoryDatabase database) {
    this.database = database;
    this.rows = database.table("outbox");
  }

  /**
   * The outbox of {@code database}; every instance over one database sees the same events.
   *
   * @param database the database
   * @return the outbox
   */
  public static InMemoryOutbox over(InMemoryDatabase database) {
    return new InMemoryOutbox(requireNonNull(database, "database"));
  }

  /**
   * Appends a change's events; for repositories, inside their own
   * {@link InMemoryDatabase#atomically} block so that state and events are written together. An
   * event whose ID is already stored is a bug of the caller and fails the whole append before
   * anything is written.
   *
   * @param events the events, in order
   * @throws IllegalStateException if an ID is already stored
   */
  public void append(List<OutboxEvent> events) {
    requireNonNull(events, "events");
    database.atomically(() -> {
      for (OutboxEvent e : events) {
        if (rows.get(requireNonNull(e, "event").eventId()) != null) {
          throw new IllegalStateException("event " + e.eventId() + " is already in the outbox");
        }
      }
      events.forEach(e -> rows.put(e.eventId(), new Row(e, false)));
      return null;
    });
  }

  @Override
  public List<OutboxEvent> undelivered(int max) {
    if (max < 1) {
      throw InvalidInputException.of("max", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), max);
    }
    return database.atomically(() -> {
      List<OutboxEvent> out = new ArrayList<>();
      for (Row row : rows.values()) {
        if (!row.delivered()) {
          out.add(row.event());
          if (out.size() == max) {
            break;
          }
        }
      }
      return List.copyOf(out);
    });
  }

  @Override
  public void markDelivered(EventId eventId) {
    requireNonNull(eventId, "eventId");
    database.atomically(() -> {
      Row row = rows.get(eventId);
      if (row != null && !row.delivered()) {
        rows.put(eventId, new Row(row.event(), true));
      }
      return null;
    });
  }

  /**
   * Every event stored, delivered or not, in the order stored.
   *
   * @return the events
   */
  public List<OutboxEvent> all() {
    return database.atomically(() -> rows.values().stream().map(Row::event).toList());
  }

  /**
   * E.g. {@code InMemoryOutbox[5 events, 2 undelivered]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return database.atomically(() -> "InMemoryOutbox[" + rows.size() + " events, "
        + rows.values().stream().filter(r -> !r.delivered()).count() + " undelivered]");
  }
}
