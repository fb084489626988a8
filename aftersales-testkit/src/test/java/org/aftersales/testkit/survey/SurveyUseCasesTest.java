package org.aftersales.testkit.survey;

import static org.aftersales.core.survey.SatisfactionLevel.DISSATISFIED;
import static org.aftersales.core.survey.SatisfactionLevel.FAIR;
import static org.aftersales.core.survey.SatisfactionLevel.SATISFIED;
import static org.aftersales.core.survey.SatisfactionLevel.VERY_SATISFIED;
import static org.aftersales.testkit.survey.SurveyCalls.SHANGHAI;
import static org.aftersales.testkit.survey.SurveyCalls.closed;
import static org.aftersales.testkit.survey.SurveyCalls.ratings;
import static org.aftersales.testkit.survey.SurveyCalls.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.survey.RecordSurveyAnswers;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyAnswering;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCriterion;
import org.aftersales.core.survey.SurveyFigures;
import org.aftersales.core.survey.SurveyIssueRun;
import org.aftersales.core.survey.SurveyIssuing;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.core.survey.TechnicianSurveyFigures;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Surveys through the use cases with the in-memory adapters: every call of the previous business
 * day gets a card, cut in Shanghai time; answers recorded once; a technician's month in figures.
 * // rule: SUR-01, SUR-02, SUR-03
 */
class SurveyUseCasesTest {

  /** 3 November 2026, 08:00 in Shanghai: the run the morning after 2 November. */
  static final Instant MORNING = shanghai(2026, 11, 3, 8, 0);

  final InMemoryDatabase database = InMemoryDatabase.create();
  final InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
  final InMemorySurveyCards cards = InMemorySurveyCards.over(database);

  SurveyIssuing issuing(SurveyRules rules) {
    return new SurveyIssuing(cards, requests, rules, Clock.fixed(MORNING, SHANGHAI));
  }

  SurveyAnswering answering() {
    return new SurveyAnswering(cards, TestValidators.commandValidator(),
        Clock.fixed(shanghai(2026, 11, 6, 10, 0), SHANGHAI));
  }

  void store(String id, String customer, String technician, Instant closedAt) {
    requests.save(closed(id, customer, technician, closedAt), List.of());
  }

  static List<ServiceRequestId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(ServiceRequestId::of).toList();
  }

  @Test
  void every_call_closed_on_the_previous_business_day_in_shanghai_gets_one_card_no_sampling() {
    // rule: SUR-01 — the day is cut at Shanghai midnight, start inclusive, end exclusive.
    store("SR-0", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 1, 23, 59));
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 0, 0));
    store("SR-2", "Wuxi Tools", "tech-li", shanghai(2026, 11, 2, 12, 0));
    store("SR-3", "Suzhou Motors", "tech-zhao", shanghai(2026, 11, 2, 23, 59));
    store("SR-4", "Wuxi Tools", "tech-li", shanghai(2026, 11, 3, 0, 0));
    SurveyIssueRun run = issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    assertEquals(LocalDate.of(2026, 11, 2), run.day());
    assertEquals(ids("SR-1", "SR-2", "SR-3"), run.issued());
    assertEquals(List.of(), run.alreadyIssued());
    assertEquals(List.of(), run.skippedByInterval());
    SurveyCard card = cards.find(ServiceRequestId.of("SR-2")).orElseThrow();
    assertEquals(Optional.of(PersonId.of("tech-li")), card.technician());
    assertEquals(LocalDate.of(2026, 11, 2), card.businessDay());
    assertEquals(MORNING, card.issuedAt());
    assertEquals(3, cards.outbox().undelivered(100).size());
  }

  @Test
  void running_the_day_again_issues_nothing_twice() {
    // rule: SUR-01
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    store("SR-2", "Wuxi Tools", "tech-li", shanghai(2026, 11, 2, 12, 0));
    SurveyIssuing issuing = issuing(SurveyRules.seed(SHANGHAI));
    SurveyIssueRun first = issuing.issueFor(LocalDate.of(2026, 11, 2));
    SurveyIssueRun second = issuing.issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(ids("SR-1", "SR-2"), first.issued());
    assertEquals(List.of(), second.issued());
    assertEquals(ids("SR-1", "SR-2"), second.alreadyIssued());
    assertEquals(first.surveyed(), second.surveyed());
    assertEquals(2, cards.outbox().undelivered(100).size());
  }

  @Test
  void a_customer_with_a_minimum_interval_gets_no_second_card_within_it() {
    // rule: SUR-01 — an adopter's option for customers with many calls; 4 hours here.
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    store("SR-2", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 12, 59));
    store("SR-3", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 13, 0));
    store("SR-4", "Wuxi Tools", "tech-li", shanghai(2026, 11, 2, 9, 30));
    SurveyRules rules = SurveyRules.seed(SHANGHAI)
        .withCustomerInterval("Suzhou Motors", Duration.ofHours(4));
    SurveyIssueRun run = issuing(rules).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(ids("SR-1", "SR-4", "SR-3"), run.issued());
    assertEquals(ids("SR-2"), run.skippedByInterval());
    SurveyIssueRun again = issuing(rules).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(ids("SR-2"), again.skippedByInterval());
  }

  @Test
  void a_zero_or_negative_interval_is_refused() {
    // rule: SUR-01
    SurveyRules seed = SurveyRules.seed(SHANGHAI);
    assertThrows(InvalidInputException.class,
        () -> seed.withCustomerInterval("Suzhou Motors", Duration.ZERO));
    assertThrows(InvalidInputException.class,
        () -> seed.withCustomerInterval("Suzhou Motors", Duration.ofHours(-1)));
    assertEquals(Duration.ZERO, seed.intervalFor("Suzhou Motors"));
  }

  @Test
  void an_answer_is_recorded_once_and_a_repeat_returns_the_stored_card() {
    // rule: SUR-02
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    RecordSurveyAnswers answer = new RecordSurveyAnswers(RequestId.of("a-1"),
        ServiceRequestId.of("SR-1"), ratings(VERY_SATISFIED, SATISFIED, FAIR, DISSATISFIED),
        shanghai(2026, 11, 5, 15, 0));
    SurveyCard answered = answering().record(answer);
    assertEquals(SatisfactionLevel.FAIR, answered.ratings().get(SurveyCriterion.ARRIVAL_TIME));
    assertEquals(answered, answering().record(answer));
    assertEquals(2, cards.outbox().undelivered(100).size());
  }

  @Test
  void a_second_answer_or_a_reused_request_id_or_a_missing_criterion_is_refused() {
    // rule: SUR-02
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    Map<SurveyCriterion, SatisfactionLevel> all4 = ratings(SATISFIED, SATISFIED, SATISFIED,
        SATISFIED);
    Instant at = shanghai(2026, 11, 5, 15, 0);
    SurveyCard answered = answering().record(new RecordSurveyAnswers(RequestId.of("a-1"),
        ServiceRequestId.of("SR-1"), all4, at));
    RuleRefusalException second = assertThrows(RuleRefusalException.class,
        () -> answering().record(new RecordSurveyAnswers(RequestId.of("a-2"),
            ServiceRequestId.of("SR-1"), all4, at)));
    assertEquals(RuleId.of("SUR-02"), second.ruleId());
    assertThrows(DuplicateRequestException.class, () -> answering().record(
        new RecordSurveyAnswers(RequestId.of("a-1"), ServiceRequestId.of("SR-1"), all4,
            at.plusSeconds(1))));
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> answering().record(new RecordSurveyAnswers(RequestId.of("a-3"),
            ServiceRequestId.of("SR-1"), Map.of(SurveyCriterion.SKILL, FAIR), at)));
    assertEquals("ratings", missing.violations().get(0).path());
    assertThrows(NotFoundException.class, () -> answering().record(new RecordSurveyAnswers(
        RequestId.of("a-4"), ServiceRequestId.of("SR-9"), all4, at)));
    InvalidInputException nulls = assertThrows(InvalidInputException.class,
        () -> answering().record(new RecordSurveyAnswers(null, null, null, null)));
    assertEquals(4, nulls.violations().size());
    assertEquals(answered, cards.find(ServiceRequestId.of("SR-1")).orElseThrow());
    assertEquals(2, cards.outbox().undelivered(100).size());
  }

  @Test
  void an_answer_dated_before_the_call_closed_is_refused() {
    // rule: SUR-02
    store("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    InvalidInputException early = assertThrows(InvalidInputException.class,
        () -> answering().record(new RecordSurveyAnswers(RequestId.of("a-1"),
            ServiceRequestId.of("SR-1"), ratings(FAIR, FAIR, FAIR, FAIR),
            shanghai(2026, 11, 2, 8, 59))));
    assertEquals("answeredAt", early.violations().get(0).path());
  }

  @Test
  void a_technicians_month_counts_the_answers_of_the_month_in_shanghai_with_exact_averages() {
    // rule: SUR-03 — three answers in November for tech-wang: attitude 4 + 4 + 3 = 11 points,
    // 11 / 3 = 3.666… → 3.67 (half up); skill 3 + 2 + 1 = 6, 6 / 3 = 2.00; one answer on
    // 1 December 00:00 Shanghai belongs to December.
    store("SR-1", "A", "tech-wang", shanghai(2026, 11, 2, 9, 0));
    store("SR-2", "B", "tech-wang", shanghai(2026, 11, 2, 10, 0));
    store("SR-3", "C", "tech-wang", shanghai(2026, 11, 2, 11, 0));
    store("SR-4", "D", "tech-wang", shanghai(2026, 11, 2, 12, 0));
    store("SR-5", "E", "tech-li", shanghai(2026, 11, 2, 13, 0));
    issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    answer("SR-1", ratings(VERY_SATISFIED, SATISFIED, SATISFIED, SATISFIED),
        shanghai(2026, 11, 3, 9, 0));
    answer("SR-2", ratings(VERY_SATISFIED, FAIR, SATISFIED, SATISFIED),
        shanghai(2026, 11, 4, 9, 0));
    answer("SR-3", ratings(SATISFIED, DISSATISFIED, SATISFIED, SATISFIED),
        shanghai(2026, 11, 30, 23, 59));
    answer("SR-4", ratings(DISSATISFIED, DISSATISFIED, DISSATISFIED, DISSATISFIED),
        shanghai(2026, 12, 1, 0, 0));
    answer("SR-5", ratings(FAIR, FAIR, FAIR, FAIR), shanghai(2026, 11, 10, 9, 0));
    SurveyFigures figures = new SurveyFigures(cards, SurveyRules.seed(SHANGHAI));
    List<TechnicianSurveyFigures> november = figures.monthly(YearMonth.of(2026, 11));
    assertEquals(List.of(PersonId.of("tech-li"), PersonId.of("tech-wang")),
        november.stream().map(TechnicianSurveyFigures::technician).toList());
    TechnicianSurveyFigures wang = figures.monthly(PersonId.of("tech-wang"),
        YearMonth.of(2026, 11));
    assertEquals(3, wang.cards());
    assertEquals(Map.of(VERY_SATISFIED, 2, SATISFIED, 1, FAIR, 0, DISSATISFIED, 0),
        wang.of(SurveyCriterion.ATTITUDE).distribution());
    assertEquals(11, wang.of(SurveyCriterion.ATTITUDE).totalPoints());
    assertEquals(Optional.of(new BigDecimal("3.67")), wang.of(SurveyCriterion.ATTITUDE).average());
    assertEquals(Optional.of(new BigDecimal("2.00")), wang.of(SurveyCriterion.SKILL).average());
    assertEquals(1, figures.monthly(PersonId.of("tech-wang"), YearMonth.of(2026, 12)).cards());
    assertEquals(0, figures.monthly(PersonId.of("tech-zhou"), YearMonth.of(2026, 11)).cards());
    assertEquals(Optional.empty(), figures.monthly(PersonId.of("tech-zhou"),
        YearMonth.of(2026, 11)).of(SurveyCriterion.SKILL).average());
  }

  private void answer(String id, Map<SurveyCriterion, SatisfactionLevel> ratings, Instant at) {
    answering().record(new RecordSurveyAnswers(RequestId.of("a-" + id), ServiceRequestId.of(id),
        ratings, at));
  }
}
