package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.SafeguardRemindersTest.OFFICE;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.SHANGHAI;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.backup;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.change;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.SafeguardReminders;
import org.aftersales.core.obligation.SafeguardSettings;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Two changes recorded (one then noticed), two backup obligations opened (one backed up, one
 * never), two safeguard runs in pages of one and a new backup between them — under a fault at
 * every port call of the registers and the run, with retries: no reminder lost, none recorded
 * twice, nothing stored twice, in autocommit and in a host transaction; the relay delivers every
 * reminder at least once.
 * // rule: CON-07, CON-08 — tag: reliability
 */
class SafeguardFaultTest extends FaultInjectionContract<SafeguardFaultTest.World> {

  /** The registers and the runs of two instants, wired to wrapped ports, and what to observe. */
  record World(ChangeRegister changes, BackupRegister backups, SafeguardReminders monday,
      SafeguardReminders tuesday, InMemoryChangeRecords changeStore, InMemoryBackups backupStore,
      InMemoryNoticeLog log) {}

  static final ProjectId XM1 = ProjectId.of("XM-1");
  static final ProjectId XM2 = ProjectId.of("XM-2");

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryChangeRecords changeStore = InMemoryChangeRecords.over(database);
    InMemoryBackups backupStore = InMemoryBackups.over(database);
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    ChangeRecords changes = faults.wrap(ChangeRecords.class, changeStore);
    Backups backups = faults.wrap(Backups.class, backupStore);
    NoticeLog wrappedLog = faults.wrap(NoticeLog.class, log);
    SafeguardSettings pagesOfOne = SafeguardSettings.seed().withPageSize(1);
    return new World(new ChangeRegister(changes), new BackupRegister(backups),
        new SafeguardReminders(changes, backups, wrappedLog, pagesOfOne, OFFICE,
            TestClock.at(sh("2026-11-02T10:30"), SHANGHAI)),
        new SafeguardReminders(changes, backups, wrappedLog, pagesOfOne, OFFICE,
            TestClock.at(sh("2026-11-03T14:00"), SHANGHAI)),
        changeStore, backupStore, log);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("record BG-1 (window Tue 10:00)",
            w -> w.changes().record(change("BG-1", "2026-11-03T10:00"))),
        new Step<>("record BG-2 (window Tue 10:15)",
            w -> w.changes().record(change("BG-2", "2026-11-03T10:15"))),
        new Step<>("BG-2 noticed by phone Fri 30 Oct", w -> w.changes().noticed(
            ChangeId.of("BG-2"),
            ChangeNotice.of(sh("2026-10-30T15:00"), ChangeNoticeChannel.PHONE))),
        new Step<>("open XM-1", w -> w.backups().open(
            BackupObligation.of(XM1, SHANGHAI, BackupTerms.seed()))),
        new Step<>("open XM-2", w -> w.backups().open(
            BackupObligation.of(XM2, SHANGHAI, BackupTerms.seed()))),
        new Step<>("XM-1 backed up Sun 1 Nov 01:00",
            w -> w.backups().record(XM1, backup("2026-11-01T01:00"))),
        // BG-1 due Mon 10:00; XM-1 due by Mon 01:00 → Mon 09:00; XM-2 never backed up.
        new Step<>("run Mon 2 Nov 10:30 (three reminders)", w -> w.monday().run()),
        new Step<>("XM-1 backed up Mon 2 Nov 12:00",
            w -> w.backups().record(XM1, backup("2026-11-02T12:00"))),
        // XM-1 due by Tue 12:00 (lunch) → Tue 13:30; BG-1's window has started.
        new Step<>("run Tue 3 Nov 14:00 (one reminder)", w -> w.tuesday().run()));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // What a run records depends on what a failed attempt recorded before it; the log after
    // the run does not.
    return result instanceof ObligationRunReport ? sorted(world.log().all()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(sorted(world.log().all()), world.changeStore().all(),
        world.backupStore().stored(), delivered.stream()
            .sorted(Comparator.comparing(e -> e.eventId().value())).toList());
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }

  @Test
  void the_fault_free_scenario_records_four_reminders() {
    // rule: CON-07, CON-08 — the reference the fault tests compare with is what the seed asks.
    InMemoryDatabase database = InMemoryDatabase.create();
    World world = newWorld(database, FaultInjector.over(database));
    for (Step<World> step : scenario()) {
      step.action().apply(world);
    }
    assertEquals(List.of("backup/XM-1/CON-08/overdue.role:AFTER_SALES_LEAD/2026-10-31T17:00:00Z",
        "backup/XM-1/CON-08/overdue.role:AFTER_SALES_LEAD/2026-11-02T04:00:00Z",
        "backup/XM-2/CON-08/overdue.role:AFTER_SALES_LEAD/none",
        "change/BG-1/CON-07/notice-missing.role:AFTER_SALES_LEAD/2026-11-03T02:00:00Z"),
        sorted(world.log().all()).stream().map(n -> n.key().text()).toList());
  }

  @Test
  void the_port_calls_of_a_run_are_the_documented_ones_in_order() {
    // rule: CON-07, CON-08 — pages of one: BG-1 due (recorded), BG-2 noticed (nothing due, no
    // log call), an empty third page; XM-1 and XM-2 each due, an empty third page.
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    List<Step<World>> steps = scenario();
    for (Step<World> step : steps.subList(0, 6)) {
      step.action().apply(world);
    }
    int before = faults.callCount();
    ObligationRunReport report = world.monday().run();
    assertEquals(List.of("ChangeRecords.startingBetween", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "ChangeRecords.startingBetweenAfter",
        "ChangeRecords.startingBetweenAfter", "Backups.all", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "Backups.allAfter", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "Backups.allAfter"),
        faults.calls().subList(before, faults.callCount()));
    assertEquals(3, report.recorded().size());
    assertEquals(4, report.contractsRead());
  }

  @Test
  void the_port_calls_of_the_registers_are_the_documented_ones() {
    // rule: CON-07, CON-08 — find then save; a repeat only finds.
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    List<Step<World>> steps = scenario();
    for (Step<World> step : steps.subList(0, 6)) {
      step.action().apply(world);
    }
    int before = faults.callCount();
    steps.get(0).action().apply(world);
    steps.get(2).action().apply(world);
    steps.get(5).action().apply(world);
    assertEquals(List.of("ChangeRecords.find", "ChangeRecords.find", "Backups.find"),
        faults.calls().subList(before, faults.callCount()));
    assertEquals(List.of("ChangeRecords.find", "ChangeRecords.save", "ChangeRecords.find",
        "ChangeRecords.save", "ChangeRecords.find", "ChangeRecords.save", "Backups.find",
        "Backups.save", "Backups.find", "Backups.save", "Backups.find", "Backups.save"),
        faults.calls().subList(0, before));
  }
}
