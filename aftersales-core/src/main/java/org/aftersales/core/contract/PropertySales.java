package org.aftersales.core.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored property sales (商品房销售档案), CON-09. The repository port the host implements over its database. The testkit has a
 * thread-safe in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a sale only if the stored version is the one it carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for one never stored — so a new one
 *       for an ID already stored is refused), and stores it as the next version; otherwise it
 *       throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction: after it returns
 *       both are stored; after it throws, either both are or neither is.</li>
 *   <li>Nothing is deleted; a saved sale reads back equal through any adapter instance over the
 *       same storage.</li>
 *   <li>{@link #dueBetween} and {@link #dueBetweenAfter} answer, by contract ID, the sales with at least one of their {@link PropertySale#reminders()} due in {@code [from, to)} (keyset
 *       paging for the reminder run); they see the latest stored version. A database adapter stores each sale's reminder days (a child table indexed by day).</li>
 * </ul>
 */
@Port
public interface PropertySales {

  /**
   * The stored sale.
   *
   * @param id the purchase contract
   * @return it, or empty if none is stored
   */
  Optional<PropertySale> find(ContractId id);

  /**
   * Stores {@code sale}, expecting the stored version to be {@code sale.version()}, and appends
   * {@code events} to the outbox, atomically.
   *
   * @param sale the sale to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return it as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new one); nothing is written
   */
  PropertySale save(PropertySale sale, List<OutboxEvent> events);

  /**
   * The first page: the sales with at least one of their {@link PropertySale#reminders()} due in {@code [from, to)}, by contract ID, at most {@code max}.
   *
   * @param from the first day (inclusive), a calendar date of the business's zone
   * @param to the day after the last (exclusive)
   * @param max how many at most, 0 or more
   * @return them, by contract ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<PropertySale> dueBetween(LocalDate from, LocalDate to, int max);

  /**
   * The next page: as {@link #dueBetween(LocalDate, LocalDate, int)}, only those whose
   * contract ID is after {@code after}.
   *
   * @param from the first day (inclusive)
   * @param to the day after the last (exclusive)
   * @param after the contract ID of the last one of the previous page
   * @param max how many at most, 0 or more
   * @return them, by contract ID
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before
   *     {@code from}
   */
  List<PropertySale> dueBetweenAfter(LocalDate from, LocalDate to, ContractId after, int max);
}
