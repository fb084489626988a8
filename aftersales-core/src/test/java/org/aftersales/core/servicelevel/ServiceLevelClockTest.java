package org.aftersales.core.servicelevel;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The deadline clock on a plain office calendar (Monday to Friday 09:00–12:00 and 13:00–17:00 in
 * Shanghai, 7 h a day). Every expected instant is worked out by hand in the comments; 2 November
 * 2026 is a Monday.
 *
 * <p>// rule: SVC-11, SVC-12, SVC-13, SVC-14, CMP-04, CMP-05, CMP-06
 */
class ServiceLevelClockTest {

  static final OfficeCalendar OFFICE = new OfficeCalendar();
  static final BigDecimal P70 = new BigDecimal("0.7");
  static final BigDecimal P90 = new BigDecimal("0.9");

  static ServiceLevelTarget target(DeadlineRule rule, boolean warningsInWorkingTime) {
    return ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-11"))
        .milestone(Milestone.ARRIVAL_ON_SITE).rule(rule).addWarningFractions(P70, P90)
        .warningsInWorkingTime(warningsInWorkingTime).build();
  }

  static ServiceLevelTarget within(Budget budget) {
    return target(DeadlineRule.within(budget), true);
  }

  static ServiceLevelClock clock(Budget budget, String start) {
    return ServiceLevelClock.of(within(budget), OFFICE, sh(start));
  }

  static List<Warning> warnings(Object... fractionsAndTimes) {
    List<Warning> result = new java.util.ArrayList<>();
    for (int i = 0; i < fractionsAndTimes.length; i += 2) {
      result.add(new Warning((BigDecimal) fractionsAndTimes[i], sh((String) fractionsAndTimes[i + 1])));
    }
    return result;
  }

  @Nested
  @DisplayName("budgets in each unit")
  class Units {

    @Test
    void six_working_hours_from_monday_15_00_are_due_on_tuesday_at_14_00() {
      // rule: SVC-11 — Monday 15–17 (2 h), Tuesday 9–12 (3 h), 13–14 (1 h).
      ServiceLevelClock c = clock(Budget.workingHours(6), "2026-11-02T15:00");
      assertEquals(Optional.of(sh("2026-11-03T14:00")), c.due());
      // 70 % = 4 h 12: 2 h Monday + 2 h 12 Tuesday; 90 % = 5 h 24: 5 h at noon + 24 min after lunch.
      assertEquals(warnings(P70, "2026-11-03T11:12", P90, "2026-11-03T13:24"), c.warnings());
    }

    @Test
    void the_status_changes_at_the_first_warning_and_after_the_due_instant() {
      // rule: SVC-11
      ServiceLevelClock c = clock(Budget.workingHours(6), "2026-11-02T15:00");
      assertEquals(ServiceLevelStatus.ON_TRACK, c.statusAt(sh("2026-11-03T11:11:59.999999999")));
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-11-03T11:12")));
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-11-03T14:00")));
      assertEquals(ServiceLevelStatus.OVERDUE, c.statusAt(sh("2026-11-03T14:00:00.000000001")));
      assertTrue(c.isMetBy(sh("2026-11-03T14:00")));
      assertFalse(c.isMetBy(sh("2026-11-03T14:00:00.000000001")));
    }

    @Test
    void time_used_is_counted_in_the_budget_s_measure_from_the_start() {
      // rule: SVC-11 — Monday 15–17 and Tuesday 9–10: 3 h; nothing before or at the start.
      ServiceLevelClock c = clock(Budget.workingHours(6), "2026-11-02T15:00");
      assertEquals(Duration.ofHours(3), c.usedAt(sh("2026-11-03T10:00")));
      assertEquals(Duration.ZERO, c.usedAt(sh("2026-11-02T15:00")));
      assertEquals(Duration.ZERO, c.usedAt(sh("2026-11-02T14:00")));
    }

    @Test
    void half_a_working_day_is_half_the_calendar_s_working_day_length() {
      // rule: CMP-05 — ½ × 7 h = 3 h 30 from Monday 10:00: 10–12 and 13:00–14:30.
      assertEquals(Optional.of(sh("2026-11-02T14:30")),
          clock(Budget.workingDays(new BigDecimal("0.5")), "2026-11-02T10:00").due());
      // 1.5 × 7 h = 10 h 30: Monday 6 h, Tuesday 9–12 and 13:00–14:30.
      assertEquals(Optional.of(sh("2026-11-03T14:30")),
          clock(Budget.workingDays(new BigDecimal("1.5")), "2026-11-02T10:00").due());
    }

    @Test
    void calendar_days_count_nights_weekends_and_warn_in_working_time() {
      // rule: CMP-06 — 13 days from Monday 2 Nov 10:00 is Sunday 15 Nov 10:00. 70 % = 9 d 2 h 24
      // is Wednesday 11 Nov 12:24, at lunch, so 13:00; 90 % = 11 d 16 h 48 is Saturday 14 Nov
      // 02:48, whose next working moment (Monday 16 Nov 09:00) is after the deadline: dropped.
      ServiceLevelClock c = clock(Budget.calendarDays(13), "2026-11-02T10:00");
      assertEquals(Optional.of(sh("2026-11-15T10:00")), c.due());
      assertEquals(warnings(P70, "2026-11-11T13:00"), c.warnings());
      // Half a calendar day is 12 hours of elapsed time.
      assertEquals(Optional.of(sh("2026-11-02T22:00")),
          clock(Budget.calendarDays(new BigDecimal("0.5")), "2026-11-02T10:00").due());
      assertEquals(Optional.of(sh("2026-11-04T22:00")),
          clock(Budget.calendarDays(new BigDecimal("2.5")), "2026-11-02T10:00").due());
    }

    @Test
    void elapsed_hours_run_around_the_clock() {
      // rule: SVC-13 — Friday 17:00 + 24 h is Saturday 17:00. 70 % (Saturday 09:48) and 90 %
      // (14:36) would move to Monday 09:00, after the deadline: dropped from office hours.
      ServiceLevelClock office = clock(Budget.elapsedHours(24), "2026-11-06T17:00");
      assertEquals(Optional.of(sh("2026-11-07T17:00")), office.due());
      assertEquals(List.of(), office.warnings());
      ServiceLevelClock allHours = ServiceLevelClock.of(
          target(DeadlineRule.within(Budget.elapsedHours(24)), false), OFFICE, sh("2026-11-06T17:00"));
      assertEquals(warnings(P70, "2026-11-07T09:48", P90, "2026-11-07T14:36"), allHours.warnings());
    }

    @Test
    void a_working_time_warning_that_falls_on_a_closing_time_stays_there() {
      // rule: SVC-11 — 10 h from Monday 09:00: 70 % = 7 h is Monday 17:00, the closing time; it
      // is not moved to Tuesday's opening (only wall-clock warnings are). 90 % = 9 h: Tuesday 11:00.
      ServiceLevelClock c = clock(Budget.workingHours(10), "2026-11-02T09:00");
      assertEquals(warnings(P70, "2026-11-02T17:00", P90, "2026-11-03T11:00"), c.warnings());
      assertEquals(Optional.of(sh("2026-11-03T12:00")), c.due(), "7 h Monday, 3 h Tuesday to noon");
    }

    @Test
    void a_zero_budget_is_due_at_the_start_without_warnings() {
      // rule: SVC-11
      ServiceLevelClock c = clock(Budget.workingHours(0), "2026-11-02T20:00");
      assertEquals(Optional.of(sh("2026-11-02T20:00")), c.due());
      assertEquals(List.of(), c.warnings());
      assertEquals(ServiceLevelStatus.OVERDUE, c.statusAt(sh("2026-11-02T20:00:00.000000001")));
    }
  }

  @Nested
  @DisplayName("pauses")
  class Pauses {

    final ServiceLevelClock base = clock(Budget.workingHours(6), "2026-11-02T15:00");

    @Test
    void a_pause_gives_back_the_working_time_inside_it() {
      // rule: SVC-11 — paused Monday 16:00 to Tuesday 10:00: 1 h + 1 h given back. 1 h used
      // before; 5 h from Tuesday 10:00: 10–12 and 13–16.
      ServiceLevelClock c = base.pausedAt(sh("2026-11-02T16:00")).resumedAt(sh("2026-11-03T10:00"));
      assertEquals(Optional.of(sh("2026-11-03T16:00")), c.due());
      // used at Tuesday 11:00: 4 h of working time since the start, 2 h of them paused.
      assertEquals(Duration.ofHours(2), c.usedAt(sh("2026-11-03T11:00")));
      // inside the pause, at Tuesday 09:30: 2 h 30 since the start, 1 h 30 of them paused.
      assertEquals(Duration.ofHours(1), c.usedAt(sh("2026-11-03T09:30")));
      // before the pause, at Monday 15:30: half an hour, the later pause takes nothing off.
      assertEquals(Duration.ofMinutes(30), c.usedAt(sh("2026-11-02T15:30")));
    }

    @Test
    void a_second_pause_after_a_resume_gives_back_its_time_too() {
      // rule: SVC-11 — after the first pause 1 h is used; Tuesday 10–12 uses 2 more; paused again
      // Tuesday 13:00 to Wednesday 09:30; the last 3 h are Wednesday 09:30–12:00 and 13:00–13:30.
      ServiceLevelClock c = base.pausedAt(sh("2026-11-02T16:00")).resumedAt(sh("2026-11-03T10:00"))
          .pausedAt(sh("2026-11-03T13:00")).resumedAt(sh("2026-11-04T09:30"));
      assertEquals(Optional.of(sh("2026-11-04T13:30")), c.due());
      assertEquals(2, c.pauses().size());
      assertFalse(c.isPaused());
      // At Wednesday 10:00: Monday 2 h + Tuesday 3 h + Wednesday 1 h of working time, of which
      // Monday 16–17, Tuesday 9–10 and Wednesday 9:00–9:30 are paused (2 h 30): 3 h 30 used.
      assertEquals(Duration.ofMinutes(210), c.usedAt(sh("2026-11-04T10:00")));
    }

    @Test
    void a_budget_running_out_exactly_as_a_pause_starts_is_due_at_the_pause_s_start() {
      // rule: SVC-11 — due Tuesday 14:00 without pauses; a pause from 14:00 changes nothing.
      ServiceLevelClock closed = base.pausedAt(sh("2026-11-03T14:00")).resumedAt(sh("2026-11-04T09:00"));
      assertEquals(Optional.of(sh("2026-11-03T14:00")), closed.due());
      ServiceLevelClock open = base.pausedAt(sh("2026-11-03T14:00"));
      assertEquals(Optional.of(sh("2026-11-03T14:00")), open.due(), "the budget was used up before it");
      ServiceLevelClock earlier = base.pausedAt(sh("2026-11-03T13:59:59.999999999"));
      assertEquals(Optional.empty(), earlier.due(), "one nanosecond is still owed when it stops");
    }

    @Test
    void an_open_pause_holds_the_deadline_and_the_warnings_after_it() {
      // rule: SVC-11 — paused Tuesday 11:30: 4 h 30 used, so the 70 % warning (4 h 12, Tuesday
      // 11:12) is known and the 90 % one (5 h 24) is not.
      ServiceLevelClock c = base.pausedAt(sh("2026-11-03T11:30"));
      assertTrue(c.isPaused());
      assertEquals(Optional.empty(), c.due());
      assertEquals(warnings(P70, "2026-11-03T11:12"), c.warnings());
      assertTrue(c.isMetBy(sh("2026-12-31T00:00")), "completed while waiting for the customer");
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-12-31T00:00")));
      assertEquals(Duration.ofMinutes(270), c.usedAt(sh("2026-12-31T00:00")));
      ServiceLevelClock early = base.pausedAt(sh("2026-11-03T10:00"));
      assertEquals(List.of(), early.warnings(), "3 h used: no warning is known yet");
      assertEquals(ServiceLevelStatus.ON_TRACK, early.statusAt(sh("2026-12-31T00:00")));
    }

    @Test
    void an_elapsed_budget_gets_back_the_elapsed_length_of_a_pause() {
      // rule: SVC-13 — 24 h from Friday 17:00, paused Saturday 10:00–12:00: Saturday 19:00.
      ServiceLevelClock c = clock(Budget.elapsedHours(24), "2026-11-06T17:00")
          .pausedAt(sh("2026-11-07T10:00")).resumedAt(sh("2026-11-07T12:00"));
      assertEquals(Optional.of(sh("2026-11-07T19:00")), c.due());
      assertEquals(Duration.ofHours(17), c.usedAt(sh("2026-11-07T12:00")), "19 h elapsed, 2 h of them paused");
    }

    @Test
    void pauses_must_be_in_order_after_the_start_and_only_the_last_open() {
      // rule: SVC-11
      ServiceLevelTarget t = within(Budget.workingHours(6));
      Instant start = sh("2026-11-02T15:00");
      InvalidInputException beforeStart = assertThrows(InvalidInputException.class, () -> ServiceLevelClock.of(t, OFFICE, start,
          List.of(Pause.between(sh("2026-11-02T14:00"), sh("2026-11-02T16:00")))));
      assertEquals("pauses[0]", beforeStart.violations().get(0).path());
      assertTrue(beforeStart.violations().get(0).message().english().startsWith("must not be before the clock's start"));
      assertEquals("pauses[1]", assertThrows(InvalidInputException.class, () -> ServiceLevelClock.of(t, OFFICE, start,
          List.of(Pause.between(sh("2026-11-02T15:30"), sh("2026-11-02T16:30")),
              Pause.between(sh("2026-11-02T16:00"), sh("2026-11-02T17:00"))))).violations().get(0).path());
      assertEquals("pauses[0]", assertThrows(InvalidInputException.class, () -> ServiceLevelClock.of(t, OFFICE, start,
          List.of(Pause.openSince(sh("2026-11-02T15:30")),
              Pause.between(sh("2026-11-02T16:00"), sh("2026-11-02T17:00"))))).violations().get(0).path());
      // Touching pauses and a pause at the very start are fine.
      ServiceLevelClock touching = ServiceLevelClock.of(t, OFFICE, start, List.of(
          Pause.between(start, sh("2026-11-02T16:00")),
          Pause.between(sh("2026-11-02T16:00"), sh("2026-11-02T16:30"))));
      assertEquals(Optional.of(sh("2026-11-03T15:30")), touching.due(), "1 h 30 given back");
      assertEquals("pause", assertThrows(InvalidInputException.class,
          () -> base.pausedAt(sh("2026-11-02T16:00")).pausedAt(sh("2026-11-02T16:30"))).violations().get(0).path());
      assertEquals("resume", assertThrows(InvalidInputException.class,
          () -> base.resumedAt(sh("2026-11-02T16:00"))).violations().get(0).path());
      assertThrows(InvalidInputException.class, () -> base.pausedAt(sh("2026-11-02T14:59")));
      assertThrows(InvalidInputException.class,
          () -> base.pausedAt(sh("2026-11-02T16:00")).resumedAt(sh("2026-11-02T15:59")));
      assertThrows(InvalidInputException.class, () -> base.pausedAt(sh("2026-11-02T16:00"))
          .resumedAt(sh("2026-11-02T16:30")).pausedAt(sh("2026-11-02T16:29")));
    }
  }

  @Nested
  @DisplayName("fixed deadlines")
  class Fixed {

    final ServiceLevelTarget endOfDay = target(new DeadlineRule.ByEndOfWorkingDay(), true);

    @Test
    void solved_the_same_day_means_by_closing_time() {
      // rule: SVC-14 — raised Monday 10:00, due 17:00; 70 % of 7 h is 14:54, 90 % 16:18.
      ServiceLevelClock c = ServiceLevelClock.of(endOfDay, OFFICE, sh("2026-11-02T10:00"));
      assertEquals(Optional.of(sh("2026-11-02T17:00")), c.due());
      assertEquals(warnings(P70, "2026-11-02T14:54", P90, "2026-11-02T16:18"), c.warnings());
      assertEquals(Duration.ofHours(2), c.usedAt(sh("2026-11-02T12:00")), "elapsed from the start");
      assertEquals(Duration.ZERO, c.usedAt(sh("2026-11-02T09:00")));
    }

    @Test
    void raised_after_hours_it_is_due_at_the_end_of_the_next_working_day() {
      // rule: SVC-14 — raised Monday 18:00, due Tuesday 17:00 (23 h): 70 % = 16 h 06 is Tuesday
      // 10:06, 90 % = 20 h 42 is 14:42.
      ServiceLevelClock c = ServiceLevelClock.of(endOfDay, OFFICE, sh("2026-11-02T18:00"));
      assertEquals(Optional.of(sh("2026-11-03T17:00")), c.due());
      assertEquals(warnings(P70, "2026-11-03T10:06", P90, "2026-11-03T14:42"), c.warnings());
    }

    @Test
    void a_committed_time_replaces_the_end_of_the_day_and_pauses_do_not_move_it() {
      // rule: SVC-14
      ServiceLevelClock c = ServiceLevelClock.of(endOfDay, OFFICE, sh("2026-11-02T10:00"))
          .withCommittedTime(sh("2026-11-04T12:00"));
      assertEquals(Optional.of(sh("2026-11-04T12:00")), c.due());
      assertEquals(Optional.of(sh("2026-11-04T12:00")), c.committedTime());
      assertEquals(Optional.of(sh("2026-11-04T12:00")),
          c.pausedAt(sh("2026-11-02T11:00")).resumedAt(sh("2026-11-03T11:00")).due());
    }

    @Test
    void arrival_at_the_requested_time_has_no_deadline_without_one() {
      // rule: SVC-13 — requested Tuesday 10:00 from Monday 10:00 (24 h): 70 % (Tuesday 02:48)
      // and 90 % (07:36) both move to Tuesday 09:00.
      ServiceLevelClock c = ServiceLevelClock.of(target(DeadlineRule.atRequestedTime(), true),
          OFFICE, sh("2026-11-02T10:00"));
      assertEquals(Optional.empty(), c.due());
      assertEquals(List.of(), c.warnings());
      assertTrue(c.isMetBy(sh("2027-01-01T00:00")));
      ServiceLevelClock requested = c.withRequestedTime(sh("2026-11-03T10:00"));
      assertEquals(Optional.of(sh("2026-11-03T10:00")), requested.due());
      assertEquals(Optional.of(sh("2026-11-03T10:00")), requested.requestedTime());
      assertEquals(warnings(P70, "2026-11-03T09:00", P90, "2026-11-03T09:00"), requested.warnings());
    }

    @Test
    void a_requested_time_at_or_before_the_start_gives_no_warnings() {
      // rule: SVC-13
      ServiceLevelClock c = ServiceLevelClock.of(target(DeadlineRule.atRequestedTime(), true),
          OFFICE, sh("2026-11-02T10:00"));
      ServiceLevelClock atStart = c.withRequestedTime(sh("2026-11-02T10:00"));
      assertEquals(List.of(), atStart.warnings());
      assertTrue(atStart.isMetBy(sh("2026-11-02T10:00")));
      ServiceLevelClock before = c.withRequestedTime(sh("2026-11-02T09:00"));
      assertEquals(List.of(), before.warnings());
      assertFalse(before.isMetBy(sh("2026-11-02T10:00")));
    }

    @Test
    void without_a_requested_time_the_fallback_budget_applies_and_a_requested_time_replaces_it() {
      // rule: SVC-13 — 6 working hours from Monday 15:00: Tuesday 14:00.
      ServiceLevelClock c = ServiceLevelClock.of(
          target(DeadlineRule.atRequestedTime(Budget.workingHours(6)), true), OFFICE, sh("2026-11-02T15:00"));
      assertEquals(Optional.of(sh("2026-11-03T14:00")), c.due());
      assertEquals(Optional.of(sh("2026-11-05T10:00")), c.withRequestedTime(sh("2026-11-05T10:00")).due());
    }

    @Test
    void a_budget_rule_ignores_requested_and_committed_times() {
      // rule: SVC-11
      ServiceLevelClock c = clock(Budget.workingHours(6), "2026-11-02T15:00")
          .withRequestedTime(sh("2026-11-02T16:00")).withCommittedTime(sh("2026-11-02T16:00"));
      assertEquals(Optional.of(sh("2026-11-03T14:00")), c.due());
    }
  }

  @Nested
  @DisplayName("a policy only selects targets and calendars")
  class Policy {

    final ServiceLevelTarget six = within(Budget.workingHours(6));
    /** A policy of an adopter's own: one target for arrival on site, on the office calendar. */
    final ServiceLevelPolicy policy = new ServiceLevelPolicy() {
      @Override
      public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
        return key.milestone().equals(Milestone.ARRIVAL_ON_SITE) ? Optional.of(six) : Optional.empty();
      }

      @Override
      public BusinessCalendar calendarFor(ServiceLevelTarget target) {
        return OFFICE;
      }
    };

    @Test
    void the_policy_s_clocks_are_the_core_clock_on_its_calendar() {
      // rule: SVC-11
      Instant start = sh("2026-11-02T15:00");
      assertEquals(ServiceLevelClock.of(six, OFFICE, start), policy.startClock(six, start));
      assertEquals(Optional.of(ServiceLevelClock.of(six, OFFICE, start)),
          policy.startClock(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY), start));
      assertEquals(Optional.empty(), policy.startClock(ServiceLevelKey.of(Milestone.REPLY), start));
      List<Pause> pauses = List.of(Pause.openSince(sh("2026-11-02T16:00")));
      assertEquals(ServiceLevelClock.of(six, OFFICE, start, pauses), policy.restoreClock(six, start, pauses));
      assertEquals(Optional.empty(), policy.restoreClock(six, start, pauses).due());
    }
  }

  @Nested
  @DisplayName("a clock is a value")
  class Values {

    final ServiceLevelTarget six = within(Budget.workingHours(6));
    final Instant start = sh("2026-11-02T15:00");
    final List<Pause> pauses = List.of(Pause.between(sh("2026-11-02T16:00"), sh("2026-11-03T10:00")));

    @Test
    void a_restored_clock_equals_the_clock_that_was_saved() {
      // rule: SVC-11
      ServiceLevelClock live = ServiceLevelClock.of(six, OFFICE, start)
          .pausedAt(sh("2026-11-02T16:00")).resumedAt(sh("2026-11-03T10:00"));
      ServiceLevelClock restored = ServiceLevelClock.of(six, new OfficeCalendar(), start, pauses);
      assertEquals(live, restored);
      assertEquals(live.hashCode(), restored.hashCode());
      assertEquals(live.due(), restored.due());
      assertTrue(OFFICE == live.calendar(), "the calendar it was given");
      assertEquals(six, restored.target());
      assertEquals(start, restored.start());
    }

    @Test
    void clocks_differing_in_one_part_are_not_equal() {
      // rule: SVC-11
      ServiceLevelClock c = ServiceLevelClock.of(six, OFFICE, start, pauses);
      assertNotEquals(c, ServiceLevelClock.of(within(Budget.workingHours(7)), OFFICE, start, pauses));
      assertNotEquals(c, ServiceLevelClock.of(six,
          new OfficeCalendar(Set.of(LocalDate.of(2026, 11, 3))), start, pauses));
      assertNotEquals(c, ServiceLevelClock.of(six, OFFICE, start.minusSeconds(1), pauses));
      assertNotEquals(c, ServiceLevelClock.of(six, OFFICE, start));
      assertNotEquals(c, c.withRequestedTime(start));
      assertNotEquals(c, c.withCommittedTime(start));
      assertNotEquals(c, "a clock");
      assertNotEquals(c.withRequestedTime(start), c.withCommittedTime(start));
    }

    @Test
    void the_summary_names_rule_milestone_start_due_and_pauses() {
      // rule: SVC-11
      assertEquals("ServiceLevelClock[SVC-11 ARRIVAL_ON_SITE, start 2026-11-02T07:00:00Z, due "
          + "2026-11-03T08:00:00Z, pauses [[2026-11-02T08:00:00Z, 2026-11-03T02:00:00Z)]]",
          ServiceLevelClock.of(six, OFFICE, start, pauses).toString());
      assertEquals("ServiceLevelClock[SVC-11 ARRIVAL_ON_SITE, start 2026-11-02T07:00:00Z, due "
          + "open, pauses [[2026-11-02T08:00:00Z, open)]]",
          ServiceLevelClock.of(six, OFFICE, start).pausedAt(sh("2026-11-02T16:00")).toString());
    }
  }
}
