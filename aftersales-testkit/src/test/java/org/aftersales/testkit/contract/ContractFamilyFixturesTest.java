package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.contract.BackupGap;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationStatus;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertyReminder;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.obligation.HandoverReminders;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.obligation.PropertyReminders;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract family's fixtures (合同与义务测试数据): every default has the value its Javadoc
 * states (checked against days and instants worked out here by hand), every default is accepted
 * by its real use case over the in-memory adapters, and the state helpers drive each aggregate
 * through its life with nothing but fixture defaults.
 */
@Tag("CON-01")
@Tag("CON-03")
@Tag("CON-04")
@Tag("CON-07")
@Tag("CON-08")
@Tag("CON-09")
class ContractFamilyFixturesTest {

  /** Tuesday 3 November 2026, 10:00 in Shanghai: the use cases' clock. */
  static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

  final InMemoryDatabase db = InMemoryDatabase.create();
  final TestClock clock = TestClock.at(NOW, SHANGHAI);
  final InMemoryContracts contracts = InMemoryContracts.over(db);
  final ContractObligations commands = ContractFixtures.seedCommands(contracts, clock);
  final InMemoryProjectHandovers handovers = InMemoryProjectHandovers.over(db);
  final HandoverRegister handoverRegister = new HandoverRegister(handovers, clock);
  final PropertyAfterSales propertySales = new PropertyAfterSales(InMemoryPropertySales.over(db));
  final ChangeRegister changes = new ChangeRegister(InMemoryChangeRecords.over(db));
  final BackupRegister backups = new BackupRegister(InMemoryBackups.over(db));

  static Instant shanghai(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  @Test
  void the_reference_instants_are_the_documented_shanghai_times() {
    assertEquals(shanghai(2026, 11, 2, 9, 0), ContractFixtures.RECORDED_AT);
    assertEquals(DayOfWeek.MONDAY, ContractFixtures.RECORDED_AT.atZone(SHANGHAI).getDayOfWeek());
    assertEquals(shanghai(2026, 11, 7, 22, 0), ContractFixtures.CHANGE_WINDOW_START);
    assertEquals(DayOfWeek.SATURDAY,
        ContractFixtures.CHANGE_WINDOW_START.atZone(SHANGHAI).getDayOfWeek());
  }

  @Test
  void a_pre_filled_builder_is_immutable_and_can_be_shared() {
    ContractFixtures.ChangeNoticeBuilder inWriting = ContractFixtures.changeNotice();
    ContractFixtures.ChangeNoticeBuilder byPhone = inWriting.channel(ChangeNoticeChannel.PHONE);
    assertEquals(ChangeNoticeChannel.IN_WRITING, inWriting.build().channel());
    assertEquals(ChangeNoticeChannel.PHONE, byPhone.build().channel());
    ContractFixtures.HandoverBuilder base = ContractFixtures.handover();
    base.finalAcceptance(LocalDate.of(2027, 3, 31));
    assertEquals(ContractFixtures.FINAL_ACCEPTANCE, base.build().finalAcceptance(),
        "a setter whose result is dropped changes nothing");
    assertEquals(LocalDate.of(2027, 2, 28), ContractFixtures.handover()
        .finalAcceptance(LocalDate.of(2027, 3, 31)).build().joinBy(), "31 March − 1 month");
  }

  // rule: CON-03
  @Test
  void a_default_handover_is_accepted_on_2_november_joined_by_2_october_and_due_16_november() {
    ProjectHandover h = ContractFixtures.aProjectHandover();
    assertEquals(LocalDate.of(2026, 11, 2), h.finalAcceptance());
    assertEquals(LocalDate.of(2026, 10, 2), h.joinBy(), "one month before");
    assertEquals(LocalDate.of(2026, 11, 16), h.dueBy(), "two weeks after");
    assertEquals(SHANGHAI, h.zone());
    assertTrue(h.project().value().matches("XM-\\d{6}"));
    assertNotEquals(h.project(), ContractFixtures.aProjectHandover().project(), "fresh IDs");
    HandoverItem item = ContractFixtures.handoverItem().build();
    assertEquals(HandoverDocument.TECHNICAL_DOCUMENTS, item.document());
    assertEquals(ContractFixtures.ENGINEER, item.recordedBy());
    assertEquals(shanghai(2026, 11, 2, 9, 0), item.recordedAt());
    assertNotEquals(item.reference(), ContractFixtures.handoverItem().build().reference());
    assertEquals(List.of(HandoverDocument.TECHNICAL_DOCUMENTS,
            HandoverDocument.OPEN_ISSUES_AND_SCHEDULE, HandoverDocument.EXTERNAL_BOUNDARY,
            HandoverDocument.INTERNAL_BOUNDARY),
        ContractFixtures.everyHandoverDocument().stream().map(HandoverItem::document).toList());
  }

  // rule: CON-03
  @Test
  void a_handover_goes_from_open_to_every_document_to_completed_through_the_register() {
    ProjectHandover opened = handoverRegister.open(ContractFixtures.aProjectHandover());
    assertEquals(EnumSet.allOf(HandoverDocument.class), opened.checklist().missing());
    ProjectHandover one = handoverRegister.recordDocument(opened.project(),
        ContractFixtures.aHandoverItem(HandoverDocument.EXTERNAL_BOUNDARY));
    assertEquals(3, one.checklist().missing().size());
    assertThrows(RuleRefusalException.class,
        () -> handoverRegister.complete(opened.project(), ContractFixtures.MANAGER),
        "incomplete");

    ProjectHandover next = ContractFixtures.aProjectHandover();
    ProjectHandover ready = ContractFixtures.withEveryDocument(handoverRegister, next);
    assertTrue(ready.checklist().isComplete());
    assertFalse(ready.isCompleted());
    assertEquals(ContractFixtures.MANAGER,
        handoverRegister.complete(next.project(), ContractFixtures.MANAGER).completedBy()
            .orElseThrow());
    ProjectHandover other = ContractFixtures.aProjectHandover();
    ProjectHandover done = ContractFixtures.completedHandover(handoverRegister, other);
    assertEquals(ContractFixtures.MANAGER, done.completedBy().orElseThrow());
    assertEquals(NOW, done.completedAt().orElseThrow());
    assertFalse(done.completedLate(), "3 November is before 16 November");
    assertEquals(handovers.find(other.project()).orElseThrow(), done);
  }

  // rule: CON-09
  @Test
  void the_default_sales_have_their_documented_schedules_and_are_registered() {
    PropertySale instalments = ContractFixtures.aPropertySale();
    assertEquals(PropertyPaymentMethod.INSTALMENTS, instalments.method());
    assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28),
        LocalDate.of(2027, 5, 31)), instalments.dueDates());
    assertTrue(instalments.contract().value().matches("GF-\\d{6}"));
    PropertySale mortgage = ContractFixtures.mortgageSale().build();
    assertEquals(PropertyPaymentMethod.MORTGAGE, mortgage.method());
    assertEquals(List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 15),
        LocalDate.of(2027, 1, 15)), mortgage.dueDates());
    PropertySale lump = ContractFixtures.lumpSumSale().build();
    assertEquals(PropertyPaymentMethod.LUMP_SUM, lump.method());
    assertEquals(List.of(LocalDate.of(2026, 11, 30)), lump.dueDates());
    for (PropertySale s : List.of(instalments, mortgage, lump)) {
      assertEquals(Version.of(1), propertySales.register(s).version());
    }
    PropertySale custom = ContractFixtures.propertySale().method(PropertyPaymentMethod.LUMP_SUM)
        .dueDates(List.of(LocalDate.of(2028, 2, 29))).build();
    assertEquals(List.of(LocalDate.of(2028, 2, 29)), custom.dueDates());
  }

  // rule: CON-09
  @Test
  void a_delivered_sale_reminds_the_move_in_on_acceptance_and_the_titles_three_months_on() {
    PropertySale sale = ContractFixtures.deliveredSale(propertySales,
        ContractFixtures.mortgageSale().build());
    List<PropertyReminder> reminders = sale.reminders();
    assertEquals(List.of(
            PropertyReminderKind.MORTGAGE_FOLLOW_UP + " 2026-11-16",
            PropertyReminderKind.MORTGAGE_FOLLOW_UP + " 2026-12-15",
            PropertyReminderKind.MOVE_IN_NOTICE + " 2026-12-15",
            PropertyReminderKind.MORTGAGE_FOLLOW_UP + " 2027-01-15",
            PropertyReminderKind.TITLE_DOCUMENTS + " 2027-04-15"),
        reminders.stream().map(r -> r.kind() + " " + r.due()).toList(),
        "in due order; on 15 December the mortgage key sorts before the move-in key");
    PropertySale accepted = ContractFixtures.withCompletionAccepted(propertySales,
        ContractFixtures.aPropertySale());
    assertEquals(1, accepted.reminders().stream()
        .filter(r -> r.kind() == PropertyReminderKind.MOVE_IN_NOTICE).count());
    assertEquals(0, accepted.reminders().stream()
        .filter(r -> r.kind() == PropertyReminderKind.TITLE_DOCUMENTS).count());
  }

  // rule: CON-07
  @Test
  void a_default_change_record_is_recorded_and_its_notices_decide_prior_notice() {
    ChangeRecord c = ContractFixtures.aChangeRecord();
    assertEquals("订单库增加索引", c.what());
    assertEquals(shanghai(2026, 11, 7, 22, 0), c.windowStart());
    assertEquals(shanghai(2026, 11, 8, 2, 0), c.windowEnd());
    assertEquals(List.of("git:3f2a9c1"), c.codeReferences());
    assertEquals(1, c.scriptReferences().size());
    assertTrue(c.priorNotice().isEmpty());
    assertTrue(c.withoutPriorNotice(), "no notice yet");
    assertEquals(Version.of(1), changes.record(c).version());
    ChangeRecord noticed = changes.noticed(c.id(), ContractFixtures.aChangeNotice());
    assertEquals(ChangeNoticeChannel.IN_WRITING, noticed.priorNotice().orElseThrow().channel());
    assertEquals(shanghai(2026, 11, 2, 9, 0), noticed.priorNotice().orElseThrow().givenAt());
    assertFalse(noticed.withoutPriorNotice(), "five days ahead");

    ChangeRecord told = ContractFixtures.recordedWithPriorNotice(changes,
        ContractFixtures.aChangeRecord());
    assertEquals(shanghai(2026, 11, 6, 22, 0), told.priorNotice().orElseThrow().givenAt());
    assertFalse(told.withoutPriorNotice());
    ChangeRecord late = ContractFixtures.recordedWithLateNotice(changes,
        ContractFixtures.aChangeRecord());
    assertTrue(late.withoutPriorNotice(), "told as the window starts");

    ChangeRecord moved = ContractFixtures.changeRecord()
        .windowStart(shanghai(2026, 12, 5, 23, 0)).build();
    assertEquals(shanghai(2026, 12, 6, 3, 0), moved.windowEnd(), "the window keeps four hours");
  }

  // rule: CON-08
  @Test
  void daily_backups_leave_no_gap_and_two_missed_nights_leave_one() {
    assertEquals(shanghai(2026, 11, 2, 2, 0), ContractFixtures.aBackupRecord().takenAt());
    assertEquals("订单数据库", ContractFixtures.aBackupRecord().what());
    assertEquals(Version.of(1), backups.open(ContractFixtures.aBackupObligation()).version());
    Instant asked = shanghai(2026, 11, 2, 9, 0);
    BackupObligation daily = ContractFixtures.withDailyBackups(backups,
        ContractFixtures.aBackupObligation(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 2));
    assertEquals(List.of(), daily.gaps(asked));
    BackupObligation missed = ContractFixtures.withDailyBackups(backups,
        ContractFixtures.aBackupObligation(), LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 31));
    assertEquals(List.of(new BackupGap(shanghai(2026, 10, 31, 2, 0), asked)),
        missed.gaps(asked));
  }

  // rule: CON-04
  @Test
  void a_contract_file_has_its_first_inspection_fulfilled_on_time_or_late() {
    ServiceContract security = ContractFixtures.securitySystemContract().build();
    Obligation first = ContractFixtures.firstObligation(security,
        ObligationKind.MONTHLY_INSPECTION);
    assertEquals(YearMonth.of(2026, 4), YearMonth.from(first.due()), "the contract's first month");
    assertEquals(List.of(SystemId.of("ALARM-2")), first.systems(), "ALARM-2 sorts before CAM-1");
    assertEquals(4, ContractFixtures.inspectionReport(security).build().results().size(),
        "the seed's four areas of a security system");
    ContractFile onTime = ContractFixtures.withFirstInspectionFulfilled(commands, security);
    assertEquals(ObligationStatus.FULFILLED,
        onTime.status(first, LocalDate.of(2026, 11, 3), SHANGHAI));
    assertEquals(1, onTime.inspectionReports().size());

    ServiceContract general = ContractFixtures.aMaintenanceContract();
    Obligation inspection = ContractFixtures.firstObligation(general,
        ObligationKind.MONTHLY_INSPECTION);
    ContractFile late = ContractFixtures.withFirstInspectionFulfilledLate(commands, general);
    assertEquals(ObligationStatus.FULFILLED_LATE,
        late.status(inspection, LocalDate.of(2026, 11, 3), SHANGHAI));
    assertEquals(LocalDate.ofInstant(late.fulfilment(inspection).orElseThrow().at(), SHANGHAI),
        inspection.due().plusDays(3));
  }

  // rule: CON-01, CON-02, CON-05
  @Test
  void contract_files_reach_fulfilled_carried_over_written_off_and_followed_up() {
    ServiceContract c = ContractFixtures.aMaintenanceContract();
    ContractFile registered = commands.register(c);
    assertEquals(ContractFile.open(c).withVersion(Version.of(1)), registered);

    Obligation report = ContractFixtures.firstObligation(c,
        ObligationKind.MONTHLY_OPTIMISATION_REPORT);
    ContractFile fulfilled = ContractFixtures.withFirstFulfilled(commands, c,
        ObligationKind.MONTHLY_OPTIMISATION_REPORT);
    assertEquals(ObligationStatus.FULFILLED, fulfilled.status(report, report.due(), SHANGHAI));

    Obligation revisit = ContractFixtures.firstObligation(c, ObligationKind.QUARTERLY_REVISIT);
    ContractFile moved = ContractFixtures.withFirstCarriedOver(commands, c,
        ObligationKind.QUARTERLY_REVISIT);
    assertEquals(revisit.due().plusDays(7), moved.effectiveDue(revisit));
    assertEquals(ContractFixtures.DISPOSITION_REASON,
        moved.disposition(revisit).orElseThrow().reason());

    Obligation survey = ContractFixtures.firstObligation(c, ObligationKind.SURVEY);
    ContractFile waived = ContractFixtures.withFirstWrittenOff(commands, c,
        ObligationKind.SURVEY);
    assertEquals(ObligationStatus.WRITTEN_OFF, waived.status(survey, survey.due(), SHANGHAI));

    ContractFile settled = ContractFixtures.withEndNoticeFollowedUp(commands, c);
    Obligation expiry = ContractFixtures.firstObligation(c, ObligationKind.EXPIRY_NOTICE);
    assertEquals(LocalDate.of(2027, 2, 28), expiry.due());
    assertTrue(settled.settled(expiry));
    assertEquals(ContractFixtures.SALES, settled.followUp(expiry).orElseThrow().assignee());

    ServiceContract free = ContractFixtures.freePeriod().build();
    Obligation freeReport = ContractFixtures.firstObligation(free,
        ObligationKind.FREE_PERIOD_END_REPORT);
    assertTrue(ContractFixtures.withEndNoticeFollowedUp(commands, free).settled(freeReport));
    assertThrows(IllegalArgumentException.class,
        () -> ContractFixtures.firstObligation(free, ObligationKind.EXPIRY_NOTICE));
  }

  // rule: CON-01
  @Test
  void the_default_fulfilment_and_disposition_are_accepted_by_the_contract_file() {
    ContractFile file = ContractFixtures.aContractFile();
    Obligation visit = ContractFixtures.firstObligation(file.contract(),
        ObligationKind.QUARTERLY_REVISIT);
    ObligationDisposition d = ContractFixtures.disposition().build();
    assertEquals(List.of(DispositionKind.CARRIED_OVER, LocalDate.of(2026, 11, 9)),
        List.of(d.kind(), d.due()));
    ContractFile moved = file.dispose(visit, d, NOW).state();
    assertEquals(LocalDate.of(2026, 11, 9), moved.effectiveDue(visit));
    ContractFile done = moved.fulfil(visit, ContractFixtures.fulfilment().build(), NOW).state();
    assertEquals(ContractFixtures.ENGINEER, done.fulfilment(visit).orElseThrow().by());
    assertEquals(ContractFixtures.RECORDED_AT, done.fulfilment(visit).orElseThrow().at());
    assertEquals(Set.of(visit.key()), done.fulfilments().keySet());
  }

  // rule: CON-03, CON-07, CON-09
  @Test
  void the_seed_wired_reminders_issue_the_defaults_notices_on_the_days_worked_out_by_hand() {
    InMemoryNoticeLog log = InMemoryNoticeLog.over(db);
    // CON-03: accepted Monday 2 November → join by Friday 2 October, 09:00 (no holiday set);
    // due 16 November (Monday) → overdue the day after, Tuesday 17 November 09:00.
    handoverRegister.open(ContractFixtures.aProjectHandover());
    clock.set(shanghai(2026, 12, 1, 10, 0)); // after every window below
    HandoverReminders handover = ContractFixtures.seedHandoverReminders(handovers, log, clock);
    assertEquals(List.of(), kinds(handover.issue(shanghai(2026, 9, 1, 0, 0),
        shanghai(2026, 10, 2, 9, 0))), "nothing before Friday 2 October, 09:00");
    assertEquals(List.of(NoticeKind.HANDOVER_JOIN), kinds(handover.issue(
        shanghai(2026, 10, 2, 9, 0), shanghai(2026, 10, 2, 9, 1))));
    assertEquals(List.of(), kinds(handover.issue(shanghai(2026, 10, 2, 9, 1),
        shanghai(2026, 11, 17, 9, 0))));
    assertEquals(List.of(NoticeKind.HANDOVER_OVERDUE), kinds(handover.issue(
        shanghai(2026, 11, 17, 9, 0), shanghai(2026, 11, 17, 9, 1))));

    // CON-09: the first instalment on Monday 30 November, reminded 7 days ahead: Monday 23rd.
    InMemoryPropertySales sales = InMemoryPropertySales.over(db);
    new PropertyAfterSales(sales).register(ContractFixtures.aPropertySale());
    PropertyReminders property = ContractFixtures.seedPropertyReminders(sales, log, clock);
    assertEquals(List.of(), kinds(property.issue(shanghai(2026, 11, 1, 0, 0),
        shanghai(2026, 11, 23, 9, 0))));
    assertEquals(List.of(NoticeKind.PROPERTY_REMINDER), kinds(property.issue(
        shanghai(2026, 11, 23, 9, 0), shanghai(2026, 11, 23, 9, 1))));

    // CON-07: the window opens Saturday 22:00 unannounced; one day ahead is Friday 22:00, quiet,
    // but the next working moment (Monday) comes after the window: reminded at Friday 22:00.
    InMemoryChangeRecords changeStore = InMemoryChangeRecords.over(db);
    new ChangeRegister(changeStore).record(ContractFixtures.aChangeRecord());
    clock.set(shanghai(2026, 11, 6, 23, 0));
    ObligationRunReport safeguard = ContractFixtures.seedSafeguardReminders(changeStore,
        InMemoryBackups.over(db), log, clock).run();
    assertEquals(List.of(NoticeKind.CHANGE_NOTICE_MISSING), kinds(safeguard));
  }

  private static List<NoticeKind> kinds(ObligationRunReport report) {
    return report.recorded().stream().map(Notice::kind).toList();
  }
}
