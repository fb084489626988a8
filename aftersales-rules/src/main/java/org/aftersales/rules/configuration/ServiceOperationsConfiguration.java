package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintStatistics;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.obligation.ObligationSettings;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.contract.SeedObligationSchedule;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.DemeritConversion;
import org.aftersales.rules.penalty.DepartmentAttribution;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.rules.penalty.ResaleWindowLossBasis;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;

/**
 * The service-operations configuration (服务作业管理配置): the seed's policies 2 and 14 — a PCB
 * maker's service department — with the complaint procedure inside policy 2 (客户投诉管理办法) and
 * its administrative and economic penalty regulations (行政处罚准则, 经济处罚准则), every part
 * configured with the seed's numbers.
 *
 * <table>
 *   <caption>Rules set, the part that sets each, the seed's numbers and the source</caption>
 *   <tr><th>Rule</th><th>Part</th><th>Seed's numbers</th><th>Source</th></tr>
 *   <tr><td>SVC-04</td><td>{@link #onSiteCollection()}</td><td>collected on site up to 500.00,
 *       labour 0.00 an hour (seed-silent choices), in the configuration's currency</td>
 *       <td>P2 §10</td></tr>
 *   <tr><td>SVC-08</td><td>{@link #serviceLevelSweeps()}</td><td>warning 60 minutes before the
 *       due instant; escalation to the supervisor at the breach, to the service manager 4 hours
 *       later (seed-silent choices)</td><td>P2 §14</td></tr>
 *   <tr><td>SVC-11</td><td>{@link #serviceLevels()}</td><td>arrival within 6 working hours in the
 *       city, 7 in the suburbs, on the office calendar; warnings at 70 % and 90 %</td>
 *       <td>P2 §19, P14</td></tr>
 *   <tr><td>SUR-01</td><td>{@link #surveyRules()}</td><td>every closed call surveyed, no
 *       sampling, no minimum interval</td><td>P2 §24</td></tr>
 *   <tr><td>SUR-04</td><td>{@link #approvalAuthority()}</td><td>a serious complaint decided at
 *       least by the deputy general manager</td><td>P2 §26</td></tr>
 *   <tr><td>SUR-05</td><td>{@link #complaintProcedure()}</td><td>the customer visited before
 *       closure</td><td>P2 §28</td></tr>
 *   <tr><td>CMP-01</td><td>{@link #numbering()}</td><td>{@code yyMM} + serial of at least 2
 *       digits, restarting each month in the business zone: the 7th of November 2026 is
 *       {@code 261107}</td><td>PCB §8</td></tr>
 *   <tr><td>CMP-04</td><td>{@link #complaintServiceLevels()}</td><td>investigation report within
 *       3 working days</td><td>PCB §9.3</td></tr>
 *   <tr><td>CMP-05</td><td>{@link #complaintServiceLevels()},
 *       {@link #complaintProcedure()}</td><td>steps ½, 1, 1, 1, 5 (domestic) or 12 (overseas),
 *       ½ working days, in the form's order</td><td>PCB §9.4–6</td></tr>
 *   <tr><td>CMP-06</td><td>{@link #complaintServiceLevels()}</td><td>closed within 13 working days
 *       (domestic) or 17 (overseas) from acceptance</td><td>PCB §10</td></tr>
 *   <tr><td>CMP-07</td><td>{@link #approvalAuthority()}</td><td>sales manager up to 5 000, deputy
 *       general manager up to 50 000, general manager above (seed-silent choices)</td>
 *       <td>PCB §9.6, §9.11</td></tr>
 *   <tr><td>CMP-09</td><td>{@link #complaintProcedure()}</td><td>the closed form in five copies:
 *       QA, manufacturing, sales, accounting, GM office</td><td>PCB §9.8</td></tr>
 *   <tr><td>CMP-10</td><td>{@link #complaintProcedure()}</td><td>a reopened case's limit counted
 *       from its own acceptance</td><td>PCB §9.9</td></tr>
 *   <tr><td>CMP-11</td><td>{@link #complaintStatistics()}</td><td>the month's statistics due by
 *       the 10th of the next month</td><td>PCB §9.10</td></tr>
 *   <tr><td>CMP-16</td><td>{@link #overAcceptanceRatio()}</td><td>company default 0 (the seed
 *       names no number)</td><td>PCB §13.2</td></tr>
 *   <tr><td>CMP-19</td><td>{@link #complaintReminders()}</td><td>urge to the step's department ½
 *       working day after the due instant, to the general manager 1 working day after it;
 *       closed cases audited 31 days back</td><td>PCB §14</td></tr>
 *   <tr><td>PEN-01</td><td>{@link #lossBasis()}</td><td>resale window of one calendar month</td>
 *       <td>行政处罚准则 §1</td></tr>
 *   <tr><td>PEN-02, PEN-06, PEN-09</td><td>{@link #allocation()}</td><td>by responsibility
 *       weights, then by base points (基点数), exact largest remainder</td>
 *       <td>行政处罚准则 §2, 经济处罚准则 §3.3, §4–5</td></tr>
 *   <tr><td>PEN-04</td><td>{@link #demeritConversion()}</td><td>a warning at least 400, a minor
 *       demerit at least 800 per base point, a major demerit the whole month's bonus</td>
 *       <td>行政处罚准则 §5</td></tr>
 *   <tr><td>PEN-05</td><td>{@link #attribution()}</td><td>manufacturing to the group, else the
 *       section; sales and service to the person, else the department</td>
 *       <td>经济处罚准则 §1–2</td></tr>
 *   <tr><td>PEN-07, PEN-08</td><td>{@link #deduction()}</td><td>each case deducted separately;
 *       at most 50 % of the month's efficiency bonus, the rest carried over</td>
 *       <td>经济处罚准则 §3.2, §3.4</td></tr>
 *   <tr><td>CON-01</td><td>{@link #obligationSchedule()}, {@link #obligationSettings()}</td>
 *       <td>expiry notice one month before a maintenance contract ends, to the service centre
 *       </td><td>P2 §20</td></tr>
 * </table>
 *
 * <p><b>Set by the domain model</b> (nothing to configure): SVC-01 {@code ServiceCategory};
 * SVC-02, SVC-03, SVC-05, SVC-06, SVC-07 {@code ServiceRequest} and its commands; SVC-09
 * {@code WorkReports}; SVC-10 {@code DispatchQueue}; SUR-02 {@code SurveyCriterion},
 * {@code SatisfactionLevel}; SUR-03 {@code SurveyFigures}; CMP-02 {@code ComplaintIntake}; CMP-03
 * {@code RecordSiteInspection}; CMP-08 {@code Responsibility}; CMP-12 {@code Objection}; CMP-13
 * {@code SupplierInvolvement}; CMP-14, CMP-15 {@code ComplaintOutcome}; CMP-17
 * {@code ReceivableHold}; CMP-18 {@code ProofDocument}; PEN-03 {@code AdministrativeCause};
 * PEN-10 {@code CappedDeduction} credits nothing to a person (docs/configurations.md).
 *
 * <p><b>Changing a number.</b> Every number is a default; replace the part that holds it. The city
 * dispatch limit from 6 to 5 working hours, keeping the rest:
 *
 * <pre>{@code
 * ServiceOperationsConfiguration seed = ServiceOperationsConfiguration.seed(zone, cny, office);
 * ServiceOperationsConfiguration ours = seed.withServiceLevels(
 *     ServiceLevels.seed(SeedServiceLevels.DISPATCH, office)
 *         .add(Applicability.any().inZone(ServiceZone.CITY),
 *             SeedServiceLevels.target(RuleId.of("SVC-11"), Milestone.ARRIVAL_ON_SITE,
 *                 Budget.workingHours(5)))
 *         .build());
 * }</pre>
 *
 * <p>Each part is the library's own implementation, so that its numbers can be read back; to
 * plug in a policy of one's own, wire it into the use case directly. Immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
public final class ServiceOperationsConfiguration {

  private static final List<RuleId> RULE_IDS = Parts.ruleIds("SVC-04", "SVC-08", "SVC-11",
      "SUR-01", "SUR-04", "SUR-05", "CMP-01", "CMP-04", "CMP-05", "CMP-06", "CMP-07", "CMP-09",
      "CMP-10", "CMP-11", "CMP-16", "CMP-19", "PEN-01", "PEN-02", "PEN-04", "PEN-05", "PEN-06",
      "PEN-07", "PEN-08", "PEN-09", "CON-01");

  private final ServiceLevels serviceLevels;
  private final ServiceLevels complaintServiceLevels;
  private final OnSiteCollection onSiteCollection;
  private final ServiceLevelSweepSettings serviceLevelSweeps;
  private final SurveyRules surveyRules;
  private final NumberingScheme numbering;
  private final ComplaintProcedure complaintProcedure;
  private final AmountSeverityAuthority approvalAuthority;
  private final ComplaintStatistics complaintStatistics;
  private final OverAcceptanceRatio overAcceptanceRatio;
  private final ComplaintReminderSettings complaintReminders;
  private final ResaleWindowLossBasis lossBasis;
  private final LargestRemainderAllocation allocation;
  private final DemeritConversion demeritConversion;
  private final DepartmentAttribution attribution;
  private final CappedDeduction deduction;
  private final SeedObligationSchedule obligationSchedule;
  private final ObligationSettings obligationSettings;

  private ServiceOperationsConfiguration(ServiceLevels serviceLevels,
      ServiceLevels complaintServiceLevels, OnSiteCollection onSiteCollection,
      ServiceLevelSweepSettings serviceLevelSweeps, SurveyRules surveyRules,
      NumberingScheme numbering, ComplaintProcedure complaintProcedure,
      AmountSeverityAuthority approvalAuthority, ComplaintStatistics complaintStatistics,
      OverAcceptanceRatio overAcceptanceRatio, ComplaintReminderSettings complaintReminders,
      ResaleWindowLossBasis lossBasis, LargestRemainderAllocation allocation,
      DemeritConversion demeritConversion, DepartmentAttribution attribution,
      CappedDeduction deduction, SeedObligationSchedule obligationSchedule,
      ObligationSettings obligationSettings) {
    this.serviceLevels = requireNonNull(serviceLevels, "serviceLevels");
    this.complaintServiceLevels = requireNonNull(complaintServiceLevels, "complaintServiceLevels");
    this.onSiteCollection = requireNonNull(onSiteCollection, "onSiteCollection");
    this.serviceLevelSweeps = requireNonNull(serviceLevelSweeps, "serviceLevelSweeps");
    this.surveyRules = requireNonNull(surveyRules, "surveyRules");
    this.numbering = requireNonNull(numbering, "numbering");
    this.complaintProcedure = requireNonNull(complaintProcedure, "complaintProcedure");
    this.approvalAuthority = requireNonNull(approvalAuthority, "approvalAuthority");
    this.complaintStatistics = requireNonNull(complaintStatistics, "complaintStatistics");
    this.overAcceptanceRatio = requireNonNull(overAcceptanceRatio, "overAcceptanceRatio");
    this.complaintReminders = requireNonNull(complaintReminders, "complaintReminders");
    this.lossBasis = requireNonNull(lossBasis, "lossBasis");
    this.allocation = requireNonNull(allocation, "allocation");
    this.demeritConversion = requireNonNull(demeritConversion, "demeritConversion");
    this.attribution = requireNonNull(attribution, "attribution");
    this.deduction = requireNonNull(deduction, "deduction");
    this.obligationSchedule = requireNonNull(obligationSchedule, "obligationSchedule");
    this.obligationSettings = requireNonNull(obligationSettings, "obligationSettings");
  }

  /**
   * The seed's service-operations configuration (see the class comment for every number).
   *
   * @param businessZone the zone in which the company's days and months are cut (complaint
   *     numbers, statistics, surveys), e.g. {@code Asia/Shanghai}; the office calendar's zone
   * @param currency the currency of every amount (on-site collection, approval bands, demerit
   *     conversion); must have a minor unit
   * @param officeCalendar the office's working hours, holidays and make-up days (the adopter's:
   *     the seed names none), on which working hours and working days are counted
   * @return the configuration
   * @throws InvalidInputException if the calendar is read in another zone than
   *     {@code businessZone}, or the currency has no minor unit
   */
  public static ServiceOperationsConfiguration seed(ZoneId businessZone, Currency currency,
      BusinessCalendar officeCalendar) {
    Parts.requireOneZone(businessZone, officeCalendar);
    requireNonNull(currency, "currency");
    AmountSeverityAuthority authority = AmountSeverityAuthority.seed(currency);
    // The seed names no on-site limit; the library's choice is kept as a figure in the currency.
    OnSiteCollection collection = new OnSiteCollection(
        Money.of(OnSiteCollection.SEED_LIMIT.amount(), currency), Money.zero(currency));
    return new ServiceOperationsConfiguration(
        ServiceLevels.seed(SeedServiceLevels.DISPATCH, officeCalendar).build(),
        ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, officeCalendar).build(),
        collection, ServiceLevelSweepSettings.seed(), SurveyRules.seed(businessZone),
        NumberingScheme.seed(businessZone), ComplaintProcedure.seed(), authority,
        ComplaintStatistics.seed(businessZone), OverAcceptanceRatio.seed(),
        ComplaintReminderSettings.seed(), ResaleWindowLossBasis.seed(),
        LargestRemainderAllocation.seed(), DemeritConversion.seed(currency),
        DepartmentAttribution.seed(), CappedDeduction.seed(), SeedObligationSchedule.seed(),
        ObligationSettings.seed());
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
   * The dispatch service levels, SVC-11.
   *
   * @return 6 working hours in the city, 7 in the suburbs, to arrival on site
   */
  public ServiceLevels serviceLevels() {
    return serviceLevels;
  }

  /**
   * The complaint procedure's service levels, CMP-04, CMP-05, CMP-06.
   *
   * @return the investigation report, the routing steps and the closing limit, in working days
   */
  public ServiceLevels complaintServiceLevels() {
    return complaintServiceLevels;
  }

  /**
   * What a paid job collects on site, SVC-04.
   *
   * @return up to 500.00 on site, labour 0.00 an hour
   */
  public OnSiteCollection onSiteCollection() {
    return onSiteCollection;
  }

  /**
   * The service-level sweep's warning lead and escalation ladder, SVC-08.
   *
   * @return a warning 60 minutes ahead; the supervisor at the breach, the service manager 4 hours
   *     later
   */
  public ServiceLevelSweepSettings serviceLevelSweeps() {
    return serviceLevelSweeps;
  }

  /**
   * The survey rules, SUR-01.
   *
   * @return every call surveyed, days cut in the business zone
   */
  public SurveyRules surveyRules() {
    return surveyRules;
  }

  /**
   * The complaint numbering 年月流水, CMP-01.
   *
   * @return {@code yyMM} + serial of at least 2 digits in the business zone
   */
  public NumberingScheme numbering() {
    return numbering;
  }

  /**
   * The complaint procedure: route, visit, reopening and copies, CMP-05, CMP-09, CMP-10, SUR-05.
   *
   * @return the procedure
   */
  public ComplaintProcedure complaintProcedure() {
    return complaintProcedure;
  }

  /**
   * The approval authority, CMP-07, SUR-04.
   *
   * @return bands up to 5 000 and 50 000 in the configuration's currency
   */
  public AmountSeverityAuthority approvalAuthority() {
    return approvalAuthority;
  }

  /**
   * The month's complaint statistics, CMP-11.
   *
   * @return due by the 10th of the next month in the business zone
   */
  public ComplaintStatistics complaintStatistics() {
    return complaintStatistics;
  }

  /**
   * The company's over-acceptance ratio, CMP-16.
   *
   * @return the company default 0
   */
  public OverAcceptanceRatio overAcceptanceRatio() {
    return overAcceptanceRatio;
  }

  /**
   * The urge and inquiry settings, CMP-19.
   *
   * @return the settings
   */
  public ComplaintReminderSettings complaintReminders() {
    return complaintReminders;
  }

  /**
   * The loss basis, PEN-01.
   *
   * @return a one-month resale window
   */
  public ResaleWindowLossBasis lossBasis() {
    return lossBasis;
  }

  /**
   * The allocation by responsibility weights and base points, PEN-02, PEN-06, PEN-09.
   *
   * @return the allocation
   */
  public LargestRemainderAllocation allocation() {
    return allocation;
  }

  /**
   * The conversion of warnings and demerits into money, PEN-04.
   *
   * @return 400 a warning, 800 per base point a minor demerit, the month's bonus a major one
   */
  public DemeritConversion demeritConversion() {
    return demeritConversion;
  }

  /**
   * The attribution of a fault to a person or a unit, PEN-05.
   *
   * @return the attribution
   */
  public DepartmentAttribution attribution() {
    return attribution;
  }

  /**
   * The monthly deduction with its cap and carry-over, PEN-07, PEN-08.
   *
   * @return at most 50 % of the month's efficiency bonus
   */
  public CappedDeduction deduction() {
    return deduction;
  }

  /**
   * The contract obligation schedule, of which this configuration uses the expiry notice, CON-01.
   *
   * @return one month before a maintenance contract ends
   */
  public SeedObligationSchedule obligationSchedule() {
    return obligationSchedule;
  }

  /**
   * Who the obligation reminders go to and when, CON-01.
   *
   * @return the expiry notice to the service centre on its due day
   */
  public ObligationSettings obligationSettings() {
    return obligationSettings;
  }

  /**
   * A copy with other dispatch service levels, every other part unchanged.
   *
   * @param serviceLevels the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withServiceLevels(ServiceLevels serviceLevels) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other complaint service levels, every other part unchanged.
   *
   * @param complaintServiceLevels the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withComplaintServiceLevels(
      ServiceLevels complaintServiceLevels) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another on-site collection, every other part unchanged.
   *
   * @param onSiteCollection the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withOnSiteCollection(OnSiteCollection onSiteCollection) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other sweep settings, every other part unchanged.
   *
   * @param serviceLevelSweeps the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withServiceLevelSweeps(
      ServiceLevelSweepSettings serviceLevelSweeps) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other survey rules, every other part unchanged.
   *
   * @param surveyRules the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withSurveyRules(SurveyRules surveyRules) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another complaint numbering, every other part unchanged.
   *
   * @param numbering the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withNumbering(NumberingScheme numbering) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another complaint procedure, every other part unchanged.
   *
   * @param complaintProcedure the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withComplaintProcedure(
      ComplaintProcedure complaintProcedure) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another approval authority, every other part unchanged.
   *
   * @param approvalAuthority the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withApprovalAuthority(
      AmountSeverityAuthority approvalAuthority) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other complaint statistics, every other part unchanged.
   *
   * @param complaintStatistics the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withComplaintStatistics(
      ComplaintStatistics complaintStatistics) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another over-acceptance ratio, every other part unchanged.
   *
   * @param overAcceptanceRatio the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withOverAcceptanceRatio(
      OverAcceptanceRatio overAcceptanceRatio) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other urge and inquiry settings, every other part unchanged.
   *
   * @param complaintReminders the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withComplaintReminders(
      ComplaintReminderSettings complaintReminders) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another loss basis, every other part unchanged.
   *
   * @param lossBasis the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withLossBasis(ResaleWindowLossBasis lossBasis) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another allocation, every other part unchanged.
   *
   * @param allocation the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withAllocation(LargestRemainderAllocation allocation) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another demerit conversion, every other part unchanged.
   *
   * @param demeritConversion the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withDemeritConversion(DemeritConversion demeritConversion) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another attribution, every other part unchanged.
   *
   * @param attribution the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withAttribution(DepartmentAttribution attribution) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another deduction, every other part unchanged.
   *
   * @param deduction the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withDeduction(CappedDeduction deduction) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with another obligation schedule, every other part unchanged.
   *
   * @param obligationSchedule the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withObligationSchedule(
      SeedObligationSchedule obligationSchedule) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }

  /**
   * A copy with other obligation settings, every other part unchanged.
   *
   * @param obligationSettings the replacement
   * @return the copy
   */
  public ServiceOperationsConfiguration withObligationSettings(
      ObligationSettings obligationSettings) {
    return new ServiceOperationsConfiguration(serviceLevels, complaintServiceLevels,
        onSiteCollection, serviceLevelSweeps, surveyRules, numbering, complaintProcedure,
        approvalAuthority, complaintStatistics, overAcceptanceRatio, complaintReminders, lossBasis,
        allocation, demeritConversion, attribution, deduction, obligationSchedule,
        obligationSettings);
  }
}
