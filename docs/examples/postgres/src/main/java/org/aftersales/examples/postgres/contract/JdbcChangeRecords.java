package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The {@link ChangeRecords} port over PostgreSQL (修改记录库, CON-07): table
 * {@code change_record} — the change ID as key, {@code version}, the {@link ChangeRecord} as a
 * {@code jsonb} document, and its {@code window_start} ({@code timestamptz}: the library's whole
 * microseconds, stored exactly) for the safeguard run's query (index
 * {@code change_record_window_start}).
 *
 * <p>{@link #save} inserts a new record ({@code INSERT … ON CONFLICT DO NOTHING}) or updates the
 * stored one where its version is the one the record carries ({@code UPDATE … WHERE change_id = ?
 * AND version = ?}), and appends the change's events to {@code outbox_event}, in one
 * {@link ConnectionSource#atomically} call: the host's transaction when one is open, else one of
 * its own. The row lock of that statement orders concurrent saves; a refusal
 * ({@link org.aftersales.core.shared.ConcurrentUpdateException}) leaves nothing written and the
 * host's transaction usable. Reads take no lock. Thread-safe.
 */
public final class JdbcChangeRecords implements ChangeRecords {

  /** The table. */
  static final String TABLE = "change_record";
  /** Its key column. */
  static final String KEY = "change_id";
  /** The run query's filter over the row {@code t}: its parameters are the window's. */
  static final String RUN_FILTER = "t.window_start >= ? AND t.window_start < ?";

  /** The document of a stored value. */
  static final DocumentTable.Codec<ChangeRecord> CODEC =
      DocumentTable.Codec.as(ChangeRecord.class);

  private final DocumentTable<ChangeId, ChangeRecord> table;

  /**
   * A repository over the database behind {@code connections}.
   *
   * @param connections where the connection comes from (the host's transaction or its own)
   * @param json the documents' JSON form
   */
  public JdbcChangeRecords(ConnectionSource connections, AftersalesJson json) {
    this.table = new DocumentTable<>(connections, json, TABLE, KEY,
        List.of("window_start"), MessageBundle.CORE.message("core.change.kind"),
        ChangeRecord::id, ChangeRecord::version, ChangeRecord::withVersion,
        CODEC,
        (s, i, change) -> {
          DocumentTable.setInstant(s, i, change.windowStart());
          return i + 1;
        }, null);
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
    return starting(from, to, null, max);
  }

  @Override
  public List<ChangeRecord> startingBetweenAfter(Instant from, Instant to, ChangeId after,
      int max) {
    return starting(from, to, requireNonNull(after, "after"), max);
  }

  private List<ChangeRecord> starting(Instant from, Instant to, ChangeId after, int max) {
    DocumentTable.requireWindow(from, to);
    return table.page(RUN_FILTER, (s, i) -> {
      DocumentTable.setInstant(s, i, from);
      DocumentTable.setInstant(s, i + 1, to);
      return i + 2;
    }, after, max);
  }

  /**
   * E.g. {@code JdbcChangeRecords[change_record]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcChangeRecords[change_record]";
  }
}
