package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.Warning;
import org.aftersales.core.shared.RuleId;

/**
 * Invariants of deadline arithmetic over all starts and budgets, on calendars with lunch breaks,
 * holidays and make-up days (Shanghai), daylight saving (New York), night shifts and 24×7.
 *
 * <p>// rule: SVC-11, SVC-12, SVC-13, SVC-14, CMP-04, CMP-05, CMP-06
 */
class DeadlineProperties {

  static final List<WorkingCalendar> CALENDARS = List.of(
      Calendars.shanghaiOffice(),
      Calendars.newYorkOffice(),
      WorkingCalendar.builder(Calendars.NEW_YORK)
          .weekly(WeeklySchedule.builder()
              .from(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY, WorkingHours.parse("22:00-06:00"))
              .on(DayOfWeek.SATURDAY, WorkingHours.parse("01:30-02:30"), WorkingHours.parse("10:00-10:00"))
              .build())
          .holidays(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "")
          .build(),
      WorkingCalendar.twentyFourSeven(Calendars.SHANGHAI),
      // A tiny index, so that most queries take the walk outside it.
      WorkingCalendar.builder(Calendars.SHANGHAI).weekly(Calendars.OFFICE)
          .indexRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)).build());

  static final long FROM = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
  static final long TO = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return Arbitraries.of(CALENDARS);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(FROM, TO);
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    // Also whole minutes, which hit opening and closing times exactly.
    Arbitrary<Instant> minutes = Arbitraries.longs().between(FROM / 60, TO / 60).map(m -> Instant.ofEpochSecond(m * 60));
    return Arbitraries.oneOf(Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond), minutes);
  }

  @Provide
  Arbitrary<Duration> budgets() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 300 * 60).map(Duration::ofMinutes),
        Arbitraries.longs().between(0, 300L * 3600 * 1_000_000_000L).map(Duration::ofNanos),
        Arbitraries.of(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(450), Duration.ofHours(2000)));
  }

  @Property(tries = 500)
  void the_due_instant_is_never_before_the_start(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant start, @ForAll("budgets") Duration budget) {
    assertFalse(c.addWorkingTime(start, budget).isBefore(start));
  }

  @Property(tries = 500)
  void the_working_time_between_start_and_due_is_the_budget(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant start, @ForAll("budgets") Duration budget) {
    assertEquals(budget, c.workingTimeBetween(start, c.addWorkingTime(start, budget)));
  }

  @Property(tries = 500)
  void the_due_instant_is_the_earliest_with_that_working_time(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant start, @ForAll("budgets") Duration budget) {
    Instant due = c.addWorkingTime(start, budget);
    if (budget.isZero()) {
      assertEquals(start, due, "adding nothing gives the start itself");
    } else {
      assertTrue(c.workingTimeBetween(start, due.minusNanos(1)).compareTo(budget) < 0);
      assertTrue(c.isWorkingTime(due.minusNanos(1)), "the last nanosecond before the due instant is worked");
    }
  }

  @Property(tries = 500)
  void adding_a_then_b_equals_adding_a_plus_b(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant start, @ForAll("budgets") Duration a, @ForAll("budgets") Duration b) {
    assertEquals(c.addWorkingTime(start, a.plus(b)), c.addWorkingTime(c.addWorkingTime(start, a), b));
  }

  @Property(tries = 500)
  void the_due_instant_is_monotonic_in_start_and_in_budget(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant s1, @ForAll("instants") Instant s2,
      @ForAll("budgets") Duration d1, @ForAll("budgets") Duration d2) {
    Instant early = s1.isBefore(s2) ? s1 : s2;
    Instant late = s1.isBefore(s2) ? s2 : s1;
    Duration small = d1.compareTo(d2) < 0 ? d1 : d2;
    Duration large = d1.compareTo(d2) < 0 ? d2 : d1;
    assertFalse(c.addWorkingTime(early, small).isAfter(c.addWorkingTime(late, small)));
    assertFalse(c.addWorkingTime(early, small).isAfter(c.addWorkingTime(early, large)));
  }

  @Property(tries = 500)
  void working_time_between_is_additive_and_antisymmetric(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant m) {
    assertEquals(c.workingTimeBetween(a, b), c.workingTimeBetween(a, m).plus(c.workingTimeBetween(m, b)));
    assertEquals(c.workingTimeBetween(a, b), c.workingTimeBetween(b, a).negated());
    Duration w = c.workingTimeBetween(a, b);
    assertTrue(w.abs().compareTo(Duration.between(a, b).abs()) <= 0, "never more than the elapsed time");
  }

  @Property(tries = 300)
  void the_next_working_moment_is_working_time_with_none_before_it(@ForAll("calendars") WorkingCalendar c,
      @ForAll("instants") Instant t) {
    Instant next = c.nextWorkingMoment(t);
    assertFalse(next.isBefore(t));
    assertTrue(c.isWorkingTime(next));
    assertEquals(Duration.ZERO, c.workingTimeBetween(t, next));
    assertTrue(c.endOfWorkingDay(t).isAfter(t));
  }

  @Provide
  Arbitrary<List<Pause>> pauses() {
    return Arbitraries.longs().between(0, 400_000).list().ofMaxSize(8).map(gaps -> {
      List<Pause> result = new ArrayList<>();
      Instant t = Instant.ofEpochSecond(FROM);
      for (int i = 0; i + 1 < gaps.size(); i += 2) {
        Instant s = t.plusSeconds(gaps.get(i));
        Instant e = s.plusSeconds(gaps.get(i + 1));
        result.add(Pause.between(s, e));
        t = e;
      }
      return result;
    });
  }

  @Provide
  Arbitrary<Budget> anyBudget() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 200).map(Budget::workingHours),
        Arbitraries.integers().between(0, 40).map(halves -> Budget.workingDays(BigDecimal.valueOf(halves * 5L, 1))),
        Arbitraries.longs().between(0, 30).map(Budget::calendarDays),
        Arbitraries.longs().between(0, 200).map(Budget::elapsedHours));
  }

  @Property(tries = 300)
  void a_pause_never_makes_a_deadline_earlier(@ForAll("calendars") WorkingCalendar c,
      @ForAll("anyBudget") Budget budget, @ForAll("pauses") List<Pause> pauses) {
    ServiceLevelTarget target = SeedServiceLevels.target(RuleId.of("SVC-11"), Milestone.ARRIVAL_ON_SITE, budget);
    ServiceLevels levels = ServiceLevels.builder(c).add(target).build();
    Instant start = Instant.ofEpochSecond(FROM);
    ServiceLevelClock plain = levels.startClock(target, start);
    ServiceLevelClock paused = levels.restoreClock(target, start, pauses);
    Instant plainDue = plain.due().orElseThrow();
    Instant pausedDue = paused.due().orElseThrow();
    assertFalse(pausedDue.isBefore(plainDue));
    assertTrue(paused.isMetBy(pausedDue));
    assertFalse(paused.isMetBy(pausedDue.plusNanos(1)));
    Instant previous = start;
    for (Warning w : paused.warnings()) {
      assertFalse(w.at().isBefore(previous));
      assertFalse(w.at().isAfter(pausedDue));
      previous = w.at();
    }
  }

  /**
   * The amount a budget allows, written from {@link Budget}'s definition of its units: working
   * days times the calendar's working-day length, calendar days to the same local time that many
   * days later (whole days only here).
   */
  static Duration allowed(Budget budget, WorkingCalendar c, Instant start) {
    return switch (budget.unit()) {
      case WORKING_TIME, ELAPSED_TIME -> budget.duration().orElseThrow();
      case WORKING_DAYS -> Duration.ofNanos(budget.days().orElseThrow()
          .multiply(BigDecimal.valueOf(c.workingDayLength().toNanos())).longValueExact());
      case CALENDAR_DAYS -> Duration.between(start, start.atZone(c.zone())
          .plusDays(budget.days().orElseThrow().longValueExact()).toInstant());
    };
  }

  @Property(tries = 300)
  void the_budget_is_exactly_used_up_at_the_due_instant(@ForAll("calendars") WorkingCalendar c,
      @ForAll("anyBudget") Budget budget, @ForAll("pauses") List<Pause> pauses) {
    ServiceLevelTarget target = SeedServiceLevels.target(RuleId.of("CMP-05"), Milestone.QA_ANALYSIS, budget);
    ServiceLevelClock clock = ServiceLevels.builder(c).add(target).build()
        .restoreClock(target, Instant.ofEpochSecond(FROM), pauses);
    Instant due = clock.due().orElseThrow();
    assertEquals(allowed(budget, c, clock.start()), clock.usedAt(due));
    if (!budget.isZero()) {
      assertTrue(clock.usedAt(due.minusNanos(1)).compareTo(clock.usedAt(due)) < 0,
          "the budget is not used up a nanosecond earlier");
    }
  }
}
