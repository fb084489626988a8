package org.aftersales.rules.sla;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RuleId;

/**
 * The seed policies' service levels (默认服务时限), one constant per configuration; pass one to
 * {@link ServiceLevels#seed(SeedServiceLevels, org.aftersales.core.servicelevel.BusinessCalendar)}
 * for a builder already holding its defaults, to which an adopter adds overrides (a later entry
 * with the same conditions wins). Every number below is such a default.
 *
 * <p>The policies come from different companies and overlap (three of them say how fast a
 * technician arrives on site), so they are separate configurations rather than one.
 *
 * <p>Warnings are given at {@link #DEFAULT_WARNINGS 70 % and 90 %} of the time allowed.
 */
public enum SeedServiceLevels {

  /**
   * SVC-11, dispatch (派工): from the call to arrival on site at most 6 working hours in the
   * city, 7 in the suburbs, counted in office hours only.
   */
  DISPATCH {
    @Override
    void configure(ServiceLevels.Builder b) {
      b.add(Applicability.any().inZone(ServiceZone.CITY),
              target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(6)))
          .add(Applicability.any().inZone(ServiceZone.SUBURB),
              target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(7)));
    }
  },

  /**
   * SVC-12, 24×7 emergency service: arrival within 1 hour inside ring road 1, 2 hours inside ring
   * road 2, 4 hours in the rest of the city, 6 hours in neighbouring cities and counties — around
   * the clock. Farther away has no default: add a contract override
   * ({@link Applicability#forContract}) for each such contract. The team works around the clock,
   * so warnings are not moved into office hours. (The source's digits for ring roads 1 and 2 are
   * garbled; 1 h and 2 h are a reconstruction.)
   */
  EMERGENCY {
    @Override
    void configure(ServiceLevels.Builder b) {
      b.add(Applicability.any().inZone(ServiceZone.RING_ROAD_1), emergencyArrival(1))
          .add(Applicability.any().inZone(ServiceZone.RING_ROAD_2), emergencyArrival(2))
          .add(Applicability.any().inZone(ServiceZone.REST_OF_CITY), emergencyArrival(4))
          .add(Applicability.any().inZone(ServiceZone.NEIGHBOURING), emergencyArrival(6));
    }
  },

  /**
   * SVC-13, machinery service: every service message answered within 24 hours (elapsed; warnings
   * kept in office hours); on-site service arrives at the time the customer asked for (no
   * fallback: without a requested time there is no deadline).
   */
  MACHINERY_SERVICE {
    @Override
    void configure(ServiceLevels.Builder b) {
      b.add(target(SVC_13, Milestone.REPLY, Budget.elapsedHours(24)))
          .add(fullTarget(SVC_13, Milestone.ARRIVAL_ON_SITE, DeadlineRule.atRequestedTime(),
              DEFAULT_WARNINGS, true));
    }
  },

  /**
   * SVC-14, software support: a problem is solved the day it is raised — by the end of that
   * working day (or of the next working day if raised after hours) — unless an explicit
   * resolution time is committed to the customer.
   */
  SAME_DAY_RESOLUTION {
    @Override
    void configure(ServiceLevels.Builder b) {
      b.add(fullTarget(SVC_14, Milestone.RESOLUTION, new DeadlineRule.ByEndOfWorkingDay(),
          DEFAULT_WARNINGS, true));
    }
  },

  /**
   * CMP-04, CMP-05, CMP-06, the complaint procedure (客户抱怨处理), all in working days:
   *
   * <ul>
   *   <li>investigation report to the general manager within 3 working days (CMP-04, PCB §9.3
   *       "三天内");</li>
   *   <li>the routing form's step budgets (CMP-05): GM office registers and numbers ½; QA 1;
   *       manufacturing 1; R&amp;D 1; sales negotiates 5 (domestic) or 12 (overseas); GM office
   *       synthesis ½ (the form's "1/2天"; PCB §9.6 allows "一日内", one day, which an adopter
   *       may configure) — 9 working days domestic, 16 overseas;</li>
   *   <li>closed within 13 (domestic) or 17 (overseas) working days from acceptance by the GM
   *       office (CMP-06, PCB §10);</li>
   *   <li>a {@linkplain ServiceLevels.Builder#route route} from registration to synthesis inside
   *       the closing limit, so that a configuration whose steps cannot fit the limit is refused
   *       when built.</li>
   * </ul>
   *
   * The source says "天" (days) both on the form and in the limit. Read as calendar days for the
   * limit and working days for the steps, the overseas steps (16 working days, more than three
   * weeks) would end about five days after their own 17-day limit; read in one measure, the
   * form's steps fit the limit under every calendar (9 ≤ 13, 16 ≤ 17), which is evidently how the
   * form was drawn up. The steps are office work (½ day has no meaning on the wall clock), so the
   * one measure is working days.
   */
  COMPLAINT_PROCEDURE {
    @Override
    void configure(ServiceLevels.Builder b) {
      BigDecimal half = new BigDecimal("0.5");
      RuleId cmp05 = RuleId.of("CMP-05");
      RuleId cmp06 = RuleId.of("CMP-06");
      b.add(target(RuleId.of("CMP-04"), Milestone.INVESTIGATION_REPORT, Budget.workingDays(3)))
          .add(target(cmp05, Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(half)))
          .add(target(cmp05, Milestone.QA_ANALYSIS, Budget.workingDays(1)))
          .add(target(cmp05, Milestone.MANUFACTURING_COUNTERMEASURE, Budget.workingDays(1)))
          .add(target(cmp05, Milestone.RND_OPINION, Budget.workingDays(1)))
          .add(Applicability.any().inZone(ServiceZone.DOMESTIC),
              target(cmp05, Milestone.SALES_NEGOTIATION, Budget.workingDays(5)))
          .add(Applicability.any().inZone(ServiceZone.OVERSEAS),
              target(cmp05, Milestone.SALES_NEGOTIATION, Budget.workingDays(12)))
          .add(target(cmp05, Milestone.GM_SYNTHESIS, Budget.workingDays(half)))
          .add(Applicability.any().inZone(ServiceZone.DOMESTIC),
              target(cmp06, Milestone.COMPLAINT_CLOSURE, Budget.workingDays(13)))
          .add(Applicability.any().inZone(ServiceZone.OVERSEAS),
              target(cmp06, Milestone.COMPLAINT_CLOSURE, Budget.workingDays(17)))
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, COMPLAINT_STEPS);
    }
  };

  /** Warn at 70 % and at 90 % of the allowed time. */
  public static final List<BigDecimal> DEFAULT_WARNINGS =
      List.of(new BigDecimal("0.7"), new BigDecimal("0.9"));

  /** The complaint procedure's steps on the routing form, in order (CMP-05). */
  public static final List<Milestone> COMPLAINT_STEPS = List.of(Milestone.COMPLAINT_REGISTRATION,
      Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
      Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS);

  private static final RuleId SVC_11 = RuleId.of("SVC-11");
  private static final RuleId SVC_13 = RuleId.of("SVC-13");
  private static final RuleId SVC_14 = RuleId.of("SVC-14");

  /** Adds this configuration's entries and routes to {@code builder}. */
  abstract void configure(ServiceLevels.Builder builder);

  /**
   * A target with a budget and the default warnings, kept in working time.
   *
   * @param ruleId the rule's ID in the catalog
   * @param milestone what is measured
   * @param budget the time allowed
   * @return the target
   */
  public static ServiceLevelTarget target(RuleId ruleId, Milestone milestone, Budget budget) {
    return fullTarget(ruleId, milestone, DeadlineRule.within(budget), DEFAULT_WARNINGS, true);
  }

  static ServiceLevelTarget fullTarget(RuleId ruleId, Milestone milestone, DeadlineRule rule,
      List<BigDecimal> warnings, boolean warningsInWorkingTime) {
    return ServiceLevelTarget.builder().ruleId(ruleId).milestone(milestone).rule(rule)
        .addAllWarningFractions(warnings).warningsInWorkingTime(warningsInWorkingTime).build();
  }

  static ServiceLevelTarget emergencyArrival(long hours) {
    return fullTarget(RuleId.of("SVC-12"), Milestone.ARRIVAL_ON_SITE,
        DeadlineRule.within(Budget.elapsedHours(hours)), DEFAULT_WARNINGS, false);
  }
}
