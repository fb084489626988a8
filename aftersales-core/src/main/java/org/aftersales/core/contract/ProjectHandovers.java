package org.aftersales.core.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored project handovers (项目移交库), CON-03. The repository port the host implements over its database. The testkit has a
 * thread-safe in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a handover only if the stored version is the one it carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for one never stored — so a new one
 *       for an ID already stored is refused), and stores it as the next version; otherwise it
 *       throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction: after it returns
 *       both are stored; after it throws, either both are or neither is.</li>
 *   <li>Nothing is deleted; a saved handover reads back equal through any adapter instance over the
 *       same storage.</li>
 *   <li>{@link #dueBetween} and {@link #dueBetweenAfter} answer, by project ID, the handovers whose {@link ProjectHandover#joinBy()} or {@link ProjectHandover#dueBy()} lies in {@code [from, to)} (keyset
 *       paging for the reminder run); they see the latest stored version. A database adapter stores and indexes both days.</li>
 * </ul>
 */
@Port
public interface ProjectHandovers {

  /**
   * The stored handover.
   *
   * @param id the project
   * @return it, or empty if none is stored
   */
  Optional<ProjectHandover> find(ProjectId id);

  /**
   * Stores {@code handover}, expecting the stored version to be {@code handover.version()}, and appends
   * {@code events} to the outbox, atomically.
   *
   * @param handover the handover to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return it as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new one); nothing is written
   */
  ProjectHandover save(ProjectHandover handover, List<OutboxEvent> events);

  /**
   * The first page: the handovers whose {@link ProjectHandover#joinBy()} or {@link ProjectHandover#dueBy()} lies in {@code [from, to)}, by project ID, at most {@code max}.
   *
   * @param from the first day (inclusive), a calendar date of the business's zone
   * @param to the day after the last (exclusive)
   * @param max how many at most, 0 or more
   * @return them, by project ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ProjectHandover> dueBetween(LocalDate from, LocalDate to, int max);

  /**
   * The next page: as {@link #dueBetween(LocalDate, LocalDate, int)}, only those whose
   * project ID is after {@code after}.
   *
   * @param from the first day (inclusive)
   * @param to the day after the last (exclusive)
   * @param after the project ID of the last one of the previous page
   * @param max how many at most, 0 or more
   * @return them, by project ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ProjectHandover> dueBetweenAfter(LocalDate from, LocalDate to, ProjectId after, int max);
}
