package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.contract.SeedInspectionChecklists;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;

/**
 * The security-systems configuration (安防系统维保配置): the seed's policy 15 — an installer of
 * security systems under maintenance contracts — every part configured with the seed's numbers.
 *
 * <table>
 *   <caption>Rules set, the part that sets each, the seed's numbers and the source</caption>
 *   <tr><th>Rule</th><th>Part</th><th>Seed's numbers</th><th>Source</th></tr>
 *   <tr><td>SVC-12</td><td>{@link #serviceLevels()}</td><td>24×7 arrival within 1 hour inside
 *       ring road 1, 2 inside ring road 2, 4 in the rest of the city, 6 in neighbouring cities
 *       and counties, elapsed; farther: per contract (1 and 2 are a reconstruction of garbled
 *       digits)</td><td>P15 §4.2⑤</td></tr>
 *   <tr><td>CON-04</td><td>{@link #obligationSchedule()}, {@link #inspectionChecklists()}</td>
 *       <td>one inspection per system per month, covering front-end devices, cabling, central
 *       control equipment and system functions</td><td>P15 §4.3</td></tr>
 *   <tr><td>CON-06</td><td>{@link #obligationSchedule()}, {@link #obligationSettings()}</td>
 *       <td>a written maintenance report per customer every quarter</td><td>P15 §4.1⑤</td></tr>
 *   <tr><td>SUR-06</td><td>{@link #obligationSchedule()}, {@link #obligationSettings()}</td>
 *       <td>a survey every 6 months (configurable from 6 to 12), a yearly summary</td>
 *       <td>P15 §4.4</td></tr>
 * </table>
 *
 * <p><b>Changing a number.</b> Every number is a default; replace the part that holds it. A
 * survey every 12 months instead of 6:
 *
 * <pre>{@code
 * SecuritySystemsConfiguration ours = SecuritySystemsConfiguration.seed(teamCalendar)
 *     .withObligationSchedule(SeedObligationSchedule.builder().surveyEveryMonths(12).build());
 * }</pre>
 *
 * <p>Each part is the library's own implementation, so that its numbers can be read back; to
 * plug in a policy of one's own, wire it into the use case directly. Immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
public final class SecuritySystemsConfiguration {

  private static final List<RuleId> RULE_IDS =
      Parts.ruleIds("SVC-12", "CON-04", "CON-06", "SUR-06");

  private final ServiceLevels serviceLevels;
  private final SeedObligationSchedule obligationSchedule;
  private final ObligationSettings obligationSettings;
  private final SeedInspectionChecklists inspectionChecklists;

  private SecuritySystemsConfiguration(ServiceLevels serviceLevels,
      SeedObligationSchedule obligationSchedule, ObligationSettings obligationSettings,
      SeedInspectionChecklists inspectionChecklists) {
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.obligationSchedule = requireNonNull(obligationSchedule, "obligationSchedule");
    this.obligationSettings = requireNonNull(obligationSettings, "obligationSettings");
    this.inspectionChecklists = requireNonNull(inspectionChecklists, "inspectionChecklists");
  }

  /**
   * The seed's security-systems configuration (see the class comment for every number). It needs
   * no zone and no currency: its arrival limits run on the wall clock and it has no amounts.
   *
   * @param calendar the emergency team's calendar (often
   *     {@code WeeklySchedule.twentyFourSeven()}); the limits are elapsed hours, so it only
   *     carries the zone of the service-level policy
   * @return the configuration
   */
  public static SecuritySystemsConfiguration seed(BusinessCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return new SecuritySystemsConfiguration(
        ServiceLevels.seed(SeedServiceLevels.EMERGENCY, calendar).build(),
        SeedObligationSchedule.seed(), ObligationSettings.seed(), SeedInspectionChecklists.seed());
  }

  /**
   * The rule IDs this configuration sets (the class comment's table), sorted.
   *
   * @return an unmodifiable list
   */
  public List<RuleId> ruleIds() {
    return RULE_IDS;
  }

  /**
   * The emergency zone arrival service levels, SVC-12.
   *
   * @return 1, 2, 4 and 6 elapsed hours by zone, around the clock
   */
  public ServiceLevels serviceLevels() {
    return serviceLevels;
  }

  /**
   * The contract obligation schedule, CON-04, CON-06, SUR-06.
   *
   * @return monthly inspections per system, a quarterly customer report, a survey every 6 months
   *     and a yearly summary
   */
  public SeedObligationSchedule obligationSchedule() {
    return obligationSchedule;
  }

  /**
   * Who the obligation reminders go to and when, CON-04, CON-06, SUR-06.
   *
   * @return to the after-sales lead, 7 days before each due day
   */
  public ObligationSettings obligationSettings() {
    return obligationSettings;
  }

  /**
   * The monthly inspection's checklists, CON-04.
   *
   * @return for a security system the four areas: front-end devices, cabling, central control
   *     equipment, system functions
   */
  public SeedInspectionChecklists inspectionChecklists() {
    return inspectionChecklists;
  }

  /**
   * A copy with other emergency service levels, every other part unchanged.
   *
   * @param serviceLevels the replacement
   * @return the copy
   */
  public SecuritySystemsConfiguration withServiceLevels(ServiceLevels serviceLevels) {
    return new SecuritySystemsConfiguration(serviceLevels, obligationSchedule, obligationSettings,
        inspectionChecklists);
  }

  /**
   * A copy with another obligation schedule, every other part unchanged.
   *
   * @param obligationSchedule the replacement
   * @return the copy
   */
  public SecuritySystemsConfiguration withObligationSchedule(
      SeedObligationSchedule obligationSchedule) {
    return new SecuritySystemsConfiguration(serviceLevels, obligationSchedule, obligationSettings,
        inspectionChecklists);
  }

  /**
   * A copy with other obligation settings, every other part unchanged.
   *
   * @param obligationSettings the replacement
   * @return the copy
   */
  public SecuritySystemsConfiguration withObligationSettings(
      ObligationSettings obligationSettings) {
    return new SecuritySystemsConfiguration(serviceLevels, obligationSchedule, obligationSettings,
        inspectionChecklists);
  }

  /**
   * A copy with other inspection checklists, every other part unchanged.
   *
   * @param inspectionChecklists the replacement
   * @return the copy
   */
  public SecuritySystemsConfiguration withInspectionChecklists(
      SeedInspectionChecklists inspectionChecklists) {
    return new SecuritySystemsConfiguration(serviceLevels, obligationSchedule, obligationSettings,
        inspectionChecklists);
  }
}
