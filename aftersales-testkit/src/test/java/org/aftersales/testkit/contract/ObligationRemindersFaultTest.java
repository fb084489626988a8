package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.aftersales.testkit.contract.ContractFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Three reminder runs over three contracts starting 1 November 2026, read in pages of two, with
 * a fulfilment between them, under a fault at every port call, with retries: afterwards the log
 * holds exactly the notices of the fault-free run, none twice, and the outbox delivers exactly
 * the logged notices (outbox = log), in autocommit and in a host transaction.
 * <ul>
 *   <li>Mon 23 Nov 10:00 — the due notices of November's inspections (CAM-1, ALARM-2 of S-1;
 *       SYS-1 of M-1 and F-1) and optimisation reports (30 Nov − 7 days);</li>
 *   <li>Fri 27 Nov — the engineer fulfils S-1's inspection of CAM-1;</li>
 *   <li>Mon 30 Nov 10:00 — M-1's expiry notice (ends 31 December: due 30 November) to the service
 *       centre; F-1's free-period report (ends 28 February: due Saturday 28 November → Monday);
 *       not yet its overdue reminder: the working day of Sat 28 November is Mon 30 November, its
 *       overdue day 30 + 1 = Tuesday 1 December;</li>
 *   <li>Tue 1 Dec 10:00 — the overdue reminders of November's obligations (M-1's expiry notice:
 *       Mon 30 November + 1; F-1's free-period report: as above), none for CAM-1's fulfilled
 *       inspection.</li>
 * </ul>
 * // rule: CON-01, CON-02, CON-04, CON-05 — tag: reliability
 */
class ObligationRemindersFaultTest
    extends FaultInjectionContract<ObligationRemindersFaultTest.World> {

  /** The runs at three instants and the fulfilment, wired to wrapped ports, and the log. */
  record World(ObligationReminders monday23, ContractObligations friday27,
      ObligationReminders monday30, ObligationReminders tuesday1, InMemoryNoticeLog log) {}

  static final List<ServiceContract> CONTRACTS = List.of(
      ContractFixtures.securitySystemContract().id(ContractId.of("S-1"))
          .covering(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)).build(),
      ContractFixtures.maintenanceContract().id(ContractId.of("M-1"))
          .covering(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)).build(),
      ContractFixtures.freePeriod().id(ContractId.of("F-1"))
          .covering(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 28)).build());

  static final String CAM_INSPECTION = "3:S-1/MONTHLY_INSPECTION/2026-11 CAM-1";

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryContracts contracts = InMemoryContracts.over(database);
    for (ServiceContract c : CONTRACTS) {
      contracts.save(ContractFile.open(c), List.of());
    }
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    Contracts wrappedContracts = faults.wrap(Contracts.class, contracts);
    NoticeLog wrappedLog = faults.wrap(NoticeLog.class, log);
    return new World(
        reminders(wrappedContracts, wrappedLog, "2026-11-23T10:00"),
        ContractFixtures.seedCommands(wrappedContracts,
            TestClock.at(shanghai("2026-11-27T15:00"), SHANGHAI)),
        reminders(wrappedContracts, wrappedLog, "2026-11-30T10:00"),
        reminders(wrappedContracts, wrappedLog, "2026-12-01T10:00"),
        log);
  }

  private static ObligationReminders reminders(Contracts contracts, NoticeLog log, String at) {
    return new ObligationReminders(contracts, log, ContractFixtures.seedSchedule(),
        ContractFixtures.seedSettings().withPageSize(2), ContractFixtures.seedCalendar(),
        TestClock.at(shanghai(at), SHANGHAI));
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("run Mon 23 Nov 10:00 (November's due notices)", w -> w.monday23().run()),
        new Step<>("fulfil CAM-1's November inspection", w -> w.friday27().fulfilInspection(
            ContractId.of("S-1"), CAM_INSPECTION, ContractFixtures.anInspectionReport(
                ContractFixtures.securitySystemContract().id(ContractId.of("S-1")).build(),
                SystemId.of("CAM-1"), YearMonth.of(2026, 11), PersonId.of("ENG-01"),
                shanghai("2026-11-27T14:00"), "INS-CAM-1-2026-11"))),
        new Step<>("run Mon 30 Nov 10:00 (expiry, free-period report)",
            w -> w.monday30().run()),
        new Step<>("run Tue 1 Dec 10:00 (overdue reminders)", w -> w.tuesday1().run()));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // What a run records depends on what a failed attempt recorded before it; the log after
    // the run does not.
    return result instanceof ObligationRunReport ? sorted(world.log().all()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    List<Notice> logged = sorted(world.log().all());
    Set<Notice> deliveredNotices = delivered.stream().map(OutboxEvent::event)
        .filter(Notice.class::isInstance).map(Notice.class::cast).collect(Collectors.toSet());
    assertEquals(Set.copyOf(logged), deliveredNotices, "outbox = log");
    return List.of(logged, delivered.stream()
        .sorted(Comparator.comparing(e -> e.eventId().value())).toList());
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }

  @Test
  void the_fault_free_scenario_issues_what_the_seed_says_and_its_port_calls_are_the_documented_ones() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    ObligationRunReport first = world.monday23().run();
    // Pages of two: F-1 and M-1, then S-1 alone (a short page ends the run).
    List<String> calls = faults.calls();
    assertEquals("Contracts.overlapping", calls.get(0));
    assertEquals("NoticeLog.recordedAmong", calls.get(1));
    assertEquals(1, calls.stream().filter("Contracts.overlappingAfter"::equals).count());
    assertEquals(2, calls.stream().filter("NoticeLog.recordedAmong"::equals).count());
    // One page-wide recording per page with something new: both pages have.
    assertEquals(2, calls.stream().filter("NoticeLog.recordAllIfAbsent"::equals).count());
    assertEquals(0, calls.stream().filter("NoticeLog.recordIfAbsent"::equals).count());
    assertEquals(3, first.contractsRead());
    // 23 Nov: inspections CAM-1, ALARM-2 (S-1), SYS-1 (M-1), SYS-1 (F-1) and the three
    // optimisation reports, all due 30 November; the quarterly revisits and reports of Q4 may
    // fall on 30 November too, so only the monthly ones are counted here.
    assertEquals(7, first.recorded().stream().filter(n -> Set.of("MONTHLY_INSPECTION",
        "MONTHLY_OPTIMISATION_REPORT").contains(n.parameters().get("kind"))).count());

    world.friday27().fulfilInspection(ContractId.of("S-1"), CAM_INSPECTION,
        ContractFixtures.anInspectionReport(
            ContractFixtures.securitySystemContract().id(ContractId.of("S-1")).build(),
            SystemId.of("CAM-1"), YearMonth.of(2026, 11), PersonId.of("ENG-01"),
            shanghai("2026-11-27T14:00"), "INS-CAM-1-2026-11"));
    ObligationRunReport second = world.monday30().run();
    // rule: CON-02 — F-1's report, due Sat 28 Nov, is announced Monday and overdue a working day
    // later, on Tuesday (before the rule both went out on Monday).
    assertEquals(Set.of("CONTRACT_EXPIRY M-1", "FREE_PERIOD_ENDING F-1"), second.recorded().stream()
        .filter(n -> !Set.of("MONTHLY_INSPECTION", "MONTHLY_OPTIMISATION_REPORT",
            "QUARTERLY_REVISIT", "QUARTERLY_CUSTOMER_REPORT").contains(n.parameters().get("kind")))
        .map(n -> n.kind().code() + " " + n.key().sourceId()).collect(Collectors.toSet()));
    ObligationRunReport third = world.tuesday1().run();
    assertEquals(Set.of("EXPIRY_NOTICE M-1", "FREE_PERIOD_END_REPORT F-1"), third.recorded()
        .stream().filter(n -> n.kind().equals(NoticeKind.OBLIGATION_OVERDUE)
            && Set.of("EXPIRY_NOTICE", "FREE_PERIOD_END_REPORT")
                .contains(n.parameters().get("kind")))
        .map(n -> n.parameters().get("kind") + " " + n.key().sourceId())
        .collect(Collectors.toSet()));
    List<String> overdueInspections = third.recorded().stream()
        .filter(n -> n.kind().equals(NoticeKind.OBLIGATION_OVERDUE)
            && "MONTHLY_INSPECTION".equals(n.parameters().get("kind")))
        .map(n -> (String) n.parameters().get("obligation")).sorted().toList();
    assertEquals(List.of("3:F-1/MONTHLY_INSPECTION/2026-11 SYS-1",
        "3:M-1/MONTHLY_INSPECTION/2026-11 SYS-1", "3:S-1/MONTHLY_INSPECTION/2026-11 ALARM-2"),
        overdueInspections, "none for CAM-1's fulfilled inspection");
    assertEquals(world.log().all().size(), first.recorded().size() + second.recorded().size()
        + third.recorded().size(), "each notice recorded by one run");
  }
}
