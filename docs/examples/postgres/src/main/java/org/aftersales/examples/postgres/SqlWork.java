package org.aftersales.examples.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one JDBC connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

  /**
   * Does the work; the caller owns the connection (never close or commit it here).
   *
   * @param connection the connection, in the transaction the caller chose
   * @return the result
   * @throws SQLException when the database refuses or fails
   */
  T run(Connection connection) throws SQLException;
}
