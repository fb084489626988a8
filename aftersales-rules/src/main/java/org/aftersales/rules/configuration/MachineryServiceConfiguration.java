package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.workreport.ReportingDeadlines;
import org.aftersales.core.workreport.ServiceHours;
import org.aftersales.rules.penalty.FineSchedule;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.workreport.WindowRepeatRepairPolicy;

/**
 * The machinery-service configuration (机械设备售后服务配置): the seed's policy 11 — a machinery
 * maker's service engineers — every part configured with the seed's numbers.
 *
 * <table>
 *   <caption>Rules set, the part that sets each, the seed's numbers and the source</caption>
 *   <tr><th>Rule</th><th>Part</th><th>Seed's numbers</th><th>Source</th></tr>
 *   <tr><td>SVC-13</td><td>{@link #serviceLevels()}</td><td>every message answered within 24
 *       hours (elapsed); on site at the time the customer asked for</td><td>P11 §三.4</td></tr>
 *   <tr><td>SVC-17</td><td>{@link #repeatRepairs()}</td><td>the same fault on the same machine
 *       repaired again within 30 calendar days (the seed names no window)</td>
 *       <td>P11 §三.6, §四.2.4</td></tr>
 *   <tr><td>SVC-18</td><td>{@link #reportingDeadlines()}</td><td>the month's statistics by the
 *       4th, the project summary by the 5th of the next month</td><td>P11 §五.6</td></tr>
 *   <tr><td>SVC-19</td><td>{@link #serviceHours()}, {@link #fineSchedule()}</td><td>the phones on
 *       from 8:00 to 22:00</td><td>P11 §四.7</td></tr>
 *   <tr><td>PEN-11</td><td>{@link #fineSchedule()}</td><td>left a site without calling HQ 50;
 *       late for personal reasons 50; incomplete service report 20; phone off 10; disobeying HQ
 *       100 — per occurrence; quarrelling, taking goods, personal delay, a repeat repair: a major
 *       demerit</td><td>P11 §四</td></tr>
 * </table>
 *
 * <p><b>Set by the domain model</b> (nothing to configure): SVC-15 {@code Entitlement},
 * {@code Billing}, {@code QuoteRepair}; SVC-16 {@code ServiceReport}.
 *
 * <p><b>Changing a number.</b> Every number is a default; replace the part that holds it. The
 * statistics due by the 6th instead of the 4th, the summary by the 7th:
 *
 * <pre>{@code
 * MachineryServiceConfiguration seed = MachineryServiceConfiguration.seed(zone, cny, office);
 * MachineryServiceConfiguration ours =
 *     seed.withReportingDeadlines(seed.reportingDeadlines().withDueDays(6, 7));
 * }</pre>
 *
 * <p>Each part is the library's own implementation, so that its numbers can be read back; to
 * plug in a policy of one's own, wire it into the use case directly. Immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
public final class MachineryServiceConfiguration {

  private static final List<RuleId> RULE_IDS =
      Parts.ruleIds("SVC-13", "SVC-17", "SVC-18", "SVC-19", "PEN-11");

  private final ServiceLevels serviceLevels;
  private final ServiceHours serviceHours;
  private final FineSchedule fineSchedule;
  private final WindowRepeatRepairPolicy repeatRepairs;
  private final ReportingDeadlines reportingDeadlines;

  private MachineryServiceConfiguration(ServiceLevels serviceLevels, ServiceHours serviceHours,
      FineSchedule fineSchedule, WindowRepeatRepairPolicy repeatRepairs,
      ReportingDeadlines reportingDeadlines) {
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.serviceHours = requireNonNull(serviceHours, "serviceHours");
    this.fineSchedule = requireNonNull(fineSchedule, "fineSchedule");
    this.repeatRepairs = requireNonNull(repeatRepairs, "repeatRepairs");
    this.reportingDeadlines = requireNonNull(reportingDeadlines, "reportingDeadlines");
  }

  /**
   * The seed's machinery-service configuration (see the class comment for every number).
   *
   * @param businessZone the zone in which the phones' hours, the repair dates and the report
   *     months are read, e.g. {@code Asia/Shanghai}; the office calendar's zone
   * @param currency the currency of the fines; must have a minor unit
   * @param officeCalendar the office's working hours, holidays and make-up days (the adopter's:
   *     the seed names none), in which the reply's warnings are kept
   * @return the configuration
   * @throws InvalidInputException if the calendar is read in another zone than
   *     {@code businessZone}, or the currency has no minor unit
   */
  public static MachineryServiceConfiguration seed(ZoneId businessZone, Currency currency,
      BusinessCalendar officeCalendar) {
    Parts.requireOneZone(businessZone, officeCalendar);
    requireNonNull(currency, "currency");
    return new MachineryServiceConfiguration(
        ServiceLevels.seed(SeedServiceLevels.MACHINERY_SERVICE, officeCalendar).build(),
        ServiceHours.seed(businessZone), FineSchedule.seed(currency, businessZone),
        WindowRepeatRepairPolicy.seed(businessZone), ReportingDeadlines.seed(businessZone));
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
   * The machinery service levels, SVC-13.
   *
   * @return a reply within 24 elapsed hours; arrival at the customer's requested time
   */
  public ServiceLevels serviceLevels() {
    return serviceLevels;
  }

  /**
   * The service phones' hours, SVC-19.
   *
   * @return the phones on from 8:00 to 22:00 in the business zone
   */
  public ServiceHours serviceHours() {
    return serviceHours;
  }

  /**
   * The fine schedule, PEN-11 and the fine side of SVC-19.
   *
   * @return 50, 50, 20, 10 and 100 per occurrence, a major demerit for the four serious acts
   */
  public FineSchedule fineSchedule() {
    return fineSchedule;
  }

  /**
   * The repeat-repair window, SVC-17.
   *
   * @return the same fault repaired again within 30 calendar days
   */
  public WindowRepeatRepairPolicy repeatRepairs() {
    return repeatRepairs;
  }

  /**
   * The monthly reports' due days, SVC-18.
   *
   * @return statistics by the 4th, the project summary by the 5th of the next month
   */
  public ReportingDeadlines reportingDeadlines() {
    return reportingDeadlines;
  }

  /**
   * A copy with other machinery service levels, every other part unchanged.
   *
   * @param serviceLevels the replacement
   * @return the copy
   */
  public MachineryServiceConfiguration withServiceLevels(ServiceLevels serviceLevels) {
    return new MachineryServiceConfiguration(serviceLevels, serviceHours, fineSchedule,
        repeatRepairs, reportingDeadlines);
  }

  /**
   * A copy with other service hours, every other part unchanged.
   *
   * @param serviceHours the replacement
   * @return the copy
   */
  public MachineryServiceConfiguration withServiceHours(ServiceHours serviceHours) {
    return new MachineryServiceConfiguration(serviceLevels, serviceHours, fineSchedule,
        repeatRepairs, reportingDeadlines);
  }

  /**
   * A copy with another fine schedule, every other part unchanged.
   *
   * @param fineSchedule the replacement
   * @return the copy
   */
  public MachineryServiceConfiguration withFineSchedule(FineSchedule fineSchedule) {
    return new MachineryServiceConfiguration(serviceLevels, serviceHours, fineSchedule,
        repeatRepairs, reportingDeadlines);
  }

  /**
   * A copy with another repeat-repair policy, every other part unchanged.
   *
   * @param repeatRepairs the replacement
   * @return the copy
   */
  public MachineryServiceConfiguration withRepeatRepairs(WindowRepeatRepairPolicy repeatRepairs) {
    return new MachineryServiceConfiguration(serviceLevels, serviceHours, fineSchedule,
        repeatRepairs, reportingDeadlines);
  }

  /**
   * A copy with other reporting deadlines, every other part unchanged.
   *
   * @param reportingDeadlines the replacement
   * @return the copy
   */
  public MachineryServiceConfiguration withReportingDeadlines(
      ReportingDeadlines reportingDeadlines) {
    return new MachineryServiceConfiguration(serviceLevels, serviceHours, fineSchedule,
        repeatRepairs, reportingDeadlines);
  }
}
