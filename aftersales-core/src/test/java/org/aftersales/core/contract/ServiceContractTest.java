package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/**
 * A contract covers its systems from its first to its last day inclusive; an obligation is keyed
 * by contract, kind and occurrence.
 *
 * <p>// rule: CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06
 */
class ServiceContractTest {

  static final SystemId S1 = SystemId.of("SYS-1");
  static final SystemId S2 = SystemId.of("SYS-2");

  static ServiceContract contract(List<SystemId> systems, LocalDate start, LocalDate end) {
    return ServiceContract.of(ContractId.of("C-1"), CustomerId.of("CUST-9"),
        ContractKind.MAINTENANCE, SystemCategory.SECURITY, systems, start, end);
  }

  @Test
  void customer_and_system_ids_keep_the_host_systems_text_and_cannot_be_mixed_up() {
    assertEquals("SYS-9", SystemId.of("SYS-9").value());
    assertEquals("客户 9", CustomerId.of("客户 9").value());
    assertNotEquals(SystemId.of("X-1"), (Object) CustomerId.of("X-1"));
    assertEquals("SystemId", assertThrows(InvalidInputException.class, () -> SystemId.of(""))
        .violations().get(0).path());
    assertEquals("CustomerId", assertThrows(InvalidInputException.class,
        () -> CustomerId.of(" C")).violations().get(0).path());
  }

  @Test
  void a_contract_covers_its_first_and_last_day_and_nothing_outside() {
    ServiceContract c = contract(List.of(S1, S2), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31));
    assertTrue(c.covers(LocalDate.of(2026, 1, 1)));
    assertTrue(c.covers(LocalDate.of(2026, 12, 31)));
    assertFalse(c.covers(LocalDate.of(2025, 12, 31)));
    assertFalse(c.covers(LocalDate.of(2027, 1, 1)));
    assertEquals(List.of(S1, S2), c.systems());
    assertEquals(CustomerId.of("CUST-9"), c.customer());
  }

  @Test
  void a_one_day_contract_is_valid() {
    LocalDate day = LocalDate.of(2028, 2, 29);
    assertTrue(contract(List.of(S1), day, day).covers(day));
  }

  @Test
  void the_systems_are_copied_so_the_contract_cannot_change_later() {
    List<SystemId> systems = new ArrayList<>(List.of(S1));
    ServiceContract c = contract(systems, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    systems.add(S2);
    assertEquals(List.of(S1), c.systems());
  }

  @Test
  void a_contract_without_systems_with_a_system_twice_or_ending_before_it_starts_is_refused() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertEquals("systems: must name at least one system", assertThrows(
        InvalidInputException.class, () -> contract(List.of(), start, start))
        .violations().get(0).render(Locale.ENGLISH));
    assertEquals("systems", assertThrows(InvalidInputException.class,
        () -> contract(List.of(S1, S1), start, start)).violations().get(0).path());
    assertEquals("end: the last day must be on or after the first day 2026-01-01"
        + " (rejected value: \"2025-12-31\")", assertThrows(InvalidInputException.class,
        () -> contract(List.of(S1), start, start.minusDays(1)))
        .violations().get(0).render(Locale.ENGLISH));
  }

  @Test
  void an_obligation_key_is_contract_kind_and_occurrence_and_ignores_the_due_date() {
    Obligation a = Obligation.of(ContractId.of("C-1"), ObligationKind.MONTHLY_INSPECTION,
        "2026-11 SYS-1", LocalDate.of(2026, 11, 30), List.of(S1));
    assertEquals("3:C-1/MONTHLY_INSPECTION/2026-11 SYS-1", a.key());
    assertEquals(RuleId.of("CON-04"), a.rule());
    Obligation moved = Obligation.of(ContractId.of("C-1"), ObligationKind.MONTHLY_INSPECTION,
        "2026-11 SYS-1", LocalDate.of(2026, 11, 15), List.of(S1));
    assertEquals("3:C-1/MONTHLY_INSPECTION/2026-11 SYS-1", moved.key());
  }

  @Test
  void a_slash_in_a_contract_id_cannot_make_two_keys_equal() {
    Obligation slashed = Obligation.of(ContractId.of("A/SURVEY"), ObligationKind.SURVEY, "x",
        LocalDate.of(2026, 1, 1), List.of(S1));
    Obligation plain = Obligation.of(ContractId.of("A"), ObligationKind.SURVEY, "SURVEY/x",
        LocalDate.of(2026, 1, 1), List.of(S1));
    assertEquals("8:A/SURVEY/SURVEY/x", slashed.key());
    assertEquals("1:A/SURVEY/SURVEY/x", plain.key());
  }

  @Test
  void every_kind_names_its_rule() {
    assertEquals("CON-01", ObligationKind.EXPIRY_NOTICE.rule().value());
    assertEquals("CON-02", ObligationKind.FREE_PERIOD_END_REPORT.rule().value());
    assertEquals("CON-04", ObligationKind.MONTHLY_INSPECTION.rule().value());
    assertEquals("CON-05", ObligationKind.MONTHLY_OPTIMISATION_REPORT.rule().value());
    assertEquals("CON-05", ObligationKind.QUARTERLY_REVISIT.rule().value());
    assertEquals("CON-06", ObligationKind.QUARTERLY_CUSTOMER_REPORT.rule().value());
    assertEquals("SUR-06", ObligationKind.SURVEY.rule().value());
    assertEquals("SUR-06", ObligationKind.YEARLY_SURVEY_SUMMARY.rule().value());
  }

  @Test
  void an_obligation_with_a_blank_occurrence_no_system_or_another_kinds_rule_is_refused() {
    ContractId c = ContractId.of("C-1");
    LocalDate due = LocalDate.of(2026, 1, 31);
    assertEquals("occurrence", assertThrows(InvalidInputException.class,
        () -> Obligation.of(c, ObligationKind.SURVEY, " ", due, List.of(S1)))
        .violations().get(0).path());
    assertEquals("systems", assertThrows(InvalidInputException.class,
        () -> Obligation.of(c, ObligationKind.SURVEY, "2026-01-01", due, List.of()))
        .violations().get(0).path());
    assertEquals("rule: the rule must be the obligation kind's rule SUR-06 (rejected value: \"CON-04\")",
        assertThrows(InvalidInputException.class, () -> new Obligation(c, ObligationKind.SURVEY,
            "2026-01-01", due, List.of(S1), RuleId.of("CON-04")))
            .violations().get(0).render(Locale.ENGLISH));
  }
}
