package com.example.erp.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The library's {@link NumberSequences} port over one PostgreSQL table, {@code number_sequence}:
 * one row per series and period, created by the first allocation. An allocation is one statement,
 * {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}: the row lock it takes makes concurrent
 * allocations on one key wait for each other (never a table lock), and keys never need creating
 * beforehand — the first of several racing callers inserts 1, the others update after it.
 *
 * <p>Two modes ({@link Mode}): {@link Mode#OWN_TRANSACTION} allocates on a connection of its own
 * (autocommit), so a serial stays used when the caller's transaction rolls back (a gap in the
 * document numbers, but callers never wait for each other's commit); {@link
 * Mode#CALLER_TRANSACTION} allocates on the connection of the caller's Spring transaction, so the
 * row stays locked until that transaction ends and a rollback gives the serial back — gapless
 * document numbers, at the price of registrations for one month waiting for each other.
 */
public final class JdbcNumberSequences implements NumberSequences {

  /** Where an allocation commits. */
  public enum Mode {
    /** On a connection of its own, committed at once; may skip serials (not gapless). */
    OWN_TRANSACTION,
    /** Inside the caller's transaction, if any (else on its own); gapless. */
    CALLER_TRANSACTION
  }

  private static final String NEXT = """
      INSERT INTO number_sequence (series, period, last_serial) VALUES (?, ?, 1)
      ON CONFLICT (series, period) DO UPDATE SET last_serial = number_sequence.last_serial + 1
      RETURNING last_serial""";

  private static final String LAST =
      "SELECT last_serial FROM number_sequence WHERE series = ? AND period = ?";

  private final DataSource dataSource;
  private final Mode mode;

  /**
   * An adapter over {@code dataSource}.
   *
   * @param dataSource the database with the {@code number_sequence} table
   * @param mode where an allocation commits
   */
  public JdbcNumberSequences(DataSource dataSource, Mode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  @Override
  public long next(SequenceKey key) {
    // Both parts are columns of their own, so ("Sx1", "2026-11") and ("Sx", "12026-11") differ;
    // COLLATE "C" in the schema compares them exactly (case-sensitive, by code point).
    String series = key.series().value();
    String period = key.period();
    if (mode == Mode.OWN_TRANSACTION) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        return next(c, series, period);
      } catch (SQLException e) {
        throw new IllegalStateException("allocating a serial for " + key, e);
      }
    }
    // DataSourceUtils hands out the connection bound to the caller's Spring transaction (or a new
    // one, autocommit, outside any), so the row lock lasts until the caller commits.
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return next(c, series, period);
    } catch (SQLException e) {
      throw new IllegalStateException("allocating a serial for " + key, e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private static long next(Connection c, String series, String period) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(NEXT)) {
      s.setString(1, series);
      s.setString(2, period);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      // numeric_value_out_of_range: last_serial + 1 beyond bigint, the key's serials are used up.
      if ("22003".equals(e.getSQLState())) {
        throw new IllegalStateException("the serials of " + series + "/" + period
            + " are exhausted", e);
      }
      throw e;
    }
  }

  @Override
  public OptionalLong lastAllocated(SequenceKey key) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement s = c.prepareStatement(LAST)) {
      s.setString(1, key.series().value());
      s.setString(2, key.period());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the last serial of " + key, e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /**
   * Gapless only when allocating inside the caller's transaction: an allocation on its own
   * connection may be committed and its reply lost, skipping a serial.
   *
   * @return true in {@link Mode#CALLER_TRANSACTION}
   */
  @Override
  public boolean isGapless() {
    return mode == Mode.CALLER_TRANSACTION;
  }
}
