package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link Backups} repository (备份记录库) for tests and demos:
 * optimistic versions, events to the outbox with the obligation, nothing written on a refusal,
 * nothing deleted, pages by project ID. Its table lives in an {@link InMemoryDatabase} beside the
 * outbox of the same database.
 */
public final class InMemoryBackups implements Backups {

  private final VersionedTable<ProjectId, BackupObligation> table;

  private InMemoryBackups(InMemoryDatabase database) {
    this.table = new VersionedTable<>(database, "backups.byProject",
        MessageBundle.CORE.message("core.backup.kind"), BackupObligation::project,
        BackupObligation::version, BackupObligation::withVersion);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryBackups create() {
    return new InMemoryBackups(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryBackups over(InMemoryDatabase database) {
    return new InMemoryBackups(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryBackups freshInstanceOverSameStorage() {
    return new InMemoryBackups(table.database());
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
  public Optional<BackupObligation> find(ProjectId project) {
    return table.find(project);
  }

  @Override
  public BackupObligation save(BackupObligation obligation, List<OutboxEvent> events) {
    return table.save(obligation, events);
  }

  @Override
  public List<BackupObligation> all(int max) {
    return table.page(null, max, b -> true);
  }

  @Override
  public List<BackupObligation> allAfter(ProjectId after, int max) {
    return table.page(requireNonNull(after, "after"), max, b -> true);
  }

  /**
   * Everything stored, by project ID.
   *
   * @return a snapshot
   */
  public List<BackupObligation> stored() {
    return table.all();
  }

  /**
   * E.g. {@code InMemoryBackups[3 stored]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryBackups[" + table.size() + " stored]";
  }
}
