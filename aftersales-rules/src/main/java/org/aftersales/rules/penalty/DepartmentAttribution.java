package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.penalty.AttributionPolicy;
import org.aftersales.core.penalty.FaultReport;
import org.aftersales.core.penalty.ResponsibleParty;

/**
 * Who a fault is attributed to (责任归属), PEN-05, by the kind of department in which it arose:
 *
 * <table>
 *   <caption>Attribution by department kind</caption>
 *   <tr><th>Kind</th><th>Attributed to</th></tr>
 *   <tr><td>{@link DepartmentKind#MANUFACTURING}</td><td>the group in which the fault arose, if it
 *       is known (the group is the smallest unit: 以各组单元为最小单位); otherwise the whole section
 *       ({@link org.aftersales.core.penalty.FaultReport#wholeUnit()}). A named person is
 *       <b>not</b> used: a manufacturing fault is always carried by a unit, whose members share it
 *       by base points (PEN-09).</td></tr>
 *   <tr><td>{@link DepartmentKind#SALES}, {@link DepartmentKind#SERVICE}</td><td>the person at
 *       fault, if known (归属个人); otherwise the whole department. A group in the report is not
 *       used.</td></tr>
 *   <tr><td>{@link DepartmentKind#OTHER}</td><td>the person, if known; otherwise the group, if
 *       known; otherwise the whole unit.</td></tr>
 * </table>
 *
 * <p>The result is a {@link ResponsibleParty.Person} (who carries the share in full, PEN-02) or a
 * {@link ResponsibleParty.Unit} (whose members share it by base points, PEN-06, PEN-09). A
 * {@link org.aftersales.core.penalty.FaultReport} already guarantees that the person belongs to the
 * whole unit and that the group lies inside it.
 *
 * <p>Immutable, stateless and thread-safe.
 */
public final class DepartmentAttribution implements AttributionPolicy {

  private static final DepartmentAttribution SEED = new DepartmentAttribution();

  private DepartmentAttribution() {}

  /**
   * The seed's attribution (PEN-05).
   *
   * @return the policy
   */
  public static DepartmentAttribution seed() {
    return SEED;
  }

  /**
   * The party that carries a fault (see the class comment for each kind of department).
   *
   * @param report the kind of department, the person and group if identified, and the whole
   *     section or department
   * @return the person or the unit
   */
  @Override
  public ResponsibleParty attribute(FaultReport report) {
    requireNonNull(report, "report");
    switch (report.kind()) {
      case MANUFACTURING:
        return new ResponsibleParty.Unit(report.group().orElse(report.wholeUnit()));
      case SALES:
      case SERVICE:
        return report.person().<ResponsibleParty>map(ResponsibleParty.Person::new)
            .orElseGet(() -> new ResponsibleParty.Unit(report.wholeUnit()));
      default:
        return report.person().<ResponsibleParty>map(ResponsibleParty.Person::new)
            .orElseGet(() -> new ResponsibleParty.Unit(
                report.group().orElse(report.wholeUnit())));
    }
  }

  /**
   * For logs.
   *
   * @return {@code DepartmentAttribution[seed]}
   */
  @Override
  public String toString() {
    return "DepartmentAttribution[seed]";
  }
}
