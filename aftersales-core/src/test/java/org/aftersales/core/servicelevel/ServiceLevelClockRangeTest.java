package org.aftersales.core.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.SupportedTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A service-level clock refuses instants outside the supported range and budgets that would end
 * after it — before any arithmetic could overflow — and counts calendar-day and elapsed budgets
 * exactly everywhere inside it, across daylight-saving changes.
 *
 * <p>// rule: SVC-12, SVC-13 (elapsed and calendar-day deadlines), CMP-06 (13/17 calendar days) —
 * reliability (issue 9, item 3).
 */
@Tag("reliability")
@Tag("SVC-12")
@Tag("SVC-13")
@Tag("CMP-06")
class ServiceLevelClockRangeTest {

  static final Instant IN_RANGE = Instant.parse("2026-11-02T01:00:00Z");
  static final Instant TYPO = Instant.parse("0026-11-02T01:00:00Z");

  static ServiceLevelTarget target(Budget budget) {
    return ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-12"))
        .milestone(Milestone.ARRIVAL_ON_SITE).rule(DeadlineRule.within(budget))
        .addWarningFractions(new BigDecimal("0.5")).warningsInWorkingTime(false).build();
  }

  /** A calendar in {@code zone}; calendar-day and elapsed budgets read only its zone. */
  static BusinessCalendar zoneOnly(ZoneId zone) {
    return new BusinessCalendar() {
      @Override
      public ZoneId zone() {
        return zone;
      }

      @Override
      public boolean isWorkingTime(Instant instant) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant nextWorkingMoment(Instant instant) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant endOfWorkingDay(Instant instant) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant addWorkingTime(Instant start, Duration workingTime) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Duration workingTimeBetween(Instant from, Instant to) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Duration workingDayLength() {
        return Duration.ofHours(24);
      }
    };
  }

  static final BusinessCalendar SHANGHAI = zoneOnly(ZoneId.of("Asia/Shanghai"));

  /** Around the clock in UTC, with a working day of {@code dayLength}: working time is elapsed. */
  static BusinessCalendar aroundTheClock(Duration dayLength) {
    return new BusinessCalendar() {
      @Override
      public ZoneId zone() {
        return ZoneId.of("UTC");
      }

      @Override
      public boolean isWorkingTime(Instant instant) {
        return true;
      }

      @Override
      public Instant nextWorkingMoment(Instant instant) {
        return instant;
      }

      @Override
      public Instant endOfWorkingDay(Instant instant) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant addWorkingTime(Instant start, Duration workingTime) {
        return start.plus(workingTime);
      }

      @Override
      public Duration workingTimeBetween(Instant from, Instant to) {
        return Duration.between(from, to);
      }

      @Override
      public Duration workingDayLength() {
        return dayLength;
      }
    };
  }

  static String refusal(Runnable call) {
    return assertThrows(InvalidInputException.class, call::run).violations().get(0).path();
  }

  @Test
  void a_start_typed_in_the_year_0026_is_refused_in_both_languages() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ServiceLevelClock.of(target(Budget.calendarDays(13)), SHANGHAI, TYPO));
    assertEquals("start: lies outside the supported range 1899-12-31T06:00:00Z to"
        + " 2301-01-01T17:59:59.999999999Z (rejected value: \"0026-11-02T01:00:00Z\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertEquals("start：超出支持的范围 1899-12-31T06:00:00Z 至 2301-01-01T17:59:59.999999999Z"
        + "（被拒绝的值：“0026-11-02T01:00:00Z”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void pauses_requested_and_committed_times_and_queries_outside_the_range_are_refused() {
    ServiceLevelClock clock = ServiceLevelClock.of(target(Budget.elapsedHours(4)), SHANGHAI,
        IN_RANGE);
    Instant far = Instant.parse("9999-01-01T00:00:00Z");
    assertEquals("pauses[0]", refusal(() -> ServiceLevelClock.of(target(Budget.elapsedHours(4)),
        SHANGHAI, IN_RANGE, List.of(Pause.between(IN_RANGE, far)))));
    assertEquals("pauses[0]", refusal(() -> ServiceLevelClock.of(target(Budget.elapsedHours(4)),
        SHANGHAI, IN_RANGE, List.of(Pause.openSince(far)))));
    assertEquals("pause", refusal(() -> clock.pausedAt(far)));
    assertEquals("resume", refusal(() -> clock.pausedAt(IN_RANGE).resumedAt(far)));
    assertEquals("requestedTime", refusal(() -> clock.withRequestedTime(Instant.MAX)));
    assertEquals("committedTime", refusal(() -> clock.withCommittedTime(TYPO)));
    assertEquals("at", refusal(() -> clock.usedAt(Instant.MIN)));
  }

  @Test
  void budgets_that_would_end_after_2300_are_refused_before_any_overflow() {
    // 31 days after this start is 2301-01-01T00:00Z, still inside (the last supported instant is
    // 2301-01-01T17:59:59.999999999Z); 32 days is not.
    Instant late = Instant.parse("2300-12-01T00:00:00Z");
    assertEquals(Instant.parse("2301-01-01T00:00:00Z"), ServiceLevelClock.of(
        target(Budget.calendarDays(31)), SHANGHAI, late).due().orElseThrow());
    for (Budget budget : List.of(Budget.calendarDays(32), Budget.calendarDays(Long.MAX_VALUE),
        Budget.calendarDays(new BigDecimal("1E+30")), Budget.elapsedHours(24 * 32),
        Budget.elapsed(Duration.ofSeconds(Long.MAX_VALUE)),
        Budget.workingDays(new BigDecimal("1E+30")))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> ServiceLevelClock.of(target(budget), SHANGHAI, late), budget.toString());
      assertEquals("budget", e.violations().get(0).path(), budget.toString());
      assertEquals("core.supportedTime.resultOutside", e.violations().get(0).message().key());
    }
  }

  @Test
  void the_last_supported_instant_is_a_valid_due_instant_and_one_nanosecond_more_is_not() {
    Instant start = Instant.parse("2301-01-01T17:00:00Z");
    Duration toTheEnd = Duration.between(start, SupportedTime.LAST_INSTANT);
    assertEquals(SupportedTime.LAST_INSTANT, ServiceLevelClock.of(
        target(Budget.elapsed(toTheEnd)), SHANGHAI, start).due().orElseThrow());
    assertEquals("budget", refusal(() -> ServiceLevelClock.of(
        target(Budget.elapsed(toTheEnd.plusNanos(1))), SHANGHAI, start)));
    assertEquals(SupportedTime.FIRST_INSTANT, ServiceLevelClock.of(
        target(Budget.elapsedHours(0)), SHANGHAI, SupportedTime.FIRST_INSTANT).due().orElseThrow());
    // The whole range as one budget, from its first instant: due at its last.
    Duration span = Duration.between(SupportedTime.FIRST_INSTANT, SupportedTime.LAST_INSTANT);
    assertEquals(SupportedTime.LAST_INSTANT, ServiceLevelClock.of(target(Budget.elapsed(span)),
        SHANGHAI, SupportedTime.FIRST_INSTANT).due().orElseThrow());
    assertEquals("budget", refusal(() -> ServiceLevelClock.of(
        target(Budget.elapsed(span.plusNanos(1))), SHANGHAI, SupportedTime.FIRST_INSTANT)));
  }

  @Test
  void a_working_day_budget_as_long_as_the_whole_range_is_due_at_its_last_instant() {
    // One working day that lasts the whole range, from its first instant: exactly the last
    // supported instant; a working day one second longer is refused before the calendar is asked.
    Duration span = Duration.between(SupportedTime.FIRST_INSTANT, SupportedTime.LAST_INSTANT);
    assertEquals(SupportedTime.LAST_INSTANT, ServiceLevelClock.of(target(Budget.workingDays(1)),
        aroundTheClock(span), SupportedTime.FIRST_INSTANT).due().orElseThrow());
    assertEquals("budget", refusal(() -> ServiceLevelClock.of(target(Budget.workingDays(1)),
        aroundTheClock(span.plusSeconds(1)), SupportedTime.FIRST_INSTANT)));
  }

  @Provide
  Arbitrary<Instant> starts() {
    return Combinators.combine(
            Arbitraries.longs().between(SupportedTime.FIRST_INSTANT.getEpochSecond(),
                SupportedTime.LAST_INSTANT.getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Asia/Shanghai", "Europe/Berlin", "America/New_York").map(ZoneId::of);
  }

  @Property(tries = 500)
  void calendar_days_anywhere_in_the_range_end_at_the_same_local_time_that_many_days_later(
      @ForAll("zones") ZoneId zone, @ForAll("starts") Instant start,
      @ForAll @LongRange(min = 1, max = 60) long days) {
    // rule: CMP-06 — the reference is ZonedDateTime.plusDays in the zone, as the Budget specifies.
    Instant expected = start.atZone(zone).plusDays(days).toInstant();
    BusinessCalendar calendar = zoneOnly(zone);
    if (SupportedTime.contains(expected)) {
      ServiceLevelClock clock = ServiceLevelClock.of(target(Budget.calendarDays(days)), calendar,
          start);
      assertEquals(expected, clock.due().orElseThrow());
      // The warning at half of the allowed elapsed time, rounded down to the nanosecond.
      Duration half = Duration.between(start, expected).dividedBy(2);
      assertEquals(start.plus(half), clock.warnings().get(0).at());
    } else {
      assertEquals("budget", refusal(() -> ServiceLevelClock.of(
          target(Budget.calendarDays(days)), calendar, start)));
    }
  }

  @Property(tries = 300)
  void an_elapsed_budget_of_up_to_four_centuries_is_exact_or_refused(@ForAll("starts") Instant start,
      @ForAll @LongRange(min = 0, max = 146_500L * 86_400) long seconds) {
    // rule: SVC-12 — more than 292 years has no long of nanoseconds; the clock must not care.
    Duration budget = Duration.ofSeconds(seconds);
    Instant expected = start.plus(budget);
    if (SupportedTime.contains(expected)) {
      assertEquals(expected, ServiceLevelClock.of(target(Budget.elapsed(budget)), SHANGHAI, start)
          .due().orElseThrow());
    } else {
      assertEquals("budget", refusal(() -> ServiceLevelClock.of(target(Budget.elapsed(budget)),
          SHANGHAI, start)));
    }
  }
}
