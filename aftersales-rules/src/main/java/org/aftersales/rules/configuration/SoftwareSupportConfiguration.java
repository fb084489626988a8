package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.ChangeNoticeTerms;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.core.obligation.ProjectReminderSettings;
import org.aftersales.core.obligation.SafeguardSettings;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.workreport.ServiceHours;
import org.aftersales.rules.contract.SeedInspectionChecklists;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.penalty.FineSchedule;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;

/**
 * The software-support configuration (软件售后服务配置): the seed's policies 4 and 8 — a software
 * company's after-sales team (售后服务组) — every part configured with the seed's numbers.
 *
 * <table>
 *   <caption>Rules set, the part that sets each, the seed's numbers and the source</caption>
 *   <tr><th>Rule</th><th>Part</th><th>Seed's numbers</th><th>Source</th></tr>
 *   <tr><td>SVC-14</td><td>{@link #serviceLevels()}</td><td>resolved by the end of the working
 *       day it is raised (of the next one if raised after hours), unless a time is committed</td>
 *       <td>P4, P8 §2(1)</td></tr>
 *   <tr><td>SVC-19</td><td>{@link #serviceHours()}, {@link #fineSchedule()}</td><td>the hotline
 *       answered from 9:00 to 22:00</td><td>P8 §2(6)</td></tr>
 *   <tr><td>CON-02</td><td>{@link #obligationSchedule()}, {@link #obligationSettings()}</td>
 *       <td>three months before a free maintenance period ends, reported to the sales director
 *       in writing</td><td>P4, P8 §4</td></tr>
 *   <tr><td>CON-03</td><td>{@link #handoverTerms()}, {@link #projectReminders()}</td><td>join one
 *       month before final acceptance, hand over within two weeks after it</td><td>P8 §1</td></tr>
 *   <tr><td>CON-04</td><td>{@link #obligationSchedule()}, {@link #inspectionChecklists()}</td>
 *       <td>one inspection report per system per month</td><td>P4, P8 §2(3)</td></tr>
 *   <tr><td>CON-05</td><td>{@link #obligationSchedule()}</td><td>a monthly optimisation report;
 *       one revisit per quarter</td><td>P8 §2(4)(5)</td></tr>
 *   <tr><td>CON-07</td><td>{@link #changeNoticeTerms()}, {@link #safeguards()}</td><td>the
 *       customer told any time before the change's window (the seed gives no number)</td>
 *       <td>P8 §3(2)</td></tr>
 *   <tr><td>CON-08</td><td>{@link #backupTerms()}, {@link #safeguards()}</td><td>anything of the
 *       last two months restorable; daily backups (an assumption)</td><td>P8 §3(3)</td></tr>
 *   <tr><td>CMP-20</td><td>{@link #fineSchedule()}</td><td>a verified service complaint 100 (an
 *       assumption: the seed gives no amount), doubled when the problem is reported again or
 *       traced to a skipped inspection or backup</td><td>P4, P8 §5</td></tr>
 *   <tr><td>PEN-12</td><td>{@link #fineSchedule()}</td><td>an unanswered hotline call 50</td>
 *       <td>P8 §2(6)</td></tr>
 * </table>
 *
 * <p><b>Not configurable</b>: PEN-13, rewards for notable improvements, are outside the penalty
 * model (docs/penalty.md). The fine schedule is the seed's whole schedule, so it also holds the
 * machinery fines of PEN-11; a software team simply never records those kinds.
 *
 * <p><b>Changing a number.</b> Every number is a default; replace the part that holds it. The
 * backups' restore window from two months to three:
 *
 * <pre>{@code
 * SoftwareSupportConfiguration ours = SoftwareSupportConfiguration.seed(zone, cny, office)
 *     .withBackupTerms(
 *         new BackupTerms(Period.ofMonths(3), Period.ofMonths(3), Duration.ofDays(1)));
 * }</pre>
 *
 * <p>Each part is the library's own implementation, so that its numbers can be read back; to
 * plug in a policy of one's own, wire it into the use case directly. Immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
public final class SoftwareSupportConfiguration {

  private static final List<RuleId> RULE_IDS = Parts.ruleIds("SVC-14", "SVC-19", "CON-02",
      "CON-03", "CON-04", "CON-05", "CON-07", "CON-08", "CMP-20", "PEN-12");

  private final ServiceLevels serviceLevels;
  private final ServiceHours serviceHours;
  private final FineSchedule fineSchedule;
  private final SeedObligationSchedule obligationSchedule;
  private final ObligationSettings obligationSettings;
  private final SeedInspectionChecklists inspectionChecklists;
  private final HandoverTerms handoverTerms;
  private final ProjectReminderSettings projectReminders;
  private final ChangeNoticeTerms changeNoticeTerms;
  private final BackupTerms backupTerms;
  private final SafeguardSettings safeguards;

  private SoftwareSupportConfiguration(ServiceLevels serviceLevels, ServiceHours serviceHours,
      FineSchedule fineSchedule, SeedObligationSchedule obligationSchedule,
      ObligationSettings obligationSettings, SeedInspectionChecklists inspectionChecklists,
      HandoverTerms handoverTerms, ProjectReminderSettings projectReminders,
      ChangeNoticeTerms changeNoticeTerms, BackupTerms backupTerms, SafeguardSettings safeguards) {
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.serviceHours = requireNonNull(serviceHours, "serviceHours");
    this.fineSchedule = requireNonNull(fineSchedule, "fineSchedule");
    this.obligationSchedule = requireNonNull(obligationSchedule, "obligationSchedule");
    this.obligationSettings = requireNonNull(obligationSettings, "obligationSettings");
    this.inspectionChecklists = requireNonNull(inspectionChecklists, "inspectionChecklists");
    this.handoverTerms = requireNonNull(handoverTerms, "handoverTerms");
    this.projectReminders = requireNonNull(projectReminders, "projectReminders");
    this.changeNoticeTerms = requireNonNull(changeNoticeTerms, "changeNoticeTerms");
    this.backupTerms = requireNonNull(backupTerms, "backupTerms");
    this.safeguards = requireNonNull(safeguards, "safeguards");
  }

  /**
   * The seed's software-support configuration (see the class comment for every number).
   *
   * @param businessZone the zone in which the hotline's hours are read, e.g.
   *     {@code Asia/Shanghai}; the office calendar's zone
   * @param currency the currency of the fines; must have a minor unit
   * @param officeCalendar the office's working hours, holidays and make-up days (the adopter's:
   *     the seed names none), on which the working day of same-day resolution is counted
   * @return the configuration
   * @throws InvalidInputException if the calendar is read in another zone than
   *     {@code businessZone}, or the currency has no minor unit
   */
  public static SoftwareSupportConfiguration seed(ZoneId businessZone, Currency currency,
      BusinessCalendar officeCalendar) {
    Parts.requireOneZone(businessZone, officeCalendar);
    requireNonNull(currency, "currency");
    return new SoftwareSupportConfiguration(
        ServiceLevels.seed(SeedServiceLevels.SAME_DAY_RESOLUTION, officeCalendar).build(),
        ServiceHours.seed(businessZone), FineSchedule.seed(currency, businessZone),
        SeedObligationSchedule.seed(), ObligationSettings.seed(), SeedInspectionChecklists.seed(),
        HandoverTerms.seed(), ProjectReminderSettings.seed(), ChangeNoticeTerms.seed(),
        BackupTerms.seed(), SafeguardSettings.seed());
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
   * The same-day resolution service level, SVC-14.
   *
   * @return by the end of the working day the problem is raised
   */
  public ServiceLevels serviceLevels() {
    return serviceLevels;
  }

  /**
   * The hotline's hours, SVC-19.
   *
   * @return the hotline answered from 9:00 to 22:00 in the business zone
   */
  public ServiceHours serviceHours() {
    return serviceHours;
  }

  /**
   * The fine schedule, PEN-12, CMP-20 and the fine side of SVC-19.
   *
   * @return the hotline 50 an unanswered call; a verified service complaint 100, doubled when
   *     repeated or traced to a skipped inspection or backup
   */
  public FineSchedule fineSchedule() {
    return fineSchedule;
  }

  /**
   * The contract obligation schedule, CON-02, CON-04, CON-05.
   *
   * @return the free-period report 3 months before the end, monthly inspections and reports,
   *     quarterly revisits
   */
  public SeedObligationSchedule obligationSchedule() {
    return obligationSchedule;
  }

  /**
   * Who the obligation reminders go to and when, CON-02, CON-04, CON-05.
   *
   * @return the free-period report to the after-sales lead and in writing to the sales director
   */
  public ObligationSettings obligationSettings() {
    return obligationSettings;
  }

  /**
   * The monthly inspection's checklists, CON-04.
   *
   * @return one area, system operation, for a software system
   */
  public SeedInspectionChecklists inspectionChecklists() {
    return inspectionChecklists;
  }

  /**
   * The project handover's offsets, CON-03.
   *
   * @return join one month before final acceptance, complete within two weeks after it
   */
  public HandoverTerms handoverTerms() {
    return handoverTerms;
  }

  /**
   * Who the handover reminders go to and when, CON-03.
   *
   * @return to the after-sales lead, the join notice on the join-by day
   */
  public ProjectReminderSettings projectReminders() {
    return projectReminders;
  }

  /**
   * How far ahead the customer is told of a change, CON-07.
   *
   * @return any time before the change's window
   */
  public ChangeNoticeTerms changeNoticeTerms() {
    return changeNoticeTerms;
  }

  /**
   * The backup obligation, CON-08.
   *
   * @return a two-month restore window and retention, a daily backup
   */
  public BackupTerms backupTerms() {
    return backupTerms;
  }

  /**
   * Who the change and backup reminders go to and when, CON-07, CON-08.
   *
   * @return to the after-sales lead, a missing change notice one day before the window
   */
  public SafeguardSettings safeguards() {
    return safeguards;
  }

  /**
   * A copy with another same-day resolution service level, every other part unchanged.
   *
   * @param serviceLevels the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withServiceLevels(ServiceLevels serviceLevels) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other service hours, every other part unchanged.
   *
   * @param serviceHours the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withServiceHours(ServiceHours serviceHours) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with another fine schedule, every other part unchanged.
   *
   * @param fineSchedule the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withFineSchedule(FineSchedule fineSchedule) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with another obligation schedule, every other part unchanged.
   *
   * @param obligationSchedule the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withObligationSchedule(
      SeedObligationSchedule obligationSchedule) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other obligation settings, every other part unchanged.
   *
   * @param obligationSettings the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withObligationSettings(
      ObligationSettings obligationSettings) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other inspection checklists, every other part unchanged.
   *
   * @param inspectionChecklists the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withInspectionChecklists(
      SeedInspectionChecklists inspectionChecklists) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other handover terms, every other part unchanged.
   *
   * @param handoverTerms the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withHandoverTerms(HandoverTerms handoverTerms) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other project reminder settings, every other part unchanged.
   *
   * @param projectReminders the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withProjectReminders(
      ProjectReminderSettings projectReminders) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other change-notice terms, every other part unchanged.
   *
   * @param changeNoticeTerms the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withChangeNoticeTerms(ChangeNoticeTerms changeNoticeTerms) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other backup terms, every other part unchanged.
   *
   * @param backupTerms the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withBackupTerms(BackupTerms backupTerms) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }

  /**
   * A copy with other safeguard settings, every other part unchanged.
   *
   * @param safeguards the replacement
   * @return the copy
   */
  public SoftwareSupportConfiguration withSafeguards(SafeguardSettings safeguards) {
    return new SoftwareSupportConfiguration(serviceLevels, serviceHours, fineSchedule,
        obligationSchedule, obligationSettings, inspectionChecklists, handoverTerms,
        projectReminders, changeNoticeTerms, backupTerms, safeguards);
  }
}
