package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.SafeguardReminders;
import org.aftersales.core.obligation.SafeguardSettings;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The safeguard run (安全备份提醒), P8 §3(2) and §3(3): a planned change the customer has not been
 * told of is reminded once, a day before its window (the seed's lead), at the next working moment
 * unless that comes only after the window has started; an overdue backup is reminded once per
 * latest backup at the next working moment; a day changed two months ago can still be restored.
 *
 * <p>The calendar is the rules module's {@link WorkingCalendar} with the office hours of the seed
 * tests: Monday to Friday 09:00–12:00 and 13:30–18:00 in Shanghai, no holidays. November 2026:
 * Sunday 1, Monday 2, Tuesday 3, … Monday 9. Every expected instant is worked out by hand in the
 * comments.
 */
class SafeguardRemindersTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final WorkingCalendar OFFICE = WorkingCalendar.builder(SHANGHAI)
      .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
          WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
      .build();
  static final Recipient LEAD = Recipient.role(RecipientRole.AFTER_SALES_LEAD);
  static final ProjectId PROJECT = ProjectId.of("XM-2026-07");

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryChangeRecords changes = InMemoryChangeRecords.over(database);
  final InMemoryBackups backups = InMemoryBackups.over(database);
  final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  final ChangeRegister changeRegister = new ChangeRegister(changes);
  final BackupRegister backupRegister = new BackupRegister(backups);
  final TestClock clock = TestClock.at(sh("2026-11-01T00:00"), SHANGHAI);

  /** A local date-time in Shanghai (UTC+8, no daylight saving). */
  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  /** A planned change of two hours, never noticed. */
  static ChangeRecord change(String id, String windowStart) {
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(ChangeId.of(id)).project(PROJECT).what("升级数据库补丁")
        .impact("数据库重启，服务中断约二十分钟").scope("全部客户端")
        .windowStart(sh(windowStart)).windowEnd(sh(windowStart).plusSeconds(7200))
        .addScriptReference("DMS/sql/" + id + ".sql");
    return builder.build();
  }

  static BackupRecord backup(String takenAt) {
    return BackupRecord.of(sh(takenAt), "orders-db", "NAS-1/" + takenAt.replace(':', '-'));
  }

  SafeguardReminders reminders(SafeguardSettings settings) {
    return new SafeguardReminders(changes, backups, log, settings, OFFICE, clock);
  }

  ObligationRunReport runAt(String local) {
    return runAt(local, SafeguardSettings.seed());
  }

  ObligationRunReport runAt(String local, SafeguardSettings settings) {
    clock.set(sh(local));
    return reminders(settings).run();
  }

  /** The missing-notice reminder as documented: its key and parameters written out. */
  static Notice changeNotice(String id, Recipient to, String windowStartUtc, String windowEndUtc,
      String at) {
    return Notice.of(new NoticeKey("change", id, RuleId.of("CON-07"), "notice-missing." + to.text(),
        windowStartUtc), NoticeKind.CHANGE_NOTICE_MISSING, to, sh(at),
        Map.of("change", id, "project", "XM-2026-07", "windowStart", Instant.parse(windowStartUtc),
            "windowEnd", Instant.parse(windowEndUtc)));
  }

  /** The overdue-backup reminder after a backup. */
  static Notice backupNotice(String project, String lastUtc, String dueByUtc, String at) {
    return Notice.of(new NoticeKey("backup", project, RuleId.of("CON-08"),
        "overdue.role:AFTER_SALES_LEAD", lastUtc), NoticeKind.BACKUP_OVERDUE, LEAD, sh(at),
        Map.of("project", project, "lastBackup", Instant.parse(lastUtc),
            "dueBy", Instant.parse(dueByUtc)));
  }

  /** The overdue-backup reminder of an obligation without any backup. */
  static Notice noBackupNotice(String project, String at) {
    return Notice.of(new NoticeKey("backup", project, RuleId.of("CON-08"),
        "overdue.role:AFTER_SALES_LEAD", "none"), NoticeKind.BACKUP_OVERDUE, LEAD, sh(at),
        Map.of("project", project));
  }

  // ---------------------------------------------------------------- CON-07: change notices

  @Test
  void a_change_on_tuesday_at_ten_without_notice_is_reminded_once_on_monday_at_ten() {
    // rule: CON-07 — window Tue 3 Nov 10:00 (02:00 UTC) to 12:00 (04:00 UTC); one day before is
    // Mon 2 Nov 10:00, a working moment: the reminder is due then.
    changeRegister.record(change("BG-1", "2026-11-03T10:00"));
    assertEquals(sh("2026-11-02T10:00"),
        reminders(SafeguardSettings.seed()).changeReminderInstant(change("BG-1",
            "2026-11-03T10:00")));
    ObligationRunReport early = runAt("2026-11-02T09:59:59");
    assertEquals(List.of(), early.recorded());
    assertEquals(0, early.contractsRead(), "the window is a day and a second away: not read");
    ObligationRunReport due = runAt("2026-11-02T10:00");
    assertEquals(List.of(changeNotice("BG-1", LEAD, "2026-11-03T02:00:00Z",
        "2026-11-03T04:00:00Z", "2026-11-02T10:00")), due.recorded());
    assertEquals(sh("2026-11-02T10:00"), due.at());
    assertEquals(0, due.alreadyRecorded());
    for (String later : List.of("2026-11-02T17:00", "2026-11-03T09:59:59.999999")) {
      ObligationRunReport again = runAt(later);
      assertEquals(List.of(), again.recorded(), later);
      assertEquals(1, again.alreadyRecorded(), later);
    }
    ObligationRunReport started = runAt("2026-11-03T10:00");
    assertEquals(0, started.contractsRead(), "a window that has started is not read");
    assertEquals(1, log.all().size());
  }

  @Test
  void a_change_on_monday_at_two_is_reminded_on_sunday_at_two_in_the_quiet_hours() {
    // rule: CON-07 — window Mon 2 Nov 02:00; one day before is Sun 1 Nov 02:00, not working; the
    // next working moment, Mon 09:00, comes after the window has started, so the reminder is due
    // Sun 02:00 itself and a run on Sunday records it.
    changeRegister.record(change("BG-2", "2026-11-02T02:00"));
    assertEquals(sh("2026-11-01T02:00"),
        reminders(SafeguardSettings.seed()).changeReminderInstant(change("BG-2",
            "2026-11-02T02:00")));
    assertEquals(List.of(), runAt("2026-10-31T12:00").recorded());
    assertEquals(List.of(), runAt("2026-11-01T01:59:59").recorded());
    assertEquals(List.of(changeNotice("BG-2", LEAD, "2026-11-01T18:00:00Z",
        "2026-11-01T20:00:00Z", "2026-11-01T03:00")), runAt("2026-11-01T03:00").recorded());
    assertEquals(List.of(), runAt("2026-11-02T01:00").recorded());
    assertEquals(1, log.all().size());
  }

  @Test
  void a_change_on_monday_at_ten_is_reminded_at_nine_when_the_office_opens() {
    // rule: CON-07 — window Mon 9 Nov 10:00; one day before is Sun 8 Nov 10:00, not working; the
    // next working moment Mon 9 Nov 09:00 is still before the window: the reminder waits for it.
    changeRegister.record(change("BG-3", "2026-11-09T10:00"));
    assertEquals(sh("2026-11-09T09:00"),
        reminders(SafeguardSettings.seed()).changeReminderInstant(change("BG-3",
            "2026-11-09T10:00")));
    ObligationRunReport sunday = runAt("2026-11-08T12:00");
    assertEquals(List.of(), sunday.recorded());
    assertEquals(1, sunday.contractsRead(), "the window starts within a day: read, not yet due");
    assertEquals(List.of(), runAt("2026-11-09T08:59:59").recorded());
    assertEquals(List.of(changeNotice("BG-3", LEAD, "2026-11-09T02:00:00Z",
        "2026-11-09T04:00:00Z", "2026-11-09T09:00")), runAt("2026-11-09T09:00").recorded());
  }

  @Test
  void a_change_the_customer_was_told_of_gets_no_reminder() {
    // rule: CON-07 — told on Fri 30 Oct by phone (事先告知); window Tue 3 Nov 10:00.
    changeRegister.record(change("BG-4", "2026-11-03T10:00"));
    changeRegister.noticed(ChangeId.of("BG-4"),
        ChangeNotice.of(sh("2026-10-30T15:00"), ChangeNoticeChannel.PHONE));
    ObligationRunReport run = runAt("2026-11-02T10:00");
    assertEquals(1, run.contractsRead());
    assertEquals(List.of(), run.recorded());
    assertEquals(List.of(), log.all());
  }

  @Test
  void a_change_whose_window_has_started_gets_no_reminder_even_after_a_missed_run() {
    // rule: CON-07 — window Tue 3 Nov 10:00, due Mon 10:00; no run until Tue 10:00 (its start)
    // and Tue 10:30: made without notice, which the record reports, not the run.
    changeRegister.record(change("BG-5", "2026-11-03T10:00"));
    assertEquals(List.of(), runAt("2026-11-03T10:00").recorded());
    assertEquals(List.of(), runAt("2026-11-03T10:30").recorded());
    assertTrue(changes.find(ChangeId.of("BG-5")).orElseThrow().withoutPriorNotice());
    assertEquals(List.of(), log.all());
  }

  @Test
  void a_window_one_microsecond_after_the_run_is_still_reminded_and_one_at_the_run_is_not() {
    // rule: CON-07 — runs at Tue 3 Nov 10:00 after a missed Monday: the window of BG-10 starts
    // 1 µs later (not begun: reminded now), that of BG-5 at 10:00 exactly (begun: not reminded).
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(ChangeId.of("BG-10")).project(PROJECT).what("调整索引").impact("查询变慢")
        .scope("订单查询").windowStart(sh("2026-11-03T10:00:00.000001"))
        .windowEnd(sh("2026-11-03T12:00"));
    changeRegister.record(builder.build());
    changeRegister.record(change("BG-5", "2026-11-03T10:00"));
    ObligationRunReport run = runAt("2026-11-03T10:00");
    assertEquals(1, run.contractsRead());
    assertEquals(List.of("BG-10"), run.recorded().stream().map(n -> n.key().sourceId()).toList());
    assertEquals("2026-11-03T02:00:00.000001Z", run.recorded().get(0).key().occurrence());
  }

  @Test
  void a_missed_run_is_caught_up_by_the_next_before_the_window() {
    // rule: CON-07 — due Mon 2 Nov 10:00; the scheduler was down until Tue 09:30.
    changeRegister.record(change("BG-6", "2026-11-03T10:00"));
    assertEquals(List.of(changeNotice("BG-6", LEAD, "2026-11-03T02:00:00Z",
        "2026-11-03T04:00:00Z", "2026-11-03T09:30")), runAt("2026-11-03T09:30").recorded());
  }

  @Test
  void a_configured_lead_of_two_days_reminds_every_recipient_once() {
    // rule: CON-07 — lead 48 h: window Thu 5 Nov 10:00 → due Tue 3 Nov 10:00, a working moment;
    // one reminder for the lead and one for the engineer in charge.
    Recipient zhao = Recipient.person(PersonId.of("SVC-ZHAO"));
    SafeguardSettings settings = SafeguardSettings.seed().withRecipients(List.of(LEAD, zhao))
        .withTimes(Duration.ofDays(2), Duration.ZERO);
    changeRegister.record(change("BG-7", "2026-11-05T10:00"));
    assertEquals(List.of(), runAt("2026-11-03T09:59", settings).recorded());
    assertEquals(List.of(
        changeNotice("BG-7", LEAD, "2026-11-05T02:00:00Z", "2026-11-05T04:00:00Z",
            "2026-11-03T10:00"),
        changeNotice("BG-7", zhao, "2026-11-05T02:00:00Z", "2026-11-05T04:00:00Z",
            "2026-11-03T10:00")), runAt("2026-11-03T10:00", settings).recorded());
    assertEquals(List.of(), runAt("2026-11-04T10:00", settings).recorded());
    assertEquals(2, log.all().size());
  }

  @Test
  void a_window_further_than_the_lead_is_not_read() {
    // rule: CON-07 — window Wed 4 Nov 10:00 is more than a day after Mon 2 Nov 10:00.
    changeRegister.record(change("BG-8", "2026-11-04T10:00"));
    ObligationRunReport run = runAt("2026-11-02T10:00");
    assertEquals(0, run.contractsRead());
    assertEquals(List.of(), run.recorded());
  }

  @Test
  void pages_of_one_remind_every_due_change_and_backup() {
    // rule: CON-07, CON-08 — three changes Tue 3 Nov 10:00, 10:30, 11:00 (due Mon 10:00, 10:30,
    // 11:00) and three obligations without backups: a run Mon 11:00 reminds all six, one page
    // at a time.
    changeRegister.record(change("BG-11", "2026-11-03T10:00"));
    changeRegister.record(change("BG-12", "2026-11-03T10:30"));
    changeRegister.record(change("BG-13", "2026-11-03T11:00"));
    for (String p : List.of("XM-1", "XM-2", "XM-3")) {
      backupRegister.open(BackupObligation.of(ProjectId.of(p), SHANGHAI, BackupTerms.seed()));
    }
    ObligationRunReport run = runAt("2026-11-02T11:00", SafeguardSettings.seed().withPageSize(1));
    assertEquals(6, run.recorded().size());
    assertEquals(6, run.contractsRead());
    assertEquals(List.of("BG-11", "BG-12", "BG-13", "XM-1", "XM-2", "XM-3"),
        run.recorded().stream().map(n -> n.key().sourceId()).toList());
  }

  // ---------------------------------------------------------------- CON-08: overdue backups

  @Test
  void a_backup_at_one_is_overdue_a_day_later_and_reminded_once_when_the_office_opens() {
    // rule: CON-08 — daily interval (BackupTerms.seed()): backup Mon 2 Nov 01:00 (Sun 17:00 UTC)
    // → due by Tue 3 Nov 01:00, a quiet hour → reminded Tue 09:00.
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-11-02T01:00"));
    assertEquals(List.of(), runAt("2026-11-02T10:00").recorded());
    assertEquals(List.of(), runAt("2026-11-03T01:00").recorded());
    assertEquals(List.of(), runAt("2026-11-03T08:59:59").recorded());
    ObligationRunReport due = runAt("2026-11-03T09:00");
    assertEquals(List.of(backupNotice("XM-2026-07", "2026-11-01T17:00:00Z",
        "2026-11-02T17:00:00Z", "2026-11-03T09:00")), due.recorded());
    assertEquals(1, due.contractsRead());
    for (String later : List.of("2026-11-03T15:00", "2026-11-04T08:00", "2026-11-05T10:00")) {
      ObligationRunReport again = runAt(later);
      assertEquals(List.of(), again.recorded(), later);
      assertEquals(1, again.alreadyRecorded(), later);
    }
    assertEquals(1, log.all().size());
  }

  @Test
  void after_a_new_backup_goes_stale_the_backup_is_reminded_once_again() {
    // rule: CON-08 — backup Mon 01:00 reminded Tue 09:00; a new backup Wed 4 Nov 01:00 (Tue 17:00
    // UTC) is due by Thu 5 Nov 01:00 → reminded Thu 09:00, once.
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-11-02T01:00"));
    assertEquals(1, runAt("2026-11-03T09:00").recorded().size());
    backupRegister.record(PROJECT, backup("2026-11-04T01:00"));
    assertEquals(List.of(), runAt("2026-11-04T09:00").recorded());
    assertEquals(List.of(), runAt("2026-11-05T08:59").recorded());
    assertEquals(List.of(backupNotice("XM-2026-07", "2026-11-03T17:00:00Z",
        "2026-11-04T17:00:00Z", "2026-11-05T09:00")), runAt("2026-11-05T09:00").recorded());
    assertEquals(List.of(), runAt("2026-11-05T16:00").recorded());
    assertEquals(2, log.all().size());
  }

  @Test
  void a_backup_due_in_the_lunch_break_is_reminded_when_the_afternoon_starts() {
    // rule: CON-08 — backup Mon 2 Nov 12:00 → due by Tue 3 Nov 12:00, the closing time of the
    // morning (not working) → reminded Tue 13:30.
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-11-02T12:00"));
    assertEquals(List.of(), runAt("2026-11-03T13:29:59").recorded());
    assertEquals(List.of(backupNotice("XM-2026-07", "2026-11-02T04:00:00Z",
        "2026-11-03T04:00:00Z", "2026-11-03T13:30")), runAt("2026-11-03T13:30").recorded());
  }

  @Test
  void a_configured_grace_moves_the_reminder_past_the_interval() {
    // rule: CON-08 — grace 6 h: backup Mon 2 Nov 10:00 → due by Tue 10:00 + 6 h = Tue 16:00.
    SafeguardSettings settings = SafeguardSettings.seed()
        .withTimes(SafeguardSettings.SEED_CHANGE_NOTICE_LEAD, Duration.ofHours(6));
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-11-02T10:00"));
    assertEquals(List.of(), runAt("2026-11-03T15:59", settings).recorded());
    assertEquals(List.of(backupNotice("XM-2026-07", "2026-11-02T02:00:00Z",
        "2026-11-03T08:00:00Z", "2026-11-03T16:00")),
        runAt("2026-11-03T16:00", settings).recorded());
  }

  @Test
  void an_obligation_without_any_backup_is_reminded_once() {
    // rule: CON-08 — opened, never backed up: one reminder "none"; after the first backup Mon
    // 12:00 only that backup's interval counts (due by Tue 12:00 → Tue 13:30).
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    assertEquals(List.of(noBackupNotice("XM-2026-07", "2026-11-02T10:00")),
        runAt("2026-11-02T10:00").recorded());
    assertEquals(List.of(), runAt("2026-11-02T11:00").recorded());
    backupRegister.record(PROJECT, backup("2026-11-02T12:00"));
    assertEquals(List.of(), runAt("2026-11-02T14:00").recorded());
    assertEquals(1, runAt("2026-11-03T13:30").recorded().size());
    assertEquals(2, log.all().size());
  }

  @Test
  void an_obligation_without_any_backup_is_not_reminded_in_the_quiet_hours() {
    // rule: CON-08 — the quiet-hours rule holds for it too: a run Sun 1 Nov 02:00 records
    // nothing; the first run from Mon 2 Nov 09:00 does.
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    assertEquals(List.of(), runAt("2026-11-01T02:00").recorded());
    assertEquals(List.of(), runAt("2026-11-02T08:59:59").recorded());
    assertEquals(List.of(noBackupNotice("XM-2026-07", "2026-11-02T09:00")),
        runAt("2026-11-02T09:00").recorded());
  }

  @Test
  void two_nodes_running_at_once_record_each_reminder_once() throws Exception {
    // rule: CON-07, CON-08 — a change due Mon 10:00 and an overdue backup (Sun 09:00 → due by
    // Mon 09:00); two nodes run at Mon 10:00 over the same storage.
    changeRegister.record(change("BG-9", "2026-11-03T10:00"));
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-11-01T09:00"));
    clock.set(sh("2026-11-02T10:00"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<ObligationRunReport> reports = new ArrayList<>();
    try {
      List<Future<ObligationRunReport>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        SafeguardReminders onNode = new SafeguardReminders(
            changes.freshInstanceOverSameStorage(), backups.freshInstanceOverSameStorage(),
            log.freshInstanceOverSameStorage(), SafeguardSettings.seed(), OFFICE, clock);
        runs.add(pool.submit(() -> {
          start.await();
          return onNode.run();
        }));
      }
      start.countDown();
      for (Future<ObligationRunReport> run : runs) {
        reports.add(run.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, reports.stream().mapToInt(r -> r.recorded().size()).sum());
    assertTrue(reports.stream().allMatch(r -> r.recorded().size() + r.alreadyRecorded() == 2),
        "each node derived both reminders");
    assertEquals(2, log.all().size());
    assertEquals(List.of("BACKUP_OVERDUE", "CHANGE_NOTICE_MISSING"),
        log.all().stream().map(n -> n.kind().code()).sorted().toList());
  }

  // ---------------------------------------------------------------- CON-08: two months

  @Test
  void a_change_sixty_one_days_ago_is_recoverable_on_the_last_day_of_the_two_months_only() {
    // rule: CON-08 — 数据在两个月内有变化…都能够找到并恢复回去. Data changed Wed 30 Sep 2026 10:00
    // and backed up that day at 12:00; then the backup job broke. Asked on Mon 30 Nov 10:00:
    // 30 Nov minus two months (Period.ofMonths(2)) = 30 Sep 10:00 — 61 days back (31 days of
    // October + 30 of November); the backup of 30 Sep 12:00 is at or after it: kept, and holds
    // the change. Asked a day later, Tue 1 Dec 10:00: the window starts 1 Oct 10:00 and the
    // backup is no longer kept. (Sixty days would have started the window 1 Oct 10:00 on 30 Nov
    // already: the promise is in calendar months, not days.)
    backupRegister.open(BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed()));
    backupRegister.record(PROJECT, backup("2026-09-30T12:00"));
    BackupObligation stored = backups.find(PROJECT).orElseThrow();
    Instant changed = sh("2026-09-30T10:00");
    Instant asked = sh("2026-11-30T10:00");
    assertEquals(61, Duration.between(changed, asked).toDays());
    assertEquals(sh("2026-09-30T10:00"), stored.windowStart(asked));
    assertTrue(stored.recoverable(changed, asked));
    assertTrue(stored.recoverable(LocalDate.of(2026, 9, 30), asked));
    assertEquals(sh("2026-10-01T10:00"), stored.windowStart(sh("2026-12-01T10:00")));
    assertFalse(stored.recoverable(changed, sh("2026-12-01T10:00")));
    // A change after the last backup cannot be restored from it.
    assertFalse(stored.recoverable(sh("2026-09-30T12:00:00.000001"), asked));
  }
}
