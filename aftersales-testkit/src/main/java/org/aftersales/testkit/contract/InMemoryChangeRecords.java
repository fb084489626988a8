package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link ChangeRecords} repository (修改记录库) for tests and
 * demos: optimistic versions, events to the outbox with the record, nothing written on a refusal,
 * nothing deleted, the safeguard run's query by change ID. Its table lives in an
 * {@link InMemoryDatabase} beside the outbox of the same database; the query scans every stored
 * record (a database adapter indexes the window's start).
 */
public final class InMemoryChangeRecords implements ChangeRecords {

  private final VersionedTable<ChangeId, ChangeRecord> table;

  private InMemoryChangeRecords(InMemoryDatabase database) {
    this.table = new VersionedTable<>(database, "changes.byId",
        MessageBundle.CORE.message("core.change.kind"), ChangeRecord::id, ChangeRecord::version,
        ChangeRecord::withVersion);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryChangeRecords create() {
    return new InMemoryChangeRecords(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryChangeRecords over(InMemoryDatabase database) {
    return new InMemoryChangeRecords(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryChangeRecords freshInstanceOverSameStorage() {
    return new InMemoryChangeRecords(table.database());
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return table.outbox();
  }

  @Override
  public Optional<ChangeRecord> find(ChangeId id) {
    return table.find(id);
  }

  @Override
  public ChangeRecord save(ChangeRecord record, List<OutboxEvent> events) {
    return table.save(record, events);
  }

  @Override
  public List<ChangeRecord> startingBetween(Instant from, Instant to, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(null, max, c -> starts(c, from, to));
  }

  @Override
  public List<ChangeRecord> startingBetweenAfter(Instant from, Instant to, ChangeId after,
      int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(requireNonNull(after, "after"), max, c -> starts(c, from, to));
  }

  private static boolean starts(ChangeRecord change, Instant from, Instant to) {
    return !change.windowStart().isBefore(from) && change.windowStart().isBefore(to);
  }

  /**
   * Everything stored, by ID.
   *
   * @return a snapshot
   */
  public List<ChangeRecord> all() {
    return table.all();
  }

  /**
   * E.g. {@code InMemoryChangeRecords[3 stored]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryChangeRecords[" + table.size() + " stored]";
  }
}
