package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.assertViolation;
import static org.aftersales.rules.penalty.AllocationFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.aftersales.core.penalty.LossAssessment;
import org.aftersales.core.penalty.LossBasis;
import org.aftersales.core.penalty.LossBasisPolicy;
import org.aftersales.core.penalty.LossFacts;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The loss basis of PEN-01: a resale window of one calendar month from the decision; resold within
 * it, the A-grade price loss; otherwise, once it has passed, the actual loss. Runs under two JVM
 * defaults (tag jvm-defaults): dates are business dates and must not move with the default zone.
 *
 * <p>// rule: PEN-01
 */
@Tag("jvm-defaults")
class ResaleWindowLossBasisTest {

  static final LossBasisPolicy SEED = ResaleWindowLossBasis.seed();
  static final LocalDate DECIDED = LocalDate.of(2026, 11, 18);
  static final LocalDate WINDOW_END = LocalDate.of(2026, 12, 18);
  static final Money ACTUAL = cny("4800.00");
  static final Money A_GRADE = cny("1200.00");

  static LossFacts resold(LocalDate decided, LocalDate on) {
    return LossFacts.builder().decisionDate(decided).actualLoss(ACTUAL).resoldOn(on)
        .aGradePriceLoss(A_GRADE).build();
  }

  static LossFacts unsold(LocalDate decided) {
    return LossFacts.builder().decisionDate(decided).actualLoss(ACTUAL).build();
  }

  static LossAssessment aGrade(LocalDate windowEnd) {
    return new LossAssessment.Determined(LossBasis.A_GRADE_PRICE_LOSS, A_GRADE, windowEnd);
  }

  static LossAssessment actual(LocalDate windowEnd) {
    return new LossAssessment.Determined(LossBasis.ACTUAL_LOSS, ACTUAL, windowEnd);
  }

  @Test
  void the_seed_window_is_one_calendar_month() {
    // rule: PEN-01
    assertEquals(Period.ofMonths(1), ResaleWindowLossBasis.seed().window());
    assertEquals(Period.ofMonths(1), ResaleWindowLossBasis.SEED_WINDOW);
    assertSame(ResaleWindowLossBasis.seed(), ResaleWindowLossBasis.seed());
    assertEquals(WINDOW_END, ResaleWindowLossBasis.seed().windowEnd(DECIDED));
  }

  @Test
  void goods_resold_within_the_month_are_charged_the_a_grade_price_loss() {
    // rule: PEN-01
    assertEquals(aGrade(WINDOW_END),
        SEED.assess(resold(DECIDED, LocalDate.of(2026, 12, 10)), LocalDate.of(2027, 3, 1)));
  }

  @Test
  void goods_resold_on_the_last_day_of_the_window_count_as_resold_within_it() {
    // rule: PEN-01
    assertEquals(aGrade(WINDOW_END), SEED.assess(resold(DECIDED, WINDOW_END), WINDOW_END));
  }

  @Test
  void goods_resold_the_day_after_the_window_are_charged_the_actual_loss() {
    // rule: PEN-01
    assertEquals(actual(WINDOW_END),
        SEED.assess(resold(DECIDED, WINDOW_END.plusDays(1)), WINDOW_END.plusDays(1)));
  }

  @Test
  void goods_resold_before_the_decision_count_as_resold_within_the_window() {
    // rule: PEN-01
    assertEquals(aGrade(WINDOW_END),
        SEED.assess(resold(DECIDED, DECIDED.minusDays(3)), DECIDED));
    assertEquals(aGrade(WINDOW_END), SEED.assess(resold(DECIDED, DECIDED), DECIDED));
  }

  @Test
  void unsold_goods_are_pending_until_the_last_day_of_the_window_inclusive() {
    // rule: PEN-01
    assertEquals(new LossAssessment.Pending(WINDOW_END), SEED.assess(unsold(DECIDED), DECIDED));
    assertEquals(new LossAssessment.Pending(WINDOW_END),
        SEED.assess(unsold(DECIDED), WINDOW_END));
    assertEquals(new LossAssessment.Pending(WINDOW_END),
        SEED.assess(unsold(DECIDED), DECIDED.minusDays(1)));
  }

  @Test
  void unsold_goods_are_charged_the_actual_loss_from_the_day_after_the_window() {
    // rule: PEN-01
    assertEquals(actual(WINDOW_END), SEED.assess(unsold(DECIDED), WINDOW_END.plusDays(1)));
    assertEquals(actual(WINDOW_END), SEED.assess(unsold(DECIDED), LocalDate.of(2030, 1, 1)));
  }

  @Test
  void a_month_after_31_january_ends_on_the_last_day_of_february() {
    // rule: PEN-01
    ResaleWindowLossBasis seed = ResaleWindowLossBasis.seed();
    assertEquals(LocalDate.of(2027, 2, 28), seed.windowEnd(LocalDate.of(2027, 1, 31)));
    assertEquals(LocalDate.of(2028, 2, 29), seed.windowEnd(LocalDate.of(2028, 1, 31)));
    assertEquals(LocalDate.of(2027, 2, 28), seed.windowEnd(LocalDate.of(2027, 1, 28)));
    assertEquals(LocalDate.of(2026, 5, 30), seed.windowEnd(LocalDate.of(2026, 4, 30)));
    assertEquals(LocalDate.of(2027, 1, 15), seed.windowEnd(LocalDate.of(2026, 12, 15)));
    assertEquals(new LossAssessment.Pending(LocalDate.of(2027, 2, 28)),
        seed.assess(unsold(LocalDate.of(2027, 1, 31)), LocalDate.of(2027, 2, 28)));
    assertEquals(actual(LocalDate.of(2027, 2, 28)),
        seed.assess(unsold(LocalDate.of(2027, 1, 31)), LocalDate.of(2027, 3, 1)));
  }

  @Test
  void the_window_can_be_configured_in_days_or_months() {
    // rule: PEN-01
    ResaleWindowLossBasis fortyFiveDays = ResaleWindowLossBasis.of(Period.ofDays(45));
    assertEquals(LocalDate.of(2027, 1, 2), fortyFiveDays.windowEnd(DECIDED));
    assertEquals(aGrade(LocalDate.of(2027, 1, 2)),
        fortyFiveDays.assess(resold(DECIDED, LocalDate.of(2027, 1, 2)), DECIDED));
    ResaleWindowLossBasis twoMonths = ResaleWindowLossBasis.of(Period.of(0, 2, 0));
    assertEquals(LocalDate.of(2027, 1, 18), twoMonths.windowEnd(DECIDED));
    assertEquals(Period.ofMonths(1), ResaleWindowLossBasis.of(Period.ofMonths(1)).window());
    assertEquals(ResaleWindowLossBasis.seed(), ResaleWindowLossBasis.of(Period.ofMonths(1)));
    assertEquals(ResaleWindowLossBasis.seed().hashCode(),
        ResaleWindowLossBasis.of(Period.ofMonths(1)).hashCode());
    assertNotEquals(ResaleWindowLossBasis.seed(), ResaleWindowLossBasis.of(Period.ofDays(30)));
    assertEquals("ResaleWindowLossBasis[P1M]", ResaleWindowLossBasis.seed().toString());
  }

  @Test
  void a_window_of_zero_or_with_a_negative_part_is_refused_in_both_languages() {
    // rule: PEN-01
    for (Period bad : new Period[] {Period.ZERO, Period.ofMonths(-1), Period.of(0, 1, -1)}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> ResaleWindowLossBasis.of(bad));
      assertViolation(e, "window",
          "the resale window must be longer than zero, with no negative years, months or days",
          "转售期必须大于零，且年、月、日均不能为负数");
      assertEquals(bad.toString(), e.violations().get(0).rejectedValue().orElseThrow());
    }
  }

  @Test
  void a_window_ending_beyond_the_supported_range_is_refused_in_both_languages() {
    // rule: PEN-01 — reliability: the last supported date is 2300-12-31.
    LocalDate late = LocalDate.of(2300, 12, 15);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ResaleWindowLossBasis.seed().assess(unsold(late), late));
    assertViolation(e, "decisionDate",
        "the result would lie outside the supported range 1899-12-31T06:00:00Z to "
            + "2301-01-01T17:59:59.999999999Z (the dates 1900-01-01 to 2300-12-31 in every zone)",
        "结果将超出支持的范围 1899-12-31T06:00:00Z 至 2301-01-01T17:59:59.999999999Z"
            + "（即任一时区的 1900-01-01 至 2300-12-31）");
    // One month after 30 November 2300 is 30 December; after 1 December, 1 January 2301.
    assertEquals(LocalDate.of(2300, 12, 30),
        ResaleWindowLossBasis.seed().windowEnd(LocalDate.of(2300, 11, 30)));
    assertThrows(InvalidInputException.class,
        () -> ResaleWindowLossBasis.seed().windowEnd(LocalDate.of(2300, 12, 1)));
  }

  @Test
  void dates_outside_the_supported_range_are_refused() {
    // rule: PEN-01 — reliability: a decision typed in the year 0026, an assessment date in 2301.
    LocalDate typo = LocalDate.of(26, 11, 2);
    assertEquals("decisionDate", assertThrows(InvalidInputException.class,
        () -> ResaleWindowLossBasis.seed().assess(unsold(typo), DECIDED))
        .violations().get(0).path());
    assertEquals("asOf", assertThrows(InvalidInputException.class,
        () -> ResaleWindowLossBasis.seed().assess(unsold(DECIDED), LocalDate.of(2301, 1, 1)))
        .violations().get(0).path());
    assertEquals("resoldOn", assertThrows(InvalidInputException.class,
        () -> ResaleWindowLossBasis.seed().assess(LossFacts.builder().decisionDate(DECIDED)
            .actualLoss(ACTUAL).aGradePriceLoss(A_GRADE).resoldOn(LocalDate.of(1899, 12, 31))
            .build(), DECIDED))
        .violations().get(0).path());
  }

  @Test
  void a_resale_and_its_a_grade_price_loss_cannot_be_recorded_one_without_the_other() {
    // rule: PEN-01
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> LossFacts.builder()
        .decisionDate(DECIDED).actualLoss(ACTUAL).resoldOn(DECIDED.plusDays(3)).build());
    assertViolation(e, "aGradePriceLoss",
        "a resale date and the loss against the A-grade price must be given together",
        "转售日期与 A 级售价损失必须同时提供");
    assertThrows(InvalidInputException.class, () -> LossFacts.builder()
        .decisionDate(DECIDED).actualLoss(ACTUAL).aGradePriceLoss(A_GRADE).build());
  }
}
