package org.aftersales.core.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;
import org.aftersales.core.shared.RequestId;

/**
 * The stored complaint cases (投诉案件库): the repository port the host application implements
 * over its database. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a case only if the stored version is the one the case carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a case never stored), and stores
 *       it as the next version; otherwise it throws {@link ConcurrentUpdateException} and writes
 *       nothing.</li>
 *   <li>Request IDs are unique across cases: storing a new case whose request ID another case
 *       already has throws {@link DuplicateRequestException} and writes nothing.</li>
 *   <li><b>State and events together.</b> {@link #save} appends the change's events to the
 *       {@link org.aftersales.core.shared.Outbox outbox} in the same transaction as the case: after
 *       it returns both are stored; after it throws, either both are or neither is (a failure
 *       after the commit — the reply lost — leaves both stored; a retry of the command then finds
 *       the stored case by its request ID).</li>
 *   <li>Cases are never deleted; a saved case reads back equal through any adapter instance over
 *       the same storage — every attribute, instants to the microsecond (the library never
 *       creates finer ones, see {@link org.aftersales.core.shared.TimePrecision}).</li>
 *   <li>Numbers are compared by series and text, request IDs exactly (case-sensitive, full
 *       Unicode): a storage with case-insensitive collation must not be used as is.</li>
 *   <li><b>Queries</b> see the latest stored version of each case: {@link #inProgress} and
 *       {@link #inProgressAfter} the cases still being handled ({@link ComplaintStatus#OPEN} or
 *       {@link ComplaintStatus#DECIDED}) in {@link DocumentNumber} order (keyset paging for the
 *       reminder run); {@link #closedBetween} the cases closed in a half-open interval.
 *       {@link #inProgressAfter} has a default over {@link #inProgress}: correct for any adapter,
 *       but it reads every case in progress; an adapter over a database overrides it with an
 *       indexed query.</li>
 * </ul>
 */
@Port
public interface Complaints {

  /**
   * The case with this number.
   *
   * @param number the case number
   * @return the stored case, or empty
   */
  Optional<ComplaintCase> find(DocumentNumber number);

  /**
   * The case registered with this request ID.
   *
   * @param requestId the registration's request ID
   * @return the stored case, or empty
   */
  Optional<ComplaintCase> findByRequestId(RequestId requestId);

  /**
   * Stores {@code complaint}, expecting the stored version to be {@code complaint.version()}, and
   * appends {@code events} to the outbox, atomically.
   *
   * @param complaint the case to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return the case as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new case); nothing is written
   * @throws DuplicateRequestException if a new case's request ID belongs to another case; nothing
   *     is written
   */
  ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events);

  /**
   * The cases in progress (open or decided), in {@link DocumentNumber} order (series, period,
   * serial), at most {@code max} of them.
   *
   * @param max how many at most, 0 or more
   * @return the first cases in progress, in that order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  List<ComplaintCase> inProgress(int max);

  /**
   * The cases in progress whose number comes strictly after {@code after} in
   * {@link DocumentNumber} order, at most {@code max} of them: the next page after the last case
   * of the previous one.
   *
   * @param after the last number already read (it need not exist)
   * @param max how many at most, 0 or more
   * @return the cases, in number order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  default List<ComplaintCase> inProgressAfter(DocumentNumber after, int max) {
    Objects.requireNonNull(after, "after");
    // inProgress(...) refuses a negative max as this method must.
    return inProgress(max < 0 ? max : Integer.MAX_VALUE).stream()
        .filter(c -> c.number().compareTo(after) > 0).limit(max).toList();
  }

  /**
   * The cases closed at or after {@code from} and strictly before {@code to}
   * ({@link ComplaintCase#closedAt()}), earliest closure first, cases closed at the same instant
   * in {@link DocumentNumber} order.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the cases, in that order; empty if {@code to} is not after {@code from}
   */
  List<ComplaintCase> closedBetween(Instant from, Instant to);
}
