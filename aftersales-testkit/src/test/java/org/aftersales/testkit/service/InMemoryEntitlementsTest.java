package org.aftersales.testkit.service;

import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.service.Entitlements;
import org.junit.jupiter.api.Tag;

/**
 * The in-memory ERP keeps the {@link Entitlements} contract in the seed's business zone, eight
 * hours ahead of UTC. Runs twice (tag {@code jvm-defaults}): under a JVM default zone of UTC and
 * of UTC+14, neither of them the business zone. // rule: SVC-01, SVC-15
 */
@Tag("jvm-defaults")
class InMemoryEntitlementsTest extends EntitlementsContract {

  @Override
  protected ZoneId businessZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  protected Entitlements erpKnowing(List<ErpRecord> records) {
    return ErpRecords.into(InMemoryEntitlements.create(businessZone()), records);
  }
}
