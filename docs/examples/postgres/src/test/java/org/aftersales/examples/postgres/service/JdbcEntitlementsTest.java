package org.aftersales.examples.postgres.service;

import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.service.Entitlements;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.service.EntitlementsContract;

/**
 * The testkit's contract of the ERP's warranty and contract lookup (保修与合同权益查询) against
 * {@link JdbcEntitlements} over the {@code entitlement} table, with the seed's business zone,
 * Asia/Shanghai (UTC+8, no daylight saving), which differs from the test JVM's zone unless that
 * is Shanghai's too. // rule: SVC-01, SVC-15
 */
class JdbcEntitlementsTest extends EntitlementsContract {

  @Override
  protected ZoneId businessZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  protected Entitlements erpKnowing(List<ErpRecord> records) {
    EntitlementRows.insert(TestDatabase.shared().transactions(), records);
    return new JdbcEntitlements(TestDatabase.shared().transactions(), businessZone());
  }
}
