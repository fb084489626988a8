package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.aftersales.testkit.contract.ContractFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Every contract command under a fault at every port call, with retries: nothing is half
 * changed (a file is stored with its events or not at all) and the retry lands once — the same
 * files, versions and events as the fault-free run, in autocommit and in a host transaction.
 * The commands: register a maintenance contract M-1 (1 April 2026 to 31 March 2027) and a free
 * maintenance period F-1 (1 July 2026 to 30 June 2027); fulfil M-1's November inspection; carry
 * its November optimisation report over to 10 December; write October's off; assign the renewal
 * follow-up of its expiry notice (CON-01); fulfil F-1's free-period report (CON-02: the written
 * report to the sales director) and assign its sales follow-up.
 * // rule: CON-01, CON-02, CON-04, CON-05 — tag: reliability
 */
class ContractObligationsFaultTest
    extends FaultInjectionContract<ContractObligationsFaultTest.World> {

  /** The commands wired to a wrapped store, and the store to observe. */
  record World(ContractObligations commands, InMemoryContracts contracts) {}

  static final ContractId M1 = ContractId.of("M-1");
  static final ContractId F1 = ContractId.of("F-1");
  static final ServiceContract MAINTENANCE =
      ContractFixtures.maintenanceContract().id(M1).build();
  static final ServiceContract FREE_PERIOD = ContractFixtures.freePeriod().id(F1).build();
  static final PersonId MANAGER = PersonId.of("MGR-02");
  static final PersonId DIRECTOR = PersonId.of("DIR-01");

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryContracts contracts = InMemoryContracts.over(database);
    return new World(ContractFixtures.seedCommands(faults.wrap(Contracts.class, contracts),
        TestClock.at(shanghai("2026-12-01T10:00"), SHANGHAI)), contracts);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("register M-1", w -> w.commands().register(MAINTENANCE)),
        new Step<>("register F-1", w -> w.commands().register(FREE_PERIOD)),
        new Step<>("fulfil M-1's November inspection", w -> w.commands().fulfilInspection(M1,
            "3:M-1/MONTHLY_INSPECTION/2026-11 SYS-1", ContractFixtures.anInspectionReport(
                MAINTENANCE, SystemId.of("SYS-1"), YearMonth.of(2026, 11),
                PersonId.of("ENG-01"), shanghai("2026-11-30T15:00"), "INS-2026-11"))),
        new Step<>("carry M-1's November report over", w -> w.commands().carryOver(M1,
            "3:M-1/MONTHLY_OPTIMISATION_REPORT/2026-11", LocalDate.of(2026, 12, 10),
            "customer's site closed", MANAGER)),
        new Step<>("write M-1's October report off", w -> w.commands().writeOff(M1,
            "3:M-1/MONTHLY_OPTIMISATION_REPORT/2026-10", "customer waived it", MANAGER)),
        new Step<>("assign M-1's renewal follow-up", w -> w.commands().assignFollowUp(M1,
            "3:M-1/EXPIRY_NOTICE/2027-03-31", PersonId.of("SALES-07"), MANAGER)),
        new Step<>("fulfil F-1's free-period report", w -> w.commands().fulfil(F1,
            "3:F-1/FREE_PERIOD_END_REPORT/2027-06-30", ObligationFulfilment.of(
                PersonId.of("LEAD-01"), shanghai("2026-12-01T09:30"), "RPT-FREE-1"))),
        new Step<>("assign F-1's sales follow-up", w -> w.commands().assignFollowUp(F1,
            "3:F-1/FREE_PERIOD_END_REPORT/2027-06-30", PersonId.of("SALES-09"), DIRECTOR)));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.contracts().all(), delivered.stream()
        .sorted(Comparator.comparing(e -> e.eventId().value())).toList());
  }

  @Test
  void the_fault_free_scenario_stores_each_change_once_with_its_events() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    for (Step<World> step : scenario()) {
      step.action().apply(world);
    }
    // M-1: registered (v1) + 4 changes; F-1: registered (v1) + 2 changes.
    List<ContractFile> files = world.contracts().all();
    assertEquals(List.of(F1, M1), files.stream().map(ContractFile::id).toList());
    assertEquals(3, files.get(0).version().value());
    assertEquals(5, files.get(1).version().value());
    // Events: inspection fulfilled + its report, carried over, written off, follow-up assigned +
    // its notice (M-1); fulfilled + the report to the sales director, follow-up assigned + its
    // notice (F-1).
    assertEquals(10, world.contracts().outbox().all().size());
    // Each command: one find and, if it changes something, one save.
    assertEquals(List.of("Contracts.find", "Contracts.save"), faults.calls().subList(0, 2));
    assertEquals(16, faults.calls().size());
  }
}
