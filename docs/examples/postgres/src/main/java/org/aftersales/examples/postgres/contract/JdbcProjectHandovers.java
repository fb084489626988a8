package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The {@link ProjectHandovers} port over PostgreSQL (项目移交库, CON-03): table
 * {@code project_handover} — the project ID as key, {@code version}, the handover as a
 * {@code jsonb} document (its project, final acceptance, zone, terms, recorded documents and
 * completion), and its {@code join_by} and {@code due_by} days for the reminder run's query
 * (indexes {@code project_handover_join_by}, {@code project_handover_due_by}).
 *
 * <p>{@link #save} inserts a new handover ({@code INSERT … ON CONFLICT DO NOTHING}) or updates
 * the stored one where its version is the one the handover carries ({@code UPDATE … WHERE
 * project_id = ? AND version = ?}), and appends the change's events to {@code outbox_event}, in
 * one {@link ConnectionSource#atomically} call: the host's transaction when one is open, else one
 * of its own. The row lock of that statement orders concurrent saves; a refusal
 * ({@link org.aftersales.core.shared.ConcurrentUpdateException}) leaves nothing written and the
 * host's transaction usable. Reads take no lock and rebuild the handover through
 * {@link ProjectHandover#of}, {@link ProjectHandover#record} and {@link ProjectHandover#complete},
 * which check it again. Thread-safe.
 */
public final class JdbcProjectHandovers implements ProjectHandovers {

  /** The table. */
  static final String TABLE = "project_handover";
  /** Its key column. */
  static final String KEY = "project_id";
  /** The run query's filter over the row {@code t}: its parameters are the window's. */
  static final String RUN_FILTER =
      "((t.join_by >= ? AND t.join_by < ?) OR (t.due_by >= ? AND t.due_by < ?))";

  /** The document of a stored value. */
  static final DocumentTable.Codec<ProjectHandover> CODEC = DocumentTable.Codec.via(
      ContractDocuments.Handover::of, ContractDocuments.Handover.class,
      ContractDocuments.Handover::handover);

  private final DocumentTable<ProjectId, ProjectHandover> table;

  /**
   * A repository over the database behind {@code connections}.
   *
   * @param connections where the connection comes from (the host's transaction or its own)
   * @param json the documents' JSON form
   */
  public JdbcProjectHandovers(ConnectionSource connections, AftersalesJson json) {
    this.table = new DocumentTable<>(connections, json, TABLE, KEY,
        List.of("join_by", "due_by"), MessageBundle.CORE.message("core.handover.kind"),
        ProjectHandover::project, ProjectHandover::version, ProjectHandover::withVersion,
        CODEC,
        (s, i, handover) -> {
          s.setObject(i, handover.joinBy());
          s.setObject(i + 1, handover.dueBy());
          return i + 2;
        }, null);
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
    return due(from, to, null, max);
  }

  @Override
  public List<ProjectHandover> dueBetweenAfter(LocalDate from, LocalDate to, ProjectId after,
      int max) {
    return due(from, to, requireNonNull(after, "after"), max);
  }

  private List<ProjectHandover> due(LocalDate from, LocalDate to, ProjectId after, int max) {
    DocumentTable.requireWindow(from, to);
    return table.page(RUN_FILTER,
        (s, i) -> {
          s.setObject(i, from);
          s.setObject(i + 1, to);
          s.setObject(i + 2, from);
          s.setObject(i + 3, to);
          return i + 4;
        }, after, max);
  }

  /**
   * E.g. {@code JdbcProjectHandovers[project_handover]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcProjectHandovers[project_handover]";
  }
}
