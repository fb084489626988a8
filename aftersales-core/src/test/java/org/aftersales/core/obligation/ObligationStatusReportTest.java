package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.SHANGHAI;
import static org.aftersales.core.obligation.ObligationFakes.maintenance;
import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.MonthEndSchedule;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationStatus;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.obligation.ObligationFakes.Files;
import org.aftersales.core.obligation.ObligationFakes.TestClock;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The obligation report lists every obligation due in a window of days with where it stands
 * today — "today" the clock's day in the business zone — and the missed ones (漏办).
 *
 * <p>Two contracts, 1 January to 31 March 2027 ({@link MonthEndSchedule}): A-1 (SYS-1) and C-1
 * (SYS-1, SYS-2). The clock is 31 January 16:30 UTC, Monday 1 February 00:30 in Shanghai: the
 * January inspections (due 31 January) are overdue in Shanghai although UTC still says 31
 * January. Recorded: C-1's January SYS-1 inspection fulfilled at 00:10 Shanghai on 1 February
 * (late), C-1's January SYS-2 inspection carried over to 10 February, A-1's expiry notice
 * (due 28 February) written off.
 *
 * <p>// rule: CON-01, CON-04
 */
class ObligationStatusReportTest {

  final Files files = new Files();
  final TestClock clock = new TestClock(Instant.parse("2027-01-31T16:30:00Z"));
  ObligationSettings settings = ObligationSettings.seed();

  static Obligation inspection(String contract, String month, String system, LocalDate due) {
    return Obligation.of(ContractId.of(contract),
        ObligationKind.MONTHLY_INSPECTION, month + " " + system, due,
        List.of(SystemId.of(system)));
  }

  static Obligation expiry(String contract, List<String> systems) {
    return Obligation.of(ContractId.of(contract),
        ObligationKind.EXPIRY_NOTICE, "2027-03-31",
        LocalDate.of(2027, 2, 28),
        systems.stream().map(SystemId::of).toList());
  }

  static final LocalDate JAN_END = LocalDate.of(2027, 1, 31);
  static final LocalDate FEB_END = LocalDate.of(2027, 2, 28);

  ObligationStatusReport report() {
    return new ObligationStatusReport(files, new MonthEndSchedule(), SHANGHAI, settings, clock);
  }

  static ObligationState state(Obligation o, LocalDate due, ObligationStatus status,
      boolean carriedOver) {
    return new ObligationState(o, CustomerId.of("CUST-" + o.contract().value()), due, status,
        carriedOver);
  }

  @BeforeEach
  void store() {
    Instant at = sh("2027-02-01T00:20");
    PersonId m = PersonId.of("M-1");
    files.stored(ContractFile.open(maintenance("A-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 31))).dispose(expiry("A-1", List.of("SYS-1")),
        new ObligationDisposition(DispositionKind.WRITTEN_OFF, FEB_END, "not renewed", m, at),
        at).state());
    ContractFile c = ContractFile.open(maintenance("C-1", List.of("SYS-1", "SYS-2"),
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
    c = c.fulfil(inspection("C-1", "2027-01", "SYS-1", JAN_END),
        ObligationFulfilment.of(PersonId.of("T-1"), sh("2027-02-01T00:10"), "DMS-1"), at)
        .state();
    c = c.dispose(inspection("C-1", "2027-01", "SYS-2", JAN_END),
        new ObligationDisposition(DispositionKind.CARRIED_OVER, LocalDate.of(2027, 2, 10),
            "customer closed", m, at), at).state();
    files.stored(c);
  }

  @Test
  void january_lists_each_obligation_due_with_its_status_in_the_business_zone() {
    assertEquals(List.of(
        state(inspection("A-1", "2027-01", "SYS-1", JAN_END), JAN_END, ObligationStatus.OVERDUE,
            false),
        state(inspection("C-1", "2027-01", "SYS-1", JAN_END), JAN_END,
            ObligationStatus.FULFILLED_LATE, false)),
        report().between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)));
  }

  @Test
  void february_lists_the_carried_over_one_on_its_new_day_then_by_contract_kind_occurrence() {
    assertEquals(List.of(
        state(inspection("C-1", "2027-01", "SYS-2", JAN_END), LocalDate.of(2027, 2, 10),
            ObligationStatus.PENDING, true),
        state(expiry("A-1", List.of("SYS-1")), FEB_END, ObligationStatus.WRITTEN_OFF, false),
        state(inspection("A-1", "2027-02", "SYS-1", FEB_END), FEB_END, ObligationStatus.PENDING,
            false),
        state(expiry("C-1", List.of("SYS-1", "SYS-2")), FEB_END, ObligationStatus.PENDING,
            false),
        state(inspection("C-1", "2027-02", "SYS-1", FEB_END), FEB_END, ObligationStatus.PENDING,
            false),
        state(inspection("C-1", "2027-02", "SYS-2", FEB_END), FEB_END, ObligationStatus.PENDING,
            false)),
        report().between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1)));
  }

  @Test
  void the_missed_ones_are_the_overdue_the_late_and_the_written_off() {
    assertEquals(List.of(
        state(inspection("A-1", "2027-01", "SYS-1", JAN_END), JAN_END, ObligationStatus.OVERDUE,
            false),
        state(inspection("C-1", "2027-01", "SYS-1", JAN_END), JAN_END,
            ObligationStatus.FULFILLED_LATE, false),
        state(expiry("A-1", List.of("SYS-1")), FEB_END, ObligationStatus.WRITTEN_OFF, false)),
        report().missed(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)));
  }

  @Test
  void contracts_are_read_by_pages_until_a_page_is_short() {
    settings = settings.withPageSize(1);
    assertEquals(2, report().between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)).size());
    assertEquals(List.of("overlapping 2027-01-01 2027-02-01", "overlappingAfter A-1",
        "overlappingAfter C-1"), files.calls);
    files.calls.clear();
    settings = settings.withPageSize(3);
    report().between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));
    assertEquals(List.of("overlapping 2027-01-01 2027-02-01"), files.calls);
  }

  @Test
  void a_reversed_or_unsupported_window_is_refused_and_an_empty_one_lists_nothing() {
    // Refused before anything is read: also with no contract stored.
    files.byId.clear();
    InvalidInputException reversed = assertThrows(InvalidInputException.class,
        () -> report().between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31)));
    assertEquals("to", reversed.violations().get(0).path());
    assertEquals("core.contract.windowReversed",
        reversed.violations().get(0).message().key());
    assertEquals("from", assertThrows(InvalidInputException.class, () -> report()
        .between(LocalDate.of(1899, 12, 31), LocalDate.of(2027, 1, 31))).violations().get(0)
        .path());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> report()
        .between(LocalDate.of(2027, 1, 31), LocalDate.of(2301, 1, 1))).violations().get(0)
        .path());
    assertEquals(List.of(), files.calls);
    assertEquals(List.of(), report().between(JAN_END, JAN_END));
  }

  @Test
  void obligations_of_one_day_contract_and_kind_are_ordered_by_occurrence() {
    // C-1's January SYS-2 inspection carried over again, to 28 February: the schedule lists it
    // after February's, the report before them ("2027-01 SYS-2" < "2027-02 SYS-1").
    ContractFile c = files.byId.get(ContractId.of("C-1"));
    Instant at = sh("2027-02-01T00:20");
    files.byId.put(c.id(), c.dispose(inspection("C-1", "2027-01", "SYS-2", JAN_END),
        new ObligationDisposition(DispositionKind.CARRIED_OVER, FEB_END, "customer away",
            PersonId.of("M-1"), at), at).state());
    assertEquals(List.of(
        state(expiry("C-1", List.of("SYS-1", "SYS-2")), FEB_END, ObligationStatus.PENDING,
            false),
        state(inspection("C-1", "2027-01", "SYS-2", JAN_END), FEB_END, ObligationStatus.PENDING,
            true),
        state(inspection("C-1", "2027-02", "SYS-1", FEB_END), FEB_END, ObligationStatus.PENDING,
            false),
        state(inspection("C-1", "2027-02", "SYS-2", FEB_END), FEB_END, ObligationStatus.PENDING,
            false)),
        report().between(FEB_END, LocalDate.of(2027, 3, 1)).stream()
            .filter(s -> s.obligation().contract().equals(ContractId.of("C-1"))).toList());
  }

  @Test
  void the_report_needs_all_its_collaborators() {
    MonthEndSchedule s = new MonthEndSchedule();
    assertThrows(NullPointerException.class,
        () -> new ObligationStatusReport(null, s, SHANGHAI, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationStatusReport(files, null, SHANGHAI, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationStatusReport(files, s, null, settings, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationStatusReport(files, s, SHANGHAI, null, clock));
    assertThrows(NullPointerException.class,
        () -> new ObligationStatusReport(files, s, SHANGHAI, settings, null));
  }
}
