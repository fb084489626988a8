package org.aftersales.core.contract;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored backup obligations with their recorded backups (备份记录库), CON-08: the repository
 * port the host implements over its database. The testkit has a thread-safe in-memory adapter and
 * an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores an obligation only if the stored version is the one it carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for one never stored — so a new one
 *       for a project already stored is refused), and stores it as the next version; otherwise it
 *       throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction.</li>
 *   <li>Nothing is deleted; a saved obligation reads back equal through any adapter instance over
 *       the same storage, instants to the microsecond.</li>
 *   <li>{@link #all} and {@link #allAfter} page through every stored obligation by project ID
 *       (keyset paging for the safeguard run); they see the latest stored version.</li>
 * </ul>
 */
@Port
public interface Backups {

  /**
   * The stored obligation of a project.
   *
   * @param project the project
   * @return it, or empty if none is stored
   */
  Optional<BackupObligation> find(ProjectId project);

  /**
   * Stores {@code obligation}, expecting the stored version to be {@code obligation.version()},
   * and appends {@code events} to the outbox, atomically.
   *
   * @param obligation the obligation to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return it as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new one); nothing is written
   */
  BackupObligation save(BackupObligation obligation, List<OutboxEvent> events);

  /**
   * The first page of every stored obligation, by project ID, at most {@code max}.
   *
   * @param max how many at most, 0 or more
   * @return them, by project ID
   * @throws InvalidInputException if {@code max} is negative
   */
  List<BackupObligation> all(int max);

  /**
   * The next page: the obligations whose project ID is after {@code after}.
   *
   * @param after the project ID of the last obligation of the previous page
   * @param max how many at most, 0 or more
   * @return them, by project ID
   * @throws InvalidInputException if {@code max} is negative
   */
  List<BackupObligation> allAfter(ProjectId after, int max);
}
