package org.aftersales.examples.postgres;

/**
 * Where the adapters get their JDBC connection (连接来源): the host application's transaction when
 * one is open on the calling thread, else a connection of their own. Every adapter of this
 * project takes one, so the host decides what a transaction spans:
 * <ul>
 *   <li>{@link Transactions} is the plain-{@code DataSource} implementation: the host opens a unit
 *       of work with {@link Transactions#inTransaction(SqlWork)} and every adapter call made inside
 *       it joins that transaction;</li>
 *   <li>a Spring application implements it over {@code DataSourceUtils.getConnection} and a
 *       {@code TransactionTemplate}, so that {@code @Transactional} methods span the adapters'
 *       calls (docs/adopter-guide.md).</li>
 * </ul>
 */
public interface ConnectionSource {

  /**
   * Runs one statement's work: on the host's transaction if one is open on this thread, else on a
   * connection of its own in autocommit.
   *
   * @param what what the work does, for the error message
   * @param work the work
   * @param <T> its result
   * @return the work's result
   * @throws PostgresAccessException if the database fails
   */
  <T> T withConnection(String what, SqlWork<T> work);

  /**
   * Runs several statements atomically: inside the host's transaction if one is open on this
   * thread (which then decides the commit), else in a transaction of its own, committed when the
   * work returns and rolled back when it throws.
   *
   * @param what what the work does, for the error message
   * @param work the work
   * @param <T> its result
   * @return the work's result
   * @throws PostgresAccessException if the database fails
   */
  <T> T atomically(String what, SqlWork<T> work);
}
