package org.aftersales.core.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Port;

/**
 * The record of notices derived so far (通知记录): a driven port the host implements over the
 * same storage as its outbox, with a unique constraint on the {@link NoticeKey}. It is what makes
 * a notice exactly-once however often, and from however many nodes, the sweep that derives it
 * runs. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Once per key.</b> {@link #recordIfAbsent} records a notice only if no notice with its
 *       key is recorded, and in the same atomic step appends the notice to the
 *       {@link org.aftersales.core.shared.Outbox outbox} under {@link NoticeKey#eventId()}: after
 *       it returns both are stored; after it throws, either both are or neither is. Concurrent
 *       calls with one key record it once; exactly one of them answers {@code true}.
 *       {@link #recordAllIfAbsent} does the same for a page of notices in one call.</li>
 *   <li><b>Digests.</b> A notice with {@link Delivery#IN_DIGEST} awaits a digest until
 *       {@link #recordDigest} lists it; each such notice is listed by exactly one digest.</li>
 *   <li>Notices are never deleted or changed; a recorded notice reads back equal through any
 *       adapter instance over the same storage, instants to the nanosecond the notice carries.
 *       </li>
 *   <li>Keys are compared exactly (every part, case-sensitive).</li>
 * </ul>
 */
@Port
public interface NoticeLog {

  /**
   * Records the notice and appends it to the outbox, atomically, unless its key is recorded.
   *
   * @param notice the notice
   * @return true if this call recorded it; false if a notice with its key was already recorded
   *     (nothing is written then)
   */
  boolean recordIfAbsent(Notice notice);

  /**
   * Records each of {@code notices} whose key is not recorded, with its outbox event, in one call:
   * a sweep records a page of due notices at once instead of a call per notice.
   *
   * <p>Each notice is recorded exactly as by {@link #recordIfAbsent} — only if no notice with its
   * key is recorded, together with its outbox event under {@link NoticeKey#eventId()} — and the
   * answer lists the ones this call recorded, in the order given. A notice whose key an earlier
   * notice of the same list has is not recorded (the earlier one is). Concurrent calls (or
   * {@link #recordIfAbsent} calls) sharing a key record it once, and exactly one of them reports
   * it. After the call throws, each notice is recorded whole (with its event) or not at all; an
   * adapter over a database records the whole list in one transaction, so then none is — a retry
   * records the rest either way.
   *
   * <p>The order recorded (which {@link #awaitingDigest} follows) is the order given. The default
   * implementation calls {@link #recordIfAbsent} for each notice in turn (one atomic step per
   * notice); an adapter over a database overrides it with one statement per list.
   *
   * @param notices the notices, in the order to record them; may be empty
   * @return the notices this call recorded, in the order given; unmodifiable
   */
  default List<Notice> recordAllIfAbsent(List<Notice> notices) {
    List<Notice> copy = List.copyOf(Objects.requireNonNull(notices, "notices"));
    List<Notice> recorded = new ArrayList<>();
    for (Notice notice : copy) {
      if (recordIfAbsent(notice)) {
        recorded.add(notice);
      }
    }
    return List.copyOf(recorded);
  }

  /**
   * Which of {@code keys} are recorded: one call for a page of candidates, so a sweep selects
   * "due and not yet recorded" without a call per candidate.
   *
   * @param keys the keys to look up
   * @return the recorded ones among them; unmodifiable
   */
  Set<NoticeKey> recordedAmong(Collection<NoticeKey> keys);

  /**
   * The notice recorded under {@code key}.
   *
   * @param key the key
   * @return the notice as first recorded, or empty
   */
  Optional<Notice> find(NoticeKey key);

  /**
   * The notices with {@link Delivery#IN_DIGEST} that no digest lists yet, in the order recorded;
   * at most {@code max} of them.
   *
   * @param max how many at most, 1 or more
   * @return the notices, oldest recorded first
   * @throws InvalidInputException if {@code max} is less than 1
   */
  List<Notice> awaitingDigest(int max);

  /**
   * The notices of the given kinds with {@link Delivery#IN_DIGEST} that no digest lists yet, in
   * the order recorded; at most {@code max} of them. Each digesting use case reads its own kinds,
   * so where several run over one log the notices of one never fill the other's batch.
   *
   * @param kinds the kinds to read, at least one
   * @param max how many at most, 1 or more
   * @return the notices, oldest recorded first
   * @throws InvalidInputException if {@code max} is less than 1 or {@code kinds} is empty
   */
  List<Notice> awaitingDigest(Set<NoticeKind> kinds, int max);

  /**
   * Records a digest that lists notices awaiting one, atomically: if no notice with the digest's
   * key is recorded and every listed key is recorded and awaits a digest, records the digest,
   * appends it to the outbox and marks the listed notices as digested; otherwise writes nothing.
   *
   * @param digest the digest notice
   * @param listed the keys of the notices it lists, at least one
   * @return true if this call recorded it
   * @throws InvalidInputException if {@code listed} is empty
   */
  boolean recordDigest(Notice digest, List<NoticeKey> listed);

  /**
   * The notices of {@code kind} that occurred in {@code [from, to)}, earliest first, then by key;
   * at most {@code max} of them — e.g. the jobs carried over in a month (SVC-10).
   *
   * @param kind the kind
   * @param from the start (inclusive)
   * @param to the end (exclusive); not before {@code from}
   * @param max how many at most, 0 or more
   * @return the notices, in that order
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before {@code from}
   */
  List<Notice> recordedBetween(NoticeKind kind, Instant from, Instant to, int max);
}
