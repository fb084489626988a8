package org.aftersales.rules.sla;

import static org.aftersales.rules.sla.WorkingCalendarTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelStatus;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.servicelevel.Warning;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed's service levels as configured by {@link SeedServiceLevels}, on the Shanghai office
 * calendar (Mon–Fri 09:00–12:00, 13:30–18:00). Runs under two JVM default zones (tag
 * jvm-defaults): the expected instants are written in Shanghai time and must not move.
 */
@Tag("jvm-defaults")
class ServiceLevelsTest {

  static final WorkingCalendar OFFICE = Calendars.shanghaiOffice();
  static final RuleId SVC_11 = RuleId.of("SVC-11");

  static ServiceLevelClock clock(ServiceLevels levels, ServiceLevelKey key, Instant start) {
    return levels.startClock(key, start).orElseThrow();
  }

  static List<Instant> warningTimes(ServiceLevelClock clock) {
    return clock.warnings().stream().map(Warning::at).toList();
  }

  @Nested
  @DisplayName("SVC-11 dispatch: arrival within 6 working hours in the city, 7 in the suburbs")
  class Dispatch {
    final ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.DISPATCH, OFFICE).build();

    @Test
    void a_city_call_on_monday_afternoon_is_due_on_tuesday_at_noon() {
      // rule: SVC-11
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY),
          sh("2026-11-02T15:00"));
      assertEquals(sh("2026-11-03T12:00"), c.due().orElseThrow(), "3 h Monday + 3 h Tuesday, on the closing time");
      assertEquals(List.of(sh("2026-11-03T10:12"), sh("2026-11-03T11:24")), warningTimes(c));
      assertEquals(ServiceLevelStatus.ON_TRACK, c.statusAt(sh("2026-11-03T10:00")));
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-11-03T10:12")));
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-11-03T12:00")));
      assertEquals(ServiceLevelStatus.OVERDUE, c.statusAt(sh("2026-11-03T12:00:01")));
      assertTrue(c.isMetBy(sh("2026-11-03T12:00")));
      assertFalse(c.isMetBy(sh("2026-11-03T12:00:01")));
    }

    @Test
    void a_suburban_call_gets_seven_working_hours() {
      // rule: SVC-11
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.SUBURB),
          sh("2026-11-02T15:00"));
      assertEquals(sh("2026-11-03T14:30"), c.due().orElseThrow());
    }

    @Test
    void a_call_on_saturday_counts_from_monday_opening() {
      // rule: SVC-11
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY),
          sh("2026-10-31T10:00"));
      assertEquals(sh("2026-11-02T16:30"), c.due().orElseThrow());
    }

    @Test
    void waiting_for_the_customer_over_the_weekend_gives_back_only_working_time() {
      // rule: SVC-11 — paused Friday 17:00 to Monday 10:00: 1 h Friday + 1 h Monday given back.
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY),
          sh("2026-11-06T14:00"));
      assertEquals(sh("2026-11-09T11:00"), c.due().orElseThrow(), "4 h Friday, 2 h Monday");
      ServiceLevelClock paused = c.pausedAt(sh("2026-11-06T17:00"));
      assertEquals(Optional.empty(), paused.due(), "the clock is held by the open pause");
      assertEquals(List.of(), paused.warnings(), "3 h used: the 70 % point is not known yet");
      ServiceLevelClock resumed = paused.resumedAt(sh("2026-11-09T10:00"));
      assertEquals(sh("2026-11-09T14:30"), resumed.due().orElseThrow());
      assertEquals(Duration.ofHours(3), resumed.usedAt(sh("2026-11-09T10:00")));
    }

    @Test
    void a_pause_outside_working_hours_gives_back_only_the_working_time_it_covers() {
      // rule: SVC-11 — call Friday 14:00, due Monday 11:00 without pauses.
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY),
          sh("2026-11-06T14:00"));
      // From Friday 19:00 to Saturday 12:00: no working time inside, nothing given back.
      assertEquals(sh("2026-11-09T11:00"),
          c.pausedAt(sh("2026-11-06T19:00")).resumedAt(sh("2026-11-07T12:00")).due().orElseThrow());
      // From Saturday 10:00 (closed) to Monday 09:30 (open): half an hour given back.
      assertEquals(sh("2026-11-09T11:30"),
          c.pausedAt(sh("2026-11-07T10:00")).resumedAt(sh("2026-11-09T09:30")).due().orElseThrow());
      // From Friday 16:00 (open) to Friday 20:00 (closed): two hours given back, across lunch.
      assertEquals(sh("2026-11-09T14:30"),
          c.pausedAt(sh("2026-11-06T16:00")).resumedAt(sh("2026-11-06T20:00")).due().orElseThrow());
    }

    @Test
    void a_job_completed_while_paused_is_on_time() {
      // rule: SVC-11
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY),
          sh("2026-11-02T09:00")).pausedAt(sh("2026-11-02T16:00"));
      assertTrue(c.isMetBy(sh("2026-11-05T09:00")));
      assertEquals(Duration.ofMinutes(330), c.usedAt(sh("2026-11-05T09:00")));
      assertEquals(List.of(sh("2026-11-02T14:42"), sh("2026-11-02T15:54")), warningTimes(c));
      assertEquals(ServiceLevelStatus.AT_RISK, c.statusAt(sh("2026-11-05T09:00")), "70 % was passed before the pause");
    }

    @Test
    void an_unknown_zone_has_no_target() {
      // rule: SVC-11
      assertEquals(Optional.empty(), levels.targetFor(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE)));
    }

    @Test
    void an_adopter_overrides_a_default_by_adding_the_same_conditions_later() {
      // rule: SVC-11 — every number is a default
      ServiceLevels faster = ServiceLevels.seed(SeedServiceLevels.DISPATCH, OFFICE)
          .add(Applicability.any().inZone(ServiceZone.CITY),
              SeedServiceLevels.target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(5)))
          .build();
      assertEquals(Budget.workingHours(5), budgetOf(faster, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY)));
      assertEquals(Budget.workingHours(7), budgetOf(faster, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.SUBURB)));
    }

    @Test
    void contract_targets_win_then_more_specific_ones() {
      // rule: SVC-11
      ContractId vip = ContractId.of("HT-2026-001");
      ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.DISPATCH, OFFICE)
          .add(Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.A),
              SeedServiceLevels.target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(4)))
          .add(Applicability.any().forContract(vip),
              SeedServiceLevels.target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(2)))
          .add(Applicability.any().inZone(ServiceZone.CITY),
              SeedServiceLevels.target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(5)))
          .build();
      ServiceLevelKey.Builder city = ServiceLevelKey.builder().milestone(Milestone.ARRIVAL_ON_SITE).zone(ServiceZone.CITY);
      assertEquals(Budget.workingHours(2), budgetOf(levels, ServiceLevelKey.builder()
          .milestone(Milestone.ARRIVAL_ON_SITE).zone(ServiceZone.CITY).category(ServiceCategory.A).contract(vip).build()));
      assertEquals(Budget.workingHours(4), budgetOf(levels, ServiceLevelKey.builder()
          .milestone(Milestone.ARRIVAL_ON_SITE).zone(ServiceZone.CITY).category(ServiceCategory.A).build()));
      assertEquals(Budget.workingHours(5), budgetOf(levels, city.category(ServiceCategory.B).build()));
    }
  }

  static Budget budgetOf(ServiceLevels levels, ServiceLevelKey key) {
    return levels.targetFor(key).orElseThrow().rule() instanceof DeadlineRule.WithinBudget within
        ? within.budget() : null;
  }

  @Nested
  @DisplayName("SVC-12 emergency: arrival around the clock within 1/2/4/6 hours by zone")
  class Emergency {
    final ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.EMERGENCY, OFFICE).build();

    @Test
    void a_call_late_on_saturday_inside_ring_road_1_is_due_an_hour_later() {
      // rule: SVC-12
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.RING_ROAD_1),
          sh("2026-10-31T23:30"));
      assertEquals(sh("2026-11-01T00:30"), c.due().orElseThrow());
      assertEquals(List.of(sh("2026-11-01T00:12"), sh("2026-11-01T00:24")), warningTimes(c),
          "the 24×7 team is warned at night");
    }

    @Test
    void each_zone_has_its_own_limit() {
      // rule: SVC-12
      Instant call = sh("2026-11-02T20:00");
      assertEquals(call.plus(Duration.ofHours(2)), clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.RING_ROAD_2), call).due().orElseThrow());
      assertEquals(call.plus(Duration.ofHours(4)), clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.REST_OF_CITY), call).due().orElseThrow());
      assertEquals(call.plus(Duration.ofHours(6)), clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.NEIGHBOURING), call).due().orElseThrow());
    }

    @Test
    void farther_away_needs_a_contract_target() {
      // rule: SVC-12
      ContractId contract = ContractId.of("EM-7");
      ServiceLevelKey farther = ServiceLevelKey.builder().milestone(Milestone.ARRIVAL_ON_SITE)
          .zone(ServiceZone.FARTHER).contract(contract).build();
      assertEquals(Optional.empty(), levels.targetFor(farther));
      ServiceLevels withContract = ServiceLevels.seed(SeedServiceLevels.EMERGENCY, OFFICE)
          .add(Applicability.any().forContract(contract),
              SeedServiceLevels.target(RuleId.of("SVC-12"), Milestone.ARRIVAL_ON_SITE, Budget.elapsedHours(10)))
          .build();
      assertEquals(Budget.elapsedHours(10), budgetOf(withContract, farther));
    }
  }

  @Nested
  @DisplayName("SVC-13 reply within 24 hours; arrival at the time the customer asked for")
  class Machinery {
    final ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.MACHINERY_SERVICE, OFFICE).build();

    @Test
    void a_message_is_answered_within_24_hours_with_warnings_in_office_hours() {
      // rule: SVC-13
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.REPLY), sh("2026-11-02T10:00"));
      assertEquals(sh("2026-11-03T10:00"), c.due().orElseThrow());
      assertEquals(List.of(sh("2026-11-03T09:00"), sh("2026-11-03T09:00")), warningTimes(c),
          "70 % (02:48) and 90 % (07:36) fall at night and move to the next opening");
    }

    @Test
    void warnings_that_would_move_past_the_deadline_are_dropped() {
      // rule: SVC-13 — Friday 17:00 + 24 h is Saturday 17:00; the office opens again on Monday.
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.REPLY), sh("2026-11-06T17:00"));
      assertEquals(sh("2026-11-07T17:00"), c.due().orElseThrow());
      assertEquals(List.of(), c.warnings());
    }

    @Test
    void arrival_is_due_at_the_requested_time_and_has_no_deadline_without_one() {
      // rule: SVC-13
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE), sh("2026-11-02T10:00"));
      assertEquals(Optional.empty(), c.due());
      assertTrue(c.isMetBy(sh("2026-12-01T10:00")));
      ServiceLevelClock requested = c.withRequestedTime(sh("2026-11-02T20:00"));
      assertEquals(sh("2026-11-02T20:00"), requested.due().orElseThrow());
      assertEquals(List.of(sh("2026-11-02T17:00")), warningTimes(requested),
          "70 % of 10 h is 17:00, in office hours; 90 % (19:00) would move to Tuesday, after the deadline");
      assertFalse(requested.isMetBy(sh("2026-11-02T20:01")));
    }
  }

  @Nested
  @DisplayName("SVC-14 solved the same day, or at an explicit committed time")
  class SameDay {
    final ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.SAME_DAY_RESOLUTION, OFFICE).build();

    @Test
    void a_problem_raised_in_the_morning_is_due_at_closing_time() {
      // rule: SVC-14
      assertEquals(sh("2026-11-02T18:00"),
          clock(levels, ServiceLevelKey.of(Milestone.RESOLUTION), sh("2026-11-02T10:00")).due().orElseThrow());
    }

    @Test
    void a_problem_raised_after_hours_is_due_at_the_end_of_the_next_working_day() {
      // rule: SVC-14
      assertEquals(sh("2026-11-03T18:00"),
          clock(levels, ServiceLevelKey.of(Milestone.RESOLUTION), sh("2026-11-02T19:00")).due().orElseThrow());
      assertEquals(sh("2026-10-08T18:00"),
          clock(levels, ServiceLevelKey.of(Milestone.RESOLUTION), sh("2026-10-01T09:00")).due().orElseThrow(),
          "National Day holidays");
    }

    @Test
    void a_committed_time_replaces_the_end_of_the_day() {
      // rule: SVC-14
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.RESOLUTION), sh("2026-11-02T10:00"))
          .withCommittedTime(sh("2026-11-04T12:00"));
      assertEquals(sh("2026-11-04T12:00"), c.due().orElseThrow());
      assertEquals(Optional.of(sh("2026-11-04T12:00")), c.committedTime());
    }
  }

  @Nested
  @DisplayName("CMP-04, CMP-05, CMP-06 complaint procedure")
  class Complaints {
    final ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE).build();

    @Test
    void the_investigation_report_is_due_within_three_working_days() {
      // rule: CMP-04 — 3 × 7 h 30 = 22 h 30 of working time from Monday 10:00.
      assertEquals(sh("2026-11-05T10:00"),
          clock(levels, ServiceLevelKey.of(Milestone.INVESTIGATION_REPORT), sh("2026-11-02T10:00")).due().orElseThrow());
    }

    @Test
    void each_step_has_its_budget_of_working_days() {
      // rule: CMP-05
      Instant start = sh("2026-11-02T10:00");
      assertEquals(sh("2026-11-02T15:15"), clock(levels, ServiceLevelKey.of(Milestone.COMPLAINT_REGISTRATION), start).due().orElseThrow(),
          "half a day is 3 h 45 of working time");
      assertEquals(sh("2026-11-03T10:00"), clock(levels, ServiceLevelKey.of(Milestone.QA_ANALYSIS), start).due().orElseThrow());
      assertEquals(sh("2026-11-03T10:00"), clock(levels, ServiceLevelKey.of(Milestone.MANUFACTURING_COUNTERMEASURE), start).due().orElseThrow());
      assertEquals(sh("2026-11-03T10:00"), clock(levels, ServiceLevelKey.of(Milestone.RND_OPINION), start).due().orElseThrow());
      assertEquals(sh("2026-11-09T10:00"), clock(levels, ServiceLevelKey.of(Milestone.SALES_NEGOTIATION, ServiceZone.DOMESTIC), start).due().orElseThrow());
      assertEquals(sh("2026-11-18T10:00"), clock(levels, ServiceLevelKey.of(Milestone.SALES_NEGOTIATION, ServiceZone.OVERSEAS), start).due().orElseThrow());
      ServiceLevelClock synthesis = clock(levels, ServiceLevelKey.of(Milestone.GM_SYNTHESIS), start);
      assertEquals(sh("2026-11-02T15:15"), synthesis.due().orElseThrow(),
          "the routing form's half day for the synthesis");
      assertEquals(List.of(sh("2026-11-02T14:07:30"), sh("2026-11-02T14:52:30")), warningTimes(synthesis),
          "70 % and 90 % of 3 h 45: 2 h 37 30 and 3 h 22 30 of working time, across lunch");
    }

    @Test
    void a_case_is_closed_within_13_working_days_domestic_and_17_overseas() {
      // rule: CMP-06 — every office day here is 7 h 30, so n working days from Monday 10:00 end
      // at 10:00 on the n-th working day after it.
      Instant accepted = sh("2026-11-02T10:00");
      assertEquals(sh("2026-11-19T10:00"), clock(levels, ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.DOMESTIC), accepted).due().orElseThrow());
      ServiceLevelClock overseas = clock(levels, ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.OVERSEAS), accepted);
      assertEquals(sh("2026-11-25T10:00"), overseas.due().orElseThrow());
      assertEquals(ServiceLevelStatus.OVERDUE, overseas.statusAt(sh("2026-11-25T10:00:00.000000001")));
    }

    @Test
    void waiting_for_the_customer_extends_the_limit_by_the_working_time_of_the_pause() {
      // rule: CMP-06 — paused Thursday 12:00 to Saturday 12:00: 4 h 30 Thursday + 7 h 30 Friday
      // given back; Thursday 19 Nov 10:00 + 12 h of working time is Friday 20 Nov 16:00.
      ServiceLevelClock c = clock(levels, ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.DOMESTIC), sh("2026-11-02T10:00"))
          .pausedAt(sh("2026-11-05T12:00")).resumedAt(sh("2026-11-07T12:00"));
      assertEquals(sh("2026-11-20T16:00"), c.due().orElseThrow());
    }

    /** Runs the route's steps one after another, each using its whole budget. */
    Instant endOfRouteUsingEveryBudget(ServiceLevels route, ServiceZone zone, Instant accepted) {
      Instant t = accepted;
      for (Milestone step : SeedServiceLevels.COMPLAINT_STEPS) {
        t = route.startClock(ServiceLevelKey.of(step, zone), t).orElseThrow().due().orElseThrow();
      }
      return t;
    }

    @Test
    void a_route_using_every_step_budget_ends_before_the_closing_limit() {
      // rule: CMP-05, CMP-06 — ½ + 1 + 1 + 1 + 5 + ½ = 9 working days (domestic) ≤ 13;
      // ½ + 1 + 1 + 1 + 12 + ½ = 16 (overseas) ≤ 17.
      Instant accepted = sh("2026-11-02T10:00");
      assertEquals(sh("2026-11-13T10:00"), endOfRouteUsingEveryBudget(levels, ServiceZone.DOMESTIC, accepted),
          "9 working days after Monday 2 Nov 10:00");
      assertEquals(sh("2026-11-24T10:00"), endOfRouteUsingEveryBudget(levels, ServiceZone.OVERSEAS, accepted),
          "16 working days; the limit is Wednesday 25 Nov 10:00");
    }

    @Test
    void over_the_national_day_week_the_overseas_route_still_fits_its_limit() {
      // rule: CMP-05, CMP-06 — holidays 1–7 Oct, make-up Saturday 10 Oct. Accepted Wednesday
      // 30 Sep 10:00: registration 30 Sep 15:15, QA 8 Oct, manufacturing 9 Oct, R&D Saturday
      // 10 Oct, sales 27 Oct (all 15:15), synthesis 28 Oct 10:00; the limit, 17 working days,
      // is 29 Oct 10:00. Counted in calendar days it would have been 17 Oct: 11 days too early.
      Instant accepted = sh("2026-09-30T10:00");
      assertEquals(sh("2026-10-28T10:00"), endOfRouteUsingEveryBudget(levels, ServiceZone.OVERSEAS, accepted));
      assertEquals(sh("2026-10-29T10:00"), clock(levels,
          ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE, ServiceZone.OVERSEAS), accepted).due().orElseThrow());
    }

    ServiceLevelTarget negotiation(long days) {
      return SeedServiceLevels.target(RuleId.of("CMP-05"), Milestone.SALES_NEGOTIATION, Budget.workingDays(days));
    }

    @Test
    void a_route_that_exactly_fills_its_limit_is_accepted_and_one_that_exceeds_it_is_refused() {
      // rule: CMP-05, CMP-06 — overseas negotiation 13 days: 17 = 17; 14 days: 18 > 17.
      ServiceLevels exact = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE)
          .add(Applicability.any().inZone(ServiceZone.OVERSEAS), negotiation(13)).build();
      assertEquals(Budget.workingDays(13), budgetOf(exact, ServiceLevelKey.of(Milestone.SALES_NEGOTIATION, ServiceZone.OVERSEAS)));
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE)
              .add(Applicability.any().inZone(ServiceZone.OVERSEAS), negotiation(14)).build());
      assertEquals(1, e.violations().size(), "only the overseas route is too long");
      assertEquals("route CMP-06 (zone OVERSEAS)", e.violations().get(0).path());
      // Conditions of entries off the route (here a category for arrival on site) are not tried.
      InvalidInputException withOthers = assertThrows(InvalidInputException.class,
          () -> ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE)
              .add(Applicability.any().forCategory(ServiceCategory.A),
                  SeedServiceLevels.target(SVC_11, Milestone.ARRIVAL_ON_SITE, Budget.workingHours(4)))
              .add(Applicability.any().inZone(ServiceZone.OVERSEAS), negotiation(14)).build());
      assertEquals(List.of("route CMP-06 (zone OVERSEAS)"),
          withOthers.violations().stream().map(v -> v.path()).toList());
      assertEquals("18 working days", e.violations().get(0).rejectedValue().orElseThrow(),
          "½ + 1 + 1 + 1 + 14 + ½");
      assertTrue(e.violations().get(0).message().english().contains("overall limit 17 working days"));
    }

    @Test
    void a_one_day_synthesis_as_clause_9_6_allows_still_fits() {
      // rule: CMP-05 — PCB §9.6 "一日内": 9.5 ≤ 13 and 16.5 ≤ 17.
      ServiceLevels oneDay = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE)
          .add(SeedServiceLevels.target(RuleId.of("CMP-05"), Milestone.GM_SYNTHESIS, Budget.workingDays(1)))
          .build();
      assertEquals(Budget.workingDays(1), budgetOf(oneDay, ServiceLevelKey.of(Milestone.GM_SYNTHESIS)));
    }

    @Test
    void a_limit_in_calendar_days_over_steps_in_working_days_is_refused() {
      // rule: CMP-05, CMP-06 — whether 9 working days fit 13 calendar days depends on the holidays.
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE)
              .add(Applicability.any().inZone(ServiceZone.DOMESTIC), SeedServiceLevels.target(
                  RuleId.of("CMP-06"), Milestone.COMPLAINT_CLOSURE, Budget.calendarDays(13)))
              .build());
      assertEquals(List.of("route CMP-06 (zone DOMESTIC)"),
          e.violations().stream().map(v -> v.path()).toList());
      assertTrue(e.violations().get(0).message().english().startsWith("the steps and the overall limit"));
    }

    @Test
    void calendar_days_keep_the_local_time_across_daylight_saving() {
      // rule: CMP-06 — an adopter's limit in calendar days (no route declared): 13 days from
      // 25 Oct 10:00 EDT is 7 Nov 10:00 EST, 13 × 24 h + 1 h.
      ServiceLevels ny = ServiceLevels.builder(Calendars.newYorkOffice())
          .add(SeedServiceLevels.target(RuleId.of("CMP-06"), Milestone.COMPLAINT_CLOSURE, Budget.calendarDays(13)))
          .build();
      Instant accepted = WorkingCalendarTest.at(Calendars.NEW_YORK, "2026-10-25T10:00");
      Instant due = clock(ny, ServiceLevelKey.of(Milestone.COMPLAINT_CLOSURE), accepted).due().orElseThrow();
      assertEquals(WorkingCalendarTest.at(Calendars.NEW_YORK, "2026-11-07T10:00"), due);
      assertEquals(Duration.ofHours(13 * 24 + 1), Duration.between(accepted, due));
    }
  }

  @Nested
  @DisplayName("CMP-05, CMP-06 routes: steps inside an overall limit, checked when configured")
  class Routes {

    final RuleId cmp06 = RuleId.of("CMP-06");

    ServiceLevelTarget t(Milestone m, Budget b) {
      return SeedServiceLevels.target(cmp06, m, b);
    }

    InvalidInputException refused(ServiceLevels.Builder b) {
      return assertThrows(InvalidInputException.class, b::build);
    }

    ServiceLevels.Builder twoSteps(Budget first, Budget second, Budget limit) {
      return ServiceLevels.builder(OFFICE)
          .add(t(Milestone.QA_ANALYSIS, first)).add(t(Milestone.RND_OPINION, second))
          .add(t(Milestone.COMPLAINT_CLOSURE, limit))
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, List.of(Milestone.QA_ANALYSIS, Milestone.RND_OPINION));
    }

    @Test
    void a_route_needs_steps_each_once_and_apart_from_its_limit() {
      // rule: CMP-05
      for (List<Milestone> steps : List.of(List.<Milestone>of(),
          List.of(Milestone.QA_ANALYSIS, Milestone.QA_ANALYSIS),
          List.of(Milestone.QA_ANALYSIS, Milestone.COMPLAINT_CLOSURE))) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ServiceLevels.builder(OFFICE).route(cmp06, Milestone.COMPLAINT_CLOSURE, steps));
        assertEquals("route CMP-06", e.violations().get(0).path(), steps.toString());
      }
    }

    @Test
    void the_seed_declares_its_route_and_the_policy_its_calendar() {
      // rule: CMP-05, CMP-06
      ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, OFFICE).build();
      assertEquals(List.of(new ServiceLevels.Route(cmp06, SeedServiceLevels.COMPLAINT_STEPS,
          Milestone.COMPLAINT_CLOSURE)), levels.routes());
      assertTrue(OFFICE == levels.calendar());
      assertTrue(OFFICE == levels.calendarFor(levels.entries().get(0).target()));
      assertEquals(List.of(), ServiceLevels.seed(SeedServiceLevels.DISPATCH, OFFICE).build().routes());
    }

    @Test
    void elapsed_and_calendar_day_routes_are_compared_in_their_own_measure() {
      // rule: CMP-06 — 2 h + 3 h fit 5 h but not 4 h; 2 + 2 calendar days do not fit 3.
      assertEquals(1, twoSteps(Budget.elapsedHours(2), Budget.elapsedHours(3), Budget.elapsedHours(5))
          .build().routes().size());
      InvalidInputException hours = refused(
          twoSteps(Budget.elapsedHours(2), Budget.elapsedHours(3), Budget.elapsedHours(4)));
      assertEquals("5h elapsed", hours.violations().get(0).rejectedValue().orElseThrow());
      assertEquals("route CMP-06", hours.violations().get(0).path());
      InvalidInputException days = refused(
          twoSteps(Budget.calendarDays(2), Budget.calendarDays(2), Budget.calendarDays(3)));
      assertEquals("4 calendar days", days.violations().get(0).rejectedValue().orElseThrow());
      assertEquals(1, twoSteps(Budget.calendarDays(2), Budget.calendarDays(1), Budget.calendarDays(3))
          .build().routes().size());
    }

    @Test
    void working_hours_and_working_days_are_one_measure() {
      // rule: CMP-05 — 4 h + 1 day of 7 h 30 = 11 h 30: more than 1.5 days (11 h 15), within 2.
      InvalidInputException e = refused(twoSteps(Budget.workingHours(4), Budget.workingDays(1),
          Budget.workingDays(new BigDecimal("1.5"))));
      assertEquals("11h30m working time", e.violations().get(0).rejectedValue().orElseThrow());
      assertEquals(1, twoSteps(Budget.workingHours(4), Budget.workingDays(1), Budget.workingDays(2))
          .build().routes().size());
    }

    @Test
    void a_limit_that_is_not_a_budget_cannot_hold_a_route() {
      // rule: CMP-06
      InvalidInputException e = refused(ServiceLevels.builder(OFFICE)
          .add(t(Milestone.QA_ANALYSIS, Budget.workingHours(2)))
          .add(ServiceLevelTarget.builder().ruleId(cmp06).milestone(Milestone.COMPLAINT_CLOSURE)
              .rule(new DeadlineRule.ByEndOfWorkingDay()).build())
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, List.of(Milestone.QA_ANALYSIS)));
      assertEquals("QA_ANALYSIS 2h working time / COMPLAINT_CLOSURE ByEndOfWorkingDay[]",
          e.violations().get(0).rejectedValue().orElseThrow());
    }

    @Test
    void every_category_and_contract_the_entries_name_is_tried() {
      // rule: CMP-05 — category A registers in 3 days, more than the 2-day limit; a contract
      // gives its cases 5 days, so category A under that contract fits.
      ContractId ht = ContractId.of("HT-9");
      InvalidInputException e = refused(ServiceLevels.builder(OFFICE)
          .add(t(Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(1)))
          .add(Applicability.any().forCategory(ServiceCategory.A),
              t(Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(3)))
          .add(t(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(2)))
          .add(Applicability.any().forContract(ht), t(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(5)))
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, List.of(Milestone.COMPLAINT_REGISTRATION)));
      assertEquals(List.of("route CMP-06 (category A)"),
          e.violations().stream().map(v -> v.path()).toList());
      // A condition named only by the limit's entries is tried too: a contract with a 1-day limit.
      InvalidInputException shorter = refused(ServiceLevels.builder(OFFICE)
          .add(t(Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(new BigDecimal("1.5"))))
          .add(t(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(2)))
          .add(Applicability.any().forContract(ht), t(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(1)))
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, List.of(Milestone.COMPLAINT_REGISTRATION)));
      assertEquals(List.of("route CMP-06 (contract HT-9)"),
          shorter.violations().stream().map(v -> v.path()).toList());
      InvalidInputException both = refused(ServiceLevels.builder(OFFICE)
          .add(Applicability.any().forCategory(ServiceCategory.B).inZone(ServiceZone.OVERSEAS).forContract(ht),
              t(Milestone.COMPLAINT_REGISTRATION, Budget.workingDays(3)))
          .add(t(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(2)))
          .route(cmp06, Milestone.COMPLAINT_CLOSURE, List.of(Milestone.COMPLAINT_REGISTRATION)));
      assertEquals(List.of("route CMP-06 (category B, zone OVERSEAS, contract HT-9)"),
          both.violations().stream().map(v -> v.path()).toList());
    }
  }

  @Test
  void pauses_must_be_in_order_and_clocks_refuse_nonsense() {
    ServiceLevels levels = ServiceLevels.seed(SeedServiceLevels.DISPATCH, OFFICE).build();
    ServiceLevelTarget target = levels.targetFor(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY)).orElseThrow();
    Instant start = sh("2026-11-02T10:00");
    assertThrows(InvalidInputException.class, () -> levels.restoreClock(target, start,
        List.of(Pause.between(sh("2026-11-02T09:00"), sh("2026-11-02T11:00")))));
    assertThrows(InvalidInputException.class, () -> levels.restoreClock(target, start, List.of(
        Pause.between(sh("2026-11-02T11:00"), sh("2026-11-02T14:00")),
        Pause.between(sh("2026-11-02T13:00"), sh("2026-11-02T15:00")))));
    assertThrows(InvalidInputException.class, () -> levels.restoreClock(target, start, List.of(
        Pause.openSince(sh("2026-11-02T11:00")), Pause.between(sh("2026-11-02T13:00"), sh("2026-11-02T15:00")))));
    ServiceLevelClock c = levels.startClock(target, start);
    assertThrows(InvalidInputException.class, () -> c.resumedAt(sh("2026-11-02T11:00")));
    assertThrows(InvalidInputException.class, () -> c.pausedAt(sh("2026-11-02T11:00")).pausedAt(sh("2026-11-02T12:00")));
    assertThrows(InvalidInputException.class, () -> c.pausedAt(sh("2026-11-02T09:00")));
    assertThrows(InvalidInputException.class, () -> c.pausedAt(sh("2026-11-02T11:00")).resumedAt(sh("2026-11-02T10:30")));
    List<Pause> oneHour = List.of(Pause.between(sh("2026-11-02T11:00"), sh("2026-11-02T12:00")));
    ServiceLevelClock live = c.pausedAt(sh("2026-11-02T11:00")).resumedAt(sh("2026-11-02T12:00"));
    assertEquals(oneHour, live.pauses());
    assertEquals(live, levels.restoreClock(target, start, oneHour), "a restored clock equals the live one");
    // 6 working hours from Monday 10:00 with 11:00–12:00 paused: 10–11, 13:30–18:00, Tuesday 9:00–9:30.
    assertEquals(sh("2026-11-03T09:30"), levels.restoreClock(target, start, oneHour).due().orElseThrow());
  }
}
