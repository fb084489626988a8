package org.aftersales.core.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/**
 * A budget as an amount of working time on a calendar, and a target without its warnings: what
 * the complaint reminders and statistics use instead of starting a clock per case.
 */
class BudgetWorkingTimeTest {

  static final OfficeCalendar OFFICE = new OfficeCalendar();

  @Test
  void working_days_are_the_calendars_day_length_and_working_time_is_itself() {
    // rule: CMP-05 — the office day is 09–12 and 13–17, 7 h: ½ day is 3 h 30 min, 1.5 days
    // 10 h 30 min; 2 h of working time is 2 h; wall-clock budgets have no working amount.
    assertEquals(Optional.of(Duration.ofMinutes(210)),
        Budget.workingDays(new BigDecimal("0.5")).workingTimeOn(OFFICE));
    assertEquals(Optional.of(Duration.ofMinutes(630)),
        Budget.workingDays(new BigDecimal("1.5")).workingTimeOn(OFFICE));
    assertEquals(Optional.of(Duration.ofHours(2)),
        Budget.workingTime(Duration.ofHours(2)).workingTimeOn(OFFICE));
    assertEquals(Optional.empty(), Budget.elapsedHours(4).workingTimeOn(OFFICE));
    assertEquals(Optional.empty(), Budget.calendarDays(2).workingTimeOn(OFFICE));
  }

  @Test
  void a_target_without_warnings_keeps_everything_else() {
    // rule: SVC-08 — warnings are dropped, nothing else.
    ServiceLevelTarget warned = ServiceLevelTarget.builder().ruleId(RuleId.of("CMP-05"))
        .milestone(Milestone.QA_ANALYSIS)
        .rule(new DeadlineRule.WithinBudget(Budget.workingDays(1)))
        .addWarningFractions(new BigDecimal("0.7"), new BigDecimal("0.9"))
        .warningsInWorkingTime(false).build();
    ServiceLevelTarget plain = warned.withoutWarnings();
    assertEquals(List.of(), plain.warningFractions());
    assertEquals(warned.ruleId(), plain.ruleId());
    assertEquals(warned.milestone(), plain.milestone());
    assertEquals(warned.rule(), plain.rule());
    assertEquals(false, plain.warningsInWorkingTime());
    assertSame(plain, plain.withoutWarnings(), "a target without warnings is returned as it is");
  }
}
