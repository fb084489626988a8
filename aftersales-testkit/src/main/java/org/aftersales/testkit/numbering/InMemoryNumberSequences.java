package org.aftersales.testkit.numbering;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;

/**
 * Serial allocation (流水号分配) in memory: a thread-safe, strict and gapless adapter of the
 * {@link NumberSequences} port for tests, fixtures and simulations.
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li><b>Gapless.</b> Per key it hands out exactly 1, 2, 3, … in the order of allocation;
 *       {@link #isGapless()} is true. Keys need not be created beforehand: the first call of
 *       {@link #next(SequenceKey)} for a key returns {@code 1}, exactly once even when many
 *       threads race for it.</li>
 *   <li><b>Lock-free per key.</b> Each key has its own atomic counter; allocations for one key
 *       never wait for another key, and never block each other (a compare-and-set loop).</li>
 *   <li><b>Final.</b> Every allocation is final: a serial is never taken back, so it is never
 *       handed out twice.</li>
 *   <li><b>Strict.</b> A {@code null} key is refused with a {@link NullPointerException}; when a
 *       key's serials are exhausted ({@link Long#MAX_VALUE} was handed out) {@link
 *       #next(SequenceKey)} throws {@link IllegalStateException} and the counter stays where it
 *       is. {@link #lastAllocated(SequenceKey)} of a key never allocated is empty and does not
 *       create the key.</li>
 * </ul>
 *
 * <h2>What a caller's rollback means</h2>
 * The adapter takes part in no transaction: it allocates "in a transaction of its own", like an
 * autocommitted sequence table. When the caller's transaction (or unit of work) fails after
 * {@link #next(SequenceKey)}, the serial stays used — the next call returns the one after it and
 * the document numbers show a gap. Gapless therefore describes the allocation (no serial is ever
 * skipped by this adapter), not the documents a caller ends up keeping.
 *
 * <h2>Storage and instances</h2>
 * The counters live in a storage object that is not part of the API. {@link #create()} makes an
 * adapter over a new, empty storage; {@link #freshInstanceOverSameStorage()} makes another adapter
 * instance over the same storage, the in-memory counterpart of a second application node (or a
 * restarted one) on the same database. Adapters over different storages are fully independent.
 * {@link #seedLastAllocated(SequenceKey, long)} moves a counter forwards, as if serials had been
 * issued before (to migrate, or to test what happens when a serial no longer fits its digits).
 *
 * <p>The storage grows by one counter per key used and is never cleared; a test that needs a clean
 * state creates a new adapter.
 *
 * @see NumberSequencesContract
 */
public final class InMemoryNumberSequences implements NumberSequences {

  /** How many counters {@link #toString()} shows at most. */
  private static final int SHOWN_IN_TO_STRING = 10;

  private static final Comparator<SequenceKey> KEY_ORDER = Comparator
      .comparing(SequenceKey::series)
      .thenComparing(SequenceKey::period);

  /** The last serial handed out per key; shared by all instances over the same storage. */
  private final ConcurrentMap<SequenceKey, AtomicLong> counters;

  private InMemoryNumberSequences(ConcurrentMap<SequenceKey, AtomicLong> counters) {
    this.counters = counters;
  }

  /**
   * An adapter over a new, empty storage.
   *
   * @return the adapter; every key starts at 1
   */
  public static InMemoryNumberSequences create() {
    return new InMemoryNumberSequences(new ConcurrentHashMap<>());
  }

  /**
   * A new adapter instance over this adapter's storage: both see and advance the same counters, as
   * two application nodes (or one node before and after a restart) on one database would.
   *
   * @return a new instance, not {@code this}, sharing this adapter's counters
   */
  public InMemoryNumberSequences freshInstanceOverSameStorage() {
    return new InMemoryNumberSequences(counters);
  }

  /**
   * Allocates the next serial for {@code key}, atomically: 1 on the first use of the key, then
   * one more than the serial handed out last.
   *
   * @param key the series and period
   * @return the serial, 1 or more
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalStateException if {@link Long#MAX_VALUE} was handed out already for the key
   */
  @Override
  public long next(SequenceKey key) {
    AtomicLong counter = counterOf(key);
    long last;
    do {
      last = counter.get();
      if (last == Long.MAX_VALUE) {
        throw new IllegalStateException("the serials of " + key + " are exhausted");
      }
    } while (!counter.compareAndSet(last, last + 1));
    return last + 1;
  }

  /**
   * The last serial handed out for {@code key} (or seeded with {@link #seedLastAllocated}), by any
   * instance over this storage. Reading does not create the key.
   *
   * @param key the series and period
   * @return the last serial, or empty if the key was never used
   * @throws NullPointerException if {@code key} is null
   */
  @Override
  public OptionalLong lastAllocated(SequenceKey key) {
    AtomicLong counter = counters.get(requireNonNull(key, "key"));
    if (counter == null) {
      return OptionalLong.empty();
    }
    long last = counter.get();
    return last == 0 ? OptionalLong.empty() : OptionalLong.of(last);
  }

  /**
   * True: per key this adapter hands out exactly 1, 2, 3, … without skipping (see the class
   * comment for what a caller's rollback means).
   *
   * @return true
   */
  @Override
  public boolean isGapless() {
    return true;
  }

  /**
   * Records that the serials of {@code key} up to {@code lastAllocated} have been handed out
   * already (by a legacy system, or earlier in a scenario), so that the next allocation returns
   * {@code lastAllocated + 1}. Counters only move forwards: a serial is never taken back.
   *
   * @param key the series and period
   * @param lastAllocated the last serial already used, 1 or more
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code lastAllocated} is less than 1 or less than the
   *     serial handed out last for the key; nothing is changed then
   */
  public void seedLastAllocated(SequenceKey key, long lastAllocated) {
    requireNonNull(key, "key");
    if (lastAllocated < 1) {
      throw new IllegalArgumentException("a serial is 1 or more, was " + lastAllocated);
    }
    AtomicLong counter = counterOf(key);
    long current;
    do {
      current = counter.get();
      if (current > lastAllocated) {
        throw new IllegalArgumentException("serials are never taken back: " + key
            + " has handed out " + current + " already, more than " + lastAllocated);
      }
    } while (!counter.compareAndSet(current, lastAllocated));
  }

  /**
   * The counters of the storage, sorted by series and period, at most the first ten; a snapshot
   * that is not atomic while other threads allocate.
   *
   * @return e.g. {@code InMemoryNumberSequences[2 keys: COMPLAINT/2026-11=7, COMPLAINT/2026-12=2]}
   */
  @Override
  public String toString() {
    List<Map.Entry<SequenceKey, AtomicLong>> entries = new ArrayList<>(counters.entrySet());
    entries.removeIf(e -> e.getValue().get() == 0);
    entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
    StringBuilder text = new StringBuilder("InMemoryNumberSequences[").append(entries.size())
        .append(entries.size() == 1 ? " key" : " keys");
    for (int i = 0; i < entries.size() && i < SHOWN_IN_TO_STRING; i++) {
      text.append(i == 0 ? ": " : ", ").append(entries.get(i).getKey()).append('=')
          .append(entries.get(i).getValue().get());
    }
    if (entries.size() > SHOWN_IN_TO_STRING) {
      text.append(", ... ").append(entries.size() - SHOWN_IN_TO_STRING).append(" more");
    }
    return text.append(']').toString();
  }

  /** The counter of {@code key}, created at 0 (nothing handed out) exactly once. */
  private AtomicLong counterOf(SequenceKey key) {
    requireNonNull(key, "key");
    AtomicLong counter = counters.get(key);
    return counter != null ? counter : counters.computeIfAbsent(key, k -> new AtomicLong());
  }
}
