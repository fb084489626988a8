package org.aftersales.core.complaint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.OfficeCalendar;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RuleId;

/**
 * The seed's complaint budgets written out by hand for core's tests (core must not use the rules
 * module): GM office ½ working day, QA, manufacturing and R&amp;D 1 each, sales negotiation 5
 * (domestic) or 12 (overseas), synthesis ½ (CMP-05); closure 13 or 17 working days (CMP-06); all
 * on the plain Shanghai office calendar (Monday to Friday 09:00–12:00, 13:00–17:00, 7 h a day).
 */
final class SeedRoutingPolicy implements ServiceLevelPolicy {

  static final OfficeCalendar OFFICE = new OfficeCalendar();

  /** The seed's route on the routing form, in order. */
  static final List<Milestone> STEPS = List.of(Milestone.COMPLAINT_REGISTRATION,
      Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
      Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS);

  private static final BigDecimal HALF = new BigDecimal("0.5");

  @Override
  public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
    boolean overseas = key.zone().filter(ServiceZone.OVERSEAS::equals).isPresent();
    Milestone m = key.milestone();
    Budget budget;
    String rule = "CMP-05";
    if (m.equals(Milestone.COMPLAINT_REGISTRATION) || m.equals(Milestone.GM_SYNTHESIS)) {
      budget = Budget.workingDays(HALF);
    } else if (m.equals(Milestone.QA_ANALYSIS) || m.equals(Milestone.MANUFACTURING_COUNTERMEASURE)
        || m.equals(Milestone.RND_OPINION)) {
      budget = Budget.workingDays(1);
    } else if (m.equals(Milestone.SALES_NEGOTIATION)) {
      budget = Budget.workingDays(overseas ? 12 : 5);
    } else if (m.equals(Milestone.COMPLAINT_CLOSURE)) {
      budget = Budget.workingDays(overseas ? 17 : 13);
      rule = "CMP-06";
    } else {
      return Optional.empty();
    }
    return Optional.of(ServiceLevelTarget.builder().ruleId(RuleId.of(rule)).milestone(m)
        .rule(new DeadlineRule.WithinBudget(budget)).build());
  }

  @Override
  public BusinessCalendar calendarFor(ServiceLevelTarget target) {
    return OFFICE;
  }
}
