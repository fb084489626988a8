package org.aftersales.core.survey;

import static org.aftersales.core.survey.SurveyFakes.SHANGHAI;
import static org.aftersales.core.survey.SurveyFakes.all;
import static org.aftersales.core.survey.SurveyFakes.card;
import static org.aftersales.core.survey.SurveyFakes.closed;
import static org.aftersales.core.survey.SurveyFakes.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The survey card and the survey values: issue, answer, invariants, figures.
 * // rule: SUR-01, SUR-02, SUR-03
 */
class SurveyCardTest {

  static final Instant CLOSED = shanghai(11, 2, 9, 0);

  static RecordSurveyAnswers answer(String requestId, String id, SatisfactionLevel level,
      Instant at) {
    return new RecordSurveyAnswers(RequestId.of(requestId), ServiceRequestId.of(id), all(level),
        at);
  }

  @Test
  void a_card_is_issued_for_a_closed_call_with_its_customer_technician_and_day() {
    // rule: SUR-01
    Changed<SurveyCard> issued = SurveyCard.issue(closed("SR-1", "Suzhou", "tech-wang", CLOSED),
        LocalDate.of(2026, 11, 2), CLOSED.plusSeconds(60));
    SurveyCard c = issued.state();
    assertEquals(ServiceRequestId.of("SR-1"), c.serviceRequestId());
    assertEquals("Suzhou", c.customerName());
    assertEquals(Optional.of(PersonId.of("tech-wang")), c.technician());
    assertEquals(CLOSED, c.closedAt());
    assertEquals(Version.initial(), c.version());
    assertFalse(c.isAnswered());
    assertEquals(List.of(new SurveyCardIssued(ServiceRequestId.of("SR-1"), "Suzhou",
        LocalDate.of(2026, 11, 2), CLOSED.plusSeconds(60))), issued.events());
    assertEquals(EventId.of("survey-card/SR-1/1/0"),
        c.outboxEventsOfSave(issued.events()).get(0).eventId());
  }

  @Test
  void an_open_call_gets_no_card() {
    // rule: SUR-01
    ServiceRequest closed = closed("SR-1", "Suzhou", "tech-wang", CLOSED);
    ServiceRequest open = ServiceRequest.builder().id(closed.id()).requestId(closed.requestId())
        .receivedAt(closed.receivedAt()).customerName("Suzhou").address("a").phone("p")
        .productModel("m").productSerial("s").zone(closed.zone()).channel(closed.channel())
        .problem("x").entitlement(closed.entitlement()).category(closed.category())
        .billing(closed.billing()).status(ServiceRequestStatus.REGISTERED)
        .version(Version.of(1)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SurveyCard.issue(open, LocalDate.of(2026, 11, 2), CLOSED));
    assertEquals("status", e.violations().get(0).path());
  }

  @Test
  void an_answer_rates_all_four_criteria_once() {
    // rule: SUR-02
    SurveyCard c = card("SR-1", "Suzhou", "tech-wang", CLOSED);
    RecordSurveyAnswers a = answer("a-1", "SR-1", SatisfactionLevel.FAIR, CLOSED);
    Changed<SurveyCard> answered = c.answered(a, CLOSED.plusSeconds(5));
    SurveyCard done = answered.state();
    assertTrue(done.isAnswered());
    assertTrue(done.isAnsweredBy(a));
    assertEquals(Optional.of(CLOSED), done.answeredAt());
    assertEquals(List.of(new SurveyAnswered(ServiceRequestId.of("SR-1"),
        all(SatisfactionLevel.FAIR), CLOSED, CLOSED.plusSeconds(5))), answered.events());
    RuleRefusalException twice = assertThrows(RuleRefusalException.class,
        () -> done.answered(answer("a-2", "SR-1", SatisfactionLevel.FAIR, CLOSED), CLOSED));
    assertEquals(RuleId.of("SUR-02"), twice.ruleId());
    assertEquals("serviceRequestId", assertThrows(InvalidInputException.class,
        () -> c.answered(answer("a-1", "SR-2", SatisfactionLevel.FAIR, CLOSED), CLOSED))
        .violations().get(0).path());
    assertEquals("answeredAt", assertThrows(InvalidInputException.class,
        () -> c.answered(answer("a-1", "SR-1", SatisfactionLevel.FAIR,
            CLOSED.minusNanos(1000)), CLOSED)).violations().get(0).path());
  }

  @Test
  void a_repeated_answer_is_recognised_by_every_field() {
    // rule: SUR-02
    SurveyCard done = card("SR-1", "Suzhou", "tech-wang", CLOSED)
        .answered(answer("a-1", "SR-1", SatisfactionLevel.FAIR, CLOSED), CLOSED).state();
    assertTrue(done.isAnsweredBy(answer("a-1", "SR-1", SatisfactionLevel.FAIR, CLOSED)));
    assertFalse(done.isAnsweredBy(answer("a-2", "SR-1", SatisfactionLevel.FAIR, CLOSED)));
    assertFalse(done.isAnsweredBy(answer("a-1", "SR-2", SatisfactionLevel.FAIR, CLOSED)));
    assertFalse(done.isAnsweredBy(answer("a-1", "SR-1", SatisfactionLevel.SATISFIED, CLOSED)));
    assertFalse(done.isAnsweredBy(answer("a-1", "SR-1", SatisfactionLevel.FAIR,
        CLOSED.plusSeconds(1))));
    assertFalse(card("SR-1", "Suzhou", "tech-wang", CLOSED)
        .isAnsweredBy(answer("a-1", "SR-1", SatisfactionLevel.FAIR, CLOSED)));
  }

  @Test
  void the_invariants_hold_however_a_card_is_built() {
    // rule: SUR-02
    SurveyCard.Builder partial = SurveyCard.builder().serviceRequestId(ServiceRequestId.of("X"))
        .customerName("C").closedAt(CLOSED).businessDay(LocalDate.of(2026, 11, 2))
        .issuedAt(CLOSED).version(Version.initial())
        .putRating(SurveyCriterion.SKILL, SatisfactionLevel.FAIR)
        .answeredAt(CLOSED).answerRequestId(RequestId.of("a"));
    assertEquals("ratings", assertThrows(InvalidInputException.class, partial::build)
        .violations().get(0).path());
    SurveyCard.Builder noTime = SurveyCard.builder().serviceRequestId(ServiceRequestId.of("X"))
        .customerName("C").closedAt(CLOSED).businessDay(LocalDate.of(2026, 11, 2))
        .issuedAt(CLOSED).version(Version.initial()).putAllRatings(all(SatisfactionLevel.FAIR))
        .answerRequestId(RequestId.of("a"));
    assertEquals("answeredAt", assertThrows(InvalidInputException.class, noTime::build)
        .violations().get(0).path());
    SurveyCard.Builder noRequest = SurveyCard.builder()
        .serviceRequestId(ServiceRequestId.of("X")).customerName("C").closedAt(CLOSED)
        .businessDay(LocalDate.of(2026, 11, 2)).issuedAt(CLOSED).version(Version.initial())
        .putAllRatings(all(SatisfactionLevel.FAIR)).answeredAt(CLOSED);
    assertThrows(InvalidInputException.class, noRequest::build);
    SurveyCard.Builder timeOnly = SurveyCard.builder()
        .serviceRequestId(ServiceRequestId.of("X")).customerName("C").closedAt(CLOSED)
        .businessDay(LocalDate.of(2026, 11, 2)).issuedAt(CLOSED).version(Version.initial())
        .answeredAt(CLOSED);
    assertThrows(InvalidInputException.class, timeOnly::build);
    SurveyCard.Builder blank = SurveyCard.builder().serviceRequestId(ServiceRequestId.of("X"))
        .customerName(" ").closedAt(CLOSED).businessDay(LocalDate.of(2026, 11, 2))
        .issuedAt(CLOSED).version(Version.initial());
    assertEquals("customerName", assertThrows(InvalidInputException.class, blank::build)
        .violations().get(0).path());
  }

  @Test
  void criteria_and_levels_have_bilingual_names_and_the_seeds_four_by_four() {
    // rule: SUR-02
    assertEquals(4, SurveyCriterion.values().length);
    assertEquals(4, SatisfactionLevel.values().length);
    assertEquals("态度", SurveyCriterion.ATTITUDE.displayName().render(Locale.CHINESE));
    assertEquals("keeping promises",
        SurveyCriterion.KEEPING_PROMISES.displayName().render(Locale.ENGLISH));
    assertEquals("很满意", SatisfactionLevel.VERY_SATISFIED.displayName().render(Locale.CHINESE));
    assertEquals(List.of(4, 3, 2, 1), List.of(SatisfactionLevel.VERY_SATISFIED.points(),
        SatisfactionLevel.SATISFIED.points(), SatisfactionLevel.FAIR.points(),
        SatisfactionLevel.DISSATISFIED.points()));
  }

  @Test
  void criterion_figures_count_the_levels_and_average_exactly_rounded_half_up() {
    // rule: SUR-03 — 4 + 4 + 3 = 11 points over 3: 3.666… → 3.67; 4 + 3 = 7 over 2: 3.5 → 3.50;
    // 1 + 2 = 3 over 2: 1.50; 2 + 2 + 1 = 5 over 3: 1.666… → 1.67; 4 + 3 + 3 = 10 / 3 → 3.33.
    CriterionFigures f = CriterionFigures.none(SurveyCriterion.SKILL)
        .plus(SatisfactionLevel.VERY_SATISFIED).plus(SatisfactionLevel.VERY_SATISFIED)
        .plus(SatisfactionLevel.SATISFIED);
    assertEquals(3, f.count());
    assertEquals(11, f.totalPoints());
    assertEquals(Optional.of(new BigDecimal("3.67")), f.average());
    assertEquals(Optional.of(new BigDecimal("1.67")), figures(SatisfactionLevel.FAIR,
        SatisfactionLevel.FAIR, SatisfactionLevel.DISSATISFIED).average());
    assertEquals(Optional.of(new BigDecimal("3.33")), figures(SatisfactionLevel.VERY_SATISFIED,
        SatisfactionLevel.SATISFIED, SatisfactionLevel.SATISFIED).average());
    assertEquals(Optional.of(new BigDecimal("1.50")), figures(SatisfactionLevel.DISSATISFIED,
        SatisfactionLevel.FAIR).average());
    assertEquals(Optional.empty(), CriterionFigures.none(SurveyCriterion.SKILL).average());
    Map<SatisfactionLevel, Integer> missing = new EnumMap<>(SatisfactionLevel.class);
    missing.put(SatisfactionLevel.FAIR, 1);
    assertThrows(InvalidInputException.class,
        () -> new CriterionFigures(SurveyCriterion.SKILL, missing));
    Map<SatisfactionLevel, Integer> negative = new EnumMap<>(
        CriterionFigures.none(SurveyCriterion.SKILL).distribution());
    negative.put(SatisfactionLevel.FAIR, -1);
    assertThrows(InvalidInputException.class,
        () -> new CriterionFigures(SurveyCriterion.SKILL, negative));
  }

  static CriterionFigures figures(SatisfactionLevel... levels) {
    CriterionFigures f = CriterionFigures.none(SurveyCriterion.ATTITUDE);
    for (SatisfactionLevel l : levels) {
      f = f.plus(l);
    }
    return f;
  }

  @Test
  void a_technicians_figures_count_only_answered_cards_that_rate_them() {
    // rule: SUR-03
    PersonId wang = PersonId.of("tech-wang");
    TechnicianSurveyFigures none = TechnicianSurveyFigures.none(wang, YearMonth.of(2026, 11));
    SurveyCard answered = card("SR-1", "C", "tech-wang", CLOSED)
        .answered(answer("a", "SR-1", SatisfactionLevel.SATISFIED, CLOSED), CLOSED).state();
    TechnicianSurveyFigures one = none.plus(answered);
    assertEquals(1, one.cards());
    assertEquals(1, one.of(SurveyCriterion.ARRIVAL_TIME).distribution()
        .get(SatisfactionLevel.SATISFIED));
    assertThrows(InvalidInputException.class,
        () -> none.plus(card("SR-2", "C", "tech-wang", CLOSED)));
    SurveyCard other = card("SR-3", "C", "tech-li", CLOSED)
        .answered(answer("a", "SR-3", SatisfactionLevel.SATISFIED, CLOSED), CLOSED).state();
    assertThrows(InvalidInputException.class, () -> none.plus(other));
    assertThrows(InvalidInputException.class, () -> new TechnicianSurveyFigures(wang,
        YearMonth.of(2026, 11), 1, none.criteria()));
    Map<SurveyCriterion, CriterionFigures> swapped = new EnumMap<>(none.criteria());
    swapped.put(SurveyCriterion.SKILL, CriterionFigures.none(SurveyCriterion.ATTITUDE));
    assertThrows(InvalidInputException.class, () -> new TechnicianSurveyFigures(wang,
        YearMonth.of(2026, 11), 0, swapped));
    Map<SurveyCriterion, CriterionFigures> three = new EnumMap<>(none.criteria());
    three.remove(SurveyCriterion.SKILL);
    assertThrows(InvalidInputException.class, () -> new TechnicianSurveyFigures(wang,
        YearMonth.of(2026, 11), 0, three));
  }

  @Test
  void the_rules_survey_every_call_unless_a_customer_interval_is_configured() {
    // rule: SUR-01
    SurveyRules seed = SurveyRules.seed(SHANGHAI);
    assertEquals(Map.of(), seed.customerIntervals());
    SurveyRules some = seed.withCustomerInterval("A", Duration.ofDays(7))
        .withCustomerInterval("A", Duration.ofDays(3));
    assertEquals(Duration.ofDays(3), some.intervalFor("A"));
    assertEquals(Duration.ZERO, some.intervalFor("a"));
    assertThrows(InvalidInputException.class, () -> seed.withCustomerInterval("A",
        Duration.ZERO));
    assertThrows(InvalidInputException.class, () -> seed.withCustomerInterval("A",
        Duration.ofSeconds(-1)));
    assertEquals(Duration.ofNanos(1),
        seed.withCustomerInterval("A", Duration.ofNanos(1)).intervalFor("A"));
  }

  @Test
  void an_issue_runs_surveyed_calls_are_the_issued_and_the_already_issued_sorted() {
    // rule: SUR-01
    SurveyIssueRun run = new SurveyIssueRun(LocalDate.of(2026, 11, 2),
        List.of(ServiceRequestId.of("SR-3")), List.of(ServiceRequestId.of("SR-1")),
        List.of(ServiceRequestId.of("SR-2")));
    assertEquals(List.of(ServiceRequestId.of("SR-1"), ServiceRequestId.of("SR-3")),
        run.surveyed());
  }
}
