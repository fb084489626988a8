package org.aftersales.examples.postgres.service;

import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.service.Entitlements;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.service.EntitlementsContract;

/**
 * The same contract with an ERP deciding in America/Los_Angeles: behind UTC where Shanghai is
 * ahead, with daylight saving (the contract's 8 March 2026 is the day its clocks move), so an
 * adapter cutting days in UTC, in the JVM's zone or in the database session's zone fails one of
 * the two classes. // rule: SVC-01, SVC-15
 */
class JdbcEntitlementsInLosAngelesTest extends EntitlementsContract {

  @Override
  protected ZoneId businessZone() {
    return ZoneId.of("America/Los_Angeles");
  }

  @Override
  protected Entitlements erpKnowing(List<ErpRecord> records) {
    EntitlementRows.insert(TestDatabase.shared().transactions(), records);
    return new JdbcEntitlements(TestDatabase.shared().transactions(), businessZone());
  }
}
