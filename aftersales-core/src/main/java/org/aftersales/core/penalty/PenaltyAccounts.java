package org.aftersales.core.penalty;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored penalty ledgers, one per person (罚款台账库): the repository port the host implements
 * over its database. The testkit has a thread-safe in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a ledger only if the stored version is the one the ledger carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a ledger never stored — so a new
 *       ledger for a person who already has one is refused), and stores it as the next version;
 *       otherwise it throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction as the ledger:
 *       after it returns both are stored; after it throws, either both are or neither is.</li>
 *   <li>Ledgers are never deleted; a saved ledger reads back equal through any adapter instance
 *       over the same storage.</li>
 *   <li>{@link #toSettle} and {@link #toSettleAfter} answer, by person ID, the ledgers
 *       {@link PersonPenaltyLedger#toSettle(YearMonth) to settle} in a month after a position
 *       (keyset paging for the month-end run); it sees the latest stored version of each
 *       ledger.</li>
 * </ul>
 */
@Port
public interface PenaltyAccounts {

  /**
   * The ledger of a person.
   *
   * @param person the person
   * @return the stored ledger, or empty if nothing was ever posted to them
   */
  Optional<PersonPenaltyLedger> find(PersonId person);

  /**
   * Stores {@code ledger}, expecting the stored version to be {@code ledger.version()}, and
   * appends {@code events} to the outbox, atomically.
   *
   * @param ledger the ledger to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return the ledger as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new ledger); nothing is written
   */
  PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events);

  /**
   * The first page of the month-end run of {@code month}: the ledgers with work for it
   * ({@link PersonPenaltyLedger#toSettle(YearMonth)}: open items, pending postings of the month or
   * earlier, or the month already settled), by {@link PersonId} order, at most {@code max}.
   *
   * @param month the month of the run
   * @param max how many at most, 0 or more
   * @return the ledgers, by person ID
   * @throws InvalidInputException if {@code max} is negative
   */
  List<PersonPenaltyLedger> toSettle(YearMonth month, int max);

  /**
   * The next page of the month-end run of {@code month}: as {@link #toSettle(YearMonth, int)},
   * only the ledgers whose person ID is after {@code after} (keyset paging: none is answered twice
   * in one run).
   *
   * @param month the month of the run
   * @param after the person ID of the last ledger of the previous page
   * @param max how many at most, 0 or more
   * @return the ledgers, by person ID
   * @throws InvalidInputException if {@code max} is negative
   */
  List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max);
}
