package org.aftersales.examples.postgres.numbering;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.Transactions;

/**
 * The library's {@link NumberSequences} port over the {@code number_sequence} table (流水号表,
 * CMP-01): one row per series and period, {@code (series, period)} its primary key (both
 * {@code COLLATE "C"}: compared exactly, case-sensitive, by code point), created by the first
 * draw. A draw is ONE statement:
 * <pre>{@code
 * INSERT INTO number_sequence (series, period, last_serial) VALUES (?, ?, 1)
 * ON CONFLICT (series, period) DO UPDATE SET last_serial = number_sequence.last_serial + 1
 * RETURNING last_serial
 * }</pre>
 * It locks the key's row only (never the table): concurrent draws on one key wait for each other,
 * draws on other keys do not; callers racing for a new key are serialized by the primary key —
 * one inserts 1, the others update after it. When {@code last_serial + 1} overflows
 * {@code bigint} the statement fails (SQLState 22003) and {@link #next} throws
 * {@link IllegalStateException}: the key's serials are exhausted; the row is unchanged.
 *
 * <h2>Two modes</h2>
 * <ul>
 *   <li>{@link #gapless(ConnectionSource) Gapless}: the draw runs through
 *       {@link ConnectionSource#withConnection}, so inside the host's transaction it joins it: the
 *       row stays locked until the host commits (registrations for one key wait for each other)
 *       and a rollback gives the serial back — the next draw gets it. Document numbers have no
 *       gaps. {@link #isGapless()} is true. Outside a host transaction each draw commits at
 *       once.</li>
 *   <li>{@link #ownTransaction(DataSource) Own transaction}: the draw runs on a connection of its
 *       own, taken from the pool, in autocommit — even inside a host transaction (it uses a
 *       {@link Transactions} of its own over the pool, so it never joins the host's). The row lock
 *       lasts one statement, so callers never wait for each other's commit; a host rollback
 *       leaves the serial used (a gap in the document numbers). The host transaction holds one
 *       connection and the draw needs a second: size the pool for it. {@link #isGapless()} is
 *       false: a draw committed whose reply is lost skips a serial.</li>
 * </ul>
 * {@link #lastAllocated} reads the row (no lock, no write), in the mode's connection.
 */
public final class JdbcNumberSequences implements NumberSequences {

  private static final String NEXT = """
      INSERT INTO number_sequence (series, period, last_serial) VALUES (?, ?, 1)
      ON CONFLICT (series, period) DO UPDATE SET last_serial = number_sequence.last_serial + 1
      RETURNING last_serial""";

  private static final String LAST =
      "SELECT last_serial FROM number_sequence WHERE series = ? AND period = ?";

  /** SQLState numeric_value_out_of_range: {@code last_serial + 1} beyond {@code bigint}. */
  private static final String OUT_OF_RANGE = "22003";

  private final ConnectionSource connections;
  private final boolean gapless;

  private JdbcNumberSequences(ConnectionSource connections, boolean gapless) {
    this.connections = requireNonNull(connections, "connections");
    this.gapless = gapless;
  }

  /**
   * Draws in the caller's transaction when one is open (gapless document numbers).
   *
   * @param connections the host's connection source, the one its unit of work is opened on
   * @return the adapter
   */
  public static JdbcNumberSequences gapless(ConnectionSource connections) {
    return new JdbcNumberSequences(connections, true);
  }

  /**
   * Draws on a connection of its own, committed at once, even inside a host transaction.
   *
   * @param dataSource the pool to take the draw's own connection from
   * @return the adapter
   */
  public static JdbcNumberSequences ownTransaction(DataSource dataSource) {
    return new JdbcNumberSequences(new Transactions(dataSource), false);
  }

  /**
   * Draws the next serial for {@code key}.
   *
   * @param key the series and period
   * @return the serial, 1 on the key's first draw
   * @throws IllegalStateException if the key's serials are exhausted
   * @throws org.aftersales.examples.postgres.PostgresAccessException if the database fails (the
   *     serial may or may not count as used; in gapless mode the host's transaction must roll
   *     back)
   */
  @Override
  public long next(SequenceKey key) {
    requireNonNull(key, "key");
    return connections.withConnection("drawing a serial for " + key, c -> next(c, key));
  }

  private static long next(Connection c, SequenceKey key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(NEXT)) {
      s.setString(1, key.series().value());
      s.setString(2, key.period());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      if (OUT_OF_RANGE.equals(e.getSQLState())) {
        throw new IllegalStateException("the serials of " + key + " are exhausted", e);
      }
      throw e;
    }
  }

  @Override
  public OptionalLong lastAllocated(SequenceKey key) {
    requireNonNull(key, "key");
    return connections.withConnection("reading the last serial of " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(LAST)) {
        s.setString(1, key.series().value());
        s.setString(2, key.period());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
        }
      }
    });
  }

  /**
   * True in the gapless mode only.
   *
   * @return whether draws join the caller's transaction
   */
  @Override
  public boolean isGapless() {
    return gapless;
  }
}
