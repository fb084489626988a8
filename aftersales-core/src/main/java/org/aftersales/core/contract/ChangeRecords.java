package org.aftersales.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored change records (修改记录库), CON-07: the repository port the host implements over its
 * database. The testkit has a thread-safe in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a record only if the stored version is the one it carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for one never stored — so a new one
 *       for an ID already stored is refused), and stores it as the next version; otherwise it
 *       throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction.</li>
 *   <li>Nothing is deleted; a saved record reads back equal through any adapter instance over
 *       the same storage, instants to the microsecond.</li>
 *   <li>{@link #startingBetween} and {@link #startingBetweenAfter} answer, by change ID, the
 *       records whose {@link ChangeRecord#windowStart()} lies in {@code [from, to)} (keyset paging
 *       for the safeguard run); they see the latest stored version. A database adapter indexes the
 *       window's start.</li>
 * </ul>
 */
@Port
public interface ChangeRecords {

  /**
   * The stored record.
   *
   * @param id the change
   * @return it, or empty if none is stored
   */
  Optional<ChangeRecord> find(ChangeId id);

  /**
   * Stores {@code record}, expecting the stored version to be {@code record.version()}, and
   * appends {@code events} to the outbox, atomically.
   *
   * @param record the record to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return it as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new one); nothing is written
   */
  ChangeRecord save(ChangeRecord record, List<OutboxEvent> events);

  /**
   * The first page of the records whose window starts in {@code [from, to)}, by change ID, at
   * most {@code max}.
   *
   * @param from the start (inclusive)
   * @param to the end (exclusive)
   * @param max how many at most, 0 or more
   * @return them, by change ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ChangeRecord> startingBetween(Instant from, Instant to, int max);

  /**
   * The next page: as {@link #startingBetween(Instant, Instant, int)}, only those whose change ID
   * is after {@code after}.
   *
   * @param from the start (inclusive)
   * @param to the end (exclusive)
   * @param after the change ID of the last record of the previous page
   * @param max how many at most, 0 or more
   * @return them, by change ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<ChangeRecord> startingBetweenAfter(Instant from, Instant to, ChangeId after, int max);
}
