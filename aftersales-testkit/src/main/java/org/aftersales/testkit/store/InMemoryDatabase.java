package org.aftersales.testkit.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.aftersales.core.numbering.NumberSequences;

/**
 * A small in-memory database for tests (内存数据库): named tables behind one lock, with
 * transactions that roll back. The testkit's in-memory adapters can live in one database
 * ({@link org.aftersales.testkit.complaint.InMemoryComplaints#over},
 * {@link org.aftersales.testkit.events.InMemoryOutbox#over}, {@link #numberSequences()}), so that
 * a test can run a use case inside one host transaction — the unit of work of
 * {@code docs/failure-semantics.md} — and see a failure anywhere roll back everything, the serial
 * drawn for a number included.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Serialisable.</b> Every read and write of every table happens under the database's one
 *       lock ({@link #atomically}); a transaction holds it from begin to end, so transactions run
 *       one after another, and a single adapter call outside a transaction is a transaction of its
 *       own (autocommit).</li>
 *   <li><b>Rollback.</b> {@link #inTransaction(Supplier)} takes a snapshot of every table at its
 *       start; if the work throws, every table is restored to the snapshot and the exception is
 *       rethrown. Transactions nest (a nested one is a savepoint): a failure inside rolls back to
 *       where the nested transaction began.</li>
 *   <li><b>Bounded waits.</b> Taking the lock waits at most {@link #lockTimeout()} (10 s by
 *       default) and then throws {@link IllegalStateException}, so a test that deadlocks fails
 *       instead of hanging the build.</li>
 * </ul>
 *
 * <p>Values stored must be immutable; snapshots copy the tables, not the values. Thread-safe.
 */
public final class InMemoryDatabase implements UnitOfWork {

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Table<?, ?>> tables = new LinkedHashMap<>();
  private final Deque<Map<String, Map<?, ?>>> savepoints = new ArrayDeque<>();
  private final long lockTimeoutMillis;

  private InMemoryDatabase(long lockTimeoutMillis) {
    this.lockTimeoutMillis = lockTimeoutMillis;
  }

  /**
   * A new, empty database whose lock waits time out after 10 seconds.
   *
   * @return the database
   */
  public static InMemoryDatabase create() {
    return new InMemoryDatabase(10_000);
  }

  /**
   * How long a caller waits for the lock before failing.
   *
   * @return the timeout, in milliseconds
   */
  public long lockTimeout() {
    return lockTimeoutMillis;
  }

  /**
   * The table named {@code name}, created empty on first use. Its contents may only be read or
   * changed inside {@link #atomically} or {@link #inTransaction}.
   *
   * @param name the table's name, e.g. {@code complaints.byNumber}
   * @param <K> the key type
   * @param <V> the value type (immutable)
   * @return the table
   */
  @SuppressWarnings("unchecked")
  public <K, V> Table<K, V> table(String name) {
    requireNonNull(name, "name");
    return atomically(() -> (Table<K, V>) tables.computeIfAbsent(name, n -> new Table<>(this)));
  }

  /**
   * A gapless {@link NumberSequences} adapter whose counters are a table of this database: a
   * serial allocated inside a transaction that rolls back is given back, and the next caller gets
   * it — the adapter that allocates "inside the caller's transaction" of the port's contract.
   * Each call returns a new adapter instance over the same counters, as a new connection would
   * be.
   *
   * @return the adapter
   */
  public NumberSequences numberSequences() {
    return new TransactionalNumberSequences(this);
  }

  /**
   * Runs {@code work} under the database's lock, without a snapshot: for adapter calls that check
   * everything before they write, so that they never need to roll back.
   *
   * @param work the reads and writes
   * @param <T> the result type
   * @return what {@code work} returns
   * @throws IllegalStateException if the lock is not free within {@link #lockTimeout()}
   */
  public <T> T atomically(Supplier<T> work) {
    requireNonNull(work, "work");
    acquire();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} as a transaction: all of it or, if it throws, none of it.
   *
   * @param work the unit of work, e.g. a use-case call
   * @param <T> the result type
   * @return what {@code work} returns
   * @throws RuntimeException what {@code work} throws, after every table was restored
   * @throws IllegalStateException if the lock is not free within {@link #lockTimeout()}
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    acquire();
    try {
      savepoints.push(snapshot());
      boolean committed = false;
      try {
        T result = work.get();
        committed = true;
        return result;
      } finally {
        Map<String, Map<?, ?>> savepoint = savepoints.pop();
        if (!committed) {
          restore(savepoint);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} as a transaction (see {@link #inTransaction(Supplier)}).
   *
   * @param work the unit of work
   */
  public void inTransaction(Runnable work) {
    requireNonNull(work, "work");
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Whether the calling thread is inside a transaction of this database.
   *
   * @return true inside {@link #inTransaction}
   */
  public boolean inTransaction() {
    return lock.isHeldByCurrentThread() && !savepoints.isEmpty();
  }

  private void acquire() {
    try {
      if (!lock.tryLock(lockTimeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "the in-memory database's lock was not free within " + lockTimeoutMillis + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database's lock", e);
    }
  }

  private Map<String, Map<?, ?>> snapshot() {
    Map<String, Map<?, ?>> copy = new HashMap<>();
    tables.forEach((name, table) -> copy.put(name, table.copyOfRows()));
    return copy;
  }

  private void restore(Map<String, Map<?, ?>> savepoint) {
    tables.forEach((name, table) -> table.restore(savepoint.get(name)));
  }

  void requireLock() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("a table is used outside atomically/inTransaction");
    }
  }

  /**
   * A table of the database: rows by key, in insertion order. Use it only inside
   * {@link InMemoryDatabase#atomically} or {@link InMemoryDatabase#inTransaction}; any other use
   * throws {@link IllegalStateException}.
   *
   * @param <K> the key type
   * @param <V> the value type (immutable)
   */
  public static final class Table<K, V> {

    private final InMemoryDatabase database;
    private final LinkedHashMap<K, V> rows = new LinkedHashMap<>();

    private Table(InMemoryDatabase database) {
      this.database = database;
    }

    /**
     * The row with this key.
     *
     * @param key the key
     * @return the value, or {@code null}
     */
    public V get(K key) {
      database.requireLock();
      return rows.get(requireNonNull(key, "key"));
    }

    /**
     * Inserts or replaces a row.
     *
     * @param key the key
     * @param value the value, not null
     */
    public void put(K key, V value) {
      database.requireLock();
      rows.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    }

    /**
     * Deletes a row if present.
     *
     * @param key the key
     */
    public void remove(K key) {
      database.requireLock();
      rows.remove(requireNonNull(key, "key"));
    }

    /**
     * The values, in insertion order.
     *
     * @return a copy
     */
    public List<V> values() {
      database.requireLock();
      return List.copyOf(rows.values());
    }

    /**
     * How many rows.
     *
     * @return the count
     */
    public int size() {
      database.requireLock();
      return rows.size();
    }

    private Map<K, V> copyOfRows() {
      return new LinkedHashMap<>(rows);
    }

    @SuppressWarnings("unchecked")
    private void restore(Map<?, ?> saved) {
      rows.clear();
      if (saved != null) {
        rows.putAll((Map<K, V>) saved);
      }
    }
  }
}
