package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;

/**
 * Where a fault arose, as far as it could be traced (异常发生单位), PEN-05.
 *
 * @param kind the kind of department in which it arose
 * @param person the person at fault, if identified
 * @param group the smallest unit (group) in which it arose, if identified
 * @param wholeUnit the fallback: the section (manufacturing) or the department (sales, service)
 */
public record FaultReport(DepartmentKind kind, Optional<PersonId> person,
    Optional<OrganizationUnit> group, OrganizationUnit wholeUnit) {

  /**
   * Checks the fields.
   *
   * @param kind the kind of department
   * @param person the person at fault, if identified
   * @param group the smallest unit, if identified
   * @param wholeUnit the fallback unit
   */
  public FaultReport {
    requireNonNull(kind, "kind");
    requireNonNull(person, "person");
    requireNonNull(group, "group");
    requireNonNull(wholeUnit, "wholeUnit");
  }
}
