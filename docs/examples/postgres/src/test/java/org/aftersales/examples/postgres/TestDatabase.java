package org.aftersales.examples.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server for every test of the JVM, started from the binaries that come as a
 * Maven artifact (no Docker, no installed server; UTF-8, C locale), and stores over it: the
 * shared one, migrated once, and fresh databases of their own for tests that must not meet other
 * tests' rows (several nodes, benchmarks).
 */
public final class TestDatabase {

  private static final EmbeddedPostgres SERVER = start();
  private static final PostgresStore SHARED = PostgresStore.open(url("postgres"), "postgres",
      "postgres", 48);

  private TestDatabase() {}

  /**
   * The store shared by the contract tests (their keys are random per run, so they never meet).
   *
   * @return the store; never close it
   */
  public static PostgresStore shared() {
    return SHARED;
  }

  /**
   * A new, empty database on the test server, migrated, with a pool of its own — as one
   * application node sees the ERP's database. Open it again with the same name for a second node.
   *
   * @param database the database's name, lower-case letters, digits and underscores
   * @param maxPoolSize the node's pool size
   * @return the store; close it when done
   */
  public static PostgresStore node(String database, int maxPoolSize) {
    return PostgresStore.open(url(database), "postgres", "postgres", maxPoolSize);
  }

  /**
   * The JDBC URL of a database on the test server, created empty on first use.
   *
   * @param database the database's name, lower-case letters, digits and underscores
   * @return the URL
   */
  public static synchronized String url(String database) {
    if (!database.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
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

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder()
          .setLocaleConfig("locale", "C")
          .setLocaleConfig("encoding", "UTF8")
          .setServerConfig("max_connections", "300")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("starting the embedded PostgreSQL server", e);
    }
  }
}
