package com.example.erp.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.OutboxContract;

/** The library's outbox contract on the JDBC outbox, against a real PostgreSQL server. */
class JdbcOutboxTest extends OutboxContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected Outbox freshOutbox() {
    return new JdbcOutbox(TestDatabase.dataSource(), JSON);
  }

  // As a repository's save does: the change's events in one transaction.
  @Override
  protected void store(List<OutboxEvent> events) {
    try (Connection c = TestDatabase.dataSource().getConnection()) {
      c.setAutoCommit(false);
      new JdbcOutbox(TestDatabase.dataSource(), JSON).append(c, events);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
