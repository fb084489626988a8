package org.aftersales.examples.postgres.notification;

import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.notification.NoticeLogContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The library's contract for the notice log (SVC-08) on the JDBC adapter, against a real
 * PostgreSQL server: once per key — also from 16 threads at once, each on a connection of its
 * own —, the notice in the outbox once under its key, exact keys, digests listing each notice
 * once, the period query.
 *
 * <p>Each test gets a database of its own, as the in-memory contract test gets a storage of its
 * own: {@code awaitingDigest} answers the oldest awaiting notices of the whole log, and the digest
 * test counts every awaiting notice of the run, so the other tests' supervisor notices must not
 * be in its log.
 */
class JdbcNoticeLogTest extends NoticeLogContract {

  static final AftersalesJson JSON = new AftersalesJson();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** 16 contending threads, each with a connection, and one for the test's own reads. */
  private final PostgresStore store =
      TestDatabase.node("p3_notice_log_" + DATABASES.incrementAndGet(), 17);

  @AfterEach
  void closeTheDatabase() {
    store.close();
  }

  @Override
  protected NoticeLog freshLog() {
    return new JdbcNoticeLog(store.transactions(), JSON);
  }

  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(store.transactions(), JSON, "contract-node");
  }
}
