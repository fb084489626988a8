package org.aftersales.examples.postgres.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.Notifications;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.notification.NotificationsContract;

/**
 * {@link JdbcNotificationInbox} passes the {@link NotificationsContract} on PostgreSQL, as an
 * adapter that ignores keys it has handed over: the test channel is the {@code notification_inbox}
 * table, each row one hand-over, counted with SQL of the test's own (the key's five parts).
 *
 * <p>// rule: SVC-08 (notices handed over at least once, de-duplicated by key)
 */
class JdbcNotificationInboxTest extends NotificationsContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected Notifications notifications() {
    return new JdbcNotificationInbox(TestDatabase.shared().transactions(), JSON);
  }

  @Override
  protected long timesHandedOver(NoticeKey key) {
    return TestDatabase.shared().transactions().withConnection("counting hand-overs", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notification_inbox"
          + " WHERE source_kind = ? AND source_id = ? AND rule = ? AND step = ?"
          + " AND occurrence = ?")) {
        s.setString(1, key.sourceKind());
        s.setString(2, key.sourceId());
        s.setString(3, key.rule().value());
        s.setString(4, key.step());
        s.setString(5, key.occurrence());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  @Override
  protected boolean ignoresKeysAlreadySent() {
    return true;
  }
}
