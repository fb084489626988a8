package org.aftersales.examples.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The adapters' database (售后数据库): a HikariCP pool whose connections use the schema
 * {@value #SCHEMA}, brought up to date by this project's Flyway migrations
 * ({@code classpath:db/migration/aftersales}) when opened. An ERP that keeps its own pool and
 * migrations takes the SQL files into its own Flyway location instead and builds
 * {@link Transactions} (or its own {@link ConnectionSource}) over its pool.
 */
public final class PostgresStore implements AutoCloseable {

  /** The schema the library's tables live in, apart from the ERP's own. */
  public static final String SCHEMA = "aftersales";

  private final HikariDataSource pool;
  private final Transactions transactions;

  private PostgresStore(HikariDataSource pool) {
    this.pool = pool;
    this.transactions = new Transactions(pool);
  }

  /**
   * Opens a pool and migrates the schema.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://db:5432/erp}
   * @param user the database user
   * @param password its password
   * @param maxPoolSize the pool's size, e.g. 16 per application node
   * @return the store
   */
  public static PostgresStore open(String jdbcUrl, String user, String password,
      int maxPoolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(maxPoolSize);
    config.setSchema(SCHEMA);
    config.setPoolName("aftersales");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new PostgresStore(pool);
  }

  /**
   * Applies this project's migrations to the database behind {@code dataSource} (idempotent).
   *
   * @param dataSource the database
   */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .locations("classpath:db/migration/aftersales")
        .load()
        .migrate();
  }

  /**
   * The pool.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * Transactions over the pool, the adapters' {@link ConnectionSource}.
   *
   * @return the transactions
   */
  public Transactions transactions() {
    return transactions;
  }

  /** Closes the pool. */
  @Override
  public void close() {
    pool.close();
  }
}
