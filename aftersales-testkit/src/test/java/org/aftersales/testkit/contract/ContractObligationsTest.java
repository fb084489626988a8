package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.aftersales.testkit.contract.ContractFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.contract.InspectionReported;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssigned;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.ObligationCarriedOver;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilled;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationWrittenOff;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract commands through the public API on the in-memory store and the seed's schedule
 * and settings: every command records what it says with the clock's instant, repeats change
 * nothing, refusals store nothing (the file and the outbox are compared whole before and after),
 * and an unknown contract or obligation is not found. Contract {@code M-1} is the fixture's
 * maintenance contract from 1 April 2026 to 31 March 2027 for system {@code SYS-1}; its expiry
 * notice is due 28 February 2027 (one month before 31 March, clamped), its monthly inspection and
 * optimisation report at each month's end.
 */
class ContractObligationsTest {

  static final PersonId ENGINEER = PersonId.of("ENG-01");
  static final PersonId MANAGER = PersonId.of("MGR-02");
  static final PersonId SALES = PersonId.of("SALES-07");
  static final PersonId OTHER_SALES = PersonId.of("SALES-09");
  static final ContractId M1 = ContractId.of("M-1");

  final InMemoryContracts contracts = InMemoryContracts.create();
  final TestClock clock = TestClock.at(shanghai("2026-12-01T10:00:00.123456789"), SHANGHAI);
  final ContractObligations commands = ContractFixtures.seedCommands(contracts, clock);
  final ServiceContract m1 = ContractFixtures.maintenanceContract().id(M1).build();

  /** The clock's instant as stored: to the microsecond. */
  static final Instant RECORDED = shanghai("2026-12-01T10:00:00.123456");

  static String key(ObligationKind kind, String occurrence) {
    // Obligation#key(): <length of the ID>:<ID>/<KIND>/<occurrence>
    return "3:M-1/" + kind.name() + "/" + occurrence;
  }

  static final String INSPECTION_NOV = key(ObligationKind.MONTHLY_INSPECTION, "2026-11 SYS-1");
  static final String CUSTOMER_REPORT_Q4 = key(ObligationKind.QUARTERLY_CUSTOMER_REPORT,
      "2026-Q4");
  static final String REPORT_NOV = key(ObligationKind.MONTHLY_OPTIMISATION_REPORT, "2026-11");
  static final String EXPIRY = key(ObligationKind.EXPIRY_NOTICE, "2027-03-31");

  /** The store and the outbox, whole. */
  record Snapshot(List<ContractFile> files, List<OutboxEvent> outbox) {}

  Snapshot snapshot() {
    return new Snapshot(contracts.all(), contracts.outbox().all());
  }

  List<DomainEvent> events() {
    return contracts.outbox().all().stream().map(OutboxEvent::event).toList();
  }

  List<Notice> notices(NoticeKind kind) {
    return events().stream().filter(e -> e instanceof Notice n && n.kind().equals(kind))
        .map(Notice.class::cast).toList();
  }

  /** Runs a command expected to be refused, and checks that nothing was stored. */
  <T extends Throwable> T refusedWithNothingStored(Class<T> type, Executable command) {
    Snapshot before = snapshot();
    T thrown = assertThrows(type, command);
    assertEquals(before, snapshot(), "nothing stored");
    return thrown;
  }

  ContractFile registered() {
    return commands.register(m1);
  }

  @Test
  void registering_stores_the_contract_once_and_another_contract_under_its_id_is_refused() {
    // rule: CON-01
    ContractFile stored = registered();
    assertEquals(Version.of(1), stored.version());
    assertEquals(m1, stored.contract());
    assertTrue(stored.fulfilments().isEmpty() && stored.dispositions().isEmpty()
        && stored.followUps().isEmpty());
    Snapshot before = snapshot();
    assertEquals(stored, commands.register(m1), "registering again answers the stored file");
    assertEquals(before, snapshot());
    ServiceContract other = ContractFixtures.maintenanceContract().id(M1)
        .covering(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31)).build();
    refusedWithNothingStored(InvalidInputException.class, () -> commands.register(other));
  }

  @Test
  void fulfilling_records_who_when_and_the_document_once() {
    // rule: CON-06 — the fourth quarter's written customer report, due 31 December 2026.
    registered();
    ObligationFulfilment f = ObligationFulfilment.of(ENGINEER, shanghai("2026-11-30T15:00"),
        "RPT-2026-Q4");
    ContractFile v2 = commands.fulfil(M1, CUSTOMER_REPORT_Q4, f);
    assertEquals(Version.of(2), v2.version());
    assertEquals(Map.of(CUSTOMER_REPORT_Q4, f), v2.fulfilments());
    assertEquals(List.of(new ObligationFulfilled(M1, CUSTOMER_REPORT_Q4,
        ObligationKind.QUARTERLY_CUSTOMER_REPORT, f, RECORDED)), events());
    Snapshot before = snapshot();
    clock.advance(Duration.ofHours(1));
    assertEquals(v2, commands.fulfil(M1, CUSTOMER_REPORT_Q4, f), "the same record again");
    assertEquals(before, snapshot(), "no new version, no event");
    RuleRefusalException e = refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.fulfil(M1, CUSTOMER_REPORT_Q4, ObligationFulfilment.of(ENGINEER,
            shanghai("2026-11-30T16:00"), "RPT-2026-Q4-b")));
    assertEquals(RuleId.of("CON-06"), e.ruleId(), "another record for a fulfilled one");
  }

  @Test
  void a_monthly_inspection_is_fulfilled_only_with_a_report_covering_the_checklist() {
    // rule: CON-04 — November's inspection of SYS-1 (a general system: one area, system
    // operation), due 30 November 2026; a bare record is refused, the report is kept.
    registered();
    assertEquals(RuleId.of("CON-04"), refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.fulfil(M1, INSPECTION_NOV, ContractFixtures.aFulfilment(RECORDED)))
        .ruleId());
    InspectionReport empty = InspectionReport.of(SystemId.of("SYS-1"), YearMonth.of(2026, 11),
        ENGINEER, shanghai("2026-11-30T15:00"), "INS-2026-11", List.of());
    RuleRefusalException missing = refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.fulfilInspection(M1, INSPECTION_NOV, empty));
    assertEquals(RuleId.of("CON-04"), missing.ruleId());
    assertTrue(missing.getMessage().contains("SYSTEM_OPERATION"), missing.getMessage());
    refusedWithNothingStored(InvalidInputException.class,
        () -> commands.fulfilInspection(M1, INSPECTION_NOV, ContractFixtures.anInspectionReport(
            ContractFixtures.aMaintenanceContract(), SystemId.of("SYS-1"),
            YearMonth.of(2026, 10), ENGINEER, shanghai("2026-11-30T15:00"), "INS-2026-10")));
    InspectionReport report = ContractFixtures.anInspectionReport(
        ContractFixtures.aMaintenanceContract(), SystemId.of("SYS-1"), YearMonth.of(2026, 11),
        ENGINEER, shanghai("2026-11-30T15:00"), "INS-2026-11");
    ContractFile v2 = commands.fulfilInspection(M1, INSPECTION_NOV, report);
    ObligationFulfilment f = ObligationFulfilment.of(ENGINEER, shanghai("2026-11-30T15:00"),
        "INS-2026-11");
    assertEquals(Map.of(INSPECTION_NOV, f), v2.fulfilments());
    assertEquals(Map.of(INSPECTION_NOV, report), v2.inspectionReports());
    assertEquals(List.of(new ObligationFulfilled(M1, INSPECTION_NOV,
        ObligationKind.MONTHLY_INSPECTION, f, RECORDED),
        new InspectionReported(M1, INSPECTION_NOV, report, RECORDED)), events());
    Snapshot before = snapshot();
    assertEquals(v2, commands.fulfilInspection(M1, INSPECTION_NOV, report), "the same again");
    assertEquals(before, snapshot());
  }

  @Test
  void carrying_over_moves_the_due_day_again_and_again_inside_the_contract_only() {
    // rule: CON-05 — November's optimisation report, due 30 November 2026.
    registered();
    ContractFile v2 = commands.carryOver(M1, REPORT_NOV, LocalDate.of(2026, 12, 10),
        "customer's site closed", MANAGER);
    ObligationDisposition moved = new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2026, 12, 10), "customer's site closed", MANAGER, RECORDED);
    assertEquals(Map.of(REPORT_NOV, moved), v2.dispositions());
    assertEquals(List.of(new ObligationCarriedOver(M1, REPORT_NOV,
        ObligationKind.MONTHLY_OPTIMISATION_REPORT, moved, RECORDED)), events());
    Snapshot before = snapshot();
    clock.advance(Duration.ofMinutes(5));
    assertEquals(v2, commands.carryOver(M1, REPORT_NOV, LocalDate.of(2026, 12, 10),
        "customer's site closed", MANAGER), "a retry at a later instant");
    assertEquals(before, snapshot());
    ContractFile v3 = commands.carryOver(M1, REPORT_NOV, LocalDate.of(2026, 12, 17),
        "site still closed", MANAGER);
    assertEquals(Version.of(3), v3.version());
    assertEquals(LocalDate.of(2026, 12, 17), v3.dispositions().get(REPORT_NOV).due());
    // The contract's last day is 31 March 2027: 1 April is outside it.
    refusedWithNothingStored(InvalidInputException.class, () -> commands.carryOver(M1,
        REPORT_NOV, LocalDate.of(2027, 4, 1), "after the end", MANAGER));
    refusedWithNothingStored(InvalidInputException.class, () -> commands.carryOver(M1,
        REPORT_NOV, LocalDate.of(2026, 3, 31), "before the start", MANAGER));
    refusedWithNothingStored(InvalidInputException.class, () -> commands.carryOver(M1,
        REPORT_NOV, LocalDate.of(2026, 12, 20), " ", MANAGER));
  }

  @Test
  void writing_off_is_final_and_a_repeat_changes_nothing() {
    // rule: CON-05 — written off at its effective due day, 30 November 2026.
    registered();
    ContractFile v2 = commands.writeOff(M1, REPORT_NOV, "customer waived it", MANAGER);
    ObligationDisposition off = new ObligationDisposition(DispositionKind.WRITTEN_OFF,
        LocalDate.of(2026, 11, 30), "customer waived it", MANAGER, RECORDED);
    assertEquals(Map.of(REPORT_NOV, off), v2.dispositions());
    assertEquals(List.of(new ObligationWrittenOff(M1, REPORT_NOV,
        ObligationKind.MONTHLY_OPTIMISATION_REPORT, off, RECORDED)), events());
    Snapshot before = snapshot();
    clock.advance(Duration.ofMinutes(5));
    assertEquals(v2, commands.writeOff(M1, REPORT_NOV, "customer waived it", MANAGER));
    assertEquals(before, snapshot());
    RuleId con05 = RuleId.of("CON-05");
    assertEquals(con05, refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.writeOff(M1, REPORT_NOV, "another reason", MANAGER)).ruleId());
    assertEquals(con05, refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.fulfil(M1, REPORT_NOV, ContractFixtures.aFulfilment(RECORDED))).ruleId());
    assertEquals(con05, refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.carryOver(M1, REPORT_NOV, LocalDate.of(2026, 12, 10), "later",
            MANAGER)).ruleId());
  }

  @Test
  void a_carried_over_obligation_is_written_off_at_its_new_day() {
    // rule: CON-05 — carried over to 10 December, then written off: at 10 December.
    registered();
    commands.carryOver(M1, REPORT_NOV, LocalDate.of(2026, 12, 10), "site closed", MANAGER);
    ContractFile v3 = commands.writeOff(M1, REPORT_NOV, "customer waived it", MANAGER);
    assertEquals(LocalDate.of(2026, 12, 10), v3.dispositions().get(REPORT_NOV).due());
    assertEquals(DispositionKind.WRITTEN_OFF, v3.dispositions().get(REPORT_NOV).kind());
  }

  @Test
  void a_fulfilled_obligation_cannot_be_carried_over_or_written_off() {
    // rule: CON-04
    registered();
    commands.fulfilInspection(M1, INSPECTION_NOV, ContractFixtures.anInspectionReport(
        ContractFixtures.aMaintenanceContract(), SystemId.of("SYS-1"), YearMonth.of(2026, 11),
        ENGINEER, RECORDED, "INS-2026-11"));
    assertEquals(RuleId.of("CON-04"), refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.carryOver(M1, INSPECTION_NOV, LocalDate.of(2026, 12, 10), "later",
            MANAGER)).ruleId());
    assertEquals(RuleId.of("CON-04"), refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.writeOff(M1, INSPECTION_NOV, "no need", MANAGER)).ruleId());
  }

  @Test
  void assigning_the_renewal_follow_up_notifies_the_assignee_and_a_reassignment_the_new_one() {
    // rule: CON-01 — the expiry notice (due 28 February 2027): someone pursues the renewal.
    registered();
    ContractFile v2 = commands.assignFollowUp(M1, EXPIRY, SALES, MANAGER);
    FollowUpAssignment a = FollowUpAssignment.of(SALES, MANAGER, RECORDED);
    assertEquals(Map.of(EXPIRY, a), v2.followUps());
    assertTrue(events().contains(new FollowUpAssigned(M1, EXPIRY, ObligationKind.EXPIRY_NOTICE,
        a, RECORDED)));
    List<Notice> assigned = notices(NoticeKind.FOLLOW_UP_ASSIGNED);
    assertEquals(1, assigned.size());
    assertEquals("person:SALES-07", assigned.get(0).recipient().text());
    assertEquals(LocalDate.of(2027, 2, 28), assigned.get(0).parameters().get("due"));
    assertEquals("MGR-02", assigned.get(0).parameters().get("assignedBy"));

    Snapshot before = snapshot();
    clock.advance(Duration.ofMinutes(5));
    assertEquals(v2, commands.assignFollowUp(M1, EXPIRY, SALES, MANAGER), "the same again");
    assertEquals(before, snapshot());

    ContractFile v3 = commands.assignFollowUp(M1, EXPIRY, OTHER_SALES, MANAGER);
    assertEquals(OTHER_SALES, v3.followUps().get(EXPIRY).assignee());
    assertEquals(List.of("person:SALES-07", "person:SALES-09"),
        notices(NoticeKind.FOLLOW_UP_ASSIGNED).stream().map(n -> n.recipient().text()).toList());
  }

  @Test
  void only_an_expiry_notice_or_a_free_period_report_takes_a_follow_up() {
    // rule: CON-01, CON-02
    registered();
    refusedWithNothingStored(InvalidInputException.class,
        () -> commands.assignFollowUp(M1, INSPECTION_NOV, SALES, MANAGER));
    commands.writeOff(M1, EXPIRY, "contract will not be renewed", MANAGER);
    assertEquals(RuleId.of("CON-01"), refusedWithNothingStored(RuleRefusalException.class,
        () -> commands.assignFollowUp(M1, EXPIRY, SALES, MANAGER)).ruleId());
  }

  @Test
  void the_free_period_report_fulfilled_twice_reaches_the_sales_director_once() {
    // rule: CON-02 — a free period from 1 July 2026 to 30 June 2027: its report is due
    // 30 March 2027; fulfilling it sends the written report to the sales director.
    ServiceContract f = ContractFixtures.freePeriod().id(ContractId.of("F-1")).build();
    commands.register(f);
    String report = "3:F-1/FREE_PERIOD_END_REPORT/2027-06-30";
    ObligationFulfilment done = ObligationFulfilment.of(PersonId.of("LEAD-01"),
        shanghai("2027-03-29T11:00"), "RPT-FREE-1");
    ContractFile v2 = commands.fulfil(f.id(), report, done);
    assertEquals(v2, commands.fulfil(f.id(), report, done));
    List<Notice> reported = notices(NoticeKind.FREE_PERIOD_REPORTED);
    assertEquals(1, reported.size());
    assertEquals("role:SALES_DIRECTOR", reported.get(0).recipient().text());
    assertEquals(LocalDate.of(2027, 3, 30), reported.get(0).parameters().get("due"));
    assertEquals(ContractKind.FREE_MAINTENANCE, v2.contract().kind());
  }

  @Test
  void an_unknown_contract_or_obligation_is_not_found_and_nothing_is_stored() {
    // rule: CON-01, CON-04, CON-05
    registered();
    ContractId unknown = ContractId.of("M-404");
    ObligationFulfilment f = ContractFixtures.aFulfilment(RECORDED);
    refusedWithNothingStored(NotFoundException.class,
        () -> commands.fulfil(unknown, INSPECTION_NOV, f));
    refusedWithNothingStored(NotFoundException.class, () -> commands.carryOver(unknown,
        REPORT_NOV, LocalDate.of(2026, 12, 10), "later", MANAGER));
    refusedWithNothingStored(NotFoundException.class,
        () -> commands.writeOff(unknown, REPORT_NOV, "no", MANAGER));
    refusedWithNothingStored(NotFoundException.class,
        () -> commands.assignFollowUp(unknown, EXPIRY, SALES, MANAGER));
    // Keys the schedule never creates for M-1: a month after its end, a system it does not
    // have, another contract's key, a maintenance contract's free-period report, garbage.
    for (String key : List.of(key(ObligationKind.MONTHLY_INSPECTION, "2027-04 SYS-1"),
        key(ObligationKind.MONTHLY_INSPECTION, "2026-11 SYS-2"),
        "3:M-2/MONTHLY_OPTIMISATION_REPORT/2026-11",
        key(ObligationKind.FREE_PERIOD_END_REPORT, "2027-03-31"), "not a key")) {
      refusedWithNothingStored(NotFoundException.class, () -> commands.fulfil(M1, key, f));
      refusedWithNothingStored(NotFoundException.class,
          () -> commands.writeOff(M1, key, "no", MANAGER));
    }
  }
}
