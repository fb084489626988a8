package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link Contracts} repository (合同档案库) for tests and demos.
 * It keeps the port's whole contract: optimistic versions, the change's events written to the
 * outbox with the file, nothing written on a refusal, nothing ever deleted, the run's query by
 * contract ID over the contracts covering a day of the window.
 *
 * <p>Its table lives in an {@link InMemoryDatabase}, with the {@link InMemoryOutbox} of the same
 * database: {@link #over(InMemoryDatabase)} joins a database shared with other adapters (the
 * notice log's, for one transaction across both); {@link #create()} makes a database of its own;
 * {@link #freshInstanceOverSameStorage()} shares this instance's database. The run's query scans
 * every stored file (fine for tests; a database adapter indexes the first and last days).
 */
public final class InMemoryContracts implements Contracts {

  private final VersionedTable<ContractId, ContractFile> table;

  private InMemoryContracts(InMemoryDatabase database) {
    this.table = new VersionedTable<>(database, "contracts.byId", ContractFile.KIND,
        ContractFile::id, ContractFile::version, ContractFile::withVersion);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryContracts create() {
    return new InMemoryContracts(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryContracts over(InMemoryDatabase database) {
    return new InMemoryContracts(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryContracts freshInstanceOverSameStorage() {
    return new InMemoryContracts(table.database());
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
  public Optional<ContractFile> find(ContractId id) {
    return table.find(id);
  }

  @Override
  public ContractFile save(ContractFile file, List<OutboxEvent> events) {
    return table.save(file, events);
  }

  @Override
  public List<ContractFile> overlapping(LocalDate from, LocalDate to, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(null, max, f -> covers(f, from, to));
  }

  @Override
  public List<ContractFile> overlappingAfter(LocalDate from, LocalDate to, ContractId after,
      int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(requireNonNull(after, "after"), max, f -> covers(f, from, to));
  }

  /**
   * Every stored file, by contract ID.
   *
   * @return a snapshot
   */
  public List<ContractFile> all() {
    return table.all();
  }

  private static boolean covers(ContractFile file, LocalDate from, LocalDate to) {
    return from.isBefore(to) && file.contract().start().isBefore(to)
        && !file.contract().end().isBefore(from);
  }

  /**
   * E.g. {@code InMemoryContracts[3 files]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryContracts[" + table.size() + " files]";
  }
}
