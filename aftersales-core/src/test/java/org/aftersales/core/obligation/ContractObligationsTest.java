package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.freePeriod;
import static org.aftersales.core.obligation.ObligationFakes.maintenance;
import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.contract.InspectionReported;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.InspectionChecklist;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssigned;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.MonthEndSchedule;
import org.aftersales.core.contract.ObligationCarriedOver;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilled;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationWrittenOff;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.obligation.ObligationFakes.Files;
import org.aftersales.core.obligation.ObligationFakes.TestClock;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The contract commands on fakes: each is idempotent by content, saves its events (and the
 * notices of CON-02 and of a follow-up) with the change, and retries a lost race.
 *
 * <p>Contracts: C-1, maintenance, SYS-1 and SYS-2, 1 January to 31 March 2027 — the January
 * inspections due 31 January, the expiry notice due 28 February (31 March − 1 month, CON-01);
 * F-1, a free maintenance period of SYS-1, 1 January to 30 June 2027 — its report due 30 March
 * (30 June − 3 months, CON-02). Schedule: {@link MonthEndSchedule}.
 *
 * <p>// rule: CON-01, CON-02, CON-04
 */
class ContractObligationsTest {

  static final String JAN_SYS1 = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1";
  static final String JAN_SYS2 = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-2";
  static final String EXPIRY = "3:C-1/EXPIRY_NOTICE/2027-03-31";
  static final String FREE_REPORT = "3:F-1/FREE_PERIOD_END_REPORT/2027-06-30";

  final Files files = new Files();
  final TestClock clock = new TestClock(Instant.parse("2027-01-29T07:00:00.123456789Z"));
  ObligationSettings settings = ObligationSettings.seed();

  ContractObligations commands() {
    return new ContractObligations(files, new MonthEndSchedule(), CHECKLISTS, settings, clock);
  }

  static ServiceContract c1() {
    return maintenance("C-1", List.of("SYS-1", "SYS-2"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 31));
  }

  static ServiceContract f1() {
    return freePeriod("F-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30));
  }

  static PersonId person(String id) {
    return PersonId.of(id);
  }

  static ObligationFulfilment fulfilment(String at) {
    return ObligationFulfilment.of(person("T-1"), sh(at), "DMS-42");
  }

  /** One area for every category: enough to tell a covering report from one that is not. */
  static final InspectionChecklists CHECKLISTS = category -> InspectionChecklist.of(category,
      List.of(InspectionArea.of("SYSTEM_OPERATION", "system operation", "系统运行情况",
          List.of(InspectionArea.Item.of("operating state", "系统运行状态")))));

  /** January's report of {@code system} by T-1 at {@code at}, filed as DMS-42, area in order. */
  static InspectionReport report(String system, String at) {
    return InspectionReport.of(SystemId.of(system), YearMonth.of(2027, 1), person("T-1"), sh(at),
        "DMS-42", List.of(InspectionReport.AreaResult.inOrder("SYSTEM_OPERATION")));
  }

  ContractFile stored(ContractId id) {
    return files.byId.get(id);
  }

  static Violation only(InvalidInputException e) {
    assertEquals(1, e.violations().size());
    return e.violations().get(0);
  }

  @Test
  void registering_stores_a_new_file_and_the_same_contract_again_answers_it() {
    ContractFile first = commands().register(c1());
    assertEquals(Version.of(1), first.version());
    assertEquals(c1(), first.contract());
    assertEquals(List.of("find", "save"), files.calls);
    files.calls.clear();
    assertEquals(first, commands().register(c1()));
    assertEquals(List.of("find"), files.calls);
    assertEquals(List.of(), files.outbox);
  }

  @Test
  void registering_another_contract_under_a_registered_id_is_refused() {
    commands().register(c1());
    ServiceContract longer = maintenance("C-1", List.of("SYS-1", "SYS-2"),
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    Violation v = only(assertThrows(InvalidInputException.class,
        () -> commands().register(longer)));
    assertEquals("contract.id", v.path());
    assertEquals("core.contract.otherContract", v.message().key());
    assertEquals(c1(), stored(ContractId.of("C-1")).contract());
  }

  @Test
  void a_registration_that_loses_the_race_to_the_same_contract_answers_the_stored_file() {
    files.rivals.add(() -> files.stored(c1()));
    ContractFile answered = commands().register(c1());
    assertEquals(Version.of(1), answered.version());
    assertEquals(List.of("find", "save", "find"), files.calls);
  }

  @Test
  void a_registration_that_keeps_losing_races_gives_up_after_three_attempts() {
    // A store whose reads never see what the rivals stored (each find forgets it), while each
    // save finds a rival's file stored first: every attempt loses.
    Files forgetful = new Files() {
      @Override
      public java.util.Optional<ContractFile> find(ContractId id) {
        byId.clear();
        return super.find(id);
      }
    };
    for (int i = 0; i < 3; i++) {
      forgetful.rivals.add(() -> forgetful.stored(c1()));
    }
    ContractObligations c = new ContractObligations(forgetful, new MonthEndSchedule(), CHECKLISTS, settings,
        clock);
    assertThrows(ConcurrentUpdateException.class, () -> c.register(c1()));
    assertEquals(List.of("find", "save", "find", "save", "find", "save"), forgetful.calls);
  }

  @Test
  void fulfilling_an_inspection_saves_the_fulfilment_and_its_event_at_the_clocks_microsecond() {
    // rule: CON-04 — an inspection is fulfilled with its report: the report's inspector, instant
    // and document are the fulfilment, the report is kept and published with it.
    files.stored(c1());
    ContractFile f = commands().fulfilInspection(ContractId.of("C-1"), JAN_SYS1,
        report("SYS-1", "2027-01-29T14:00"));
    assertEquals(Version.of(2), f.version());
    assertEquals(Map.of(JAN_SYS1, fulfilment("2027-01-29T14:00")), f.fulfilments());
    assertEquals(Map.of(JAN_SYS1, report("SYS-1", "2027-01-29T14:00")), f.inspectionReports());
    assertEquals(f, stored(ContractId.of("C-1")));
    assertEquals(2, files.outbox.size());
    OutboxEvent e = files.outbox.get(0);
    assertEquals("contract/C-1/2/0", e.eventId().value());
    assertEquals(new ObligationFulfilled(ContractId.of("C-1"), JAN_SYS1,
        ObligationKind.MONTHLY_INSPECTION, fulfilment("2027-01-29T14:00"),
        Instant.parse("2027-01-29T07:00:00.123456Z")), e.event());
    assertEquals("contract/C-1/2/1", files.outbox.get(1).eventId().value());
    assertEquals(new InspectionReported(ContractId.of("C-1"), JAN_SYS1,
        report("SYS-1", "2027-01-29T14:00"), Instant.parse("2027-01-29T07:00:00.123456Z")),
        files.outbox.get(1).event());
  }

  @Test
  void an_inspection_is_not_fulfilled_by_a_bare_record_nor_by_a_report_missing_an_area() {
    // rule: CON-04
    files.stored(c1());
    RuleRefusalException bare = assertThrows(RuleRefusalException.class, () -> commands()
        .fulfil(ContractId.of("C-1"), JAN_SYS1, fulfilment("2027-01-29T14:00")));
    assertEquals(RuleId.of("CON-04"), bare.ruleId());
    InspectionReport empty = InspectionReport.of(SystemId.of("SYS-1"), YearMonth.of(2027, 1),
        person("T-1"), sh("2027-01-29T14:00"), "DMS-42", List.of());
    RuleRefusalException missing = assertThrows(RuleRefusalException.class, () -> commands()
        .fulfilInspection(ContractId.of("C-1"), JAN_SYS1, empty));
    assertEquals(RuleId.of("CON-04"), missing.ruleId());
    assertThrows(InvalidInputException.class, () -> commands().fulfilInspection(
        ContractId.of("C-1"), JAN_SYS1, report("SYS-2", "2027-01-29T14:00")));
    assertEquals(List.of(), files.outbox);
    assertEquals(Version.of(1), stored(ContractId.of("C-1")).version());
  }

  @Test
  void fulfilling_again_with_the_same_record_saves_nothing_and_another_record_is_refused() {
    files.stored(c1());
    ContractFile f = commands().fulfilInspection(ContractId.of("C-1"), JAN_SYS1,
        report("SYS-1", "2027-01-29T14:00"));
    files.calls.clear();
    clock.now = clock.now.plusSeconds(3600);
    assertEquals(f, commands().fulfilInspection(ContractId.of("C-1"), JAN_SYS1,
        report("SYS-1", "2027-01-29T14:00")));
    assertEquals(List.of("find"), files.calls);
    RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> commands()
        .fulfilInspection(ContractId.of("C-1"), JAN_SYS1, report("SYS-1", "2027-01-30T14:00")));
    assertEquals(RuleId.of("CON-04"), e.ruleId());
    assertEquals(2, files.outbox.size());
  }

  @Test
  void an_unknown_contract_or_obligation_is_not_found() {
    files.stored(c1());
    assertThrows(NotFoundException.class, () -> commands().fulfilInspection(
        ContractId.of("C-9"), JAN_SYS1, report("SYS-1", "2027-01-29T14:00")));
    NotFoundException e = assertThrows(NotFoundException.class, () -> commands()
        .fulfilInspection(ContractId.of("C-1"), "3:C-1/MONTHLY_INSPECTION/2027-04 SYS-1",
            report("SYS-1", "2027-01-29T14:00")));
    assertEquals("3:C-1/MONTHLY_INSPECTION/2027-04 SYS-1", e.id());
    assertEquals(List.of(), files.outbox);
  }

  @Test
  void the_free_period_report_fulfilled_goes_to_each_recipient_of_the_written_report() {
    // rule: CON-02 — the after-sales lead's written report reaches the sales director.
    settings = settings.withFreePeriodReportTo(List.of(
        Recipient.role(RecipientRole.SALES_DIRECTOR), Recipient.person(person("D-2"))));
    files.stored(f1());
    clock.now = sh("2027-03-29T10:00");
    ObligationFulfilment report = ObligationFulfilment.of(person("L-1"),
        sh("2027-03-29T09:30"), "DMS-77");
    commands().fulfil(ContractId.of("F-1"), FREE_REPORT, report);
    assertEquals(List.of("contract/F-1/2/0", "contract/F-1/2/1", "contract/F-1/2/2"),
        files.outbox.stream().map(o -> o.eventId().value()).toList());
    assertEquals(new ObligationFulfilled(ContractId.of("F-1"), FREE_REPORT,
        ObligationKind.FREE_PERIOD_END_REPORT, report, sh("2027-03-29T10:00")),
        files.outbox.get(0).event());
    Notice toDirector = (Notice) files.outbox.get(1).event();
    Notice toD2 = (Notice) files.outbox.get(2).event();
    assertEquals(NoticeKind.FREE_PERIOD_REPORTED, toDirector.kind());
    assertEquals(Recipient.role(RecipientRole.SALES_DIRECTOR), toDirector.recipient());
    assertEquals("contract-obligation/F-1/CON-02/FREE_PERIOD_END_REPORT.reported."
        + "role:SALES_DIRECTOR/2027-06-30@2027-03-30", toDirector.key().text());
    assertEquals(sh("2027-03-29T10:00"), toDirector.occurredAt());
    Map<String, Object> expected = new TreeMap<>();
    expected.put("contract", "F-1");
    expected.put("customer", "CUST-F-1");
    expected.put("obligation", FREE_REPORT);
    expected.put("kind", "FREE_PERIOD_END_REPORT");
    expected.put("occurrence", "2027-06-30");
    expected.put("due", LocalDate.of(2027, 3, 30));
    expected.put("scheduledDue", LocalDate.of(2027, 3, 30));
    expected.put("contractEnd", LocalDate.of(2027, 6, 30));
    expected.put("systems", "SYS-1");
    expected.put("document", "DMS-77");
    expected.put("reportedBy", "L-1");
    assertEquals(expected, toDirector.parameters());
    assertEquals(NoticeKind.FREE_PERIOD_REPORTED, toD2.kind());
    assertEquals(Recipient.person(person("D-2")), toD2.recipient());
    assertEquals("contract-obligation/F-1/CON-02/FREE_PERIOD_END_REPORT.reported."
        + "person:D-2/2027-06-30@2027-03-30", toD2.key().text());
  }

  @Test
  void the_same_free_period_report_again_notifies_no_one_again() {
    files.stored(f1());
    ObligationFulfilment report = ObligationFulfilment.of(person("L-1"),
        sh("2027-03-29T09:30"), "DMS-77");
    commands().fulfil(ContractId.of("F-1"), FREE_REPORT, report);
    assertEquals(2, files.outbox.size());
    commands().fulfil(ContractId.of("F-1"), FREE_REPORT, report);
    assertEquals(2, files.outbox.size());
  }

  @Test
  void a_follow_up_assigned_notifies_the_assignee_with_the_change() {
    // rule: CON-01 — someone is assigned to pursue the renewal.
    files.stored(c1());
    clock.now = sh("2027-03-01T10:00");
    ContractFile f = commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person("S-1"),
        person("M-1"));
    FollowUpAssignment expected = FollowUpAssignment.of(person("S-1"), person("M-1"),
        sh("2027-03-01T10:00"));
    assertEquals(Map.of(EXPIRY, expected), f.followUps());
    assertEquals(2, files.outbox.size());
    assertEquals(new FollowUpAssigned(ContractId.of("C-1"), EXPIRY, ObligationKind.EXPIRY_NOTICE,
        expected, sh("2027-03-01T10:00")), files.outbox.get(0).event());
    Notice n = (Notice) files.outbox.get(1).event();
    assertEquals(NoticeKind.FOLLOW_UP_ASSIGNED, n.kind());
    assertEquals(Recipient.person(person("S-1")), n.recipient());
    assertEquals("contract-obligation/C-1/CON-01/EXPIRY_NOTICE.followUp.person:S-1/"
        + "2027-03-31@" + sh("2027-03-01T10:00"), n.key().text());
    assertEquals("M-1", n.parameters().get("assignedBy"));
    assertEquals(LocalDate.of(2027, 2, 28), n.parameters().get("due"));
    assertEquals(EXPIRY, n.parameters().get("obligation"));
  }

  @Test
  void a_follow_up_assigned_to_a_128_character_person_id_gets_a_bounded_key()
      throws Exception {
    // rule: CON-01 — the step "EXPIRY_NOTICE.followUp.person:" + 128 characters is 158 code
    // points, over a key part's 128: it becomes sha256- and 40 hex digits (NoticePartsTest's
    // JDK reference); the occurrence "2027-03-31@2027-03-01T02:00:00Z" fits and is kept.
    String id = "S" + "9".repeat(127);
    files.stored(c1());
    clock.now = sh("2027-03-01T10:00");
    commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person(id), person("M-1"));
    Notice n = (Notice) files.outbox.get(1).event();
    assertEquals(NoticePartsTest.hashed("EXPIRY_NOTICE.followUp.person:" + id), n.key().step());
    assertEquals("2027-03-31@2027-03-01T02:00:00Z", n.key().occurrence());
    assertEquals(Recipient.person(person(id)), n.recipient());
  }

  @Test
  void the_same_assignment_again_saves_nothing_and_a_new_assignee_is_notified() {
    files.stored(c1());
    commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person("S-1"), person("M-1"));
    files.calls.clear();
    clock.now = clock.now.plusSeconds(60);
    commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person("S-1"), person("M-1"));
    assertEquals(List.of("find"), files.calls);
    assertEquals(2, files.outbox.size());
    // The same assignee assigned by another manager is a new assignment.
    commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person("S-1"), person("M-2"));
    assertEquals(4, files.outbox.size());
    commands().assignFollowUp(ContractId.of("C-1"), EXPIRY, person("S-2"), person("M-2"));
    assertEquals(6, files.outbox.size());
    Notice n = (Notice) files.outbox.get(5).event();
    assertEquals(Recipient.person(person("S-2")), n.recipient());
    assertEquals(person("S-2"),
        stored(ContractId.of("C-1")).followUps().get(EXPIRY).assignee());
  }

  @Test
  void an_inspection_gets_no_follow_up() {
    files.stored(c1());
    Violation v = only(assertThrows(InvalidInputException.class, () -> commands()
        .assignFollowUp(ContractId.of("C-1"), JAN_SYS1, person("S-1"), person("M-1"))));
    assertEquals("core.contract.noFollowUp", v.message().key());
    assertEquals(List.of(), files.outbox);
  }

  @Test
  void a_carry_over_is_saved_and_repeated_later_changes_nothing() {
    files.stored(c1());
    ContractFile f = commands().carryOver(ContractId.of("C-1"), JAN_SYS1,
        LocalDate.of(2027, 2, 10), "customer closed", person("M-1"));
    ObligationDisposition expected = new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2027, 2, 10), "customer closed", person("M-1"),
        Instant.parse("2027-01-29T07:00:00.123456Z"));
    assertEquals(Map.of(JAN_SYS1, expected), f.dispositions());
    assertEquals(new ObligationCarriedOver(ContractId.of("C-1"), JAN_SYS1,
        ObligationKind.MONTHLY_INSPECTION, expected, expected.at()),
        files.outbox.get(0).event());
    files.calls.clear();
    clock.now = clock.now.plusSeconds(86_400);
    assertEquals(f, commands().carryOver(ContractId.of("C-1"), JAN_SYS1,
        LocalDate.of(2027, 2, 10), "customer closed", person("M-1")));
    assertEquals(List.of("find"), files.calls);
    assertEquals(1, files.outbox.size());
  }

  @Test
  void a_carry_over_to_another_day_reason_or_by_another_manager_is_a_new_decision() {
    files.stored(c1());
    commands().carryOver(ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 2, 10), "closed",
        person("M-1"));
    commands().carryOver(ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 2, 11), "closed",
        person("M-1"));
    commands().carryOver(ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 2, 11), "again",
        person("M-1"));
    commands().carryOver(ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 2, 11), "again",
        person("M-2"));
    assertEquals(4, files.outbox.size());
    assertEquals(person("M-2"), stored(ContractId.of("C-1")).dispositions().get(JAN_SYS1).by());
    // Written off at the carried-over day, a carry-over is no longer the same decision.
    commands().writeOff(ContractId.of("C-1"), JAN_SYS1, "dismantled", person("M-2"));
    assertThrows(RuleRefusalException.class, () -> commands().carryOver(ContractId.of("C-1"),
        JAN_SYS1, LocalDate.of(2027, 2, 11), "again", person("M-2")));
  }

  @Test
  void a_carry_over_outside_the_contract_is_refused_and_nothing_saved() {
    files.stored(c1());
    Violation v = only(assertThrows(InvalidInputException.class, () -> commands().carryOver(
        ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 4, 1), "later", person("M-1"))));
    assertEquals("disposition.due", v.path());
    assertEquals(List.of(), files.outbox);
  }

  @Test
  void a_write_off_names_the_effective_due_day_and_repeated_later_changes_nothing() {
    files.stored(c1());
    commands().carryOver(ContractId.of("C-1"), JAN_SYS1, LocalDate.of(2027, 2, 10), "closed",
        person("M-1"));
    clock.now = sh("2027-02-12T10:00");
    ContractFile f = commands().writeOff(ContractId.of("C-1"), JAN_SYS1, "dismantled",
        person("M-1"));
    ObligationDisposition expected = new ObligationDisposition(DispositionKind.WRITTEN_OFF,
        LocalDate.of(2027, 2, 10), "dismantled", person("M-1"), sh("2027-02-12T10:00"));
    assertEquals(expected, f.dispositions().get(JAN_SYS1));
    assertEquals(new ObligationWrittenOff(ContractId.of("C-1"), JAN_SYS1,
        ObligationKind.MONTHLY_INSPECTION, expected, sh("2027-02-12T10:00")),
        files.outbox.get(1).event());
    files.calls.clear();
    clock.now = sh("2027-02-13T10:00");
    assertEquals(f, commands().writeOff(ContractId.of("C-1"), JAN_SYS1, "dismantled",
        person("M-1")));
    assertEquals(List.of("find"), files.calls);
    assertEquals(2, files.outbox.size());
    RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> commands()
        .writeOff(ContractId.of("C-1"), JAN_SYS1, "another reason", person("M-1")));
    assertEquals(RuleId.of("CON-04"), e.ruleId());
    assertThrows(RuleRefusalException.class, () -> commands()
        .writeOff(ContractId.of("C-1"), JAN_SYS1, "dismantled", person("M-2")));
  }

  @Test
  void a_lost_race_is_retried_on_the_file_as_stored_and_both_changes_land() {
    files.stored(c1());
    files.rivalChanges(ContractId.of("C-1"), f -> f.fulfil(f.obligation(new MonthEndSchedule(),
        JAN_SYS2).orElseThrow(), fulfilment("2027-01-29T11:00"), sh("2027-01-29T11:00"))
        .state());
    ContractFile f = commands().fulfilInspection(ContractId.of("C-1"), JAN_SYS1,
        report("SYS-1", "2027-01-29T14:00"));
    assertEquals(List.of("find", "save", "find", "save"), files.calls);
    assertEquals(Version.of(3), f.version());
    assertEquals(Map.of(JAN_SYS2, fulfilment("2027-01-29T11:00"),
        JAN_SYS1, fulfilment("2027-01-29T14:00")), f.fulfilments());
    assertEquals(List.of("contract/C-1/3/0", "contract/C-1/3/1"),
        files.outbox.stream().map(o -> o.eventId().value()).toList());
  }

  @Test
  void three_lost_races_give_up_with_the_conflict_and_save_nothing_of_the_command() {
    files.stored(c1());
    for (int i = 0; i < 3; i++) {
      files.rivalChanges(ContractId.of("C-1"), f -> f);
    }
    assertThrows(ConcurrentUpdateException.class, () -> commands().fulfilInspection(
        ContractId.of("C-1"), JAN_SYS1, report("SYS-1", "2027-01-29T14:00")));
    assertEquals(List.of("find", "save", "find", "save", "find", "save"), files.calls);
    assertEquals(Version.of(4), stored(ContractId.of("C-1")).version());
    assertEquals(Map.of(), stored(ContractId.of("C-1")).fulfilments());
    assertEquals(List.of(), files.outbox);
    assertEquals(3, ContractObligations.ATTEMPTS);
  }

  @Test
  void two_lost_races_still_land_on_the_third_attempt() {
    files.stored(c1());
    files.rivalChanges(ContractId.of("C-1"), f -> f);
    files.rivalChanges(ContractId.of("C-1"), f -> f);
    ContractFile f = commands().carryOver(ContractId.of("C-1"), JAN_SYS1,
        LocalDate.of(2027, 2, 10), "closed", person("M-1"));
    assertEquals(Version.of(4), f.version());
    assertTrue(f.disposition(f.obligation(new MonthEndSchedule(), JAN_SYS1).orElseThrow())
        .isPresent());
  }

  @Test
  void every_command_needs_its_arguments() {
    ContractObligations c = commands();
    ContractId id = ContractId.of("C-1");
    assertThrows(NullPointerException.class, () -> c.register(null));
    assertThrows(NullPointerException.class, () -> c.fulfil(id, JAN_SYS1, null));
    assertThrows(NullPointerException.class, () -> c.fulfil(null, JAN_SYS1,
        fulfilment("2027-01-29T14:00")));
    assertThrows(NullPointerException.class, () -> c.fulfil(id, null,
        fulfilment("2027-01-29T14:00")));
    assertThrows(NullPointerException.class, () -> c.carryOver(id, JAN_SYS1, null, "r",
        person("M-1")));
    assertThrows(NullPointerException.class, () -> c.assignFollowUp(id, EXPIRY, null,
        person("M-1")));
    assertThrows(NullPointerException.class, () -> c.assignFollowUp(id, EXPIRY, person("S-1"),
        null));
    assertThrows(NullPointerException.class,
        () -> new ContractObligations(null, new MonthEndSchedule(), CHECKLISTS, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ContractObligations(files, null, CHECKLISTS, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ContractObligations(files, new MonthEndSchedule(), null, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ContractObligations(files, new MonthEndSchedule(), CHECKLISTS, null, clock));
    assertThrows(NullPointerException.class,
        () -> new ContractObligations(files, new MonthEndSchedule(), CHECKLISTS, settings, null));
  }
}
