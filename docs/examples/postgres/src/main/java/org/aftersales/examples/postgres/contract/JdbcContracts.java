package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The {@link Contracts} port over PostgreSQL (合同档案库): table {@code contract_file} — the
 * contract ID as key, {@code version}, the {@link ContractFile} as a {@code jsonb} document, and
 * the contract's {@code first_day} and {@code last_day} for the obligation run's query (index
 * {@code contract_file_last_day}).
 *
 * <p>{@link #save} inserts a new file ({@code INSERT … ON CONFLICT DO NOTHING}) or updates the
 * stored one where its version is the one the file carries ({@code UPDATE … WHERE contract_id = ?
 * AND version = ?}), and appends the change's events to {@code outbox_event}, in one
 * {@link ConnectionSource#atomically} call: the host's transaction when one is open, else one of
 * its own. The row lock of that statement orders concurrent saves; a refusal
 * ({@link org.aftersales.core.shared.ConcurrentUpdateException}) leaves nothing written and the
 * host's transaction usable. Reads take no lock. Thread-safe; instances over one database share
 * everything.
 */
public final class JdbcContracts implements Contracts {

  /** The table. */
  static final String TABLE = "contract_file";
  /** Its key column. */
  static final String KEY = "contract_id";
  /** The run query's filter over the row {@code t}: its parameters are the window's. */
  static final String RUN_FILTER = "t.first_day < ? AND t.last_day >= ?";

  /** The document of a stored value. */
  static final DocumentTable.Codec<ContractFile> CODEC =
      DocumentTable.Codec.as(ContractFile.class);

  private final DocumentTable<ContractId, ContractFile> table;

  /**
   * A repository over the database behind {@code connections}.
   *
   * @param connections where the connection comes from (the host's transaction or its own)
   * @param json the documents' JSON form
   */
  public JdbcContracts(ConnectionSource connections, AftersalesJson json) {
    this.table = new DocumentTable<>(connections, json, TABLE, KEY,
        List.of("first_day", "last_day"), ContractFile.KIND, ContractFile::id,
        ContractFile::version, ContractFile::withVersion,
        CODEC,
        (s, i, file) -> {
          s.setObject(i, file.contract().start());
          s.setObject(i + 1, file.contract().end());
          return i + 2;
        }, null);
  }

  @Override
  public Optional<ContractFile> find(ContractId id) {
    return table.find(id);
  }

  @Override
  public ContractFile save(ContractFile file, List<OutboxEvent> events) {
    return table.save(file, events);
  }

  @Override
  public List<ContractFile> overlapping(LocalDate from, LocalDate to, int max) {
    return overlapping(from, to, null, max);
  }

  @Override
  public List<ContractFile> overlappingAfter(LocalDate from, LocalDate to, ContractId after,
      int max) {
    return overlapping(from, to, requireNonNull(after, "after"), max);
  }

  private List<ContractFile> overlapping(LocalDate from, LocalDate to, ContractId after,
      int max) {
    DocumentTable.requireWindow(from, to);
    DocumentTable.requireMax(max);
    if (from.equals(to)) {
      return List.of(); // an empty window covers no day
    }
    return table.page(RUN_FILTER, (s, i) -> {
      s.setObject(i, to);
      s.setObject(i + 1, from);
      return i + 2;
    }, after, max);
  }

  /**
   * E.g. {@code JdbcContracts[contract_file]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcContracts[contract_file]";
  }
}
