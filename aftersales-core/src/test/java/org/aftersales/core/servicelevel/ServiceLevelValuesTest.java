package org.aftersales.core.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/** The values of the service-level policy interfaces. // rule: SVC-01, SVC-11, SVC-12, CMP-05, CMP-06 */
class ServiceLevelValuesTest {

  @Test
  void budgets_are_never_negative_and_say_in_which_unit_they_count() {
    assertEquals("6h working time", Budget.workingHours(6).toString());
    assertEquals("0.5 working days", Budget.workingDays(new BigDecimal("0.50")).toString());
    assertEquals("13 calendar days", Budget.calendarDays(13).toString());
    assertEquals("4h elapsed", Budget.elapsedHours(4).toString());
    assertEquals(Budget.workingDays(1), Budget.workingDays(new BigDecimal("1.00")));
    assertTrue(Budget.workingDays(1).isWorkingTime());
    assertFalse(Budget.calendarDays(1).isWorkingTime());
    assertTrue(Budget.workingMinutes(0).isZero());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Budget.workingHours(-1));
    assertEquals("budget", e.violations().get(0).path());
    assertThrows(InvalidInputException.class, () -> Budget.calendarDays(new BigDecimal("-0.5")));
  }

  @Test
  void budgets_of_one_unit_add_up() {
    assertEquals(Budget.workingDays(new BigDecimal("1.5")),
        Budget.workingDays(1).plus(Budget.workingDays(new BigDecimal("0.5"))));
    assertEquals(Budget.elapsed(Duration.ofMinutes(90)),
        Budget.elapsedHours(1).plus(Budget.elapsed(Duration.ofMinutes(30))));
    assertThrows(InvalidInputException.class, () -> Budget.workingHours(1).plus(Budget.elapsedHours(1)));
  }

  @Test
  void a_pause_ends_after_it_starts() {
    Instant t = Instant.parse("2026-11-02T02:00:00Z");
    Pause open = Pause.openSince(t);
    assertTrue(open.isOpen() && open.contains(t.plusSeconds(1_000_000)));
    assertTrue(open.contains(t), "the start is inside");
    assertFalse(open.contains(t.minusNanos(1)));
    assertFalse(Pause.between(t, t.plusSeconds(60)).contains(t.minusNanos(1)));
    assertTrue(Pause.between(t, t.plusSeconds(60)).contains(t.plusSeconds(59)));
    Pause closed = open.endedAt(t.plusSeconds(60));
    assertFalse(closed.contains(t.plusSeconds(60)));
    assertEquals(Optional.of(t.plusSeconds(60)), closed.end());
    assertThrows(InvalidInputException.class, () -> Pause.between(t, t.minusSeconds(1)));
  }

  @Test
  void categories_zones_and_milestones_have_english_and_chinese_names() {
    assertEquals("paid service", ServiceCategory.A.displayName().english());
    assertEquals("有费服务", ServiceCategory.A.displayName().chinese());
    assertEquals("一环以内", ServiceZone.RING_ROAD_1.displayName().render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("complaint closed", Milestone.COMPLAINT_CLOSURE.displayName().english());
    Milestone custom = Milestone.of("INSTALLATION", "installation finished", "安装完成");
    assertEquals("安装完成", custom.displayName().chinese());
    assertEquals("installation finished", custom.displayName().english());
    assertEquals(Milestone.REPLY, Milestone.of("REPLY", "x", "y"), "equal by code");
    assertNotEquals(ServiceZone.of("REPLY", "x", "y"), Milestone.REPLY, "different kinds never equal");
    assertThrows(InvalidInputException.class, () -> ServiceZone.of("ring road 3", "x", "y"));
    assertEquals(ServiceZone.CITY, ServiceZone.of("CITY", "downtown", "市中心"), "equal to the seed constant");
    assertEquals("市中心", ServiceZone.of("CITY", "downtown", "市中心").displayName().chinese());
  }

  @Test
  void a_key_has_a_milestone_and_optional_conditions() {
    ServiceLevelKey key = ServiceLevelKey.builder().milestone(Milestone.ARRIVAL_ON_SITE)
        .zone(ServiceZone.SUBURB).category(ServiceCategory.B).contract(ContractId.of("HT-1")).build();
    assertEquals(Optional.of(ServiceZone.SUBURB), key.zone());
    assertEquals(ServiceLevelKey.of(Milestone.REPLY), ServiceLevelKey.builder().milestone(Milestone.REPLY).build());
    assertEquals(ServiceLevelKey.builder().milestone(Milestone.REPLY).zone(ServiceZone.CITY).build(),
        ServiceLevelKey.of(Milestone.REPLY, ServiceZone.CITY));
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> ServiceLevelKey.builder().build(), "milestone is required");
    assertEquals("Invalid input (1 problem(s)): milestone: must be given / 输入无效（1 个问题）： milestone：必须给出",
        missing.getMessage());
  }

  @Test
  void warning_fractions_are_strictly_ascending_between_zero_and_one() {
    ServiceLevelTarget.Builder ok = ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-11"))
        .milestone(Milestone.ARRIVAL_ON_SITE).rule(DeadlineRule.within(Budget.workingHours(6)));
    assertTrue(ok.build().warningsInWorkingTime());
    for (List<String> bad : List.of(List.of("0"), List.of("1"), List.of("0.9", "0.7"), List.of("0.5", "0.5"))) {
      ServiceLevelTarget.Builder b = ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-11"))
          .milestone(Milestone.ARRIVAL_ON_SITE).rule(DeadlineRule.within(Budget.workingHours(6)));
      bad.forEach(f -> b.addWarningFractions(new BigDecimal(f)));
      InvalidInputException e = assertThrows(InvalidInputException.class, b::build, bad.toString());
      assertTrue(e.violations().get(0).path().startsWith("warningFractions["));
    }
  }

  @Test
  void values_differing_in_one_part_are_not_equal() {
    // rule: CMP-05, SVC-13
    Instant t = Instant.parse("2026-11-02T02:00:00Z");
    assertEquals(Pause.between(t, t.plusSeconds(5)), Pause.between(t, t.plusSeconds(5)));
    assertEquals(Pause.between(t, t.plusSeconds(5)).hashCode(), Pause.between(t, t.plusSeconds(5)).hashCode());
    assertNotEquals(Pause.between(t, t.plusSeconds(5)), Pause.between(t.plusSeconds(1), t.plusSeconds(5)));
    assertNotEquals(Pause.between(t, t.plusSeconds(5)), Pause.between(t, t.plusSeconds(6)));
    assertNotEquals(Pause.openSince(t), Pause.between(t, t.plusSeconds(6)));
    assertNotEquals(Pause.openSince(t), "a pause");
    assertEquals(Budget.workingHours(1), Budget.workingMinutes(60));
    assertEquals(Budget.workingHours(1).hashCode(), Budget.workingMinutes(60).hashCode());
    assertNotEquals(Budget.workingHours(1), Budget.elapsedHours(1), "same amount, other unit");
    assertNotEquals(Budget.workingDays(1), Budget.calendarDays(1), "same days, other unit");
    assertNotEquals(Budget.workingDays(1), Budget.workingDays(2));
    assertNotEquals(Budget.workingHours(1), Budget.workingHours(2));
    assertNotEquals(Budget.workingHours(1), "1h");
    assertEquals(DeadlineRule.atRequestedTime(), DeadlineRule.atRequestedTime());
    assertEquals(DeadlineRule.atRequestedTime(Budget.workingHours(2)),
        DeadlineRule.atRequestedTime(Budget.workingMinutes(120)));
    assertEquals(DeadlineRule.atRequestedTime(Budget.workingHours(2)).hashCode(),
        DeadlineRule.atRequestedTime(Budget.workingMinutes(120)).hashCode());
    assertNotEquals(DeadlineRule.atRequestedTime(), DeadlineRule.atRequestedTime(Budget.workingHours(2)));
    assertNotEquals(DeadlineRule.atRequestedTime(Budget.workingHours(3)), DeadlineRule.atRequestedTime(Budget.workingHours(2)));
    assertNotEquals(DeadlineRule.atRequestedTime(), new DeadlineRule.ByEndOfWorkingDay());
  }

  @Test
  void a_requested_time_rule_says_whether_it_has_a_fallback() {
    // rule: SVC-13
    assertEquals(Optional.empty(), ((DeadlineRule.AtRequestedTime) DeadlineRule.atRequestedTime()).fallback());
    assertEquals(Optional.of(Budget.elapsedHours(24)),
        ((DeadlineRule.AtRequestedTime) DeadlineRule.atRequestedTime(Budget.elapsedHours(24))).fallback());
    assertEquals("AtRequestedTime[]", DeadlineRule.atRequestedTime().toString());
    assertEquals("AtRequestedTime[fallback=24h elapsed]",
        DeadlineRule.atRequestedTime(Budget.elapsedHours(24)).toString());
    assertThrows(NullPointerException.class, () -> DeadlineRule.atRequestedTime(null));
    assertThrows(NullPointerException.class, () -> new DeadlineRule.WithinBudget(null));
  }

  @Test
  void budgets_report_their_amount_in_their_own_unit() {
    // rule: CMP-05
    assertEquals(Optional.of(new BigDecimal("0.5")), Budget.workingDays(new BigDecimal("0.50")).days());
    assertEquals(Optional.empty(), Budget.workingDays(1).duration());
    assertEquals(Optional.of(Duration.ofHours(6)), Budget.workingHours(6).duration());
    assertEquals(Optional.empty(), Budget.workingHours(6).days());
    assertEquals(Budget.Unit.CALENDAR_DAYS, Budget.calendarDays(13).unit());
    assertEquals(Optional.of(BigDecimal.ZERO), Budget.calendarDays(new BigDecimal("0.00")).days());
    assertTrue(Budget.calendarDays(0).isZero());
    assertFalse(Budget.calendarDays(1).isZero());
    assertFalse(Budget.elapsedHours(1).isZero());
    assertTrue(Budget.workingTime(Duration.ofMinutes(5)).isWorkingTime());
    assertFalse(Budget.elapsed(Duration.ofMinutes(5)).isWorkingTime());
    assertEquals("1h30m working time", Budget.workingMinutes(90).toString());
    assertThrows(InvalidInputException.class, () -> Budget.elapsed(Duration.ofNanos(-1)));
    assertThrows(InvalidInputException.class, () -> Budget.workingDays(-1));
    assertEquals(Budget.calendarDays(new BigDecimal("13.5")),
        Budget.calendarDays(13).plus(Budget.calendarDays(new BigDecimal("0.5"))));
  }
}
