package org.aftersales.examples.postgres.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Samples what the database's other sessions are doing (pg_stat_activity) every few
 * milliseconds while a round runs: waiting for a lock (a row of the hot key), running, or idle in
 * a transaction (the client is computing while its transaction, and the key's lock, stays open),
 * or idle (the client is between transactions). The shares say where a hot key's time goes.
 */
final class Waits implements AutoCloseable {

  private static final String SAMPLE = """
      SELECT CASE WHEN wait_event_type = 'Lock' THEN 'waiting for a lock (' || wait_event || ')'
                  WHEN state = 'active' THEN 'running a statement'
                  WHEN state = 'idle in transaction' THEN 'idle in transaction (client busy)'
                  ELSE coalesce(state, '?') END, count(*)
        FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND backend_type = 'client backend'
       GROUP BY 1""";

  private final Map<String, Long> counts = new TreeMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread sampler;
  private long samples;

  Waits(DataSource dataSource) {
    sampler = new Thread(() -> {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement(SAMPLE)) {
        while (running.get()) {
          try (ResultSet r = s.executeQuery()) {
            synchronized (counts) {
              samples++;
              while (r.next()) {
                counts.merge(r.getString(1), r.getLong(2), Long::sum);
              }
            }
          }
          Thread.sleep(5);
        }
      } catch (SQLException | InterruptedException e) {
        Bench.log("sampling stopped: " + e);
      }
    }, "bench-waits");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public void close() {
    running.set(false);
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The average number of sessions in each state per sample, e.g. {@code 12.3 waiting …}. */
  String summary() {
    synchronized (counts) {
      StringBuilder b = new StringBuilder();
      counts.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%s %.1f; ", k,
          v / (double) Math.max(1, samples))));
      return b + "(sessions on average over " + samples + " samples)";
    }
  }
}
