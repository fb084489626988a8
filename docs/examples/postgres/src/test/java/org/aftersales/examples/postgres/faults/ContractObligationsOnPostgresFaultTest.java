package org.aftersales.examples.postgres.faults;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.aftersales.testkit.contract.ContractFixtures.shanghai;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.contract.JdbcContracts;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.time.TestClock;

/**
 * Every contract command — the testkit's ContractObligationsFaultTest scenario — on
 * {@link JdbcContracts} and the JDBC outbox, under a fault at every port call, with retries:
 * register a maintenance contract M-1 and a free maintenance period F-1; fulfil M-1's November
 * inspection; carry its November report over; write October's off; assign its renewal follow-up
 * (CON-01); fulfil F-1's free-period report (CON-02) and assign its sales follow-up. Nothing is
 * half changed (a file is stored with its events or not at all) and the retry lands once — the
 * same files, versions, rows and events as the fault-free run, in autocommit and in a host
 * transaction. // rule: CON-01, CON-02, CON-04, CON-05 — tag: reliability
 */
class ContractObligationsOnPostgresFaultTest
    extends OnPostgresFaultContract<ContractObligationsOnPostgresFaultTest.World> {

  static final ContractId M1 = ContractId.of("M-1");
  static final ContractId F1 = ContractId.of("F-1");
  static final ServiceContract MAINTENANCE =
      ContractFixtures.maintenanceContract().id(M1).build();
  static final ServiceContract FREE_PERIOD = ContractFixtures.freePeriod().id(F1).build();
  static final PersonId MANAGER = PersonId.of("MGR-02");
  static final PersonId DIRECTOR = PersonId.of("DIR-01");

  /** The commands wired to the wrapped adapter, the unwrapped adapter and the storage. */
  record World(ContractObligations commands, JdbcContracts contracts,
      PostgresUnitOfWork storage) {}

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcContracts contracts = new JdbcContracts(storage.connections(), JSON);
    return new World(ContractFixtures.seedCommands(faults.wrap(Contracts.class, contracts),
        TestClock.at(shanghai("2026-12-01T10:00"), SHANGHAI)), contracts, storage);
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
    // No numbers are drawn; events sorted by ID as the testkit's scenario compares them.
    return List.of(world.contracts().find(F1), world.contracts().find(M1),
        world.storage().rowCounts(), delivered.stream()
            .sorted(Comparator.comparing(e -> e.eventId().value())).toList());
  }
}
