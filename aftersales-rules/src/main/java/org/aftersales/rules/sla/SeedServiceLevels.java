package org.aftersales.rules.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * The seed policies' service levels as ready configurations (默认服务时限). Each method returns a
 * {@link ServiceLevels.Builder} already holding the defaults, so an adopter can add overrides (a
 * later entry with the same conditions wins) before {@link ServiceLevels.Builder#build()}. Every
 * number below is such a default.
 *
 * <p>The policies come from different companies and overlap (three of them say how fast a
 * technician arrives on site), so they are separate configurations rather than one.
 *
 * <p>Warnings are given at {@link #DEFAULT_WARNINGS 70 % and 90 %} of the time allowed.
 */
public final class SeedServiceLevels {

  /** Warn at 70 % and at 90 % of the allowed time. */
  public static final List<BigDecimal> DEFAULT_WARNINGS =
      List.of(new BigDecimal("0.7"), new BigDecimal("0.9"));

  private SeedServiceLevels() {}

  /**
   * A target with the default warnings.
   *
   * @param ruleId the rule's ID in the catalog
   * @param milestone what is measured
   * @param budget the time allowed
   * @return the target
   */
  public static ServiceLevelTarget target(String ruleId, Milestone milestone, Budget budget) {
    return target(ruleId, milestone, DeadlineRule.within(budget), DEFAULT_WARNINGS, true);
  }

  private static ServiceLevelTarget target(String ruleId, Milestone milestone, DeadlineRule rule,
      List<BigDecimal> warnings, boolean warningsInWorkingTime) {
    return ServiceLevelTarget.builder().ruleId(ruleId).milestone(milestone).rule(rule)
        .addAllWarningFractions(warnings).warningsInWorkingTime(warningsInWorkingTime).build();
  }

  /**
   * SVC-11, dispatch (派工): from the call to arrival on site at most 6 working hours in the
   * city, 7 in the suburbs, counted in office hours only.
   *
   * @param office the office calendar
   * @return a builder holding the defaults
   */
  public static ServiceLevels.Builder dispatch(BusinessCalendar office) {
    return ServiceLevels.builder(office)
        .add(Applicability.any().inZone(ServiceZone.CITY),
            target("SVC-11", Milestone.ARRIVAL_ON_SITE, Budget.workingHours(6)))
        .add(Applicability.any().inZone(ServiceZone.SUBURB),
            target("SVC-11", Milestone.ARRIVAL_ON_SITE, Budget.workingHours(7)));
  }

  /**
   * SVC-12, 24×7 emergency service: arrival within 1 hour inside ring road 1, 2 hours inside ring
   * road 2, 4 hours in the rest of the city, 6 hours in neighbouring cities and counties — around
   * the clock. Farther away has no default: add a contract override
   * ({@link Applicability#forContract}) for each such contract. The team works around the clock,
   * so warnings are not moved into office hours.
   *
   * @param office the calendar for calendar days (its zone); elapsed budgets ignore its hours
   * @return a builder holding the defaults
   */
  public static ServiceLevels.Builder emergency(BusinessCalendar office) {
    return ServiceLevels.builder(office)
        .add(Applicability.any().inZone(ServiceZone.RING_ROAD_1), emergencyArrival(1))
        .add(Applicability.any().inZone(ServiceZone.RING_ROAD_2), emergencyArrival(2))
        .add(Applicability.any().inZone(ServiceZone.REST_OF_CITY), emergencyArrival(4))
        .add(Applicability.any().inZone(ServiceZone.NEIGHBOURING), emergencyArrival(6));
  }

  private static ServiceLevelTarget emergencyArrival(long hours) {
    return target("SVC-12", Milestone.ARRIVAL_ON_SITE,
        DeadlineRule.within(Budget.elapsedHours(hours)), DEFAULT_WARNINGS, false);
  }

  /**
   * SVC-13, machinery service: every service message answered within 24 hours (elapsed; warnings
   * kept in office hours); on-site service arrives at the time the customer asked for (no
   * fallback: without a requested time there is no deadline).
   *
   * @param office the office calendar
   * @return a builder holding the defaults
   */
  public static ServiceLevels.Builder machineryService(BusinessCalendar office) {
    return ServiceLevels.builder(office)
        .add(target("SVC-13", Milestone.REPLY, Budget.elapsedHours(24)))
        .add(target("SVC-13", Milestone.ARRIVAL_ON_SITE,
            new DeadlineRule.AtRequestedTime(Optional.empty()), DEFAULT_WARNINGS, true));
  }

  /**
   * SVC-14, software support: a problem is solved the day it is raised — by the end of that
   * working day (or of the next working day if raised after hours) — unless an explicit
   * resolution time is committed to the customer.
   *
   * @param office the office calendar
   * @return a builder holding the defaults
   */
  public static ServiceLevels.Builder sameDayResolution(BusinessCalendar office) {
    return ServiceLevels.builder(office)
        .add(target("SVC-14", Milestone.RESOLUTION, new DeadlineRule.ByEndOfWorkingDay(),
            DEFAULT_WARNINGS, true));
  }

  /**
   * CMP-04, CMP-05, CMP-06, the complaint procedure (客户抱怨处理):
   *
   * <ul>
   *   <li>investigation report to the general manager within 3 working days (CMP-04);</li>
   *   <li>step budgets in working days (CMP-05): GM office registers and numbers ½; QA 1;
   *       manufacturing 1; R&amp;D 1; sales negotiates 5 (domestic) or 12 (overseas); GM office
   *       synthesis ½, at most 1 — modelled as a budget of 1 day with warnings at ½ (the target)
   *       and 0.9;</li>
   *   <li>closed within 13 (domestic) or 17 (overseas) calendar days from acceptance by the GM
   *       office (CMP-06).</li>
   * </ul>
   *
   * The source does not say whether "days" are working or calendar days. Internal steps are office
   * work, so they count working days; the overall limit is the customer-facing one, so it counts
   * calendar days. Note that the overseas steps add up to 16.5 working days, which in most weeks
   * is more than 17 calendar days: the overall limit then governs.
   *
   * @param office the office calendar
   * @return a builder holding the defaults
   */
  public static ServiceLevels.Builder complaintProcedure(BusinessCalendar office) {
    BigDecimal half = new BigDecimal("0.5");
    return ServiceLevels.builder(office)
        .add(target("CMP-04", Milestone.INVESTIGATION_REPORT, Budget.workingDays(3)))
        .add(target("CMP-05", Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(half)))
        .add(target("CMP-05", Milestone.QA_ANALYSIS, Budget.workingDays(1)))
        .add(target("CMP-05", Milestone.MANUFACTURING_COUNTERMEASURE, Budget.workingDays(1)))
        .add(target("CMP-05", Milestone.RND_OPINION, Budget.workingDays(1)))
        .add(Applicability.any().inZone(ServiceZone.DOMESTIC),
            target("CMP-05", Milestone.SALES_NEGOTIATION, Budget.workingDays(5)))
        .add(Applicability.any().inZone(ServiceZone.OVERSEAS),
            target("CMP-05", Milestone.SALES_NEGOTIATION, Budget.workingDays(12)))
        .add(target("CMP-05", Milestone.GM_SYNTHESIS,
            DeadlineRule.within(Budget.workingDays(1)), List.of(half, new BigDecimal("0.9")), true))
        .add(Applicability.any().inZone(ServiceZone.DOMESTIC),
            target("CMP-06", Milestone.COMPLAINT_CLOSURE, Budget.calendarDays(13)))
        .add(Applicability.any().inZone(ServiceZone.OVERSEAS),
            target("CMP-06", Milestone.COMPLAINT_CLOSURE, Budget.calendarDays(17)));
  }
}
