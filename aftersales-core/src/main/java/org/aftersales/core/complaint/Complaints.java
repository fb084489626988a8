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
 *   <li><b>Reminder checks</b> (CMP-19): beside each case the adapter may keep when it next
 *       needs a reminder check ({@link ReminderCheck}): {@link #save} makes the case due at once,
 *       {@link #scheduleReminderChecks} sets the next check if the case's version is unchanged,
 *       {@link #dueForReminderCheck}/{@link #dueForReminderCheckAfter} read only the cases due,
 *       {@link #resetReminderChecks} makes all due. These methods have defaults that keep no
 *       checks (every case in progress is due at every run: correct, but a run reads every case);
 *       an adapter over a database overrides all four so that a run reads only what is due.</li>
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
   * The cases in progress <b>due for a reminder check</b> at {@code at}, in
   * {@link DocumentNumber} order, at most {@code max} of them: those saved since their last
   * scheduled check (or never checked), and those whose scheduled check
   * ({@link #scheduleReminderChecks}) is strictly before {@code at}
   * ({@link ReminderCheck#isDueAt}). A case scheduled {@link ReminderCheck#never never} is not
   * due until it is saved again.
   *
   * <p>The default returns {@link #inProgress(int)}: every case in progress is due at every run,
   * which is correct (the reminders record nothing twice) but reads them all; an adapter keeping
   * the checks overrides this with a query over an index of the check instants, so a run reads
   * only what is due.
   *
   * @param at the run's instant
   * @param max how many at most, 0 or more
   * @return the first cases due, in number order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  default List<ComplaintCase> dueForReminderCheck(Instant at, int max) {
    Objects.requireNonNull(at, "at");
    return inProgress(max);
  }

  /**
   * The cases due for a reminder check at {@code at} (as {@link #dueForReminderCheck}) whose
   * number comes strictly after {@code after}, at most {@code max}: the next page, keyset-paged
   * as {@link #inProgressAfter}.
   *
   * <p>The default returns {@link #inProgressAfter}.
   *
   * @param at the run's instant
   * @param after the last number already read (it need not exist)
   * @param max how many at most, 0 or more
   * @return the cases, in number order
   * @throws IllegalArgumentException if {@code max} is negative
   */
  default List<ComplaintCase> dueForReminderCheckAfter(Instant at, DocumentNumber after,
      int max) {
    Objects.requireNonNull(at, "at");
    return inProgressAfter(after, max);
  }

  /**
   * Stores each case's next reminder check, <b>only if</b> the case's stored version is still
   * {@link ReminderCheck#version()} (a case saved since it was read is due anyway: the check is
   * ignored, silently). The check is kept beside the case: it is not part of the case, does not
   * change its version and is not an event; every {@link #save} makes the case due at once again.
   * Checks of unknown cases are ignored. Each check is written on its own or all together; a
   * failure may leave some written — either state is safe, the rest stay due.
   *
   * <p>The default does nothing (every case stays due: the full scan).
   *
   * @param checks the checks, at most one per case
   */
  default void scheduleReminderChecks(List<ReminderCheck> checks) {
    Objects.requireNonNull(checks, "checks");
  }

  /**
   * Forgets every scheduled reminder check: every case in progress is due at the next run. Call
   * it (through {@link ComplaintReminders#recheckAll()}) after a change of the policy, the
   * calendar or the reminder settings that may bring a due instant or a ladder level earlier.
   *
   * <p>The default does nothing (it keeps no checks).
   */
  default void resetReminderChecks() {}

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
