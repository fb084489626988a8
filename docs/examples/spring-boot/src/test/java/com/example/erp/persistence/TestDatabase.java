package com.example.erp.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL server for every test of the JVM, started from the binaries that come as a
 * Maven artifact (no Docker, no installed server), with the application's Flyway migrations
 * applied, and a connection pool over it.
 */
public final class TestDatabase {

  private static final EmbeddedPostgres SERVER = start();
  private static final HikariDataSource POOL = pool();

  private TestDatabase() {}

  /**
   * The JDBC URL of the test database.
   *
   * @return the URL
   */
  public static String url() {
    return SERVER.getJdbcUrl("postgres", "postgres");
  }

  /**
   * The JDBC URL of a database of its own on the test server, created empty on first use (the
   * application's Flyway migrates it): a test of the whole application does not meet the
   * contract tests' rows.
   *
   * @param database the database's name, lower-case letters
   * @return the URL
   */
  public static synchronized String url(String database) {
    try (Connection c = SERVER.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
      if (!r.next()) {
        s.execute("CREATE DATABASE " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("creating the database " + database, e);
    }
    return SERVER.getJdbcUrl("postgres", database);
  }

  /**
   * A pool over the migrated test database, shared by the tests.
   *
   * @return the pool
   */
  public static DataSource dataSource() {
    return POOL;
  }

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setLocaleConfig("locale", "C")
          .setLocaleConfig("encoding", "UTF8")
          .start();
      Flyway.configure().dataSource(server.getPostgresDatabase()).load().migrate();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("starting the embedded PostgreSQL server", e);
    }
  }

  private static HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setUsername("postgres");
    config.setPassword("postgres");
    // The contract tests allocate from 16 threads and more at once.
    config.setMaximumPoolSize(24);
    return new HikariDataSource(config);
  }
}
