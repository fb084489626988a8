package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link ProjectHandovers} repository (项目移交库) for tests and demos. It
 * keeps the port's whole contract: optimistic versions, the change's events written to the outbox
 * with the handover, nothing written on a refusal, nothing ever deleted, the reminder run's query by
 * project ID. Its table lives in an {@link InMemoryDatabase} beside the outbox of the same database
 * ({@link #over}, {@link #create()}, {@link #freshInstanceOverSameStorage()}); the query scans
 * every stored handover (fine for tests; a database adapter indexes the days).
 */
public final class InMemoryProjectHandovers implements ProjectHandovers {

  private final VersionedTable<ProjectId, ProjectHandover> table;

  private InMemoryProjectHandovers(InMemoryDatabase database) {
    this.table = new VersionedTable<>(database, "handovers.byProject",
        MessageBundle.CORE.message("core.handover.kind"), ProjectHandover::project, ProjectHandover::version,
        ProjectHandover::withVersion);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryProjectHandovers create() {
    return new InMemoryProjectHandovers(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryProjectHandovers over(InMemoryDatabase database) {
    return new InMemoryProjectHandovers(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryProjectHandovers freshInstanceOverSameStorage() {
    return new InMemoryProjectHandovers(table.database());
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
  public Optional<ProjectHandover> find(ProjectId id) {
    return table.find(id);
  }

  @Override
  public ProjectHandover save(ProjectHandover handover, List<OutboxEvent> events) {
    return table.save(handover, events);
  }

  @Override
  public List<ProjectHandover> dueBetween(LocalDate from, LocalDate to, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(null, max, v -> due(v, from, to));
  }

  @Override
  public List<ProjectHandover> dueBetweenAfter(LocalDate from, LocalDate to, ProjectId after, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(requireNonNull(after, "after"), max, v -> due(v, from, to));
  }

  /**
   * Everything stored, by project ID.
   *
   * @return a snapshot
   */
  public List<ProjectHandover> all() {
    return table.all();
  }

  private static boolean due(ProjectHandover handover, LocalDate from, LocalDate to) {
    return inWindow(handover.joinBy(), from, to) || inWindow(handover.dueBy(), from, to);
  }

  private static boolean inWindow(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && day.isBefore(to);
  }

  /**
   * E.g. {@code InMemoryProjectHandovers[3 stored]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryProjectHandovers[" + table.size() + " stored]";
  }
}
