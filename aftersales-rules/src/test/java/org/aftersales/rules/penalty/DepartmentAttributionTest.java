package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.member;
import static org.aftersales.rules.penalty.AllocationFixtures.party;
import static org.aftersales.rules.penalty.AllocationFixtures.person;
import static org.aftersales.rules.penalty.AllocationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.AttributionPolicy;
import org.aftersales.core.penalty.FaultReport;
import org.junit.jupiter.api.Test;

/**
 * Attribution of PEN-05: manufacturing to the smallest group where the fault arose, else the whole
 * section (never to a named person); sales and service to the individual, else the department;
 * other departments to the person, else the group, else the unit.
 *
 * <p>// rule: PEN-05
 */
class DepartmentAttributionTest {

  static final AttributionPolicy POLICY = DepartmentAttribution.seed();

  static final OrganizationUnit PRESS_GROUP = unit("G-PRESS", UnitLevel.GROUP,
      DepartmentKind.MANUFACTURING, member("E1001", "1.2"), member("E1002", "1.0"));
  static final OrganizationUnit PRESS_SECTION = unit("S-PRESS", UnitLevel.SECTION,
      DepartmentKind.MANUFACTURING, member("E1001", "1.2"), member("E1002", "1.0"),
      member("E1005", "0.8"));
  static final OrganizationUnit SALES = unit("D-SALES", UnitLevel.DEPARTMENT,
      DepartmentKind.SALES, member("S3001", "1.0"), member("S3002", "1.5"));
  static final OrganizationUnit SALES_NORTH = unit("G-SALES-N", UnitLevel.GROUP,
      DepartmentKind.SALES, member("S3001", "1.0"));
  static final OrganizationUnit SERVICE = unit("D-SERVICE", UnitLevel.DEPARTMENT,
      DepartmentKind.SERVICE, member("T4001", "1.0"), member("T4002", "1.0"));
  static final OrganizationUnit QA = unit("D-QA", UnitLevel.DEPARTMENT, DepartmentKind.OTHER,
      member("Q2001", "1.0"), member("Q2002", "1.0"));
  static final OrganizationUnit QA_LAB = unit("G-QA-LAB", UnitLevel.GROUP, DepartmentKind.OTHER,
      member("Q2002", "1.0"));

  static FaultReport report(DepartmentKind kind, String person, OrganizationUnit group,
      OrganizationUnit whole) {
    FaultReport.Builder b = FaultReport.builder().kind(kind).wholeUnit(whole);
    if (person != null) {
      b.person(PersonId.of(person));
    }
    if (group != null) {
      b.group(group);
    }
    return b.build();
  }

  @Test
  void a_manufacturing_fault_traced_to_a_group_goes_to_that_group() {
    // rule: PEN-05
    assertEquals(party(PRESS_GROUP), POLICY.attribute(
        report(DepartmentKind.MANUFACTURING, null, PRESS_GROUP, PRESS_SECTION)));
  }

  @Test
  void a_manufacturing_fault_without_a_group_goes_to_the_whole_section() {
    // rule: PEN-05, PEN-09
    assertEquals(party(PRESS_SECTION), POLICY.attribute(
        report(DepartmentKind.MANUFACTURING, null, null, PRESS_SECTION)));
  }

  @Test
  void a_manufacturing_fault_never_goes_to_a_named_person_because_the_group_is_the_smallest_unit() {
    // rule: PEN-05
    assertEquals(party(PRESS_GROUP), POLICY.attribute(
        report(DepartmentKind.MANUFACTURING, "E1002", PRESS_GROUP, PRESS_SECTION)));
    assertEquals(party(PRESS_SECTION), POLICY.attribute(
        report(DepartmentKind.MANUFACTURING, "E1002", null, PRESS_SECTION)));
  }

  @Test
  void a_sales_fault_with_a_named_person_goes_to_that_person() {
    // rule: PEN-02, PEN-05
    assertEquals(person("S3001"), POLICY.attribute(
        report(DepartmentKind.SALES, "S3001", SALES_NORTH, SALES)));
    assertEquals(person("S3001"), POLICY.attribute(
        report(DepartmentKind.SALES, "S3001", null, SALES)));
  }

  @Test
  void a_sales_fault_without_a_person_goes_to_the_whole_department_not_to_a_group() {
    // rule: PEN-05
    assertEquals(party(SALES), POLICY.attribute(
        report(DepartmentKind.SALES, null, SALES_NORTH, SALES)));
    assertEquals(party(SALES), POLICY.attribute(report(DepartmentKind.SALES, null, null, SALES)));
  }

  @Test
  void a_service_fault_is_attributed_as_a_sales_fault() {
    // rule: PEN-05, PEN-09
    assertEquals(person("T4002"), POLICY.attribute(
        report(DepartmentKind.SERVICE, "T4002", null, SERVICE)));
    assertEquals(party(SERVICE), POLICY.attribute(
        report(DepartmentKind.SERVICE, null, null, SERVICE)));
  }

  @Test
  void a_fault_elsewhere_goes_to_the_person_else_the_group_else_the_unit() {
    // rule: PEN-05
    assertEquals(person("Q2001"), POLICY.attribute(
        report(DepartmentKind.OTHER, "Q2001", QA_LAB, QA)));
    assertEquals(party(QA_LAB), POLICY.attribute(report(DepartmentKind.OTHER, null, QA_LAB, QA)));
    assertEquals(party(QA), POLICY.attribute(report(DepartmentKind.OTHER, null, null, QA)));
  }

  @Test
  void the_seed_is_one_shared_stateless_policy() {
    // rule: PEN-05
    assertSame(DepartmentAttribution.seed(), DepartmentAttribution.seed());
    assertEquals("DepartmentAttribution[seed]", DepartmentAttribution.seed().toString());
  }
}
