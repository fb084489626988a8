package org.aftersales.examples.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Transactions over a plain {@link DataSource} (事务): the host's unit of work binds one connection
 * to the calling thread; the adapters' calls made inside it join it, each atomic adapter call
 * behind a savepoint of its own (a failed call undoes only itself). Outside one, each adapter
 * call is its own transaction. Isolation is the database's default, READ COMMITTED: the adapters
 * rely on row locks, unique constraints and version checks, never on a stronger isolation level.
 * Thread-safe; a transaction belongs to the thread that opened it.
 *
 * <pre>{@code
 * Transactions tx = store.transactions();
 * ComplaintCase c = tx.inTransaction(connection -> registration.register(command));
 * }</pre>
 */
public final class Transactions implements ConnectionSource {

  private final DataSource dataSource;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  /**
   * Transactions over {@code dataSource}.
   *
   * @param dataSource a pool, e.g. HikariCP's
   */
  public Transactions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
   * (the exception is rethrown as it was, a {@link SQLException} as a
   * {@link PostgresAccessException}). Called inside a transaction already open on this thread, it
   * is nested: it runs behind a savepoint, so when it throws only its own changes are undone, and
   * the outermost call commits.
   *
   * @param work the unit of work; the adapters it calls join the transaction
   * @param <T> its result
   * @return the work's result
   */
  public <T> T inTransaction(SqlWork<T> work) {
    return atomically("the host's transaction", work);
  }

  /**
   * Whether a transaction is open on this thread.
   *
   * @return true inside {@link #inTransaction}
   */
  public boolean isInTransaction() {
    return bound.get() != null;
  }

  @Override
  public <T> T withConnection(String what, SqlWork<T> work) {
    Connection joined = bound.get();
    try {
      if (joined != null) {
        return work.run(joined);
      }
      try (Connection own = dataSource.getConnection()) {
        own.setAutoCommit(true);
        return work.run(own);
      }
    } catch (SQLException e) {
      throw new PostgresAccessException(what, e);
    }
  }

  @Override
  public <T> T atomically(String what, SqlWork<T> work) {
    Connection joined = bound.get();
    if (joined != null) {
      return nested(what, joined, work);
    }
    try (Connection own = dataSource.getConnection()) {
      own.setAutoCommit(false);
      bound.set(own);
      T result;
      try {
        result = work.run(own);
      } catch (SQLException e) {
        undo(own, null, e);
        throw new PostgresAccessException(what, e);
      } catch (RuntimeException | Error e) {
        undo(own, null, e);
        throw e;
      } finally {
        bound.remove();
      }
      own.commit();
      return result;
    } catch (SQLException e) {
      // getConnection, setAutoCommit or commit failed: nothing (or, for a lost commit reply,
      // perhaps everything) was stored; the caller retries the same command.
      throw new PostgresAccessException(what, e);
    }
  }

  /**
   * Work inside the transaction already open on this thread, behind a savepoint: when it throws,
   * only its own changes are undone (and the transaction stays usable — PostgreSQL otherwise
   * refuses every statement after an error until the transaction ends), and the exception
   * reaches the caller, who decides whether the whole transaction commits.
   */
  private static <T> T nested(String what, Connection c, SqlWork<T> work) {
    Savepoint savepoint;
    try {
      savepoint = c.setSavepoint();
    } catch (SQLException e) {
      throw new PostgresAccessException(what, e);
    }
    T result;
    try {
      result = work.run(c);
    } catch (SQLException e) {
      undo(c, savepoint, e);
      throw new PostgresAccessException(what, e);
    } catch (RuntimeException | Error e) {
      undo(c, savepoint, e);
      throw e;
    }
    try {
      c.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new PostgresAccessException(what, e);
    }
    return result;
  }

  /** Rolls back to {@code savepoint}, or the whole transaction when it is null. */
  private static void undo(Connection c, Savepoint savepoint, Throwable cause) {
    try {
      if (savepoint == null) {
        c.rollback();
      } else {
        c.rollback(savepoint);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
