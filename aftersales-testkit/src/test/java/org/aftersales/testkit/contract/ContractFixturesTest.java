package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The fixtures have the defaults their Javadoc states, every builder verb changes what it says,
 * and the seed wiring issues the seed's expiry notice. // rule: CON-01, CON-02, CON-04
 */
class ContractFixturesTest {

  @Test
  void the_three_contracts_have_their_documented_defaults() {
    ServiceContract m = ContractFixtures.aMaintenanceContract();
    assertEquals(List.of(ContractKind.MAINTENANCE, SystemCategory.GENERAL),
        List.of(m.kind(), m.category()));
    assertEquals(List.of(SystemId.of("SYS-1")), m.systems());
    assertEquals(List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)),
        List.of(m.start(), m.end()));
    assertEquals(CustomerId.of("CUST-1"), m.customer());
    ServiceContract f = ContractFixtures.freePeriod().build();
    assertEquals(ContractKind.FREE_MAINTENANCE, f.kind());
    assertEquals(List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
        List.of(f.start(), f.end()));
    ServiceContract s = ContractFixtures.securitySystemContract().build();
    assertEquals(SystemCategory.SECURITY, s.category());
    assertEquals(List.of(SystemId.of("CAM-1"), SystemId.of("ALARM-2")), s.systems());
    assertNotEquals(m.id(), f.id(), "fresh IDs");
    assertTrue(ContractFixtures.aContractId().value().matches("CT-\\d{6}"));
  }

  @Test
  void every_builder_verb_changes_what_it_names() {
    ServiceContract c = ContractFixtures.maintenanceContract().heldBy(CustomerId.of("CUST-9"))
        .ofKind(ContractKind.FREE_MAINTENANCE).inCategory(SystemCategory.SECURITY)
        .forSystems("A-1", "B-2").covering(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))
        .build();
    assertEquals(CustomerId.of("CUST-9"), c.customer());
    assertEquals(ContractKind.FREE_MAINTENANCE, c.kind());
    assertEquals(SystemCategory.SECURITY, c.category());
    assertEquals(List.of(SystemId.of("A-1"), SystemId.of("B-2")), c.systems());
    assertEquals(c.start(), c.end(), "a one-day contract");
    assertThrows(InvalidInputException.class,
        () -> ContractFixtures.maintenanceContract().forSystems("A-1", "A-1").build());
  }

  @Test
  void the_seed_schedule_puts_the_default_contracts_end_notices_where_the_seed_says() {
    // CON-01: 31 March 2027 − 1 month = 28 February (31 → 28, clamped); CON-02: 30 June 2027 −
    // 3 months = 30 March; CON-04: one inspection per system in November 2026.
    ServiceContract m = ContractFixtures.aMaintenanceContract();
    ServiceContract f = ContractFixtures.freePeriod().build();
    ServiceContract s = ContractFixtures.securitySystemContract().build();
    assertEquals(List.of(LocalDate.of(2027, 2, 28)), dueOf(m, ObligationKind.EXPIRY_NOTICE));
    assertEquals(List.of(LocalDate.of(2027, 3, 30)),
        dueOf(f, ObligationKind.FREE_PERIOD_END_REPORT));
    assertEquals(2, ContractFixtures.seedSchedule().due(s, LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 12, 1)).stream()
        .filter(o -> o.kind() == ObligationKind.MONTHLY_INSPECTION).count());
    assertEquals(7, ContractFixtures.seedSettings().leadOf(ObligationKind.MONTHLY_INSPECTION));
  }

  private static List<LocalDate> dueOf(ServiceContract c, ObligationKind kind) {
    return ContractFixtures.seedSchedule().due(c, c.start(), c.end().plusDays(1)).stream()
        .filter(o -> o.kind() == kind).map(Obligation::due).toList();
  }

  @Test
  void the_seed_wiring_issues_the_expiry_notice_at_mondays_opening() {
    // CON-01: due Sunday 28 February 2027 → Monday 1 March 09:00 in Shanghai.
    InMemoryDatabase db = InMemoryDatabase.create();
    InMemoryContracts contracts = InMemoryContracts.over(db);
    InMemoryNoticeLog log = InMemoryNoticeLog.over(db);
    TestClock clock = TestClock.at(ContractFixtures.shanghai("2027-03-01T08:59"), SHANGHAI);
    ContractFixtures.seedCommands(contracts, clock)
        .register(ContractFixtures.aMaintenanceContract());
    ContractFixtures.seedReminders(contracts, log, clock).run();
    assertEquals(0, log.all().stream().filter(n -> n.kind().equals(NoticeKind.CONTRACT_EXPIRY))
        .count());
    clock.set(Instant.parse("2027-03-01T01:00:00Z")); // 09:00 in Shanghai (UTC+8)
    ContractFixtures.seedReminders(contracts, log, clock).run();
    assertEquals(1, log.all().stream().filter(n -> n.kind().equals(NoticeKind.CONTRACT_EXPIRY))
        .count());
    assertEquals(SHANGHAI, ContractFixtures.seedCalendar().zone());
    assertTrue(ContractFixtures.seedCalendar().isWorkingTime(
        ContractFixtures.shanghai("2027-03-01T09:00")));
    assertEquals(List.of(), ContractFixtures.seedStatusReport(contracts, clock)
        .missed(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)));
    assertEquals(ContractFixtures.ENGINEER, ContractFixtures.aFulfilment(clock.instant()).by());
  }
}
