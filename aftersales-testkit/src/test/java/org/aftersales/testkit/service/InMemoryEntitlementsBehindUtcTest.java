package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-memory ERP keeps the {@link Entitlements} contract in a business zone behind UTC, with
 * daylight saving (a contract in the contract's tests starts on the day the clocks go forward), so
 * that between the two subclasses a day taken in UTC fails on both sides. Runs twice (tag {@code
 * jvm-defaults}): under a JVM default zone of UTC and of UTC+14. // rule: SVC-01, SVC-15
 */
@Tag("jvm-defaults")
class InMemoryEntitlementsBehindUtcTest extends EntitlementsContract {

  @Override
  protected ZoneId businessZone() {
    return ZoneId.of("America/Los_Angeles");
  }

  @Override
  protected Entitlements erpKnowing(List<ErpRecord> records) {
    return ErpRecords.into(InMemoryEntitlements.create(businessZone()), records);
  }

  @Test
  void the_adapter_made_without_a_zone_decides_in_shanghai_eight_hours_ahead_of_utc() {
    // rule: SVC-15
    InMemoryEntitlements erp = InMemoryEntitlements.create()
        .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2026, 3, 31)));
    // 2026-03-31T16:00Z is midnight of 1 April in Shanghai (UTC+8, no daylight saving).
    assertEquals(Entitlement.underWarrantyUntil(LocalDate.of(2026, 3, 31)),
        erp.lookUp("CNC-450", "SN-C", Instant.parse("2026-03-31T15:59:59.999999Z")));
    assertEquals(Entitlement.none(),
        erp.lookUp("CNC-450", "SN-C", Instant.parse("2026-03-31T16:00:00Z")));
  }

  @Test
  void grants_chain_a_contract_and_its_renewal_onto_one_unit_beside_a_warranty() {
    // rule: SVC-01
    ContractId first = ContractId.of("MC-2026-001");
    ContractId renewal = ContractId.of("MC-2027-001");
    InMemoryEntitlements erp = InMemoryEntitlements.create(ZoneId.of("UTC"))
        .grantContract("CNC-450", "SN-R", first, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31))
        .grantContract("CNC-450", "SN-R", renewal, LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 31))
        .grant("CNC-450", "SN-R", Entitlement.underWarrantyUntil(LocalDate.of(2026, 6, 30)));
    assertEquals(Entitlement.builder().contract(first).warrantyUntil(LocalDate.of(2026, 6, 30))
        .build(), erp.lookUp("CNC-450", "SN-R", Instant.parse("2026-06-30T23:59:59Z")));
    assertEquals(Entitlement.underContract(renewal),
        erp.lookUp("CNC-450", "SN-R", Instant.parse("2027-01-01T00:00:00Z")));
  }

  @Test
  void a_contract_granted_without_days_covers_whenever_and_one_ending_before_it_starts_is_refused() {
    // rule: SVC-01
    ContractId contract = ContractId.of("MC-2026-017");
    InMemoryEntitlements erp = InMemoryEntitlements.create(businessZone())
        .grant("CNC-450", "SN-B", Entitlement.underContract(contract));
    assertEquals(Entitlement.underContract(contract),
        erp.lookUp("CNC-450", "SN-B", Instant.parse("2040-01-01T00:00:00Z")));
    assertThrows(IllegalArgumentException.class, () -> erp.grantContract("CNC-450", "SN-X",
        contract, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 30)));
  }
}
