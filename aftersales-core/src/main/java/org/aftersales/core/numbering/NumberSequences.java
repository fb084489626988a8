package org.aftersales.core.numbering;

import java.util.OptionalLong;
import org.aftersales.core.shared.Port;

/**
 * Serial allocation (流水号分配): a driven port the host application implements over its own
 * storage (a database sequence table, a row per key) — the testkit has a thread-safe in-memory
 * adapter and an abstract contract test that every adapter should pass.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Atomic and unique, always.</b> {@link #next(SequenceKey)} returns a serial that no call
 *       for the same key has returned before or will return after — across threads, processes and
 *       restarts. A serial is never handed out twice and never taken back.</li>
 *   <li><b>First use of a key.</b> The first call for a key (a new month, a new series) returns
 *       {@code 1}; if several callers race for it, exactly one of them gets {@code 1}. Keys never
 *       need to be created beforehand.</li>
 *   <li><b>Independent keys.</b> Allocating for one key never changes the serials of another (other
 *       series, other periods).</li>
 *   <li><b>Gapless only when declared.</b> An adapter whose {@link #isGapless()} is true hands out,
 *       per key, exactly 1, 2, 3, … in the order of allocation, never skipping one. Any other
 *       adapter may skip serials (for example a serial lost when storage fails half-way); it must
 *       still be unique and increasing per key. Gapless <em>allocation</em> alone does not make
 *       gapless <em>documents</em>: see the rollback rules below.</li>
 *   <li><b>Increasing.</b> For one key, a serial returned after another (in real time, in any
 *       process) is larger. Allocators that hand out blocks per process (hi/lo, unordered cached
 *       sequences) do not meet this.</li>
 *   <li><b>Read-back.</b> {@link #lastAllocated(SequenceKey)} is the largest serial handed out for
 *       the key so far, as any adapter instance over the same storage sees it.</li>
 *   <li><b>Failures.</b> If storage fails, {@code next} throws the adapter's unchecked exception;
 *       the serial it was allocating may or may not count as used, but uniqueness holds. Keys are
 *       compared exactly (case-sensitive, full Unicode): a storage with case-insensitive collation
 *       must not be used as is. When a key's serials are exhausted ({@link Long#MAX_VALUE}),
 *       {@code next} throws {@link IllegalStateException}.</li>
 * </ul>
 *
 * <h2>What a caller's rollback means</h2>
 * <ul>
 *   <li>An adapter that allocates in a transaction of its own (autocommit, a separate connection,
 *       the in-memory adapter) keeps the serial when the caller's transaction rolls back: the
 *       serial stays used, the document numbers show a gap, and the serial is never reused. This
 *       is the usual choice: callers do not wait for each other.</li>
 *   <li>An adapter that allocates inside the caller's transaction (for example with a row lock on
 *       the key held until commit) gives the serial back on rollback — it was never handed out,
 *       since the transaction never committed — and the next caller gets it. Only such an adapter,
 *       with {@link #isGapless()} true, gives gapless document numbers; the price is that
 *       registrations for the same key wait for each other's commit. (The in-memory adapter of
 *       the testkit is gapless in allocation but allocates on its own, so a caller's rollback
 *       leaves a gap in the documents.)</li>
 * </ul>
 * Either way no committed document ever carries a serial another committed document has.
 */
@Port
public interface NumberSequences {

  /**
   * Allocates the next serial for {@code key}, atomically.
   *
   * @param key the series and period
   * @return the serial, 1 or more; {@code 1} on the first use of the key
   */
  long next(SequenceKey key);

  /**
   * The largest serial handed out for {@code key} so far, as stored; reading it never uses the
   * key.
   *
   * @param key the series and period
   * @return the last serial, or empty if the key was never used
   */
  OptionalLong lastAllocated(SequenceKey key);

  /**
   * Whether this adapter hands out 1, 2, 3, … per key without skipping (see the class contract).
   *
   * @return true only if the adapter guarantees gapless allocation; false by default
   */
  default boolean isGapless() {
    return false;
  }
}
