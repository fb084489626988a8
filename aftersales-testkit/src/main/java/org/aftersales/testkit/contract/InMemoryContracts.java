package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
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

  private static final Comparator<ContractFile> BY_ID = Comparator.comparing(ContractFile::id);

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<ContractId, ContractFile> byId;
  private final InMemoryOutbox outbox;

  private InMemoryContracts(InMemoryDatabase database) {
    this.database = database;
    this.byId = database.table("contracts.byId");
    this.outbox = InMemoryOutbox.over(database);
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
    return new InMemoryContracts(database);
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public Optional<ContractFile> find(ContractId id) {
    requireNonNull(id, "id");
    return database.atomically(() -> Optional.ofNullable(byId.get(id)));
  }

  @Override
  public ContractFile save(ContractFile file, List<OutboxEvent> events) {
    requireNonNull(file, "file");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      ContractFile stored = byId.get(file.id());
      Version expected = file.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(ContractFile.KIND, file.id().value(), expected,
            actual);
      }
      ContractFile saved = file.withVersion(expected.next());
      outbox.append(toAppend);
      byId.put(saved.id(), saved);
      return saved;
    });
  }

  @Override
  public List<ContractFile> overlapping(LocalDate from, LocalDate to, int max) {
    requireWindow(from, to, max);
    return database.atomically(() -> byId.values().stream().sorted(BY_ID)
        .filter(f -> covers(f, from, to)).limit(max).toList());
  }

  @Override
  public List<ContractFile> overlappingAfter(LocalDate from, LocalDate to, ContractId after,
      int max) {
    requireWindow(from, to, max);
    requireNonNull(after, "after");
    return database.atomically(() -> byId.values().stream()
        .filter(f -> f.id().compareTo(after) > 0).sorted(BY_ID)
        .filter(f -> covers(f, from, to)).limit(max).toList());
  }

  /**
   * Every stored file, by contract ID.
   *
   * @return a snapshot
   */
  public List<ContractFile> all() {
    return database.atomically(() -> byId.values().stream().sorted(BY_ID).toList());
  }

  private static boolean covers(ContractFile file, LocalDate from, LocalDate to) {
    return file.contract().start().isBefore(to) && !file.contract().end().isBefore(from);
  }

  private static void requireWindow(LocalDate from, LocalDate to, int max) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
  }

  /**
   * E.g. {@code InMemoryContracts[3 files]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryContracts[" + database.atomically(byId::size) + " files]";
  }
}
