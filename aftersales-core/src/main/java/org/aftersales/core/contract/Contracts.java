package org.aftersales.core.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored contract files (合同档案库): the repository port the host implements over its
 * database. The testkit has a thread-safe in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a file only if the stored version is the one the file carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a file never stored — so a new
 *       file for a contract ID already stored is refused), and stores it as the next version;
 *       otherwise it throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction as the file:
 *       after it returns both are stored; after it throws, either both are or neither is.</li>
 *   <li>Files are never deleted; a saved file reads back equal through any adapter instance over
 *       the same storage.</li>
 *   <li>{@link #overlapping} and {@link #overlappingAfter} answer, by contract ID, the files
 *       whose contract covers at least one day of {@code [from, to)} — {@code start < to} and
 *       {@code end >= from}, none for an empty window (keyset paging for the obligation run); they see the latest stored
 *       version of each file. A database adapter indexes the contracts' first and last days.</li>
 * </ul>
 */
@Port
public interface Contracts {

  /**
   * The file of a contract.
   *
   * @param id the contract
   * @return the stored file, or empty if the contract was never registered
   */
  Optional<ContractFile> find(ContractId id);

  /**
   * Stores {@code file}, expecting the stored version to be {@code file.version()}, and appends
   * {@code events} to the outbox, atomically.
   *
   * @param file the file to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return the file as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new file); nothing is written
   */
  ContractFile save(ContractFile file, List<OutboxEvent> events);

  /**
   * The first page of the files whose contract covers a day of {@code [from, to)}, by contract
   * ID, at most {@code max}.
   *
   * @param from the first day (inclusive), a calendar date of the business's zone
   * @param to the day after the last (exclusive)
   * @param max how many at most, 0 or more
   * @return the files, by contract ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ContractFile> overlapping(LocalDate from, LocalDate to, int max);

  /**
   * The next page: as {@link #overlapping(LocalDate, LocalDate, int)}, only the files whose
   * contract ID is after {@code after} (keyset paging: none is answered twice in one run).
   *
   * @param from the first day (inclusive)
   * @param to the day after the last (exclusive)
   * @param after the contract ID of the last file of the previous page
   * @param max how many at most, 0 or more
   * @return the files, by contract ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ContractFile> overlappingAfter(LocalDate from, LocalDate to, ContractId after, int max);
}
