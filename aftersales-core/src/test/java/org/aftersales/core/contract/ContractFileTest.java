package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A contract's file records what was done about each obligation: fulfilled (who, when, the
 * document), carried over or written off, and the follow-up of an expiry notice or free-period
 * report; it answers where an obligation stands on a day of the business zone.
 *
 * <p>The contract of every example: C-1, maintenance, systems SYS-1 and SYS-2, 1 January to 31
 * March 2027 inclusive. Its obligations (as {@link MonthEndSchedule} creates them): the January
 * inspections due Sunday 31 January, the expiry notice due 28 February (31 March − 1 month, 2027
 * is no leap year, CON-01), the February inspections due 28 February, the March ones 31 March.
 *
 * <p>// rule: CON-01, CON-02, CON-04
 */
class ContractFileTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static ContractId c1() {
    return ContractId.of("C-1");
  }

  static ServiceContract contract() {
    return ServiceContract.of(c1(), CustomerId.of("CUST-9"), ContractKind.MAINTENANCE,
        SystemCategory.SECURITY, List.of(SystemId.of("SYS-1"), SystemId.of("SYS-2")),
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
  }

  static ContractFile file() {
    return ContractFile.open(contract());
  }

  /** The inspection of {@code system} for {@code month} ("2027-01"), due that month's end. */
  static Obligation inspection(String month, String system, LocalDate due) {
    return Obligation.of(c1(), ObligationKind.MONTHLY_INSPECTION, month + " " + system, due,
        List.of(SystemId.of(system)));
  }

  static Obligation janInspection() {
    return inspection("2027-01", "SYS-1", LocalDate.of(2027, 1, 31));
  }

  static Obligation expiryNotice() {
    return Obligation.of(c1(), ObligationKind.EXPIRY_NOTICE, "2027-03-31",
        LocalDate.of(2027, 2, 28), contract().systems());
  }

  static Obligation freePeriodReport() {
    return Obligation.of(c1(), ObligationKind.FREE_PERIOD_END_REPORT, "2027-03-31",
        LocalDate.of(2027, 1, 1), contract().systems());
  }

  static Obligation otherContracts() {
    return Obligation.of(ContractId.of("C-2"), ObligationKind.MONTHLY_INSPECTION,
        "2027-01 SYS-1", LocalDate.of(2027, 1, 31), List.of(SystemId.of("SYS-1")));
  }

  static Instant sh(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static PersonId person(String id) {
    return PersonId.of(id);
  }

  static ObligationFulfilment fulfilment(String at) {
    return ObligationFulfilment.of(person("T-1"), sh(at), "DOC-1");
  }

  static ObligationDisposition carriedOver(LocalDate to) {
    return new ObligationDisposition(DispositionKind.CARRIED_OVER, to, "customer closed",
        person("M-1"), sh("2027-01-20T10:00"));
  }

  static ObligationDisposition writtenOff(LocalDate at) {
    return new ObligationDisposition(DispositionKind.WRITTEN_OFF, at, "system dismantled",
        person("M-1"), sh("2027-01-20T10:00"));
  }

  static FollowUpAssignment assignment(String assignee) {
    return FollowUpAssignment.of(person(assignee), person("M-1"), sh("2027-02-28T10:00"));
  }

  static Violation only(InvalidInputException e) {
    assertEquals(1, e.violations().size());
    return e.violations().get(0);
  }

  static void assertViolation(String path, String key, Runnable action) {
    Violation v = only(assertThrows(InvalidInputException.class, action::run));
    assertEquals(path, v.path());
    assertEquals(key, v.message().key());
  }

  static void assertRefusal(String rule, String key, Runnable action) {
    RuleRefusalException e = assertThrows(RuleRefusalException.class, action::run);
    assertEquals(RuleId.of(rule), e.ruleId());
    assertEquals(key, e.localizableMessage().key());
  }

  static ContractFile fulfilled(ContractFile f, Obligation o, ObligationFulfilment record) {
    return f.fulfil(o, record, sh("2027-02-01T10:00")).state();
  }

  static ContractFile disposed(ContractFile f, Obligation o, ObligationDisposition d) {
    return f.dispose(o, d, sh("2027-02-01T10:00")).state();
  }

  @Test
  void a_new_file_is_version_0_with_nothing_recorded_and_the_contracts_id() {
    ContractFile f = file();
    assertEquals(Version.initial(), f.version());
    assertEquals(c1(), f.id());
    assertEquals(contract(), f.contract());
    assertEquals(Map.of(), f.fulfilments());
    assertEquals(Map.of(), f.dispositions());
    assertEquals(Map.of(), f.followUps());
    assertEquals(Optional.empty(), f.fulfilment(janInspection()));
    assertEquals(Optional.empty(), f.disposition(janInspection()));
    assertEquals(Optional.empty(), f.followUp(expiryNotice()));
    assertEquals(Version.of(4), f.withVersion(Version.of(4)).version());
  }

  @Nested
  class Fulfil {

    @Test
    void a_fulfilment_is_recorded_with_its_event_and_the_version_kept() {
      ContractFile f = file().withVersion(Version.of(2));
      Instant at = sh("2027-01-29T16:00");
      Changed<ContractFile> c = f.fulfil(janInspection(), fulfilment("2027-01-29T15:00"), at);
      assertEquals(Optional.of(fulfilment("2027-01-29T15:00")),
          c.state().fulfilment(janInspection()));
      assertEquals(Version.of(2), c.state().version());
      assertEquals(List.of(new ObligationFulfilled(c1(),
          "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1", ObligationKind.MONTHLY_INSPECTION,
          fulfilment("2027-01-29T15:00"), at)), c.events());
      // The original is unchanged: transitions return a new file.
      assertEquals(Map.of(), f.fulfilments());
    }

    @Test
    void the_same_fulfilment_again_changes_nothing() {
      ContractFile f = fulfilled(file(), janInspection(), fulfilment("2027-01-29T15:00"));
      Changed<ContractFile> again =
          f.fulfil(janInspection(), fulfilment("2027-01-29T15:00"), sh("2027-02-03T09:00"));
      assertSame(f, again.state());
      assertEquals(List.of(), again.events());
    }

    @Test
    void another_record_for_a_fulfilled_obligation_is_refused_with_the_obligations_rule() {
      ContractFile f = fulfilled(file(), janInspection(), fulfilment("2027-01-29T15:00"));
      assertRefusal("CON-04", "core.contract.alreadyFulfilled", () -> f.fulfil(janInspection(),
          fulfilment("2027-01-30T15:00"), sh("2027-02-03T09:00")));
      ContractFile e = fulfilled(file(), expiryNotice(), fulfilment("2027-02-26T15:00"));
      assertRefusal("CON-01", "core.contract.alreadyFulfilled", () -> e.fulfil(expiryNotice(),
          fulfilment("2027-02-27T15:00"), sh("2027-02-03T09:00")));
    }

    @Test
    void a_written_off_obligation_cannot_be_fulfilled() {
      ContractFile f = disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)));
      assertRefusal("CON-04", "core.contract.writtenOff", () -> f.fulfil(janInspection(),
          fulfilment("2027-02-02T15:00"), sh("2027-02-03T09:00")));
    }

    @Test
    void another_contracts_obligation_is_refused() {
      assertViolation("obligation", "core.contract.keyOfAnother", () -> file().fulfil(
          otherContracts(), fulfilment("2027-01-29T15:00"), sh("2027-01-29T16:00")));
    }

    @Test
    void fulfilling_keeps_what_else_was_recorded() {
      ContractFile f = disposed(file(), inspection("2027-01", "SYS-2", LocalDate.of(2027, 1, 31)),
          carriedOver(LocalDate.of(2027, 2, 10)));
      f = f.assignFollowUp(expiryNotice(), assignment("S-1"), sh("2027-02-28T10:00")).state();
      ContractFile next = fulfilled(f, janInspection(), fulfilment("2027-01-29T15:00"));
      assertEquals(f.dispositions(), next.dispositions());
      assertEquals(f.followUps(), next.followUps());
    }
  }

  @Nested
  class Dispose {

    @Test
    void carrying_over_inside_the_contract_moves_the_effective_due_day_with_its_event() {
      Instant at = sh("2027-02-01T10:00");
      Changed<ContractFile> c =
          file().dispose(janInspection(), carriedOver(LocalDate.of(2027, 2, 10)), at);
      assertEquals(LocalDate.of(2027, 2, 10), c.state().effectiveDue(janInspection()));
      assertEquals(List.of(new ObligationCarriedOver(c1(), janInspection().key(),
          ObligationKind.MONTHLY_INSPECTION, carriedOver(LocalDate.of(2027, 2, 10)), at)),
          c.events());
      assertEquals(LocalDate.of(2027, 1, 31), file().effectiveDue(janInspection()));
    }

    @Test
    void carrying_over_to_the_contracts_first_or_last_day_is_allowed_and_outside_refused() {
      assertEquals(LocalDate.of(2027, 1, 1), disposed(file(), janInspection(),
          carriedOver(LocalDate.of(2027, 1, 1))).effectiveDue(janInspection()));
      assertEquals(LocalDate.of(2027, 3, 31), disposed(file(), janInspection(),
          carriedOver(LocalDate.of(2027, 3, 31))).effectiveDue(janInspection()));
      assertViolation("disposition.due", "core.contract.dueOutsideContract", () -> file()
          .dispose(janInspection(), carriedOver(LocalDate.of(2026, 12, 31)), sh("2027-01-20T10:00")));
      assertViolation("disposition.due", "core.contract.dueOutsideContract", () -> file()
          .dispose(janInspection(), carriedOver(LocalDate.of(2027, 4, 1)), sh("2027-01-20T10:00")));
    }

    @Test
    void carrying_over_again_replaces_the_day() {
      ContractFile f = disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      Changed<ContractFile> c = f.dispose(janInspection(), carriedOver(LocalDate.of(2027, 2, 20)),
          sh("2027-02-11T10:00"));
      assertEquals(LocalDate.of(2027, 2, 20), c.state().effectiveDue(janInspection()));
      assertEquals(1, c.events().size());
      assertEquals(1, c.state().dispositions().size());
    }

    @Test
    void the_same_disposition_again_changes_nothing() {
      ContractFile f = disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      Changed<ContractFile> again = f.dispose(janInspection(),
          carriedOver(LocalDate.of(2027, 2, 10)), sh("2027-02-11T10:00"));
      assertSame(f, again.state());
      assertEquals(List.of(), again.events());
      ContractFile w = disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)));
      Changed<ContractFile> wAgain = w.dispose(janInspection(),
          writtenOff(LocalDate.of(2027, 1, 31)), sh("2027-02-11T10:00"));
      assertSame(w, wAgain.state());
      assertEquals(List.of(), wAgain.events());
    }

    @Test
    void a_write_off_names_the_effective_due_day_only() {
      Instant at = sh("2027-02-01T10:00");
      Changed<ContractFile> c =
          file().dispose(janInspection(), writtenOff(LocalDate.of(2027, 1, 31)), at);
      assertEquals(List.of(new ObligationWrittenOff(c1(), janInspection().key(),
          ObligationKind.MONTHLY_INSPECTION, writtenOff(LocalDate.of(2027, 1, 31)), at)),
          c.events());
      assertViolation("disposition.due", "core.contract.writeOffDue", () -> file()
          .dispose(janInspection(), writtenOff(LocalDate.of(2027, 1, 30)), at));
      // Carried over to 10 February: the write-off names 10 February, no longer 31 January.
      ContractFile moved =
          disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      assertViolation("disposition.due", "core.contract.writeOffDue", () -> moved
          .dispose(janInspection(), writtenOff(LocalDate.of(2027, 1, 31)), at));
      ContractFile off = disposed(moved, janInspection(), writtenOff(LocalDate.of(2027, 2, 10)));
      assertEquals(DispositionKind.WRITTEN_OFF,
          off.disposition(janInspection()).orElseThrow().kind());
      // Written off at the day it was last carried over to: that day stays its effective due day.
      assertEquals(LocalDate.of(2027, 2, 10), off.effectiveDue(janInspection()));
      assertEquals(LocalDate.of(2027, 1, 31), disposed(file(), janInspection(),
          writtenOff(LocalDate.of(2027, 1, 31))).effectiveDue(janInspection()));
    }

    @Test
    void a_fulfilled_obligation_is_neither_carried_over_nor_written_off() {
      ContractFile f = fulfilled(file(), janInspection(), fulfilment("2027-01-29T15:00"));
      assertRefusal("CON-04", "core.contract.alreadyFulfilled", () -> f.dispose(janInspection(),
          carriedOver(LocalDate.of(2027, 2, 10)), sh("2027-02-01T10:00")));
      assertRefusal("CON-04", "core.contract.alreadyFulfilled", () -> f.dispose(janInspection(),
          writtenOff(LocalDate.of(2027, 1, 31)), sh("2027-02-01T10:00")));
    }

    @Test
    void a_write_off_is_final() {
      ContractFile f = disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)));
      assertRefusal("CON-04", "core.contract.writtenOff", () -> f.dispose(janInspection(),
          carriedOver(LocalDate.of(2027, 2, 10)), sh("2027-02-01T10:00")));
      ObligationDisposition otherReason = new ObligationDisposition(DispositionKind.WRITTEN_OFF,
          LocalDate.of(2027, 1, 31), "another reason", person("M-1"), sh("2027-01-20T10:00"));
      assertRefusal("CON-04", "core.contract.writtenOff",
          () -> f.dispose(janInspection(), otherReason, sh("2027-02-01T10:00")));
    }

    @Test
    void another_contracts_obligation_is_refused() {
      assertViolation("obligation", "core.contract.keyOfAnother", () -> file().dispose(
          otherContracts(), carriedOver(LocalDate.of(2027, 2, 10)), sh("2027-01-29T16:00")));
    }

    @Test
    void disposing_keeps_what_else_was_recorded() {
      ContractFile f = fulfilled(file(), inspection("2027-01", "SYS-2", LocalDate.of(2027, 1, 31)),
          fulfilment("2027-01-29T15:00"));
      f = f.assignFollowUp(expiryNotice(), assignment("S-1"), sh("2027-02-28T10:00")).state();
      ContractFile next = disposed(f, janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      assertEquals(f.fulfilments(), next.fulfilments());
      assertEquals(f.followUps(), next.followUps());
      assertEquals(f.version(), next.version());
    }
  }

  @Nested
  class FollowUp {

    @Test
    void an_expiry_notice_or_a_free_period_report_gets_a_follow_up_with_its_event() {
      Instant at = sh("2027-02-28T10:00");
      Changed<ContractFile> c =
          file().assignFollowUp(expiryNotice(), assignment("S-1"), at);
      assertEquals(Optional.of(assignment("S-1")), c.state().followUp(expiryNotice()));
      assertEquals(List.of(new FollowUpAssigned(c1(), "3:C-1/EXPIRY_NOTICE/2027-03-31",
          ObligationKind.EXPIRY_NOTICE, assignment("S-1"), at)), c.events());
      Changed<ContractFile> r = file().assignFollowUp(freePeriodReport(), assignment("S-2"), at);
      assertEquals(Optional.of(assignment("S-2")), r.state().followUp(freePeriodReport()));
      assertEquals(ObligationKind.FREE_PERIOD_END_REPORT,
          ((FollowUpAssigned) r.events().get(0)).kind());
    }

    @Test
    void any_other_kind_has_no_follow_up() {
      assertViolation("obligation", "core.contract.noFollowUp", () -> file()
          .assignFollowUp(janInspection(), assignment("S-1"), sh("2027-02-28T10:00")));
      for (ObligationKind kind : ObligationKind.values()) {
        assertEquals(kind == ObligationKind.EXPIRY_NOTICE
            || kind == ObligationKind.FREE_PERIOD_END_REPORT, ContractFile.needsFollowUp(kind),
            kind.name());
      }
    }

    @Test
    void the_same_assignment_again_changes_nothing_and_another_replaces_it() {
      ContractFile f = file().assignFollowUp(expiryNotice(), assignment("S-1"),
          sh("2027-02-28T10:00")).state();
      Changed<ContractFile> again =
          f.assignFollowUp(expiryNotice(), assignment("S-1"), sh("2027-03-01T10:00"));
      assertSame(f, again.state());
      assertEquals(List.of(), again.events());
      Changed<ContractFile> other =
          f.assignFollowUp(expiryNotice(), assignment("S-2"), sh("2027-03-01T10:00"));
      assertEquals(Map.of(expiryNotice().key(), assignment("S-2")), other.state().followUps());
      assertEquals(1, other.events().size());
    }

    @Test
    void a_written_off_notice_gets_no_follow_up_and_another_contracts_is_refused() {
      ContractFile f = disposed(file(), expiryNotice(), writtenOff(LocalDate.of(2027, 2, 28)));
      assertRefusal("CON-01", "core.contract.writtenOff", () -> f.assignFollowUp(expiryNotice(),
          assignment("S-1"), sh("2027-03-01T10:00")));
      Obligation othersNotice = Obligation.of(ContractId.of("C-2"), ObligationKind.EXPIRY_NOTICE,
          "2027-03-31", LocalDate.of(2027, 2, 28), contract().systems());
      assertViolation("obligation", "core.contract.keyOfAnother", () -> file()
          .assignFollowUp(othersNotice, assignment("S-1"), sh("2027-03-01T10:00")));
    }

    @Test
    void assigning_keeps_what_else_was_recorded() {
      ContractFile f = fulfilled(file(), expiryNotice(), fulfilment("2027-02-26T15:00"));
      f = disposed(f, janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      ContractFile next = f.assignFollowUp(expiryNotice(), assignment("S-1"),
          sh("2027-02-28T10:00")).state();
      assertEquals(f.fulfilments(), next.fulfilments());
      assertEquals(f.dispositions(), next.dispositions());
      assertEquals(f.version(), next.version());
    }
  }

  @Nested
  class Status {

    @Test
    void pending_up_to_and_on_the_due_day_overdue_the_day_after() {
      // rule: CON-04 — the January inspection is due Sunday 31 January 2027.
      assertEquals(ObligationStatus.PENDING,
          file().status(janInspection(), LocalDate.of(2027, 1, 30), SHANGHAI));
      assertEquals(ObligationStatus.PENDING,
          file().status(janInspection(), LocalDate.of(2027, 1, 31), SHANGHAI));
      assertEquals(ObligationStatus.OVERDUE,
          file().status(janInspection(), LocalDate.of(2027, 2, 1), SHANGHAI));
    }

    @Test
    void a_carried_over_obligation_is_pending_until_its_new_day_has_passed() {
      ContractFile f = disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      assertEquals(ObligationStatus.PENDING,
          f.status(janInspection(), LocalDate.of(2027, 2, 1), SHANGHAI));
      assertEquals(ObligationStatus.PENDING,
          f.status(janInspection(), LocalDate.of(2027, 2, 10), SHANGHAI));
      assertEquals(ObligationStatus.OVERDUE,
          f.status(janInspection(), LocalDate.of(2027, 2, 11), SHANGHAI));
    }

    @Test
    void the_business_zone_decides_whether_a_fulfilment_was_on_its_due_day() {
      // 01:00 Shanghai on 1 February is 17:00 UTC on 31 January: late in Shanghai, on time in UTC.
      ContractFile f = fulfilled(file(), janInspection(), fulfilment("2027-02-01T01:00"));
      assertEquals(ObligationStatus.FULFILLED_LATE,
          f.status(janInspection(), LocalDate.of(2027, 2, 1), SHANGHAI));
      assertEquals(ObligationStatus.FULFILLED,
          f.status(janInspection(), LocalDate.of(2027, 2, 1), ZoneOffset.UTC));
      // 23:30 Shanghai on 31 January is 15:30 UTC the same day: on time either way.
      ContractFile g = fulfilled(file(), janInspection(), fulfilment("2027-01-31T23:30"));
      assertEquals(ObligationStatus.FULFILLED,
          g.status(janInspection(), LocalDate.of(2027, 2, 5), SHANGHAI));
      // 23:30 in Los Angeles (UTC-8) on 31 January is 07:30 UTC on 1 February: a business in
      // Los Angeles fulfilled it on its due day although UTC says the next day.
      ObligationFulfilment la = ObligationFulfilment.of(person("T-1"),
          LocalDateTime.parse("2027-01-31T23:30").atZone(ZoneId.of("America/Los_Angeles"))
              .toInstant(), "DOC-1");
      ContractFile h = fulfilled(file(), janInspection(), la);
      assertEquals(ObligationStatus.FULFILLED,
          h.status(janInspection(), LocalDate.of(2027, 2, 5), ZoneId.of("America/Los_Angeles")));
      assertEquals(ObligationStatus.FULFILLED_LATE,
          h.status(janInspection(), LocalDate.of(2027, 2, 5), ZoneOffset.UTC));
    }

    @Test
    void a_fulfilment_is_compared_with_the_carried_over_day() {
      ContractFile f = disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)));
      assertEquals(ObligationStatus.FULFILLED, fulfilled(f, janInspection(),
          fulfilment("2027-02-10T16:00")).status(janInspection(), LocalDate.of(2027, 2, 20),
          SHANGHAI));
      assertEquals(ObligationStatus.FULFILLED_LATE, fulfilled(f, janInspection(),
          fulfilment("2027-02-11T09:00")).status(janInspection(), LocalDate.of(2027, 2, 20),
          SHANGHAI));
    }

    @Test
    void a_fulfilment_before_the_day_asked_about_counts_whatever_today_is() {
      ContractFile f = fulfilled(file(), janInspection(), fulfilment("2027-01-29T15:00"));
      assertEquals(ObligationStatus.FULFILLED,
          f.status(janInspection(), LocalDate.of(2027, 1, 1), SHANGHAI));
      assertEquals(ObligationStatus.FULFILLED,
          f.status(janInspection(), LocalDate.of(2027, 3, 1), SHANGHAI));
    }

    @Test
    void a_written_off_obligation_is_written_off_on_any_day() {
      ContractFile f = disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)));
      assertEquals(ObligationStatus.WRITTEN_OFF,
          f.status(janInspection(), LocalDate.of(2027, 1, 30), SHANGHAI));
      assertEquals(ObligationStatus.WRITTEN_OFF,
          f.status(janInspection(), LocalDate.of(2027, 2, 1), SHANGHAI));
    }
  }

  @Nested
  class Settled {

    @Test
    void an_inspection_is_settled_once_fulfilled_or_written_off() {
      assertFalse(file().settled(janInspection()));
      assertTrue(fulfilled(file(), janInspection(), fulfilment("2027-01-29T15:00"))
          .settled(janInspection()));
      assertTrue(disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)))
          .settled(janInspection()));
      assertFalse(disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 10)))
          .settled(janInspection()));
    }

    @Test
    void an_expiry_notice_is_settled_only_fulfilled_and_with_its_follow_up() {
      // rule: CON-01 — the notice sent AND someone assigned to pursue the renewal.
      ContractFile sent = fulfilled(file(), expiryNotice(), fulfilment("2027-02-26T15:00"));
      assertFalse(sent.settled(expiryNotice()));
      ContractFile assignedOnly = file().assignFollowUp(expiryNotice(), assignment("S-1"),
          sh("2027-02-28T10:00")).state();
      assertFalse(assignedOnly.settled(expiryNotice()));
      assertTrue(sent.assignFollowUp(expiryNotice(), assignment("S-1"), sh("2027-02-28T10:00"))
          .state().settled(expiryNotice()));
    }

    @Test
    void a_free_period_report_is_settled_only_fulfilled_and_with_its_follow_up() {
      // rule: CON-02 — reported in writing AND the sales follow-up assigned.
      ContractFile reported =
          fulfilled(file(), freePeriodReport(), fulfilment("2027-01-01T15:00"));
      assertFalse(reported.settled(freePeriodReport()));
      assertTrue(reported.assignFollowUp(freePeriodReport(), assignment("S-1"),
          sh("2027-01-02T10:00")).state().settled(freePeriodReport()));
    }
  }

  @Nested
  class Lookups {

    @Test
    void obligations_due_are_the_schedules_with_carried_over_ones_in_their_new_window_only() {
      MonthEndSchedule schedule = new MonthEndSchedule();
      Obligation jan2 = inspection("2027-01", "SYS-2", LocalDate.of(2027, 1, 31));
      Obligation feb1 = inspection("2027-02", "SYS-1", LocalDate.of(2027, 2, 28));
      Obligation feb2 = inspection("2027-02", "SYS-2", LocalDate.of(2027, 2, 28));
      ContractFile f = disposed(file(), janInspection(), carriedOver(LocalDate.of(2027, 2, 15)));
      assertEquals(List.of(janInspection(), jan2),
          file().obligationsDue(schedule, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)));
      assertEquals(List.of(jan2),
          f.obligationsDue(schedule, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)));
      // [1 Feb, 15 Feb) ends the day before the new day; [15 Feb, 16 Feb) holds it alone.
      assertEquals(List.of(),
          f.obligationsDue(schedule, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 15)));
      assertEquals(List.of(janInspection()),
          f.obligationsDue(schedule, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16)));
      // The schedule's own obligations first, in its order, then the carried-over one.
      assertEquals(List.of(expiryNotice(), feb1, feb2, janInspection()),
          f.obligationsDue(schedule, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1)));
      assertEquals(List.of(),
          f.obligationsDue(schedule, LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 16)));
    }

    @Test
    void an_obligation_carried_over_to_its_own_day_or_written_off_is_listed_once_where_due() {
      MonthEndSchedule schedule = new MonthEndSchedule();
      Obligation jan2 = inspection("2027-01", "SYS-2", LocalDate.of(2027, 1, 31));
      ContractFile back = disposed(disposed(file(), janInspection(),
          carriedOver(LocalDate.of(2027, 2, 15))), janInspection(),
          carriedOver(LocalDate.of(2027, 1, 31)));
      assertEquals(List.of(janInspection(), jan2),
          back.obligationsDue(schedule, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1)));
      ContractFile off =
          disposed(file(), janInspection(), writtenOff(LocalDate.of(2027, 1, 31)));
      int calls = schedule.calls;
      assertEquals(List.of(janInspection(), jan2),
          off.obligationsDue(schedule, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1)));
      // Written off on its scheduled day: found in the window, no look at the whole contract.
      assertEquals(calls + 1, schedule.calls);
      // Carried over to 15 February and written off there: listed on 15 February only.
      ContractFile movedOff = disposed(disposed(file(), janInspection(),
          carriedOver(LocalDate.of(2027, 2, 15))), janInspection(),
          writtenOff(LocalDate.of(2027, 2, 15)));
      assertEquals(List.of(jan2),
          movedOff.obligationsDue(schedule, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1)));
      assertEquals(List.of(janInspection()),
          movedOff.obligationsDue(schedule, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16)));
    }

    @Test
    void an_obligation_is_found_by_its_key_over_the_whole_contract() {
      MonthEndSchedule schedule = new MonthEndSchedule();
      assertEquals(Optional.of(inspection("2027-03", "SYS-2", LocalDate.of(2027, 3, 31))),
          file().obligation(schedule, "3:C-1/MONTHLY_INSPECTION/2027-03 SYS-2"));
      assertEquals(Optional.of(janInspection()),
          file().obligation(schedule, "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1"));
      assertEquals(Optional.empty(),
          file().obligation(schedule, "3:C-1/MONTHLY_INSPECTION/2027-04 SYS-1"));
      int calls = schedule.calls;
      // Another contract's key is not looked for at all.
      assertEquals(Optional.empty(),
          file().obligation(schedule, "3:C-2/MONTHLY_INSPECTION/2027-01 SYS-1"));
      assertEquals(calls, schedule.calls);
    }

    @Test
    void the_outbox_events_of_a_save_carry_the_next_versions_ids() {
      ContractFile f = file().withVersion(Version.of(3));
      Changed<ContractFile> c =
          f.fulfil(janInspection(), fulfilment("2027-01-29T15:00"), sh("2027-01-29T16:00"));
      List<OutboxEvent> out = c.state().outboxEventsOfSave(c.events());
      assertEquals(1, out.size());
      assertEquals("contract/C-1/4/0", out.get(0).eventId().value());
      assertSame(c.events().get(0), out.get(0).event());
      assertEquals("contract/C-1/1/0",
          file().outboxEventsOfSave(c.events()).get(0).eventId().value());
    }

    @Test
    void to_string_names_the_contract_version_and_counts() {
      assertEquals("ContractFile[C-1 v0: 0 fulfilled, 0 disposed, 0 follow-ups]",
          file().toString());
      ContractFile f = fulfilled(file(), expiryNotice(), fulfilment("2027-02-26T15:00"));
      f = fulfilled(f, janInspection(), fulfilment("2027-01-29T15:00"));
      f = disposed(f, inspection("2027-01", "SYS-2", LocalDate.of(2027, 1, 31)),
          carriedOver(LocalDate.of(2027, 2, 10)));
      f = f.assignFollowUp(expiryNotice(), assignment("S-1"), sh("2027-02-28T10:00")).state();
      assertEquals("ContractFile[C-1 v7: 2 fulfilled, 1 disposed, 1 follow-ups]",
          f.withVersion(Version.of(7)).toString());
      assertEquals("contract file", ContractFile.KIND.english());
      assertEquals("contract", ContractFile.KIND_CODE);
    }
  }

  @Nested
  class Invariants {

    ContractFile.Builder builder() {
      return ContractFile.builder().contract(contract());
    }

    @Test
    void a_key_of_another_contract_is_refused_in_every_map() {
      String others = "3:C-2/MONTHLY_INSPECTION/2027-01 SYS-1";
      assertViolation("fulfilments", "core.contract.keyOfAnother", () -> builder()
          .putFulfilment(others, fulfilment("2027-01-29T15:00")).build());
      assertViolation("dispositions", "core.contract.keyOfAnother", () -> builder()
          .putDisposition(others, carriedOver(LocalDate.of(2027, 2, 10))).build());
      assertViolation("followUps", "core.contract.keyOfAnother", () -> builder()
          .putFollowUp("3:C-2/EXPIRY_NOTICE/2027-03-31", assignment("S-1")).build());
      // The contract's prefix without a kind and occurrence after it is no key either.
      assertViolation("fulfilments", "core.contract.keyOfAnother", () -> builder()
          .putFulfilment("3:C-1/MONTHLY_INSPECTION", fulfilment("2027-01-29T15:00")).build());
      // "C-10" starts with "C-1", but the length prefix tells them apart.
      assertViolation("fulfilments", "core.contract.keyOfAnother", () -> builder()
          .putFulfilment("4:C-10/MONTHLY_INSPECTION/2027-01 SYS-1",
              fulfilment("2027-01-29T15:00")).build());
    }

    @Test
    void an_obligation_fulfilled_and_written_off_is_refused_but_fulfilled_after_a_carry_over_not() {
      String key = janInspection().key();
      assertViolation("dispositions", "core.contract.fulfilledAndWrittenOff", () -> builder()
          .putFulfilment(key, fulfilment("2027-01-29T15:00"))
          .putDisposition(key, writtenOff(LocalDate.of(2027, 1, 31))).build());
      ContractFile f = builder().putFulfilment(key, fulfilment("2027-02-09T15:00"))
          .putDisposition(key, carriedOver(LocalDate.of(2027, 2, 10))).build();
      assertEquals(ObligationStatus.FULFILLED,
          f.status(janInspection(), LocalDate.of(2027, 2, 20), SHANGHAI));
    }

    @Test
    void a_carried_over_day_outside_the_contract_is_refused() {
      String key = janInspection().key();
      assertViolation("dispositions", "core.contract.dueOutsideContract", () -> builder()
          .putDisposition(key, carriedOver(LocalDate.of(2027, 4, 1))).build());
      assertViolation("dispositions", "core.contract.dueOutsideContract", () -> builder()
          .putDisposition(key, carriedOver(LocalDate.of(2026, 12, 31))).build());
      assertEquals(1, builder().putDisposition(key, carriedOver(LocalDate.of(2027, 3, 31)))
          .build().dispositions().size());
    }

    @Test
    void a_follow_up_of_another_kind_is_refused() {
      assertViolation("followUps", "core.contract.noFollowUp", () -> builder()
          .putFollowUp(janInspection().key(), assignment("S-1")).build());
      assertEquals(2, builder().putFollowUp(expiryNotice().key(), assignment("S-1"))
          .putFollowUp(freePeriodReport().key(), assignment("S-2")).build().followUps().size());
    }
  }
}
