package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The {@link Backups} port over PostgreSQL (备份记录库, CON-08): table {@code backup_obligation} —
 * the project ID as key, {@code version}, and the obligation as a {@code jsonb} document (its zone,
 * terms and recorded backups, instants to the microsecond). The safeguard run pages through every
 * obligation on the primary key's index.
 *
 * <p>{@link #save} inserts a new obligation ({@code INSERT … ON CONFLICT DO NOTHING}) or updates
 * the stored one where its version is the one the obligation carries ({@code UPDATE … WHERE
 * project_id = ? AND version = ?}), and appends the change's events to {@code outbox_event}, in
 * one {@link ConnectionSource#atomically} call: the host's transaction when one is open, else one
 * of its own. The row lock of that statement orders concurrent saves; a refusal
 * ({@link org.aftersales.core.shared.ConcurrentUpdateException}) leaves nothing written and the
 * host's transaction usable. Reads take no lock and rebuild the obligation through
 * {@link BackupObligation#of} and {@link BackupObligation#record}. Thread-safe.
 */
public final class JdbcBackups implements Backups {

  /** The document of a stored value. */
  static final DocumentTable.Codec<BackupObligation> CODEC = DocumentTable.Codec.via(
      ContractDocuments.Obligation::of, ContractDocuments.Obligation.class,
      ContractDocuments.Obligation::obligation);

  private final DocumentTable<ProjectId, BackupObligation> table;

  /**
   * A repository over the database behind {@code connections}.
   *
   * @param connections where the connection comes from (the host's transaction or its own)
   * @param json the documents' JSON form
   */
  public JdbcBackups(ConnectionSource connections, AftersalesJson json) {
    this.table = new DocumentTable<>(connections, json, "backup_obligation", "project_id",
        List.of(), MessageBundle.CORE.message("core.backup.kind"), BackupObligation::project,
        BackupObligation::version, BackupObligation::withVersion,
        CODEC,
        (s, i, obligation) -> i, null);
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
    return table.page("TRUE", (s, i) -> i, null, max);
  }

  @Override
  public List<BackupObligation> allAfter(ProjectId after, int max) {
    return table.page("TRUE", (s, i) -> i, requireNonNull(after, "after"), max);
  }

  /**
   * E.g. {@code JdbcBackups[backup_obligation]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcBackups[backup_obligation]";
  }
}
