package org.aftersales.examples.postgres;

import java.sql.SQLException;

/**
 * The database failed or refused a statement the adapter did not expect to be refused (lost
 * connection, timeout, serialization failure, a full disk). Unchecked, as the library's ports
 * declare no checked exceptions; the change it interrupted is either wholly stored or not at all
 * (each adapter call is one transaction, or part of the host's), so the caller may retry the
 * same command.
 */
public final class PostgresAccessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Wraps the driver's exception.
   *
   * @param what what the adapter was doing, e.g. {@code "saving complaint 261107"}
   * @param cause the driver's exception
   */
  public PostgresAccessException(String what, SQLException cause) {
    super(what + " failed: " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")",
        cause);
  }

  /**
   * The SQLState of the driver's exception, e.g. {@code 40001} for a serialization failure.
   *
   * @return the five-character code, or {@code null} if the driver gave none
   */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
