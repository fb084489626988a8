package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The policy wrapper of the statistics' report run: same targets without warnings, working days
 * as the same working time on the plain office calendar of {@link SeedRoutingPolicy} (7 h a
 * working day, so ½ day is 3 h 30 min and 13 days 91 h), each key asked of the policy once.
 */
@Tag("CMP-11")
class StatisticsServiceLevelsTest {

  /** The seed's complaint budgets with warnings at 0.8, recording every key asked. */
  static final class Recording implements ServiceLevelPolicy {
    final List<ServiceLevelKey> asked = new ArrayList<>();

    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      asked.add(key);
      return new SeedRoutingPolicy().targetFor(key).map(t -> ServiceLevelTarget.builder()
          .ruleId(t.ruleId()).milestone(t.milestone()).rule(t.rule())
          .addWarningFractions(new BigDecimal("0.8")).warningsInWorkingTime(false).build());
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      // Only the original targets, which carry the warning, are this policy's.
      assertEquals(List.of(new BigDecimal("0.8")), target.warningFractions());
      return SeedRoutingPolicy.OFFICE;
    }
  }

  static Budget budget(ServiceLevelTarget t) {
    return ((DeadlineRule.WithinBudget) t.rule()).budget();
  }

  @Test
  void working_days_become_the_same_working_time_without_warnings_and_each_key_is_asked_once() {
    // rule: CMP-11, CMP-05, CMP-06 — ½ day × 7 h = 3 h 30; 13 days × 7 h = 91 h.
    Recording policy = new Recording();
    StatisticsServiceLevels levels = new StatisticsServiceLevels(policy);
    ServiceLevelTarget registration = levels.targetFor(
        ServiceLevelKey.of(Milestone.COMPLAINT_REGISTRATION, ServiceZone.DOMESTIC)).orElseThrow();
    assertEquals(Budget.workingTime(Duration.ofMinutes(210)), budget(registration));
    assertEquals(List.of(), registration.warningFractions());
    assertEquals(false, registration.warningsInWorkingTime());
    assertEquals(Milestone.COMPLAINT_REGISTRATION, registration.milestone());
    assertEquals("CMP-05", registration.ruleId().value());
    assertSame(registration, levels.targetFor(
        ServiceLevelKey.of(Milestone.COMPLAINT_REGISTRATION, ServiceZone.DOMESTIC)).orElseThrow());
    assertEquals(Budget.workingTime(Duration.ofHours(91)), budget(levels.targetFor(
        ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE)).orElseThrow()));
    levels.targetFor(ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE));
    // Overseas: 17 days × 7 h = 119 h, asked with its market.
    assertEquals(Budget.workingTime(Duration.ofHours(119)), budget(levels.targetFor(
        ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.OVERSEAS)).orElseThrow()));
    assertEquals(3, policy.asked.size());
    assertSame(SeedRoutingPolicy.OFFICE, levels.calendarFor(registration));
  }

  @Test
  void the_budget_as_configured_is_given_back_and_a_missing_one_is_the_counted_one() {
    // rule: CMP-11 — 1 working day for QA; no target for the reply.
    StatisticsServiceLevels levels = new StatisticsServiceLevels(new Recording());
    Budget counted = Budget.workingHours(7);
    assertEquals(Budget.workingDays(1),
        levels.budgetOf(Milestone.QA_ANALYSIS, ServiceZone.DOMESTIC, counted));
    assertEquals(counted, levels.budgetOf(Milestone.REPLY, ServiceZone.DOMESTIC, counted));
  }

  @Test
  void a_key_with_a_category_is_asked_of_the_policy_as_it_is() {
    // rule: CMP-11
    Recording policy = new Recording();
    StatisticsServiceLevels levels = new StatisticsServiceLevels(policy);
    ServiceLevelKey key = ServiceLevelKey.builder().milestone(Milestone.QA_ANALYSIS)
        .category(ServiceCategory.A).zone(ServiceZone.OVERSEAS).build();
    ServiceLevelTarget qa = levels.targetFor(key).orElseThrow();
    levels.targetFor(key);
    assertEquals(List.of(key), policy.asked);
    assertTrue(qa.warningFractions().isEmpty());
    assertEquals(Budget.workingTime(Duration.ofHours(7)), budget(qa));
  }
}
