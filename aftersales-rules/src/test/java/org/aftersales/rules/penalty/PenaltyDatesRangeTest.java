package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.MAR;
import static org.aftersales.rules.penalty.DeductionFixtures.assessed;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.none;
import static org.aftersales.rules.penalty.DeductionFixtures.wangsAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Settlement months and violation instants outside the supported range 1900..2300 are refused
 * with the library's bilingual error, never settled or turned into a JDK exception.
 *
 * <p>// rule: PEN-08 (monthly settlement), PEN-11 (fines by the hour) — reliability (issue 9).
 */
@Tag("reliability")
@Tag("PEN-08")
@Tag("PEN-11")
class PenaltyDatesRangeTest {

  static final CappedDeduction POLICY = CappedDeduction.seed();

  @Test
  void a_settlement_month_typed_as_0026_is_refused_with_the_other_problems() {
    // rule: PEN-08
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> POLICY.settleMonth(wangsAccount(), YearMonth.of(26, 3), cny("3000.00"),
            List.of(assessed("2603-01", "100.00", YearMonth.of(25, 1)))));
    assertEquals(List.of("month", "newAssessments[0].month"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals("lies outside the supported range 1900-01 to 2300-12",
        e.violations().get(0).message().render(Locale.ENGLISH));
    assertEquals("超出支持的范围 1900-01 至 2300-12",
        e.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("0026-03", e.violations().get(0).rejectedValue().orElseThrow());
  }

  @Test
  void the_first_and_last_supported_months_are_settled() {
    // rule: PEN-08
    assertEquals(YearMonth.of(1900, 1), POLICY.settleMonth(wangsAccount(), YearMonth.of(1900, 1),
        cny("3000.00"), none()).account().lastSettled().orElseThrow());
    assertEquals(YearMonth.of(2300, 12), POLICY.settleMonth(wangsAccount(),
        YearMonth.of(2300, 12), cny("3000.00"), none()).account().lastSettled().orElseThrow());
    assertEquals("month", assertThrows(InvalidInputException.class,
        () -> POLICY.settleDeparture(wangsAccount(), YearMonth.of(2301, 1), cny("3000.00"),
            none())).violations().get(0).path());
    assertEquals(MAR, POLICY.settleMonth(wangsAccount(), MAR, cny("3000.00"), none())
        .account().lastSettled().orElseThrow());
  }

  @Test
  void a_violation_instant_outside_the_range_is_refused_not_a_jdk_exception() {
    // rule: PEN-11 — Instant.MAX has no local time; before, atZone threw DateTimeException.
    FineSchedule seed = FineSchedule.seed(DeductionFixtures.CNY, ZoneId.of("Asia/Shanghai"));
    for (Instant outside : List.of(Instant.MAX, Instant.MIN,
        Instant.parse("0026-11-02T01:00:00Z"))) {
      assertEquals("when", assertThrows(InvalidInputException.class,
          () -> seed.finedAt(FineKind.PHONE_OFF, outside)).violations().get(0).path());
      FineCase atThatInstant = FineScheduleTest.fineCase(outside, FineScheduleTest.GROUP,
          FineKind.PHONE_OFF, 1, DeductionFixtures.WANG, 1, Set.of()).build();
      assertEquals("occurredAt", assertThrows(InvalidInputException.class,
          () -> seed.decide(atThatInstant)).violations().get(0).path());
    }
  }
}
